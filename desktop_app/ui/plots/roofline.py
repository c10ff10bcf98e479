"""Roofline: attainable FLOP/s against arithmetic intensity, with the scenario's operating points.

Each accelerator's roof is min(peak, bandwidth × intensity) (Williams, Waterman & Patterson,
"Roofline", CACM 2009) at the compute precision the scenario runs at; the dots are the decode steps
along the concurrency sweep. Dots far below the roof are limited by something else (communication,
fixed overheads), which the "why this number" panel breaks down.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.ui.plots.base import ColourFor, Overlay, ResultsView, retire_items, style_axes


class RooflinePlot(ResultsView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._widget = pg.PlotWidget(background=None)
        self._plot = self._widget.getPlotItem()
        self._plot.setLogMode(x=True, y=True)
        self._plot.showGrid(x=True, y=True, alpha=0.25)
        self._plot.setLabel("bottom", self.tr("Arithmetic intensity (FLOP per byte of memory traffic)"))
        self._plot.setLabel("left", self.tr("Attained TFLOP/s per device"))
        style_axes(self._plot)
        self._plot.setMenuEnabled(False)
        self._legend = self._plot.addLegend(offset=(10, 10))
        self._items: list[pg.GraphicsObject] = []
        self._by_key: dict[str, list] = {}
        self._line_width = 2.0
        self._overlay = Overlay(self._plot)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._widget)

    def show_results(self, results, colour_for: ColourFor) -> None:
        message = self.tr("No results: the scenario could not be computed.") if results is None else results.message
        keep: set[str] = set()
        if not message:
            peak = results.roofline_peak_flops / 1e12
            bw = results.roofline_bandwidth
            intensity = results.roofline_intensity
            attained = results.roofline_attained / 1e12
            finite = intensity[np.isfinite(intensity) & (intensity > 0)]
            lo = max(0.1, float(finite.min()) / 3) if finite.size else 0.5
            hi = max(lo * 10, float(finite.max()) * 3 if finite.size else 1e3, 2e3)
            grid = np.geomspace(lo, hi, 200)
            for i, acc_id in enumerate(results.accelerator_ids):
                if not (np.isfinite(peak[i]) and np.isfinite(bw[i]) and peak[i] > 0):
                    continue
                keep.add(acc_id)
                line, dots = self._items_for(acc_id, colour_for(acc_id), results.accelerator_names[i])
                line.setData(grid, np.minimum(peak[i], bw[i] * grid / 1e12))
                ok = results.valid[i] & np.isfinite(intensity[i]) & (attained[i] > 0)
                dots.setData(intensity[i][ok], attained[i][ok])
            if not keep:
                message = self.tr("The selected accelerators lack the peak compute or bandwidth figures "
                                  "a roofline needs.")
        self._items = retire_items(self._by_key, keep, self._plot, self._legend)
        self._overlay.show_message(message)
        if not message:
            self._plot.enableAutoRange()

    def _items_for(self, key: str, colour_name: str, label: str):
        entry = self._by_key.get(key)
        style = (colour_name, self._line_width, label)
        if entry is None:
            line = pg.PlotDataItem(name=label)
            dots = pg.PlotDataItem(pen=None, symbol="o", symbolSize=7, symbolPen=pg.mkPen("w", width=0.8))
            self._plot.addItem(line)
            self._plot.addItem(dots)
            entry = [line, dots, ()]
            self._by_key[key] = entry
        line, dots, old = entry
        if old != style:
            colour = QColor(colour_name)
            line.setPen(pg.mkPen(colour, width=self._line_width))
            dots.setSymbolBrush(pg.mkBrush(colour))
            if old and old[2] != label:
                line.opts["name"] = label
                legend_label = self._legend.getLabel(line)
                if legend_label is not None:
                    legend_label.setText(label)
            entry[2] = style
        return line, dots

    def message(self) -> str:
        return self._overlay.message_text()

    def set_line_width(self, width: float) -> None:
        self._line_width = width
        for line, dots, style in self._by_key.values():
            line.setPen(pg.mkPen(QColor(style[0]), width=width))
