"""Start without SQLAlchemy: the catalog's query results saved beside the database file.

Opening the catalog database means importing SQLAlchemy and checking the schema and the shipped
seed: about 0.4 s of every start of the window, for answers that are the same as last time unless
the database, the seed or the app changed. So after a start the catalog's query results are saved
in the user's cache folder (never beside the database, which may sit in a shared folder: a
snapshot is a pickle, and only the user's own files are trusted to hold one), stamped with the
size, modification time and SQLite change counter of the database file (and its journals), of
every seed file, the app's version and the known schema revisions. The next start
answers from the snapshot when the stamp still matches; the database itself is opened, with
SQLAlchemy, the first time something the snapshot does not hold is asked, or anything is written.

A snapshot that is missing, stale, unreadable or of another format is ignored (and replaced):
it is only ever a faster way to the same answers, never the only copy of anything.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.catalog.queries import MEMO_LOADS, CatalogQueries

FORMAT = 1
SUFFIX = ".snapshot"


def _database_file(url: str) -> Path | None:
    """The file of a `sqlite:///path` URL (None for memory or other databases). The same rule as
    recovery.sqlite_file, without SQLAlchemy's URL parser."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    rest = url[len(prefix):].split("?", 1)[0]
    if not rest or rest == ":memory:" or rest.startswith("file:"):
        return None
    return Path(rest)


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def _change_counter(database: Path) -> bytes:
    """SQLite's file change counter (header bytes 24-27): it moves on every committed write,
    even one that keeps the file's size and lands within the clock's granularity."""
    try:
        with database.open("rb") as f:
            return f.read(28)[24:28]
    except OSError:
        return b""


def stamp(database: Path, seed_dir: Path | None) -> tuple[Any, ...]:
    """What must be unchanged for a snapshot to hold: the database file and its journals, the
    seed files (names, sizes, times), the app's version and the migration scripts."""
    from desktop_app.paths import migrations_dir

    files = tuple(_stat(Path(f"{database}{tail}")) for tail in ("", "-wal", "-journal"))
    files += (_change_counter(database),)
    seed: tuple[Any, ...] = ()
    if seed_dir is not None and seed_dir.is_dir():
        seed = tuple(sorted((p.relative_to(seed_dir).as_posix(), _stat(p))
                            for p in seed_dir.rglob("*") if p.suffix in (".toml", ".csv")))
    folder = migrations_dir() / "versions"
    migrations = tuple(sorted(p.name for p in folder.glob("*.py"))) if folder.is_dir() else ()
    return FORMAT, __version__, files, seed, migrations


def _folder() -> Path:
    from desktop_app.paths import user_cache_dir

    return user_cache_dir() / "catalog-snapshots"


def snapshot_path(database: Path) -> Path:
    """Where the snapshot of `database` lives: the user's cache, one file per database path."""
    key = hashlib.sha256(str(Path(database).resolve()).encode("utf-8")).hexdigest()[:24]
    return _folder() / f"{key}{SUFFIX}"


class SnapshotCatalog(CatalogQueries):
    """Answers from a snapshot; opens the real catalog (`store.Catalog`) on the first question
    the snapshot cannot answer, or any other use (writing, the engine ...), and from then on is
    only a window onto it."""


    def __init__(self, url: str, seed_dir: Path | None, memo: dict, seed_problems: tuple[str, ...]):
        super().__init__()
        self._url, self._seed_dir = url, seed_dir
        self._memo = memo
        self.seed_problems = seed_problems
        self._catalog = None

    def real(self):
        """The database catalog, opened now if it is not yet (imports SQLAlchemy)."""
        if self._catalog is None:
            from desktop_app.catalog.store import Catalog

            self._catalog = Catalog.open(self._url, seed_dir=self._seed_dir)
            self._memo = {}
        return self._catalog

    @property
    def opened(self) -> bool:
        return self._catalog is not None

    @property
    def recovery_message(self) -> str | None:
        """Set when the database, opened after the snapshot answered, had to be recovered."""
        return self._catalog.recovery_message if self._catalog is not None else None

    # Answers come from the snapshot while the database is closed; anything it lacks, and
    # everything once the database is open, is the database catalog's (its memo, its loads).
    def _memoized(self, key: Any, compute: Any) -> Any:
        if self._catalog is None and key in self._memo:
            return self._memo[key]
        return self.real()._memoized(key, compute)

    def _loaded(self, key: Any) -> Any:
        if self._catalog is None and key in self._memo:
            return self._memo[key]
        return self.real()._loaded(key)

    def _forget(self) -> None:
        if self._catalog is not None:
            self._catalog._forget()
        self._memo = {}

    def close(self) -> None:
        if self._catalog is not None:
            self._catalog.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __getattr__(self, name: str) -> Any:
        # Everything else (writes, the user layer, validation, the engine) is the real catalog's.
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.real(), name)


