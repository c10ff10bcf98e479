"""Qt-free exports of a plan's results: CSV, JSON (the plan with a results snapshot) and XLSX.

Every number comes from `desktop_app.plans.results.compute_results` (the same `ScenarioResults`
the window shows); nothing is recomputed here. Every file is written atomically through
`desktop_app.plans.io.atomic_write` (a temporary file in the destination folder, then a rename), so
a failed export (read-only folder, full disk) raises `PlanError` naming the path and the problem and
leaves an existing file untouched.

The PDF report and the plot images need Qt and live in `desktop_app.ui.report`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from pathlib import Path
from typing import Any

from desktop_app.plans import tables
from desktop_app.plans.document import Plan
from desktop_app.plans.errors import PlanError
from desktop_app.plans.io import _reason, atomic_write, plan_to_bytes
from desktop_app.plans.scenario import Scenario
from desktop_app.plans.tables import (
    FigureChange,
    Recommendation,
    catalog_update_changes,
    changed_figures,
    recommend,
    snapshot,
)

PathLike = str | os.PathLike[str]

CSV_TABLES = ("comparison", "sweep")

__all__ = [
    "CSV_TABLES",
    "FigureChange",
    "Recommendation",
    "catalog_update_changes",
    "changed_figures",
    "export_csv",
    "export_json",
    "export_xlsx",
    "plan_from_scenario",
    "plan_with_results",
    "recommend",
    "snapshot",
    "sweep_csv_path",
    "write_export",
]


def write_export(path: PathLike, data: bytes, what: str) -> None:
    """Write `data` to `path` atomically; PlanError names `what`, the path and the problem."""
    name = os.fspath(path)
    try:
        atomic_write(name, data)
    except PlanError as exc:
        message = str(exc)
        prefix = f"cannot save the plan to {name}: "
        if message.startswith(prefix):
            message = f"cannot write the {what} to {name}: {message[len(prefix):]}"
        elif "it is a folder" in message:
            message = f"cannot write the {what} to {name}: it is a folder"
        raise PlanError(message, path=name) from None


# --- plans -------------------------------------------------------------------------------------


def plan_from_scenario(
    scenario: Scenario,
    *,
    title: str = "Untitled plan",
    customer: str = "",
    author: str = "",
    notes: str = "",
    date: dt.date | None = None,
    language: str = "en",
    results: Any = None,
) -> Plan:
    """A plan for `scenario`: its model and accelerators shortlisted, and `results` (a
    `ScenarioResults`) kept as the snapshot if given."""
    fields: dict[str, Any] = {}
    if date is not None:
        fields["date"] = date
    return Plan(
        title=title,
        customer=customer,
        author=author,
        notes=notes,
        language=language,
        scenario=scenario,
        models=(scenario.model_id,),
        accelerators=scenario.accelerator_ids,
        results=None if results is None else snapshot(results),
        **fields,
    )


def plan_with_results(plan: Plan, results: Any) -> Plan:
    """`plan` with its results snapshot replaced by `results` (a `ScenarioResults`)."""
    return plan.with_changes(results=snapshot(results))


# --- CSV ---------------------------------------------------------------------------------------


def sweep_csv_path(path: PathLike) -> Path:
    """Where the sweep goes beside a comparison CSV: results.csv -> results-sweep.csv."""
    path = Path(path)
    suffix = path.suffix if path.suffix.lower() == ".csv" else ".csv"
    stem = path.stem if path.suffix.lower() == ".csv" else path.name
    return path.with_name(f"{stem}-sweep{suffix}")


def _cell(value: Any) -> str:
    """Plain CSV text: numbers as Python writes them (exact, no separators), "" for unknown."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return tables.FLAG_SEPARATOR.join(str(v) for v in value)
    return str(value)


def csv_bytes(results: Any, table: str = "comparison") -> bytes:
    """The CSV text of one table (see `export_csv`), UTF-8 with a BOM so Excel reads it right."""
    if table == "comparison":
        header = tables.record_fields()
        records = tables.comparison_records(results)
    elif table == "sweep":
        header = tables.SWEEP_CSV_COLUMNS
        records = tables.sweep_records(results)
    else:
        raise ValueError(f"unknown table {table!r}; expected one of {', '.join(CSV_TABLES)}")
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for record in records:
        writer.writerow([_cell(record[key]) for key in header])
    return out.getvalue().encode("utf-8-sig")


def export_csv(results: Any, path: PathLike, table: str = "comparison") -> Path:
    """Write one table of `results` as CSV.

    comparison: one row per accelerator, every `ComparisonRow` field (names carry units: `ttft_ms`,
    `usd_per_million_tokens`, ...); booleans true/false; flags joined by " | "; unknown empty.
    sweep: long format, one row per accelerator, concurrency and metric: accelerator_id,
    concurrency, metric, unit, value, low, high, valid, meets_targets.
    """
    data = csv_bytes(results, table)
    write_export(path, data, f"{table} CSV")
    return Path(path)


# --- JSON --------------------------------------------------------------------------------------


def export_json(plan: Plan, results: Any, path: PathLike) -> Plan:
    """Write `plan` with a snapshot of `results` as a plan file (loads back with `load_plan`).

    Returns the plan as written (equal to what `load_plan(path)` gives).
    """
    written = plan_with_results(plan, results)
    write_export(path, plan_to_bytes(written), "JSON export")
    return written


# --- XLSX --------------------------------------------------------------------------------------


def export_xlsx(plan: Plan, results: Any, catalog: Any, path: PathLike, translate=None) -> Path:
    """Write the workbook: Summary, Comparison, Sweep, Assumptions and Sources (see `workbook`);
    `translate(context, text)` gives its words in the plan's language (English when None)."""
    from desktop_app.plans.tables import same_text
    from desktop_app.plans.workbook import workbook_bytes

    try:
        data = workbook_bytes(plan, results, catalog, translate or same_text)
    except OSError as exc:  # openpyxl builds the sheets in temporary files
        name = os.fspath(path)
        message = f"cannot write the spreadsheet to {name}: {_reason(exc)}"
        raise PlanError(message, path=name) from None
    write_export(path, data, "spreadsheet")
    return Path(path)
