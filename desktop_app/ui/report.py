"""The plan's report: a multi-page A4 PDF, and the plots as PNG or SVG images.

`render_pdf(plan, results, catalog, path)` writes, in this order: a cover; a table of contents with
page numbers; a one-page summary with the recommended option and why; the scenario and every
assumption (cost inputs, prices, the cost defaults with their sources); the comparison table; every
plot with a caption saying how to read it; a spec sheet per accelerator (each figure with its unit,
confidence and source); the methodology, the uncertainty ranges and a disclaimer. Every page has a
running header and a footer with "page N of M".

Text pages are rich text (QTextDocument, `desktop_app.ui.report_content`) paginated at the page's
text area; plot pages paint the app's own plot views through the PDF painter, so the plots are
vectors and look as they do in the window (`desktop_app.ui.report_plots`). Layout runs twice: once
to count pages (the table of contents needs every section's first page), once to draw.

`render_plot_images(results, folder, "png"|"svg")` writes one image per plot, named by the tab
names of the main window (throughput.png, pareto.png, ...).

Files are written atomically: to a temporary file in the same folder, then moved over the target
with `os.replace`, so a failed export never leaves a half-written report or destroys the old one.
Rendering needs a QApplication (the views are widgets); it runs on the GUI thread.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from desktop_app import __version__
from desktop_app.ui import labels
from desktop_app.ui import report_content as content
from desktop_app.ui import report_plots as plots
from desktop_app.ui.i18n import catalog_text

#: `translate("Report", "literal")` is what pyside6-lupdate extracts (a helper would hide the text).
translate = QCoreApplication.translate

#: Plot file names, in tab order (the same as `main_window.TAB_NAMES`, checked by the tests).
PLOT_NAMES = tuple(plots.VIEW_CLASSES)
IMAGE_FORMATS = ("png", "svg")

#: The PDF device's resolution. 96 dpi keeps pyqtgraph's cosmetic pens (widths in device pixels)
#: at a printable width; text and plots are vectors, so nothing is lost in sharpness.
DPI = 96
MM = DPI / 25.4
PAGE_MARGINS_MM = (18.0, 24.0, 18.0, 20.0)  # left, top, right, bottom (header and footer inside)
#: Height of a plot on a page as a share of the text width; the views are laid out at the
#: page's own size (one logical pixel = one device pixel), since pyqtgraph's legend text does not
#: follow a scaled painter onto a PDF and would overflow its box.
PLOT_ASPECT = 0.78
PLOT_ASPECT_STACKED = 1.18  # the TCO view's two panels, one above the other
BODY_PT = 10.0


class ReportError(OSError):
    """A report or image could not be written; the message names the file."""



# --- images ------------------------------------------------------------------------------------------


def render_plot_images(results, folder, fmt: str = "png", size: tuple[int, int] = (1200, 700),
                       colour_for: Callable[[str], str] | None = None) -> list[Path]:
    """One image per plot view in `folder` ("throughput.png", ...); returns their paths.

    PNG is a bitmap at twice `size` (logical pixels); SVG is vector. Each file is written
    atomically. Raises ReportError naming the file that could not be written.
    """
    if fmt not in IMAGE_FORMATS:
        raise ValueError(f"fmt must be one of {IMAGE_FORMATS}, got {fmt!r}")
    _need_application()
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReportError(translate("Report", "Could not create the folder {0}: {1}").format(folder, exc)) from exc
    colour_for = colour_for or plots.default_colours(results)
    titles = plots.plot_titles()
    written = []
    for name in PLOT_NAMES:
        path = folder / f"{name}.{fmt}"
        view = plots.build_view(name, results, colour_for, size)
        try:
            if fmt == "png":
                _atomic_write(path, lambda tmp, v=view: plots.write_png(v, tmp))
            else:
                _atomic_write(path, lambda tmp, v=view, t=titles[name]: plots.write_svg(v, tmp, t))
        finally:
            plots.dispose_view(view)
        written.append(path)
    return written


# --- the PDF -----------------------------------------------------------------------------------------


def render_pdf(plan, results, catalog, path, language: str = "en",
               colour_for: Callable[[str], str] | None = None) -> Path:
    """Write the plan's report to `path` (A4 PDF) and return the path.

    `results` are the plan's computed results (`compute_results(catalog, plan.scenario)`);
    `language` is the report's language ("en", "zh_CN"; usually `plan.language`): its translator
    is installed while the report renders and the application's own is restored afterwards, so a
    plan can be exported in either language whatever the interface shows. Raises ReportError
    naming the file when it cannot be written; an existing file at `path` is then left as it was.
    """
    from desktop_app.ui import i18n

    _need_application()
    path = Path(path)
    colour_for = colour_for or plots.default_colours(results)
    i18n.register_cjk_font()  # headless exports start no window, so nothing else has
    with i18n.using_language(language):
        from PySide6.QtCore import QCoreApplication

        from desktop_app.plans.results import in_language

        results = in_language(results, catalog, QCoreApplication.translate)
        _atomic_write(path, lambda tmp: _write_pdf(tmp, plan, results, catalog, colour_for))
    return path


def _need_application() -> None:
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        raise RuntimeError("rendering a report needs a QApplication")


def _atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    """Call `write(temporary path)` in the target's folder, then move the result over `path`."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        os.close(handle)
    except OSError as exc:
        raise ReportError(translate("Report", "Could not write {0}: {1}").format(path, exc)) from exc
    tmp = Path(name)
    try:
        write(tmp)
        # mkstemp makes the file private (0600); give it the permissions a normal save would.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except Exception as exc:
        try:
            tmp.unlink()
        except OSError:
            pass
        if isinstance(exc, ReportError) and str(path) in str(exc):
            raise
        raise ReportError(translate("Report", "Could not write {0}: {1}").format(path, exc)) from exc


