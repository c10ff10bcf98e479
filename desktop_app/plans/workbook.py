"""The XLSX export: a workbook a customer can read and recalculate from (openpyxl, Qt-free).

Sheets:
- Summary: who and what the plan is for, and the recommended option with one line saying why.
- Comparison: one row per accelerator, every comparison figure (units in the headers).
- Sweep: the curves' data, one row per accelerator and concurrency, value/low/high of each metric.
- Assumptions: every scenario input and every cost default the cost model used, with its source.
- Sources: every figure behind the selected accelerators (and the model) with its confidence and
  the catalog source it comes from.

Numbers are stored as numbers (formatted for display), unknown values as empty cells; every sheet
has a frozen header row. Built in memory; `exports.export_xlsx` writes it atomically.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app import __version__
from desktop_app.catalog.translations import CONTEXT as CATALOG_CONTEXT
from desktop_app.estimator.cost_defaults import COST_DEFAULTS
from desktop_app.plans import tables
from desktop_app.plans.document import Plan
from desktop_app.plans.scenario import PRECISION_NAMES

SHEETS = ("Summary", "Comparison", "Sweep", "Assumptions", "Sources")

# Cost defaults the cost model takes as they are (the scenario sets PUE, electricity, period,
# utilisation and the exchange rate itself); see `results._costs` and `estimator.cost.CostInputs`.
COST_MODEL_DEFAULTS = (
    "host_price_usd_per_device", "network_usd_per_device", "load_factor",
    "host_power_w_per_device", "hosting_usd_per_kw_month", "maintenance_frac_per_year",
    "depreciation_years", "engineer_usd_per_month",
)  # fmt: skip

# Units of catalog figures, by field name (names carry the unit where it is not a count).
FIGURE_UNITS = {
    "memory_gib": "GiB", "memory_bw_gbps": "GB/s", "fp32_tflops": "TFLOPS",
    "bf16_tflops": "TFLOPS", "fp16_tflops": "TFLOPS", "fp8_tflops": "TFLOPS",
    "fp4_tflops": "TFLOPS", "int8_tops": "TOPS", "tdp_w": "W", "scale_up_bw_gbps": "GB/s",
    "scale_out_gbit_s": "Gbit/s", "price_usd": "USD", "max_context": "tokens",
    "maturity": "1 (experimental) - 5 (CUDA-class)", "porting_months": "engineer-months",
    "total_params_b": "billion parameters", "active_params_b": "billion parameters",
}  # fmt: skip

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
MAX_WIDTH = 60
WRAP = Alignment(wrap_text=True, vertical="top")


def workbook_bytes(plan: Plan, results: Any, catalog: Any, translate=tables.same_text) -> bytes:
    """The .xlsx file's content for `plan` with `results` computed from `catalog`; `translate`
    gives its words in the plan's language (QCoreApplication.translate under that language)."""
    book = build_workbook(plan, results, catalog, translate)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def build_workbook(plan: Plan, results: Any, catalog: Any, translate=tables.same_text) -> Workbook:
    from desktop_app.plans.results import in_language

    results = in_language(results, catalog, translate)
    book = Workbook()
    book.remove(book.active)
    _summary(book.create_sheet(translate("Workbook", "Summary")), plan, results, catalog, translate)
    _comparison(book.create_sheet(translate("Workbook", "Comparison")), results, translate)
    _sweep(book.create_sheet(translate("Workbook", "Sweep")), results, translate)
    _assumptions(book.create_sheet(translate("Workbook", "Assumptions")), plan.scenario, translate)
    _sources(book.create_sheet(translate("Workbook", "Sources")), plan.scenario, results, catalog, translate)
    book.properties.title = plan.title
    book.properties.creator = plan.author or "Accelerator Planner"
    return book


# --- helpers -----------------------------------------------------------------------------------


