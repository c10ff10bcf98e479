""""Why this number": the breakdown behind the point or row the user is looking at.

It shows what the estimator reports for that configuration: where a decode step's time goes
(compute, memory traffic, communication, fixed overhead), what fills device memory, the figures
used with their confidence and source, and the efficiencies applied. The content comes from
`desktop_app.plans.results.explain_point`, so the PDF report can print the same breakdown.
"""

from __future__ import annotations

import html

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from desktop_app.ui import labels
from desktop_app.ui.labels import CONFIDENCE_COLOURS


class ExplainPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.show_hint()

    def show_hint(self) -> None:
        self.browser.setHtml(f"<p style='color:{self._muted()}'>" + html.escape(self.tr(
            "Hover over a point in a plot, or select a row of the table, to see where its numbers "
            "come from.")) + "</p>")

    def _muted(self) -> str:
        """Secondary text colour of the current theme (readable on light and dark)."""
        return self.palette().color(QPalette.ColorRole.PlaceholderText).name()

    def show_breakdown(self, info: dict) -> None:
        e = html.escape
        muted = self._muted()
        parts = [f"<h3 style='margin:2px 0'>{e(info['title'])}</h3>"]
        if info.get("subtitle"):
            parts.append(f"<p style='margin:0 0 6px 0;color:{muted}'>{e(info['subtitle'])}</p>")
        if not info.get("fits", True):
            invalid = e(self.tr("Not a valid configuration"))
            parts.append(f"<p style='color:#B3261E'><b>{invalid}:</b> "
                         f"{e(info.get('reason', ''))}</p>")
        for heading, rows in info.get("sections", ()):
            parts.append(f"<p style='margin:8px 0 2px 0'><b>{e(heading)}</b></p><table cellspacing='0' "
                         "cellpadding='2'>")
            for row in rows:
                label, value = row[0], row[1]
                extra = ""
                if len(row) > 2 and row[2]:
                    confidence, source, url = row[2], row[3] if len(row) > 3 else "", row[4] if len(row) > 4 else ""
                    # A catalog figure: its field name reads as its label, the confidence in words.
                    unit = labels.field_unit(label)
                    label = labels.field_label(label) + (f" ({unit})" if unit else "")
                    shown_confidence = labels.confidence_words().get(confidence, confidence)
                    colour = CONFIDENCE_COLOURS.get(confidence, "#5A6270")
                    badge = (f"<span style='background:{colour};color:white;"
                             f"padding:0 4px'>&nbsp;{e(shown_confidence)}&nbsp;</span>")
                    link = f"<a href='{e(url)}'>{e(source)}</a>" if url else e(source or "")
                    extra = f"<td>{badge}</td><td style='color:{muted}'>{link}</td>"
                parts.append(f"<tr><td style='padding-right:10px'>{e(label)}</td>"
                             f"<td align='right'><b>{e(value)}</b></td>{extra}</tr>")
            parts.append("</table>")
        for note in info.get("notes", ()):
            parts.append(f"<p style='color:{muted};margin:4px 0'>{e(note)}</p>")
        self.browser.setHtml("".join(parts))

    def text(self) -> str:
        return self.browser.toPlainText()
