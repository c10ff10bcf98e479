"""The main window on real widgets: what the plots and the table show is what the estimator
computes for the scenario, and changes, undo and bad scenarios are handled visibly."""

import numpy as np
from PySide6.QtCore import Qt
import pytest

from desktop_app.plans.results import compute_results
from desktop_app.plans.scenario import Scenario
from desktop_app.ui.main_window import TAB_NAMES, MainWindow
from desktop_app.ui.state import AppState

DEMO = Scenario(model_id="qwen3-32b", accelerator_ids=("nvidia-h20", "nvidia-rtx-3090"),
                weight_precision="int4-awq", kv_precision="fp16", input_len=2048, output_len=512,
                concurrency_max=64)


@pytest.fixture
def window(qtbot, shipped_catalog):
    state = AppState(shipped_catalog, DEMO)
    win = MainWindow(state)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    return win


def _curve(win, acc_id):
    return win.views["throughput"].plot.curve_data(acc_id)


def _expected(catalog, scenario):
    return compute_results(catalog, scenario)


def test_curves_and_table_show_the_estimator_numbers(window, shipped_catalog):
    expected = _expected(shipped_catalog, DEMO)
    for i, acc_id in enumerate(expected.accelerator_ids):
        x, y = _curve(window, acc_id)
        np.testing.assert_allclose(x, expected.concurrency)
        want = np.where(expected.valid[i], expected.sweep["output_tokens_per_s"][i], np.nan)
        np.testing.assert_allclose(y, want, equal_nan=True)
    rows = window.comparison.model.rows()
    assert [r.accelerator_id for r in rows] == list(expected.accelerator_ids)
    assert rows[0].tokens_per_s_per_device == pytest.approx(expected.rows[0].tokens_per_s_per_device)


def test_changing_the_model_changes_the_curves_and_undo_restores_them(window, shipped_catalog):
    before = _curve(window, "nvidia-h20")[1].copy()
    window.state.edit("Model", model_id="llama-3.1-8b")
    after = _curve(window, "nvidia-h20")[1]
    expected = _expected(shipped_catalog, DEMO.with_changes(model_id="llama-3.1-8b"))
    np.testing.assert_allclose(after, np.where(expected.valid[0], expected.sweep["output_tokens_per_s"][0], np.nan),
                               equal_nan=True)
    assert not np.allclose(np.nan_to_num(after), np.nan_to_num(before))
    window.state.undo_stack.undo()
    np.testing.assert_allclose(_curve(window, "nvidia-h20")[1], before, equal_nan=True)


def test_a_slider_change_moves_the_curves(window, shipped_catalog):
    window.scenario_panel.output_len.spin.setValue(2048)
    expected = _expected(shipped_catalog, window.state.scenario)
    assert window.state.scenario.output_len == 2048
    np.testing.assert_allclose(
        _curve(window, "nvidia-h20")[1],
        np.where(expected.valid[0], expected.sweep["output_tokens_per_s"][0], np.nan), equal_nan=True)


def test_selection_change_adds_a_curve_and_a_row(window):
    window.state.toggle_accelerator("nvidia-h200-sxm", True)
    assert "nvidia-h200-sxm" in window.views["throughput"].plot.series()
    assert [r.accelerator_id for r in window.comparison.model.rows()][-1] == "nvidia-h200-sxm"


def test_nothing_selected_shows_a_message_not_an_empty_plot(window):
    window.state.set_selection(())
    window.refresh_all_views()
    for name in TAB_NAMES:
        assert "Select at least one accelerator" in window.views[name].message(), name
    assert window.comparison.model.rowCount() == 0


def test_a_model_that_fits_nowhere_says_so(window):
    window.state.edit("Model", model_id="llama-3.1-405b")
    window.state.set_selection(("nvidia-rtx-3060-12gb",))
    window.state.edit("Precision", weight_precision="bf16")
    message = window.views["throughput"].message()
    assert "No selected accelerator can serve" in message
    row = window.comparison.model.rows()[0]
    assert not row.fits and row.reason