def _table(
    sheet: Worksheet,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    formats: Sequence[str | None] = (),
    *,
    freeze: str = "A2",
    wrap: Sequence[int] = (),
) -> None:
    """Header in row 1 (bold, frozen), rows below; number formats per column; fitted widths."""
    sheet.append(list(header))
    for cell in sheet[1]:
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    widths = [min(max(len(str(h)) * 0.7, 10), 32) for h in header]
    for row in rows:
        sheet.append([_cell_value(v) for v in row])
        for i, value in enumerate(row):
            if value is not None:
                widths[i] = max(widths[i], min(_text_width(value), MAX_WIDTH))
    for i, fmt in enumerate(formats):
        if fmt:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=i + 1, max_col=i + 1):
                cell.number_format = fmt
    for i in wrap:
        for (cell,) in sheet.iter_rows(min_row=2, min_col=i + 1, max_col=i + 1):
            cell.alignment = WRAP
    for i, width in enumerate(widths):
        sheet.column_dimensions[get_column_letter(i + 1)].width = width + 2
    sheet.freeze_panes = freeze


def _cell_value(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return "\n".join(map(str, value))  # one flag per line (the column wraps)
    return value


def _text_width(value: Any) -> float:
    if isinstance(value, float):
        return 12
    text = _cell_value(value)
    return max((len(line) for line in str(text).splitlines()), default=0)


def _default_for(name: str, region: str):
    key = f"{name}_{region}"
    return COST_DEFAULTS[key] if key in COST_DEFAULTS else COST_DEFAULTS[name]


def _region(scenario: Any) -> str:
    return "cn" if scenario.cost.electricity_currency == "CNY" else "us"


# --- Summary -----------------------------------------------------------------------------------


def _summary(sheet: Worksheet, plan: Plan, results: Any, catalog: Any, translate=tables.same_text) -> None:
    s = plan.scenario
    best = tables.recommend(results, translate)
    names = dict(zip(results.accelerator_ids, results.accelerator_names, strict=False))
    known_accs = {a.id for a in catalog.accelerators()}
    known_models = {m.id for m in catalog.models()}
    unknown = plan.unknown_ids(known_accs, known_models)
    workload = (
        translate("Workbook", "{0} tokens per day (input + output)").format(f"{s.workload.amount:,.0f}")
        if s.workload.unit == "tokens_per_day"
        else translate("Workbook", "{0} requests per second").format(f"{s.workload.amount:,g}")
    )
    targets = ", ".join(
        text
        for text in (
            None if s.ttft_target_ms is None
            else translate("Workbook", "time to first token ≤ {0} ms").format(f"{s.ttft_target_ms:g}"),
            None if s.tpot_target_ms is None
            else translate("Workbook", "time per output token ≤ {0} ms").format(f"{s.tpot_target_ms:g}"),
        )
        if text
    )
    none = translate("Workbook", "none")
    rows: list[tuple[str, Any]] = [
        (translate("Workbook", "Title"), plan.title),
        (translate("Workbook", "Customer"), plan.customer),
        (translate("Workbook", "Author"), plan.author),
        (translate("Workbook", "Date"), plan.date),
        (translate("Workbook", "Model"), f"{results.model_name} ({results.model_id})"),
        (translate("Workbook", "Accelerators compared"),
         ", ".join(f"{names.get(i, i)} ({i})" for i in s.accelerator_ids)),
        (translate("Workbook", "Runtime"),
         next((r.name for r in catalog.runtimes() if r.id == s.runtime_id), s.runtime_id)),
        (translate("Workbook", "Precision"),
         translate("Workbook", "weights {0}, KV cache {1}").format(
             PRECISION_NAMES.get(s.weight_precision, s.weight_precision),
             PRECISION_NAMES.get(s.kv_precision, s.kv_precision))),
        (translate("Workbook", "Request"),
         translate("Workbook", "{0} input tokens, {1} output tokens").format(f"{s.input_len:,}", f"{s.output_len:,}")),
        (translate("Workbook", "Workload"), workload),
        (translate("Workbook", "Latency targets"), targets or none),
        (
            translate("Workbook", "Recommended option"),
            none if best.row is None else f"{best.row.name} ({best.row.accelerator_id})",
        ),
        (translate("Workbook", "Why"), best.why),
        (translate("Workbook", "Catalog version"), str(results.catalog_version)),
        (translate("Workbook", "Written by"), f"Accelerator Planner {__version__}"),
    ]
    if results.message:
        rows.append((translate("Workbook", "Note"), results.message))
    if unknown:
        rows.append((translate("Workbook", "Warning"), unknown.message()))
    if plan.notes:
        rows.append((translate("Workbook", "Notes"), plan.notes))
    _table(sheet, (translate("Workbook", "Item"), translate("Workbook", "Value")), rows, wrap=(1,))
    for (cell,) in sheet.iter_rows(min_row=2, min_col=2, max_col=2):
        if hasattr(cell.value, "isoformat"):
            cell.number_format = "yyyy-mm-dd"
            cell.alignment = Alignment(horizontal="left")
    sheet.column_dimensions["A"].width = 24
    sheet.column_dimensions["B"].width = 100


# --- Comparison and Sweep ---------------------------------------------------------------------


def _comparison(sheet: Worksheet, results: Any, translate=tables.same_text) -> None:
    columns = tables.COMPARISON_COLUMNS
    header = [translate("Workbook", c.header) for c in columns]
    if results.scenario is not None:  # the TCO column says over how many years
        index = [c.field for c in columns].index("tco_usd")
        header[index] += " " + translate("Workbook", "({0} years)").format(f"{results.scenario.cost.years:g}")
    records = tables.comparison_records(results)
    rows = [[record[c.field] for c in columns] for record in records]
    formats = [None if c.number_format == "General" else c.number_format for c in columns]
    fields = [c.field for c in columns]
    wrap = tuple(fields.index(name) for name in ("reason", "export_control", "flags"))
    _table(sheet, header, rows, formats, freeze="C2", wrap=wrap)


def sweep_header(translate=tables.same_text) -> list[str]:
    header = [translate("Workbook", "Accelerator id"), translate("Workbook", "Accelerator"),
              translate("Workbook", "Concurrency (requests)")]
    low, high = translate("Workbook", "low"), translate("Workbook", "high")
    for _, (unit, label, _) in tables.SWEEP_METRICS.items():
        label = translate("Workbook", label)
        header += [f"{label} ({unit})", f"{label}, {low} ({unit})", f"{label}, {high} ({unit})"]
    return header + [translate("Workbook", "Fits in memory"), translate("Workbook", "Meets targets")]


def _sweep(sheet: Worksheet, results: Any, translate=tables.same_text) -> None:
    rows = []
    for a, accelerator_id in enumerate(results.accelerator_ids):
        for c, conc in enumerate(results.concurrency):
            row: list[Any] = [accelerator_id, results.accelerator_names[a], int(conc)]
            for metric in tables.SWEEP_METRICS:
                for source in (results.sweep, results.sweep_low, results.sweep_high):
                    value = source[metric][a, c] if metric in source else None
                    row.append(tables.plain_number(value))
            row += [bool(results.valid[a, c]), bool(results.meets_targets[a, c])]
            rows.append(row)
    formats: list[str | None] = [None, None, "#,##0"]
    for _, (_, _, fmt) in tables.SWEEP_METRICS.items():
        formats += [fmt] * 3
    _table(sheet, sweep_header(translate), rows, formats, freeze="D2")


# --- Assumptions -------------------------------------------------------------------------------

ASSUMPTION_HEADER = (
    tables.QT_TRANSLATE_NOOP("Workbook", "Group"), tables.QT_TRANSLATE_NOOP("Workbook", "Assumption"),
    tables.QT_TRANSLATE_NOOP("Workbook", "Value"), tables.QT_TRANSLATE_NOOP("Workbook", "Unit"),
    tables.QT_TRANSLATE_NOOP("Workbook", "Source"), tables.QT_TRANSLATE_NOOP("Workbook", "Source date"),
    tables.QT_TRANSLATE_NOOP("Workbook", "Source URL"), tables.QT_TRANSLATE_NOOP("Workbook", "Note"),
)  # fmt: skip


def assumption_rows(scenario: Any, translate=tables.same_text) -> list[tuple[Any, ...]]:
    """Every scenario input and every cost default used: (group, name, value, unit, source, date,
    url, note), the words in the language of `translate` (names are the plan file's field names)."""
    s = scenario
    mine = translate("Workbook", "scenario (your input)")
    per_request = translate("Workbook", "tokens per request")
    concurrent = translate("Workbook", "concurrent requests")
    no_target = translate("Workbook", "empty: no target")
    number_format = translate("Workbook", "number format")
    rows: list[tuple[Any, ...]] = [
        ("Scenario", "model_id", s.model_id, translate("Workbook", "catalog id"), mine, None, None, None),
        ("Scenario", "accelerator_ids", ", ".join(s.accelerator_ids), translate("Workbook", "catalog ids"),
         mine, None, None, None),
        ("Scenario", "weight_precision", s.weight_precision, number_format, mine, None, None, None),
        ("Scenario", "kv_precision", s.kv_precision, number_format, mine, None, None, None),
        ("Scenario", "runtime_id", s.runtime_id, translate("Workbook", "serving runtime"), mine, None,
         None, None),
        ("Scenario", "input_len", s.input_len, per_request, mine, None, None, None),
        ("Scenario", "output_len", s.output_len, per_request, mine, None, None, None),
        ("Scenario", "concurrency_min", s.concurrency_min, concurrent, mine, None, None, None),
        ("Scenario", "concurrency_max", s.concurrency_max, concurrent, mine, None, None, None),
        ("Scenario", "ttft_target_ms", s.ttft_target_ms, "ms", mine, None, None,
         no_target if s.ttft_target_ms is None else None),
        ("Scenario", "tpot_target_ms", s.tpot_target_ms, "ms", mine, None, None,
         no_target if s.tpot_target_ms is None else None),
        ("Scenario", "workload.unit", s.workload.unit, "", mine, None, None, None),
        ("Scenario", "workload.amount", s.workload.amount,
         translate("Workbook", "tokens per day (input + output)") if s.workload.unit == "tokens_per_day"
         else translate("Workbook", "requests per second"), mine, None, None, None),
    ]  # fmt: skip
    if s.layout is None:
        rows.append(("Scenario", "layout", translate("Workbook", "automatic"), "", mine, None, None,
                     translate("Workbook", "the cheapest layout that serves the workload and meets the targets")))
    else:
        for name in ("devices", "tp", "pp", "ep"):
            unit = translate("Workbook", "devices") if name == "devices" else translate("Workbook", "ways")
            rows.append(("Scenario", f"layout.{name}", getattr(s.layout, name), unit, mine, None, None, None))
    c = s.cost
    region = _region(s)
    electricity = _default_for("electricity_usd_per_kwh", region)
    scenario_cost = (
        ("electricity_price_per_kwh", c.electricity_price_per_kwh, f"{c.electricity_currency}/kWh",
         electricity if c.electricity_currency == "USD" else None),
        ("electricity_currency", c.electricity_currency, translate("Workbook", "currency"), None),
        ("cny_per_usd", c.cny_per_usd, "CNY/USD", COST_DEFAULTS["cny_per_usd"]),
        ("pue", c.pue, COST_DEFAULTS["pue"].unit, COST_DEFAULTS["pue"]),
        ("years", c.years, translate("Workbook", "years"), COST_DEFAULTS["depreciation_years"]),
        ("utilisation", c.utilisation, COST_DEFAULTS["utilisation"].unit,
         COST_DEFAULTS["utilisation"]),
    )  # fmt: skip

    def title(default) -> str:  # published titles stay; our own "no public source" one translates
        return translate(CATALOG_CONTEXT, default.source_title)

    def note(default) -> str:
        return translate(CATALOG_CONTEXT, default.note) if default.note else default.note

    for name, value, unit, default in scenario_cost:
        if default is not None and default.value == value:
            rows.append(("Cost (scenario)", f"cost.{name}", value, unit,
                         translate("Workbook", "default: {0}").format(title(default)), default.source_date,
                         default.source_url, note(default)))  # fmt: skip
        else:
            was = None if default is None else translate("Workbook", "default {0} {1} ({2})").format(
                f"{default.value:g}", default.unit, title(default))
            rows.append(("Cost (scenario)", f"cost.{name}", value, unit, mine, None, None, was))
    for accelerator_id, price in c.price_overrides_usd:
        rows.append(("Cost (scenario)", f"cost.price_overrides_usd.{accelerator_id}", price,
                     translate("Workbook", "USD per device"), mine, None, None,
                     translate("Workbook", "replaces the catalog price")))
    for name in COST_MODEL_DEFAULTS:
        default = _default_for(name, region)
        label = f"{name}_{region}" if f"{name}_{region}" in COST_DEFAULTS else name
        text = note(default)
        if name == "depreciation_years":
            text = translate("Workbook", "depreciation period; {0}").format(text)
        source = title(default)
        if default.assumption:
            source = translate("Workbook", "{0} (our assumption)").format(source)
        rows.append(("Cost model default", label, default.value, default.unit, source,
                     default.source_date, default.source_url, text))  # fmt: skip
    return rows


def _assumptions(sheet: Worksheet, scenario: Any, translate=tables.same_text) -> None:
    rows = assumption_rows(scenario, translate)
    groups = {"Scenario": translate("Workbook", "Scenario"), "Cost (scenario)": translate("Workbook", "Cost (scenario)"),
              "Cost model default": translate("Workbook", "Cost model default")}
    rows = [(groups.get(r[0], r[0]),) + tuple(r[1:]) for r in rows]
    _table(sheet, [translate("Workbook", h) for h in ASSUMPTION_HEADER], rows, (None, None, "General"), freeze="C2", wrap=(4, 7))
    sheet.column_dimensions["H"].width = 80
    sheet.column_dimensions["E"].width = 50


# --- Sources -----------------------------------------------------------------------------------

SOURCE_HEADER = (
    tables.QT_TRANSLATE_NOOP("Workbook", "Entry"), tables.QT_TRANSLATE_NOOP("Workbook", "Entry id"),
    tables.QT_TRANSLATE_NOOP("Workbook", "Figure"), tables.QT_TRANSLATE_NOOP("Workbook", "Value"),
    tables.QT_TRANSLATE_NOOP("Workbook", "Unit"), tables.QT_TRANSLATE_NOOP("Workbook", "Confidence"),
    tables.QT_TRANSLATE_NOOP("Workbook", "Source id"), tables.QT_TRANSLATE_NOOP("Workbook", "Source title"),
    tables.QT_TRANSLATE_NOOP("Workbook", "Publisher"), tables.QT_TRANSLATE_NOOP("Workbook", "Source date"),
    tables.QT_TRANSLATE_NOOP("Workbook", "Source URL"), tables.QT_TRANSLATE_NOOP("Workbook", "Note"),
)  # fmt: skip


def source_rows(scenario: Any, results: Any, catalog: Any,
                translate=tables.same_text) -> list[tuple[Any, ...]]:
    """Every figure behind the selected accelerators and the model, with confidence and source."""
    from desktop_app.catalog.arrays import hardware_provenance, model_provenance, provenance

    sources = {s.id: s for s in catalog.sources()}
    systems = catalog.systems()
    stacks = {s.id: s for s in catalog.stacks()}
    rows: list[tuple[Any, ...]] = []

    def add(entry: str, entry_id: str, figures: dict[str, dict[str, Any]]) -> None:
        for name, p in figures.items():
            source = sources.get(p.get("source") or "")
            rows.append((
                entry, entry_id, name, tables.plain_number(p.get("value")),
                FIGURE_UNITS.get(name, ""), p.get("confidence") or "unstated", p.get("source"),
                source.title if source else None, source.publisher if source else None,
                source.date if source else None,
                (source.url or source.document) if source else None,
                translate(CATALOG_CONTEXT, p["note"]) if p.get("note") else None,
            ))  # fmt: skip

    for accelerator_id in results.accelerator_ids:
        acc = catalog.accelerator(accelerator_id)
        name = translate(CATALOG_CONTEXT, acc.name)
        add(name, acc.id, hardware_provenance(acc, systems))
        price = scenario.cost.price_override_usd(acc.id)
        if price is not None:
            rows.append((name, acc.id, "price_usd", price, "USD",
                         translate("Workbook", "your input"), None,
                         translate("Workbook", "scenario price override"), None, None, None,
                         translate("Workbook", "replaces the catalog price in the cost figures")))  # fmt: skip
        stack = stacks.get(acc.software_stack or "")
        if stack is not None:
            add(translate("Workbook", "{0} (software stack of {1})").format(stack.name, name), stack.id,
                provenance(stack, ("maturity", "porting_months")))
    try:
        model = catalog.model(results.model_id)
    except LookupError:
        model = None
    if model is not None:
        add(model.name, model.id, model_provenance(model))
    return rows


def _sources(sheet: Worksheet, scenario: Any, results: Any, catalog: Any, translate=tables.same_text) -> None:
    rows = source_rows(scenario, results, catalog, translate)
    _table(sheet, [translate("Workbook", h) for h in SOURCE_HEADER], rows, freeze="D2", wrap=(11,))
    sheet.column_dimensions["L"].width = 60