def open_catalog(url: str | None = None, seed_dir: Path | None = None):
    """The catalog at `url` (None: the user's), from its snapshot when that still holds, else
    opened from the database (`store.Catalog.open`, which raises CatalogError as usual)."""
    from desktop_app import paths

    url = paths.as_db_url(url) if url else paths.default_db_url()
    seed_dir = paths.seed_dir() if seed_dir is None else seed_dir
    database = _database_file(url)
    if database is not None:
        loaded = _load(database, seed_dir)
        if loaded is not None:
            memo, problems = loaded
            return SnapshotCatalog(url, seed_dir, memo, problems)
    from desktop_app.catalog.store import Catalog

    return Catalog.open(url, seed_dir=seed_dir)


def _load(database: Path, seed_dir: Path | None) -> tuple[dict, tuple[str, ...]] | None:
    path = snapshot_path(database)
    try:
        with path.open("rb") as f:
            saved = pickle.load(f)
        if saved["stamp"] != stamp(database, seed_dir):
            return None
        return dict(saved["memo"]), tuple(saved["seed_problems"])
    except FileNotFoundError:
        return None
    except Exception:  # noqa: BLE001 - any damage means "no snapshot": the database answers
        return None


def save(catalog: Any) -> Path | None:
    """Save every query result of `catalog`, read afresh, as the snapshot of its database. None
    when nothing was saved: a catalog that is not a file, that recovered from damage this run,
    whose snapshot still holds, that another process changed while it was being read, or a
    cache folder that cannot be written. Never raises: the snapshot only ever saves time."""
    try:
        return _save(catalog)
    except Exception:  # noqa: BLE001 - a start must not fail for want of a faster next start
        return None


def _save(catalog: Any) -> Path | None:
    inner = catalog.real() if isinstance(catalog, SnapshotCatalog) and catalog.opened else catalog
    if isinstance(inner, SnapshotCatalog) or getattr(inner, "recovery_message", None):
        return None
    name = inner.engine.url.database  # the path as given, not the URL's %-encoded text
    if not name or name == ":memory:" or inner.engine.url.get_backend_name() != "sqlite":
        return None
    database = Path(name)
    from desktop_app.catalog.records import SPEC_RECORDS

    # Stamp, read everything afresh, stamp again: what is saved is what the database held at
    # that stamp, even if another process wrote to it since this start read its answers.
    before = stamp(database, inner.seed_dir)
    inner._forget()
    for key in MEMO_LOADS:
        inner._loaded(key)
    for kind in SPEC_RECORDS:
        inner._memoized(("index", kind), lambda k=kind: {r.id: r for r in inner.records(k)})
    if stamp(database, inner.seed_dir) != before:
        return None
    memo = {key: value for key, value in inner._memo.items()
            if key in MEMO_LOADS or (isinstance(key, tuple) and key[0] in ("records", "index"))}
    saved = {"stamp": before, "memo": memo, "seed_problems": tuple(inner.seed_problems)}
    path = snapshot_path(database)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as f:
            pickle.dump(saved, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path
