"""Bring a catalog database to the newest schema with the Alembic revisions under db/migrations.

Alembic is configured in code, from `desktop_app.paths.migrations_dir()`, so it works the same from
a checkout and from a PyInstaller bundle (which must ship db/migrations as data, .py files included).
"""

from __future__ import annotations

import functools

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

from desktop_app.paths import migrations_dir


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@functools.cache
def head_revision() -> str:
    """The newest schema revision this build knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migration scripts found"
    return head


@functools.cache
def known_revisions() -> frozenset[str]:
    """Every schema revision this build knows (a database at any other one is from a newer app)."""
    return frozenset(
        s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()
    )


def current_revision(connection: Connection) -> str | None:
    """The schema revision a database is at; None for an empty (or pre-Alembic) database."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Upgrade in the caller's transaction; the caller commits."""
    command.upgrade(alembic_config(connection), revision)
