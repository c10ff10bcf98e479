"""What every catalog answers, and its errors, without SQLAlchemy.

`CatalogQueries` holds the read API (records by kind, lookups by id, sources, the runtime x stack
matrix ...) over a memo of loaded results; `store.Catalog` loads them from the database, and
`snapshot.SnapshotCatalog` from a snapshot saved at the previous start, so the window can open
before SQLAlchemy is even imported. Every query returns frozen records (records.py).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from desktop_app.catalog.messages import translate
from desktop_app.catalog.records import (
    SPEC_RECORDS,
    Accelerator,
    MeasuredResult,
    Model,
    Runtime,
    Source,
    Stack,
    Support,
    System,
    Vendor,
)
from desktop_app.catalog.validate import Refs

#: Singular names for messages ("unknown accelerator 'x'").
SINGULAR = {
    "accelerators": "accelerator",
    "systems": "system",
    "models": "model",
    "stacks": "software stack",
}


class CatalogError(Exception):
    """The catalog cannot be used as asked (a folder for a file, a schema newer than this app, ...)."""


class UnknownIdError(LookupError):
    """No row of that kind has that id."""

    def __init__(self, kind: str, entity_id: str) -> None:
        self.kind, self.entity_id = kind, entity_id
        super().__init__(f"unknown {SINGULAR.get(kind, kind)} id {entity_id!r}")

    def __str__(self) -> str:
        return self.args[0]


@dataclasses.dataclass(frozen=True, slots=True)
class RowProblem:
    """What is wrong with one row of user input: row (1-based data row, or an id), column, reason."""

    row: int | str
    column: str
    reason: str

    def __str__(self) -> str:
        where = row_label(self.row)
        return (
            f"{where}: {self.column}: {self.reason}" if self.column else f"{where}: {self.reason}"
        )


def row_label(row: int | str) -> str:
    """"row 3" for a data row of a file, or the label as it is (an id, "file")."""
    return translate("CatalogErrors", "row {0}").format(row) if isinstance(row, int) else str(row)


class CatalogInputError(ValueError):
    """User input refused as a whole; `problems` lists every (row, column, reason)."""

    def __init__(self, problems: list[RowProblem], what: str = "input") -> None:
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems[:100])
        more = ""
        if len(problems) > 100:
            more = translate("CatalogErrors", "... and {0} more").format(len(problems) - 100)
            more = f"\n  {more}"
        heading = translate("CatalogErrors", "{0} refused, nothing was changed ({1} problem(s)):")
        super().__init__(heading.format(_what(what), len(problems)) + f"\n{lines}{more}")


def _what(what: str) -> str:
    """The word for what was refused ("import", "accelerator" ...), translated when known."""
    words = {
        "import": translate("CatalogErrors", "import"),
        "export": translate("CatalogErrors", "export"),
        "request": translate("CatalogErrors", "request"),
        "input": translate("CatalogErrors", "input"),
        "accelerator": translate("CatalogErrors", "accelerator"),
        "system": translate("CatalogErrors", "system"),
        "model": translate("CatalogErrors", "model"),
    }
    return words.get(what, what)


#: The memo keys whose loads `CatalogQueries` calls (what a snapshot can hold).
MEMO_LOADS = {
    "version": "_load_version",
    "runtimes": "_load_runtimes",
    "support": "_load_support",
    "measured_results": "_load_measured_results",
    "vendors": "_load_vendors",
    "sources": "_load_sources",
}


class CatalogQueries:
    """The read API over memoized loads. Subclasses implement the `_load_*` methods."""

    def __init__(self) -> None:
        # Query results, kept until the catalog writes: the GUI reads the same records on every
        # slider move, and rebuilding them from SQL each time would cost more than the estimate.
        # (Another process writing the same database is not seen until the catalog is reopened.)
        self._memo: dict[Any, Any] = {}

    # -- loading: subclasses -----------------------------------------------------------------
    def _load_version(self) -> str:
        raise NotImplementedError

    def _load_layered(self, kind: str) -> list[Any]:
        raise NotImplementedError

    def _load_runtimes(self) -> tuple[Runtime, ...]:
        raise NotImplementedError

    def _load_support(self) -> tuple[Support, ...]:
        raise NotImplementedError

    def _load_measured_results(self) -> tuple[MeasuredResult, ...]:
        raise NotImplementedError

    def _load_vendors(self) -> tuple[Vendor, ...]:
        raise NotImplementedError

    def _load_sources(self) -> tuple[Source, ...]:
        raise NotImplementedError

    # -- the memo ----------------------------------------------------------------------------
    def _memoized(self, key: Any, compute: Any) -> Any:
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def _forget(self) -> None:
        """Drop memoized query results (after any write)."""
        self._memo.clear()

    def _loaded(self, key: Any) -> Any:
        """The memoized result for `key`, loading it first."""
        if isinstance(key, tuple) and key[0] == "records":
            return self._memoized(key, lambda: tuple(self._load_layered(key[1])))
        return self._memoized(key, getattr(self, MEMO_LOADS[key]))

    # -- queries -----------------------------------------------------------------------------
    @property
    def version(self) -> str:
        """The version of the shipped catalog this database holds ("0" when none)."""
        return self._loaded("version")

    def records(self, kind: str) -> tuple[Any, ...]:
        """Every visible record of `kind` (accelerators, systems, models, stacks), sorted by id."""
        if kind not in SPEC_RECORDS:
            raise ValueError(f"unknown kind {kind!r}")
        return self._loaded(("records", kind))

    def get(self, kind: str, entity_id: str) -> Any:
        """One record by id; raises UnknownIdError."""
        index = self._memoized(("index", kind), lambda: {r.id: r for r in self.records(kind)})
        try:
            return index[entity_id]
        except KeyError:
            raise UnknownIdError(kind, entity_id) from None

    def find(self, entity_id: str) -> tuple[str, Any]:
        """(kind, record) for an id of any kind; raises UnknownIdError."""
        for kind in ("accelerators", "systems", "models", "stacks"):
            try:
                return kind, self.get(kind, entity_id)
            except UnknownIdError:
                continue
        for runtime in self.runtimes():
            if runtime.id == entity_id:
                return "runtimes", runtime
        raise UnknownIdError("catalog entry", entity_id)

    def accelerators(self) -> tuple[Accelerator, ...]:
        return self.records("accelerators")

    def accelerator(self, accelerator_id: str) -> Accelerator:
        return self.get("accelerators", accelerator_id)

    def systems(self) -> tuple[System, ...]:
        return self.records("systems")

    def system(self, system_id: str) -> System:
        return self.get("systems", system_id)

    def models(self) -> tuple[Model, ...]:
        return self.records("models")

    def model(self, model_id: str) -> Model:
        return self.get("models", model_id)

    def stacks(self) -> tuple[Stack, ...]:
        return self.records("stacks")

    def runtimes(self) -> tuple[Runtime, ...]:
        return self._loaded("runtimes")

    def support(self) -> tuple[Support, ...]:
        """The runtime x software-stack support matrix, one record per known cell."""
        return self._loaded("support")

    def measured_results(self) -> tuple[MeasuredResult, ...]:
        return self._loaded("measured_results")

    def vendors(self) -> tuple[Vendor, ...]:
        return self._loaded("vendors")

    def sources(self) -> tuple[Source, ...]:
        return self._loaded("sources")

    def source(self, source_id: str) -> Source:
        for source in self.sources():
            if source.id == source_id:
                return source
        raise UnknownIdError("source", source_id)

    def refs(self) -> Refs:
        """The ids user input may refer to."""
        return Refs(
            vendor={v.id for v in self.vendors()},
            source={s.id for s in self.sources()},
            stack={s.id for s in self.stacks()},
            accelerator={a.id for a in self.accelerators()},
            runtime={r.id for r in self.runtimes()},
            model={m.id for m in self.models()},
            system={s.id for s in self.systems()},
        )
