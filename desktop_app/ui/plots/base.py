"""What every results tab shares: a title, a clear message when there is nothing valid to draw."""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QLineF, QRectF, Signal
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QWidget


def style_axes(plot_item, sides=("bottom", "left")) -> None:
    """Axes as every plot here wants them: units live in the label text (no automatic "x1e+3"
    prefix to contradict them), and grid lines at the labelled ticks only — finer levels are hard
    to read and each grid line costs a full-width stroke on every repaint."""
    for side in sides:
        axis = plot_item.getAxis(side)
        axis.enableAutoSIPrefix(False)
        axis.setStyle(maxTickLevel=0)


class ViewGrid(pg.GraphicsObject):
    """Grid lines at the axes' labelled ticks, drawn from inside the data area.

    pyqtgraph draws a grid as part of each axis, so every repaint of the data (a slider move)
    replays both axes, labels and all; this item draws the same lines as one light item in the
    view, and the axes are left alone until their ticks change."""

    def __init__(self, plot_item, x: bool = True, y: bool = True) -> None:
        super().__init__()
        self._plot = plot_item
        self._sides = tuple(side for side, on in (("bottom", x), ("left", y)) if on)
        self.setZValue(-1000)
        plot_item.addItem(self, ignoreBounds=True)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._plot.getViewBox().viewRect()

    def viewRangeChanged(self) -> None:  # noqa: N802 - pyqtgraph hook
        self.prepareGeometryChange()
        self.update()

    def paint(self, painter, option, widget=None):  # noqa: D401 - Qt override
        view = self._plot.getViewBox()
        rect = view.viewRect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for side in self._sides:
            axis = self._plot.getAxis(side)
            colour = axis.pen().color()
            colour.setAlpha(64)  # as pyqtgraph's own grid at alpha 0.25
            pen = QPen(colour)
            pen.setCosmetic(True)
            painter.setPen(pen)
            vertical = side == "bottom"
            for value in _tick_values(axis, view.width() if vertical else view.height()):
                if vertical and rect.left() <= value <= rect.right():
                    painter.drawLine(QLineF(value, rect.top(), value, rect.bottom()))
                elif not vertical and rect.top() <= value <= rect.bottom():
                    painter.drawLine(QLineF(rect.left(), value, rect.right(), value))


def _tick_values(axis, length: float) -> list[float]:
    """Where `axis` puts its labelled (first-level) ticks, in view coordinates."""
    if axis._tickLevels is not None:  # ticks set by us (the log concurrency axis)
        return [value for value, _ in axis._tickLevels[0]] if axis._tickLevels else []
    if length <= 0:
        return []
    levels = axis.tickValues(axis.range[0], axis.range[1], length)
    return list(levels[0][1]) if levels else []


def name_axis(axis, names) -> None:
    """Label a category axis with `names` (one per whole position) and make it wide enough for
    the longest now: pyqtgraph only widens an axis after painting it once, so a screenshot or an
    export would otherwise show the first frame without the names."""
    from PySide6.QtGui import QFontMetrics

    axis.setTicks([[(i, name) for i, name in enumerate(names)]])
    metrics = QFontMetrics(axis.style.get("tickFont") or axis.font())
    widest = max((metrics.horizontalAdvance(name) for name in names), default=0)
    axis.setWidth(widest + 16)


class Overlay:
    """What every plot here lays over its data: a grey message that replaces an empty plot, and
    the hover read-out box. Neither counts towards the axis range."""

    def __init__(self, plot_item) -> None:
        self._plot = plot_item
        self.message = pg.TextItem(anchor=(0.5, 0.5), color=(110, 110, 110))
        self.message.setZValue(200)
        self.message.hide()
        self.hover = pg.TextItem(anchor=(0, 1), fill=pg.mkBrush(255, 255, 255, 220), color=(20, 20, 20))
        self.hover.setZValue(100)
        self.hover.hide()
        plot_item.addItem(self.message, ignoreBounds=True)
        plot_item.addItem(self.hover, ignoreBounds=True)

    def show_message(self, text: str) -> None:
        """Show `text` in the middle of the plot; "" hides it."""
        if not text:
            self.message.hide()
            return
        self.message.setText(text)
        self.message.setPos(self._plot.getViewBox().viewRect().center())
        self.message.show()

    def message_text(self) -> str:
        return self.message.toPlainText() if self.message.isVisible() else ""


def retire_items(by_key: dict, keep: set, plot_item, legend) -> list:
    """Remove the items of accelerators no longer shown (entries are [item, item, style]);
    returns the items still drawn."""
    for key in [k for k in by_key if k not in keep]:
        for item in by_key.pop(key)[:2]:
            legend.removeItem(item)
            plot_item.removeItem(item)
    return [item for entry in by_key.values() for item in entry[:2]]


#: (accelerator id) -> colour, from the application state's ColourBook.
ColourFor = Callable[[str], str]


class ResultsView(QWidget):
    """Base of the plot tabs. Subclasses implement `show_results` and `export_items`."""

    #: (accelerator index, concurrency index or -1): the point a user hovers, for "why this number".
    point_hovered = Signal(int, int)

    title = "results"

    def show_results(self, results, colour_for: ColourFor) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def set_line_width(self, width: float) -> None:
        """Demo mode draws thicker lines."""

    def message(self) -> str:
        return ""


def empty_message(results) -> str:
    """The message to show instead of a plot, or "" when there is something to draw."""
    if results is None:
        return QWidget.tr("No results: the scenario could not be computed.")  # type: ignore[arg-type]
    return results.message
