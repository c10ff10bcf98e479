"""Export the current plan (PDF, XLSX, CSV, JSON, PNG, SVG) and import or export the user's own
catalog entries, from the window's menus.

The workbook, tables and JSON are built and written on the one background worker (STYLE.md §5),
from results and catalog records already in memory, so the window keeps responding. The PDF and
plot images are drawn from real plot widgets, which Qt allows on the GUI thread only; they take a
second or two and run there with a busy cursor. Every file is written atomically by the export
functions, so a failed export never damages an existing file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from desktop_app.ui.workers import Worker

# The export formats, in menu order.
FORMATS = ("pdf", "xlsx", "csv", "json", "png", "svg")


class ExportController(QObject):
    def __init__(self, window: QMainWindow, worker: Worker | None = None):
        super().__init__(window)
        self._window = window
        self._worker = worker or Worker(self)

    # --- menus --------------------------------------------------------------------------------------
    def add_export_menu(self, file_menu: QMenu) -> None:
        export = file_menu.addMenu(self.tr("&Export"))
        texts = {
            "pdf": self.tr("Report (PDF)…"),
            "xlsx": self.tr("Workbook (XLSX)…"),
            "csv": self.tr("Comparison and sweep tables (CSV)…"),
            "json": self.tr("Plan with results (JSON)…"),
            "png": self.tr("Plots as images (PNG)…"),
            "svg": self.tr("Plots as vector drawings (SVG)…"),
        }
        for fmt in FORMATS:
            action = export.addAction(texts[fmt])
            action.triggered.connect(lambda _=False, f=fmt: self.export(f))

    def add_catalog_actions(self, catalog_menu: QMenu) -> None:
        catalog_menu.addAction(self.tr("&Import entries…")).triggered.connect(lambda: self.import_catalog())
        catalog_menu.addAction(self.tr("E&xport the catalog…")).triggered.connect(lambda: self.export_catalog())

    # --- plan exports -----------------------------------------------------------------------------------
    def export(self, fmt: str, path: str | Path | None = None) -> bool:
        window = self._window
        results = window.state.results
        if results is None or results.message:
            QMessageBox.information(window, self.tr("Nothing to export"),
                                    results.message if results is not None else
                                    self.tr("The scenario could not be computed."))
            return False
        if path is None:
            path = self._ask_path(fmt)
            if path is None:
                return False
        path = Path(path)
        plan = window.plans.plan()
        catalog = window.state.catalog
        if fmt in ("pdf", "png", "svg"):
            return self._render(fmt, plan, results, catalog, path)
        self._warm(catalog)
        self._window.statusBar().showMessage(self.tr("Exporting {0}…").format(path.name))
        self._worker.submit(lambda: self._write(fmt, plan, results, catalog, path),
                            lambda written: self._done(written),
                            lambda message, _trace: self._failed(message))
        return True

    def _ask_path(self, fmt: str) -> Path | None:
        name = window_stem(self._window)
        if fmt in ("png", "svg"):
            folder = QFileDialog.getExistingDirectory(self._window, self.tr("Folder for the plot images"),
                                                      str(Path.home()))
            return Path(folder) if folder else None
        filters = {"pdf": self.tr("PDF report (*.pdf)"), "xlsx": self.tr("Excel workbook (*.xlsx)"),
                   "csv": self.tr("CSV table (*.csv)"), "json": self.tr("Plan with results (*.json)")}
        suggested = str(Path.home() / f"{name}.{fmt}")
        path, _ = QFileDialog.getSaveFileName(self._window, self.tr("Export"), suggested, filters[fmt])
        if not path:
            return None
        return Path(path if path.lower().endswith(f".{fmt}") else f"{path}.{fmt}")

    @staticmethod
    def _warm(catalog) -> None:
        """Fill the catalog's memo on this (GUI) thread, so the worker reads only Python objects and
        never touches the database connection from another thread."""
        for query in (catalog.accelerators, catalog.models, catalog.systems, catalog.stacks,
                      catalog.sources, catalog.runtimes):
            query()
        _ = catalog.version

    @staticmethod
    def _write(fmt: str, plan, results, catalog, path: Path) -> list[Path]:
        from desktop_app.plans import exports

        if fmt == "xlsx":
            from PySide6.QtCore import QCoreApplication

            # In the interface's language, like everything on screen (translation is thread-safe).
            exports.export_xlsx(plan, results, catalog, path, translate=QCoreApplication.translate)
            return [path]
        if fmt == "csv":
            exports.export_csv(results, path, "comparison")
            sweep = exports.sweep_csv_path(path)
            exports.export_csv(results, sweep, "sweep")
            return [path, sweep]
        exports.export_json(plan, results, path)
        return [path]

    def _render(self, fmt: str, plan, results, catalog, path: Path) -> bool:
        from desktop_app.ui import report

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if fmt == "pdf":
                written = [report.render_pdf(plan, results, catalog, path, language=plan.language,
                                             colour_for=self._window.state.colour)]
            else:
                path.mkdir(parents=True, exist_ok=True)
                written = report.render_plot_images(results, path, fmt=fmt, colour_for=self._window.state.colour)
        except OSError as exc:
            QGuiApplication.restoreOverrideCursor()
            self._failed(str(exc))
            return False
        QGuiApplication.restoreOverrideCursor()
        self._done(written)
        return True

    def _done(self, written) -> None:
        if written is None:  # superseded job (never for exports: they carry no key)
            return
        names = ", ".join(Path(p).name for p in written)
        self._window.statusBar().showMessage(self.tr("Exported {0}").format(names), 8000)

    def _failed(self, message: str) -> None:
        self._window.statusBar().clearMessage()
        QMessageBox.warning(self._window, self.tr("Export failed"), self.tr(
            "Nothing was written; a file that was already there is unchanged.\n\nReason:\n{0}").format(message))

    def wait(self) -> bool:
        """Tests and shutdown: let a running export finish."""
        return self._worker.wait()

    # --- the user's catalog ---------------------------------------------------------------------------
    def import_catalog(self, path: str | Path | None = None) -> bool:
        """Import CSV or JSON entries into the user's layer: all rows or none, with every problem
        listed. Runs on the GUI thread: it is quick, and the database connection lives here."""
        from desktop_app.catalog.io import import_file
        from desktop_app.catalog.store import CatalogError, CatalogInputError

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self._window, self.tr("Import catalog entries"),
                                                  str(Path.home()), self.tr("Catalog files (*.csv *.json)"))
            if not path:
                return False
        try:
            counts = import_file(self._window.state.catalog, Path(path))
        except (CatalogInputError, CatalogError, OSError, ValueError) as exc:
            QMessageBox.warning(self._window, self.tr("Nothing was imported"), self.tr(
                "The file was refused as a whole: the catalog is as it was.\n\n"
                "Every problem found (rows and columns as in the file):\n{0}").format(exc))
            return False
        self._window.state.catalog_modified()
        summary = ", ".join(f"{n} {kind}" for kind, n in counts.items() if n)
        self._window.statusBar().showMessage(self.tr("Imported {0}").format(summary or "0"), 8000)
        return True

    def export_catalog(self, path: str | Path | None = None) -> bool:
        from desktop_app.catalog.io import export_file
        from desktop_app.catalog.store import CatalogInputError

        if path is None:
            path, _ = QFileDialog.getSaveFileName(self._window, self.tr("Export the catalog"),
                                                  str(Path.home() / "catalog.json"),
                                                  self.tr("JSON (*.json);;CSV, accelerators only (*.csv)"))
            if not path:
                return False
        try:
            count = export_file(self._window.state.catalog, Path(path))
        except (CatalogInputError, OSError) as exc:
            self._failed(str(exc))
            return False
        self._window.statusBar().showMessage(self.tr("Exported {0} entries to {1}").format(count, Path(path).name), 8000)
        return True


def window_stem(window) -> str:
    """A file name for exports: the plan's file name or its title."""
    path = window.plans.path
    if path is not None:
        return path.name.removesuffix(".accplan.json")
    return window.plans._safe_name(window.plans.details().title)
