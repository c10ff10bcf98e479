"""The scenario panel edits the state through undoable steps and follows undo."""

import pytest

from desktop_app.ui.panels.scenario_panel import ScenarioPanel
from desktop_app.ui.state import AppState


@pytest.fixture
def panel(qtbot, shipped_catalog):
    state = AppState(shipped_catalog, compute=lambda catalog, scenario: None)
    widget = ScenarioPanel(state)
    qtbot.addWidget(widget)
    return widget, state


def test_models_and_runtimes_come_from_the_catalog(panel, shipped_catalog):
    widget, _ = panel
    model_ids = {widget.model.itemData(i) for i in range(widget.model.count())}
    assert model_ids == {m.id for m in shipped_catalog.models()}
    runtime_ids = {widget.runtime.itemData(i) for i in range(widget.runtime.count())}
    assert {"vllm", "sglang", "mindie", "llama.cpp"} <= runtime_ids


def test_a_spin_box_edit_is_one_undo_step_and_undo_moves_the_control_back(panel):
    widget, state = panel
    widget.input_len.spin.setValue(8192)
    assert state.scenario.input_len == 8192
    assert state.undo_stack.count() == 1
    state.undo_stack.undo()
    assert state.scenario.input_len == 2048
    assert widget.input_len.value() == 2048


def test_a_slider_drag_merges_into_one_step(panel):
    widget, state = panel
    widget.output_len.slider.sliderPressed.emit()
    for position in (100, 200, 300, 400):
        widget.output_len.slider.setValue(position)
    assert state.undo_stack.count() == 1
    dragged = state.scenario.output_len
    assert dragged != 512
    state.undo_stack.undo()
    assert state.scenario.output_len == 512


def test_choosing_a_model_and_precision(panel):
    widget, state = panel
    index = widget.model.findData("qwen3-32b")
    widget.model.setCurrentIndex(index)
    widget.model.activated.emit(index)
    assert state.scenario.model_id == "qwen3-32b"
    index = widget.weight_precision.findData("fp8")
    widget.weight_precision.setCurrentIndex(index)
    widget.weight_precision.activated.emit(index)
    assert state.scenario.weight_precision == "fp8"


def test_switching_workload_unit_keeps_the_same_traffic(panel):
    widget, state = panel
    before = state.scenario
    index = widget.workload_unit.findData("requests_per_s")
    widget.workload_unit.setCurrentIndex(index)
    widget.workload_unit.activated.emit(index)
    after = state.scenario
    tokens_per_day = after.workload.amount * 86_400 * (after.input_len + after.output_len)
    assert after.workload.unit == "requests_per_s"
    assert tokens_per_day == pytest.approx(before.workload.amount)


def test_utilisation_is_shown_in_percent_and_stored_as_a_fraction(panel):
    widget, state = panel
    widget.utilisation.spin.setValue(85)
    assert state.scenario.cost.utilisation == pytest.approx(0.85)


def test_a_price_override_changes_the_cost_and_zero_returns_to_the_catalog(qtbot, shipped_catalog):
    from desktop_app.plans.scenario import Scenario

    state = AppState(shipped_catalog, Scenario(model_id="qwen3-8b", accelerator_ids=("huawei-ascend-910b",)))
    widget = ScenarioPanel(state)
    qtbot.addWidget(widget)
    box = widget._price_boxes["huawei-ascend-910b"]
    box.setValue(15000)
    assert state.scenario.cost.price_override_usd("huawei-ascend-910b") == 15000
    box.setValue(0)
    assert state.scenario.cost.price_override_usd("huawei-ascend-910b") is None


def test_tokens_per_day_show_in_millions_and_edit_in_tokens(panel):
    widget, state = panel
    assert state.scenario.workload.unit == "tokens_per_day"
    box = widget.workload_amount.spin
    assert box.value() == pytest.approx(state.scenario.workload.amount / 1e6)
    assert "M" in box.suffix()
    box.setValue(2500)  # 2,500 M tokens a day
    assert state.scenario.workload.amount == pytest.approx(2.5e9)
    index = widget.workload_unit.findData("requests_per_s")
    widget.workload_unit.setCurrentIndex(index)
    widget.workload_unit.activated.emit(index)
    assert box.value() == pytest.approx(state.scenario.workload.amount, abs=0.01)  # req/s as is
    state.undo_stack.undo()
    assert box.value() == pytest.approx(2500)


def test_a_small_workload_keeps_its_precision(qtbot, shipped_catalog):
    from desktop_app.plans.scenario import Scenario, Workload

    state = AppState(shipped_catalog, Scenario(workload=Workload("tokens_per_day", 432_000)),
                     compute=lambda catalog, scenario: None)
    widget = ScenarioPanel(state)
    qtbot.addWidget(widget)
    box = widget.workload_amount.spin
    assert box.text().startswith("0.432 M")
    box.stepUp()
    box.stepDown()
    assert state.scenario.workload.amount == 432_000  # not rounded to a whole million
    box.setValue(2.3)
    assert state.scenario.workload.amount == 2_300_000  # exactly, no float residue
