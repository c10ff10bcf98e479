"""The plan document: who it is for, the scenario, selections, overrides and a results snapshot.

`Plan` is a frozen dataclass; its JSON form (`to_json_dict` / `from_json_dict`) is the content of a
`*.accplan.json` file. The JSON form is versioned by `schema_version`; `from_json_dict` accepts any
version this build knows, upgrading older ones through `desktop_app.plans.migrations`, and refuses
newer ones. File handling (size limit, parsing, atomic saving) lives in `desktop_app.plans.io`.

Schema 1 (the current one), top level:

    format          "accelerator-planner-plan"
    schema_version  1
    written_by      "Accelerator Planner 0.1.0" (informative; optional on reading)
    title, customer, author, notes    text
    date            "YYYY-MM-DD"
    language        "en", "zh_CN", ... (language of the plan's report)
    scenario        Scenario.to_json_dict()
    models          [model id, ...]          models shortlisted for comparison
    accelerators    [accelerator id, ...]    accelerators shortlisted for comparison
    overrides       {catalog id: {field name: value}}  the user's edits of catalog figures
    results         null or {"catalog_version", "app_version", "data": plain JSON object}
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Self

from desktop_app import __version__
from desktop_app.plans import _checks as check
from desktop_app.plans import jsonvalue
from desktop_app.plans.errors import FieldError, PlanError, translate
from desktop_app.plans.scenario import Scenario

FORMAT = "accelerator-planner-plan"
SCHEMA_VERSION = 1
PLAN_SUFFIX = ".accplan.json"

MAX_LINE = 500  # title, customer, author
MAX_NOTES = 1_000_000
LANGUAGE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)

TOP_LEVEL_KEYS = (
    "format", "schema_version", "written_by", "title", "customer", "author", "date", "notes",
    "language", "scenario", "models", "accelerators", "overrides", "results",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Override:
    """The user's value for one field of one catalog entry (an accelerator, model, system, ...).

    `value` None means "the user marked this figure unknown". Numbers are kept as given (an int
    stays an int), since a catalog field may be a whole number.
    """

    target_id: str
    field: str
    value: float | int | str | bool | None

    def __post_init__(self) -> None:
        check.slug("target_id", self.target_id)
        if not isinstance(self.field, str) or not check.FIELD_NAME.fullmatch(self.field):
            problem = translate("PlanErrors", "{0} is not a field name (a-z, 0-9, '_')")
            raise FieldError("field", problem.format(check.show(self.field)))
        value = self.value
        if isinstance(value, float):
            check.number("value", value)
        elif isinstance(value, str):
            check.text("value", value, max_len=10_000)
        elif isinstance(value, int):  # covers bool
            check.json_int("value", value)
        elif value is not None:
            problem = translate(
                "PlanErrors", "expected a number, text, true/false or null, got {0}"
            )
            raise FieldError("value", problem.format(check.show(value)))


@dataclass(frozen=True, slots=True)
class ResultsSnapshot:
    """Results as they were when the plan was saved, with the catalog version they came from.

    Lets a plan be reopened (or a report re-rendered) showing what the customer was shown, and
    tells the user when the catalog has moved on since. `data` is a read-only plain-JSON object.
    """

    catalog_version: str
    data: Mapping[str, Any] = field(default_factory=dict)
    app_version: str = __version__

    def __post_init__(self) -> None:
        check.text("catalog_version", self.catalog_version, max_len=100, single_line=True)
        if not self.catalog_version.strip():
            raise FieldError("catalog_version", translate("PlanErrors", "must not be empty"))
        check.text("app_version", self.app_version, max_len=100, single_line=True)
        if not isinstance(self.data, Mapping):
            problem = translate("PlanErrors", "expected an object, got {0}")
            raise FieldError("data", problem.format(check.show(self.data)))
        object.__setattr__(self, "data", jsonvalue.freeze("data", self.data))

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "catalog_version": self.catalog_version,
            "app_version": self.app_version,
            "data": jsonvalue.thaw(self.data),
        }

    @classmethod
    def from_json_dict(cls, raw: Any, at: str = "results") -> Self:
        data = check.json_object(at, raw, ("catalog_version", "app_version", "data"))
        if not isinstance(data["data"], dict):
            problem = translate("PlanErrors", "expected an object, got {0}")
            raise FieldError(check.join(at, "data"), problem.format(check.show(data["data"])))
        try:
            return cls(data["catalog_version"], data["data"], data["app_version"])
        except FieldError as exc:
            raise exc.within(at) from None


@dataclass(frozen=True, slots=True)
class UnknownIds:
    """Catalog ids a plan refers to that this catalog does not have. They are kept in the plan."""

    accelerators: tuple[str, ...] = ()
    models: tuple[str, ...] = ()
    override_targets: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.accelerators or self.models or self.override_targets)

    def message(self) -> str:
        """One sentence for the user, or "" when every id is known."""
        parts = []
        for label, ids in (
            ("accelerators", self.accelerators),
            ("models", self.models),
            ("overridden entries", self.override_targets),
        ):
            if ids:
                parts.append(f"{label}: {', '.join(ids)}")
        if not parts:
            return ""
        return (
            "This plan refers to entries that are not in the catalog (kept as they are): "
            + "; ".join(parts)
            + "."
        )


def _today() -> dt.date:
    return dt.date.today()


@dataclass(frozen=True, slots=True)
class Plan:
    """A plan document. Construct with keywords; every field is validated on construction.

    `models` and `accelerators` are the user's shortlist (what the comparison views show); the
    scenario's own `model_id` and `accelerator_ids` are the one being sized right now. Overrides are
    kept sorted by (id, field), so equal plans compare equal whatever order edits were made in.
    """

    title: str = "Untitled plan"
    customer: str = ""
    author: str = ""
    date: dt.date = field(default_factory=_today)
    notes: str = ""
    language: str = "en"
    scenario: Scenario = Scenario()
    models: tuple[str, ...] = ()
    accelerators: tuple[str, ...] = ()
    overrides: tuple[Override, ...] = ()
    results: ResultsSnapshot | None = None

    def __post_init__(self) -> None:
        check.text("title", self.title, max_len=MAX_LINE, single_line=True)
        check.text("customer", self.customer, max_len=MAX_LINE, single_line=True)
        check.text("author", self.author, max_len=MAX_LINE, single_line=True)
        check.text("notes", self.notes, max_len=MAX_NOTES)
        if isinstance(self.date, dt.datetime) or not isinstance(self.date, dt.date):
            problem = translate("PlanErrors", "expected a date, got {0}")
            raise FieldError("date", problem.format(check.show(self.date)))
        if not isinstance(self.language, str) or not LANGUAGE.fullmatch(self.language):
            problem = translate(
                "PlanErrors", "expected a language code such as en or zh_CN, got {0}"
            )
            raise FieldError("language", problem.format(check.show(self.language)))
        if not isinstance(self.scenario, Scenario):
            problem = translate("PlanErrors", "expected a {0}, got {1}")
            raise FieldError("scenario", problem.format("Scenario", check.show(self.scenario)))
        object.__setattr__(self, "models", check.slugs("models", self.models))
        object.__setattr__(self, "accelerators", check.slugs("accelerators", self.accelerators))
        object.__setattr__(self, "overrides", _sorted_overrides(self.overrides))
        if self.results is not None and not isinstance(self.results, ResultsSnapshot):
            problem = translate("PlanErrors", "expected a {0}, got {1}")
            raise FieldError("results", problem.format("ResultsSnapshot", check.show(self.results)))

    def with_changes(self, **changes: Any) -> Self:
        return dataclasses.replace(self, **changes)

    # --- overrides -------------------------------------------------------------------------------

    def overrides_for(self, target_id: str) -> dict[str, Any]:
        """The user's values for one catalog entry, field -> value."""
        return {o.field: o.value for o in self.overrides if o.target_id == target_id}

    def with_override(self, target_id: str, field_name: str, value: Any) -> Self:
        """A copy with one override set (replacing an earlier value for the same field)."""
        kept = [o for o in self.overrides if (o.target_id, o.field) != (target_id, field_name)]
        return self.with_changes(overrides=(*kept, Override(target_id, field_name, value)))

    def without_override(self, target_id: str, field_name: str) -> Self:
        kept = [o for o in self.overrides if (o.target_id, o.field) != (target_id, field_name)]
        return self.with_changes(overrides=tuple(kept))

    # --- catalog ids ----------------------------------------------------------------------------

    def accelerator_ids(self) -> tuple[str, ...]:
        """Every accelerator id the plan mentions, first-seen order."""
        ids = (
            *self.scenario.accelerator_ids,
            *self.accelerators,
            *(key for key, _ in self.scenario.cost.price_overrides_usd),
        )
        return tuple(dict.fromkeys(ids))

    def model_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((self.scenario.model_id, *self.models)))

    def unknown_ids(
        self,
        known_accelerators: Iterable[str],
        known_models: Iterable[str],
        known_other: Iterable[str] = (),
    ) -> UnknownIds:
        """The ids this plan uses that the catalog lacks (a catalog edit or a colleague's catalog).

        Loading never drops them: the plan keeps them, the GUI shows `UnknownIds.message()`, and the
        estimator skips what it cannot price. Override targets may be any catalog entry (systems,
        runtimes, ...), so pass those ids as `known_other`.
        """
        accelerators = set(known_accelerators)
        models = set(known_models)
        every = accelerators | models | set(known_other)
        targets = dict.fromkeys(o.target_id for o in self.overrides)
        return UnknownIds(
            accelerators=tuple(i for i in self.accelerator_ids() if i not in accelerators),
            models=tuple(i for i in self.model_ids() if i not in models),
            override_targets=tuple(i for i in targets if i not in every),
        )

    # --- JSON -----------------------------------------------------------------------------------

    def to_json_dict(self) -> dict[str, Any]:
        """The current schema's JSON form (plain dicts, lists, text and finite numbers)."""
        overrides: dict[str, dict[str, Any]] = {}
        for o in self.overrides:
            overrides.setdefault(o.target_id, {})[o.field] = o.value
        return {
            "format": FORMAT,
            "schema_version": SCHEMA_VERSION,
            "written_by": f"Accelerator Planner {__version__}",
            "title": self.title,
            "customer": self.customer,
            "author": self.author,
            "date": self.date.isoformat(),
            "notes": self.notes,
            "language": self.language,
            "scenario": self.scenario.to_json_dict(),
            "models": list(self.models),
            "accelerators": list(self.accelerators),
            "overrides": overrides,
            "results": None if self.results is None else self.results.to_json_dict(),
        }

    @classmethod
    def from_json_dict(cls, raw: Any) -> Self:
        """Validate and build a plan from the JSON form of any schema this version reads.

        Raises PlanError naming the field (dotted path) and the problem. Older schemas are upgraded
        first; a newer schema is refused with a message asking the user to update.
        """
        from desktop_app.plans import migrations  # the chain imports this module's constants

        current, source_version = migrations.upgrade(raw)
        try:
            return cls._from_current(current)
        except FieldError as exc:
            message = f"{exc.field}: {exc.problem}"
            if source_version != SCHEMA_VERSION:
                message = translate(
                    "PlanErrors", "{0}: {1} (in the plan as upgraded from schema {2})"
                ).format(exc.field, exc.problem, source_version)
            raise PlanError(message, field=exc.field) from None

    @classmethod
    def _from_current(cls, raw: Any) -> Self:
        data = check.json_object("", raw, TOP_LEVEL_KEYS, optional=("written_by",))
        if data["format"] != FORMAT:
            problem = translate("PlanErrors", "expected {0}, got {1}")
            raise FieldError("format", problem.format(repr(FORMAT), check.show(data["format"])))
        if "written_by" in data:
            check.text("written_by", data["written_by"], max_len=MAX_LINE)
        date = data["date"]
        if not isinstance(date, str) or not ISO_DATE.fullmatch(date):
            problem = translate("PlanErrors", "expected a date as YYYY-MM-DD, got {0}")
            raise FieldError("date", problem.format(check.show(date)))
        try:
            parsed_date = dt.date.fromisoformat(date)
        except ValueError:
            problem = translate("PlanErrors", "{0} is not a calendar date")
            raise FieldError("date", problem.format(repr(date))) from None
        for name in ("models", "accelerators"):
            if not isinstance(data[name], list):
                problem = translate("PlanErrors", "expected a list of catalog ids, got {0}")
                raise FieldError(name, problem.format(check.show(data[name])))
        results = data["results"]
        try:
            scenario = Scenario.from_json_dict(data["scenario"], "scenario")
        except FieldError as exc:  # Scenario reports paths below "scenario" already
            raise FieldError(exc.field, exc.problem) from None
        return cls(
            title=data["title"],
            customer=data["customer"],
            author=data["author"],
            date=parsed_date,
            notes=data["notes"],
            language=data["language"],
            scenario=scenario,
            models=data["models"],
            accelerators=data["accelerators"],
            overrides=_overrides_from_json(data["overrides"]),
            results=None if results is None else ResultsSnapshot.from_json_dict(results),
        )


