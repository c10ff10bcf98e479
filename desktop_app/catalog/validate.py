"""Turn one raw entry (a TOML table, a JSON object or a CSV row) into a record, or say what is wrong.

The seed loader and the import code share this, so a typo is refused the same way wherever it comes
from. Problems are returned as (field, reason) pairs; the caller adds where it was (file and entry
id, or row number), because only the caller knows that.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import math
import re
from dataclasses import dataclass, field
from typing import Any

from desktop_app.catalog.messages import translate
from desktop_app.catalog.records import CONFIDENCES, Spec, field_names

SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
SPEC_KEYS = ("value", "source", "confidence", "note")

FieldProblem = tuple[str, str]


@dataclass
class Refs:
    """Ids an entry may refer to; a reference to anything else is refused."""

    vendor: set[str] = field(default_factory=set)
    source: set[str] = field(default_factory=set)
    stack: set[str] = field(default_factory=set)
    accelerator: set[str] = field(default_factory=set)
    runtime: set[str] = field(default_factory=set)
    model: set[str] = field(default_factory=set)
    system: set[str] = field(default_factory=set)
    #: Kinds whose defining file is absent (data still arriving): references to them are not checked.
    unchecked: set[str] = field(default_factory=set)

    def knows(self, kind: str, value: str) -> bool:
        return kind in self.unchecked or value in getattr(self, kind)


def check_slug(value: Any) -> str | None:
    """Why `value` is not a valid id, or None when it is."""
    if not isinstance(value, str) or not value:
        return translate("CatalogErrors", "missing id")
    if not SLUG.match(value):
        return translate(
            "CatalogErrors", "id {0} is not a lowercase slug (a-z, 0-9, '-', '.', '_')"
        ).format(repr(value))
    return None


def check_date(value: Any) -> tuple[str | None, str | None]:
    """(normalised date text, problem). Accepts YYYY, YYYY-MM, YYYY-MM-DD and TOML dates."""
    if isinstance(value, _dt.datetime):
        value = value.date()
    if isinstance(value, _dt.date):
        return value.isoformat(), None
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not DATE.match(value):
        problem = translate("CatalogErrors", "not a date (YYYY, YYYY-MM or YYYY-MM-DD): {0}")
        return None, problem.format(repr(value))
    return value, None


def parse_number(
    value: Any, *, whole: bool, zero_ok: bool, text_ok: bool
) -> tuple[float | int | None, str | None]:
    """(number, problem). Refuses booleans, NaN/inf, negatives, and 0 where 0 would be a guess."""
    if isinstance(value, str) and text_ok:
        stripped = value.strip()
        try:
            value = int(stripped)
        except ValueError:
            try:
                value = float(stripped)
            except ValueError:
                return None, translate("CatalogErrors", "not a number: {0}").format(repr(value))
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None, translate("CatalogErrors", "not a number: {0}").format(repr(value))
    if isinstance(value, float) and not math.isfinite(value):
        return None, translate("CatalogErrors", "not a finite number: {0}").format(repr(value))
    if value < 0:
        return None, translate("CatalogErrors", "must not be negative: {0}").format(repr(value))
    if value == 0 and not zero_ok:
        return None, translate(
            "CatalogErrors", "must be positive (leave an unknown value out instead of writing 0)"
        )
    if whole:
        if isinstance(value, float):
            if not value.is_integer():
                problem = translate("CatalogErrors", "must be a whole number: {0}")
                return None, problem.format(repr(value))
            value = int(value)
        return value, None
    return value, None


def parse_flag(value: Any, *, text_ok: bool) -> tuple[bool | None, str | None]:
    if isinstance(value, str) and text_ok:
        lowered = value.strip().lower()
        if lowered in ("true", "yes", "1"):
            return True, None
        if lowered in ("false", "no", "0"):
            return False, None
    if isinstance(value, bool):
        return value, None
    return None, translate("CatalogErrors", "not true or false: {0}").format(repr(value))


def parse_entry(
    record_type: type,
    raw: dict[str, Any],
    refs: Refs,
    *,
    text_ok: bool = False,
    default_source_required: bool = True,
    layer: str = "shipped",
) -> tuple[Any | None, list[FieldProblem]]:
    """Validate `raw` against `record_type`'s fields and build the record.

    `text_ok`: numbers and flags may come as text (CSV). `default_source_required`: a bare number
    needs the entry's own `source` (the seed insists; a user's own row may leave the source out
    but never the confidence).
    """
    problems: list[FieldProblem] = []
    allowed = set(field_names(record_type))
    for key in raw:
        if key not in allowed:
            problems.append((str(key), translate("CatalogErrors", "unknown field")))
    values: dict[str, Any] = {}
    entry_source = raw.get("source")
    entry_confidence = raw.get("confidence")
    for f in dataclasses.fields(record_type):
        if f.name == "layer" or f.name not in raw:
            if f.metadata.get("required"):
                problems.append(
                    (
                        f.name,
                        translate("CatalogErrors", "missing")
                        if f.name != "id"
                        else translate("CatalogErrors", "missing id"),
                    )
                )
            continue
        value = raw[f.name]
        if f.metadata.get("spec"):
            parsed, spec_problems = _parse_spec(
                f, value, entry_source, entry_confidence, refs, text_ok, default_source_required
            )
            problems.extend(spec_problems)
            if parsed is not None:
                values[f.name] = parsed
        elif f.metadata.get("flag"):
            flag_value, problem = parse_flag(value, text_ok=text_ok)
            if problem:
                problems.append((f.name, problem))
            else:
                values[f.name] = flag_value
        else:
            text_value, problem = _parse_text(f, value, refs)
            if problem:
                problems.append((f.name, problem))
            else:
                values[f.name] = text_value
    if problems:
        return None, problems
    if "layer" in {f.name for f in dataclasses.fields(record_type)}:
        values["layer"] = layer
    return record_type(**values), []


def _parse_text(f: dataclasses.Field, value: Any, refs: Refs) -> tuple[str | None, str | None]:
    if f.name == "id":
        problem = check_slug(value)
        return (None, problem) if problem else (value, None)
    if f.metadata.get("date"):
        return check_date(value)
    if not isinstance(value, str):
        return None, translate("CatalogErrors", "not text: {0}").format(repr(value))
    if f.metadata.get("required") and not value.strip():
        return None, translate("CatalogErrors", "missing")
    choices = f.metadata.get("choices")
    if choices and value not in choices:
        return None, not_one_of(value, choices)
    ref = f.metadata.get("ref")
    if ref and not refs.knows(ref, value):
        return None, unknown_ref(ref, value)
    return value, None


def not_one_of(value: Any, choices: Any) -> str:
    """"'x' is not one of a, b, c": the value and the choices as they are, the words translated."""
    return translate("CatalogErrors", "{0} is not one of {1}").format(
        repr(value), ", ".join(choices)
    )


def unknown_ref(kind: str, value: Any) -> str:
    """"unknown vendor 'x'": a reference to an id of `kind` that the catalog does not have."""
    templates = {  # one literal per kind, so each reads naturally once translated
        "vendor": translate("CatalogErrors", "unknown vendor {0}"),
        "source": translate("CatalogErrors", "unknown source {0}"),
        "stack": translate("CatalogErrors", "unknown stack {0}"),
        "accelerator": translate("CatalogErrors", "unknown accelerator {0}"),
        "runtime": translate("CatalogErrors", "unknown runtime {0}"),
        "model": translate("CatalogErrors", "unknown model {0}"),
        "system": translate("CatalogErrors", "unknown system {0}"),
    }
    if kind not in templates:
        return translate("CatalogErrors", "unknown {0} {1}").format(kind, repr(value))
    return templates[kind].format(repr(value))


def _parse_spec(
    f: dataclasses.Field,
    value: Any,
    entry_source: Any,
    entry_confidence: Any,
    refs: Refs,
    text_ok: bool,
    default_source_required: bool,
) -> tuple[Spec | None, list[FieldProblem]]:
    problems: list[FieldProblem] = []
    if isinstance(value, dict):
        for key in value:
            if key not in SPEC_KEYS:
                problems.append((f"{f.name}.{key}", translate("CatalogErrors", "unknown field")))
        if "value" not in value:
            problem = translate("CatalogErrors", "missing (leave the whole field out when unknown)")
            problems.append((f"{f.name}.value", problem))
            return None, problems
        number = value["value"]
        source = value.get("source", entry_source)
        confidence = value.get("confidence", entry_confidence)
        note = value.get("note")
        explicit_source = "source" in value
        explicit_confidence = "confidence" in value
    else:
        number, source, confidence, note = value, entry_source, entry_confidence, None
        explicit_source = explicit_confidence = False
    parsed, problem = parse_number(
        number, whole=f.metadata["whole"], zero_ok=f.metadata["zero_ok"], text_ok=text_ok
    )
    if problem:
        problems.append((f.name, problem))
    if source is None or source == "":
        if default_source_required:
            problem = translate(
                "CatalogErrors", "missing: give a source, or set the entry's source"
            )
            problems.append((f"{f.name}.source", problem))
        source = None
    elif not isinstance(source, str) or source not in refs.source:
        if explicit_source:  # a bad entry-level source is reported once, on the entry's `source`
            problems.append((f"{f.name}.source", unknown_ref("source", source)))
        else:
            problems.append(("", ""))
    if confidence is None or confidence == "":
        problem = translate(
            "CatalogErrors", "missing: give a confidence, or set the entry's confidence"
        )
        problems.append((f"{f.name}.confidence", problem))
    elif confidence not in CONFIDENCES:
        if explicit_confidence:
            problems.append((f"{f.name}.confidence", not_one_of(confidence, CONFIDENCES)))
        else:
            problems.append(("", ""))
    if note is not None and not isinstance(note, str):
        problem = translate("CatalogErrors", "not text: {0}").format(repr(note))
        problems.append((f"{f.name}.note", problem))
    if note == "":
        note = None
    if problems:
        # ("", "") marks a problem already reported on the entry itself: refuse, but say it once.
        return None, [p for p in problems if p != ("", "")]
    return Spec(parsed, source, confidence, note), []
