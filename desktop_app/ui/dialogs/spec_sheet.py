"""Every field of one catalog entry with its unit, source, confidence and note.

The sheet is rich text in a QTextBrowser: sources are links that open in the browser, the text can
be selected and copied into a report, and it scrolls as one page. Confidence is a coloured badge
that also spells the word (labels.CONFIDENCE_COLOURS), so it reads in grey-scale and on a projector.
Published measurements that name the entry follow as independent evidence.
"""

from __future__ import annotations

import dataclasses
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.catalog.records import MeasuredResult, Spec, spec_fields, text_fields
from desktop_app.catalog.queries import UnknownIdError
from desktop_app.ui import labels
from desktop_app.ui.dialogs import fit_to_screen
from desktop_app.ui.i18n import catalog_text
from desktop_app.ui.state import AppState

#: Kinds the form can edit (systems are shipped-only in the form for now).
EDITABLE = ("accelerators", "models")


class SpecSheetDialog(QDialog):
    """The spec sheet of `entity_id` of `kind` ("accelerators", "systems" or "models")."""

    def __init__(self, state: AppState, kind: str, entity_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._state = state
        self.kind = kind
        self.entity_id = entity_id
        self.record: Any = None
        fit_to_screen(self, 920, 720)
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(self.title.textFormat().RichText)
        layout.addWidget(self.title)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(
            self.tr("Change figures: your version is kept apart from the shipped one")
        )
        self.revert_button = QPushButton(self.tr("Remove my version…"))
        self.revert_button.setToolTip(
            self.tr("Go back to the shipped figures, or delete an entry you added")
        )
        buttons.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.edit_button.clicked.connect(self.edit)
        self.revert_button.clicked.connect(self._on_revert_clicked)
        layout.addWidget(buttons)
        self.edit_button.setVisible(kind in EDITABLE)
        state.catalog_changed.connect(self._reload)
        self._reload()

    # --- content ----------------------------------------------------------------------------
    def _reload(self) -> None:
        catalog = self._state.catalog
        try:
            self.record = catalog.get(self.kind, self.entity_id)
        except UnknownIdError:
            if self.record is None:
                raise  # asked for an entry that does not exist
            self.close()  # removed by the user elsewhere
            return
        record = self.record
        self.setWindowTitle(self.tr("Spec sheet: {0}").format(catalog_text(record.name)))
        self.title.setText(self._title_html(record))
        self.revert_button.setVisible(record.layer == "user" and self.kind in EDITABLE)
        self.browser.setHtml(self.html())

    def _title_html(self, record: Any) -> str:
        facts = [escape(record.id)]
        vendor = getattr(record, "vendor", None) or getattr(record, "developer", None)
        if vendor:
            names = {v.id: v.name for v in self._state.catalog.vendors()}
            facts.append(escape(names.get(vendor, vendor)))
        for key in ("kind", "status", "attention"):
            value = getattr(record, key, None)
            if value:
                facts.append(escape(labels.choice_word(key, value)))
        yours = ""
        if record.layer == "user":
            mark = escape(self.tr("(yours)"))
            yours = f' <span style="color:{_muted()}">{mark}</span>'
        return (
            f'<span style="font-size:15pt; font-weight:600">{escape(catalog_text(record.name))}</span>{yours}<br>'
            f'<span style="color:{_muted()}">{" · ".join(facts)}</span>'
        )

    def html(self) -> str:
        """The sheet's body as rich text (public so tests and reports can read it)."""
        record = self.record
        parts = [self._specs_html(record), self._details_html(record), self._measured_html(record)]
        return "".join(parts)

    def _source_html(self, source_id: str | None) -> str:
        if not source_id:
            none_given = escape(self.tr("no source given"))
            return f'<span style="color:{_muted()}">{none_given}</span>'
        try:
            source = self._state.catalog.source(source_id)
        except UnknownIdError:
            return escape(source_id)
        title = escape(source.title)
        text = f'<a href="{escape(source.url, quote=True)}">{title}</a>' if source.url else title
        extra = [x for x in (source.publisher, source.date) if x]
        if source.document and source.url is None:
            extra.insert(0, source.document)
        if extra:
            text += f' <span style="color:{_muted()}">({escape(", ".join(extra))})</span>'
        return text

    def _specs_html(self, record: Any) -> str:
        rows = []
        for index, f in enumerate(spec_fields(type(record))):
            spec: Spec = getattr(record, f.name)
            label, unit = labels.field_labels().get(f.name, (f.name, ""))
            background = _alternate() if index % 2 else ""
            if spec.known:
                value = escape(labels.format_spec(f.name, spec, with_unit=False))
                badge = confidence_badge(spec.confidence)
                source = self._source_html(spec.source)
            else:
                value = f'<span style="color:{_muted()}">{escape(labels.unknown_text())}</span>'
                badge = source = ""
            note = escape(catalog_text(spec.note))
            rows.append(
                f"<tr{background}><td>{escape(label)}</td>"
                f'<td align="right"><b>{value}</b></td><td>{escape(unit)}</td>'
                f"<td>{badge}</td><td>{source}</td><td>{note}</td></tr>"
            )
        header = "".join(
            f'<th align="left">{escape(h)}</th>'
            for h in (
                self.tr("Figure"),
                self.tr("Value"),
                self.tr("Unit"),
                self.tr("Confidence"),
                self.tr("Source"),
                self.tr("Note"),
            )
        )
        heading = escape(self.tr("Figures"))
        return (
            f"<h3>{heading}</h3>"
            f'<table width="100%" cellspacing="0" cellpadding="4"><tr>{header}</tr>{"".join(rows)}</table>'
        )

    def _details_html(self, record: Any) -> str:
        catalog = self._state.catalog
        names: dict[str, dict[str, str]] = {
            "vendor": {v.id: v.name for v in catalog.vendors()},
            "software_stack": {s.id: s.name for s in catalog.stacks()},
        }
        if self.kind == "systems":
            names["accelerator"] = {a.id: catalog_text(a.name) for a in catalog.accelerators()}
        rows = []
        fields = [f for f in text_fields(type(record)) if f.name not in ("id", "name")]
        flags = [f for f in dataclasses.fields(record) if f.metadata.get("flag")]
        for index, f in enumerate(fields + flags):
            value = getattr(record, f.name)
            background = _alternate() if index % 2 else ""
            if f.metadata.get("flag"):
                shown = escape(labels.yes_no(value))
            elif value is None or value == "":
                shown = f'<span style="color:{_muted()}">{escape(labels.unknown_text())}</span>'
            elif f.name == "source":
                shown = self._source_html(value)
            elif f.name == "confidence":
                shown = confidence_badge(value)
            elif f.name == "origin":
                shown = escape(labels.country_name(value))
            elif f.name in names:
                shown = escape(names[f.name].get(value, value))
            else:
                shown = escape(labels.choice_word(f.name, value))
            rows.append(
                f'<tr{background}><td width="28%">{escape(labels.field_label(f.name))}</td><td>{shown}</td></tr>'
            )
        heading = escape(self.tr("Details"))
        return (
            f"<h3>{heading}</h3>"
            f'<table width="100%" cellspacing="0" cellpadding="4">{"".join(rows)}</table>'
        )

    def measured_results(self) -> list[MeasuredResult]:
        """Published measurements that name this entry (a system: its accelerator)."""
        wanted = self.record.accelerator if self.kind == "systems" else self.entity_id
        column = "model" if self.kind == "models" else "accelerator"
        return [m for m in self._state.catalog.measured_results() if getattr(m, column) == wanted]

    def _measured_html(self, record: Any) -> str:
        results = self.measured_results()
        heading = escape(self.tr("Measured results"))
        title = f"<h3>{heading}</h3>"
        if not results:
            none_yet = escape(self.tr("No published measurement in the catalog names this entry yet."))
            return (
                title
                + f'<p style="color:{_muted()}">{none_yet}</p>'
            )
        catalog = self._state.catalog
        names = {m.id: m.name for m in catalog.models()} | {
            a.id: catalog_text(a.name) for a in catalog.accelerators()
        }
        intro = self.tr("Published measurements, independent of the figures above: {0}").format(
            len(results)
        )
        rows = []
        for index, m in enumerate(results):
            other = names.get(m.model if self.kind != "models" else m.accelerator, "")
            setup = self.tr("{0} × {1}, TP {2} PP {3} EP {4}, {5}/{6}, {7}").format(
                m.devices,
                names.get(m.accelerator, m.accelerator),
                m.tp,
                m.pp,
                m.ep,
                m.weight_precision,
                m.kv_precision,
                m.runtime,
            )
            batch = self.tr("max") if m.batch is None else str(m.batch)
            load = self.tr("batch {0}, in {1} / out {2} tokens").format(
                batch, m.input_len, m.output_len
            )
            background = _alternate() if index % 2 else ""
            rows.append(
                f"<tr{background}><td>{escape(other if self.kind != 'models' else names.get(m.accelerator, ''))}"
                f"<br><small>{escape(setup)}<br>{escape(load)}</small></td>"
                f"<td>{escape(metric_label(m.metric))}</td>"
                f'<td align="right"><b>{escape(labels.format_number(m.value))}</b></td>'
                f"<td><small>{escape(m.source)}{('<br>' + escape(catalog_text(m.notes))) if m.notes else ''}</small></td></tr>"
            )
        header = "".join(
            f'<th align="left">{escape(h)}</th>'
            for h in (self.tr("Run"), self.tr("Metric"), self.tr("Value"), self.tr("Source"))
        )
        return (
            f"{title}<p>{escape(intro)}</p>"
            f'<table width="100%" cellspacing="0" cellpadding="4"><tr>{header}</tr>{"".join(rows)}</table>'
        )

    # --- actions ----------------------------------------------------------------------------
    def edit(self) -> None:
        from desktop_app.ui.dialogs.edit_entry import EditEntryDialog

        dialog = EditEntryDialog(self._state, self.kind, self.record, parent=self)
        dialog.exec()
        dialog.deleteLater()

    def _on_revert_clicked(self) -> None:
        question = self.tr(
            "Remove your version of {0}?\n\nAn entry that came with the catalog shows its shipped "
            "figures again; an entry you added yourself is deleted."
        ).format(self.record.name)
        answer = QMessageBox.question(self, self.windowTitle(), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        catalog = self._state.catalog
        # revert() drops the user row: a shipped row underneath shows again, a user-only entry goes.
        catalog.revert(self.kind, self.entity_id)
        try:
            catalog.get(self.kind, self.entity_id)
        except UnknownIdError:
            if self.kind == "accelerators":
                self._state.toggle_accelerator(self.entity_id, False)
        self._state.catalog_modified()


def confidence_badge(confidence: str | None) -> str:
    """A coloured badge that spells the confidence word (rich text)."""
    if not confidence:
        return f'<span style="color:{_muted()}">{escape(labels.unknown_text())}</span>'
    colour = labels.CONFIDENCE_COLOURS.get(confidence, "#5A6270")
    word = escape(labels.choice_word("confidence", confidence))
    return (
        f'<span style="background-color:{colour}; color:#FFFFFF; font-weight:600">'
        f"&nbsp;{word}&nbsp;</span>"
    )


def metric_label(metric: str) -> str:
    translate = QCoreApplication.translate  # this name, literal texts: pyside6-lupdate finds them
    return {
        "output_tokens_per_s": translate("SpecSheetDialog", "output tokens/s, all devices"),
        "output_tokens_per_s_per_device": translate(
            "SpecSheetDialog", "output tokens/s per device"
        ),
        "per_user_tokens_per_s": translate("SpecSheetDialog", "tokens/s per user"),
        "prefill_tokens_per_s": translate("SpecSheetDialog", "prefill tokens/s"),
        "memory_per_device_gib": translate("SpecSheetDialog", "memory per device, GiB"),
    }.get(metric, metric)


def _muted() -> str:
    return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText).name()


def _alternate() -> str:
    return f' bgcolor="{QGuiApplication.palette().color(QPalette.ColorRole.AlternateBase).name()}"'


if __name__ == "__main__":  # preview: python -m desktop_app.ui.dialogs.spec_sheet [ID]
    import sys

    from PySide6.QtWidgets import QApplication

    from desktop_app.catalog.store import Catalog
    from desktop_app.ui.theme import LIGHT, apply_theme

    app = QApplication(sys.argv)
    apply_theme(app, LIGHT)
    preview_catalog = Catalog.open(":memory:")
    preview_kind, _ = preview_catalog.find(sys.argv[1] if len(sys.argv) > 1 else "nvidia-h100-sxm")
    dialog = SpecSheetDialog(
        AppState(preview_catalog, compute=lambda catalog, scenario: None),
        preview_kind,
        sys.argv[1] if len(sys.argv) > 1 else "nvidia-h100-sxm",
    )
    dialog.show()
    sys.exit(app.exec())
