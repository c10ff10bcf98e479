"""`accel-planner plan new|export`: make a plan file, and export a plan without the window.

    accel-planner plan new --model ID --accelerators ID,ID,... [scenario options] --out PLAN
    accel-planner plan export PLAN (--pdf | --xlsx | --csv | --json | --png | --svg) OUT

`plan new` checks the ids against the catalog, computes the results and keeps them in the plan as
its snapshot. `plan export` recomputes the plan's results with the current catalog (the numbers the
window would show) and writes them:

- `--xlsx OUT`: the workbook (Summary, Comparison, Sweep, Assumptions, Sources);
- `--csv OUT`: OUT is the comparison table; the sweep goes beside it as `<stem>-sweep.csv`;
- `--json OUT`: the plan with a fresh results snapshot (a plan file that opens in the app);
- `--pdf OUT`: the report; `--png OUT` / `--svg OUT`: one image per plot, where OUT is a folder
  (an existing one, or a path ending in "/") or else a file stem (`plots/acme` gives
  `plots/acme-<plot>.png`). These need Qt and run offscreen.

Every file is replaced atomically: a failed export leaves an existing OUT untouched. Exit status:
0 done, 2 bad input (unreadable or invalid plan, unknown ids, unwritable destination), 1 internal.
"""

from __future__ import annotations

import argparse
import importlib
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from desktop_app.cli import EXIT_INTERNAL, BadInput

FORMATS = ("pdf", "xlsx", "csv", "json", "png", "svg")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("plan", help="make a plan file, or export a plan (headless)")
    actions = parser.add_subparsers(dest="plan_action", metavar="ACTION", required=True)

    new = actions.add_parser(
        "new", help="make a plan for one scenario, with its results, and save it"
    )
    new.add_argument(
        "--model", required=True, metavar="ID", help="model id (catalog list --kind models)"
    )
    new.add_argument("--accelerators", required=True, metavar="ID,ID,...",
                     help="accelerator ids to compare, comma-separated")  # fmt: skip
    new.add_argument("--weight-precision", metavar="P", help="bf16, fp8, int8, int4-awq, ...")
    new.add_argument("--kv-precision", metavar="P", help="bf16, fp16, fp8, int8")
    new.add_argument("--runtime", metavar="R", help="vllm, sglang, trt-llm, mindie, ...")
    new.add_argument("--input-len", type=int, metavar="N", help="input tokens per request")
    new.add_argument("--output-len", type=int, metavar="N", help="output tokens per request")
    new.add_argument("--concurrency-max", type=int, metavar="N",
                     help="largest number of concurrent requests to sweep")  # fmt: skip
    new.add_argument("--ttft-slo-ms", type=float, metavar="X",
                     help="time-to-first-token target, ms")  # fmt: skip
    new.add_argument("--tpot-slo-ms", type=float, metavar="X",
                     help="time-per-output-token target, ms")  # fmt: skip
    workload = new.add_mutually_exclusive_group()
    workload.add_argument("--tokens-per-day", type=float, metavar="N",
                          help="workload in tokens per day (input + output)")  # fmt: skip
    workload.add_argument("--requests-per-s", type=float, metavar="R",
                          help="workload in requests per second")  # fmt: skip
    new.add_argument("--title", metavar="T", help="the plan's title")
    new.add_argument("--customer", default="", metavar="C", help="who the plan is for")
    new.add_argument("--author", default="", metavar="A", help="who wrote it")
    new.add_argument("--notes", default="", metavar="TEXT", help="notes for the reader")
    new.add_argument("--out", required=True, type=Path, metavar="PLAN",
                     help="where to save the plan (*.accplan.json)")  # fmt: skip
    new.set_defaults(run=run)

    export = actions.add_parser("export", help="export a plan's results to a file")
    export.add_argument("plan", type=Path, metavar="PLAN", help="the plan file (*.accplan.json)")
    kinds = export.add_mutually_exclusive_group(required=True)
    # OUT stays text: a trailing "/" (a folder, for images) must survive.
    kinds.add_argument("--pdf", metavar="OUT", help="the PDF report")
    kinds.add_argument("--xlsx", metavar="OUT", help="the spreadsheet")
    kinds.add_argument("--csv", metavar="OUT",
                       help="the comparison table (the sweep goes to <stem>-sweep.csv)",
                       )  # fmt: skip
    kinds.add_argument("--json", metavar="OUT", help="the plan with a results snapshot")
    kinds.add_argument("--png", metavar="OUT",
                       help="one PNG per plot: OUT is a folder or a file stem")  # fmt: skip
    kinds.add_argument("--svg", metavar="OUT",
                       help="one SVG per plot: OUT is a folder or a file stem")  # fmt: skip
    export.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.plans.errors import PlanError

    try:
        if args.plan_action == "new":
            return _new(args)
        return _export(args)
    except PlanError as exc:
        raise BadInput(str(exc)) from None


