"""Bring a catalog database to the newest schema with the Alembic revisions under db/migrations.

Alembic is configured in code, from `desktop_app.paths.migrations_dir()`, so it works the same from
a checkout and from a PyInstaller bundle (which must ship db/migrations as data, .py files included).

Alembic itself is imported only when a database needs upgrading: on an ordinary start the database
is already at the newest revision, which a plain query and the revision files' names tell, and
importing Alembic would add a fifth of a second to every start of the app.
"""

from __future__ import annotations

import functools
import re

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

from desktop_app.paths import migrations_dir

_REVISION = re.compile(r"^revision\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision\s*=\s*(?:[\"']([^\"']+)[\"']|None)", re.MULTILINE)


@functools.cache
def _revision_graph() -> dict[str, str | None]:
    """revision -> down_revision, read from the scripts' text (no Alembic import)."""
    graph: dict[str, str | None] = {}
    for script in sorted((migrations_dir() / "versions").glob("*.py")):
        source = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision:
            graph[revision.group(1)] = down.group(1) if down else None
    return graph


def alembic_config(connection: Connection | None = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@functools.cache
def head_revision() -> str:
    """The newest schema revision this build knows (the one no other revision builds on)."""
    graph = _revision_graph()
    heads = set(graph) - {down for down in graph.values() if down}
    assert len(heads) == 1, f"expected one head revision, found {sorted(heads)}"
    return heads.pop()


@functools.cache
def known_revisions() -> frozenset[str]:
    """Every schema revision this build knows (a database at any other one is from a newer app)."""
    return frozenset(_revision_graph())


def current_revision(connection: Connection) -> str | None:
    """The schema revision a database is at; None for an empty (or pre-Alembic) database."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Upgrade in the caller's transaction; the caller commits. A no-op (without importing
    Alembic) when the database is already at the newest revision."""
    target = head_revision() if revision == "head" else revision
    if current_revision(connection) == target:
        return
    from alembic import command

    command.upgrade(alembic_config(connection), revision)
