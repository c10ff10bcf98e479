"""A scenario's results as plain tables: what the exports write and what a plan's snapshot keeps.

Qt-free. Everything here reads a `ScenarioResults` (from `plans.results.compute_results`, the
single source of numbers) and turns it into plain Python values: one record per comparison row,
one record per sweep point, the snapshot stored in a plan, the recommended option, and the list of
figures that changed since a plan's snapshot was taken.

Unknown or not-applicable numbers are None (never NaN), so every table is valid JSON as it is.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.plans.document import Plan, ResultsSnapshot

# Format of `ResultsSnapshot.data` written by `snapshot` (kept inside the plan's results object).
SNAPSHOT_KIND = "scenario-results"
SNAPSHOT_VERSION = 1


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark `text` for the translation files (pyside6-lupdate collects these calls); the text is
    translated where it is shown, with the plan's language."""
    return text


def same_text(context: str, text: str) -> str:
    """The default `translate`: English as written."""
    return text


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the comparison table: `ComparisonRow` field, header with unit, Excel format."""

    field: str
    header: str
    kind: str = "text"  # text | int | float | bool | list
    number_format: str = "General"


# The comparison table's columns, in `ComparisonRow` order. The CSV header is `field` (units are
# in the names, as everywhere in the app); the spreadsheet shows `header`.
COMPARISON_COLUMNS: tuple[Column, ...] = (
    Column("accelerator_id", QT_TRANSLATE_NOOP("Workbook", "Accelerator id")),
    Column("name", QT_TRANSLATE_NOOP("Workbook", "Accelerator")),
    Column("vendor", QT_TRANSLATE_NOOP("Workbook", "Vendor")),
    Column("layout", QT_TRANSLATE_NOOP("Workbook", "Layout (devices per replica, parallelism, replicas)")),
    Column("devices", QT_TRANSLATE_NOOP("Workbook", "Devices in all (count)"), "int", "#,##0"),
    Column("fits", QT_TRANSLATE_NOOP("Workbook", "Fits in memory"), "bool"),
    Column("reason", QT_TRANSLATE_NOOP("Workbook", "Why it does not serve the workload")),
    Column("max_concurrency", QT_TRANSLATE_NOOP("Workbook", "Max concurrent requests meeting targets (requests)"), "float",
           "#,##0"),
    Column("ttft_ms", QT_TRANSLATE_NOOP("Workbook", "Time to first token (ms)"), "float", "#,##0.0"),
    Column("tpot_ms", QT_TRANSLATE_NOOP("Workbook", "Time per output token (ms)"), "float", "#,##0.0"),
    Column("tokens_per_s_per_device", QT_TRANSLATE_NOOP("Workbook", "Output tokens/s per device (tokens/s)"), "float", "#,##0.0"),
    Column("tokens_per_s_per_device_low", QT_TRANSLATE_NOOP("Workbook", "Output tokens/s per device, low (tokens/s)"), "float",
           "#,##0.0"),
    Column("tokens_per_s_per_device_high", QT_TRANSLATE_NOOP("Workbook", "Output tokens/s per device, high (tokens/s)"), "float",
           "#,##0.0"),
    Column("usd_per_million_tokens", QT_TRANSLATE_NOOP("Workbook", "Cost per million output tokens (USD)"), "float", "#,##0.000"),
    Column("usd_per_million_tokens_low", QT_TRANSLATE_NOOP("Workbook", "Cost per million output tokens, low (USD)"), "float",
           "#,##0.000"),
    Column("usd_per_million_tokens_high", QT_TRANSLATE_NOOP("Workbook", "Cost per million output tokens, high (USD)"), "float",
           "#,##0.000"),
    Column("tco_usd", QT_TRANSLATE_NOOP("Workbook", "Total cost of ownership over the period (USD)"), "float", "#,##0"),
    Column("power_kw", QT_TRANSLATE_NOOP("Workbook", "Facility power (kW)"), "float", "#,##0.0"),
    Column("stack", QT_TRANSLATE_NOOP("Workbook", "Software stack")),
    Column("stack_maturity", QT_TRANSLATE_NOOP("Workbook", "Software stack maturity (1-5)"), "float", "0.0"),
    Column("availability_china", QT_TRANSLATE_NOOP("Workbook", "Availability in China")),
    Column("export_control", QT_TRANSLATE_NOOP("Workbook", "Export control")),
    Column("flags", QT_TRANSLATE_NOOP("Workbook", "Flags"), "list"),
)  # fmt: skip

# Sweep metrics (keys of `ScenarioResults.sweep`), their units and spreadsheet headers.
SWEEP_METRICS: Mapping[str, tuple[str, str, str]] = {
    # metric: (unit, header, number format)
    "output_tokens_per_s": ("tokens/s", QT_TRANSLATE_NOOP("Workbook", "Output tokens/s per replica"), "#,##0.0"),
    "output_tokens_per_s_per_device": ("tokens/s", QT_TRANSLATE_NOOP("Workbook", "Output tokens/s per device"), "#,##0.0"),
    "per_user_tokens_per_s": ("tokens/s", QT_TRANSLATE_NOOP("Workbook", "Tokens/s per user"), "#,##0.0"),
    "ttft_ms": ("ms", QT_TRANSLATE_NOOP("Workbook", "Time to first token"), "#,##0.0"),
    "tpot_ms": ("ms", QT_TRANSLATE_NOOP("Workbook", "Time per output token"), "#,##0.00"),
}

# Between flags in one CSV cell (flags themselves contain ";" and ","; "|" none so far).
FLAG_SEPARATOR = " | "

SWEEP_CSV_COLUMNS = (
    "accelerator_id", "concurrency", "metric", "unit", "value", "low", "high", "valid",
    "meets_targets",
)  # fmt: skip


def plain_number(value: Any) -> float | int | None:
    """A finite Python number, or None for NaN, infinity and None (numpy scalars become floats)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    number = float(value)
    return number if math.isfinite(number) else None


