"""A line plot of one curve per accelerator, each with its low/high band shaded.

Each curve is one light item, kept between changes and given new paths, so a refresh costs little. Points that are not valid (the model does not fit, the load saturates the
deployment) are left out of the line and marked with a cross, never drawn as if they were results.
Hovering shows the exact values of the nearest point and emits `point_hovered` so the "why this
number" panel can show its breakdown.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from desktop_app.ui.plots.base import Overlay, ViewGrid, style_axes


@dataclass(frozen=True)
class Series:
    """One accelerator's curve. `valid` marks points that are real results."""

    key: str
    label: str
    colour: str
    x: np.ndarray
    y: np.ndarray
    low: np.ndarray | None = None
    high: np.ndarray | None = None
    valid: np.ndarray | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)


class _CurveItem(pg.GraphicsObject):
    """One accelerator's curve, band and validity marks, drawn as one item from paths built
    once per change. pyqtgraph's PlotDataItem keeps a curve, a scatter layer and their caches per
    series; at a dozen series that bookkeeping cost more than the drawing.

    Coordinates are the view's (already log-transformed where the axis is). The `opts` and `name`
    the legend reads are the same as a PlotDataItem's, so the legend draws its sample line.
    """

    _MARK_PX = 5.0  # half the size of the cross marking where a curve stops being valid

    def __init__(self, label: str):
        super().__init__()
        self._label = label
        self.opts = {"pen": pg.mkPen("k"), "antialias": True}
        self._band_brush = pg.mkBrush(0, 0, 0, 50)
        self._line = QPainterPath()
        self._band = QPainterPath()
        self._marks = np.zeros((0, 2))
        self._bounds: QRectF | None = None

    def name(self) -> str:
        return self._label

    def set_label(self, label: str) -> None:
        self._label = label

    def set_style(self, colour: QColor, width: float) -> None:
        self.opts["pen"] = pg.mkPen(colour, width=width)
        band = QColor(colour)
        band.setAlpha(50)
        self._band_brush = pg.mkBrush(band)
        self.update()

    def set_paths(self, line: QPainterPath, band: QPainterPath, marks: np.ndarray) -> None:
        self.prepareGeometryChange()
        self._line, self._band, self._marks = line, band, marks
        self._bounds = None

    def viewTransformChanged(self) -> None:  # noqa: N802 - pyqtgraph hook
        # The padding for the pen and the marks is in pixels: it changes with the view's scale.
        self.prepareGeometryChange()
        self._bounds = None

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        if self._bounds is None:
            rect = self._line.boundingRect().united(self._band.boundingRect())
            if len(self._marks):  # united() skips empty rects, so a lone point needs a real one
                (x0, y0), (x1, y1) = self._marks.min(axis=0), self._marks.max(axis=0)
                marks = QRectF(QPointF(x0, y0), QPointF(x1, y1))
                rect = marks if rect.isNull() else rect.united(marks.adjusted(0, 0, 1e-12, 1e-12))
            px, py = self.pixelVectors()
            pad_x = abs(px.x()) * (self._MARK_PX + 2) if px is not None else 0.0
            pad_y = abs(py.y()) * (self._MARK_PX + 2) if py is not None else 0.0
            self._bounds = rect.adjusted(-pad_x, -pad_y, pad_x, pad_y)
        return self._bounds

    def paint(self, painter, option, widget=None):  # noqa: D401 - Qt override
        # The band without antialiasing: its edges are invisible anyway (no pen), and smoothing
        # large translucent polygons was most of a plot's repaint time.
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._band_brush)
        painter.drawPath(self._band)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = self.opts["pen"]
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._line)
        if len(self._marks):
            # Crosses of a fixed size on screen, whatever the axes' scales.
            to_device = painter.transform()
            painter.resetTransform()
            painter.setPen(QPen(pen.color(), 2))
            r = self._MARK_PX
            for x, y in self._marks:
                c = to_device.map(QPointF(x, y))
                painter.drawLine(QPointF(c.x() - r, c.y() - r), QPointF(c.x() + r, c.y() + r))
                painter.drawLine(QPointF(c.x() - r, c.y() + r), QPointF(c.x() + r, c.y() - r))
            painter.setTransform(to_device)


