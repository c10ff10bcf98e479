"""CSV, JSON and XLSX exports: the numbers written are the estimator's, files round-trip, writes are
atomic, and the shipped ready-made plans load against the shipped catalog."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import errno
import json
import math
import os
import re
from pathlib import Path

import numpy as np
import openpyxl
import pytest

from desktop_app.estimator.cost_defaults import COST_DEFAULTS
from desktop_app.paths import resources_dir
from desktop_app.plans import Plan, PlanError, ResultsSnapshot, load_plan
from desktop_app.plans import io as plan_io
from desktop_app.plans import tables, workbook
from desktop_app.plans.exports import (
    catalog_update_changes,
    changed_figures,
    export_csv,
    export_json,
    export_xlsx,
    plan_from_scenario,
    recommend,
    snapshot,
    sweep_csv_path,
)
from desktop_app.plans.results import ComparisonRow, compute_results
from desktop_app.ui.demos import demo_scenarios

DEMO = "deepseek-r1-910c-h20-h200"


@pytest.fixture(scope="module")
def catalog():
    from desktop_app.catalog.store import Catalog

    catalog = Catalog.open(":memory:")
    yield catalog
    catalog.close()


@pytest.fixture(scope="module")
def scenario():
    return demo_scenarios()[DEMO]


@pytest.fixture(scope="module")
def results(catalog, scenario):
    return compute_results(catalog, scenario)


@pytest.fixture(scope="module")
def demo_plan(scenario):
    return plan_from_scenario(
        scenario, title="DeepSeek-R1 for ACME", customer="ACME Cloud", author="Jane Analyst",
        notes="Two pages.\nPrices as quoted.", date=dt.date(2026, 11, 23),
    )  # fmt: skip


def _same(cell, expected) -> bool:
    """A spreadsheet cell holds the estimator's number (unknown: an empty cell).

    openpyxl writes floats with 16 significant digits (Excel keeps 15), so the last bit may go.
    """
    if expected is None or (isinstance(expected, float) and not math.isfinite(expected)):
        return cell is None
    if isinstance(expected, float):
        return isinstance(cell, (int, float)) and math.isclose(cell, expected, rel_tol=1e-15)
    return cell == expected


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _parse(text: str, kind: str):
    if kind == "bool":
        return {"true": True, "false": False}[text]
    if kind in ("int", "float"):
        return None if text == "" else (int(text) if kind == "int" else float(text))
    if kind == "list":
        return [] if text == "" else text.split(tables.FLAG_SEPARATOR)
    return text


# --- tables ------------------------------------------------------------------------------------


def test_comparison_columns_cover_every_row_field():
    tables.check_columns_cover(ComparisonRow)
    assert tables.record_fields() == tuple(f.name for f in dataclasses.fields(ComparisonRow))


def test_results_have_something_to_export(results):
    assert len(results.rows) == 3
    assert results.concurrency.size > 5
    assert set(tables.SWEEP_METRICS) == set(results.sweep)


# --- CSV ---------------------------------------------------------------------------------------


def test_comparison_csv_round_trips(results, tmp_path):
    path = export_csv(results, tmp_path / "comparison.csv")
    rows = _csv_rows(path)
    assert list(rows[0]) == list(tables.record_fields())
    assert len(rows) == len(results.rows)
    for written, row in zip(rows, results.rows, strict=True):
        for column in tables.COMPARISON_COLUMNS:
            expected = getattr(row, column.field)
            got = _parse(written[column.field], column.kind)
            if column.kind == "list":
                assert got == list(expected)
            elif expected is None:
                assert got in (None, ""), column.field
            else:
                assert got == expected, column.field  # exact: floats are written in full


def test_comparison_csv_leaves_unknown_empty(results, tmp_path):
    rows = _csv_rows(export_csv(results, tmp_path / "c.csv"))
    ascend = next(r for r in rows if r["accelerator_id"] == "huawei-ascend-910c")
    assert ascend["usd_per_million_tokens"] == ""  # no public price: unknown, not 0 or "nan"
    assert "nan" not in (tmp_path / "c.csv").read_text(encoding="utf-8-sig").lower()


def test_sweep_csv_is_long_format_with_every_point(results, tmp_path):
    rows = _csv_rows(export_csv(results, tmp_path / "sweep.csv", table="sweep"))
    a_count, c_count = results.valid.shape
    assert len(rows) == a_count * c_count * len(results.sweep)
    assert list(rows[0]) == list(tables.SWEEP_CSV_COLUMNS)
    for row in rows:
        a = results.accelerator_ids.index(row["accelerator_id"])
        c = int(np.flatnonzero(results.concurrency == float(row["concurrency"]))[0])
        metric = row["metric"]
        for column, source in (("value", results.sweep), ("low", results.sweep_low),
                               ("high", results.sweep_high)):  # fmt: skip
            expected = float(source[metric][a, c])
            got = row[column]
            if math.isfinite(expected):
                assert float(got) == expected
            else:
                assert got == ""
        assert row["valid"] == ("true" if results.valid[a, c] else "false")
        assert row["unit"] == tables.SWEEP_METRICS[metric][0]


def test_unknown_csv_table_is_refused(results, tmp_path):
    with pytest.raises(ValueError, match="unknown table"):
        export_csv(results, tmp_path / "x.csv", table="pareto")
    assert not (tmp_path / "x.csv").exists()


def test_sweep_csv_path_sits_beside_the_comparison():
    assert sweep_csv_path("out/results.csv") == Path("out/results-sweep.csv")
    assert sweep_csv_path("out/results") == Path("out/results-sweep.csv")


# --- JSON and the snapshot ---------------------------------------------------------------------


def test_json_export_loads_back_into_an_equal_plan(demo_plan, results, tmp_path):
    path = tmp_path / "plan.accplan.json"
    written = export_json(demo_plan, results, path)
    loaded = load_plan(path)
    assert loaded == written
    assert loaded.results.catalog_version == results.catalog_version
    data = loaded.results.data
    assert [r["accelerator_id"] for r in data["comparison"]] == list(results.accelerator_ids)
    for stored, row in zip(data["comparison"], results.rows, strict=True):
        assert stored["tpot_ms"] == row.tpot_ms
        assert stored["usd_per_million_tokens"] == row.usd_per_million_tokens
        assert stored["devices"] == row.devices
    expected = results.sweep["tpot_ms"]
    np.testing.assert_array_equal(  # unknown (NaN, infinite) is stored as null
        np.array(data["sweep"]["tpot_ms"]["value"], dtype=float),
        np.where(np.isfinite(expected), expected, np.nan),
    )
    assert list(data["concurrency"]) == [int(c) for c in results.concurrency]
    assert data["recommended"] == recommend(results).row.accelerator_id
    # The file itself is plain JSON (no NaN), as every plan file must be.
    json.loads(path.read_text(encoding="utf-8"), parse_constant=pytest.fail)


def test_snapshot_of_the_same_results_shows_no_change(results):
    assert changed_figures(snapshot(results), results) == []


def test_changed_figures_lists_old_and_new_per_accelerator(results, demo_plan):
    old = json.loads(json.dumps(snapshot(results).to_json_dict()["data"]))
    old["comparison"][1]["tpot_ms"] = 99.5
    old["comparison"][1]["fits"] = not old["comparison"][1]["fits"]
    old["comparison"].append(dict(old["comparison"][0], accelerator_id="acme-x1", name="ACME X1"))
    snap = ResultsSnapshot(catalog_version="2025.1.1", data=old)
    plan = demo_plan.with_changes(results=snap)
    changes = catalog_update_changes(plan, results)
    h20 = results.rows[1]
    assert [(c.accelerator_id, c.field) for c in changes] == [
        ("nvidia-h20", "fits"), ("nvidia-h20", "tpot_ms"), ("acme-x1", "(row)"),
    ]  # fmt: skip
    tpot = changes[1]
    assert (tpot.old, tpot.new) == (99.5, h20.tpot_ms)
    assert tpot.describe().startswith(f"{h20.name}: Time per output token (ms) 99.5 → ")
    assert changes[2].new is None
    # Same catalog version: nothing to report (the snapshot is current).
    same = plan.with_changes(results=ResultsSnapshot(results.catalog_version, old))
    assert catalog_update_changes(same, results) == []
    assert catalog_update_changes(demo_plan, results) == []  # no snapshot at all


# --- the recommended option --------------------------------------------------------------------


def test_recommendation_is_the_cheapest_that_fits_and_meets_targets(results):
    best = recommend(results)
    candidates = [r for r in results.rows if r.fits and not r.reason and r.devices
                  and r.usd_per_million_tokens is not None]  # fmt: skip
    assert best.row is min(candidates, key=lambda r: r.usd_per_million_tokens)
    assert f"{best.row.usd_per_million_tokens:,.2f}" in best.why


def test_recommendation_follows_a_price_override(catalog, scenario):
    cheap = scenario.with_changes(
        cost=scenario.cost.with_changes(price_overrides_usd={"huawei-ascend-910c": 1.0})
    )
    results = compute_results(catalog, cheap)
    ascend = results.rows[0]
    if ascend.usd_per_million_tokens is None:  # the 910C's power is unknown: still unpriced
        assert recommend(results).row.accelerator_id != "huawei-ascend-910c"
    else:
        assert recommend(results).row.accelerator_id == "huawei-ascend-910c"


def test_no_recommendation_without_a_priced_option(catalog):
    scenario = demo_scenarios()["llama-3.3-70b-chinese"].with_changes(
        accelerator_ids=("huawei-ascend-910b", "metax-c500")
    )
    best = recommend(compute_results(catalog, scenario))
    assert best.row is None
    assert "price" in best.why or "fits" in best.why


# --- XLSX --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def book(demo_plan, results, catalog, tmp_path_factory):
    path = tmp_path_factory.mktemp("xlsx") / "plan.xlsx"
    export_xlsx(demo_plan, results, catalog, path)
    return openpyxl.load_workbook(path)


def test_workbook_has_the_five_sheets_with_frozen_headers(book):
    assert book.sheetnames == list(workbook.SHEETS)
    for sheet in book:
        assert sheet.freeze_panes is not None and sheet.freeze_panes.endswith("2"), sheet.title
        assert all(cell.font.bold for cell in sheet[1] if cell.value is not None)
        assert sheet.column_dimensions["A"].width >= 10


def test_summary_names_the_plan_and_the_recommended_option(book, demo_plan, results):
    items = {row[0]: row[1] for row in book["Summary"].iter_rows(min_row=2, values_only=True)}
    assert items["Title"] == demo_plan.title
    assert items["Customer"] == "ACME Cloud"
    assert items["Author"] == "Jane Analyst"
    assert items["Date"].date() == demo_plan.date
    assert items["Model"] == f"{results.model_name} (deepseek-r1)"
    best = recommend(results)
    assert items["Recommended option"] == f"{best.row.name} ({best.row.accelerator_id})"
    assert items["Why"] == best.why
    assert items["Notes"] == demo_plan.notes


def test_comparison_sheet_numbers_are_the_estimators(book, results):
    sheet = book["Comparison"]
    header = [cell.value for cell in sheet[1]]
    assert header[0] == "Accelerator id"
    assert "Time per output token (ms)" in header
    assert any("(USD)" in h for h in header)
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(results.rows)
    for cells, row in zip(rows, results.rows, strict=True):
        for cell, column in zip(cells, tables.COMPARISON_COLUMNS, strict=True):
            expected = getattr(row, column.field)
            if column.kind == "list":
                assert (cell or "") == "\n".join(expected)
            elif column.kind in ("int", "float"):
                assert _same(cell, expected), column.field
                assert cell is None or isinstance(cell, (int, float))
            elif column.kind == "bool":
                assert cell is expected
            else:
                assert (cell or "") == (expected or ""), column.field
    tpot_col = header.index("Time per output token (ms)") + 1
    assert sheet.cell(row=2, column=tpot_col).number_format == "#,##0.0"


def test_sweep_sheet_holds_the_curves(book, results):
    sheet = book["Sweep"]
    header = [cell.value for cell in sheet[1]]
    assert header == workbook.sweep_header()
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    a_count, c_count = results.valid.shape
    assert len(rows) == a_count * c_count
    col = {name: header.index(name) for name in header}
    for i, cells in enumerate(rows):
        a, c = divmod(i, c_count)
        assert cells[0] == results.accelerator_ids[a]
        assert cells[2] == int(results.concurrency[c])
        for metric, (unit, label, _) in tables.SWEEP_METRICS.items():
            assert _same(cells[col[f"{label} ({unit})"]], float(results.sweep[metric][a, c]))
            assert _same(
                cells[col[f"{label}, low ({unit})"]], float(results.sweep_low[metric][a, c])
            )
            assert _same(
                cells[col[f"{label}, high ({unit})"]], float(results.sweep_high[metric][a, c])
            )
        assert cells[col["Fits in memory"]] is bool(results.valid[a, c])
        assert cells[col["Meets targets"]] is bool(results.meets_targets[a, c])


def test_assumptions_cover_every_scenario_field_and_cost_default(book, scenario):
    rows = list(book["Assumptions"].iter_rows(min_row=2, values_only=True))
    names = {row[1] for row in rows}
    scenario_fields = {f.name for f in dataclasses.fields(scenario)}
    scenario_fields -= {"workload", "layout", "cost"}
    assert scenario_fields <= names
    assert {"workload.unit", "workload.amount", "layout"} <= names
    cost_fields = {f"cost.{f.name}" for f in dataclasses.fields(scenario.cost)}
    assert cost_fields - {"cost.price_overrides_usd"} <= names
    for name in workbook.COST_MODEL_DEFAULTS:
        key = name if name in COST_DEFAULTS else f"{name}_us"
        row = next(r for r in rows if r[1] == key)
        default = COST_DEFAULTS[key]
        assert row[2] == default.value
        assert row[3] == default.unit
        assert default.source_title in row[4]
        assert row[6] == default.source_url
    by_name = {row[1]: row for row in rows}
    assert by_name["input_len"][2] == scenario.input_len
    assert by_name["input_len"][3] == "tokens per request"
    assert by_name["tpot_target_ms"][2] == scenario.tpot_target_ms
    assert by_name["cost.pue"][2] == scenario.cost.pue


def test_sources_cover_every_figure_of_the_selected_accelerators(book, catalog, results):
    from desktop_app.catalog.arrays import hardware_provenance

    rows = list(book["Sources"].iter_rows(min_row=2, values_only=True))
    sources = {s.id: s for s in catalog.sources()}
    systems = catalog.systems()
    for accelerator_id in results.accelerator_ids:
        acc = catalog.accelerator(accelerator_id)
        mine = {row[2]: row for row in rows if row[1] == accelerator_id}
        figures = hardware_provenance(acc, systems)
        assert set(figures) <= set(mine)
        for name, p in figures.items():
            row = mine[name]
            assert row[3] == pytest.approx(p["value"])
            assert row[5] == (p.get("confidence") or "unstated")
            source = sources.get(p.get("source") or "")
            if source is not None:
                assert (row[6], row[7], row[8], row[9]) == (
                    source.id, source.title, source.publisher, source.date
                )
    assert any(row[1] == "deepseek-r1" for row in rows)  # the model's figures too


# --- atomic writes -------------------------------------------------------------------------------


def _fail_with(code: int, text: str):
    def fail(*args, **kwargs):
        raise OSError(code, text)

    return fail


class _FailingOs:
    """`os` as the atomic writer sees it, with one function failing (openpyxl keeps the real os)."""

    def __init__(self, name: str, fail) -> None:
        self._name, self._fail = name, fail

    def __getattr__(self, attr: str):
        return self._fail if attr == self._name else getattr(os, attr)


EXPORTS = {
    "csv": lambda plan, results, catalog, path: export_csv(results, path),
    "sweep csv": lambda plan, results, catalog, path: export_csv(results, path, table="sweep"),
    "json": lambda plan, results, catalog, path: export_json(plan, results, path),
    "xlsx": lambda plan, results, catalog, path: export_xlsx(plan, results, catalog, path),
}


@pytest.mark.parametrize("kind", EXPORTS)
@pytest.mark.parametrize(
    ("function", "code", "message"),
    [
        ("open", errno.EROFS, "the destination is read-only"),
        ("open", errno.EACCES, "permission denied"),
        ("fsync", errno.ENOSPC, "the disk is full"),
        ("replace", errno.EXDEV, "Invalid cross-device link"),
    ],
)
def test_a_failed_export_leaves_the_existing_file_untouched(
    kind, function, code, message, demo_plan, results, catalog, tmp_path, monkeypatch
):
    path = tmp_path / "existing.out"
    path.write_bytes(b"the customer's previous export\n")
    monkeypatch.setattr(plan_io, "os", _FailingOs(function, _fail_with(code, message)))
    with pytest.raises(PlanError) as caught:
        EXPORTS[kind](demo_plan, results, catalog, path)
    monkeypatch.undo()
    assert str(caught.value).startswith("cannot write the ")
    assert f" to {path}: " in str(caught.value)
    assert message in str(caught.value)
    assert caught.value.path == str(path)
    assert path.read_bytes() == b"the customer's previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


def test_export_onto_a_folder_is_refused(results, tmp_path):
    with pytest.raises(PlanError, match="it is a folder"):
        export_csv(results, tmp_path)


def test_export_into_a_missing_folder_is_refused(results, tmp_path):
    with pytest.raises(PlanError, match="the folder does not exist"):
        export_csv(results, tmp_path / "missing" / "c.csv")


# --- plans -------------------------------------------------------------------------------------


def test_plan_from_scenario_shortlists_its_model_and_accelerators(scenario, results):
    plan = plan_from_scenario(scenario, title="T", results=results, date=dt.date(2026, 1, 2))
    assert isinstance(plan, Plan)
    assert plan.models == (scenario.model_id,)
    assert plan.accelerators == scenario.accelerator_ids
    assert plan.date == dt.date(2026, 1, 2)
    assert plan.results == snapshot(results)


READY_MADE = sorted((resources_dir() / "plans").glob("*.accplan.json"))
READY_MADE_ZH = sorted((resources_dir() / "plans" / "zh_CN").glob("*.accplan.json"))


def test_every_demo_scenario_has_a_ready_made_plan():
    assert {p.name.removesuffix(".accplan.json") for p in READY_MADE} == set(demo_scenarios())


def test_every_ready_made_plan_has_a_chinese_twin_with_the_same_scenario():
    assert [p.name for p in READY_MADE_ZH] == [p.name for p in READY_MADE]
    for english, chinese in zip(READY_MADE, READY_MADE_ZH):
        en, zh = load_plan(english), load_plan(chinese)
        assert (en.language, zh.language) == ("en", "zh_CN")
        assert zh.scenario == en.scenario
        assert re.search(r"[\u4e00-\u9fff]", zh.title) and zh.title != en.title
        assert len(re.findall(r"[\u4e00-\u9fff]", zh.notes)) > 0.3 * len(zh.notes.replace(" ", ""))
        assert zh.notes.count("\n") == en.notes.count("\n")


@pytest.mark.parametrize("path", READY_MADE + READY_MADE_ZH, ids=lambda p: "/".join(p.parts[-2:]))
def test_ready_made_plans_load_and_use_the_shipped_catalog(path, catalog):
    plan = load_plan(path)
    assert plan.title and plan.notes
    assert plan.scenario == demo_scenarios()[path.name.removesuffix(".accplan.json")]
    known_accs = {a.id for a in catalog.accelerators()}
    known_models = {m.id for m in catalog.models()}
    unknown = plan.unknown_ids(known_accs, known_models)
    assert not unknown, unknown.message()
    results = compute_results(catalog, plan.scenario)
    assert not results.message
    assert len(results.rows) == len(plan.scenario.accelerator_ids)