def _overrides_from_json(raw: Any) -> tuple[Override, ...]:
    if not isinstance(raw, dict):
        problem = translate("PlanErrors", "expected an object of catalog id -> fields, got {0}")
        raise FieldError("overrides", problem.format(check.show(raw)))
    found = []
    for target_id, fields in raw.items():
        check.slug("overrides", target_id)
        at = f"overrides.{target_id}"
        if not isinstance(fields, dict):
            problem = translate("PlanErrors", "expected an object of field -> value, got {0}")
            raise FieldError(at, problem.format(check.show(fields)))
        for name, value in fields.items():
            if not isinstance(name, str) or not check.FIELD_NAME.fullmatch(name):
                problem = translate("PlanErrors", "{0} is not a field name (a-z, 0-9, '_')")
                raise FieldError(at, problem.format(check.show(name)))
            if isinstance(value, (list, dict)):
                problem = translate(
                    "PlanErrors", "expected a number, text, true/false or null, got {0}"
                )
                raise FieldError(f"{at}.{name}", problem.format(check.show(value)))
            try:
                found.append(Override(target_id, name, value))
            except FieldError as exc:
                raise FieldError(f"{at}.{name}", exc.problem) from None
    return tuple(found)


def _sorted_overrides(value: Any) -> tuple[Override, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
        problem = translate("PlanErrors", "expected a list of Override, got {0}")
        raise FieldError("overrides", problem.format(check.show(value)))
    seen: dict[tuple[str, str], Override] = {}
    for index, item in enumerate(value):
        if not isinstance(item, Override):
            problem = translate("PlanErrors", "expected an Override, got {0}")
            raise FieldError(f"overrides[{index}]", problem.format(check.show(item)))
        key = (item.target_id, item.field)
        if key in seen:
            problem = translate("PlanErrors", "given twice")
            raise FieldError(f"overrides.{item.target_id}.{item.field}", problem)
        seen[key] = item
    return tuple(seen[key] for key in sorted(seen))