@dataclass
class _Items:
    curve: _CurveItem
    x: np.ndarray  # what the curve was given to draw, before any log transform
    y: np.ndarray
    style: tuple = ()  # (colour, width) the pens were made for
    in_legend: bool = False


class SeriesPlot(QWidget):
    """Curves with shaded bands, a legend, unit-labelled axes, hover read-out and a message overlay."""

    point_hovered = Signal(str, int)  # series key, point index

    def __init__(self, x_label: str, y_label: str, log_x: bool = False, log_y: bool = False,
                 parent: QWidget | None = None, legend_offset: tuple[int, int] = (10, 10)):
        super().__init__(parent)
        self._widget = pg.PlotWidget(background=None)
        self._plot = self._widget.getPlotItem()
        ViewGrid(self._plot)
        self._plot.setLogMode(x=log_x, y=log_y)
        self._plot.setLabel("bottom", x_label)
        self._plot.setLabel("left", y_label)
        style_axes(self._plot)
        self._plot.setMenuEnabled(False)
        # We set the range ourselves after each update (see _fit_range): pyqtgraph's auto-range
        # re-measures every item on every change, which costs more than drawing them.
        self._plot.disableAutoRange()
        # Its "A" button (after a wheel zoom) fits the data again, our way.
        self._plot.autoBtn.clicked.disconnect()
        self._plot.autoBtn.clicked.connect(self.fit_all)
        # Positive offsets anchor the legend top-left, negative ones bottom-right: where a plot's
        # curves leave room (rising cost lines leave the bottom right empty).
        self._legend = self._plot.addLegend(offset=legend_offset)
        # A veil behind the names, so a curve passing under the legend never crosses its text.
        veil = QApplication.palette().color(QPalette.ColorRole.Base)
        veil.setAlpha(210)
        self._legend.setBrush(pg.mkBrush(veil))
        self._items: dict[str, _Items] = {}
        self._series: dict[str, Series] = {}
        self._line_width = 2.0
        self._log_ticks: tuple[int, int, int] | None = None
        self._overlay = Overlay(self._plot)
        self._hover_text = self._overlay.hover
        self._hover_dot = pg.ScatterPlotItem(size=11, pen=pg.mkPen("w", width=1.5))
        self._hover_dot.setZValue(99)
        self._hover_dot.hide()
        self._plot.addItem(self._hover_dot, ignoreBounds=True)
        self._widget.scene().sigMouseMoved.connect(self._on_mouse_moved)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._widget)

    # --- data -------------------------------------------------------------------------------
    def set_series(self, series: list[Series]) -> None:
        wanted = {s.key for s in series}
        for key in list(self._items):
            if key not in wanted:
                self._remove(key)
        for s in series:
            self._update(s)
        self._series = {s.key: s for s in series}
        self._update_log_ticks()
        self._fit_range()
        self._hide_hover()

    def series(self) -> dict[str, Series]:
        return dict(self._series)

    def curve_data(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        """The x and y a curve was given to draw (invalid points as NaN), before any log-axis
        transform: what tests compare to the estimator."""
        items = self._items[key]
        return items.x, items.y

    def set_message(self, text: str) -> None:
        """Show a clear message instead of an empty plot ("" hides it)."""
        self._overlay.show_message(text)

    def message(self) -> str:
        return self._overlay.message_text()

    def set_line_width(self, width: float) -> None:
        self._line_width = width
        for s in list(self._series.values()):
            self._update(s)

    def plot_item(self) -> pg.PlotItem:
        return self._plot

    # --- internals --------------------------------------------------------------------------
    def _remove(self, key: str) -> None:
        items = self._items.pop(key)
        self._plot.removeItem(items.curve)
        self._legend.removeItem(items.curve)

    def _update(self, s: Series) -> None:
        valid = np.ones_like(s.y, dtype=bool) if s.valid is None else np.asarray(s.valid, bool)
        x = np.asarray(s.x, dtype=float)
        y = np.where(valid, np.asarray(s.y, dtype=float), np.nan)
        items = self._items.get(s.key)
        if items is None:
            curve = _CurveItem(s.label)
            self._plot.addItem(curve, ignoreBounds=True)  # we range the axes ourselves
            items = _Items(curve, x, y)
            self._items[s.key] = items
        style = (s.colour, self._line_width)
        if items.style != style:  # new pens only when the look changes
            items.style = style
            items.curve.set_style(QColor(s.colour), self._line_width)
        if items.curve.name() != s.label:
            items.curve.set_label(s.label)
            label = self._legend.getLabel(items.curve)
            if label is not None:
                label.setText(s.label)
        # The legend names what is drawn: a curve with no valid point (no price, does not fit)
        # stays out of it, so a dozen options do not bury the plot under names.
        drawn = bool(valid.any())
        if drawn != items.in_legend:
            if drawn:
                self._legend.addItem(items.curve, s.label)
            else:
                self._legend.removeItem(items.curve)
            items.in_legend = drawn
        items.x, items.y = x, y
        vx, vy = self._to_view(x, y)
        line = pg.arrayToQPath(vx, vy, connect="finite") if np.isfinite(vy).any() else QPainterPath()
        # Mark only where a curve stops (or starts) being valid, not every invalid point; the
        # marks sit on the curve's floor.
        edge = np.zeros_like(valid)
        edge[1:] |= valid[:-1]
        edge[:-1] |= valid[1:]
        bad = ~valid & edge & np.isfinite(x)
        marks = np.zeros((0, 2))
        if bad.any():
            finite_y = y[np.isfinite(y) & (y > 0)]
            floor = float(finite_y.min()) if finite_y.size else 1.0
            mx, my = self._to_view(x[bad], np.full(int(bad.sum()), floor))
            marks = np.column_stack([mx, my])[np.isfinite(mx) & np.isfinite(my)]
        items.curve.set_paths(line, self._band_path(x, s.low, s.high, valid), marks)

    def _on_mouse_moved(self, pos: QPointF) -> None:
        hit = self.nearest_point(pos) if self._plot.sceneBoundingRect().contains(pos) else None
        if hit is None:
            self._hide_hover()
            return
        key, index, vx, vy = hit
        self._hover_dot.setData([vx], [vy], brush=pg.mkBrush(self._series[key].colour))
        self._hover_dot.show()
        self._hover_text.setText(self.describe_point(key, index))
        self._hover_text.setPos(vx, vy)
        self._hover_text.show()
        self.point_hovered.emit(key, index)

    def _hide_hover(self) -> None:
        self._hover_text.hide()
        if self._hover_dot.isVisible():  # an empty scatter layer still costs a paint
            self._hover_dot.clear()
            self._hover_dot.hide()

    def nearest_point(self, scene_pos: QPointF, radius_px: float = 40.0):
        """The (key, index, view x, view y) of the valid point nearest to a scene position."""
        view = self._plot.getViewBox()
        mouse = view.mapSceneToView(scene_pos)
        px_w, px_h = view.viewPixelSize()
        best = None
        for key in self._series:
            if not self._items[key].curve.isVisible():  # hidden from the legend
                continue
            x, y = self._to_view(*self.curve_data(key))
            finite = np.isfinite(x) & np.isfinite(y)
            if not finite.any():
                continue
            # Distance in pixels, so both axes count equally whatever their ranges.
            d2 = ((x - mouse.x()) / px_w) ** 2 + ((y - mouse.y()) / px_h) ** 2
            d2[~finite] = np.inf
            i = int(np.argmin(d2))
            if d2[i] <= radius_px**2 and (best is None or d2[i] < best[0]):
                best = (d2[i], key, i, float(x[i]), float(y[i]))
        return None if best is None else best[1:]

    def _band_path(self, x, low, high, valid) -> QPainterPath:
        """The shaded low-high band as one filled path (one polygon per run of valid points),
        in view coordinates (log-transformed when the axis is)."""
        path = QPainterPath()
        if low is None or high is None:
            return path
        lo = np.where(valid, np.asarray(low, float), np.nan)
        hi = np.where(valid, np.asarray(high, float), np.nan)
        vx, vlo = self._to_view(np.asarray(x, float), lo)
        _, vhi = self._to_view(np.asarray(x, float), hi)
        ok = np.isfinite(vx) & np.isfinite(vlo) & np.isfinite(vhi)
        # Runs of consecutive valid points: each becomes a closed polygon.
        edges = np.flatnonzero(np.diff(np.concatenate([[0], ok.astype(np.int8), [0]])))
        for start, stop in zip(edges[::2], edges[1::2]):
            xs = np.concatenate([vx[start:stop], vx[start:stop][::-1]])
            ys = np.concatenate([vlo[start:stop], vhi[start:stop][::-1]])
            run = pg.arrayToQPath(xs, ys, connect="all")  # built from the arrays in one go
            run.closeSubpath()
            path.addPath(run)
        return path

    def fit_all(self) -> None:
        """Show all the data again (the plot's "A" button after a zoom)."""
        self._fit_range(force=True)
        self._plot.autoBtn.hide()

    def _fit_range(self, force: bool = False) -> None:
        """Show all valid data (bands included). The view only moves when the data leaves it or
        fills less than half of it, so a slider drag does not make the axes jitter."""
        xs, ys = [], []
        for key, s in self._series.items():
            x, y = self.curve_data(key)
            ok = np.isfinite(x) & np.isfinite(y)
            if s.low is not None and s.high is not None:
                ok_band = ok & np.isfinite(s.low) & np.isfinite(s.high)
                ys += [np.asarray(s.low, float)[ok_band], np.asarray(s.high, float)[ok_band]]
            xs.append(x[ok])
            ys.append(y[ok])
        x = np.concatenate(xs) if xs else np.zeros(0)
        y = np.concatenate(ys) if ys else np.zeros(0)
        vx, vy = self._to_view(x, y)
        vx, vy = vx[np.isfinite(vx)], vy[np.isfinite(vy)]
        if vx.size == 0 or vy.size == 0:
            return
        x0, x1 = float(vx.min()), float(vx.max())
        y0, y1 = float(vy.min()), float(vy.max())
        if not self._plot.ctrl.logYCheck.isChecked():
            y0 = min(y0, 0.0)  # rates and times read best from zero
        if x1 <= x0:
            x0, x1 = x0 - 0.5, x1 + 0.5
        if y1 <= y0:
            y0, y1 = y0 - 0.5, y1 + 0.5
        (cx0, cx1), (cy0, cy1) = self._plot.getViewBox().viewRange()
        inside = cx0 <= x0 and x1 <= cx1 and cy0 <= y0 and y1 <= cy1
        filled = (x1 - x0) >= 0.5 * (cx1 - cx0) and (y1 - y0) >= 0.5 * (cy1 - cy0)
        if force or not (inside and filled):
            self._plot.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0.04)

    def _update_log_ticks(self) -> None:
        """On a log x axis, label powers of two (1, 2, 4 ... 256): the concurrency steps people use."""
        if not self._plot.ctrl.logXCheck.isChecked():
            return
        xs = [np.asarray(s.x, float) for s in self._series.values()]
        xs = np.concatenate(xs) if xs else np.zeros(0)
        xs = xs[np.isfinite(xs) & (xs > 0)]
        if xs.size == 0:
            return
        lo, hi = int(np.floor(np.log2(xs.min()))), int(np.ceil(np.log2(xs.max())))
        step = max(1, (hi - lo) // 10 + 1)
        if (lo, hi, step) == self._log_ticks:
            return  # setting the same ticks again would redraw the axis and its grid
        self._log_ticks = (lo, hi, step)
        major = [(np.log10(2.0**k), f"{2**k:,}" if k >= 0 else f"{2.0**k:g}")
                 for k in range(lo, hi + 1, step)]
        self._plot.getAxis("bottom").setTicks([major, []])

    def _to_view(self, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        log_x, log_y = self._plot.ctrl.logXCheck.isChecked(), self._plot.ctrl.logYCheck.isChecked()
        with np.errstate(divide="ignore", invalid="ignore"):
            return (np.log10(x) if log_x else x), (np.log10(y) if log_y else y)

    def describe_point(self, key: str, index: int) -> str:
        s = self._series[key]
        x_name = self._plot.getAxis("bottom").labelText
        y_name = self._plot.getAxis("left").labelText
        text = f"{s.label}\n{x_name}: {_fmt(s.x[index])}\n{y_name}: {_fmt(s.y[index])}"
        if s.low is not None and s.high is not None:
            text += f"  (range {_fmt(s.low[index])} – {_fmt(s.high[index])})"
        return text


def _fmt(value: float) -> str:
    value = float(value)
    if not np.isfinite(value):
        return "—"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}"