@dataclass
class _Section:
    """A run of pages: a text document, a plot page, the cover or the table of contents."""

    kind: str  # "cover", "toc", "text", "plot"
    title: str = ""  # the table-of-contents entry ("" for none)
    level: int = 0
    doc: QTextDocument | None = None
    plot: str = ""
    caption: QTextDocument | None = None
    pages: int = 1
    first_page: int = 0
    #: Extra table-of-contents entries inside the section: (level, title, heading text).
    inner: list[tuple[int, str, str]] = field(default_factory=list)


class _Layout:
    """Page geometry in device units (1/96 inch) and text documents sized to it."""

    def __init__(self, writer: QPdfWriter):
        self.writer = writer
        self.page = QRectF(0, 0, writer.width(), writer.height())
        left, top, right, bottom = (m * MM for m in PAGE_MARGINS_MM)
        self.body = QRectF(left, top, self.page.width() - left - right,
                           self.page.height() - top - bottom)
        self.font = QFont(QFont().family())
        self.font.setPointSizeF(BODY_PT)

    def document(self, html: str, height: float | None = None) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.writer)
        doc.setDefaultFont(self.font)
        doc.setUseDesignMetrics(True)
        doc.setDocumentMargin(0)
        doc.setDefaultStyleSheet(content.STYLE_SHEET)
        doc.setPageSize(QSizeF(self.body.width(), height or self.body.height()))
        doc.setHtml(f"<body>{html}</body>")
        return doc


def _write_pdf(path: Path, plan, results, catalog, colour_for) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(plan.title)
    writer.setCreator(f"Accelerator Planner {__version__}")
    layout = _Layout(writer)
    sections = _sections(layout, plan, results, catalog, colour_for)
    # Page numbers: the contents page(s) need every section's first page, and may themselves
    # grow with the number of entries; two passes settle it.
    toc = sections[1]
    for _ in range(2):
        page = 1
        for section in sections:
            section.first_page = page
            page += section.pages
        toc.doc = layout.document(content.toc_html(_toc_entries(sections)))
        toc.pages = _pages(toc.doc)
    total = sum(s.pages for s in sections)

    painter = QPainter()
    if not painter.begin(writer):
        raise ReportError(translate("Report", "Could not write {0}").format(path))
    try:
        number = 0
        for section in sections:
            for index in range(section.pages):
                if number:
                    writer.newPage()
                number += 1
                _draw_furniture(painter, layout, plan, results, number, total,
                                cover=section.kind == "cover")
                if section.kind == "cover":
                    _draw_cover(painter, layout, section)
                elif section.kind == "plot":
                    _draw_plot_page(painter, layout, section, results, colour_for)
                else:
                    _draw_text_page(painter, layout, section.doc, index)
    finally:
        ok = painter.end()
    if not ok:
        raise ReportError(translate("Report", "Could not write {0}").format(path))


