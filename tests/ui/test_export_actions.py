"""Exports from the window write what the headless exports write; imports are all or nothing."""

import json

import openpyxl
import pytest

from desktop_app.plans.io import load_plan
from desktop_app.plans.scenario import Scenario
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.state import AppState

SCENARIO = Scenario(model_id="qwen3-8b", accelerator_ids=("nvidia-h20", "nvidia-l40s"), concurrency_max=64)


@pytest.fixture
def window(qtbot, shipped_catalog):
    win = MainWindow(AppState(shipped_catalog, SCENARIO))
    qtbot.addWidget(win)
    return win


def test_workbook_tables_and_json_are_written_by_the_worker(window, tmp_path, qtbot):
    for fmt, name in (("xlsx", "plan.xlsx"), ("csv", "plan.csv"), ("json", "plan.json")):
        assert window.exports.export(fmt, tmp_path / name)
    window.exports.wait()
    qtbot.waitUntil(lambda: (tmp_path / "plan.json").exists() and (tmp_path / "plan-sweep.csv").exists(),
                    timeout=10000)
    book = openpyxl.load_workbook(tmp_path / "plan.xlsx")
    assert {"Summary", "Comparison", "Sweep", "Assumptions", "Sources"} <= set(book.sheetnames)
    assert "nvidia-h20" in (tmp_path / "plan.csv").read_text(encoding="utf-8-sig")
    plan = load_plan(tmp_path / "plan.json")
    assert plan.scenario == window.state.scenario
    assert plan.results is not None


def test_pdf_and_images_are_rendered(window, tmp_path):
    assert window.exports.export("pdf", tmp_path / "report.pdf")
    assert (tmp_path / "report.pdf").read_bytes()[:5] == b"%PDF-"
    assert window.exports.export("png", tmp_path / "plots")
    assert len(list((tmp_path / "plots").glob("*.png"))) == 6


def test_a_bad_catalog_file_imports_nothing_and_says_why(qtbot, tmp_path, _no_modal_dialogs):
    from desktop_app.catalog.store import Catalog

    catalog = Catalog.open(str(tmp_path / "catalog.sqlite"))
    win = MainWindow(AppState(catalog, SCENARIO))
    qtbot.addWidget(win)
    before = len(catalog.accelerators())
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"accelerators": [{"id": "x-1", "name": "X", "vendor": "nobody",
                                                 "memory_gib": {"value": -4, "confidence": "datasheet"}}]}))
    assert not win.exports.import_catalog(bad)
    assert len(catalog.accelerators()) == before
    kind, title, text = _no_modal_dialogs[-1]
    assert kind == "warning" and "nobody" in text
    win.state.undo_stack.setClean()
    win.close()
    catalog.close()
