"""Start the GUI: `accel-planner` with no sub-command, or `accel-planner --screenshot FILE.png`."""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys

from desktop_app.cli import EXIT_BAD_INPUT, EXIT_OK, BadInput


def _parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise BadInput(f"--size must look like 1600x1000, got {text!r}") from None
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise BadInput(f"--size {text} is outside 320x240 .. 8000x8000")
    return width, height


def _initial_scenario(args: argparse.Namespace):
    """The plan given on the command line, else the last session's scenario, else the first
    ready-made demo scenario."""
    from desktop_app.plans.scenario import Scenario
    from desktop_app.ui import demos, settings

    if getattr(args, "plan", None):
        from desktop_app.plans.errors import PlanError
        from desktop_app.plans.io import load_plan

        try:
            return load_plan(args.plan).scenario
        except PlanError as exc:
            raise BadInput(str(exc)) from None
    if not args.screenshot and settings.get("restore_last_scenario"):
        text = settings.last_scenario_json()
        if text:
            try:
                return Scenario.from_json_dict(json.loads(text))
            except (ValueError, TypeError):
                pass  # an unreadable saved session is not worth an error: start from a demo
    return demos.default_scenario()


def _import_core_before_qt() -> None:
    """Import the Qt-free core (numpy, estimator, plans, the catalog's snapshot reader) before
    PySide6: once PySide6 is loaded, its import hook reads the source of every module imported
    after it (looking for `from __feature__` lines), which costs a tenth of a second or more at
    every start. SQLAlchemy is not among them: a start whose catalog snapshot still holds never
    imports it (see catalog.snapshot)."""
    import desktop_app.catalog.snapshot  # noqa: F401
    import desktop_app.estimator.api  # noqa: F401
    import desktop_app.plans.results  # noqa: F401


def open_window(args: argparse.Namespace):
    """Start Qt and build the main window for `args` (not shown yet): (app, window), or raise
    BadInput. `main` and the start-up benchmark share this path."""
    _import_core_before_qt()
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from desktop_app.catalog import messages
    from desktop_app.ui import i18n, settings

    try:
        language = i18n.choose_language(getattr(args, "lang", None), str(settings.get("language")))
    except ValueError as exc:
        raise BadInput(str(exc)) from None
    QCoreApplication.setOrganizationName("AcceleratorPlanner")
    QCoreApplication.setApplicationName("AcceleratorPlanner")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    # Before any widget exists: widgets translate their texts when they are built, and the CJK
    # fallback font must be in place before the first Chinese text is laid out.
    i18n.register_cjk_font()
    try:
        i18n.install(language)
    except i18n.TranslationError as exc:
        print(f"accel-planner: warning: {exc}; the interface stays in English", file=sys.stderr)
    # Plan-file and catalog-import problems in the user's language (one translator for both).
    messages.set_translator(QCoreApplication.translate)
    from PySide6.QtGui import QIcon

    from desktop_app.paths import resources_dir

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "accel-planner.svg")))
    app.setDesktopFileName("accel-planner")
    from desktop_app.catalog import snapshot
    from desktop_app.catalog.queries import CatalogError
    from desktop_app.ui.main_window import TAB_NAMES, MainWindow
    from desktop_app.ui.state import AppState
    from desktop_app.ui.theme import THEMES, apply_theme

    tab = (getattr(args, "tab", None) or "").lower() or None
    if tab is not None and tab not in TAB_NAMES:
        raise BadInput(f"--tab must be one of {', '.join(TAB_NAMES)}, got {args.tab!r}")
    apply_theme(app, THEMES[settings.get("theme")])
    try:
        catalog = snapshot.open_catalog(None)
    except CatalogError as exc:
        raise BadInput(str(exc)) from None
    window = MainWindow(AppState(catalog, _initial_scenario(args)))
    if tab:
        window.show_tab(tab)
    # What this start read, for the next start to answer without opening the database (only
    # written when the database had to be opened: a snapshot that held is left as it is).
    snapshot.save(catalog)
    # Everything built so far lives as long as the app: keep it out of the garbage collector's
    # scans, which otherwise walk these objects again and again during slider drags.
    gc.freeze()
    return app, window


def main(args: argparse.Namespace) -> int:
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    size = _parse_size(args.size) if args.screenshot else None
    try:
        app, window = open_window(args)
    except BadInput as exc:
        if args.screenshot:
            raise
        from PySide6.QtWidgets import QApplication, QMessageBox

        QApplication.instance() or QApplication(sys.argv[:1])
        QMessageBox.critical(None, "Accelerator Planner", str(exc))
        return EXIT_BAD_INPUT
    if size is not None:
        window.resize(*size)
        window.show()
        app.processEvents()
        if not window.grab().save(args.screenshot):
            raise BadInput(f"could not write the screenshot to {args.screenshot}")
        print(args.screenshot)
        return EXIT_OK
    window.resize(1600, 1000)
    window.restore_layout()
    window.show()
    if not getattr(args, "plan", None):
        window.plans.offer_autosave()
    catalog = window.state.catalog
    if catalog.recovery_message:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(window, app.tr("Catalog recovered"), catalog.recovery_message)
    return app.exec()
