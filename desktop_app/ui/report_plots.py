"""The app's own plot views, rendered offscreen at a fixed size for reports and image exports.

A report must show the same plots as the window, so it builds the real views (`desktop_app.ui.plots`)
in the light theme, lays them out at a fixed size without showing them, and paints their pyqtgraph
scenes through a QPainter: onto a PDF page (vector), an SVG generator (vector) or a QImage (PNG).
Hover read-outs are hidden until the mouse moves, so they never appear in an export.

Cosmetic pens (pyqtgraph's default) keep their width in device pixels whatever the painter's scale,
so the PDF writer runs at 96 dpi: a 2-pixel curve is then 0.53 mm on paper, not a 1200-dpi hairline.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QBoxLayout, QGraphicsPathItem

from desktop_app.ui.plots.base import ResultsView
from desktop_app.ui.plots.cost import CostPlot
from desktop_app.ui.plots.memory import MemoryPlot
from desktop_app.ui.plots.pareto import ParetoPlot
from desktop_app.ui.plots.roofline import RooflinePlot
from desktop_app.ui.plots.tco import TcoPlot
from desktop_app.ui.plots.throughput import ThroughputPlot
from desktop_app.ui.theme import LIGHT, ColourBook

#: `translate("Report", "literal")` is what pyside6-lupdate extracts (a helper would hide the text).
translate = QCoreApplication.translate

#: The plot views in tab order; the keys are `main_window.TAB_NAMES` (file names of exports).
VIEW_CLASSES: dict[str, type[ResultsView]] = {
    "throughput": ThroughputPlot,
    "pareto": ParetoPlot,
    "memory": MemoryPlot,
    "tco": TcoPlot,
    "cost": CostPlot,
    "roofline": RooflinePlot,
}



def plot_titles() -> dict[str, str]:
    return {
        "throughput": translate("Report", "Throughput vs concurrency"),
        "pareto": translate("Report", "Throughput vs interactivity"),
        "memory": translate("Report", "Memory fit per device"),
        "tco": translate("Report", "Total cost of ownership"),
        "cost": translate("Report", "Cost per million output tokens"),
        "roofline": translate("Report", "Roofline"),
    }


def plot_captions(currency: str | None = None) -> dict[str, str]:
    """How to read each plot, in plain words (the report prints these under the plots).

    `currency` names the currency the money plots show (`report_content.Money.unit`: the plot views
    convert with `desktop_app.ui.money`, as the report's text does); USD when not given."""
    currency = currency or translate("Report", "USD")
    return {
        "throughput": translate("Report",
            "Output tokens per second of one replica of each option (the legend gives its devices "
            "per replica) as the number of concurrent requests grows; the horizontal axis is "
            "logarithmic. Shaded bands are the uncertainty range. A cross marks where a "
            "configuration stops being valid (memory runs out or the runtime's batch limit is "
            "reached); nothing is drawn beyond it. Higher is better. The curve flattens where a "
            "decode step stops being limited by memory traffic and becomes limited by compute."),
        "pareto": translate("Report",
            "Each faint dot is one candidate layout and concurrency of an accelerator; the joined "
            "dots are its Pareto front: no other configuration of that accelerator is better on both "
            "axes at once. To the right, each user sees more tokens per second (a more interactive "
            "service); upwards, each device produces more output (a cheaper service). Read the "
            "fronts at the per-user speed you need: the higher front there is the more efficient "
            "accelerator."),
        "memory": translate("Report",
            "Memory each device needs at the operating point, stacked: model weights, KV cache "
            "(the attention state of the requests in flight), activations and the runtime's own "
            "overhead. The dashed line is the device's memory capacity. The text after a bar gives "
            "the devices per replica; grey bars mark options that do not fit at these settings."),
        "tco": translate("Report",
            "Top: cumulative cost of each sized deployment over its years in service; hardware and "
            "software porting are paid at year 0, power, hosting and maintenance accrue each year. "
            "Bottom: what the total is made of at the end of the period, in million {0}. Options "
            "without a known price cannot be costed and are marked.").format(currency),
        "cost": translate("Report",
            "Cost per million output tokens, in {0}: the total cost of ownership spread over the "
            "tokens the deployment serves at the planned utilisation. The error bars show the range that "
            "follows from the uncertainty of the throughput estimate. Lower is better. Bars that "
            "overlap in range do not separate the options with confidence.").format(currency),
        "roofline": translate("Report",
            "Each line is an accelerator's roof: the compute it can attain at a given arithmetic "
            "intensity, the smaller of its peak compute and its memory bandwidth times the "
            "intensity (both axes logarithmic). Dots are the decode steps along the concurrency "
            "sweep: larger batches reuse each weight for more tokens and move right. Dots on the "
            "sloped part are memory-bound; dots far below the roof are held back by communication "
            "or fixed per-step overheads."),
    }


def default_colours(results) -> Callable[[str], str]:
    """A colour per accelerator, in the order of the results (what the window shows for a fresh
    selection), for callers without the application state's ColourBook."""
    book = ColourBook()
    book.assign(list(getattr(results, "accelerator_ids", ()) or ()))
    return book.colour


@contextmanager
def light_plot_style() -> Iterator[None]:
    """pyqtgraph's defaults for plots created inside: the light theme's ink, no background."""
    keys = ("foreground", "background", "antialias")
    old = {key: pg.getConfigOption(key) for key in keys}
    pg.setConfigOptions(foreground=LIGHT.plot_foreground, background=None, antialias=True)
    try:
        yield
    finally:
        pg.setConfigOptions(**old)


def build_view(name: str, results, colour_for: Callable[[str], str], size: tuple[int, int],
               stacked: bool = False) -> ResultsView:
    """The named plot view, showing `results`, laid out at `size` (logical pixels), never shown
    on screen. `stacked` puts side-by-side panels (the TCO view) one above the other, for a
    portrait page. The caller disposes of it (`dispose_view`)."""
    with light_plot_style():
        view = VIEW_CLASSES[name]()
    layout = view.layout()
    if stacked and isinstance(layout, QBoxLayout) and layout.count() > 1:
        layout.setDirection(QBoxLayout.Direction.TopToBottom)
    # Lay the text out with unhinted (design) metrics, as a PDF or SVG draws it; with the
    # screen's hinted metrics text prints wider than the room measured for it (legends clip).
    font = QFont(QApplication.font())
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    view.setFont(font)
    for widget in view.findChildren(pg.PlotWidget):
        widget.scene().setFont(font)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    view.resize(QSize(*size))
    view.show()
    view.show_results(results, colour_for)
    # Let the layouts and the view boxes settle at this size before anything paints.
    QApplication.processEvents()
    return view


def dispose_view(view: ResultsView) -> None:
    view.hide()
    view.deleteLater()


def paint_view(view: ResultsView, painter: QPainter, target: QRectF) -> None:
    """Paint the view's plots into `target` (painter coordinates) as vector drawing commands.

    Each pyqtgraph scene is rendered through the painter (QGraphicsScene.render), so a PDF or SVG
    device receives lines, paths and text, not a bitmap. The view keeps its aspect ratio.
    """
    width, height = max(view.width(), 1), max(view.height(), 1)
    scale = min(target.width() / width, target.height() / height)
    painter.save()
    painter.translate(target.left() + (target.width() - width * scale) / 2,
                      target.top() + (target.height() - height * scale) / 2)
    painter.scale(scale, scale)
    for widget in view.findChildren(pg.PlotWidget):
        if not widget.isVisibleTo(view):
            continue
        corner = widget.mapTo(view, QPoint(0, 0))
        where = QRectF(corner.x(), corner.y(), widget.width(), widget.height())
        scene = widget.scene()
        # Export mode, as pyqtgraph's own exporters set it: scatter symbols are drawn as paths
        # rather than copied from a bitmap atlas, so they stay vectors in a PDF or SVG.
        items = [item for item in scene.items() if hasattr(item, "setExportMode")]
        options = {"antialias": True, "background": None, "painter": painter}
        for item in items:
            item.setExportMode(True, options)
        # A curve or band with no valid point draws nothing, but on a PDF its empty path still
        # writes a stray "closepath" that readers complain about; leave such items out.
        scene.prepareForPaint()  # bring lazily built paths up to date before looking at them
        empty = [item for item in scene.items() if item.isVisible() and _empty_path(item)]
        for item in empty:
            item.setVisible(False)
        try:
            scene.render(painter, where, widget.sceneRect())
        finally:
            for item in items:
                item.setExportMode(False)
            for item in empty:
                item.setVisible(True)
    painter.restore()


def _empty_path(item) -> bool:
    if isinstance(item, QGraphicsPathItem):
        return item.path().isEmpty()
    if isinstance(item, pg.PlotCurveItem):
        return item.getPath().isEmpty()
    return False


def write_png(view: ResultsView, path: Path) -> None:
    """A PNG of the view at twice its logical size (sharp on high-density screens and slides)."""
    ratio = 2.0
    image = QImage(QSize(int(view.width() * ratio), int(view.height() * ratio)),
                   QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor(LIGHT.plot_background))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    paint_view(view, painter, QRectF(0, 0, view.width(), view.height()))
    painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError(translate("Report", "Could not write {0}").format(path))


def write_svg(view: ResultsView, path: Path, title: str = "") -> None:
    """An SVG of the view (vector), on a white background so it reads in any viewer."""
    from PySide6.QtSvg import QSvgGenerator

    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(QSize(view.width(), view.height()))
    generator.setViewBox(QRectF(0, 0, view.width(), view.height()))
    generator.setResolution(96)
    generator.setTitle(title)
    generator.setDescription(translate("Report", "Accelerator Planner plot"))
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError(translate("Report", "Could not write {0}").format(path))
    painter.fillRect(QRectF(0, 0, view.width(), view.height()), QColor(LIGHT.plot_background))
    paint_view(view, painter, QRectF(0, 0, view.width(), view.height()))
    painter.end()
