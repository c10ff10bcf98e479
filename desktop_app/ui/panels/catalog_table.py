"""The catalog as a Qt table: one model per kind (accelerators, systems, models) and its filter.

`CatalogTableModel` shows frozen catalog records; it never changes the catalog or the scenario. A
click on an accelerator's checkbox only emits `selection_toggled`; the panel forwards it to
`AppState`, whose `scenario_changed` then comes back through `set_selection`. The model's own
check state therefore always mirrors the scenario, and a programmatic update can never loop back.

Unknown values are shown as "unknown" in the muted text colour and sort below every known value,
never as 0 (db/seed/README.md).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QIcon, QPainter, QPalette, QPixmap

from desktop_app.catalog.records import Spec
from desktop_app.ui import labels
from desktop_app.ui.i18n import catalog_text

ModelIndex = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3
#: Sort key of an unknown figure: below every real one (figures are never negative).
UNKNOWN_SORT = -1.0


#: Called by this name with literal texts, so pyside6-lupdate finds every one.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class Column:
    key: str  # a record field, or "compare" for the checkbox column
    header: str
    numeric: bool = False
    tooltip: str = ""


@dataclass(frozen=True)
class Lookups:
    """Names the table shows in place of ids."""

    vendor_name: dict[str, str] = field(default_factory=dict)
    vendor_country: dict[str, str] = field(default_factory=dict)
    stack_name: dict[str, str] = field(default_factory=dict)
    accelerator_name: dict[str, str] = field(default_factory=dict)
    accelerator_memory: dict[str, float | None] = field(default_factory=dict)
    source_title: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RowFacts:
    """What the filters look at, computed once per row."""

    id: str
    search_text: str
    vendor: str = ""
    country: str = ""
    memory_gib: float | None = None
    china: str = ""
    stack: str = ""
    status: str = ""


def columns_for(kind: str) -> tuple[Column, ...]:
    unit = labels.field_unit
    if kind == "accelerators":
        return (
            Column(
                "compare",
                translate("CatalogTableModel", "Compare"),
                tooltip=translate(
                    "CatalogTableModel", "Tick to compare this accelerator in the plots"
                ),
            ),
            Column("name", translate("CatalogTableModel", "Name")),
            Column("vendor", translate("CatalogTableModel", "Vendor")),
            Column(
                "memory_gib",
                translate("CatalogTableModel", "Memory\n{0}").format(unit("memory_gib")),
                True,
            ),
            Column(
                "memory_bw_gbps",
                translate("CatalogTableModel", "Bandwidth\n{0}").format(unit("memory_bw_gbps")),
                True,
            ),
            Column(
                "bf16_tflops",
                translate("CatalogTableModel", "BF16\n{0}").format(unit("bf16_tflops")),
                True,
            ),
            Column(
                "fp8_tflops",
                translate("CatalogTableModel", "FP8\n{0}").format(unit("fp8_tflops")),
                True,
            ),
            Column("tdp_w", translate("CatalogTableModel", "TDP\n{0}").format(unit("tdp_w")), True),
            Column("software_stack", translate("CatalogTableModel", "Software stack")),
            Column("status", translate("CatalogTableModel", "Status")),
            Column("availability_china", translate("CatalogTableModel", "China")),
        )
    if kind == "systems":
        return (
            Column("name", translate("CatalogTableModel", "Name")),
            Column("vendor", translate("CatalogTableModel", "Vendor")),
            Column("accelerator", translate("CatalogTableModel", "Accelerator")),
            Column("accelerator_count", translate("CatalogTableModel", "Devices"), True),
            Column("scale_up_domain", translate("CatalogTableModel", "Scale-up\ndomain"), True),
            Column(
                "power_w",
                translate("CatalogTableModel", "Power\n{0}").format(unit("power_w")),
                True,
            ),
            Column(
                "price_usd",
                translate("CatalogTableModel", "Price\n{0}").format(unit("price_usd")),
                True,
            ),
            Column("status", translate("CatalogTableModel", "Status")),
        )
    return (
        Column("name", translate("CatalogTableModel", "Name")),
        Column("developer", translate("CatalogTableModel", "Developer")),
        Column(
            "total_params_b",
            translate("CatalogTableModel", "Params total\n{0}").format(
                translate("CatalogTableModel", "billion")
            ),
            True,
        ),
        Column(
            "active_params_b",
            translate("CatalogTableModel", "Params active\n{0}").format(
                translate("CatalogTableModel", "billion")
            ),
            True,
        ),
        Column("attention", translate("CatalogTableModel", "Attention")),
        Column(
            "max_context",
            translate("CatalogTableModel", "Context\n{0}").format(
                translate("CatalogTableModel", "tokens")
            ),
            True,
        ),
        Column("licence", translate("CatalogTableModel", "Licence")),
        Column("origin", translate("CatalogTableModel", "Origin")),
    )


class CatalogTableModel(QAbstractTableModel):
    """Records of one kind as rows; accelerators carry a checkbox and their colour swatch."""

    selection_toggled = Signal(str, bool)

    def __init__(self, kind: str, parent=None):
        super().__init__(parent)
        self.kind = kind
        self._columns = columns_for(kind)
        self._records: list[Any] = []
        self._facts: list[RowFacts] = []
        self._lookups = Lookups()
        self._selected: dict[str, str] = {}  # id -> colour
        self._swatches: dict[str, QIcon] = {}

    # --- feeding ----------------------------------------------------------------------------
    def set_records(self, records: tuple[Any, ...] | list[Any], lookups: Lookups) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._lookups = lookups
        self._facts = [self._row_facts(r) for r in self._records]
        self.endResetModel()

    def set_selection(self, colours: dict[str, str]) -> None:
        """The selected accelerator ids with their colours (from AppState)."""
        if colours == self._selected:
            return
        self._selected = dict(colours)
        if self._records and self._columns[0].key == "compare":
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self._records) - 1, 1),
                [Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.DecorationRole],
            )

    def record(self, row: int) -> Any:
        return self._records[row]

    def facts(self, row: int) -> RowFacts:
        return self._facts[row]

    def row_of(self, entity_id: str) -> int:
        for row, record in enumerate(self._records):
            if record.id == entity_id:
                return row
        return -1

    def column_of(self, key: str) -> int:
        for column, col in enumerate(self._columns):
            if col.key == key:
                return column
        return -1

    def is_selected(self, entity_id: str) -> bool:
        return entity_id in self._selected

    # --- Qt model interface -----------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if column.key == "compare" else column.header
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip or column.header.replace("\n", " ")
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self._columns[index.column()].key == "compare":
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        key = column.key
        if role == RECORD_ROLE:
            return record
        if role == ID_ROLE:
            return record.id
        if key == "compare":
            return self._compare_data(record, role)
        value = getattr(record, key, None)
        if key == "active_params_b" and not value.known and not record.experts.known:
            # A dense model activates every parameter: say so rather than "unknown".
            value = dataclasses.replace(
                record.total_params_b,
                note=translate("CatalogTableModel", "dense model: every parameter is active"),
            )
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, key, value)
        if role == SORT_ROLE:
            if isinstance(value, Spec):
                return float(value.value) if value.known else UNKNOWN_SORT
            return self._display(record, key, value).casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._is_unknown(key, value):
            return QBrush(QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.FontRole and key == "name" and record.layer == "user":
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, key, value)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        if self._columns[index.column()].key != "compare":
            return False
        checked = (
            Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        )
        # Only ask for the change; the check mark follows when AppState reports it (set_selection).
        self.selection_toggled.emit(self._records[index.row()].id, checked)
        return True

    # --- cells ------------------------------------------------------------------------------
    def _compare_data(self, record: Any, role: int):
        selected = record.id in self._selected
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if selected else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole and selected:
            return self._swatch(self._selected[record.id])
        if role == SORT_ROLE:
            return 0 if selected else 1
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                translate("CatalogTableModel", "Compared in the plots (its colour)")
                if selected
                else translate("CatalogTableModel", "Tick to compare")
            )
        return None

    def _swatch(self, colour: str) -> QIcon:
        icon = self._swatches.get(colour)
        if icon is None:
            pixmap = QPixmap(14, 14)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QColor("#00000040"))
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(1, 1, 12, 12, 3, 3)
            painter.end()
            icon = self._swatches[colour] = QIcon(pixmap)
        return icon

    def _display(self, record: Any, key: str, value: Any) -> str:
        lookups = self._lookups
        if isinstance(value, Spec):
            if key == "release_year" and value.known:
                return str(int(value.value))
            return labels.format_number(value.value)
        if key == "name":
            return (
                translate("CatalogTableModel", "{0} (yours)").format(catalog_text(value))
                if record.layer == "user"
                else catalog_text(value)
            )
        if value is None or value == "":
            return labels.unknown_text()
        if key == "vendor":
            return lookups.vendor_name.get(value, value)
        if key == "software_stack":
            return lookups.stack_name.get(value, value)
        if key == "accelerator":
            return lookups.accelerator_name.get(value, value)
        return labels.choice_word(key, value)

    @staticmethod
    def _is_unknown(key: str, value: Any) -> bool:
        if isinstance(value, Spec):
            return not value.known
        return key != "name" and (value is None or value == "" or value == "unknown")

    def _tooltip(self, record: Any, key: str, value: Any) -> str | None:
        if key == "name":
            parts = [record.id]
            if record.layer == "user":
                parts.append(translate("CatalogTableModel", "Added or edited by you"))
            parts.append(translate("CatalogTableModel", "Double-click for the full spec sheet"))
            return "\n".join(parts)
        if isinstance(value, Spec):
            label = labels.field_label(key)
            if not value.known:
                return translate("CatalogTableModel", "{0}: unknown").format(label)
            lines = [f"{label}: {labels.format_spec(key, value)}"]
            if value.confidence:
                lines.append(
                    translate("CatalogTableModel", "Confidence: {0}").format(
                        labels.choice_word("confidence", value.confidence)
                    )
                )
            if value.source:
                lines.append(
                    translate("CatalogTableModel", "Source: {0}").format(
                        self._lookups.source_title.get(value.source, value.source)
                    )
                )
            if value.note:
                lines.append(catalog_text(value.note))
            return "\n".join(lines)
        if key == "availability_china":
            return catalog_text(getattr(record, "availability_china_note", None)) or None
        return None

    def _row_facts(self, record: Any) -> RowFacts:
        lookups = self._lookups
        words = [record.id, record.name]
        if self.kind == "models":
            words += [
                record.developer or "",
                record.origin or "",
                record.licence or "",
                record.attention or "",
            ]
            return RowFacts(record.id, " ".join(words).casefold(), country=record.origin or "")
        vendor = record.vendor
        words += [vendor, lookups.vendor_name.get(vendor, "")]
        country = lookups.vendor_country.get(vendor, "") or ""
        if self.kind == "systems":
            words += [record.accelerator, lookups.accelerator_name.get(record.accelerator, "")]
            return RowFacts(
                record.id,
                " ".join(words).casefold(),
                vendor=vendor,
                country=country,
                memory_gib=lookups.accelerator_memory.get(record.accelerator),
                status=record.status or "",
            )
        stack = record.software_stack or ""
        words += [
            stack,
            lookups.stack_name.get(stack, ""),
            record.kind or "",
            record.memory_type or "",
        ]
        return RowFacts(
            record.id,
            " ".join(words).casefold(),
            vendor=vendor,
            country=country,
            memory_gib=record.memory_gib.value,
            china=record.availability_china or "unknown",
            stack=stack,
            status=record.status or "",
        )
