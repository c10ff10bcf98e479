"""The comparison table: one row per selected accelerator, sortable, copyable.

Numbers are stored as numbers (sorting is numeric) and displayed with their range where the
estimator gives one; a configuration that does not fit says why instead of showing zeros.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from desktop_app.ui import money

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def _num(value, digits=0, unit=""):
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "—"
    text = f"{value:,.{digits}f}"
    return f"{text} {unit}".strip()


def _range(value, low, high, digits=0):
    if value is None or not math.isfinite(value):
        return "—"
    if low is None or high is None or not (math.isfinite(low) and math.isfinite(high)):
        return _num(value, digits)
    return f"{value:,.{digits}f}  ({low:,.{digits}f}–{high:,.{digits}f})"


class ComparisonModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows = ()
        self._colours: list[str] = []
        self._rate, self._currency = 1.0, "USD"  # money shown in the display currency
        self.columns = [
            (self.tr("Accelerator"), lambda r: r.name, lambda r: r.name),
            (self.tr("Layout"), lambda r: r.layout, lambda r: r.devices or 0),
            (self.tr("Devices for workload"), lambda r: _num(r.devices) if r.fits else self.tr("—"),
             lambda r: r.devices if r.fits and r.devices else math.inf),
            (self.tr("Fits"), lambda r: self.tr("yes") if r.fits else r.reason, lambda r: int(r.fits)),
            (self.tr("Max concurrency under targets"), lambda r: _num(r.max_concurrency),
             lambda r: r.max_concurrency or 0),
            (self.tr("TTFT (ms)"), lambda r: _num(r.ttft_ms), lambda r: r.ttft_ms if r.ttft_ms else math.inf),
            (self.tr("TPOT (ms)"), lambda r: _num(r.tpot_ms, 1), lambda r: r.tpot_ms if r.tpot_ms else math.inf),
            (self.tr("Tokens/s per device"),
             lambda r: _range(r.tokens_per_s_per_device, r.tokens_per_s_per_device_low,
                              r.tokens_per_s_per_device_high),
             lambda r: r.tokens_per_s_per_device or 0),
            (self.tr("{currency} per M tokens"),
             lambda r: _range(self._money(r.usd_per_million_tokens), self._money(r.usd_per_million_tokens_low),
                              self._money(r.usd_per_million_tokens_high), 3),
             lambda r: r.usd_per_million_tokens if r.usd_per_million_tokens else math.inf),
            (self.tr("TCO ({currency})"), lambda r: _num(self._money(r.tco_usd)),
             lambda r: r.tco_usd if r.tco_usd else math.inf),
            (self.tr("Power (kW)"), lambda r: _num(r.power_kw, 1), lambda r: r.power_kw or 0),
            (self.tr("Software stack"),
             lambda r: f"{r.stack} ({_num(r.stack_maturity)}/5)" if r.stack_maturity is not None else r.stack,
             lambda r: r.stack_maturity or 0),
            (self.tr("China availability"), lambda r: r.availability_china, lambda r: r.availability_china),
            (self.tr("Flags"), lambda r: "; ".join(r.flags), lambda r: len(r.flags)),
        ]

    def _money(self, usd):
        return None if usd is None else usd * self._rate

    def set_currency(self, rate: float, currency: str) -> None:
        if (rate, currency) != (self._rate, self._currency):
            self._rate, self._currency = rate, currency
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def set_rows(self, rows, colours: list[str]) -> bool:
        """Show `rows`; returns True when the set of accelerators changed (a full reset).

        Same accelerators as before (a slider moved): only the cells change, which keeps the
        selection, the sort and the column widths, and costs far less than a reset."""
        rows = tuple(rows)
        same = [r.accelerator_id for r in rows] == [r.accelerator_id for r in self._rows]
        if same and rows:
            self._rows, self._colours = rows, list(colours)
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1))
            return False
        self.beginResetModel()
        self._rows, self._colours = rows, list(colours)
        self.endResetModel()
        return True

    def rows(self):
        return self._rows

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][0].replace("{currency}", money.currency_word(self._currency))
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self._rows[index.row()]
        _, show, key = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return show(row)
        if role == SORT_ROLE:
            return key(row)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return QColor(self._colours[index.row()])
        if role == Qt.ItemDataRole.ForegroundRole and not row.fits and index.column() > 0:
            return QColor("#B3261E")
        if role == Qt.ItemDataRole.ToolTipRole and row.flags:
            return "\n".join(row.flags)
        return None


class ComparisonTable(QWidget):
    row_selected = Signal(int)  # index into the results' accelerators

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = ComparisonModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        # Start in the selection's order; a click on a header sorts.
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        # Sized to contents when the accelerators change, not on every refresh (that measures
        # every cell); users can still drag the columns.
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(self._on_row)
        QShortcut(QKeySequence.StandardKey.Copy, self.view, activated=self.copy_to_clipboard)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def show_results(self, results, colour_for) -> None:
        if results is None or results.message:
            self.model.set_rows((), [])
            return

        self.model.set_currency(money.factor(results.scenario), money.display_currency())
        if self.model.set_rows(results.rows, [colour_for(r.accelerator_id) for r in results.rows]):
            self.view.resizeColumnsToContents()

    def as_text(self) -> str:
        """The table as tab-separated text, in the order shown, with its header."""
        header = self.model.headerData
        lines = ["\t".join(header(c, Qt.Orientation.Horizontal) for c in range(len(self.model.columns)))]
        for r in range(self.proxy.rowCount()):
            lines.append("\t".join(str(self.proxy.index(r, c).data() or "")
                                   for c in range(self.proxy.columnCount())))
        return "\n".join(lines)

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.as_text())

    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.row_selected.emit(self.proxy.mapToSource(current).row())
