"""Read and validate the human-readable seed catalog under `db/seed/` (format: db/seed/README.md).

The loader collects every problem instead of stopping at the first, and each problem names the file,
the entry id, the field and the reason, so whoever edits the data can fix a whole batch at once.
Missing files are fine (an empty part of the catalog), because the data arrives piece by piece.

    python -m desktop_app.catalog.seed check [DIR]

prints every problem (exit status 2) or a one-line summary of what the seed holds (exit status 0).
"""

from __future__ import annotations

import csv
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.catalog.records import (
    MEASURED_COLUMNS,
    MEASURED_METRICS,
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
from desktop_app.catalog.validate import Refs, check_date, check_slug, parse_entry, parse_number

#: Where each kind of entry may appear: file pattern -> the table arrays allowed in it.
_LAYOUT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("vendors.toml", ("vendors",)),
    ("software.toml", ("stacks", "runtimes", "support")),
    ("accelerators/*.toml", ("accelerators",)),
    ("systems/*.toml", ("systems",)),
    ("models/*.toml", ("models",)),
)
#: Where the ids of each referenced kind are defined; with no such file, references are not checked.
_DEFINED_IN = {
    "vendor": "vendors.toml",
    "stack": "software.toml",
    "runtime": "software.toml",
    "accelerator": "accelerators/*.toml",
    "model": "models/*.toml",
}
_SOURCE_KEYS = ("title", "url", "document", "publisher", "date")


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in the seed: where, which entry, which field, and why."""

    file: str
    entry: str
    field: str
    reason: str

    def __str__(self) -> str:
        parts = [self.file, self.entry, self.field]
        return ": ".join(p for p in parts if p) + f": {self.reason}"


@dataclass(frozen=True, slots=True)
class SeedCatalog:
    """Everything the seed holds, validated, in file order."""

    version: str
    vendors: tuple[Vendor, ...] = ()
    sources: tuple[Source, ...] = ()
    accelerators: tuple[Accelerator, ...] = ()
    systems: tuple[System, ...] = ()
    models: tuple[Model, ...] = ()
    stacks: tuple[Stack, ...] = ()
    runtimes: tuple[Runtime, ...] = ()
    support: tuple[Support, ...] = ()
    measured: tuple[MeasuredResult, ...] = ()

    def summary(self) -> str:
        counts = ", ".join(
            f"{len(getattr(self, name))} {label}"
            for name, label in (
                ("vendors", "vendors"),
                ("sources", "sources"),
                ("accelerators", "accelerators"),
                ("systems", "systems"),
                ("models", "models"),
                ("stacks", "software stacks"),
                ("runtimes", "runtimes"),
                ("support", "support cells"),
                ("measured", "measured results"),
            )
        )
        return f"seed catalog {self.version}: {counts}"


class SeedError(Exception):
    """The seed has problems; `problems` lists them all."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        shown = "\n".join(str(p) for p in problems[:50])
        more = f"\n... and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(f"{len(problems)} problem(s) in the seed catalog:\n{shown}{more}")


def default_seed_dir() -> Path:
    from desktop_app.paths import seed_dir

    return seed_dir()


def read_version(directory: Path | None = None) -> str:
    """The shipped catalog version from catalog.toml, cheaply (the store checks it on every open)."""
    directory = Path(directory) if directory is not None else default_seed_dir()
    path = directory / "catalog.toml"
    if not path.exists():
        return "0"
    with path.open("rb") as fh:
        return str(tomllib.load(fh).get("version", "0"))


def load_seed(directory: Path | None = None) -> SeedCatalog:
    """The validated seed catalog; raises SeedError listing every problem."""
    catalog, problems = read_seed(directory)
    if problems:
        raise SeedError(problems)
    return catalog


def read_seed(directory: Path | None = None) -> tuple[SeedCatalog, list[Problem]]:
    """Best effort: the valid entries, and every problem found (bad entries are left out)."""
    reader = _SeedReader(Path(directory) if directory is not None else default_seed_dir())
    return reader.read()


