"""Import and export of catalog rows (accelerators, systems, models) as CSV or JSON.

Export writes what the user sees (shipped rows with the user's edits on top), in a fixed column and
key order, so export -> import into a fresh catalog -> export gives the same bytes.

Import is all or nothing: every row is validated first, against the catalog's vendors, sources,
stacks and accelerators plus the rows of the same file; any problem refuses the whole file with a
list of (row, column, reason) and the database is left unchanged. Imported rows go into the user
layer, so a newer shipped catalog never overwrites them.

CSV: one kind per file; one column per text field, and four per numeric spec: `<field>`,
`<field>_source`, `<field>_confidence`, `<field>_note`. An empty cell is "not given"; an empty
confidence falls back to the row's `confidence`, and a spec whose `<field>_source` column is left
out of the file takes the row's `source`, as in the seed files (an empty source cell means none).
CSV rows are numbered by their line in the file (the header is line 1), as a spreadsheet shows them.

JSON: `{"format": "accel-planner-catalog", "format_version": 1, "<kind>": [rows...]}`; a row is a
seed-style object whose specs are `{"value", "source", "confidence", "note"}` objects.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path
from typing import Any

from desktop_app.catalog.models import LAYERED_KINDS
from desktop_app.catalog.convert import record_to_raw
from desktop_app.catalog.messages import json_problem, translate
from desktop_app.catalog.records import SPEC_RECORDS, Spec, field_names, spec_fields
from desktop_app.catalog.queries import row_label
from desktop_app.catalog.store import Catalog, CatalogInputError, RowProblem
from desktop_app.catalog.validate import parse_entry

FORMAT = "accel-planner-catalog"
FORMAT_VERSION = 1
SPEC_SUFFIXES = ("source", "confidence", "note")


def csv_columns(kind: str) -> list[str]:
    record_type = SPEC_RECORDS[kind]
    specs = {f.name for f in spec_fields(record_type)}
    columns: list[str] = []
    for name in field_names(record_type):
        columns.append(name)
        if name in specs:
            columns.extend(f"{name}_{suffix}" for suffix in SPEC_SUFFIXES)
    return columns


def _format_number(value: float) -> str:
    return repr(value)


# -- export --------------------------------------------------------------------------------------


def export_csv(catalog: Catalog, kind: str) -> str:
    """The visible rows of `kind` as CSV text (RFC 4180: CRLF line ends, UTF-8)."""
    _check_kind(kind)
    out = io.StringIO()
    # RFC 4180 line ends: the csv module then also quotes a cell holding a lone "\r".
    writer = csv.writer(out, lineterminator="\r\n")
    columns = csv_columns(kind)
    writer.writerow(columns)
    for record in catalog.records(kind):
        cells: dict[str, str] = {}
        for f in dataclasses.fields(record):
            if f.name == "layer":
                continue
            value = getattr(record, f.name)
            if isinstance(value, Spec):
                if value.known:
                    cells[f.name] = _format_number(value.value)
                    cells[f"{f.name}_source"] = value.source or ""
                    cells[f"{f.name}_confidence"] = value.confidence or ""
                    cells[f"{f.name}_note"] = value.note or ""
            elif isinstance(value, bool):
                cells[f.name] = "true" if value else "false"
            elif value is not None:
                cells[f.name] = str(value)
        writer.writerow([cells.get(c, "") for c in columns])
    return out.getvalue()


def record_to_json(record: Any) -> dict[str, Any]:
    """A record as an ordered JSON object: unknown specs and empty text left out (the seed's raw
    entry shape, so what is exported imports back through the same validation)."""
    return record_to_raw(record)


def export_json(catalog: Catalog, kinds: tuple[str, ...] = LAYERED_KINDS) -> str:
    for kind in kinds:
        _check_kind(kind)
    document: dict[str, Any] = {"format": FORMAT, "format_version": FORMAT_VERSION}
    for kind in kinds:
        document[kind] = [record_to_json(r) for r in catalog.records(kind)]
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def export_file(catalog: Catalog, path: Path, kind: str | None = None) -> int:
    """Write `path` (.csv or .json, by its suffix); returns the number of rows written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        kind = kind or "accelerators"
        content = export_csv(catalog, kind)
        count = len(catalog.records(kind))
    elif suffix == ".json":
        kinds = (kind,) if kind else LAYERED_KINDS
        content = export_json(catalog, kinds)
        count = sum(len(catalog.records(k)) for k in kinds)
    else:
        raise CatalogInputError(
            [RowProblem(str(path), "", _unknown_format())], "export"
        )
    _write_atomically(path, content)
    return count


def _write_atomically(path: Path, content: str) -> None:
    """Write to a temporary file beside `path`, then rename: a failed export never leaves a
    half-written file or damages the one already there."""
    import os
    import tempfile

    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


