"""The start-up snapshot: the same answers as the database, used only while nothing it depends on
changed, never imports SQLAlchemy when it holds, and any write goes to the database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from catalog_helpers import append

from desktop_app.catalog import snapshot
from desktop_app.catalog.queries import UnknownIdError
from desktop_app.catalog.store import Catalog

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def cache(tmp_path, monkeypatch):
    """Snapshots go to a cache folder of the test's own."""
    folder = tmp_path / "cache"
    monkeypatch.setattr(snapshot, "_folder", lambda: folder)
    return folder


@pytest.fixture
def database(tmp_path, mini_seed):
    """A file catalog of the tiny seed, opened once (as a first start does) and its snapshot saved."""
    path = tmp_path / "Data #1 张三" / "catalog.sqlite"  # a path a URL would have to %-encode
    path.parent.mkdir()
    catalog = snapshot.open_catalog(str(path), seed_dir=mini_seed)
    assert isinstance(catalog, Catalog)  # no snapshot yet: the database itself
    assert snapshot.save(catalog) == snapshot.snapshot_path(path)
    assert snapshot.snapshot_path(path).is_file() and not list(path.parent.glob("*.snapshot"))
    catalog.close()
    return path, mini_seed


def test_a_snapshot_answers_as_the_database_does(database):
    path, seed = database
    fast = snapshot.open_catalog(str(path), seed_dir=seed)
    assert isinstance(fast, snapshot.SnapshotCatalog)
    with Catalog.open(str(path), seed_dir=seed) as slow:
        assert fast.accelerators() == slow.accelerators()
        assert fast.models() == slow.models() and fast.systems() == slow.systems()
        assert fast.sources() == slow.sources() and fast.runtimes() == slow.runtimes()
        assert fast.support() == slow.support() and fast.vendors() == slow.vendors()
        assert fast.version == slow.version and fast.refs() == slow.refs()
        assert fast.accelerator("acme-x1") == slow.accelerator("acme-x1")
    with pytest.raises(UnknownIdError):
        fast.accelerator("nothing-like-it")
    assert not fast.opened  # all of that came from the snapshot
    assert snapshot.save(fast) is None  # a snapshot that held is not rewritten


def test_the_window_start_path_does_not_import_sqlalchemy(database, cache):
    path, seed = database
    code = ("import sys, pathlib; from desktop_app.catalog import snapshot; "
            f"snapshot._folder = lambda: pathlib.Path({str(cache)!r}); "
            f"c = snapshot.open_catalog({str(path)!r}, seed_dir=__import__('pathlib').Path({str(seed)!r})); "
            "print(type(c).__name__, len(c.accelerators()), c.source(c.accelerators()[0].memory_gib.source).id, "
            "'sqlalchemy' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, env=dict(os.environ))
    assert done.returncode == 0, done.stderr
    name, count, source, loaded = done.stdout.split()
    assert (name, count, loaded) == ("SnapshotCatalog", "2", "False") and source


def test_a_write_goes_to_the_database_and_later_reads_see_it(database):
    path, seed = database
    fast = snapshot.open_catalog(str(path), seed_dir=seed)
    fast.add_accelerator({"id": "my-card", "name": "My card", "vendor": "bolt",
                          "memory_gib": {"value": 48, "confidence": "measured"}})
    assert fast.opened
    assert "my-card" in [a.id for a in fast.accelerators()]
    fast.close()
    # The database changed: the old snapshot no longer holds, the next start reads the database.
    again = snapshot.open_catalog(str(path), seed_dir=seed)
    assert isinstance(again, Catalog) and again.accelerator("my-card").memory_gib.value == 48
    again.close()


def test_a_changed_seed_or_database_makes_the_snapshot_stale(database):
    path, seed = database
    with Catalog.open(str(path), seed_dir=seed) as other:  # another process writes
        other.delete_accelerator("bolt-b2")
    catalog = snapshot.open_catalog(str(path), seed_dir=seed)
    assert isinstance(catalog, Catalog)
    snapshot.save(catalog)
    catalog.close()
    assert isinstance(snapshot.open_catalog(str(path), seed_dir=seed), snapshot.SnapshotCatalog)
    append(seed / "vendors.toml", "\n# an edit of the seed\n")
    assert isinstance(snapshot.open_catalog(str(path), seed_dir=seed), Catalog)


def test_a_damaged_snapshot_is_ignored(database):
    path, seed = database
    snapshot.snapshot_path(path).write_bytes(b"\x80\x05 not a pickle at all")
    catalog = snapshot.open_catalog(str(path), seed_dir=seed)
    assert isinstance(catalog, Catalog) and catalog.accelerator("acme-x1")
    assert snapshot.save(catalog) is not None  # and replaced
    catalog.close()
    assert isinstance(snapshot.open_catalog(str(path), seed_dir=seed), snapshot.SnapshotCatalog)


def test_memory_catalogs_have_no_snapshot(mini_seed):
    catalog = snapshot.open_catalog("sqlite://", seed_dir=mini_seed)
    assert isinstance(catalog, Catalog) and snapshot.save(catalog) is None
    catalog.close()


def test_a_write_by_another_process_while_reading_is_not_saved(database, monkeypatch):
    """Another instance (or the command line) writes between this start's reads and its save:
    the snapshot must not keep the answers from before that write."""
    path, seed = database
    snapshot.snapshot_path(path).unlink()
    catalog = snapshot.open_catalog(str(path), seed_dir=seed)
    assert [a.id for a in catalog.accelerators()] == ["acme-x1", "bolt-b2"]
    with Catalog.open(str(path), seed_dir=seed) as other:
        other.delete_accelerator("bolt-b2")
    assert snapshot.save(catalog) is not None  # read afresh at save time
    catalog.close()
    again = snapshot.open_catalog(str(path), seed_dir=seed)
    assert isinstance(again, snapshot.SnapshotCatalog)
    assert [a.id for a in again.accelerators()] == ["acme-x1"]
    # A write during the save itself: the stamps before and after differ, nothing is saved.
    snapshot.snapshot_path(path).unlink()
    fresh = Catalog.open(str(path), seed_dir=seed)
    real_stamp, calls = snapshot.stamp, []

    def moving_stamp(*args):
        calls.append(1)
        return real_stamp(*args) + (len(calls),)

    monkeypatch.setattr(snapshot, "stamp", moving_stamp)
    assert snapshot.save(fresh) is None and not snapshot.snapshot_path(path).exists()
    fresh.close()


def test_a_cache_folder_that_cannot_be_written_does_not_stop_a_start(database, monkeypatch, tmp_path):
    path, seed = database
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setattr(snapshot, "_folder", lambda: blocker / "catalog-snapshots")
    catalog = snapshot.open_catalog(str(path), seed_dir=seed)
    assert isinstance(catalog, Catalog)
    assert snapshot.save(catalog) is None  # no error: just no snapshot
    catalog.close()
