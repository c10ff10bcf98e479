"""The catalog database: `Catalog.open(url)` migrates, seeds and answers queries with plain records.

Opening a database:
1. a file that is not a readable SQLite database is moved aside (never deleted) as
   `<name>.corrupt-<timestamp>` and a fresh catalog is built; `recovery_message` says so;
2. the schema is upgraded with Alembic (db/migrations);
3. the shipped layer is rebuilt from db/seed when the database has none, when the seed's version is
   newer, or when the same version's files changed (a development checkout); user rows are kept.

Queries merge the layers: a user row overrides the shipped row with the same id, a hidden user row
hides it. Every query returns frozen records (records.py), never live ORM objects.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Self

from sqlalchemy import delete, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from desktop_app.catalog import migrate
from desktop_app.catalog.convert import Provenance, record_to_raw, record_to_row, row_to_record
from desktop_app.catalog.models import (
    LAYERED_KINDS,
    ROW_CLASSES,
    MeasuredResultRow,
    MetaRow,
    ProvenanceRow,
    RuntimeRow,
    SourceRow,
    SupportRow,
    VendorRow,
)
from desktop_app.catalog.queries import (  # noqa: F401 - errors re-exported for callers
    SINGULAR,
    CatalogInputError,
    CatalogQueries,
    RowProblem,
    UnknownIdError,
)
from desktop_app.catalog.records import (
    SPEC_RECORDS,
    Accelerator,
    MeasuredResult,
    Model,
    Runtime,
    Source,
    Support,
    Vendor,
)
from desktop_app.catalog.recovery import (
    CatalogError,
    create_catalog_engine,
    first_line,
    is_corruption,
    move_aside,
    sqlite_file,
    unreadable_reason,
)
from desktop_app.catalog.seed import SeedCatalog, read_seed, read_version
from desktop_app.catalog.validate import parse_entry

META_SHIPPED_VERSION = "shipped_version"
META_SEED_FINGERPRINT = "seed_fingerprint"

def version_key(version: str) -> tuple[int, ...]:
    """'2026.11.1' -> (2026, 11, 1), so versions compare as numbers."""
    return tuple(int(part) for part in re.findall(r"\d+", version))


def seed_fingerprint(directory: Path) -> str:
    """A hash of every seed file, so an edited seed of the same version still reaches a dev database."""
    digest = hashlib.sha256()
    for path in sorted(
        p for p in directory.rglob("*") if p.is_file() and p.suffix in (".toml", ".csv")
    ):
        digest.update(path.relative_to(directory).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _writes(method: Any) -> Any:
    """Mark a Catalog method that writes: memoized query results are dropped after it."""

    @functools.wraps(method)
    def wrapper(self: Catalog, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        finally:
            self._forget()

    return wrapper


class Catalog(CatalogQueries):
    """One open catalog database. Use `Catalog.open(url)`; close it with `close()` (or `with`)."""

    def __init__(
        self, engine: Engine, *, seed_dir: Path | None, recovery_message: str | None = None
    ) -> None:
        self.engine = engine
        self.seed_dir = seed_dir
        #: Set when the database file was unreadable and moved aside: show it to the user once.
        self.recovery_message = recovery_message
        #: Problems found in the shipped seed when it was last loaded (invalid entries left out).
        self.seed_problems: tuple[str, ...] = ()
        super().__init__()

    # -- opening -----------------------------------------------------------------------------

    @classmethod
    def open(cls, url: str | None = None, *, seed_dir: Path | None = None) -> Catalog:
        """Open (creating, upgrading, seeding or recovering as needed) the catalog at `url`.

        `url`: a SQLAlchemy URL or a file path; ":memory:"/"sqlite://" for a throw-away catalog;
        None for `desktop_app.paths.default_db_url()`. `seed_dir`: the seed to ship (tests).
        """
        from desktop_app import paths

        url = paths.as_db_url(url) if url else paths.default_db_url()
        if seed_dir is None:
            seed_dir = paths.seed_dir()
        recovery = None
        path = sqlite_file(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            reason = unreadable_reason(path, url)
            if reason:
                recovery = move_aside(path, reason)
        engine = create_catalog_engine(url)
        try:
            catalog = cls(engine, seed_dir=seed_dir, recovery_message=recovery)
            catalog._prepare()
        except DatabaseError as exc:
            engine.dispose()
            if path is None or recovery is not None or not is_corruption(exc):
                raise  # locked, read-only, disk full ...: not a reason to move the user's file
            # Readable header but broken inside (truncated pages, ...): same recovery.
            recovery = move_aside(path, first_line(exc))
            engine = create_catalog_engine(url)
            catalog = cls(engine, seed_dir=seed_dir, recovery_message=recovery)
            catalog._prepare()
        except BaseException:
            engine.dispose()
            raise
        return catalog

    def _prepare(self) -> None:
        with self.engine.begin() as connection:
            current = migrate.current_revision(connection)
            if current is not None and current not in migrate.known_revisions():
                raise CatalogError(
                    f"the catalog database is at schema {current!r}, newer than this version of "
                    "Accelerator Planner knows: use a newer version, or another database (--db)"
                )
            migrate.upgrade(connection)
        self._sync_shipped()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the shipped layer -------------------------------------------------------------------

    def _meta(self, session: Session, key: str) -> str | None:
        row = session.get(MetaRow, key)
        return row.value if row else None

    def _sync_shipped(self) -> None:
        if self.seed_dir is None or not self.seed_dir.is_dir():
            return
        seed_version = read_version(self.seed_dir)
        fingerprint = seed_fingerprint(self.seed_dir)
        with Session(self.engine) as session:
            db_version = self._meta(session, META_SHIPPED_VERSION)
            db_fingerprint = self._meta(session, META_SEED_FINGERPRINT)
        if db_version is not None:
            if version_key(seed_version) < version_key(db_version):
                return  # a newer app wrote this database: keep its shipped rows
            if (
                version_key(seed_version) == version_key(db_version)
                and fingerprint == db_fingerprint
            ):
                return
        seed, problems = read_seed(self.seed_dir)
        self.seed_problems = tuple(str(p) for p in problems)
        self.replace_shipped(seed, fingerprint=fingerprint)

    @_writes
    def replace_shipped(self, seed: SeedCatalog, *, fingerprint: str = "") -> None:
        """Replace every shipped row with `seed` in one transaction; user rows are untouched."""
        with Session(self.engine) as session, session.begin():
            for row_class in (SourceRow, *(ROW_CLASSES[k] for k in LAYERED_KINDS)):
                session.execute(delete(row_class).where(row_class.layer == "shipped"))
            session.execute(delete(ProvenanceRow).where(ProvenanceRow.layer == "shipped"))
            for row_class in (
                VendorRow,
                ROW_CLASSES["stacks"],
                RuntimeRow,
                SupportRow,
                MeasuredResultRow,
            ):
                session.execute(delete(row_class))
            session.add_all(VendorRow(**dataclasses.asdict(v)) for v in seed.vendors)
            session.add_all(SourceRow(**dataclasses.asdict(s)) for s in seed.sources)
            for kind in ("accelerators", "systems", "models", "stacks"):
                layer = "shipped" if kind in LAYERED_KINDS else None
                for record in getattr(seed, kind):
                    row, provenance = record_to_row(record, ROW_CLASSES[kind], kind, layer)
                    session.add(row)
                    session.add_all(provenance)
            session.add_all(RuntimeRow(**dataclasses.asdict(r)) for r in seed.runtimes)
            session.add_all(SupportRow(**dataclasses.asdict(s)) for s in seed.support)
            session.add_all(MeasuredResultRow(**dataclasses.asdict(m)) for m in seed.measured)
            session.merge(MetaRow(key=META_SHIPPED_VERSION, value=seed.version))
            session.merge(MetaRow(key=META_SEED_FINGERPRINT, value=fingerprint))

    # -- loading (the queries and their memo are CatalogQueries') -----------------------------

    def _load_version(self) -> str:
        with Session(self.engine) as session:
            return self._meta(session, META_SHIPPED_VERSION) or "0"

    def _load_layered(self, kind: str, *, include_hidden: bool = False) -> list[Any]:
        row_class, record_type = ROW_CLASSES[kind], SPEC_RECORDS[kind]
        with Session(self.engine) as session:
            rows = session.scalars(select(row_class)).all()
            provenance = _provenance(session, kind)
            chosen: dict[str, Any] = {}
            for row in rows:
                layer = getattr(row, "layer", "shipped")
                if row.id not in chosen or layer == "user":
                    chosen[row.id] = row
            return [
                row_to_record(
                    row, record_type, provenance.get((row.id, getattr(row, "layer", "shipped")), {})
                )
                for entity_id, row in sorted(chosen.items())
                if include_hidden or not getattr(row, "hidden", False)
            ]

    def _load_runtimes(self) -> tuple[Runtime, ...]:
        with Session(self.engine) as session:
            rows = session.scalars(select(RuntimeRow).order_by(RuntimeRow.id)).all()
            return tuple(Runtime(r.id, r.name, r.developer, r.url, r.licence, r.notes) for r in rows)

    def _load_support(self) -> tuple[Support, ...]:
        with Session(self.engine) as session:
            rows = session.scalars(select(SupportRow).order_by(SupportRow.runtime, SupportRow.stack)).all()
            return tuple(Support(r.runtime, r.stack, r.level, r.source, r.note) for r in rows)

    def _load_measured_results(self) -> tuple[MeasuredResult, ...]:
        columns = [f.name for f in dataclasses.fields(MeasuredResult)]
        with Session(self.engine) as session:
            rows = session.scalars(select(MeasuredResultRow).order_by(MeasuredResultRow.id)).all()
            return tuple(MeasuredResult(**{c: getattr(r, c) for c in columns}) for r in rows)

    def _load_vendors(self) -> tuple[Vendor, ...]:
        with Session(self.engine) as session:
            rows = session.scalars(select(VendorRow).order_by(VendorRow.id)).all()
            return tuple(Vendor(r.id, r.name, r.country) for r in rows)

    def _load_sources(self) -> tuple[Source, ...]:
        with Session(self.engine) as session:
            chosen: dict[str, SourceRow] = {}
            for row in session.scalars(select(SourceRow)).all():
                if row.id not in chosen or row.layer == "user":
                    chosen[row.id] = row
            return tuple(
                Source(r.id, r.title, r.url, r.document, r.publisher, r.date, r.layer)
                for _, r in sorted(chosen.items())
            )

    # -- the user layer ----------------------------------------------------------------------

    def validate(
        self, kind: str, raw: dict[str, Any], *, row: int | str = "", text_ok: bool = False
    ) -> Any:
        """A user record of `kind` from a raw entry, or CatalogInputError naming every problem."""
        if kind not in LAYERED_KINDS:
            raise ValueError(f"{kind} are shipped only")
        record, problems = parse_entry(
            SPEC_RECORDS[kind],
            raw,
            self.refs(),
            text_ok=text_ok,
            default_source_required=False,
            layer="user",
        )
        if problems:
            label = row or raw.get("id") or "entry"
            raise CatalogInputError(
                [RowProblem(label, c, r) for c, r in problems], f"{SINGULAR[kind]}"
            )
        return record

    def put(self, kind: str, entry: Any) -> Any:
        """Add or replace the user's own row of `kind` (a record or a raw dict); returns the record.

        An edit of a shipped row is a user row with the same id; the shipped row stays underneath.
        """
        raw = record_to_raw(entry) if dataclasses.is_dataclass(entry) else dict(entry)
        record = self.validate(kind, raw)
        self.write_user({kind: [record]})
        return record

    @_writes
    def write_user(self, records: dict[str, Iterable[Any]]) -> None:
        """Write validated records ({kind: records}) into the user layer in one transaction."""
        with Session(self.engine) as session, session.begin():
            for kind, items in records.items():
                for record in items:
                    _delete_user_row(session, kind, record.id)
                    row, provenance = record_to_row(record, ROW_CLASSES[kind], kind, "user")
                    session.add(row)
                    session.add_all(provenance)

    @_writes
    def delete(self, kind: str, entity_id: str) -> None:
        """Remove a row from the user's view: a user-only row goes; a shipped one is hidden."""
        row_class = ROW_CLASSES[kind]
        self.get(kind, entity_id)  # raises UnknownIdError
        with Session(self.engine) as session, session.begin():
            shipped = session.get(row_class, (entity_id, "shipped"))
            _delete_user_row(session, kind, entity_id)
            if shipped is not None:
                values = {c.key: getattr(shipped, c.key) for c in row_class.__mapper__.column_attrs}
                values.update(layer="user", hidden=True)
                session.add(row_class(**values))

    @_writes
    def revert(self, kind: str, entity_id: str) -> None:
        """Drop the user's row for `entity_id` (edit or delete), showing the shipped row again."""
        with Session(self.engine) as session, session.begin():
            _delete_user_row(session, kind, entity_id)

    def user_ids(self, kind: str) -> tuple[str, ...]:
        """Ids with a user row (added, edited or hidden)."""
        row_class = ROW_CLASSES[kind]
        with Session(self.engine) as session:
            return tuple(
                session.scalars(
                    select(row_class.id).where(row_class.layer == "user").order_by(row_class.id)
                )
            )

    def add_accelerator(self, entry: Any) -> Accelerator:
        return self.put("accelerators", entry)

    def edit_accelerator(self, accelerator_id: str, **changes: Any) -> Accelerator:
        return self.put("accelerators", _edited(self.accelerator(accelerator_id), changes))

    def delete_accelerator(self, accelerator_id: str) -> None:
        self.delete("accelerators", accelerator_id)

    def add_model(self, entry: Any) -> Model:
        return self.put("models", entry)

    def edit_model(self, model_id: str, **changes: Any) -> Model:
        return self.put("models", _edited(self.model(model_id), changes))

    def delete_model(self, model_id: str) -> None:
        self.delete("models", model_id)


def _edited(record: Any, changes: dict[str, Any]) -> dict[str, Any]:
    """A raw entry of `record` with `changes` (raw values: numbers, {value, source, ...}, text)."""
    raw = record_to_raw(record)
    for key, value in changes.items():
        if value is None:
            raw.pop(key, None)
        else:
            raw[key] = dataclasses.asdict(value) if dataclasses.is_dataclass(value) else value
    return raw


def _delete_user_row(session: Session, kind: str, entity_id: str) -> None:
    row_class = ROW_CLASSES[kind]
    session.execute(delete(row_class).where(row_class.id == entity_id, row_class.layer == "user"))
    session.execute(
        delete(ProvenanceRow).where(
            ProvenanceRow.kind == kind,
            ProvenanceRow.entity_id == entity_id,
            ProvenanceRow.layer == "user",
        )
    )


def _provenance(session: Session, kind: str) -> dict[tuple[str, str], Provenance]:
    result: dict[tuple[str, str], Provenance] = {}
    for row in session.scalars(select(ProvenanceRow).where(ProvenanceRow.kind == kind)):
        result.setdefault((row.entity_id, row.layer), {})[row.field] = (
            row.source,
            row.confidence,
            row.note,
        )
    return result
