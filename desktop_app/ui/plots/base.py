"""What every results tab shares: a title, a clear message when there is nothing valid to draw."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

def style_axes(plot_item, sides=("bottom", "left")) -> None:
    """Axes as every plot here wants them: units live in the label text (no automatic "x1e+3"
    prefix to contradict them), and grid lines at the labelled ticks only — finer levels are hard
    to read and each grid line costs a full-width stroke on every repaint."""
    for side in sides:
        axis = plot_item.getAxis(side)
        axis.enableAutoSIPrefix(False)
        axis.setStyle(maxTickLevel=0)


class Overlay:
    """What every plot here lays over its data: a grey message that replaces an empty plot, and
    the hover read-out box. Neither counts towards the axis range."""

    def __init__(self, plot_item) -> None:
        import pyqtgraph as pg

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
