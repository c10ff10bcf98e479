"""The store: queries return plain records, the user layer, catalog updates, corrupt-file recovery."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3

import pytest
from catalog_helpers import MINI_SEED, replace

from desktop_app.catalog.records import Accelerator, Spec
from desktop_app.catalog.store import (
    Catalog,
    CatalogError,
    CatalogInputError,
    UnknownIdError,
    version_key,
)


def test_queries_return_frozen_records(mini_catalog):
    accs = mini_catalog.accelerators()
    assert [a.id for a in accs] == ["acme-x1", "bolt-b2"]
    x1 = mini_catalog.accelerator("acme-x1")
    assert isinstance(x1, Accelerator) and x1.layer == "shipped"
    with pytest.raises(dataclasses.FrozenInstanceError):
        x1.name = "changed"  # type: ignore[misc]
    assert x1.memory_gib == Spec(80, "acme-x1-datasheet", "datasheet", None)
    assert x1.fp4_tflops == Spec()
    assert mini_catalog.system("acme-box-8").accelerator_count.value == 8
    assert [s.id for s in mini_catalog.stacks()] == ["acme-sdk", "bolt-sdk"]
    assert [r.id for r in mini_catalog.runtimes()] == ["fastserve", "tiny.cpp"]
    assert {(s.runtime, s.stack, s.level) for s in mini_catalog.support()} == {
        ("fastserve", "acme-sdk", "official"),
        ("tiny.cpp", "bolt-sdk", "community"),
    }
    assert [m.id for m in mini_catalog.measured_results()] == ["M1", "M2"]
    assert mini_catalog.source("press-x1-price").date == "2024-05-01"
    assert [v.id for v in mini_catalog.vendors()] == ["acme", "bolt"]
    assert mini_catalog.find("fastserve")[0] == "runtimes"


def test_unknown_ids(mini_catalog):
    with pytest.raises(UnknownIdError, match="unknown accelerator id 'acme-x9'"):
        mini_catalog.accelerator("acme-x9")
    with pytest.raises(UnknownIdError):
        mini_catalog.find("nothing-like-it")


def test_user_add_edit_delete_and_revert(mini_catalog):
    added = mini_catalog.add_accelerator(
        {
            "id": "my-card",
            "name": "My card",
            "vendor": "bolt",
            "memory_gib": {"value": 48, "confidence": "measured"},
        }
    )
    assert added.layer == "user" and added.memory_gib == Spec(48, None, "measured", None)
    edited = mini_catalog.edit_accelerator(
        "acme-x1", memory_gib={"value": 96, "confidence": "estimate", "note": "mine"}
    )
    assert edited.memory_gib == Spec(96, "acme-x1-datasheet", "estimate", "mine")  # entry source
    assert edited.bf16_tflops.value == 989  # the rest of the shipped row came along
    assert mini_catalog.accelerator("acme-x1").layer == "user"
    mini_catalog.delete_accelerator("acme-x1")  # shipped: hidden, not gone
    assert [a.id for a in mini_catalog.accelerators()] == ["bolt-b2", "my-card"]
    mini_catalog.revert("accelerators", "acme-x1")
    assert mini_catalog.accelerator("acme-x1").memory_gib.value == 80
    mini_catalog.delete_accelerator("my-card")  # user-only: gone
    assert mini_catalog.user_ids("accelerators") == ()
    with pytest.raises(UnknownIdError):
        mini_catalog.delete_accelerator("my-card")


def test_user_models(mini_catalog):
    mini_catalog.edit_model("tiny-dense-1b", layers=24)
    assert mini_catalog.model("tiny-dense-1b").layers == Spec(24, "tiny-config", "datasheet", None)
    mini_catalog.delete_model("tiny-moe-8x1b")
    assert [m.id for m in mini_catalog.models()] == ["tiny-dense-1b"]


@pytest.mark.parametrize(
    ("entry", "column", "reason"),
    [
        ({"name": "x", "vendor": "acme"}, "id", "missing id"),
        ({"id": "x", "name": "x", "vendor": "nope"}, "vendor", "unknown vendor 'nope'"),
        (
            {"id": "x", "name": "x", "vendor": "acme", "memory_gib": -1},
            "memory_gib",
            "must not be negative",
        ),
        (
            {
                "id": "x",
                "name": "x",
                "vendor": "acme",
                "memory_gib": {"value": 1, "confidence": "sure"},
            },
            "memory_gib.confidence",
            "'sure' is not one of",
        ),
        (
            {
                "id": "x",
                "name": "x",
                "vendor": "acme",
                "memory_gib": {"value": 1, "source": "nope", "confidence": "estimate"},
            },
            "memory_gib.source",
            "unknown source 'nope'",
        ),
        (
            {"id": "x", "name": "x", "vendor": "acme", "memroy_gib": 1},
            "memroy_gib",
            "unknown field",
        ),
    ],
)
def test_user_input_is_validated(mini_catalog, entry, column, reason):
    with pytest.raises(CatalogInputError) as info:
        mini_catalog.add_accelerator(entry)
    assert any(p.column == column and reason in p.reason for p in info.value.problems), (
        info.value.problems
    )
    assert mini_catalog.user_ids("accelerators") == ()


def _write_seed(tmp_path, version: str, memory: int):
    seed = tmp_path / f"seed-{version}"
    shutil.copytree(MINI_SEED, seed)
    replace(seed / "catalog.toml", 'version = "1.0"', f'version = "{version}"')
    replace(seed / "accelerators" / "acme.toml", "memory_gib = 80", f"memory_gib = {memory}")
    return seed


def test_newer_shipped_catalog_keeps_user_rows(tmp_path):
    path = str(tmp_path / "catalog.sqlite")
    with Catalog.open(path, seed_dir=_write_seed(tmp_path, "1.0", 80)) as catalog:
        catalog.add_model(
            {"id": "my-model", "name": "Mine", "layers": {"value": 2, "confidence": "estimate"}}
        )
        catalog.edit_accelerator("bolt-b2", name="Bolt B2 (ours)")
        catalog.delete_accelerator("acme-x1")
    with Catalog.open(path, seed_dir=_write_seed(tmp_path, "1.10", 96)) as catalog:
        assert catalog.version == "1.10"
        assert catalog.model("my-model").layer == "user"
        assert catalog.accelerator("bolt-b2").name == "Bolt B2 (ours)"
        assert "acme-x1" not in {a.id for a in catalog.accelerators()}  # still hidden by the user
        catalog.revert("accelerators", "acme-x1")
        assert catalog.accelerator("acme-x1").memory_gib.value == 96  # the new shipped figure
    # An older shipped catalog (an older app) does not replace newer shipped rows.
    with Catalog.open(path, seed_dir=_write_seed(tmp_path, "1.9", 50)) as catalog:
        assert catalog.version == "1.10"
        assert catalog.accelerator("acme-x1").memory_gib.value == 96


def test_version_key_is_numeric():
    assert version_key("2026.11.10") > version_key("2026.11.9")
    assert version_key("1.10") > version_key("1.9")


def test_corrupt_file_is_moved_aside(tmp_path):
    path = tmp_path / "catalog.sqlite"
    garbage = b"this is not a database at all\n" * 100
    path.write_bytes(garbage)
    with Catalog.open(str(path), seed_dir=MINI_SEED) as catalog:
        assert catalog.recovery_message and "moved to" in catalog.recovery_message
        assert len(catalog.accelerators()) == 2
    moved = [p for p in tmp_path.iterdir() if p.name.startswith("catalog.sqlite.corrupt-")]
    assert len(moved) == 1 and moved[0].read_bytes() == garbage  # kept, never deleted
    assert str(moved[0]) in catalog.recovery_message
    with Catalog.open(str(path), seed_dir=MINI_SEED) as catalog:  # the fresh one is fine
        assert catalog.recovery_message is None


def test_damaged_sqlite_file_is_moved_aside(tmp_path):
    path = tmp_path / "catalog.sqlite"
    with Catalog.open(str(path), seed_dir=MINI_SEED):
        pass
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # a valid header, a wrecked first page
    path.write_bytes(bytes(data))
    with Catalog.open(str(path), seed_dir=MINI_SEED) as catalog:
        assert catalog.recovery_message is not None
        assert [a.id for a in catalog.accelerators()] == ["acme-x1", "bolt-b2"]
    assert any(p.name.startswith("catalog.sqlite.corrupt-") for p in tmp_path.iterdir())


def test_newer_schema_is_refused_not_moved(tmp_path):
    path = tmp_path / "catalog.sqlite"
    with Catalog.open(str(path), seed_dir=MINI_SEED):
        pass
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    with pytest.raises(CatalogError, match="newer"):
        Catalog.open(str(path), seed_dir=MINI_SEED)
    assert path.exists()


def test_default_url_comes_from_the_environment(tmp_path, monkeypatch):
    path = tmp_path / "env.sqlite"
    monkeypatch.setenv("ACCEL_PLANNER_DB", str(path))
    with Catalog.open(seed_dir=MINI_SEED) as catalog:
        assert len(catalog.accelerators()) == 2
    assert path.exists()


def test_locked_database_is_not_moved(tmp_path):
    path = tmp_path / "catalog.sqlite"
    with Catalog.open(str(path), seed_dir=MINI_SEED):
        pass
    locker = sqlite3.connect(path, timeout=0)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        newer = tmp_path / "newer-seed"
        shutil.copytree(MINI_SEED, newer)
        replace(newer / "catalog.toml", 'version = "1.0"', 'version = "2.0"')  # forces a write
        with pytest.raises(Exception, match="locked"):
            Catalog.open(f"sqlite:///{path}?timeout=0", seed_dir=newer)
    finally:
        locker.rollback()
        locker.close()
    assert [p.name for p in tmp_path.iterdir() if "corrupt" in p.name] == []
