"""Undo/redo for scenario edits: a pure change plus its inverse, wrapped thinly for QUndoStack.

`Scenario.edit(**changes)` (desktop_app.plans.scenario) is the pure part: it returns the new
scenario and the changes that undo it. `EditScenario` only carries that pair to Qt (STYLE.md §4).
Edits of one control that arrive in a burst (a slider drag, a spin box held down) merge into one
undo step: they share a `merge_key` and carry `merge=True` while the gesture lasts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

#: Every mergeable control's edits share this command id (Qt merges only equal ids).
_MERGE_ID = 0x5CE0


class EditScenario(QUndoCommand):
    def __init__(
        self,
        text: str,
        changes: dict[str, Any],
        get_scenario: Callable[[], Any],
        set_scenario: Callable[[Any], None],
        merge_key: str = "",
    ):
        super().__init__(text)
        self._get = get_scenario
        self._set = set_scenario
        self._changes = dict(changes)
        self._inverse: dict[str, Any] = {}
        self._merge_key = merge_key

    def id(self) -> int:  # noqa: A003 - Qt override
        return _MERGE_ID if self._merge_key else -1

    def redo(self) -> None:
        new, inverse = self._get().edit(**self._changes)
        if not self._inverse:  # first application: remember how to come back
            self._inverse = inverse
        self._set(new)

    def undo(self) -> None:
        self._set(self._get().with_changes(**self._inverse))

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, EditScenario) or other._merge_key != self._merge_key:
            return False
        # Keep our inverse (the state before the gesture began), take the latest value.
        self._changes.update(other._changes)
        return True
