"""Read-only plain-JSON values: the results snapshot stored in a plan.

A snapshot is whatever the results views want to keep (tables of numbers, labels), but it must stay
data: only null, booleans, finite numbers, text, lists and objects with text keys. `freeze` checks
that and turns lists into tuples and objects into read-only mappings, so a frozen `Plan` really is
immutable; `thaw` turns it back into ordinary JSON for writing.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from desktop_app.plans import _checks as check
from desktop_app.plans.errors import FieldError, translate

#: Deeper nesting than this is refused: no real table needs it, and it keeps every recursive walk
#: far from Python's recursion limit.
MAX_DEPTH = 64
MAX_TEXT = 1_000_000

JSONValue = Any  # None | bool | int | float | str | tuple[JSONValue, ...] | Mapping[str, JSONValue]


def freeze(field: str, value: Any, _depth: int = 0) -> JSONValue:
    """Validate a plain-JSON value and return a read-only copy of it."""
    if _depth > MAX_DEPTH:
        problem = translate("PlanErrors", "nested more than {0} levels deep")
        raise FieldError(field, problem.format(MAX_DEPTH))
    if value is None or isinstance(value, (bool, str)):
        if isinstance(value, str):
            check.text(field, value, max_len=MAX_TEXT)
        return value
    if isinstance(value, int):
        return check.json_int(field, value)
    if isinstance(value, float):
        if not math.isfinite(value):
            problem = translate("PlanErrors", "expected a finite number, got {0}")
            raise FieldError(field, problem.format(check.show(value)))
        return value
    if isinstance(value, (list, tuple)):
        return tuple(freeze(f"{field}[{i}]", item, _depth + 1) for i, item in enumerate(value))
    if isinstance(value, Mapping):
        frozen = {}
        for key, item in value.items():
            if not isinstance(key, str):
                problem = translate("PlanErrors", "object keys must be text, got {0}")
                raise FieldError(field, problem.format(check.show(key)))
            check.text(check.join(field, "(key)"), key, max_len=10_000)
            frozen[key] = freeze(check.join(field, key), item, _depth + 1)
        return MappingProxyType(frozen)
    problem = translate("PlanErrors", "expected plain JSON data, got {0}")
    raise FieldError(field, problem.format(check.show(value)))


def thaw(value: JSONValue) -> Any:
    """The ordinary JSON form (lists and dicts) of a frozen value."""
    if isinstance(value, tuple):
        return [thaw(item) for item in value]
    if isinstance(value, Mapping):
        return {key: thaw(item) for key, item in value.items()}
    return value
