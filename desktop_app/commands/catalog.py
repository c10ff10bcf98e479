"""`accel-planner catalog list|show|import|export`: the catalog from the command line.

Every figure is shown with its source and confidence; an unknown figure is shown as "unknown".
Bad input (unknown id, a refused import, an unknown file format) exits with status 2.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli import BadInput

LIST_KINDS = (
    "accelerators",
    "systems",
    "models",
    "runtimes",
    "stacks",
    "support",
    "measured",
    "sources",
    "vendors",
)
FILE_KINDS = ("accelerators", "systems", "models")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("catalog", help="list, show, import and export catalog entries")
    actions = parser.add_subparsers(dest="catalog_action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="list the entries of one kind")
    listing.add_argument("--kind", choices=LIST_KINDS, default="accelerators")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(run=run)

    show = actions.add_parser(
        "show", help="every field of one entry, with its source and confidence"
    )
    show.add_argument("id")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(run=run)

    importing = actions.add_parser(
        "import", help="import a CSV or JSON file into your own catalog rows"
    )
    importing.add_argument("file", type=Path)
    importing.add_argument(
        "--kind", choices=FILE_KINDS, help="kind of rows in a CSV file (else guessed)"
    )
    importing.set_defaults(run=run)

    exporting = actions.add_parser("export", help="export to a CSV or JSON file (by its extension)")
    exporting.add_argument("file", type=Path)
    exporting.add_argument(
        "--kind", choices=FILE_KINDS, help="kind to export (CSV: accelerators by default)"
    )
    exporting.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.catalog.store import CatalogInputError, UnknownIdError

    catalog = _open()
    try:
        action = args.catalog_action
        if action == "list":
            return _list(catalog, args.kind, args.json)
        if action == "show":
            return _show(catalog, args.id, args.json)
        if action == "import":
            return _import(catalog, args.file, args.kind)
        return _export(catalog, args.file, args.kind)
    except UnknownIdError as exc:
        raise BadInput(f"{exc} (see `accel-planner catalog list`)") from None
    except CatalogInputError as exc:
        raise BadInput(str(exc)) from None
    finally:
        catalog.close()


def _open():
    from desktop_app.catalog.store import Catalog, CatalogError

    try:
        catalog = Catalog.open()
    except CatalogError as exc:
        raise BadInput(str(exc)) from None
    if catalog.recovery_message:
        print(f"accel-planner: {catalog.recovery_message}", file=sys.stderr)
    return catalog


# -- list ----------------------------------------------------------------------------------------


def entry_json(kind: str, record: Any, *, all_specs: bool = False) -> dict[str, Any]:
    """A record as JSON: text as is, each spec {value, source, confidence, note}."""
    from desktop_app.catalog.records import Spec

    result: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if isinstance(value, Spec):
            if value.known or all_specs:
                result[f.name] = {
                    "value": value.value,
                    "source": value.source,
                    "confidence": value.confidence,
                    "note": value.note,
                }
        else:
            result[f.name] = value
    return result


def _rows(catalog, kind: str) -> list[Any]:
    if kind in ("accelerators", "systems", "models", "stacks"):
        return list(catalog.records(kind))
    return list(
        {
            "runtimes": catalog.runtimes,
            "support": catalog.support,
            "measured": catalog.measured_results,
            "sources": catalog.sources,
            "vendors": catalog.vendors,
        }[kind]()
    )


def _list(catalog, kind: str, as_json: bool) -> int:
    rows = _rows(catalog, kind)
    if as_json:
        items = [entry_json(kind, r) for r in rows]
        if kind == "models":
            _add_computed(rows, items)
        print(json.dumps(items, indent=2, ensure_ascii=False))
        return 0
    if kind == "models":
        computed = _computed(rows)
        for model, params in zip(rows, computed, strict=True):
            total = f"{params.total_params_b:.1f}B" if params.total_params_b is not None else "?"
            active = f"{params.active_params_b:.1f}B" if params.active_params_b is not None else "?"
            print(
                f"{model.id:28} {model.name:34} {model.attention or '':4} total {total:>8} active {active:>8}"
            )
    elif kind == "accelerators":
        for acc in rows:
            print(
                f"{acc.id:32} {acc.name:36} {_short(acc.memory_gib.value, 'GiB'):>9} "
                f"{_short(acc.memory_bw_gbps.value, 'GB/s'):>10} {_short(acc.bf16_tflops.value, 'TF bf16'):>12}"
            )
    elif kind == "support":
        for cell in rows:
            print(f"{cell.runtime:18} {cell.stack:18} {cell.level}")
    else:
        for row in rows:
            label = (
                getattr(row, "name", None)
                or getattr(row, "title", None)
                or getattr(row, "metric", "")
            )
            print(f"{row.id:32} {label}")
    print(f"({len(rows)} {kind})", file=sys.stderr)
    return 0


def _short(value: Any, unit: str) -> str:
    return "unknown" if value is None else f"{_fmt(value)} {unit}"


def _fmt(value: float) -> str:
    """Whole numbers without a trailing '.0'; others as Python writes them (no rounding)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _computed(models):
    from desktop_app.catalog.derived import computed_params

    return computed_params(models)