def _warn(text: str) -> None:
    print(f"accel-planner: warning: {text}", file=sys.stderr)


def _open_catalog():
    from desktop_app.catalog.store import Catalog, CatalogError

    try:
        catalog = Catalog.open()
    except CatalogError as exc:
        raise BadInput(str(exc)) from None
    if catalog.recovery_message:
        _warn(catalog.recovery_message)
    return catalog


# --- plan new ----------------------------------------------------------------------------------


def _ids(text: str) -> tuple[str, ...]:
    ids = tuple(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))
    if not ids:
        raise BadInput("--accelerators: give at least one accelerator id (comma-separated)")
    return ids


def _scenario(args: argparse.Namespace, accelerator_ids: tuple[str, ...]):
    from desktop_app.plans.errors import FieldError
    from desktop_app.plans.scenario import Scenario, Workload

    options = {
        "weight_precision": args.weight_precision,
        "kv_precision": args.kv_precision,
        "runtime_id": args.runtime,
        "input_len": args.input_len,
        "output_len": args.output_len,
        "concurrency_max": args.concurrency_max,
        "ttft_target_ms": args.ttft_slo_ms,
        "tpot_target_ms": args.tpot_slo_ms,
    }
    flags = {
        "weight_precision": "--weight-precision", "kv_precision": "--kv-precision",
        "runtime_id": "--runtime", "input_len": "--input-len", "output_len": "--output-len",
        "concurrency_max": "--concurrency-max", "concurrency_min": "--concurrency-max",
        "ttft_target_ms": "--ttft-slo-ms", "tpot_target_ms": "--tpot-slo-ms",
        "workload.amount": "--tokens-per-day/--requests-per-s",
        "amount": "--tokens-per-day/--requests-per-s",
    }  # fmt: skip
    values: dict[str, Any] = {k: v for k, v in options.items() if v is not None}
    try:
        if args.tokens_per_day is not None:
            values["workload"] = Workload("tokens_per_day", args.tokens_per_day)
        elif args.requests_per_s is not None:
            values["workload"] = Workload("requests_per_s", args.requests_per_s)
        return Scenario(model_id=args.model, accelerator_ids=accelerator_ids, **values)
    except FieldError as exc:
        flag = flags.get(exc.field)
        where = f"{flag}: " if flag else f"{exc.field}: "
        raise BadInput(f"{where}{exc.problem}") from None


def _new(args: argparse.Namespace) -> int:
    accelerator_ids = _ids(args.accelerators)
    with _open_catalog() as catalog:
        return _new_with(catalog, args, accelerator_ids)