def _plain(value: Any, kind: str) -> Any:
    if kind == "list":
        return [str(item) for item in value]
    if kind == "bool":
        return bool(value)
    if kind == "int":
        return None if value is None else int(value)
    if kind == "float":
        return plain_number(value)
    return "" if value is None else str(value)


# --- comparison and sweep ----------------------------------------------------------------------


def comparison_records(results: Any) -> list[dict[str, Any]]:
    """One dict per comparison row, every `ComparisonRow` field as plain JSON (None = unknown)."""
    return [
        {c.field: _plain(getattr(row, c.field), c.kind) for c in COMPARISON_COLUMNS}
        for row in results.rows
    ]


def sweep_records(results: Any) -> list[dict[str, Any]]:
    """The sweep in long form: a dict per (accelerator, concurrency, metric); SWEEP_CSV_COLUMNS."""
    records = []
    concurrency = [plain_number(c) for c in results.concurrency]
    for a, accelerator_id in enumerate(results.accelerator_ids):
        for c, conc in enumerate(concurrency):
            for metric, (unit, _, _) in SWEEP_METRICS.items():
                if metric not in results.sweep:
                    continue
                records.append({
                    "accelerator_id": accelerator_id,
                    "concurrency": _whole(conc),
                    "metric": metric,
                    "unit": unit,
                    "value": plain_number(results.sweep[metric][a, c]),
                    "low": plain_number(results.sweep_low[metric][a, c]),
                    "high": plain_number(results.sweep_high[metric][a, c]),
                    "valid": bool(results.valid[a, c]),
                    "meets_targets": bool(results.meets_targets[a, c]),
                })  # fmt: skip
    return records


def _whole(value: float | None) -> float | int | None:
    """Concurrencies are whole numbers held as floats: show 8, not 8.0."""
    if value is not None and float(value).is_integer():
        return int(value)
    return value


def _matrix(array: Any) -> list[list[Any]]:
    return [[plain_number(x) for x in row] for row in array.tolist()]


# --- snapshot ----------------------------------------------------------------------------------


def snapshot(results: Any) -> ResultsSnapshot:
    """The results as plain JSON, with the catalog version they were computed from.

    Keeps what a customer was shown: the comparison rows, the concurrency sweep (value, low, high,
    valid, meets targets) and the recommendation. `snapshot_rows` reads the rows back.
    """
    sweep = {
        metric: {
            "unit": SWEEP_METRICS[metric][0] if metric in SWEEP_METRICS else "",
            "value": _matrix(results.sweep[metric]),
            "low": _matrix(results.sweep_low[metric]),
            "high": _matrix(results.sweep_high[metric]),
        }
        for metric in results.sweep
    }
    best = recommend(results)
    data = {
        "kind": SNAPSHOT_KIND,
        "version": SNAPSHOT_VERSION,
        "model_id": results.model_id,
        "model_name": results.model_name,
        "message": results.message,
        "accelerator_ids": list(results.accelerator_ids),
        "comparison": comparison_records(results),
        "concurrency": [_whole(plain_number(c)) for c in results.concurrency],
        "sweep": sweep,
        "valid": [[bool(x) for x in row] for row in results.valid.tolist()],
        "meets_targets": [[bool(x) for x in row] for row in results.meets_targets.tolist()],
        "recommended": None if best.row is None else best.row.accelerator_id,
        "recommendation": best.why,
    }
    return ResultsSnapshot(catalog_version=str(results.catalog_version), data=data)


def snapshot_rows(snap: ResultsSnapshot | None) -> dict[str, dict[str, Any]]:
    """The comparison rows kept in a snapshot, by accelerator id ({} if none or not ours)."""
    if snap is None:
        return {}
    rows = snap.data.get("comparison")
    if not isinstance(rows, Sequence) or isinstance(rows, str):
        return {}
    found = {}
    for row in rows:
        if isinstance(row, Mapping) and isinstance(row.get("accelerator_id"), str):
            found[row["accelerator_id"]] = {k: _thaw(v) for k, v in row.items()}
    return found


def _thaw(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_thaw(v) for v in value]
    return value


# --- the recommended option --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Recommendation:
    """The option to recommend (None if there is none) and one line saying why."""

    row: Any
    why: str


