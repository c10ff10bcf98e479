"""Qt test fixtures: settings go to a temporary folder for every test (STYLE.md §7)."""

import pytest

from desktop_app.ui import settings


@pytest.fixture(autouse=True)
def _fresh_settings(tmp_path):
    settings.redirect(tmp_path / "settings")
    yield
    settings.redirect(None)
