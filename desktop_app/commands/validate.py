"""`accel-planner validate FILE.csv [--json]`: the estimator against measured results.

Runs every row of a measured-results file (columns of ``shared/validation/README.md``), prints
predicted vs measured per row, and the median and 90th-percentile absolute percentage error overall
and per metric. Rows it cannot run are listed as skipped with the reason. With ``--json`` it prints
a list of objects (``id``, ``metric``, ``measured``, ``predicted``, ``ape_pct``, and ``skipped``
with the reason for rows that did not run); the summary then goes to stderr.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from desktop_app.cli import BadInput

REQUIRED_COLUMNS = ("id", "model", "accelerator", "devices", "tp", "pp", "ep", "weight_precision",
                    "kv_precision", "runtime", "batch", "input_len", "output_len", "metric", "value")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("validate", help="compare the estimator with measured results (CSV)")
    parser.add_argument("file", type=Path, help="measured results, columns as shared/validation/README.md")
    parser.add_argument("--json", action="store_true", help="print a JSON list of rows")
    parser.set_defaults(run=run)


def read_rows(path: Path) -> list[dict[str, str]]:
    """CSV rows as dicts; BadInput when the file is missing or lacks required columns."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise BadInput(f"{path}: missing column(s): {', '.join(missing)}")
            return list(reader)
    except FileNotFoundError:
        raise BadInput(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise BadInput(f"{path}: cannot read: {exc}") from None


def catalog_records():
    """(accelerators by id, models by id, systems) from the user's catalog (``--db`` honoured)."""
    from desktop_app.catalog.store import Catalog, CatalogError

    try:
        catalog = Catalog.open()
    except CatalogError as exc:
        raise BadInput(str(exc)) from None
    try:
        return ({a.id: a for a in catalog.accelerators()}, {m.id: m for m in catalog.models()},
                tuple(catalog.systems()))
    finally:
        catalog.close()


def validate_rows(rows: list[dict[str, str]], accelerators, models, systems) -> dict[str, Any]:
    """Predict every row; returns ``{"rows": [...], "summary": {...}}`` (plain Python)."""
    from desktop_app.catalog.arrays import measured_rowset
    from desktop_app.estimator.fit import ape, predict_with_reasons
    from desktop_app.estimator.serving import REASONS

    rowset, kept, skipped = measured_rowset(rows, accelerators, models, systems)
    out: list[dict[str, Any]] = []
    skipped_by_id = dict(skipped)
    if rowset is not None:
        pred, reasons = predict_with_reasons(rowset)
        errors = ape(pred, rowset.measured)
        for i, rid in enumerate(rowset.ids):
            item = {"id": rid, "metric": kept[i]["metric"].strip(), "measured": float(rowset.measured[i]),
                    "predicted": None, "ape_pct": None}
            if np.isfinite(pred[i]):
                item["predicted"] = round(float(pred[i]), 4)
                item["ape_pct"] = round(float(errors[i]), 2)
            else:
                item["skipped"] = REASONS[int(reasons[i])] or "no prediction"
            out.append(item)
    for row in rows:
        rid = (row.get("id") or "?").strip()
        if rid in skipped_by_id:
            value = _float(row.get("value"))
            out.append({"id": rid, "metric": (row.get("metric") or "").strip(), "measured": value,
                        "predicted": None, "ape_pct": None, "skipped": skipped_by_id[rid]})
    return {"rows": out, "summary": summarise(out)}


def _float(text: Any) -> float | None:
    try:
        value = float(text)
    except (TypeError, ValueError):
        return None
    return value if np.isfinite(value) else None


def summarise(items: list[dict[str, Any]]) -> dict[str, Any]:
    """Median and 90th-percentile APE overall and per metric, and the count of skipped rows."""
    def stats(values: list[float]) -> dict[str, Any]:
        if not values:
            return {"rows": 0, "median_ape_pct": None, "p90_ape_pct": None}
        arr = np.array(values)
        return {"rows": len(values), "median_ape_pct": round(float(np.median(arr)), 2),
                "p90_ape_pct": round(float(np.percentile(arr, 90)), 2)}

    done = [i for i in items if i.get("ape_pct") is not None]
    per_metric = {}
    for metric in sorted({i["metric"] for i in done}):
        per_metric[metric] = stats([i["ape_pct"] for i in done if i["metric"] == metric])
    return {"overall": stats([i["ape_pct"] for i in done]), "per_metric": per_metric,
            "skipped": sum(1 for i in items if i.get("skipped"))}


def _print_table(result: dict[str, Any], stream) -> None:
    print(f"{'id':8} {'metric':32} {'measured':>12} {'predicted':>12} {'APE %':>8}", file=stream)
    for item in result["rows"]:
        if item.get("skipped"):
            print(f"{item['id']:8} {item['metric']:32} {_num(item['measured']):>12} {'skipped':>12}   "
                  f"{item['skipped']}", file=stream)
        else:
            print(f"{item['id']:8} {item['metric']:32} {_num(item['measured']):>12} "
                  f"{_num(item['predicted']):>12} {item['ape_pct']:8.1f}", file=stream)
    s = result["summary"]
    o = s["overall"]
    print("", file=stream)
    if o["rows"]:
        print(f"overall: {o['rows']} rows, median APE {o['median_ape_pct']:.1f} %, "
              f"90th percentile {o['p90_ape_pct']:.1f} %", file=stream)
    for metric, m in s["per_metric"].items():
        print(f"  {metric:32} {m['rows']:3d} rows, median {m['median_ape_pct']:6.1f} %, "
              f"p90 {m['p90_ape_pct']:6.1f} %", file=stream)
    print(f"skipped: {s['skipped']} row(s)", file=stream)


def _num(value: Any) -> str:
    if value is None:
        return "-"
    return f"{value:.4g}" if abs(value) < 1000 else f"{value:.0f}"


def run(args: argparse.Namespace) -> int:
    rows = read_rows(args.file)
    if not rows:
        raise BadInput(f"{args.file}: no rows")
    accelerators, models, systems = catalog_records()
    result = validate_rows(rows, accelerators, models, systems)
    if args.json:
        print(json.dumps(result["rows"], indent=1))
        _print_table({"rows": [], "summary": result["summary"]}, sys.stderr)
    else:
        _print_table(result, sys.stdout)
    return 0