def _sections(layout: _Layout, plan, results, catalog, colour_for) -> list[_Section]:
    def text(title: str, html: str, inner=()) -> _Section:
        doc = layout.document(html)
        return _Section("text", title, 0, doc, pages=_pages(doc), inner=list(inner))

    cover = _Section("cover")
    cover.doc = layout.document(content.cover_html(plan, results, catalog, colour_for))
    cover.caption = layout.document(content.cover_footnote_html(results))
    sections = [cover, _Section("toc")]
    sections.append(text(translate("Report", "Summary and recommendation"),
                         content.summary_html(plan, results, catalog, colour_for)))
    sections.append(text(translate("Report", "Scenario and assumptions"),
                         content.assumptions_html(plan, results, catalog)))
    sections.append(text(translate("Report", "Comparison"), content.comparison_html(results, colour_for)))
    # The plots show money as the text does (`content.Money`); their captions name the currency.
    titles = plots.plot_titles()
    captions = plots.plot_captions(content.Money.of(plan.scenario).unit())
    for index, name in enumerate(PLOT_NAMES):
        heading = translate("Report", "Plot {0}: {1}").format(index + 1, titles[name])
        section = _Section("plot", heading, 1 if index else 0, plot=name)
        section.doc = layout.document(f"<h1>{escape(heading)}</h1>")
        how = translate("Report", "How to read it.")  # not inside the f-string: lupdate skips those
        section.caption = layout.document(f"<p><b>{escape(how)}</b> {escape(captions[name])}</p>")
        if index == 0:
            # "Plots" heads the group in the contents; the first plot is its first entry.
            section.title, section.inner = translate("Report", "Plots"), [(1, heading, "")]
        sections.append(section)
    for i, acc_id in enumerate(plan.scenario.accelerator_ids):
        try:
            acc = catalog.accelerator(acc_id)
        except LookupError:
            continue
        index = None
        if results is not None and acc_id in results.accelerator_ids:
            index = results.accelerator_ids.index(acc_id)
        section = text(translate("Report", "Spec sheet: {0}").format(catalog_text(acc.name)),
                       content.spec_sheet_html(catalog, acc, results, index, plan.scenario))
        section.level = 1
        if i == 0:
            section.inner = [(1, section.title, "")]
            section.title, section.level = translate("Report", "Spec sheets"), 0
        sections.append(section)
    sections.append(text(translate("Report", "Methodology and uncertainty"), content.methodology_html(),
                         inner=[(0, translate("Report", "Disclaimer"), translate("Report", "Disclaimer"))]))
    return sections


def _pages(doc: QTextDocument) -> int:
    """Pages the document's text reaches. QTextDocument.pageCount() also counts a page that holds
    only the bottom margin of the last paragraph, or the empty block after a final table."""
    height = doc.pageSize().height()
    bottom = 0.0
    block = doc.begin()
    while block.isValid():
        if block.text().strip():
            rect = doc.documentLayout().blockBoundingRect(block)
            lines = block.layout().boundingRect()
            bottom = max(bottom, rect.top() + lines.bottom())
        block = block.next()
    return max(1, min(doc.pageCount(), int(max(bottom - 1.0, 0.0) // height) + 1))


def _toc_entries(sections: list[_Section]) -> list[tuple[int, str, int]]:
    entries = []
    for section in sections:
        if section.title:
            entries.append((section.level, section.title, section.first_page))
        for level, title, heading in section.inner:
            page = section.first_page
            if heading and section.doc is not None:
                page += _page_of_heading(section.doc, heading)
            entries.append((level, title, page))
    return entries


def _page_of_heading(doc: QTextDocument, heading: str) -> int:
    block = doc.begin()
    height = doc.pageSize().height()
    while block.isValid():
        if block.text().strip() == heading:
            return int(doc.documentLayout().blockBoundingRect(block).top() // height)
        block = block.next()
    return 0


# --- drawing -----------------------------------------------------------------------------------------


def _draw_furniture(painter: QPainter, layout: _Layout, plan, results, number: int, total: int,
                    cover: bool) -> None:
    """The running header (not on the cover) and the footer with "page N of M"."""
    body = layout.body
    small = QFont(layout.font)
    small.setPointSizeF(8.0)
    painter.save()
    painter.setFont(small)
    muted = QColor(content.MUTED)
    rule = QPen(QColor(content.RULE))
    rule.setWidthF(0.8)
    if not cover:
        y = body.top() - 7 * MM
        box = QRectF(body.left(), y - 5 * MM, body.width(), 5 * MM)
        painter.setPen(muted)
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                         _elide(painter, plan.title, body.width() * 0.6))
        if plan.customer:
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             _elide(painter, translate("Report", "Prepared for {0}").format(plan.customer),
                                    body.width() * 0.38))
        painter.setPen(rule)
        painter.drawLine(body.left(), y + 1.5 * MM, body.right(), y + 1.5 * MM)
    y = body.bottom() + 8 * MM
    painter.setPen(rule)
    painter.drawLine(body.left(), y - 1.5 * MM, body.right(), y - 1.5 * MM)
    box = QRectF(body.left(), y, body.width(), 5 * MM)
    painter.setPen(muted)
    left = translate("Report", "Accelerator Planner · {0}").format(labels.format_date(plan.date))
    if results is not None:
        left += " · " + translate("Report", "catalog {0}").format(results.catalog_version)
    painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, left)
    painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                     translate("Report", "page {0} of {1}").format(number, total))
    painter.restore()


