"""A form for the user's own accelerator or model, or their version of a shipped one.

Every figure carries a confidence and, optionally, a source, as in the shipped catalog: a figure the
user measured is "measured" with a source such as "my measurement, 2026-11". The form checks as the
user types (numbers, ranges, required fields) and then asks `Catalog.validate` for the final word,
so it refuses exactly what an import would. Save is disabled while anything is wrong, and the
message names the problem and the field is outlined.

Sources: the catalog's sources are offered by title; a source the catalog does not know (free text)
is kept in the figure's note as "Source: <text>", because the catalog has no API yet for the
user's own sources (see SOURCE_NOTE_PREFIX).
"""

from __future__ import annotations

import dataclasses
import re
from html import escape
from typing import Any

from PySide6.QtCore import QSignalBlocker, QStringListModel, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.catalog.convert import record_to_raw
from desktop_app.catalog.records import (
    ACCELERATOR_KINDS,
    ATTENTION_KINDS,
    AVAILABILITIES,
    CONFIDENCES,
    SPEC_RECORDS,
    STATUSES,
    Spec,
    spec_fields,
)
from desktop_app.catalog.queries import CatalogInputError
from desktop_app.catalog.validate import check_slug, parse_number
from desktop_app.ui import labels
from desktop_app.ui.dialogs import fit_to_screen
from desktop_app.ui.dialogs.spec_sheet import confidence_badge
from desktop_app.ui.state import AppState

#: Marks a free-text source kept in a figure's note (data, not UI text: never translated).
SOURCE_NOTE_PREFIX = "Source: "
#: Text fields in the form, per kind: (field, widget kind); "choice" fields use the records' choices.
TEXT_FIELDS = {
    "accelerators": (
        ("vendor", "vendor"),
        ("kind", "choice"),
        ("status", "choice"),
        ("software_stack", "stack"),
        ("memory_type", "line"),
        ("form_factor", "line"),
        ("availability_china", "choice"),
        ("notes", "line"),
    ),
    "models": (
        ("developer", "line"),
        ("origin", "line"),
        ("licence", "line"),
        ("attention", "choice"),
        ("native_precision", "line"),
        ("release_date", "line"),
        ("notes", "line"),
    ),
}
CHOICES = {
    "kind": ACCELERATOR_KINDS,
    "status": STATUSES,
    "availability_china": AVAILABILITIES,
    "attention": ATTENTION_KINDS,
}
#: Largest plausible value per field: beyond it a figure is almost surely a typo (wrong unit).
#: Sources: the largest parts in the shipped catalog (Cerebras WSE-3: 21 PB/s on-chip, 23 kW) x ~5.
PLAUSIBLE_MAX = {
    "memory_gib": 16384,
    "memory_bw_gbps": 1e8,
    "tdp_w": 200_000,
    "price_usd": 1e8,
    "release_year": 2045,
    "total_params_b": 100_000,
    "active_params_b": 100_000,
    "max_context": 1e9,
}
PLAUSIBLE_MIN = {"release_year": 1990}
INVALID_STYLE = (
    "QLineEdit, QComboBox { border: 2px solid #D55E00; border-radius: 3px; padding: 1px 3px; }"
)


def slugify(text: str) -> str:
    slug = re.sub(r"[^a-z0-9._-]+", "-", text.casefold()).strip("-._")
    return re.sub(r"-{2,}", "-", slug)


@dataclasses.dataclass
class FigureRow:
    name: str
    value: QLineEdit
    confidence: QComboBox
    source: QLineEdit
    note: QLineEdit