# -- import --------------------------------------------------------------------------------------


def import_file(catalog: Catalog, path: Path, kind: str | None = None) -> dict[str, int]:
    """Validate and import `path` into the user layer; returns rows imported per kind.

    Raises CatalogInputError (nothing changed) when any row has a problem.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        # newline="": keep a "\r" inside a quoted CSV cell as it is (the csv module's rule).
        with path.open(encoding="utf-8-sig", newline="") as fh:
            content = fh.read()
    except OSError as exc:
        problem = translate("CatalogErrors", "cannot read: {0}").format(exc.strerror or exc)
        raise CatalogInputError([RowProblem(str(path), "", problem)], "import") from exc
    except UnicodeDecodeError as exc:
        problem = translate("CatalogErrors", "not UTF-8 text")
        raise CatalogInputError([RowProblem(str(path), "", problem)], "import") from exc
    if suffix == ".csv":
        batches = parse_csv(content, kind)
    elif suffix == ".json":
        batches = parse_json(content, kind)
    else:
        raise CatalogInputError(
            [RowProblem(str(path), "", _unknown_format())], "import"
        )
    return import_rows(catalog, batches, text_ok=suffix == ".csv")


def parse_csv(
    content: str, kind: str | None = None
) -> dict[str, list[tuple[int | str, dict[str, Any]]]]:
    """CSV text -> {kind: [(line, raw entry)]}; the kind comes from `kind` or from the header."""
    reader = csv.reader(io.StringIO(content), strict=True)
    try:
        table = list(reader)
    except csv.Error as exc:
        reason = translate("CatalogErrors", "not valid CSV: {0}").format(exc)
        problem = RowProblem(reader.line_num, "", reason)
        raise CatalogInputError([problem], "import") from None
    if not table:
        reason = translate("CatalogErrors", "empty file: no header row")
        raise CatalogInputError([RowProblem(1, "", reason)], "import")
    header = table[0]
    header = [h.strip() for h in header]
    kind = kind or _guess_kind(header)
    _check_kind(kind)
    known = set(csv_columns(kind))
    unknown = translate("CatalogErrors", "unknown column")
    problems = [RowProblem(1, column, unknown) for column in header if column not in known]
    duplicate = translate("CatalogErrors", "duplicate column")
    problems += [
        RowProblem(1, column, duplicate) for column in set(header) if header.count(column) > 1
    ]
    if "id" not in header:
        problems.append(RowProblem(1, "id", translate("CatalogErrors", "missing column")))
    if problems:
        raise CatalogInputError(problems, "import")
    specs = {f.name for f in spec_fields(SPEC_RECORDS[kind])}
    rows: list[tuple[int | str, dict[str, Any]]] = []
    for line, cells in enumerate(table[1:], 2):
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            reason = translate("CatalogErrors", "{0} cells for {1} columns")
            problems.append(RowProblem(line, "", reason.format(len(cells), len(header))))
            continue
        values = {column: cell for column, cell in zip(header, cells, strict=True) if cell != ""}
        raw: dict[str, Any] = {}
        for column, cell in values.items():
            base, _, suffix = column.rpartition("_")
            if base in specs and suffix in SPEC_SUFFIXES:
                continue
            if column in specs:
                item: dict[str, Any] = {"value": cell}
                for suffix in SPEC_SUFFIXES:
                    if f"{column}_{suffix}" in values:
                        item[suffix] = values[f"{column}_{suffix}"]
                if f"{column}_source" in header and f"{column}_source" not in values:
                    item["source"] = None  # an empty source cell means "no source", not the row's
                raw[column] = item
            else:
                raw[column] = cell
        for name in specs:
            if name not in values and any(f"{name}_{s}" in values for s in SPEC_SUFFIXES):
                reason = translate(
                    "CatalogErrors", "source, confidence or note given without a value"
                )
                problems.append(RowProblem(line, name, reason))
        rows.append((line, raw))
    if problems:
        raise CatalogInputError(problems, "import")
    return {kind: rows}


def _guess_kind(header: list[str]) -> str:
    fits = [k for k in LAYERED_KINDS if set(header) <= set(csv_columns(k))]
    if len(fits) == 1:
        return fits[0]
    # Ambiguous (only shared columns) or nothing fits: take the closest, and let unknown columns show.
    best = min(LAYERED_KINDS, key=lambda k: len(set(header) - set(csv_columns(k))))
    if len(fits) > 1:
        raise CatalogInputError(
            [
                RowProblem(
                    1,
                    "",
                    translate(
                        "CatalogErrors", "cannot tell the kind from the header: use --kind ({0})"
                    ).format(", ".join(fits)),
                )
            ],
            "import",
        )
    return best


def parse_json(
    content: str, kind: str | None = None
) -> dict[str, list[tuple[int | str, dict[str, Any]]]]:
    """JSON text -> {kind: [(label, raw entry)]}."""
    try:
        document = json.loads(content)
    except json.JSONDecodeError as exc:
        reason = translate("CatalogErrors", "not valid JSON: {0}").format(json_problem(exc.msg))
        raise CatalogInputError([RowProblem(exc.lineno, "", reason)], "import") from None
    if isinstance(document, list):  # a bare list of rows, for --kind
        if not kind:
            reason = translate("CatalogErrors", "a bare list of rows needs --kind")
            raise CatalogInputError([RowProblem(_file(), "", reason)], "import")
        document = {kind: document}
    if not isinstance(document, dict):
        reason = translate("CatalogErrors", "expected a JSON object")
        raise CatalogInputError([RowProblem(_file(), "", reason)], "import")
    problems = []
    fmt = document.get("format", FORMAT)
    if fmt != FORMAT:
        reason = translate("CatalogErrors", "{0} is not {1}").format(repr(fmt), repr(FORMAT))
        problems.append(RowProblem(_file(), "format", reason))
    version = document.get("format_version", FORMAT_VERSION)
    if not isinstance(version, int) or version > FORMAT_VERSION:
        problems.append(
            RowProblem(
                _file(),
                "format_version",
                translate("CatalogErrors", "{0} is newer than this app reads ({1})").format(
                    repr(version), FORMAT_VERSION
                ),
            )
        )
    batches: dict[str, list[tuple[int | str, dict[str, Any]]]] = {}
    for key, rows in document.items():
        if key in ("format", "format_version"):
            continue
        if key not in LAYERED_KINDS:
            reason = translate("CatalogErrors", "unknown kind (expected {0})")
            problems.append(RowProblem(_file(), key, reason.format(", ".join(LAYERED_KINDS))))
            continue
        if kind and key != kind:
            continue
        if not isinstance(rows, list):
            reason = translate("CatalogErrors", "expected a list of rows")
            problems.append(RowProblem(_file(), key, reason))
            continue
        for index, raw in enumerate(rows, 1):
            label = f"{key} #{index}"
            if not isinstance(raw, dict):
                problems.append(
                    RowProblem(label, "", translate("CatalogErrors", "expected an object"))
                )
                continue
            batches.setdefault(key, []).append((label, raw))
    if problems:
        raise CatalogInputError(problems, "import")
    return batches


def import_rows(
    catalog: Catalog,
    batches: dict[str, list[tuple[int | str, dict[str, Any]]]],
    *,
    text_ok: bool = False,
) -> dict[str, int]:
    """Validate every row of every kind, then write them all in one transaction (or nothing).

    `text_ok`: numbers and flags may be text (CSV cells); JSON must use real numbers.
    """
    refs = catalog.refs()
    for kind, rows in batches.items():  # rows of the same file may refer to each other
        ids = {raw.get("id") for _, raw in rows if isinstance(raw.get("id"), str)}
        getattr(
            refs, {"accelerators": "accelerator", "systems": "system", "models": "model"}[kind]
        ).update(ids)
    problems: list[RowProblem] = []
    records: dict[str, list[Any]] = {}
    for kind in LAYERED_KINDS:
        seen: dict[str, int | str] = {}
        for label, raw in batches.get(kind, []):
            entity_id = raw.get("id")
            if isinstance(entity_id, str) and entity_id:
                if entity_id in seen:
                    problems.append(
                        RowProblem(
                            label,
                            "id",
                            translate("CatalogErrors", "duplicate id {0} (first at {1})").format(
                                repr(entity_id), row_label(seen[entity_id])
                            ),
                        )
                    )
                    continue
                seen[entity_id] = label
            record, row_problems = parse_entry(
                SPEC_RECORDS[kind],
                raw,
                refs,
                text_ok=text_ok,
                default_source_required=False,
                layer="user",
            )
            problems.extend(RowProblem(label, column, reason) for column, reason in row_problems)
            if record is not None:
                records.setdefault(kind, []).append(record)
    if problems:
        raise CatalogInputError(problems, "import")
    catalog.write_user(records)
    return {kind: len(rows) for kind, rows in records.items()}


def _file() -> str:
    """The row label of a problem with the file as a whole (not one of its rows)."""
    return translate("CatalogErrors", "file")


def _unknown_format() -> str:
    return translate("CatalogErrors", "unknown format: use a .csv or .json file")


def _check_kind(kind: str) -> None:
    if kind not in LAYERED_KINDS:
        reason = translate("CatalogErrors", "{0} cannot be imported or exported (use {1})")
        reason = reason.format(repr(kind), ", ".join(LAYERED_KINDS))
        raise CatalogInputError([RowProblem("kind", "", reason)], "request")
