"""Fixtures for the catalog tests: a tiny synthetic seed, and the real seed built once per session."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from catalog_helpers import MINI_SEED


@pytest.fixture
def mini_seed(tmp_path: Path) -> Path:
    """A writable copy of tests/fixtures/mini_seed, for tests that break it on purpose."""
    target = tmp_path / "seed"
    shutil.copytree(MINI_SEED, target)
    return target


@pytest.fixture(scope="session")
def _mini_template():
    """The tiny seed's catalog, migrated and seeded once, as a raw in-memory SQLite database."""
    from desktop_app.catalog.store import Catalog

    catalog = Catalog.open("sqlite://", seed_dir=MINI_SEED)
    template = sqlite3.connect(":memory:", check_same_thread=False)
    with catalog.engine.connect() as connection:
        connection.connection.driver_connection.backup(template)
    catalog.close()
    yield template
    template.close()


@pytest.fixture
def mini_catalog(_mini_template):
    """A fresh in-memory catalog of the tiny synthetic seed (a copy of the session's template)."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from desktop_app.catalog.store import Catalog

    def connect():
        connection = sqlite3.connect(":memory:", check_same_thread=False)
        _mini_template.backup(connection)
        return connection

    engine = create_engine("sqlite://", creator=connect, poolclass=StaticPool)
    catalog = Catalog(engine, seed_dir=MINI_SEED)
    yield catalog
    catalog.close()


@pytest.fixture(scope="session")
def shipped_catalog():
    """The real shipped catalog (db/seed), built once per test session in memory. Read-only use."""
    from desktop_app.catalog.store import Catalog

    catalog = Catalog.open("sqlite://")
    yield catalog
    catalog.close()