def test_extreme_slider_values_stay_valid(window):
    panel = window.scenario_panel
    panel.input_len.spin.setValue(panel.input_len.spin.maximum())
    panel.output_len.spin.setValue(panel.output_len.spin.maximum())
    panel.concurrency_max.spin.setValue(panel.concurrency_max.spin.maximum())
    results = window.state.results
    assert results is not None
    for view in window.views.values():
        x_message = view.message()
        assert isinstance(x_message, str)
    # Every drawn value is a number or a gap, never garbage.
    x, y = _curve(window, "nvidia-h20")
    assert np.all(np.isnan(y) | (y >= 0))


def test_copy_table_gives_tab_separated_rows(window):
    text = window.comparison.as_text()
    lines = text.splitlines()
    assert len(lines) == 3
    assert "NVIDIA H20" in text and "\t" in lines[0]


def test_hovering_a_table_row_explains_it(window):
    window.comparison.view.selectRow(0)
    text = window.explain.text()
    assert "Where a decode step's time goes" in text
    assert "Memory per device" in text and "Catalog figures used" in text
    # Each figure shows its confidence word (the H20's figures come from press reports).
    assert "press" in text


def test_a_user_added_accelerator_is_plotted_and_survives_a_restart(qtbot, tmp_path):
    from desktop_app.catalog.store import Catalog

    path = tmp_path / "catalog.sqlite"
    catalog = Catalog.open(str(path))
    mine = {
        "id": "acme-x1", "name": "ACME X1", "vendor": "generic", "kind": "gpu", "status": "shipping",
        "memory_gib": {"value": 96, "source": None, "confidence": "measured", "note": "our lab"},
        "memory_bw_gbps": {"value": 3000, "confidence": "measured"},
        "bf16_tflops": {"value": 400, "confidence": "measured"},
        "fp16_tflops": {"value": 400, "confidence": "measured"},
        "tdp_w": {"value": 500, "confidence": "measured"},
        "price_usd": {"value": 9000, "confidence": "estimate"},
    }
    catalog.add_accelerator(mine)
    state = AppState(catalog, DEMO.with_changes(accelerator_ids=("acme-x1",)))
    win = MainWindow(state)
    qtbot.addWidget(win)
    assert "acme-x1" in win.views["throughput"].plot.series()
    _, y = _curve(win, "acme-x1")
    assert np.nanmax(y) > 0
    state.undo_stack.setClean()
    win.close()
    catalog.close()

    reopened = Catalog.open(str(path))
    assert reopened.accelerator("acme-x1").name == "ACME X1"
    assert reopened.accelerator("acme-x1").layer == "user"
    reopened.close()


def test_ready_made_plans_are_one_click_away(window):
    actions = [a for a in window.demo_bar.actions() if a.text()]
    titles = [a.text() for a in actions]
    assert any("DeepSeek-R1" in t for t in titles)
    target = next(a for a in actions if "DeepSeek-R1" in a.text())
    target.trigger()
    assert window.state.scenario.model_id == "deepseek-r1"
    assert "huawei-ascend-910c" in window.state.scenario.accelerator_ids


def test_money_is_shown_in_the_chosen_currency_at_the_scenario_rate(qtbot, shipped_catalog):
    from desktop_app.ui import settings

    settings.set_("currency", "CNY")
    scenario = DEMO.with_changes(cost=DEMO.cost.with_changes(cny_per_usd=7.0))
    win = MainWindow(AppState(shipped_catalog, scenario))
    qtbot.addWidget(win)
    model = win.comparison.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "TCO (CNY)" in headers and "CNY per M tokens" in headers
    column = headers.index("TCO (CNY)")
    row = model.rows()[0]
    shown = model.index(0, column).data()
    assert shown == f"{row.tco_usd * 7.0:,.0f}"
    win.show_tab("cost")
    values = win.views["cost"].bar_values()
    np.testing.assert_allclose(values, win.state.results.usd_per_million_tokens * 7.0)
