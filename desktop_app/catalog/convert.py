"""Records <-> ORM rows. Kept apart so the store and the import code share one mapping.

Column names equal record field names; a spec's value lives in its column and its source,
confidence and note in a `ProvenanceRow`.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from desktop_app.catalog.models import ProvenanceRow
from desktop_app.catalog.records import UNKNOWN, Spec, spec_fields

Provenance = dict[str, tuple[str | None, str | None, str | None]]


def record_to_row(
    record: Any, row_class: type, kind: str, layer: str | None
) -> tuple[Any, list[ProvenanceRow]]:
    """The ORM row for `record` and the provenance rows of its known specs."""
    values: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        if f.name == "layer":
            continue
        value = getattr(record, f.name)
        values[f.name] = value.value if isinstance(value, Spec) else value
    if layer is not None:
        values["layer"] = layer
    row = row_class(**values)
    provenance = [
        ProvenanceRow(
            kind=kind,
            entity_id=record.id,
            layer=layer or "shipped",
            field=f.name,
            source=getattr(record, f.name).source,
            confidence=getattr(record, f.name).confidence,
            note=getattr(record, f.name).note,
        )
        for f in spec_fields(type(record))
        if getattr(record, f.name).known
    ]
    return row, provenance


def row_to_record(row: Any, record_type: type, provenance: Provenance) -> Any:
    """A frozen record from an ORM row and the provenance of its specs, by field name."""
    values: dict[str, Any] = {}
    for f in dataclasses.fields(record_type):
        if f.name == "layer":
            values["layer"] = row.layer
            continue
        value = getattr(row, f.name)
        if f.metadata.get("spec"):
            if value is None:
                values[f.name] = UNKNOWN
            else:
                if f.metadata.get("whole"):
                    value = int(value)
                values[f.name] = Spec(value, *provenance.get(f.name, (None, None, None)))
        else:
            values[f.name] = value
    return record_type(**values)


def record_to_raw(record: Any) -> dict[str, Any]:
    """A record as a raw entry (the seed/JSON shape), for re-validation of user edits."""
    raw: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        if f.name == "layer":
            continue
        value = getattr(record, f.name)
        if isinstance(value, Spec):
            if value.known:
                item = {
                    "value": value.value,
                    "source": value.source,
                    "confidence": value.confidence,
                }
                if value.note is not None:
                    item["note"] = value.note
                raw[f.name] = item
        elif value is not None:
            raw[f.name] = value
    return raw
