"""The one command-line entry point: `accel-planner [sub-command]`.

With no sub-command the GUI starts. Sub-commands work without a display; each lives in
`desktop_app/commands/<name>.py` and exposes `add_parser(subparsers)` and `run(args) -> int`.
Exit status: 0 success, 2 bad input (message on stderr), 1 internal error.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback

from desktop_app import __version__

#: Sub-command modules under `desktop_app.commands`, in the order `--help` lists them.
COMMANDS = ("catalog", "estimate", "validate", "size", "plan")

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_BAD_INPUT = 2


class BadInput(Exception):
    """A problem with what the user gave us: printed as-is, exit status 2."""


class _Parser(argparse.ArgumentParser):
    """argparse exits with status 2 on bad usage already; keep its message but prefix our name."""


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="accel-planner",
        description="Plan AI-accelerator deployments for large language models.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="URL", help="catalog database (SQLAlchemy URL or file path)")
    parser.add_argument("--screenshot", metavar="FILE", help="render the main window to FILE and exit")
    parser.add_argument("--size", metavar="WxH", default="1600x1000", help="window size for --screenshot")
    parser.add_argument("--plan", metavar="PLAN", help="open this plan file")
    parser.add_argument("--tab", metavar="NAME", help="plot tab to show")
    parser.add_argument("--lang", metavar="LANG", help="user-interface language (en, zh_CN)")
    parser.add_argument("--self-test", action="store_true", help="check a frozen build end to end")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = _command_module(name)
        if module is not None:
            module.add_parser(subparsers)
    return parser


def _command_module(name: str):
    try:
        return importlib.import_module(f"desktop_app.commands.{name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"desktop_app.commands.{name}":
            return None  # not built yet
        raise


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.db:
        import os

        from desktop_app.paths import DB_ENV_VAR

        os.environ[DB_ENV_VAR] = args.db
    try:
        if args.self_test:
            from desktop_app import selftest

            return selftest.run_self_test()
        if args.command is None:
            return _run_gui(args)
        return int(args.run(args) or 0)
    except BadInput as exc:
        print(f"accel-planner: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return EXIT_INTERNAL
    except BrokenPipeError:  # output piped into `head` and the like: not an error of ours
        return EXIT_OK
    except Exception:  # noqa: BLE001 - last line of defence: report, do not crash silently
        traceback.print_exc()
        print("accel-planner: internal error (see the trace above)", file=sys.stderr)
        return EXIT_INTERNAL


def _run_gui(args: argparse.Namespace) -> int:
    try:
        ui_app = importlib.import_module("desktop_app.ui.app")
    except ModuleNotFoundError as exc:
        if exc.name != "desktop_app.ui.app":
            raise
        # The GUI is not built yet: show what the catalog holds instead.
        catalog_cmd = _command_module("catalog")
        if catalog_cmd is None:
            print("Accelerator Planner: the catalog is not built yet.")
            return EXIT_OK
        return catalog_cmd.print_summary()
    return ui_app.main(args)


if __name__ == "__main__":
    sys.exit(main())
