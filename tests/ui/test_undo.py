"""Undo restores the scenario exactly; a drag of one control is one undo step."""

from PySide6.QtGui import QUndoStack

from desktop_app.plans.scenario import Scenario
from desktop_app.ui.undo import EditScenario


class Holder:
    def __init__(self):
        self.scenario = Scenario()
        self.history = []

    def get(self):
        return self.scenario

    def set(self, scenario):
        self.scenario = scenario
        self.history.append(scenario)


def test_undo_and_redo_restore_each_state(qapp):
    holder, stack = Holder(), QUndoStack()
    original = holder.scenario
    stack.push(EditScenario("Input length", {"input_len": 4096}, holder.get, holder.set))
    stack.push(EditScenario("Output length", {"output_len": 64}, holder.get, holder.set))
    assert (holder.scenario.input_len, holder.scenario.output_len) == (4096, 64)
    stack.undo()
    assert holder.scenario.output_len == original.output_len
    stack.undo()
    assert holder.scenario == original
    stack.redo()
    stack.redo()
    assert (holder.scenario.input_len, holder.scenario.output_len) == (4096, 64)


def test_a_drag_merges_into_one_step(qapp):
    holder, stack = Holder(), QUndoStack()
    original = holder.scenario
    for value in (1000, 2000, 3000, 5000):
        stack.push(EditScenario("Input length", {"input_len": value}, holder.get, holder.set,
                                merge_key="input_len"))
    assert stack.count() == 1
    assert holder.scenario.input_len == 5000
    stack.undo()
    assert holder.scenario == original


def test_different_controls_do_not_merge(qapp):
    holder, stack = Holder(), QUndoStack()
    stack.push(EditScenario("a", {"input_len": 100}, holder.get, holder.set, merge_key="input_len"))
    stack.push(EditScenario("b", {"output_len": 100}, holder.get, holder.set, merge_key="output_len"))
    assert stack.count() == 2
