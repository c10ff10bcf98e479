"""Small validators shared by the scenario and the plan document.

Each takes the field's dotted name and the raw value, and returns the value normalised (ints in
float fields become floats, lists become tuples) or raises `FieldError` with a message a user can
act on. They are strict on purpose: a plan file is data from outside, so a bool is not a number, a
string is not a number, and NaN or infinity is never a valid figure.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

from desktop_app.plans.errors import FieldError, translate

#: Catalog ids are lowercase slugs (the same rule as desktop_app/catalog/validate.py, repeated here
#: so that plans do not depend on the catalog's internals).
SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
MAX_SLUG_LEN = 100
#: A name of a catalog field in an override: a Python-style identifier, lowercase.
FIELD_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_PLAIN_KEY = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.+-]{0,99}$")


def show(value: Any) -> str:
    """How a bad value is quoted in a message: JSON's words, since most come from plan files.

    Values are shown as they are; only the words that stand for one (a list, an object) are
    translated.
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        try:
            text = repr(value)
        except ValueError:  # an int beyond Python's int-to-text digit limit
            return translate("PlanErrors", "a number too large to show")
        return text if len(text) <= 40 else text[:37] + "..."
    if isinstance(value, str):
        text = repr(value)
        return text if len(text) <= 60 else text[:57] + "...'"
    if isinstance(value, (list, tuple)):
        return translate("PlanErrors", "a list")
    if isinstance(value, Mapping):
        return translate("PlanErrors", "an object")
    return f"a {type(value).__name__}"


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


#: Integers outside the 64-bit range are refused in free-form data: other JSON readers (and
#: spreadsheets) cannot hold them, and Python refuses to print ones with over 4300 digits.
MAX_JSON_INT = 2**63


def json_int(field: str, value: int) -> int:
    if not -MAX_JSON_INT < value < MAX_JSON_INT:
        problem = translate("PlanErrors", "integer too large (beyond the 64-bit range)")
        raise FieldError(field, problem)
    return value


def whole(field: str, value: Any, *, minimum: int = 1, maximum: int | None = None) -> int:
    """An integer in [minimum, maximum]; bools and floats (even 2048.0) are refused."""
    # Whole sentences, one per case, so that a translation can order its words freely.
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        if minimum == 1:
            problem = translate("PlanErrors", "expected a positive integer, got {0}").format(
                show(value)
            )
        else:
            problem = translate(
                "PlanErrors", "expected an integer of at least {0}, got {1}"
            ).format(minimum, show(value))
        raise FieldError(field, problem)
    if maximum is not None and value > maximum:
        if minimum == 1:
            problem = translate(
                "PlanErrors", "expected a positive integer of at most {0}, got {1}"
            ).format(maximum, show(value))
        else:
            problem = translate(
                "PlanErrors", "expected an integer of at least {0} of at most {1}, got {2}"
            ).format(minimum, maximum, show(value))
        raise FieldError(field, problem)
    return value


def number(
    field: str,
    value: Any,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
    above: float | None = None,
) -> float:
    """A finite number (returned as float) within bounds.

    `minimum`/`maximum` are inclusive; `above` is an exclusive lower bound (e.g. a price of 0 is
    fine but a PUE or a utilisation of 0 is not).
    """
    if not _is_number(value):
        raise FieldError(
            field, translate("PlanErrors", "expected a number, got {0}").format(show(value))
        )
    try:
        as_float = float(value)
    except OverflowError:  # an int too large for a float
        as_float = math.inf
    if not math.isfinite(as_float):
        raise FieldError(
            field, translate("PlanErrors", "expected a finite number, got {0}").format(show(value))
        )
    if above is not None and not as_float > above:
        problem = translate("PlanErrors", "expected a number greater than {0}, got {1}")
        raise FieldError(field, problem.format(_fmt(above), show(value)))
    if minimum is not None and as_float < minimum:
        problem = translate("PlanErrors", "expected a number of at least {0}, got {1}")
        raise FieldError(field, problem.format(_fmt(minimum), show(value)))
    if maximum is not None and as_float > maximum:
        problem = translate("PlanErrors", "expected a number of at most {0}, got {1}")
        raise FieldError(field, problem.format(_fmt(maximum), show(value)))
    return as_float


def optional_number(field: str, value: Any, **bounds: float) -> float | None:
    return None if value is None else number(field, value, **bounds)


