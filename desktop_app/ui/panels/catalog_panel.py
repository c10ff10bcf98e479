"""Browse the catalog, pick accelerators to compare, open spec sheets, add your own entries.

The panel reads `AppState` and changes it only through its methods (STYLE.md §3): ticking an
accelerator calls `state.toggle_accelerator`, and the tick marks follow `scenario_changed`, so undo
and a loaded plan update the list the same way a click does. Filter widgets are refilled from
`catalog_changed` inside `QSignalBlocker`, so a reload never looks like a user's choice.
"""

from __future__ import annotations

import dataclasses
from html import escape

from PySide6.QtCore import QModelIndex, QPoint, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.plans.results import short_name
from desktop_app.ui import labels
from desktop_app.ui.panels.catalog_filter import CatalogFilter, CatalogFilterProxy
from desktop_app.ui.panels.catalog_table import ID_ROLE, CatalogTableModel, Lookups
from desktop_app.ui.state import AppState

KINDS = ("accelerators", "systems", "models")
#: Compared accelerators named in the bottom line; more are counted.
CHIPS_SHOWN = 6
#: Which filters mean something for each kind (the others are hidden and ignored).
FILTERS = {
    "accelerators": {
        "vendor",
        "country",
        "min_memory_gib",
        "china",
        "stack",
        "status",
        "selected_only",
    },
    "systems": {"vendor", "country", "min_memory_gib", "status"},
    "models": {"country"},
}