def _add_computed(models, items: list[dict[str, Any]]) -> None:
    for item, params in zip(items, _computed(models), strict=True):
        item["computed_total_params_b"] = params.total_params_b
        item["computed_active_params_b"] = params.active_params_b


# -- show ----------------------------------------------------------------------------------------


def _show(catalog, entity_id: str, as_json: bool) -> int:
    from desktop_app.catalog.records import Spec

    kind, record = catalog.find(entity_id)
    sources = {s.id: s for s in catalog.sources()}
    cited = sorted(
        {
            v.source
            for v in (getattr(record, f.name) for f in dataclasses.fields(record))
            if isinstance(v, Spec) and v.source
        }
        | ({record.source} if isinstance(getattr(record, "source", None), str) else set())
    )
    if as_json:
        item = entry_json(kind, record, all_specs=True)
        item = {"catalog_kind": kind, **item}
        if kind == "models":
            _add_computed([record], [item])
        item["sources"] = {sid: dataclasses.asdict(sources[sid]) for sid in cited if sid in sources}
        print(json.dumps(item, indent=2, ensure_ascii=False))
        return 0
    print(f"{record.id} ({kind[:-1]})")
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if isinstance(value, Spec):
            if not value.known:
                print(f"  {f.name:28} unknown")
                continue
            source = sources.get(value.source)
            cite = f"{source.title} [{value.source}]" if source else (value.source or "no source")
            note = f" -- {value.note}" if value.note else ""
            print(f"  {f.name:28} {_fmt(value.value):<12} {value.confidence}; {cite}{note}")
        elif f.name != "id" and value is not None:
            print(f"  {f.name:28} {value}")
    if kind == "models":
        params = _computed([record])[0]
        if params.total_params_b is not None:
            print(
                f"  {'computed total params':28} {params.total_params_b:.2f} B (from the architecture)"
            )
            print(
                f"  {'computed active params':28} {params.active_params_b:.2f} B (from the architecture)"
            )
    return 0


# -- import / export -----------------------------------------------------------------------------


def _import(catalog, path: Path, kind: str | None) -> int:
    from desktop_app.catalog import io

    if not path.is_file():
        raise BadInput(f"{path}: no such file")
    counts = io.import_file(catalog, path, kind)
    done = ", ".join(f"{n} {k}" for k, n in counts.items()) or "nothing"
    print(f"imported {done} from {path} into your own catalog rows")
    return 0


def _export(catalog, path: Path, kind: str | None) -> int:
    from desktop_app.catalog import io

    if path.suffix.lower() not in (".csv", ".json"):
        raise BadInput(f"{path}: unknown format, use a .csv or .json file name")
    try:
        count = io.export_file(catalog, path, kind)
    except OSError as exc:
        raise BadInput(f"{path}: cannot write: {exc.strerror or exc}") from None
    print(f"exported {count} rows to {path}")
    return 0


# -- summary (shown when the GUI is not built) ---------------------------------------------------


def print_summary() -> int:
    """A short human summary of the catalog: counts per kind and the vendors."""
    catalog = _open()
    try:
        accelerators = catalog.accelerators()
        print(f"Accelerator Planner catalog {catalog.version}")
        for kind in (
            "accelerators",
            "systems",
            "models",
            "stacks",
            "runtimes",
            "support",
            "measured",
            "sources",
        ):
            print(f"  {kind:14} {len(_rows(catalog, kind))}")
        per_vendor: dict[str, int] = {}
        for acc in accelerators:
            per_vendor[acc.vendor] = per_vendor.get(acc.vendor, 0) + 1
        names = {v.id: v.name for v in catalog.vendors()}
        vendors = ", ".join(f"{names.get(v, v)} ({n})" for v, n in sorted(per_vendor.items()))
        print(f"  vendors        {vendors or 'none'}")
        if catalog.seed_problems:
            print(
                f"  ({len(catalog.seed_problems)} problem(s) in the shipped seed: "
                "python -m desktop_app.catalog.seed check)"
            )
    finally:
        catalog.close()
    return 0