@dataclass
class _SeedReader:
    root: Path
    problems: list[Problem] = field(default_factory=list)
    refs: Refs = field(default_factory=Refs)

    def problem(self, file: str, entry: str, field_name: str, reason: str) -> None:
        self.problems.append(Problem(file, entry, field_name, reason))

    def read(self) -> tuple[SeedCatalog, list[Problem]]:
        version = self._read_version()
        for kind, pattern in _DEFINED_IN.items():
            if not any(self.root.glob(pattern)):
                self.refs.unchecked.add(kind)
        tables = self._read_tables()  # kind -> [(file, index, raw)]
        sources = self._sources(tables.pop("sources", []))
        vendors = self._plain(tables.get("vendors", []), "vendor", self._vendor)
        stacks = self._records(tables.get("stacks", []), Stack, "stack")
        runtimes = self._records(tables.get("runtimes", []), Runtime, "runtime")
        accelerators = self._records(tables.get("accelerators", []), Accelerator, "accelerator")
        systems = self._records(tables.get("systems", []), System, "system")
        models = self._records(tables.get("models", []), Model, "model")
        support = self._support(tables.get("support", []))
        measured = self._measured()
        catalog = SeedCatalog(
            version=version,
            vendors=tuple(vendors),
            sources=tuple(sources),
            accelerators=tuple(accelerators),
            systems=tuple(systems),
            models=tuple(models),
            stacks=tuple(stacks),
            runtimes=tuple(runtimes),
            support=tuple(support),
            measured=tuple(measured),
        )
        if not self.problems:
            self.problems.extend(plausibility_problems(catalog))
        return catalog, self.problems

    # -- files -------------------------------------------------------------------------------

    def _read_version(self) -> str:
        path = self.root / "catalog.toml"
        if not path.exists():
            return "0"
        data = self._load_toml(path)
        if data is None:
            return "0"
        for key in data:
            if key != "version":
                self.problem("catalog.toml", "", str(key), "unknown field")
        version = data.get("version")
        if not isinstance(version, str) or not version.strip():
            self.problem("catalog.toml", "", "version", 'missing (a text such as "2026.11.1")')
            return "0"
        return version

    def _load_toml(self, path: Path) -> dict[str, Any] | None:
        try:
            with path.open("rb") as fh:
                return tomllib.load(fh)
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            self.problem(self._rel(path), "", "", f"not valid TOML: {exc}")
            return None

    def _rel(self, path: Path) -> str:
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return str(path)

    def _read_tables(self) -> dict[str, list[tuple[str, int, Any]]]:
        tables: dict[str, list[tuple[str, int, Any]]] = {}
        for pattern, kinds in _LAYOUT:
            for path in sorted(self.root.glob(pattern)):
                data = self._load_toml(path)
                if data is None:
                    continue
                rel = self._rel(path)
                for key, value in data.items():
                    if key == "sources":
                        if not isinstance(value, dict):
                            self.problem(rel, "", "sources", "must be tables: [sources.<id>]")
                            continue
                        tables.setdefault("sources", []).extend(
                            (rel, 0, (sid, body)) for sid, body in value.items()
                        )
                    elif key in kinds:
                        if not isinstance(value, list):
                            self.problem(rel, "", key, f"must be an array of tables: [[{key}]]")
                            continue
                        tables.setdefault(key, []).extend(
                            (rel, i, raw) for i, raw in enumerate(value, 1)
                        )
                    else:
                        allowed = ", ".join(f"[[{k}]]" for k in kinds)
                        self.problem(
                            rel,
                            "",
                            str(key),
                            f"unknown table (this file may hold {allowed} and [sources.<id>])",
                        )
        return tables

    # -- entries -----------------------------------------------------------------------------

    def _sources(self, items: list[tuple[str, int, Any]]) -> list[Source]:
        found: dict[str, str] = {}
        result = []
        for rel, _, (sid, body) in items:
            problem = check_slug(sid)
            if problem:
                self.problem(rel, str(sid), "", problem)
                continue
            if sid in found:
                self.problem(rel, sid, "", f"duplicate source id (first in {found[sid]})")
                continue
            found[sid] = rel
            if not isinstance(body, dict):
                self.problem(rel, sid, "", "must be a table")
                continue
            ok = True
            for key in body:
                if key not in _SOURCE_KEYS:
                    self.problem(rel, sid, str(key), "unknown field")
                    ok = False
            for key in _SOURCE_KEYS:
                if key in body and not isinstance(body[key], str) and key != "date":
                    self.problem(rel, sid, key, f"not text: {body[key]!r}")
                    ok = False
            if not body.get("title"):
                self.problem(rel, sid, "title", "missing")
                ok = False
            if not body.get("url") and not body.get("document"):
                self.problem(rel, sid, "url", "missing: give a url or a document")
                ok = False
            date = None
            if "date" in body:
                date, problem = check_date(body["date"])
                if problem:
                    self.problem(rel, sid, "date", problem)
                    ok = False
            # A known id even when the body is bad, so entries citing it are not blamed too.
            self.refs.source.add(sid)
            if ok:
                result.append(
                    Source(
                        sid,
                        body["title"],
                        body.get("url"),
                        body.get("document"),
                        body.get("publisher"),
                        date,
                    )
                )
        return result

    def _vendor(self, rel: str, label: str, raw: dict[str, Any]) -> Vendor | None:
        ok = True
        for key in raw:
            if key not in ("id", "name", "country"):
                self.problem(rel, label, str(key), "unknown field")
                ok = False
        if not isinstance(raw.get("name"), str) or not raw["name"]:
            self.problem(rel, label, "name", "missing")
            ok = False
        country = raw.get("country")
        if country is not None and not isinstance(country, str):
            self.problem(rel, label, "country", f"not text: {country!r}")
            ok = False
        return Vendor(raw["id"], raw["name"], country or None) if ok else None

    def _plain(self, items, kind: str, build) -> list:
        seen: dict[str, str] = {}
        result = []
        for rel, index, raw in items:
            label = self._label(raw, index)
            if not self._check_id(rel, label, raw, kind, seen):
                continue
            getattr(self.refs, kind).add(raw["id"])
            record = build(rel, label, raw)
            if record is not None:
                result.append(record)
        return result

    def _records(self, items, record_type: type, kind: str) -> list:
        seen: dict[str, str] = {}
        result = []
        for rel, index, raw in items:
            label = self._label(raw, index)
            if not self._check_id(rel, label, raw, kind, seen):
                continue
            # Registered before validation so one bad field does not cascade into "unknown" refs.
            getattr(self.refs, kind).add(raw["id"])
            record, problems = parse_entry(record_type, raw, self.refs)
            for field_name, reason in problems:
                self.problem(rel, label, field_name, reason)
            if record is not None:
                result.append(record)
        return result

    def _label(self, raw: Any, index: int) -> str:
        if isinstance(raw, dict) and isinstance(raw.get("id"), str) and raw["id"]:
            return raw["id"]
        return f"entry #{index}"

    def _check_id(self, rel: str, label: str, raw: Any, kind: str, seen: dict[str, str]) -> bool:
        if not isinstance(raw, dict):
            self.problem(rel, label, "", "must be a table")
            return False
        problem = check_slug(raw.get("id"))
        if problem:
            self.problem(rel, label, "id", problem)
            return False
        if raw["id"] in seen:
            self.problem(rel, label, "id", f"duplicate {kind} id (first in {seen[raw['id']]})")
            return False
        seen[raw["id"]] = rel
        return True

    def _support(self, items) -> list[Support]:
        seen: set[tuple[str, str]] = set()
        result = []
        for rel, index, raw in items:
            if not isinstance(raw, dict):
                self.problem(rel, f"support #{index}", "", "must be a table")
                continue
            label = f"support {raw.get('runtime')} x {raw.get('stack')}"
            record, problems = parse_entry(Support, raw, self.refs)
            for field_name, reason in problems:
                self.problem(rel, label, field_name, reason)
            if record is None:
                continue
            key = (record.runtime, record.stack)
            if key in seen:
                self.problem(rel, label, "", "duplicate runtime x stack cell")
                continue
            seen.add(key)
            result.append(record)
        return result

    def _measured(self) -> list[MeasuredResult]:
        path = self.root / "measured_results.csv"
        if not path.exists():
            return []
        rel = self._rel(path)
        with path.open(newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            header = reader.fieldnames or []
            unknown = [c for c in header if c not in MEASURED_COLUMNS]
            missing = [c for c in MEASURED_COLUMNS if c not in header]
            for column in unknown:
                self.problem(rel, "header", column, "unknown column")
            for column in missing:
                self.problem(rel, "header", column, "missing column")
            if unknown or missing:
                return []
            seen: set[str] = set()
            result = []
            for line, row in enumerate(reader, 2):
                label = row.get("id") or f"line {line}"
                problems = []
                record = parse_measured_row(row, self.refs, problems)
                for field_name, reason in problems:
                    self.problem(rel, label, field_name, reason)
                if record is None:
                    continue
                if record.id in seen:
                    self.problem(rel, label, "id", "duplicate measured-result id")
                    continue
                seen.add(record.id)
                result.append(record)
        return result


def parse_measured_row(
    row: dict[str, Any], refs: Refs, problems: list[tuple[str, str]]
) -> MeasuredResult | None:
    """One measured_results.csv row (all text) as a record; appends (column, reason) problems."""
    values: dict[str, Any] = {}
    if None in row:  # more cells than header columns
        problems.append(("", f"too many cells: {row[None]!r}"))
    for column in MEASURED_COLUMNS:
        cell = (row.get(column) or "").strip()
        if column in ("devices", "tp", "pp", "ep", "input_len", "output_len"):
            number, problem = parse_number(
                cell, whole=True, zero_ok=column in ("input_len", "output_len"), text_ok=True
            )
            if problem:
                problems.append((column, problem))
            values[column] = number
        elif column == "batch":
            if cell == "max":
                values[column] = None
            else:
                number, problem = parse_number(cell, whole=True, zero_ok=False, text_ok=True)
                if problem:
                    problems.append((column, f"{problem} (or 'max')"))
                values[column] = number
        elif column in ("tpot_slo_ms", "value"):
            if not cell and column == "tpot_slo_ms":
                values[column] = None
                continue
            number, problem = parse_number(cell, whole=False, zero_ok=False, text_ok=True)
            if problem:
                problems.append((column, problem))
            values[column] = float(number) if number is not None else None
        elif column == "notes":
            values[column] = cell or None
        else:
            if not cell:
                problems.append((column, "missing"))
            values[column] = cell
    if values.get("metric") and values["metric"] not in MEASURED_METRICS:
        problems.append(
            ("metric", f"{values['metric']!r} is not one of {', '.join(MEASURED_METRICS)}")
        )
    for column, kind in (
        ("model", "model"),
        ("accelerator", "accelerator"),
        ("runtime", "runtime"),
    ):
        if values.get(column) and not refs.knows(kind, values[column]):
            problems.append((column, f"unknown {kind} {values[column]!r}"))
    if problems:
        return None
    return MeasuredResult(**values)


def plausibility_problems(catalog: SeedCatalog) -> list[Problem]:
    """Figures that are each valid but together unlikely: usually a sparse figure or a unit slip."""
    problems = []
    for acc in catalog.accelerators:
        bf16, fp8 = acc.bf16_tflops.value, acc.fp8_tflops.value
        if bf16 and fp8 and fp8 > 2.05 * bf16:
            problems.append(
                Problem(
                    "accelerators",
                    acc.id,
                    "fp8_tflops",
                    f"{fp8} > 2.05 x bf16 {bf16}: a sparse figure?",
                )
            )
        fp16 = acc.fp16_tflops.value
        if bf16 and fp16 and max(bf16, fp16) > 4 * min(bf16, fp16):
            problems.append(
                Problem(
                    "accelerators",
                    acc.id,
                    "fp16_tflops",
                    f"{fp16} vs bf16 {bf16}: more than 4x apart",
                )
            )
    for model in catalog.models:
        total, active = model.total_params_b.value, model.active_params_b.value
        if total and active and active > total:
            problems.append(
                Problem("models", model.id, "active_params_b", f"{active} > total {total}")
            )
        experts, chosen = model.experts.value, model.experts_active.value
        if experts and chosen and chosen > experts:
            problems.append(
                Problem("models", model.id, "experts_active", f"{chosen} > experts {experts}")
            )
    return problems


def _unchecked_kinds(directory: Path) -> set[str]:
    return {kind for kind, pattern in _DEFINED_IN.items() if not any(directory.glob(pattern))}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] != "check" or len(args) > 2:
        print("usage: python -m desktop_app.catalog.seed check [DIR]", file=sys.stderr)
        return 2
    directory = Path(args[1]) if len(args) == 2 else default_seed_dir()
    if not directory.is_dir():
        print(f"seed check: {directory} is not a folder", file=sys.stderr)
        return 2
    catalog, problems = read_seed(directory)
    if problems:
        for problem in problems:
            print(problem)
        print(
            f"{len(problems)} problem(s); {catalog.summary()} (valid entries only)", file=sys.stderr
        )
        return 2
    unchecked = sorted(_unchecked_kinds(directory))
    note = f" (not checked, file absent: {', '.join(unchecked)} references)" if unchecked else ""
    print(f"OK: {catalog.summary()}{note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