def _new_with(catalog, args: argparse.Namespace, accelerator_ids: tuple[str, ...]) -> int:
    from desktop_app.plans.exports import plan_from_scenario, recommend
    from desktop_app.plans.io import save_plan
    from desktop_app.plans.results import compute_results

    known_models = {m.id for m in catalog.models()}
    known_accs = {a.id for a in catalog.accelerators()}
    if args.model not in known_models:
        raise BadInput(
            f"--model: {args.model!r} is not in the catalog "
            "(see `accel-planner catalog list --kind models`)"
        )
    unknown = [i for i in accelerator_ids if i not in known_accs]
    if unknown:
        raise BadInput(
            f"--accelerators: not in the catalog: {', '.join(unknown)} "
            "(see `accel-planner catalog list`)"
        )
    scenario = _scenario(args, accelerator_ids)
    results = compute_results(catalog, scenario)
    if results.message:
        _warn(results.message)
    names = " vs ".join(results.accelerator_names) or " vs ".join(accelerator_ids)
    title = args.title or f"{results.model_name}: {names}"
    try:
        plan = plan_from_scenario(
            scenario, title=title, customer=args.customer, author=args.author, notes=args.notes,
            results=results,
        )  # fmt: skip
    except ValueError as exc:  # FieldError from the title, customer, ...
        raise BadInput(str(exc)) from None
    save_plan(plan, args.out)
    best = recommend(results)
    print(f"Wrote {args.out}")
    print(f"Recommended: {best.row.name if best.row is not None else 'none'}. {best.why}")
    return 0


# --- plan export -------------------------------------------------------------------------------


def _export(args: argparse.Namespace) -> int:
    from desktop_app.plans.io import load_plan

    fmt, raw_out = next((f, getattr(args, f)) for f in FORMATS if getattr(args, f) is not None)
    if not raw_out:
        raise BadInput(f"--{fmt}: give the file to write")
    plan = load_plan(args.plan)
    with _open_catalog() as catalog:
        return _export_with(catalog, plan, args, fmt, raw_out)


def _results_in(language: str, catalog, scenario):
    """The results with their texts (flags, reasons) in `language`, for a report in that language."""
    from PySide6.QtCore import QCoreApplication

    from desktop_app.plans.results import compute_results
    from desktop_app.ui import i18n

    _qt_application()
    with i18n.using_language(language):
        return compute_results(catalog, scenario, translate=QCoreApplication.translate)


def _export_with(catalog, plan, args: argparse.Namespace, fmt: str, raw_out: str) -> int:
    from desktop_app.plans.results import compute_results

    out = Path(raw_out)
    known_accs = {a.id for a in catalog.accelerators()}
    known_models = {m.id for m in catalog.models()}
    others = {r.id for kind in ("systems", "stacks", "runtimes") for r in getattr(catalog, kind)()}
    unknown = plan.unknown_ids(known_accs, known_models, others)
    if unknown:
        _warn(unknown.message())
    scenario = plan.scenario
    if scenario.model_id not in known_models:
        raise BadInput(f"{args.plan}: the plan's model {scenario.model_id!r} is not in the catalog")
    if not any(i in known_accs for i in scenario.accelerator_ids):
        if scenario.accelerator_ids:
            raise BadInput(
                f"{args.plan}: none of the plan's accelerators is in the catalog "
                f"({', '.join(scenario.accelerator_ids)})"
            )
        raise BadInput(f"{args.plan}: the plan selects no accelerator")
    results = compute_results(catalog, scenario)
    if results.message:
        _warn(results.message)
    if fmt in ("pdf", "png", "svg"):
        language = getattr(args, "lang", None) or plan.language
        if fmt == "pdf" and language != "en":
            results = _results_in(language, catalog, scenario)
        return _export_rendered(fmt, plan, results, catalog, raw_out, language)
    from desktop_app.plans import exports

    if fmt == "xlsx":
        language = getattr(args, "lang", None) or plan.language
        if language == "en":
            exports.export_xlsx(plan, results, catalog, out)
        else:  # the workbook's words in the plan's language (Qt's translator, offscreen)
            from PySide6.QtCore import QCoreApplication

            from desktop_app.ui import i18n

            results = _results_in(language, catalog, scenario)
            with i18n.using_language(language):
                exports.export_xlsx(plan, results, catalog, out, translate=QCoreApplication.translate)
        written = [out]
    elif fmt == "csv":
        sweep = exports.sweep_csv_path(out)
        # Sweep first: if the folder refuses, nothing at all has been replaced.
        exports.export_csv(results, sweep, table="sweep")
        exports.export_csv(results, out, table="comparison")
        written = [out, sweep]
    else:
        exports.export_json(plan, results, out)
        written = [out]
    for path in written:
        print(f"Wrote {path}")
    return 0