def _elide(painter: QPainter, text: str, width: float) -> str:
    return painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(width))


def _draw_text_page(painter: QPainter, layout: _Layout, doc: QTextDocument, index: int,
                    top: float | None = None) -> None:
    height = doc.pageSize().height()
    painter.save()
    painter.translate(layout.body.left(), (layout.body.top() if top is None else top) - index * height)
    doc.drawContents(painter, QRectF(0, index * height, doc.pageSize().width(), height))
    painter.restore()


def _draw_cover(painter: QPainter, layout: _Layout, section: _Section) -> None:
    page, body = layout.page, layout.body
    band = QRectF(0, 0, page.width(), 52 * MM)
    painter.fillRect(band, QColor(content.ACCENT))
    painter.fillRect(QRectF(0, band.bottom(), page.width(), 1.6 * MM), QColor("#56B4E9"))
    painter.save()
    font = QFont(layout.font)
    font.setPointSizeF(11)
    font.setWeight(QFont.Weight.DemiBold)
    painter.setFont(font)
    painter.setPen(QColor("#FFFFFF"))
    painter.drawText(QRectF(body.left(), 18 * MM, body.width(), 8 * MM),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     translate("Report", "ACCELERATOR PLANNER"))
    font.setPointSizeF(16)
    font.setWeight(QFont.Weight.Normal)
    painter.setFont(font)
    painter.drawText(QRectF(body.left(), 27 * MM, body.width(), 12 * MM),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     translate("Report", "Accelerator sizing and cost report"))
    painter.restore()
    _draw_text_page(painter, layout, section.doc, 0, top=band.bottom() + 22 * MM)
    note = section.caption
    note_height = note.documentLayout().documentSize().height()
    _draw_text_page(painter, layout, note, 0, top=body.bottom() - note_height)


def _draw_plot_page(painter: QPainter, layout: _Layout, section: _Section, results,
                    colour_for) -> None:
    body = layout.body
    aspect = PLOT_ASPECT_STACKED if section.plot == "tco" else PLOT_ASPECT
    width = int(body.width())
    view = plots.build_view(section.plot, results, colour_for, (width, int(width * aspect)),
                            stacked=True)
    try:
        _draw_plot(painter, layout, section, view)
    finally:
        plots.dispose_view(view)


def _draw_plot(painter: QPainter, layout: _Layout, section: _Section, view) -> None:
    body = layout.body
    _draw_text_page(painter, layout, section.doc, 0)
    title_height = section.doc.documentLayout().documentSize().height() + 2 * MM
    caption_height = section.caption.documentLayout().documentSize().height()
    available = body.height() - title_height - caption_height - 8 * MM
    width = body.width()
    height = min(available, width * view.height() / max(view.width(), 1))
    target = QRectF(body.left(), body.top() + title_height, width, height)
    plots.paint_view(view, painter, target)
    _draw_text_page(painter, layout, section.caption, 0, top=target.bottom() + 5 * MM)
