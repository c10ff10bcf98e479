"""Schema migrations: from empty to head, from the released schema 0001 fixture, and ORM == head."""

from __future__ import annotations

import shutil
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from catalog_helpers import MINI_SEED
from sqlalchemy import create_engine, inspect

from desktop_app.catalog import migrate
from desktop_app.catalog.models import Base
from desktop_app.catalog.store import Catalog

FIXTURE_0001 = Path(__file__).resolve().parent.parent / "fixtures" / "catalog_schema_0001.sqlite"


def test_upgrade_from_empty_matches_the_orm():
    engine = create_engine("sqlite://")
    with engine.begin() as connection:
        assert migrate.current_revision(connection) is None
        migrate.upgrade(connection)
        assert migrate.current_revision(connection) == migrate.head_revision() == "0002"
        diffs = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diffs == []
    engine.dispose()


def test_every_revision_downgrades_and_upgrades_again():
    from alembic import command

    engine = create_engine("sqlite://")
    with engine.begin() as connection:
        migrate.upgrade(connection)
        command.downgrade(migrate.alembic_config(connection), "base")
        assert set(inspect(connection).get_table_names()) == {"alembic_version"}
        migrate.upgrade(connection)
        assert "measured_results" in inspect(connection).get_table_names()
    engine.dispose()


def test_fixture_is_at_schema_0001():
    engine = create_engine(f"sqlite:///{FIXTURE_0001}")
    with engine.connect() as connection:
        assert migrate.current_revision(connection) == "0001"
        assert "measured_results" not in inspect(connection).get_table_names()
    engine.dispose()


def test_upgrade_from_schema_0001_keeps_user_rows(tmp_path):
    path = tmp_path / "catalog.sqlite"
    shutil.copy(FIXTURE_0001, path)
    with Catalog.open(str(path), seed_dir=MINI_SEED) as catalog:
        assert catalog.recovery_message is None
        assert catalog.version == "1.0"  # the newer shipped catalog replaced version 0.9
        ids = {a.id for a in catalog.accelerators()}
        assert "acme-old" not in ids  # a shipped row the new catalog dropped
        assert {"acme-x1", "bolt-b2", "my-card"} <= ids
        x1 = catalog.accelerator("acme-x1")
        assert x1.layer == "user" and x1.name == "Acme X1 (my lab)"  # the user's edit still wins
        assert x1.memory_gib.value == 96 and x1.memory_gib.confidence == "measured"
        assert x1.memory_gib.note == "nvidia-smi"
        assert catalog.model("my-model").layers.value == 4
        assert len(catalog.measured_results()) == 2  # the table revision 0002 added
        with catalog.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
    # Opening again changes nothing.
    with Catalog.open(str(path), seed_dir=MINI_SEED) as catalog:
        assert catalog.accelerator("acme-x1").layer == "user"


def test_revision_files_read_without_alembic_agree_with_alembic():
    """The start-up fast path reads revisions from the scripts' text; Alembic must agree."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == script.get_current_head()
    assert migrate.known_revisions() == {s.revision for s in script.walk_revisions()}
