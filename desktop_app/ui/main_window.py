"""The main window: scenario on the left, plots over the comparison table, the breakdown on the right.

Layout (a planner's reading order): what to serve (scenario, left) → what it gives (plots, centre)
→ how the options compare (table under the plots, beside the catalog browser) → why (right).
Views draw from `AppState.results_changed`; the window owns no numbers itself.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui import settings
from desktop_app.ui.plan_controller import PlanController
from desktop_app.ui.panels.catalog_panel import CatalogPanel
from desktop_app.ui.panels.comparison_table import ComparisonTable
from desktop_app.ui.panels.explain_panel import ExplainPanel
from desktop_app.ui.panels.scenario_panel import ScenarioPanel
from desktop_app.ui.report_plots import VIEW_CLASSES
from desktop_app.ui.state import AppState

#: Tab names accepted by `--tab` (stable, untranslated), in tab order.
TAB_NAMES = ("throughput", "pareto", "memory", "tco", "cost", "roofline")


class MainWindow(QMainWindow):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Accelerator Planner"))
        self.setDockNestingEnabled(True)

        # --- centre: plots over the comparison table and the catalog ----------------------------
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.views = _LazyViews(VIEW_CLASSES, self._on_view_built)
        titles = {
            "throughput": self.tr("Throughput"),
            "pareto": self.tr("Throughput vs interactivity"),
            "memory": self.tr("Memory fit"),
            "tco": self.tr("TCO"),
            "cost": self.tr("Cost per token"),
            "roofline": self.tr("Roofline"),
        }
        for name in TAB_NAMES:
            self.tabs.addTab(self.views.holder(name), titles[name])
        self._line_width = 2.0
        self._results = None
        self._explained = (0, -1)
        self._explain_timer = QTimer(self)
        self._explain_timer.setSingleShot(True)
        self._explain_timer.setInterval(150)
        self._explain_timer.timeout.connect(self._explain_default)
        self._stale: set[str] = set(TAB_NAMES)
        self.tabs.currentChanged.connect(lambda _index: self._refresh_current_tab())
        self.comparison = ComparisonTable()
        self.comparison.row_selected.connect(lambda i: self._on_point_hovered(i, -1))
        self._catalog_holder = QWidget()
        QVBoxLayout(self._catalog_holder).setContentsMargins(0, 0, 0, 0)
        # Its height is given when it is shown (_on_lower_tab); hidden, it must not keep the
        # comparison table, and so the plots, from their own heights.
        self._catalog_holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self._catalog_panel: CatalogPanel | None = None
        self.lower_tabs = QTabWidget()
        self.lower_tabs.setDocumentMode(True)
        self.lower_tabs.addTab(self.comparison, self.tr("Comparison"))
        self.lower_tabs.addTab(self._catalog_holder, self.tr("Catalog"))
        self.lower_tabs.currentChanged.connect(self._on_lower_tab)
        self._plots_sizes: list[int] | None = None
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.lower_tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self._splitter = splitter

        # --- docks: scenario (left), why-this-number (right) -----------------------------------
        self.scenario_panel = ScenarioPanel(state)
        self.scenario_dock = self._dock(self.tr("Scenario"), "scenario", self.scenario_panel,
                                        Qt.DockWidgetArea.LeftDockWidgetArea)
        self.explain = ExplainPanel()
        self.explain_dock = self._dock(self.tr("Why this number"), "explain", self.explain,
                                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.resizeDocks([self.scenario_dock, self.explain_dock], [360, 300], Qt.Orientation.Horizontal)

        self.status = QLabel()
        self.statusBar().addWidget(self.status, 1)
        self.plans = PlanController(state, self)
        self.plans.document_changed.connect(self._update_title)
        self._build_menus()
        self._demo = False
        self._base_font = QFont(QApplication.font())

        state.results_changed.connect(self.show_results)
        state.problem.connect(self._show_problem)  # a bound method: gone with the window
        self.show_results(state.results)
        self._explain_timer.stop()
        # The first breakdown right after the window first shows, so the panel is never empty
        # and the first paint does not wait for it.
        QTimer.singleShot(0, self, self._explain_default)  # dropped if the window goes first
        self._update_title()

    #: The height the catalog browser needs for its filters and a useful number of rows.
    CATALOG_HEIGHT = 400

    def _on_lower_tab(self, index: int) -> None:
        """The catalog browser needs more height than the comparison table: give it room while it
        is shown (the plots shrink), and give the plots their room back afterwards."""
        sizes = self._splitter.sizes()
        if index == 1:
            self.catalog_panel  # built on first show
            total = sum(sizes)
            want = min(self.CATALOG_HEIGHT, max(total - 220, 0))
            if sizes[1] < want:
                self._plots_sizes = sizes
                self._splitter.setSizes([total - want, want])
        elif self._plots_sizes is not None:
            self._splitter.setSizes(self._plots_sizes)
            self._plots_sizes = None

    def _show_problem(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # --- results ------------------------------------------------------------------------------
    def show_results(self, results) -> None:
        """Redraw the visible tab and the table now; other tabs redraw when they are shown, so a
        slider move costs one plot, not six."""
        self._results = results
        self._stale = set(TAB_NAMES)
        self._refresh_current_tab()
        self.comparison.show_results(results, self.state.colour)
        self._explain_timer.start()  # the breakdown follows once a slider pauses
        if results is None:
            self.status.setText(self.tr("The scenario could not be computed."))
        elif results.message:
            self.status.setText(results.message)
        else:
            self.status.setText(self.tr("{0} on {1} accelerators · catalog {2}").format(
                results.model_name, len(results.accelerator_ids), results.catalog_version))

    def _refresh_current_tab(self) -> None:
        name = TAB_NAMES[self.tabs.currentIndex()]
        if name in self._stale:
            self._stale.discard(name)
            self.views[name].show_results(self._results, self.state.colour)

    def refresh_all_views(self) -> None:
        """Bring every tab up to date (exports and screenshots of several tabs)."""
        for name in list(self._stale):
            self.views[name].show_results(self._results, self.state.colour)
        self._stale.clear()

    def add_entry(self, kind: str) -> None:
        """Add the user's own accelerator or model, then show it in the catalog browser."""
        self.lower_tabs.setCurrentIndex(1)
        self.catalog_panel.set_kind(kind)
        self.catalog_panel._on_add_clicked()

    @property
    def catalog_panel(self) -> CatalogPanel:
        """The catalog browser, built the first time it is needed (it is not on screen at start)."""
        if self._catalog_panel is None:
            self._catalog_panel = CatalogPanel(self.state)
            self._catalog_holder.layout().addWidget(self._catalog_panel)
        return self._catalog_panel

    def _on_view_built(self, name: str, view) -> None:
        view.point_hovered.connect(self._on_point_hovered)
        view.set_line_width(self._line_width)

    def _explain_default(self) -> None:
        """Keep the breakdown panel meaningful after a change: the point last looked at (or the
        first option's operating point) with the new numbers."""
        results = self._results
        if self.explain_dock.isHidden():
            return
        if results is None or results.message or not results.accelerator_ids:
            self.explain.show_hint()
            return
        a, c = self._explained
        if a >= len(results.accelerator_ids) or c >= len(results.concurrency):
            a, c = 0, -1
        self._on_point_hovered(a, c)

    def _on_point_hovered(self, accelerator_index: int, point_index: int) -> None:
        results = self.state.results
        if results is None or results.message:
            return
        from desktop_app.plans.results import explain_point

        self._explained = (accelerator_index, point_index)
        self.explain.show_breakdown(explain_point(results, self.state.catalog, accelerator_index, point_index,
                                                  translate=QCoreApplication.translate))

    # --- tabs and demo mode ----------------------------------------------------------------------
    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(TAB_NAMES.index(name))

    def set_demo_mode(self, on: bool) -> None:
        """Full screen, larger fonts and thicker lines, for a projector."""
        self._demo = on
        font = QFont(self._base_font)
        if on:
            font.setPointSizeF(self._base_font.pointSizeF() * 1.35)
        QApplication.setFont(font)
        self._line_width = 4.0 if on else 2.0
        for view in self.views.values():
            view.set_line_width(self._line_width)
        if on:
            self.showFullScreen()
        else:
            self.showNormal()
        self.demo_action.setChecked(on)

    # --- menus ------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file = self.menuBar().addMenu(self.tr("&File"))
        for text, shortcut, slot in (
            (self.tr("&New plan"), QKeySequence.StandardKey.New, lambda: self.plans.new()),
            (self.tr("&Open plan…"), QKeySequence.StandardKey.Open, lambda: self.plans.open()),
        ):
            action = file.addAction(text)
            action.setShortcut(shortcut)
            action.triggered.connect(slot)
        self.demo_menu = file.addMenu(self.tr("Open a ready-made &plan"))
        self.demo_bar = self.addToolBar(self.tr("Ready-made plans"))
        self.demo_bar.setObjectName("toolbar-ready-made")
        self.demo_bar.setMovable(False)
        self._fill_demo_menu()
        self.recent_menu = file.addMenu(self.tr("Open &recent"))
        self._fill_recent_menu(settings.recent_files())
        self.plans.recent_changed.connect(self._fill_recent_menu)
        file.addSeparator()
        for text, shortcut, slot in (
            (self.tr("&Save"), QKeySequence.StandardKey.Save, lambda: self.plans.save()),
            (self.tr("Save &as…"), QKeySequence.StandardKey.SaveAs, lambda: self.plans.save_as()),
        ):
            action = file.addAction(text)
            action.setShortcut(shortcut)
            action.triggered.connect(slot)
        file.addSeparator()
        from desktop_app.ui.export_actions import ExportController

        self.exports = ExportController(self)
        self.exports.add_export_menu(file)
        file.addSeparator()
        quit_action = file.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        edit = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.state.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.state.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        copy = edit.addAction(self.tr("&Copy comparison table"))
        copy.setShortcut(QKeySequence("Ctrl+Shift+C"))
        copy.triggered.connect(self.comparison.copy_to_clipboard)
        edit.addSeparator()
        from desktop_app.ui.dialogs.preferences import add_to_menu

        add_to_menu(edit, self)

        view = self.menuBar().addMenu(self.tr("&View"))
        for i, name in enumerate(TAB_NAMES):
            action = view.addAction(self.tabs.tabText(i))
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, n=name: self.show_tab(n))
        view.addSeparator()
        self.demo_action = view.addAction(self.tr("&Demo mode (full screen)"))
        self.demo_action.setCheckable(True)
        self.demo_action.setShortcut(QKeySequence("F11"))
        self.demo_action.triggered.connect(self.set_demo_mode)
        theme_menu = view.addMenu(self.tr("&Theme"))
        group = QActionGroup(self)
        for key, label in (("light", self.tr("Light")), ("dark", self.tr("Dark"))):
            action = QAction(label, self, checkable=True)
            action.setChecked(settings.get("theme") == key)
            action.triggered.connect(lambda _=False, k=key: self._set_theme(k))
            group.addAction(action)
            theme_menu.addAction(action)
        view.addSeparator()
        catalog_menu = self.menuBar().addMenu(self.tr("&Catalog"))
        for text, kind in ((self.tr("Add an &accelerator…"), "accelerators"), (self.tr("Add a &model…"), "models")):
            catalog_menu.addAction(text).triggered.connect(lambda _=False, k=kind: self.add_entry(k))
        catalog_menu.addSeparator()
        self.exports.add_catalog_actions(catalog_menu)
        view.addAction(self.demo_bar.toggleViewAction())
        view.addAction(self.scenario_dock.toggleViewAction())
        view.addAction(self.explain_dock.toggleViewAction())

    def _set_theme(self, key: str) -> None:
        from desktop_app.ui.theme import THEMES, apply_theme

        settings.set_("theme", key)
        apply_theme(QApplication.instance(), THEMES[key])
        self.statusBar().showMessage(self.tr("Plot colours follow the theme after a restart."), 6000)

    def _dock(self, title: str, name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{name}")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _update_title(self) -> None:
        import shiboken6

        if not shiboken6.isValid(self.state.undo_stack):  # the stack goes first at shutdown
            return
        # Qt puts its own unsaved-changes mark where "[*]" stands (a dot on macOS, "*" elsewhere).
        self.setWindowTitle(f"{self.plans.display_name()}[*] — " + self.tr("Accelerator Planner"))
        self.setWindowModified(self.plans.is_dirty())

    def _fill_recent_menu(self, files: list[str]) -> None:
        from pathlib import Path

        self.recent_menu.clear()
        for path in files:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.plans.open(p))
        self.recent_menu.setEnabled(bool(files))

    def _fill_demo_menu(self) -> None:
        """Ready-made plans, in the File menu and as one-click buttons on the toolbar."""
        from desktop_app.ui import demos

        self.demo_menu.clear()
        self.demo_bar.clear()
        self.demo_bar.addWidget(QLabel(self.tr(" Ready-made: ")))
        from desktop_app.ui.i18n import current_language

        for title, path in demos.ready_made_plans(current_language()):
            title = QCoreApplication.translate("ReadyMade", title)
            action = QAction(title, self)
            action.setToolTip(self.tr("Open “{0}” as a new plan").format(title))
            action.triggered.connect(lambda _=False, p=path: self.open_ready_made(p))
            self.demo_menu.addAction(action)
            self.demo_bar.addAction(action)

    def open_ready_made(self, path) -> bool:
        """A ready-made plan opens as a new, untitled plan (so Save does not write into the app)."""
        if not self.plans.maybe_save():
            return False
        return self.plans.load(path, remember=False, as_untitled=True)

    # --- window state ---------------------------------------------------------------------------
    def restore_layout(self) -> None:
        geometry, window_state = settings.window_state()
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(window_state, QByteArray):
            self.restoreState(window_state)

    def switch_language(self, language: str) -> "MainWindow":
        """Show the interface in `language` now: install it, build a new window over the same
        state (scenario, undo history, selection, catalog) and open plan, in the same place and
        layout, and close this one. Returns the new window."""
        from desktop_app.ui import i18n

        if self._demo:
            self.set_demo_mode(False)
        i18n.install(language)
        successor = MainWindow(self.state)
        successor.plans.adopt(self.plans)
        successor.resize(self.size())
        successor.move(self.pos())
        successor.restoreState(self.saveState())
        successor.tabs.setCurrentIndex(self.tabs.currentIndex())
        successor.lower_tabs.setCurrentIndex(self.lower_tabs.currentIndex())
        self.state.results_changed.disconnect(self.show_results)  # this window is on its way out
        self.state.recompute()  # flags, reasons and money in the new language
        _keep_alive(successor)
        successor.showMaximized() if self.isMaximized() else successor.show()
        self._replaced = True
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.close()
        return successor

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if getattr(self, "_replaced", False):  # a new window took over (another language)
            self.plans.stop()
            super().closeEvent(event)
            return
        if not self.plans.maybe_save():
            event.ignore()
            return
        self.plans.discard_autosave()
        if self._demo:
            self.set_demo_mode(False)
        settings.save_window_state(self.saveGeometry(), self.saveState())
        settings.save_last_scenario_json(_scenario_json(self.state.scenario))
        super().closeEvent(event)


_WINDOWS: list = []


def _keep_alive(window: "MainWindow") -> None:
    """Hold the one live main window (a window built for another language has no other owner)."""
    _WINDOWS[:] = [window]


class _LazyViews:
    """The plot views by tab name, each built the first time it is asked for (five of the six tabs
    are hidden at start, and building pyqtgraph widgets is a good part of the start-up time)."""

    def __init__(self, factories: dict, on_built) -> None:
        self._factories = factories
        self._on_built = on_built
        self._built: dict = {}
        self._holders: dict[str, QWidget] = {}

    def holder(self, name: str) -> QWidget:
        if name not in self._holders:
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._holders[name] = holder
        return self._holders[name]

    def __getitem__(self, name: str):
        view = self._built.get(name)
        if view is None:
            view = self._factories[name]()
            self.holder(name).layout().addWidget(view)
            self._built[name] = view
            self._on_built(name, view)
        return view

    def values(self):
        return list(self._built.values())

    def __contains__(self, name: str) -> bool:
        return name in self._factories


def _scenario_json(scenario) -> str:
    import json

    return json.dumps(scenario.to_json_dict(), sort_keys=True)
