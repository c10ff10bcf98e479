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
