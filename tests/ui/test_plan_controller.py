"""Saving, reopening, unsaved-changes marks and crash recovery, on the real main window."""

import numpy as np
import pytest

from desktop_app.plans.io import load_plan
from desktop_app.plans.scenario import Scenario
from desktop_app.ui import plan_controller
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.state import AppState

SCENARIO = Scenario(model_id="qwen3-8b", accelerator_ids=("nvidia-h20", "nvidia-rtx-4090"),
                    input_len=1024, output_len=256, concurrency_max=64)


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setattr(plan_controller, "user_data_dir", lambda: folder)
    return folder


@pytest.fixture
def make_window(qtbot, shipped_catalog, data_dir):
    def make(scenario=SCENARIO):
        win = MainWindow(AppState(shipped_catalog, scenario))
        qtbot.addWidget(win)
        return win

    return make


def _numbers(win):
    rows = win.comparison.model.rows()
    curves = {k: win.views["throughput"].plot.curve_data(k)[1] for k in win.state.scenario.accelerator_ids}
    return [(r.accelerator_id, r.tokens_per_s_per_device, r.usd_per_million_tokens) for r in rows], curves


def test_saved_closed_and_reopened_plan_shows_the_same_numbers(make_window, tmp_path):
    win = make_window()
    win.state.edit("Input", input_len=3000)
    assert win.plans.is_dirty() and win.isWindowModified()
    path = tmp_path / "customer.accplan.json"
    assert win.plans._write(path)
    assert not win.plans.is_dirty() and not win.isWindowModified()
    rows_before, curves_before = _numbers(win)
    win.close()

    other = make_window(Scenario())
    assert other.plans.load(path)
    assert other.state.scenario == win.state.scenario
    rows_after, curves_after = _numbers(other)
    assert rows_after == rows_before
    for key, curve in curves_before.items():
        np.testing.assert_array_equal(curves_after[key], curve)
    assert "customer" in other.windowTitle()
    # The file also records the results and the catalog they came from.
    saved = load_plan(path)
    assert saved.results is not None
    assert saved.results.catalog_version == other.state.catalog.version


def test_closing_with_unsaved_changes_asks(make_window, _no_modal_dialogs):
    win = make_window()
    win.state.edit("Output", output_len=100)
    win.close()
    assert any(kind == "question" and "Unsaved" in title for kind, title, _ in _no_modal_dialogs)


def test_autosave_is_offered_after_a_crash(make_window, data_dir, monkeypatch):
    win = make_window()
    win.state.edit("Output", output_len=777)
    win.plans.autosave()
    assert plan_controller.autosave_path().exists()
    # A crash: the window never closes cleanly, so the copy stays; the next start offers it.
    fresh = make_window(Scenario())
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert fresh.plans.offer_autosave()
    assert fresh.state.scenario.output_len == 777
    assert fresh.plans.is_dirty()


def test_an_unreadable_plan_is_refused_with_its_reason(make_window, tmp_path, _no_modal_dialogs):
    bad = tmp_path / "broken.accplan.json"
    bad.write_text("{ not json")
    win = make_window()
    before = win.state.scenario
    assert not win.plans.load(bad)
    assert win.state.scenario == before
    kind, title, text = _no_modal_dialogs[-1]
    assert kind == "warning" and "broken.accplan.json" in text
