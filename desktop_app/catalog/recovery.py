"""Opening a catalog database file safely: engines, and moving an unreadable file aside.

A damaged catalog must never stop the app or be deleted: the file is renamed to
`<name>.corrupt-<timestamp>` (journal files with it) so the user's own rows can still be rescued,
and a fresh catalog is built. Only real corruption counts; a locked or read-only file is left alone.
"""

from __future__ import annotations

import datetime as _dt
import shutil
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DatabaseError
from sqlalchemy.pool import StaticPool

#: The first 16 bytes of every SQLite 3 database file (sqlite.org/fileformat.html, 1.3).
SQLITE_MAGIC = b"SQLite format 3\x00"


from desktop_app.catalog.queries import CatalogError  # noqa: E402, F401 - raised here, defined without SQLAlchemy


def sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        return None
    if parsed.database.startswith("file:"):
        return None
    return Path(parsed.database)


def create_catalog_engine(url: str) -> Engine:
    if sqlite_file(url) is None and make_url(url).get_backend_name() == "sqlite":
        # One shared connection, or every new connection would see a new, empty in-memory database.
        engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        engine = create_engine(url)
    return engine


def unreadable_reason(path: Path, url: str) -> str | None:
    """Why the file at `path` is not a usable SQLite database, or None (absent and empty are fine)."""
    if not path.exists():
        return None
    if path.is_dir():
        raise CatalogError(f"{path} is a folder, not a catalog database")
    size = path.stat().st_size
    if size == 0:
        return None
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        return "not an SQLite database"
    probe = create_engine(url)  # same options (timeout, ...) as the real connection
    try:
        with probe.connect() as connection:
            result = connection.execute(text("PRAGMA quick_check")).scalar()
            if result != "ok":
                return f"damaged ({result})"
    except DatabaseError as exc:
        if not is_corruption(exc):
            raise
        return f"damaged ({first_line(exc)})"
    finally:
        probe.dispose()
    return None


#: SQLite's messages for a file that is not, or no longer, a database (sqlite3.c: SQLITE_NOTADB,
#: SQLITE_CORRUPT). Anything else (locked, read-only, full disk) leaves the file where it is.
_CORRUPTION_MESSAGES = ("file is not a database", "malformed", "corrupt")


def is_corruption(exc: DatabaseError) -> bool:
    message = str(exc.orig or exc).lower()
    return any(text in message for text in _CORRUPTION_MESSAGES)


def first_line(exc: DatabaseError) -> str:
    return str(exc.orig or exc).splitlines()[0]


def move_aside(path: Path, reason: str) -> str:
    """Rename the unreadable file (and its journal files) out of the way; return the user message."""
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
    shutil.move(str(path), str(target))
    for suffix in ("-wal", "-shm", "-journal"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            shutil.move(str(extra), str(target) + suffix)
    return (
        f"The catalog database {path} could not be read ({reason}). It was moved to {target} "
        "(nothing was deleted) and a fresh catalog was built from the shipped data; your own "
        "additions are still in the moved file."
    )
