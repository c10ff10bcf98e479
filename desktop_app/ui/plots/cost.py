"""Cost per million output tokens per accelerator, with its low/high range as an error bar.

Bars lie on their side, first accelerator on top, names on the left axis: a dozen names never
run into each other, however narrow the window."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.ui import money
from desktop_app.ui.plots.base import ColourFor, Overlay, ResultsView, ViewGrid, name_axis, style_axes


class CostPlot(ResultsView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._widget = pg.PlotWidget(background=None)
        self._plot = self._widget.getPlotItem()
        ViewGrid(self._plot, x=True, y=False)
        self._plot.invertY(True)
        self._currency = ""
        style_axes(self._plot, ("bottom",))
        self._plot.setMenuEnabled(False)
        self._plot.setMouseEnabled(x=False, y=False)
        self._items: list[pg.GraphicsObject] = []
        self._values = np.zeros(0)
        self._labels: tuple[str, ...] = ()
        self._overlay = Overlay(self._plot)
        self._hover = self._overlay.hover
        self._ranges: tuple[np.ndarray, np.ndarray] = (np.zeros(0), np.zeros(0))
        self._widget.scene().sigMouseMoved.connect(self._on_mouse_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._widget)

    def show_results(self, results, colour_for: ColourFor) -> None:
        fits = [] if results is None or results.message else [d.fits for d in results.deployments]
        for item in self._items:
            self._plot.removeItem(item)
        self._items = []
        message = self.tr("No results: the scenario could not be computed.") if results is None else results.message
        if not message:
            rate, self._currency = money.factor(results.scenario), money.display_currency()
            self._plot.setLabel("bottom", self.tr("{0} per million output tokens").format(
                money.currency_word(self._currency)))
            value = results.usd_per_million_tokens * rate
            low, high = results.usd_per_million_tokens_low * rate, results.usd_per_million_tokens_high * rate
            ok = np.isfinite(value) & (value > 0)
            if not ok.any():
                message = self.tr("No selected accelerator can serve this model at these settings.")
        if message:
            self._overlay.show_message(message)
            self._values = np.zeros(0)
            return
        self._overlay.show_message("")
        n = len(results.accelerator_ids)
        y = np.arange(n, dtype=float)
        length = np.where(ok, value, 0.0)
        brushes = [pg.mkBrush(colour_for(a) if ok[i] else "#CCCCCC") for i, a in enumerate(results.accelerator_ids)]
        bars = pg.BarGraphItem(x0=np.zeros(n), y=y, width=length, height=0.6, brushes=brushes, pen=pg.mkPen(None))
        top = np.where(ok, np.fmax(high, value), 0.0)
        bottom = np.where(ok, np.fmin(low, value), 0.0)
        errors = pg.ErrorBarItem(x=value[ok], y=y[ok], right=(top - value)[ok], left=(value - bottom)[ok],
                                 beam=0.18, pen=pg.mkPen(QColor("#333333"), width=1.5))
        self._items += [bars, errors]
        for item in self._items:
            self._plot.addItem(item)
        for i in range(n):
            if ok[i]:
                text = f"{value[i]:,.2f}"
            else:
                text = self.tr("price unknown") if fits[i] else self.tr("does not fit")
            label = pg.TextItem(text, anchor=(0.0, 0.5), color=(40, 40, 40) if ok[i] else (170, 60, 0))
            label.setPos((top[i] if ok[i] else 0.0) + 0.01 * float(top.max() or 1.0), i)
            self._plot.addItem(label)
            self._items.append(label)
        name_axis(self._plot.getAxis("left"), results.accelerator_names)
        self._plot.setYRange(-0.6, n - 0.4, padding=0)
        # Room after the longest range for its caption.
        self._plot.setXRange(0, float(np.max(top)) * 1.3 if top.max() > 0 else 1.0, padding=0)
        self._values, self._labels = value, results.accelerator_names
        self._ranges = (bottom, top)

    def bar_values(self) -> np.ndarray:
        return self._values

    def message(self) -> str:
        return self._overlay.message_text()

    def _on_mouse_moved(self, pos: QPointF) -> None:
        if not len(self._values) or not self._plot.sceneBoundingRect().contains(pos):
            self._hover.hide()
            return
        point = self._plot.getViewBox().mapSceneToView(pos)
        i = int(round(point.y()))
        if not 0 <= i < len(self._values) or abs(point.y() - i) > 0.3 or not np.isfinite(self._values[i]):
            self._hover.hide()
            return
        self._hover.setText(self.tr("{0}\n{1:,.3f} {4} per million tokens\nrange {2:,.3f} – {3:,.3f}")
                            .format(self._labels[i], self._values[i], self._ranges[0][i], self._ranges[1][i],
                                    self._currency))
        self._hover.setPos(point)
        self._hover.show()
        self.point_hovered.emit(i, -1)
