"""Stacked bars per accelerator against a capacity line: memory fit and TCO breakdowns.

One bar per category (an accelerator), split into named parts (weights, KV cache, activations,
overhead ... or capex, power, hosting, porting). Each bar can carry a capacity mark and a caption
(e.g. "8 devices" or "does not fit"); categories that are not valid are drawn hatched-grey so they
do not read as results.

Bars stand upright by default. `horizontal=True` lays them on their side, first category on top,
with the names on the left axis, where long accelerator names never run into each other however
narrow the plot (the TCO tab shares its width with the cost-over-time lines); the parts' legend is
then a row of swatches in the plot's title, so it never covers a bar.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.ui.plots.base import Overlay, ViewGrid, name_axis, style_axes


@dataclass(frozen=True)
class BarGroup:
    """Bars to draw: `values[part, category]`, parts stacked bottom-up in the order given."""

    categories: tuple[str, ...]
    category_colours: tuple[str, ...]
    parts: tuple[str, ...]
    part_colours: tuple[str, ...]
    values: np.ndarray
    capacity: np.ndarray | None = None  # one per category, NaN where unknown
    captions: tuple[str, ...] = ()
    valid: np.ndarray | None = None


class StackedBarPlot(QWidget):
    bar_hovered = Signal(int)  # category index

    def __init__(self, y_label: str, capacity_label: str = "", legend_columns: int = 6,
                 parent: QWidget | None = None, horizontal: bool = False):
        super().__init__(parent)
        self._horizontal = horizontal
        self._widget = pg.PlotWidget(background=None)
        self._plot = self._widget.getPlotItem()
        self._value_axis, self._category_axis = ("bottom", "left") if horizontal else ("left", "bottom")
        ViewGrid(self._plot, x=horizontal, y=not horizontal)
        self._plot.setLabel(self._value_axis, y_label)
        self._plot.setMenuEnabled(False)
        self._plot.setMouseEnabled(x=False, y=False)
        style_axes(self._plot, (self._value_axis,))
        if horizontal:
            self._plot.invertY(True)  # the first category on top, as a table reads
            self._legend = pg.LegendItem()  # kept off the plot: the swatch row shows the parts
        else:
            self._legend = self._plot.addLegend(offset=(10, 5), colCount=legend_columns)
        self._capacity_label = capacity_label
        self._bars: list[pg.BarGraphItem] = []
        self._extras: list[pg.GraphicsObject] = []
        self._group: BarGroup | None = None
        self._swatches: list[tuple[str, str]] = []  # (html, plain text) per part, for the title
        self._title = ""
        self._overlay = Overlay(self._plot)
        self._hover = self._overlay.hover
        self._widget.scene().sigMouseMoved.connect(self._on_mouse_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._widget, 1)

    def set_value_label(self, text: str) -> None:
        self._plot.setLabel(self._value_axis, text)

    def set_bars(self, group: BarGroup) -> None:
        self._clear()
        self._group = group
        n = len(group.categories)
        x = np.arange(n, dtype=float)
        valid = np.ones(n, bool) if group.valid is None else np.asarray(group.valid, bool)
        bottom = np.zeros(n)
        pen = pg.mkPen(255, 255, 255, 160, width=1)
        for part, colour, values in zip(group.parts, group.part_colours, group.values):
            heights = np.nan_to_num(np.asarray(values, float))
            # Valid and invalid categories are separate items, so the legend shows the part colour.
            bar = self._bar(x[valid], bottom[valid], heights[valid], colour, pen)
            self._plot.addItem(bar)
            self._legend.addItem(bar, part)
            self._bars.append(bar)
            if (~valid).any():
                grey = self._bar(x[~valid], bottom[~valid], heights[~valid], "#B8B8B8", pen)
                self._plot.addItem(grey)
                self._extras.append(grey)
            bottom = bottom + heights
        self._swatches = [(f'<span style="color:{colour}; font-size:14pt">&#9632;</span>&nbsp;{escape(part)}',
                           part) for part, colour in zip(group.parts, group.part_colours)]
        if group.capacity is not None and self._capacity_label:
            self._swatches.append((f'<span style="color:#D55E00; font-size:14pt"><b>&#9548;</b></span>&nbsp;'
                                   f"{escape(self._capacity_label)}", self._capacity_label))
        tops = bottom
        if group.capacity is not None:
            cap = np.asarray(group.capacity, float)
            pen = pg.mkPen(QColor("#D55E00"), width=2.5, style=Qt.PenStyle.DashLine)
            first = True
            for i in np.flatnonzero(np.isfinite(cap)):
                ends, level = [i - 0.42, i + 0.42], [cap[i], cap[i]]
                xs, ys = (level, ends) if self._horizontal else (ends, level)
                line = pg.PlotDataItem(xs, ys, pen=pen, name=self._capacity_label if first else None)
                first = False
                self._plot.addItem(line)
                self._extras.append(line)
            tops = np.fmax(tops, np.nan_to_num(cap))
        for i, caption in enumerate(group.captions):
            if not caption:
                continue
            colour = (40, 40, 40) if valid[i] else (170, 60, 0)
            if self._horizontal:  # after the end of the bar
                label = pg.TextItem(caption, anchor=(0.0, 0.5), color=colour)
                label.setPos(tops[i] + 0.01 * float(np.nanmax(tops) or 1.0), i)
            else:  # above the bar
                label = pg.TextItem(caption, anchor=(0.5, 1.0), color=colour)
                label.setPos(i, tops[i] * 1.01)
            self._plot.addItem(label)
            self._extras.append(label)
        axis = self._plot.getAxis(self._category_axis)
        if self._horizontal:
            name_axis(axis, group.categories)
            self._fit_title()
        else:
            axis.setTicks([[(i, name) for i, name in enumerate(group.categories)]])
        top = float(np.nanmax(tops)) if n else 1.0
        span = (top * 1.3 if top > 0 else 1.0)
        if self._horizontal:
            # Room after the longest bar for its caption (the plot is narrow beside the names).
            self._plot.setYRange(-0.6, n - 0.4, padding=0)
            self._plot.setXRange(0, top * 1.55 if top > 0 else 1.0, padding=0)
        else:
            # Head-room for the captions and the one-row legend above the tallest bar.
            self._plot.setXRange(-0.6, n - 0.4, padding=0)
            self._plot.setYRange(0, span, padding=0)

    def _fit_title(self) -> None:
        """The parts' swatches as the plot's title (so reports and images carry them), in as
        many rows as the width above the bars needs: never wider than the plot."""
        if not self._swatches:
            self._plot.setTitle(None)
            return
        metrics = QFontMetrics(self.font())
        room = max(self.width() - self._plot.getAxis("left").width() - 30, 160)
        rows, row, used = [], [], 0.0
        for html, text in self._swatches:
            width = metrics.horizontalAdvance(text) + 34  # the swatch and the gap after it
            if row and used + width > room:
                rows.append(row)
                row, used = [], 0.0
            row.append(html)
            used += width
        rows.append(row)
        text = "<br>".join("&nbsp;&nbsp; ".join(r) for r in rows)
        if text != self._title:
            self._title = text
            self._plot.setTitle(text, justify="left", size="9pt")
            height = 8 + 20 * len(rows)
            self._plot.titleLabel.setMaximumHeight(height)
            self._plot.layout.setRowFixedHeight(0, height)
            # The plot keeps the geometry its wider title once forced on it: lay it out again.
            pg.GraphicsView.setRange(self._widget, QRectF(0, 0, self._widget.width(), self._widget.height()),
                                     padding=0, disableAutoPixel=False)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._horizontal:
            self._fit_title()

    def _bar(self, at, start, length, colour, pen) -> pg.BarGraphItem:
        if self._horizontal:
            return pg.BarGraphItem(x0=start, y=at, width=length, height=0.62,
                                   brush=pg.mkBrush(colour), pen=pen)
        return pg.BarGraphItem(x=at, y0=start, height=length, width=0.62, brush=pg.mkBrush(colour), pen=pen)

    def plot_item(self) -> pg.PlotItem:
        return self._plot

    def bar_tops(self) -> np.ndarray:
        """Stacked totals per category, as drawn (what tests compare to the estimator)."""
        if self._group is None:
            return np.zeros(0)
        return np.nansum(np.asarray(self._group.values, float), axis=0)

    def set_message(self, text: str) -> None:
        self._overlay.show_message(text)

    def message(self) -> str:
        return self._overlay.message_text()

    def describe_bar(self, index: int) -> str:
        group = self._group
        lines = [group.categories[index]]
        for part, values in zip(group.parts, group.values):
            lines.append(f"{part}: {float(values[index]):,.1f}")
        if group.capacity is not None and np.isfinite(group.capacity[index]):
            lines.append(f"{self._capacity_label}: {float(group.capacity[index]):,.1f}")
        if group.captions and group.captions[index]:
            lines.append(group.captions[index])
        return "\n".join(lines)

    def _clear(self) -> None:
        for item in self._bars:
            self._legend.removeItem(item)
            self._plot.removeItem(item)
        for item in self._extras:
            if isinstance(item, pg.PlotDataItem):
                self._legend.removeItem(item)
            self._plot.removeItem(item)
        self._bars, self._extras = [], []

    def _on_mouse_moved(self, pos: QPointF) -> None:
        if self._group is None or not self._plot.sceneBoundingRect().contains(pos):
            self._hover.hide()
            return
        point = self._plot.getViewBox().mapSceneToView(pos)
        along = point.y() if self._horizontal else point.x()
        index = int(round(along))
        if not 0 <= index < len(self._group.categories) or abs(along - index) > 0.31:
            self._hover.hide()
            return
        self._hover.setText(self.describe_bar(index))
        self._hover.setPos(point)
        self._hover.show()
        self.bar_hovered.emit(index)
