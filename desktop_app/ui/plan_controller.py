"""New, Open, Save, Save As, Recent plans and autosave, for the main window.

The plan's scenario lives in `AppState`; this controller keeps the rest of the document (title,
customer, author, notes, language, path) and knows whether there are unsaved changes: the undo
stack's clean state marks the scenario as saved, and metadata edits mark it dirty too.

Autosave: while there are unsaved changes, a copy is written every `AUTOSAVE_MS` to the user data
folder (never over the user's own file). A clean close removes it; after a crash it is still there
and the next start offers to restore it. All file work goes through `plans.io` (atomic saves).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_app.paths import user_data_dir
from desktop_app.plans.document import PLAN_SUFFIX, Plan
from desktop_app.plans.errors import PlanError
from desktop_app.plans.io import load_plan_with_info, save_plan
from desktop_app.ui import settings
from desktop_app.ui.state import AppState

AUTOSAVE_MS = 60_000
FILE_FILTER = "Accelerator plans (*.accplan.json);;JSON files (*.json)"


def _interface_language() -> str:
    """A new plan's language: the interface's (its report and workbook come out in it)."""
    from desktop_app.ui import i18n

    language = i18n.current_language()
    return language if language in ("en", "zh_CN") else "en"


def autosave_path() -> Path:
    return user_data_dir() / ("autosave" + PLAN_SUFFIX)


class PlanController(QObject):
    document_changed = Signal()  # title, path or dirty state changed
    recent_changed = Signal(list)

    def __init__(self, state: AppState, parent_widget: QWidget, autosave_ms: int = AUTOSAVE_MS):
        super().__init__(parent_widget)
        self._state = state
        self._widget = parent_widget
        self._plan = Plan(scenario=state.scenario, language=_interface_language())
        self._path: Path | None = None
        self._meta_dirty = False
        state.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._timer = QTimer(self)
        self._timer.setInterval(autosave_ms)
        self._timer.timeout.connect(self.autosave)
        self._timer.start()

    def adopt(self, other: "PlanController") -> None:
        """Take over `other`'s open plan (its file, details and unsaved changes): the window
        rebuilt in another language carries on with the same document."""
        self._plan, self._path, self._meta_dirty = other._plan, other._path, other._meta_dirty
        if self._path is None:  # a plan not saved yet follows the interface's new language
            self._plan = dataclasses.replace(self._plan, language=_interface_language())
        self.document_changed.emit()

    def stop(self) -> None:
        """No more autosaves from this controller (its window is being replaced)."""
        self._timer.stop()

    # --- reading -------------------------------------------------------------------------------
    @property
    def path(self) -> Path | None:
        return self._path

    def plan(self) -> Plan:
        """The document as it would be saved now (scenario from the state, with a results
        snapshot so the file records what the user saw and from which catalog)."""
        from desktop_app.plans.exports import snapshot

        plan = dataclasses.replace(self._plan, scenario=self._state.scenario,
                                   accelerators=self._state.scenario.accelerator_ids,
                                   models=(self._state.scenario.model_id,))
        results = self._state.results
        if results is not None and not results.message:
            plan = dataclasses.replace(plan, results=snapshot(results))
        return plan

    def is_dirty(self) -> bool:
        return self._meta_dirty or not self._state.undo_stack.isClean()

    def display_name(self) -> str:
        if self._path is not None:
            return self._path.name.removesuffix(PLAN_SUFFIX)
        return self._plan.title or self.tr("Untitled plan")

    # --- editing the document's own fields ----------------------------------------------------------
    def set_details(self, **changes) -> None:
        """Title, customer, author, notes, language."""
        self._plan = dataclasses.replace(self._plan, **changes)
        self._meta_dirty = True
        self.document_changed.emit()

    def details(self) -> Plan:
        return self._plan

    # --- commands ------------------------------------------------------------------------------------
    def new(self, scenario=None) -> bool:
        if not self.maybe_save():
            return False
        from desktop_app.ui import demos

        self._plan = Plan(scenario=scenario or demos.default_scenario(), language=_interface_language())
        self._path = None
        self._state.replace_scenario(self._plan.scenario)
        self._mark_saved()
        return True

    def open(self, path: str | Path | None = None) -> bool:
        if not self.maybe_save():
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self._widget, self.tr("Open plan"),
                                                  str(self._last_folder()), FILE_FILTER)
            if not path:
                return False
        return self.load(Path(path))

    def load(self, path: Path, remember: bool = True, as_untitled: bool = False) -> bool:
        """Open `path` without asking about unsaved work (callers do that)."""
        try:
            loaded = load_plan_with_info(path)
        except PlanError as exc:
            QMessageBox.warning(self._widget, self.tr("Cannot open plan"), self.tr(
                "This file cannot be opened as a plan; nothing was changed.\n\n"
                "What is wrong (fields named as in the file):\n{0}").format(exc))
            return False
        plan = loaded.plan
        self._plan = plan
        self._path = None if as_untitled else path
        self._state.replace_scenario(plan.scenario)
        self._mark_saved()
        if remember and not as_untitled:
            self.recent_changed.emit(settings.add_recent_file(str(path)))
        self._report_problems(plan, loaded.upgraded)
        return True

    def save(self) -> bool:
        if self._path is None:
            return self.save_as()
        return self._write(self._path)

    def save_as(self) -> bool:
        suggested = self._last_folder() / (self._safe_name(self._plan.title) + PLAN_SUFFIX)
        path, _ = QFileDialog.getSaveFileName(self._widget, self.tr("Save plan as"), str(suggested),
                                              FILE_FILTER)
        if not path:
            return False
        if not path.endswith(".json"):
            path += PLAN_SUFFIX
        return self._write(Path(path))

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False when the user cancels."""
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self._widget, self.tr("Unsaved changes"),
            self.tr("Save the changes to “{0}” first?").format(self.display_name()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def autosave(self) -> None:
        if not self.is_dirty():
            return
        try:
            save_plan(self.plan(), autosave_path())
        except PlanError:
            pass  # a failed autosave must never interrupt the user; the next tick tries again

    def discard_autosave(self) -> None:
        autosave_path().unlink(missing_ok=True)

    def offer_autosave(self) -> bool:
        """On start: if an autosave copy survived (a crash), offer to restore it."""
        path = autosave_path()
        if not path.exists():
            return False
        answer = QMessageBox.question(
            self._widget, self.tr("Restore unsaved work?"),
            self.tr("Accelerator Planner did not close normally last time. Restore the unsaved plan?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            self.discard_autosave()
            return False
        restored = self.load(path, remember=False, as_untitled=True)
        if restored:
            self._meta_dirty = True  # restored work is not saved anywhere of the user's yet
            self.document_changed.emit()
        return restored

    # --- internals --------------------------------------------------------------------------------
    def _on_clean_changed(self, _clean: bool) -> None:
        self.document_changed.emit()

    def _write(self, path: Path) -> bool:
        try:
            save_plan(self.plan(), path)
        except PlanError as exc:
            QMessageBox.critical(self._widget, self.tr("Cannot save plan"), self.tr(
                "The plan was not saved; the file that was there is unchanged.\n\nReason:\n{0}").format(exc))
            return False
        self._path = path
        self._mark_saved()
        self.recent_changed.emit(settings.add_recent_file(str(path)))
        self.discard_autosave()
        return True

    def _mark_saved(self) -> None:
        self._meta_dirty = False
        self._state.undo_stack.setClean()
        self.document_changed.emit()

    def _report_problems(self, plan: Plan, upgraded: bool) -> None:
        catalog = self._state.catalog
        unknown = plan.unknown_ids({a.id for a in catalog.accelerators()}, {m.id for m in catalog.models()})
        notes = []
        if upgraded:
            notes.append(self.tr("The plan was written by an older version and has been upgraded; "
                                 "save it to keep the new format."))
        if unknown:
            notes.append(unknown.message())
        changes = self._catalog_changes(plan)
        if changes:
            notes.append(self.tr("The catalog has changed since this plan was saved (catalog {0} → {1}). "
                                 "Figures that changed:").format(plan.results.catalog_version, catalog.version)
                         + "\n• " + "\n• ".join(changes[:30]))
        if notes:
            QMessageBox.information(self._widget, self.tr("About this plan"), "\n\n".join(notes))

    def _catalog_changes(self, plan: Plan) -> list[str]:
        if plan.results is None or plan.results.catalog_version == self._state.catalog.version:
            return []
        from desktop_app.plans.exports import changed_figures

        return changed_figures(plan, self._state.results)

    def _last_folder(self) -> Path:
        recent = settings.recent_files()
        if recent:
            return Path(recent[0]).parent
        return Path.home()

    @staticmethod
    def _safe_name(title: str) -> str:
        keep = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in title).strip()
        return keep or "plan"