def _export_rendered(fmt: str, plan, results, catalog, raw_out: str, language: str | None = None) -> int:
    """PDF, PNG and SVG go through the Qt report module, offscreen (imported only here)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    what = "PDF export" if fmt == "pdf" else "Plot image export"
    try:
        report = importlib.import_module("desktop_app.ui.report")
    except ModuleNotFoundError as exc:
        if exc.name not in ("desktop_app.ui.report", "PySide6", "pyqtgraph"):
            raise
        print(f"accel-planner: error: {what} is not built yet", file=sys.stderr)
        return EXIT_INTERNAL
    needed = "render_pdf" if fmt == "pdf" else "render_plot_images"
    if not hasattr(report, needed):
        print(f"accel-planner: error: {what} is not built yet", file=sys.stderr)
        return EXIT_INTERNAL
    app = _qt_application()  # noqa: F841 - must stay alive while rendering
    out = Path(raw_out)
    if fmt == "pdf":
        _check_destination(out)
        try:
            # `accel-planner --lang zh_CN plan export ...` exports in the other language.
            report.render_pdf(plan, results, catalog, out, language=language or plan.language)
        except OSError as exc:  # the report's ReportError names the file itself
            raise BadInput(_os_message(exc, f"cannot write the PDF to {out}")) from None
        print(f"Wrote {out}")
        return 0
    for path in _render_images(report, results, raw_out, fmt):
        print(f"Wrote {path}")
    return 0


def _os_message(exc: OSError, context: str) -> str:
    """The report module's own message (it names the file), else `context` and the reason."""
    if exc.strerror:
        return f"{context}: {exc.strerror}"
    return str(exc) or context


#: Qt messages that say nothing to a command-line user (the offscreen platform's limits).
QUIET_QT_MESSAGES = ("This plugin does not support propagateSizeHints()",)


_KEEP: list = []


def _qt_application():
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:  # our own application: keep its stderr free of offscreen-only noise
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # headless: no display needed
        def handler(mode, context, message):
            if message not in QUIET_QT_MESSAGES:
                print(message, file=sys.stderr)

        qInstallMessageHandler(handler)
        app = QApplication(["accel-planner"])
        _KEEP.append(app)  # one application for the whole command, never collected midway
    return app


def _check_destination(out: Path) -> None:
    if out.is_dir():
        raise BadInput(f"cannot write to {out}: it is a folder")
    if not out.parent.is_dir():
        raise BadInput(f"cannot write to {out}: the folder {out.parent} does not exist")


def _render_images(report, results, text: str, fmt: str) -> list[Path]:
    """Render into a temporary folder beside the destination, then move each image into place
    (one atomic rename each), so a failure leaves existing images untouched."""
    out = Path(text)
    as_folder = out.is_dir() or text.endswith(("/", os.sep))
    folder = out if as_folder else out.parent
    stem = "" if as_folder else (out.stem if out.suffix.lower() == f".{fmt}" else out.name)
    if as_folder and not folder.exists() and folder.parent.is_dir():
        try:
            folder.mkdir()
        except OSError as exc:
            raise BadInput(f"cannot create the folder {folder}: {exc.strerror or exc}") from None
    if not folder.is_dir():
        raise BadInput(f"cannot write images to {out}: the folder {folder} does not exist")
    try:
        temp = Path(tempfile.mkdtemp(prefix=".plots-", dir=folder))
    except OSError as exc:
        raise BadInput(f"cannot write images to {folder}: {exc.strerror or exc}") from None
    try:
        rendered = report.render_plot_images(results, temp, fmt=fmt)
        written = []
        for path in rendered:
            path = Path(path)
            target = folder / (f"{stem}-{path.name}" if stem else path.name)
            os.replace(path, target)
            written.append(target)
        return written
    except OSError as exc:
        raise BadInput(_os_message(exc, f"cannot write images to {folder}")) from None
    finally:
        shutil.rmtree(temp, ignore_errors=True)