def recommend(results: Any, translate=same_text) -> Recommendation:
    """The cheapest per million output tokens among the options that fit and meet the targets."""
    if not results.rows:
        return Recommendation(None, results.message or translate("Workbook", "No accelerator to compare."))
    serving = [r for r in results.rows if r.fits and not r.reason and r.devices]
    priced = [r for r in serving if r.usd_per_million_tokens is not None]
    if not priced:
        if not serving:
            return Recommendation(
                None, translate("Workbook", "None: no option fits in memory and meets the latency targets.")
            )
        names = ", ".join(r.name for r in serving)
        return Recommendation(
            None,
            translate("Workbook", "None priced: {0} fit and meet the targets, but their price or power is unknown; enter a price in the cost inputs to compare cost.").format(names),  # noqa: E501
        )
    best = min(priced, key=lambda r: r.usd_per_million_tokens)
    band = ""
    if best.usd_per_million_tokens_low is not None and best.usd_per_million_tokens_high is not None:
        band = translate("Workbook", ", range {0}-{1}").format(
            f"{best.usd_per_million_tokens_low:,.2f}", f"{best.usd_per_million_tokens_high:,.2f}")
    others = len(priced) - 1
    among = (
        translate("Workbook", "the cheapest of {0} priced options that fit and meet the targets").format(len(priced))
        if others
        else translate("Workbook", "the only priced option that fits and meets the targets")
    )
    unpriced = len(serving) - len(priced)
    tail = translate("Workbook", "; {0} more fit but have no price").format(unpriced) if unpriced else ""
    why = translate("Workbook", "USD {0} per million output tokens{1}: {2}, on {3} devices ({4}){5}.").format(
        f"{best.usd_per_million_tokens:,.2f}", band, among, f"{best.devices:,}", best.layout, tail)
    return Recommendation(best, why)


# --- what changed since the snapshot ----------------------------------------------------------

_HEADERS = {column.field: column.header for column in COMPARISON_COLUMNS}


@dataclass(frozen=True, slots=True)
class FigureChange:
    """One comparison figure that differs between a plan's snapshot and the current catalog.

    `field` is a `ComparisonRow` field, or "(row)" when the whole accelerator appeared or went.
    """

    accelerator_id: str
    name: str
    field: str
    label: str
    old: Any
    new: Any

    def describe(self) -> str:
        """One line for the user: "H200 SXM: Time per output token (ms) 46.5 → 48.1"."""
        return f"{self.name}: {self.label} {_show(self.old)} → {_show(self.new)}"


def _show(value: Any) -> str:
    if value is None or value == "":
        return "unknown"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return f"{value:,.4g}"
    if isinstance(value, (list, tuple)):
        return "; ".join(map(str, value)) or "none"
    return str(value)


def _same(old: Any, new: Any) -> bool:
    if isinstance(old, bool) or isinstance(new, bool):
        return old == new
    if isinstance(old, (int, float)) and isinstance(new, (int, float)):
        return math.isclose(old, new, rel_tol=1e-9, abs_tol=1e-12)
    return old == new


def changed_figures(snap: ResultsSnapshot | None, results: Any) -> list[FigureChange]:
    """Every comparison figure that differs between `snap` and freshly computed `results`.

    Compares row by row (by accelerator id) and field by field, in the table's order; an
    accelerator present on one side only gives one "(row)" change.
    """
    old_rows = snapshot_rows(snap)
    new_rows = {r["accelerator_id"]: r for r in comparison_records(results)}
    changes = []
    for accelerator_id in dict.fromkeys((*old_rows, *new_rows)):
        old, new = old_rows.get(accelerator_id), new_rows.get(accelerator_id)
        name = (new or old or {}).get("name") or accelerator_id
        if old is None or new is None:
            changes.append(FigureChange(
                accelerator_id, name, "(row)", "Accelerator",
                None if old is None else "in the plan", None if new is None else "computed now",
            ))  # fmt: skip
            continue
        for column in COMPARISON_COLUMNS:
            key = column.field
            if key == "accelerator_id":
                continue
            if not _same(old.get(key), new.get(key)):
                before, after = old.get(key), new.get(key)
                change = FigureChange(accelerator_id, name, key, column.header, before, after)
                changes.append(change)
    return changes


def catalog_update_changes(plan: Plan, results: Any) -> list[FigureChange]:
    """What changed for `plan` since its snapshot, if the catalog version moved on; else [].

    `results` are the plan's results computed now (`compute_results(catalog, plan.scenario)`).
    The GUI shows `[c.describe() for c in changes]` when it opens such a plan.
    """
    if plan.results is None or plan.results.catalog_version == str(results.catalog_version):
        return []
    return changed_figures(plan.results, results)


def record_fields() -> tuple[str, ...]:
    """The comparison CSV's columns (the `ComparisonRow` field names)."""
    return tuple(column.field for column in COMPARISON_COLUMNS)


def check_columns_cover(row_type: type) -> None:
    """Raise if `ComparisonRow` gained a field this table does not export (caught by a test)."""
    missing = {f.name for f in dataclasses.fields(row_type)} - set(record_fields())
    if missing:
        raise AssertionError(f"comparison columns miss ComparisonRow fields: {sorted(missing)}")
