"""The one owner of what the window shows: scenario, catalog, latest results (STYLE.md §3).

Widgets never compute estimates or touch the database: they call this object's methods and
redraw from its signals. Every scenario change, including the accelerator selection, goes through
`edit()`, which pushes an undoable command; the state then recomputes and emits:

- `scenario_changed(Scenario)` — controls update themselves (inside QSignalBlocker);
- `results_changed(object)` — plots and tables redraw;
- `catalog_changed()` — lists and spec sheets reload (a user edit, an import);
- `problem(str)` — a message for the status bar when a computation failed.

Results are computed by `compute` (by default `desktop_app.ui.compute.compute_results`), a plain
function of (catalog, scenario): it is fast for typical selections, so it runs on the GUI thread
and every visible plot follows a slider within a frame.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop_app.plans.scenario import Scenario
from desktop_app.ui.theme import ColourBook
from desktop_app.ui.undo import EditScenario

if TYPE_CHECKING:  # the window starts without SQLAlchemy (catalog.snapshot)
    from desktop_app.catalog.store import Catalog


class AppState(QObject):
    scenario_changed = Signal(object)
    results_changed = Signal(object)
    catalog_changed = Signal()
    problem = Signal(str)

    def __init__(
        self,
        catalog: Catalog,
        scenario: Scenario | None = None,
        compute: Callable[[Catalog, Scenario], Any] | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._catalog = catalog
        self._scenario = scenario or Scenario()
        if compute is None:
            from desktop_app.ui.compute import compute_results

            compute = compute_results
        self._compute = compute
        self._results: Any = None
        self.colours = ColourBook()
        from desktop_app.ui import settings

        #: Plot colours are lightened where too dark for the dark theme (set at start).
        self.dark = settings.get("theme") == "dark"
        self.colours.assign(list(self._scenario.accelerator_ids))
        self.undo_stack = QUndoStack(self)
        self._recompute()

    # --- reading --------------------------------------------------------------------------
    @property
    def catalog(self) -> Catalog:
        return self._catalog

    @property
    def scenario(self) -> Scenario:
        return self._scenario

    @property
    def results(self) -> Any:
        return self._results

    def colour(self, accelerator_id: str) -> str:
        return self.colours.colour(accelerator_id, dark=self.dark)

    # --- changing -------------------------------------------------------------------------
    def edit(self, text: str, merge_key: str = "", **changes: Any) -> None:
        """Apply a scenario change as one undo step (merged with the previous one of the same
        control while `merge_key` is given). Invalid values raise the scenario's own error."""
        self._scenario.with_changes(**changes)  # validate before it reaches the undo stack
        self.undo_stack.push(EditScenario(text, changes, self._get, self._set, merge_key))

    def set_selection(self, accelerator_ids: tuple[str, ...]) -> None:
        ids = tuple(dict.fromkeys(accelerator_ids))
        if ids != self._scenario.accelerator_ids:
            self.colours.assign(list(ids))
            self.edit(self.tr("Select accelerators"), accelerator_ids=ids)

    def toggle_accelerator(self, accelerator_id: str, selected: bool) -> None:
        ids = [i for i in self._scenario.accelerator_ids if i != accelerator_id]
        if selected:
            ids.append(accelerator_id)
        self.set_selection(tuple(ids))

    def replace_scenario(self, scenario: Scenario, clear_history: bool = True) -> None:
        """A new or opened plan: not an edit, so the undo history starts afresh."""
        if clear_history:
            self.undo_stack.clear()
        self.colours.assign(list(scenario.accelerator_ids))
        self._set(scenario)

    def recompute(self) -> None:
        """Compute the results again (their words follow the interface language)."""
        self._recompute()

    def catalog_modified(self) -> None:
        """The user changed the catalog (added, edited, imported): reload and recompute."""
        self.catalog_changed.emit()
        self._recompute()

    # --- internals ------------------------------------------------------------------------
    def _get(self) -> Scenario:
        return self._scenario

    def _set(self, scenario: Scenario) -> None:
        self._scenario = scenario
        self.scenario_changed.emit(scenario)
        self._recompute()

    def _recompute(self) -> None:
        try:
            self._results = self._compute(self._catalog, self._scenario)
        except Exception as exc:  # noqa: BLE001 - shown to the user, the window keeps working
            self._results = None
            self.problem.emit(self.tr("Could not compute this scenario: {0}").format(exc))
        self.results_changed.emit(self._results)
