"""Tokens/s per device against tokens/s per user: the throughput-latency trade-off (Pareto view).

Every candidate layout and concurrency of an accelerator is a faint dot; the dots no other point
beats on both axes are joined into that accelerator's front. Up and to the right is better.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.ui.plots.base import ColourFor, Overlay, ResultsView, ViewGrid, retire_items, style_axes


class ParetoPlot(ResultsView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._widget = pg.PlotWidget(background=None)
        self._plot = self._widget.getPlotItem()
        ViewGrid(self._plot)
        self._plot.setLabel("bottom", self.tr("Tokens/s per user (interactivity)"))
        self._plot.setLabel("left", self.tr("Output tokens/s per device (throughput)"))
        style_axes(self._plot)
        self._plot.setMenuEnabled(False)
        self._legend = self._plot.addLegend(offset=(-10, 10))
        self._items: list[pg.GraphicsObject] = []
        self._by_key: dict[str, list] = {}
        self._line_width = 2.5
        self._points: list[tuple[np.ndarray, np.ndarray, tuple[str, ...], str]] = []
        self._overlay = Overlay(self._plot)
        self._hover = self._overlay.hover
        self._widget.scene().sigMouseMoved.connect(self._on_mouse_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._widget)

    def show_results(self, results, colour_for: ColourFor) -> None:
        message = self.tr("No results: the scenario could not be computed.") if results is None else results.message
        self._points = []
        keep: set[str] = set()
        if not message:
            for i, acc_id in enumerate(results.accelerator_ids):
                u, v = results.pareto_per_user[i], results.pareto_per_device[i]
                front, labels = results.pareto_front[i], results.pareto_labels[i]
                ok = (u > 0) & (v > 0)
                if not ok.any():
                    continue
                keep.add(acc_id)
                dots, line = self._items_for(acc_id, colour_for(acc_id), results.accelerator_names[i])
                dots.setData(u[ok], v[ok])
                order = np.argsort(u[front])
                line.setData(u[front][order], v[front][order])
                self._points.append((u, v, labels, results.accelerator_names[i]))
            if not keep:
                message = self.tr("No selected accelerator can serve this model at these settings.")
        self._items = retire_items(self._by_key, keep, self._plot, self._legend)
        self._overlay.show_message(message)
        if not message:
            self._plot.enableAutoRange()

    def _items_for(self, key: str, colour_name: str, label: str):
        """The (dots, front line) items of one accelerator, made once and restyled when needed."""
        entry = self._by_key.get(key)
        style = (colour_name, self._line_width, label)
        if entry is None:
            dots = pg.ScatterPlotItem(size=6, pen=None)
            line = pg.PlotDataItem(symbol="o", symbolSize=7, symbolPen=None, name=label)
            self._plot.addItem(dots)
            self._plot.addItem(line)
            entry = [dots, line, ()]
            self._by_key[key] = entry
        dots, line, old = entry
        if old != style:
            colour = QColor(colour_name)
            faint = QColor(colour)
            faint.setAlpha(60)
            dots.setBrush(pg.mkBrush(faint))
            line.setPen(pg.mkPen(colour, width=self._line_width))
            line.setSymbolBrush(pg.mkBrush(colour))
            if old and old[2] != label:
                line.opts["name"] = label
                legend_label = self._legend.getLabel(line)
                if legend_label is not None:
                    legend_label.setText(label)
            entry[2] = style
        return dots, line

    def front_data(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        """The joined front of the index-th drawn accelerator, as plotted (for tests)."""
        lines = [item for item in self._items if isinstance(item, pg.PlotDataItem)]
        return lines[index].getData()

    def message(self) -> str:
        return self._overlay.message_text()

    def set_line_width(self, width: float) -> None:
        self._line_width = width
        for dots, line, style in self._by_key.values():
            line.setPen(pg.mkPen(QColor(style[0]), width=width))

    def _on_mouse_moved(self, pos: QPointF) -> None:
        if not self._points or not self._plot.sceneBoundingRect().contains(pos):
            self._hover.hide()
            return
        view = self._plot.getViewBox()
        mouse = view.mapSceneToView(pos)
        px_w, px_h = view.viewPixelSize()
        best = None
        for u, v, labels, name in self._points:
            d2 = ((u - mouse.x()) / px_w) ** 2 + ((v - mouse.y()) / px_h) ** 2
            d2[(u <= 0) | (v <= 0)] = np.inf
            j = int(np.argmin(d2))
            if d2[j] < 30**2 and (best is None or d2[j] < best[0]):
                best = (d2[j], u[j], v[j], labels[j], name)
        if best is None:
            self._hover.hide()
            return
        _, x, y, label, name = best
        self._hover.setText(self.tr("{0}\n{1}\n{2:,.1f} tokens/s per user\n{3:,.0f} tokens/s per device")
                            .format(name, label, x, y))
        self._hover.setPos(x, y)
        self._hover.show()