class EditEntryDialog(QDialog):
    """Add (`record` None) or edit an accelerator or model ("accelerators" or "models")."""

    def __init__(
        self, state: AppState, kind: str, record: Any = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        if kind not in TEXT_FIELDS:
            raise ValueError(f"the form edits accelerators and models, not {kind}")
        self._state = state
        self.kind = kind
        self.record = record
        #: The id written on a successful save.
        self.saved_id: str | None = None
        self._id_edited = record is not None
        catalog = state.catalog
        self._sources = catalog.sources()
        self._source_by_text = {s.title.casefold(): s.id for s in self._sources}
        self._source_by_text.update({s.id.casefold(): s.id for s in self._sources})
        self._source_title = {s.id: s.title for s in self._sources}
        self._existing_ids = {r.id for r in catalog.records(kind)}
        self.text_widgets: dict[str, QWidget] = {}
        self.figures: dict[str, FigureRow] = {}
        self.problems: list[tuple[str, str]] = []
        #: Source fields filled from the record: (text shown, source id), so that an untouched
        #: field keeps its exact source even when two sources share a title.
        self._kept_sources: dict[QLineEdit, tuple[str, str]] = {}
        singular = labels.kind_title_singular(kind)
        self.setWindowTitle(
            self.tr("Add your own {0}").format(singular)
            if record is None
            else self.tr("Edit {0}").format(record.name)
        )
        fit_to_screen(self, 1040, 720)
        self._build()
        if record is not None:
            self._fill(record)
        self._validate()

    # --- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Your entries and edits are kept apart from the shipped catalog: an update never "
                "overwrites them. Leave a figure empty when it is unknown; never write 0."
            )
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        content = QWidget()
        body = QVBoxLayout(content)
        top = QHBoxLayout()
        top.addWidget(self._identity_box(), 3)
        top.addWidget(self._provenance_box(), 2)
        body.addLayout(top)
        body.addWidget(self._figures_box())
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.message)
        self.select_box = QCheckBox(self.tr("Select it for comparison"))
        self.select_box.setChecked(
            self.record is None or self.record.id in self._state.scenario.accelerator_ids
        )
        self.select_box.setVisible(self.kind == "accelerators")
        outer.addWidget(self.select_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

    def _identity_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What it is"))
        form = QFormLayout(box)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("required, e.g. Ascend 910C (our lab sample)"))
        self.id_edit = QLineEdit()
        self.id_edit.setPlaceholderText(self.tr("filled in from vendor and name"))
        self.id_edit.setReadOnly(self.record is not None)
        form.addRow(self._required(labels.field_label("name")), self.name_edit)
        form.addRow(self._required(labels.field_label("id")), self.id_edit)
        self.text_widgets["name"], self.text_widgets["id"] = self.name_edit, self.id_edit
        catalog = self._state.catalog
        for name, widget_kind in TEXT_FIELDS[self.kind]:
            if widget_kind == "line":
                widget: QWidget = QLineEdit()
                if name == "release_date":
                    widget.setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD"))
                if name == "origin":
                    widget.setPlaceholderText(self.tr("country code of the developer, e.g. CN, US"))
                widget.textChanged.connect(self._validate)
            else:
                widget = QComboBox()
                widget.addItem(
                    self.tr("— choose —") if name == "vendor" else labels.unknown_text(), ""
                )
                if widget_kind == "vendor":
                    items = sorted(
                        ((v.name, v.id) for v in catalog.vendors()), key=lambda p: p[0].casefold()
                    )
                elif widget_kind == "stack":
                    items = sorted(
                        ((s.name, s.id) for s in catalog.stacks()), key=lambda p: p[0].casefold()
                    )
                else:
                    items = [(labels.choice_word(name, c), c) for c in CHOICES[name]]
                for text, key in items:
                    widget.addItem(text, key)
                widget.currentIndexChanged.connect(self._validate)
            label = labels.field_label(name)
            form.addRow(self._required(label) if name == "vendor" else label, widget)
            self.text_widgets[name] = widget
        self.name_edit.textChanged.connect(self._on_name_changed)
        self.id_edit.textEdited.connect(self._on_id_edited)
        if "vendor" in self.text_widgets:
            self.text_widgets["vendor"].currentIndexChanged.connect(self._on_name_changed)
        return box

    def _provenance_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Where the figures come from (unless a figure says otherwise)"))
        form = QFormLayout(box)
        self.source_edit = self._source_line()
        self.source_edit.setPlaceholderText(
            self.tr("a catalog source, or your own: e.g. my measurement, 2026-11")
        )
        self.confidence_box = QComboBox()
        for key in CONFIDENCES:
            self.confidence_box.addItem(self._confidence_text(key), key)
        self.confidence_box.setCurrentIndex(CONFIDENCES.index("estimate"))
        self.confidence_box.currentIndexChanged.connect(self._validate)
        form.addRow(labels.field_label("source"), self.source_edit)
        form.addRow(labels.field_label("confidence"), self.confidence_box)
        legend = QLabel(
            "<br>".join(
                f"{confidence_badge(key)} {escape(text)}"
                for key, text in labels.confidence_explanations().items()
            )
        )
        legend.setWordWrap(True)
        form.addRow(legend)
        return box

    def _figures_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Figures"))
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(8)
        for column, text in enumerate(
            ("", self.tr("Value"), "", self.tr("Confidence"), self.tr("Source"), self.tr("Note"))
        ):
            header = QLabel(f"<b>{text}</b>")
            grid.addWidget(header, 0, column)
        record_type = SPEC_RECORDS[self.kind]
        for row, f in enumerate(spec_fields(record_type), start=1):
            label, unit = labels.field_labels().get(f.name, (f.name, ""))
            value = QLineEdit()
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            value.setPlaceholderText(labels.unknown_text())
            value.setMaximumWidth(130)
            confidence = QComboBox()
            confidence.addItem(self.tr("as above"), "")
            for key in CONFIDENCES:
                confidence.addItem(self._confidence_text(key), key)
            source = self._source_line()
            source.setPlaceholderText(self.tr("as above"))
            note = QLineEdit()
            note.setPlaceholderText(self.tr("optional: conflicts, how it was measured"))
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(value, row, 1)
            grid.addWidget(QLabel(unit), row, 2)
            grid.addWidget(confidence, row, 3)
            grid.addWidget(source, row, 4)
            grid.addWidget(note, row, 5)
            for widget in (value, source, note):
                widget.textChanged.connect(self._validate)
            confidence.currentIndexChanged.connect(self._validate)
            self.figures[f.name] = FigureRow(f.name, value, confidence, source, note)
        grid.setColumnStretch(4, 2)
        grid.setColumnStretch(5, 3)
        return box

    def _source_line(self) -> QLineEdit:
        edit = QLineEdit()
        completer = QCompleter(self._source_titles_model(), edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)
        edit.textChanged.connect(self._validate)
        return edit

    def _source_titles_model(self) -> QStringListModel:
        if not hasattr(self, "_titles_model"):
            self._titles_model = QStringListModel(sorted(s.title for s in self._sources), self)
        return self._titles_model

    def _confidence_text(self, key: str) -> str:
        return f"{labels.choice_word('confidence', key)}"

    @staticmethod
    def _required(text: str) -> str:
        return f"{text} *"

    # --- filling from a record --------------------------------------------------------------
    def _fill(self, record: Any) -> None:
        widgets = [
            self.name_edit,
            self.id_edit,
            self.source_edit,
            self.confidence_box,
            *self.text_widgets.values(),
        ]
        for row in self.figures.values():
            widgets += [row.value, row.confidence, row.source, row.note]
        blockers = [QSignalBlocker(w) for w in widgets]
        self.name_edit.setText(record.name)
        self.id_edit.setText(record.id)
        for name, widget in self.text_widgets.items():
            if name in ("name", "id"):
                continue
            value = getattr(record, name) or ""
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(value), 0))
            else:
                widget.setText(value)
        if record.source:
            self.source_edit.setText(self._source_title.get(record.source, record.source))
            self._kept_sources[self.source_edit] = (self.source_edit.text(), record.source)
        if record.confidence:
            self.confidence_box.setCurrentIndex(CONFIDENCES.index(record.confidence))
        for name, row in self.figures.items():
            spec: Spec = getattr(record, name)
            if not spec.known:
                continue
            row.value.setText(_plain_number(spec.value))
            row.confidence.setCurrentIndex(max(row.confidence.findData(spec.confidence or ""), 0))
            note = spec.note or ""
            source = self._source_title.get(spec.source, spec.source) if spec.source else ""
            if not spec.source and note.startswith(SOURCE_NOTE_PREFIX):
                source, _, note = note[len(SOURCE_NOTE_PREFIX) :].partition(" — ")
            row.source.setText(source)
            if spec.source:
                self._kept_sources[row.source] = (source, spec.source)
            row.note.setText(note)
        for edit in self.findChildren(QLineEdit):
            edit.setToolTip(edit.text() if len(edit.text()) > 40 else "")
        del blockers

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Show the start of long titles and notes; setText left the cursor at their end, and the
        # scroll position is only settled once the fields have their final width.
        for edit in self.findChildren(QLineEdit):
            edit.end(False)
            edit.home(False)

    # --- keeping the id in step ---------------------------------------------------------------
    def _on_name_changed(self, *_args) -> None:
        if self._id_edited:
            return
        vendor = self.text_widgets["vendor"].currentData() if "vendor" in self.text_widgets else ""
        slug = slugify(self.name_edit.text())
        if vendor and slug and not slug.startswith(vendor):
            slug = f"{vendor}-{slug}"
        with QSignalBlocker(self.id_edit):
            self.id_edit.setText(slug)
        self._validate()

    def _on_id_edited(self, text: str) -> None:
        self._id_edited = bool(text)
        self._validate()

    # --- reading the form -------------------------------------------------------------------
    def _source_id(self, edit: QLineEdit) -> tuple[str | None, str]:
        """(catalog source id, free text): a known title or id, or the user's own words."""
        kept = self._kept_sources.get(edit)
        if kept and kept[0] == edit.text():
            return kept[1], ""
        text = edit.text().strip()
        if not text:
            return None, ""
        known = self._source_by_text.get(text.casefold())
        return (known, "") if known else (None, text)

    def raw_entry(self) -> tuple[dict[str, Any], list[tuple[str, str]]]:
        """The entry as the catalog reads it, and the problems the form itself finds."""
        problems: list[tuple[str, str]] = []
        raw: dict[str, Any] = {
            "id": self.id_edit.text().strip(),
            "name": self.name_edit.text().strip(),
        }
        if not raw["name"]:
            problems.append(("name", self.tr("a name is required")))
        slug_problem = check_slug(raw["id"])
        if slug_problem:
            problems.append(
                ("id", self.tr("the identifier must be lowercase letters, digits, '-', '.' or '_'"))
            )
        elif self.record is None and raw["id"] in self._existing_ids:
            problems.append(
                (
                    "id",
                    self.tr(
                        "'{0}' is already in the catalog: choose another identifier, or edit that entry from its spec sheet"
                    ).format(raw["id"]),
                )
            )
        for name, widget in self.text_widgets.items():
            if name in ("name", "id"):
                continue
            value = widget.currentData() if isinstance(widget, QComboBox) else widget.text().strip()
            if value:
                raw[name] = value
            elif name == "vendor":
                problems.append(("vendor", self.tr("choose the vendor")))
        default_source, default_free = self._source_id(self.source_edit)
        default_confidence = self.confidence_box.currentData()
        if self.record is None or self.record.confidence is not None:
            raw["confidence"] = default_confidence  # else every figure names its own
        if default_source:
            raw["source"] = default_source
        numbers: dict[str, float] = {}
        for name, row in self.figures.items():
            text = row.value.text().strip().replace(",", "").replace("_", "").replace(" ", "")
            if not text:
                continue
            f = next(f for f in spec_fields(SPEC_RECORDS[self.kind]) if f.name == name)
            try:
                number: Any = float(text)
            except ValueError:
                problems.append(
                    (name, self.tr("'{0}' is not a number").format(row.value.text().strip()))
                )
                continue
            if f.metadata["whole"] and number.is_integer():
                number = int(number)
            parsed, problem = parse_number(
                number, whole=f.metadata["whole"], zero_ok=f.metadata["zero_ok"], text_ok=False
            )
            if problem:
                problems.append((name, self._number_problem(number, f.metadata)))
                continue
            if name in PLAUSIBLE_MAX and parsed > PLAUSIBLE_MAX[name]:
                problems.append(
                    (
                        name,
                        self.tr("{0} looks too large (more than {1}): check the unit").format(
                            labels.format_number(parsed), labels.format_number(PLAUSIBLE_MAX[name])
                        ),
                    )
                )
                continue
            if name in PLAUSIBLE_MIN and parsed < PLAUSIBLE_MIN[name]:
                problems.append((name, self.tr("{0} looks too small").format(parsed)))
                continue
            numbers[name] = parsed
            item: dict[str, Any] = {
                "value": parsed,
                "confidence": row.confidence.currentData() or default_confidence,
            }
            source, free = self._source_id(row.source)
            if not row.source.text().strip():
                source, free = default_source, default_free
            if source:
                item["source"] = source
            note = row.note.text().strip()
            if free:
                note = f"{SOURCE_NOTE_PREFIX}{free}" + (f" — {note}" if note else "")
            if note:
                item["note"] = note
            raw[name] = item
        problems += self._cross_checks(numbers)
        return raw, problems

    def _number_problem(self, number: float, meta: dict) -> str:
        if number < 0:
            return self.tr("must not be negative")
        if number == 0 and not meta["zero_ok"]:
            return self.tr("must be more than 0 (leave it empty when unknown)")
        return self.tr("must be a whole number")

    def _cross_checks(self, numbers: dict[str, float]) -> list[tuple[str, str]]:
        pairs = (
            (
                "active_params_b",
                "total_params_b",
                self.tr("active parameters cannot exceed the total"),
            ),
            (
                "experts_active",
                "experts",
                self.tr("experts per token cannot exceed the routed experts"),
            ),
            ("kv_heads", "heads", self.tr("KV heads cannot exceed the attention heads")),
        )
        return [
            (small, why)
            for small, big, why in pairs
            if small in numbers and big in numbers and numbers[small] > numbers[big]
        ]

    # --- checking ---------------------------------------------------------------------------
    def _validate(self, *_args) -> bool:
        raw, problems = self.raw_entry()
        if not problems:
            try:
                self._state.catalog.validate(self.kind, raw)
            except CatalogInputError as exc:
                problems = [(p.column.split(".")[0], p.reason) for p in exc.problems]
        self.problems = problems
        self._mark(problems)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not problems)
        if problems:
            name, reason = problems[0]
            more = self.tr(" (and {0} more)").format(len(problems) - 1) if len(problems) > 1 else ""
            self.message.setText(f"⚠ {labels.field_label(name) if name else ''}: {reason}{more}")
            self.message.setStyleSheet(f"color: {_problem_colour()}; font-weight: 600;")
        else:
            self.message.setText(self.tr("Ready to save."))
            self.message.setStyleSheet("")
        return not problems

    def _mark(self, problems: list[tuple[str, str]]) -> None:
        reasons: dict[str, list[str]] = {}
        for name, reason in problems:
            reasons.setdefault(name, []).append(reason)
        widgets: dict[str, QWidget] = dict(self.text_widgets)
        widgets.update({name: row.value for name, row in self.figures.items()})
        for name, widget in widgets.items():
            bad = name in reasons
            if bool(widget.property("invalid")) != bad:
                widget.setProperty("invalid", bad)
                widget.setStyleSheet(INVALID_STYLE if bad else "")
            widget.setToolTip("\n".join(reasons.get(name, [])))

    # --- saving -----------------------------------------------------------------------------
    def accept(self) -> None:
        if not self._validate():
            return
        raw, _ = self.raw_entry()
        catalog = self._state.catalog
        try:
            if self.record is None:
                saved = (
                    catalog.add_accelerator(raw)
                    if self.kind == "accelerators"
                    else catalog.add_model(raw)
                )
            else:
                changes = self._changes(raw)
                if self._unchanged(changes):
                    # Saving an untouched form must not turn a shipped entry into "yours".
                    self.saved_id = self.record.id
                    super().accept()
                    return
                if self.kind == "accelerators":
                    saved = catalog.edit_accelerator(self.record.id, **changes)
                else:
                    saved = catalog.edit_model(self.record.id, **changes)
        except CatalogInputError as exc:
            self.message.setText(str(exc))
            return
        self.saved_id = saved.id
        self._state.catalog_modified()
        wanted = self.select_box.isChecked()
        if self.kind == "accelerators" and wanted != (
            saved.id in self._state.scenario.accelerator_ids
        ):
            self._state.toggle_accelerator(saved.id, wanted)
        super().accept()

    def _unchanged(self, changes: dict[str, Any]) -> bool:
        merged = record_to_raw(self.record)
        for key, value in changes.items():
            if value is None:
                merged.pop(key, None)
            else:
                merged[key] = value
        try:
            candidate = self._state.catalog.validate(self.kind, merged)
        except CatalogInputError:
            return False
        return dataclasses.replace(candidate, layer=self.record.layer) == self.record

    def _changes(self, raw: dict[str, Any]) -> dict[str, Any]:
        """Every field the form shows: its new value, or None to remove it."""
        shown = [
            "name",
            "source",
            "confidence",
            *(n for n, _ in TEXT_FIELDS[self.kind]),
            *self.figures,
        ]
        return {name: raw.get(name) for name in shown}


def _problem_colour() -> str:
    """Vermillion (Okabe-Ito), darker on a light window and lighter on a dark one, for contrast."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return "#B03A00" if window.lightness() > 128 else "#FF9E6B"


def _plain_number(value: float) -> str:
    number = float(value)
    return str(int(number)) if number.is_integer() else repr(number)


if __name__ == "__main__":  # preview: python -m desktop_app.ui.dialogs.edit_entry [ID]
    import sys

    from PySide6.QtWidgets import QApplication

    from desktop_app.catalog.store import Catalog
    from desktop_app.ui.theme import LIGHT, apply_theme

    app = QApplication(sys.argv)
    apply_theme(app, LIGHT)
    preview_catalog = Catalog.open(":memory:")
    preview_state = AppState(preview_catalog, compute=lambda catalog, scenario: None)
    if len(sys.argv) > 1:
        preview_kind, preview_record = preview_catalog.find(sys.argv[1])
        dialog = EditEntryDialog(preview_state, preview_kind, preview_record)
    else:
        dialog = EditEntryDialog(preview_state, "accelerators")
    dialog.show()
    sys.exit(app.exec())
