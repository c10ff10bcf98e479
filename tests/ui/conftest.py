"""Qt test fixtures: settings go to a temporary folder for every test (STYLE.md §7); one shipped
catalog per session for tests that only read it."""

import pytest

from desktop_app.catalog.store import Catalog
from desktop_app.ui import settings


@pytest.fixture(autouse=True)
def _fresh_settings(tmp_path):
    settings.redirect(tmp_path / "settings")
    yield
    settings.redirect(None)


@pytest.fixture(scope="session")
def shipped_catalog():
    """The shipped catalog in memory: read-only use (tests that write open their own)."""
    catalog = Catalog.open(":memory:")
    yield catalog
    catalog.close()


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch):
    """Modal message boxes would block an offscreen test forever: answer them, and record what
    they said so tests can assert on it."""
    from PySide6.QtWidgets import QMessageBox

    shown = []

    def answer(kind, default):
        def box(parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return default

        return box

    monkeypatch.setattr(QMessageBox, "question", answer("question", QMessageBox.StandardButton.Discard))
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, answer(kind, QMessageBox.StandardButton.Ok))
    return shown