class CatalogPanel(QWidget):
    """Accelerators, systems and models in sortable, filterable tables."""

    #: (kind, id) of the entry whose spec sheet was opened.
    spec_sheet_opened = Signal(str, str)

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self._state = state
        self.models: dict[str, CatalogTableModel] = {}
        self.proxies: dict[str, CatalogFilterProxy] = {}
        self.views: dict[str, QTableView] = {}
        self._build()
        self._on_catalog_changed()
        state.catalog_changed.connect(self._on_catalog_changed)
        state.scenario_changed.connect(self._on_scenario_changed)

    # --- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)

        self.tabs = QTabBar()
        self.tabs.setDocumentMode(True)
        self.tabs.setExpanding(False)
        for kind in KINDS:
            self.tabs.addTab(labels.kind_titles()[kind])
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, vendor, stack, id…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        top = QHBoxLayout()
        top.addWidget(self.tabs)
        top.addStretch(1)
        top.addWidget(self.search, 2)
        layout.addLayout(top)

        self.vendor_box = self._combo(self.tr("Vendor"))
        self.country_box = self._combo(self.tr("Country"))
        self.stack_box = self._combo(self.tr("Software stack"))
        self.status_box = self._combo(self.tr("Status"))
        self.china_box = self._combo(self.tr("Availability in China"))
        self.memory_spin = QDoubleSpinBox()
        self.memory_spin.setRange(0, 4096)
        self.memory_spin.setDecimals(0)
        self.memory_spin.setSingleStep(8)
        self.memory_spin.setSuffix(" " + labels.field_unit("memory_gib"))
        self.memory_spin.setSpecialValueText(self.tr("any"))
        self.memory_spin.setToolTip(self.tr("Memory per device, at least"))
        self.memory_spin.setAccelerated(True)
        self.memory_label = QLabel(self.tr("Memory ≥"))
        self.memory_label.setBuddy(self.memory_spin)
        self.reset_button = QPushButton(self.tr("Reset filters"))
        self.reset_button.setToolTip(self.tr("Show every entry again"))
        memory = QHBoxLayout()
        memory.setContentsMargins(0, 0, 0, 0)
        memory.addWidget(self.memory_label)
        memory.addWidget(self.memory_spin, 1)
        self.memory_row = QWidget()
        self.memory_row.setLayout(memory)
        # Two rows of filters, so the panel still fits beside the scenario panel on a 1366 screen.
        filters = QGridLayout()
        filters.setHorizontalSpacing(6)
        filters.setVerticalSpacing(4)
        filters.addWidget(self.vendor_box, 0, 0)
        filters.addWidget(self.country_box, 0, 1)
        filters.addWidget(self.stack_box, 0, 2)
        filters.addWidget(self.memory_row, 1, 0)
        filters.addWidget(self.china_box, 1, 1)
        filters.addWidget(self.status_box, 1, 2)
        filters.addWidget(self.reset_button, 0, 4)
        filters.setColumnStretch(3, 1)
        layout.addLayout(filters)

        self.stack = QStackedWidget()
        for kind in KINDS:
            model = CatalogTableModel(kind, self)
            proxy = CatalogFilterProxy(self)
            proxy.setSourceModel(model)
            view = self._table(proxy)
            self.models[kind], self.proxies[kind], self.views[kind] = model, proxy, view
            self.stack.addWidget(view)
            view.doubleClicked.connect(lambda index, k=kind: self._on_row_activated(k, index))
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(
                lambda pos, k=kind: self._on_context_menu(k, pos)
            )
        self.models["accelerators"].selection_toggled.connect(self._state.toggle_accelerator)
        layout.addWidget(self.stack, 1)

        self.selection_label = QLabel()
        self.chips = QLabel()
        self.chips.setTextFormat(Qt.TextFormat.RichText)
        # Never widen the panel for a long selection: the list is cut at the panel's edge.
        self.chips.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.clear_button = QPushButton(self.tr("Clear selection"))
        self.clear_button.setToolTip(self.tr("Untick every accelerator (undo brings them back)"))
        self.selected_only = QCheckBox(self.tr("Selected only"))
        self.count_label = QLabel()
        self.add_button = QPushButton()
        bottom = QHBoxLayout()
        bottom.addWidget(self.selection_label)
        bottom.addWidget(self.chips, 10)
        bottom.addWidget(self.clear_button)
        bottom.addWidget(self.selected_only)
        bottom.addStretch(1)  # takes the room when the chips are hidden (other tabs)
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.add_button)
        layout.addLayout(bottom)

        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.search.textChanged.connect(self._apply_filter)
        for box in (
            self.vendor_box,
            self.country_box,
            self.stack_box,
            self.status_box,
            self.china_box,
        ):
            box.currentIndexChanged.connect(self._apply_filter)
        self.memory_spin.valueChanged.connect(self._apply_filter)
        self.selected_only.toggled.connect(self._apply_filter)
        self.reset_button.clicked.connect(self.reset_filters)
        self.clear_button.clicked.connect(self.clear_selection)
        self.add_button.clicked.connect(self._on_add_clicked)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self._on_tab_changed(0)

    def _combo(self, tooltip: str) -> QComboBox:
        box = QComboBox()
        box.setToolTip(tooltip)
        # Long names (software stacks) would make the bar wider than a laptop screen: the closed
        # box shows about 14 characters and the open list is as wide as it needs.
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(12)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        box.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        return box

    def _table(self, proxy: CatalogFilterProxy) -> QTableView:
        view = QTableView()
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(
            1 if proxy.sourceModel().kind == "accelerators" else 0, Qt.SortOrder.AscendingOrder
        )
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setShowGrid(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)
        header = view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return view

    # --- refreshing from the state ----------------------------------------------------------
    def _reload(self) -> None:
        catalog = self._state.catalog
        vendors = catalog.vendors()
        stacks = catalog.stacks()
        accelerators = catalog.accelerators()
        lookups = Lookups(
            vendor_name={v.id: v.name for v in vendors},
            vendor_country={v.id: v.country or "" for v in vendors},
            stack_name={s.id: s.name for s in stacks},
            accelerator_name={a.id: a.name for a in accelerators},
            accelerator_memory={a.id: a.memory_gib.value for a in accelerators},
            source_title={s.id: s.title for s in catalog.sources()},
        )
        records = {
            "accelerators": accelerators,
            "systems": catalog.systems(),
            "models": catalog.models(),
        }
        for kind in KINDS:
            self.models[kind].set_records(records[kind], lookups)
            self.tabs.setTabText(
                KINDS.index(kind), f"{labels.kind_titles()[kind]} ({len(records[kind])})"
            )
        countries = sorted(
            {v.country for v in vendors if v.country}
            | {m.origin for m in records["models"] if m.origin}
        )
        statuses = labels.status_words()
        self._refill(
            self.vendor_box, self.tr("All vendors"), _by_name((v.name, v.id) for v in vendors)
        )
        self._refill(
            self.country_box,
            self.tr("All countries"),
            [(labels.country_name(c), c) for c in countries],
        )
        self._refill(
            self.stack_box, self.tr("All stacks"), _by_name((s.name, s.id) for s in stacks)
        )
        self._refill(
            self.status_box, self.tr("Any status"), [(word, key) for key, word in statuses.items()]
        )
        availability = labels.availability_words()
        self._refill(
            self.china_box,
            self.tr("China: any"),
            [(self.tr("China: available or limited"), "usable")]
            + [(self.tr("China: {0}").format(word), key) for key, word in availability.items()],
        )
        for kind, view in self.views.items():
            view.resizeColumnsToContents()
            header = view.horizontalHeader()
            # Long names and stacks are cut (the tooltip has them), in characters, so the caps
            # grow with the font on a projector.
            char = view.fontMetrics().averageCharWidth()
            for column in range(header.count()):
                widest = char * (38 if column == self.models[kind].column_of("name") else 26)
                header.resizeSection(column, min(header.sectionSize(column) + 8, widest))
            if kind == "accelerators":
                header.resizeSection(
                    0, 28 + view.style().pixelMetric(view.style().PixelMetric.PM_IndicatorWidth)
                )
        self._apply_filter()

    @staticmethod
    def _refill(box: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        """Replace a filter's choices, keeping the current one when it still exists."""
        current = box.currentData()
        with QSignalBlocker(box):
            box.clear()
            box.addItem(everything, "")
            for text, key in items:
                box.addItem(text, key)
            index = box.findData(current) if current else 0
            box.setCurrentIndex(max(index, 0))

    def _on_catalog_changed(self) -> None:
        self._reload()
        self._on_scenario_changed()  # names in the selection line may have changed

    def _on_scenario_changed(self, *_args) -> None:
        ids = self._state.scenario.accelerator_ids
        colours = {i: self._state.colour(i) for i in ids}
        self.models["accelerators"].set_selection(colours)
        if self.selected_only.isChecked():
            self._apply_filter(force=True)
        count = len(ids)
        self.selection_label.setText(
            self.tr("No accelerator selected: tick some to compare")
            if count == 0
            else self.tr("Comparing {0}:").format(count)
        )
        self.chips.setText(self._chips_html(ids))
        self.clear_button.setEnabled(count > 0)
        self._update_count()

    def _chips_html(self, ids: tuple[str, ...]) -> str:
        """The compared accelerators as colour key and name, the colours of every plot."""
        model = self.models["accelerators"]
        chips = []
        for entity_id in ids[:CHIPS_SHOWN]:
            row = model.row_of(entity_id)
            name = short_name(model.record(row).name) if row >= 0 else entity_id  # "Ascend 910C"
            name = name if len(name) <= 24 else name[:23] + "…"
            chips.append(
                f'<span style="color:{self._state.colour(entity_id)}; font-size:large">■</span>'
                f"&nbsp;{escape(name)}"
            )
        if len(ids) > CHIPS_SHOWN:
            chips.append(escape(self.tr("and {0} more").format(len(ids) - CHIPS_SHOWN)))
        return "&nbsp;&nbsp; ".join(chips)

    # --- filters ----------------------------------------------------------------------------
    def current_kind(self) -> str:
        return KINDS[self.tabs.currentIndex()]

    def set_kind(self, kind: str) -> None:
        self.tabs.setCurrentIndex(KINDS.index(kind))

    def current_filter(self) -> CatalogFilter:
        return CatalogFilter(
            text=self.search.text().strip(),
            vendor=self.vendor_box.currentData() or "",
            country=self.country_box.currentData() or "",
            min_memory_gib=self.memory_spin.value(),
            china=self.china_box.currentData() or "",
            stack=self.stack_box.currentData() or "",
            status=self.status_box.currentData() or "",
            selected_only=self.selected_only.isChecked(),
        )

    def _apply_filter(self, *_args, force: bool = False) -> None:
        wanted = self.current_filter()
        for kind, proxy in self.proxies.items():
            applicable = FILTERS[kind] | {"text"}
            cleared = {
                f.name: f.default
                for f in dataclasses.fields(CatalogFilter)
                if f.name not in applicable
            }
            kind_filter = dataclasses.replace(wanted, **cleared)
            proxy.set_filter(kind_filter)
            if force:
                proxy.refresh()
        self._update_count()

    def reset_filters(self) -> None:
        widgets = (
            self.search,
            self.vendor_box,
            self.country_box,
            self.stack_box,
            self.status_box,
            self.china_box,
            self.memory_spin,
            self.selected_only,
        )
        for widget in widgets:
            with QSignalBlocker(widget):
                if isinstance(widget, QLineEdit):
                    widget.clear()
                elif isinstance(widget, QComboBox):
                    widget.setCurrentIndex(0)
                elif isinstance(widget, QDoubleSpinBox):
                    widget.setValue(0)
                elif isinstance(widget, QCheckBox):
                    widget.setChecked(False)
        self._apply_filter()

    def visible_ids(self, kind: str | None = None) -> list[str]:
        """Ids of the rows shown now, in their displayed order."""
        proxy = self.proxies[kind or self.current_kind()]
        return [proxy.index(row, 0).data(ID_ROLE) for row in range(proxy.rowCount())]

    def _update_count(self) -> None:
        kind = self.current_kind()
        shown, total = self.proxies[kind].rowCount(), self.models[kind].rowCount()
        self.count_label.setText(
            self.tr("Showing all {0}").format(total)
            if shown == total
            else self.tr("Showing {0} of {1}").format(shown, total)
        )

    def _on_tab_changed(self, index: int) -> None:
        kind = KINDS[index]
        self.stack.setCurrentIndex(index)
        applicable = FILTERS[kind]
        self.vendor_box.setVisible("vendor" in applicable)
        self.memory_row.setVisible("min_memory_gib" in applicable)
        self.china_box.setVisible("china" in applicable)
        self.stack_box.setVisible("stack" in applicable)
        self.status_box.setVisible("status" in applicable)
        selectable = kind == "accelerators"
        for widget in (self.selection_label, self.chips, self.clear_button, self.selected_only):
            widget.setVisible(selectable)
        self.add_button.setVisible(kind != "systems")
        self.add_button.setText(
            self.tr("Add model…") if kind == "models" else self.tr("Add accelerator…")
        )
        self._update_count()

    # --- actions ----------------------------------------------------------------------------
    def clear_selection(self) -> None:
        self._state.set_selection(())

    def _on_row_activated(self, kind: str, index: QModelIndex) -> None:
        if not index.isValid():
            return
        entity_id = index.data(ID_ROLE)
        if kind == "accelerators" and self.models[kind].columnCount() and index.column() == 0:
            return  # a double-click on the tick box is two ticks, not a request for the sheet
        self.open_spec_sheet(kind, entity_id)

    def _on_context_menu(self, kind: str, pos: QPoint) -> None:
        view = self.views[kind]
        index = view.indexAt(pos)
        if index.isValid():
            menu = self.row_menu(kind, index.data(ID_ROLE))
            menu.exec(view.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def row_menu(self, kind: str, entity_id: str) -> QMenu:
        """What a right-click on a row offers: spec sheet, compare, edit."""
        menu = QMenu(self)
        menu.addAction(self.tr("Open spec sheet"), lambda: self.open_spec_sheet(kind, entity_id))
        if kind == "accelerators":
            selected = entity_id in self._state.scenario.accelerator_ids
            menu.addAction(
                self.tr("Stop comparing") if selected else self.tr("Compare"),
                lambda: self._state.toggle_accelerator(entity_id, not selected),
            )
        if kind in ("accelerators", "models"):
            menu.addAction(self.tr("Edit…"), lambda: self.edit_entry(kind, entity_id))
        return menu

    def edit_entry(self, kind: str, entity_id: str) -> None:
        from desktop_app.ui.dialogs.edit_entry import EditEntryDialog

        dialog = EditEntryDialog(self._state, kind, self._state.catalog.get(kind, entity_id), self)
        dialog.exec()
        dialog.deleteLater()

    def open_spec_sheet(self, kind: str, entity_id: str):
        """Show the spec sheet of one entry (non-modal: a presenter may open two side by side)."""
        from desktop_app.ui.dialogs.spec_sheet import SpecSheetDialog

        dialog = SpecSheetDialog(self._state, kind, entity_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.spec_sheet_opened.emit(kind, entity_id)
        return dialog

    def _on_add_clicked(self) -> None:
        from desktop_app.ui.dialogs.edit_entry import EditEntryDialog

        kind = "models" if self.current_kind() == "models" else "accelerators"
        dialog = EditEntryDialog(self._state, kind, parent=self)
        if dialog.exec() and dialog.saved_id:
            self.set_kind(kind)
            self._reveal(kind, dialog.saved_id)
        dialog.deleteLater()

    def _reveal(self, kind: str, entity_id: str) -> None:
        """Scroll to an entry and select its row, clearing the search when it hides it."""
        if entity_id not in self.visible_ids(kind):
            self.reset_filters()
        row = self.models[kind].row_of(entity_id)
        if row < 0:
            return
        index = self.proxies[kind].mapFromSource(self.models[kind].index(row, 0))
        view = self.views[kind]
        view.selectRow(index.row())
        view.scrollTo(index)


def _by_name(pairs) -> list[tuple[str, str]]:
    return sorted(pairs, key=lambda pair: pair[0].casefold())


if __name__ == "__main__":  # preview: python -m desktop_app.ui.panels.catalog_panel
    import sys

    from PySide6.QtWidgets import QApplication

    from desktop_app.catalog.store import Catalog
    from desktop_app.plans.scenario import Scenario
    from desktop_app.ui.theme import LIGHT, apply_theme

    app = QApplication(sys.argv)
    apply_theme(app, LIGHT)
    preview_state = AppState(
        Catalog.open(":memory:"),
        Scenario().with_changes(accelerator_ids=("nvidia-h100-sxm", "huawei-ascend-910c")),
        compute=lambda catalog, scenario: None,
    )
    panel = CatalogPanel(preview_state)
    panel.resize(1280, 720)
    panel.show()
    sys.exit(app.exec())