def _fmt(bound: float) -> str:
    return f"{bound:g}"


def choice(field: str, value: Any, choices: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in choices:
        problem = translate("PlanErrors", "expected one of {0}; got {1}")
        raise FieldError(field, problem.format(", ".join(choices), show(value)))
    return value


def text(field: str, value: Any, *, max_len: int, single_line: bool = False) -> str:
    """Free text: a valid Unicode string (no lone surrogates, so it can be written as UTF-8)."""
    if not isinstance(value, str):
        problem = translate("PlanErrors", "expected text, got {0}")
        raise FieldError(field, problem.format(show(value)))
    if len(value) > max_len:
        problem = translate("PlanErrors", "text is too long ({0} characters; at most {1})")
        raise FieldError(field, problem.format(len(value), max_len))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        problem = translate("PlanErrors", "text contains characters that are not valid Unicode")
        raise FieldError(field, problem) from None
    if single_line and ("\n" in value or "\r" in value):
        raise FieldError(field, translate("PlanErrors", "expected a single line of text"))
    return value


def slug(field: str, value: Any) -> str:
    """A catalog id. Unknown ids are fine here (they are flagged later, never dropped)."""
    if not isinstance(value, str):
        problem = translate("PlanErrors", "expected a catalog id (lowercase slug), got {0}")
        raise FieldError(field, problem.format(show(value)))
    if len(value) > MAX_SLUG_LEN or not SLUG.fullmatch(value):
        problem = translate(
            "PlanErrors",
            "{0} is not a catalog id (a lowercase slug of a-z, 0-9, '-', '.', '_', "
            "at most {1} characters)",
        )
        raise FieldError(field, problem.format(show(value), MAX_SLUG_LEN))
    return value


def slugs(field: str, value: Any) -> tuple[str, ...]:
    """An ordered list of distinct catalog ids, returned as a tuple."""
    if isinstance(value, (str, bytes)) or not isinstance(value, (list, tuple)):
        problem = translate("PlanErrors", "expected a list of catalog ids, got {0}")
        raise FieldError(field, problem.format(show(value)))
    seen: set[str] = set()
    for index, item in enumerate(value):
        slug(f"{field}[{index}]", item)
        if item in seen:
            problem = translate("PlanErrors", "{0} is listed twice").format(repr(item))
            raise FieldError(f"{field}[{index}]", problem)
        seen.add(item)
    return tuple(value)


def pairs(field: str, value: Any) -> Iterable[tuple[Any, Any]]:
    """The items of a mapping, or of a list/tuple of (key, value) pairs, for normalising."""
    if isinstance(value, Mapping):
        return list(value.items())
    if isinstance(value, (list, tuple)):
        items = []
        for index, item in enumerate(value):
            if not isinstance(item, (list, tuple)) or len(item) != 2:
                problem = translate("PlanErrors", "expected an (id, value) pair, got {0}")
                raise FieldError(f"{field}[{index}]", problem.format(show(item)))
            items.append((item[0], item[1]))
        return items
    raise FieldError(
        field, translate("PlanErrors", "expected an object, got {0}").format(show(value))
    )


def join(prefix: str, key: object) -> str:
    """The dotted path of `key` inside the object at `prefix` ("" for the document itself)."""
    # Keys can come from a file: anything but a plain name is quoted so that control characters
    # or lone surrogates never reach a message (which may be printed or shown in a dialog).
    name = key if isinstance(key, str) and _PLAIN_KEY.fullmatch(key) else repr(key)
    return f"{prefix}.{name}" if prefix else str(name)


def json_object(
    field: str, value: Any, keys: Iterable[str], *, optional: Iterable[str] = ()
) -> dict:
    """A JSON object with exactly the known `keys` (those in `optional` may be absent).

    Unknown keys are refused rather than ignored: in a versioned format an unknown key is either a
    typo or data from a newer writer, and silently dropping it would lose the user's data on save.
    """
    if not isinstance(value, dict):
        problem = translate("PlanErrors", "expected an object, got {0}").format(show(value))
        raise FieldError(field or "(document)", problem)
    known = tuple(keys)
    for key in value:
        if key not in known:
            problem = translate("PlanErrors", "unknown field (not part of this schema)")
            raise FieldError(join(field, key), problem)
    skippable = set(optional)
    for key in known:
        if key not in value and key not in skippable:
            raise FieldError(join(field, key), translate("PlanErrors", "missing"))
    return value
