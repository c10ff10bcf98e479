"""Problem texts in the user's language (the catalog's, and the plans' through plans.errors):
English unless a translator is set.

The catalog package stays Qt-free: the GUI sets QCoreApplication.translate here (desktop_app/ui/
app.py), while the command line and the seed checks, which never set one, keep their English.
Messages are built as ``translate("CatalogErrors", "literal {0}").format(...)`` so that
pyside6-lupdate collects them for the .ts; ids, field names, values and file names are arguments.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]

_translator: Translator | None = None


def translate(context: str, text: str) -> str:
    """`text` in the user's language when a translator is set (the GUI's), else as written."""
    return text if _translator is None else _translator(context, text)


def json_problem(msg: str) -> str:
    """The json module's words for a syntax error (CPython's json/decoder.py), translated; other
    wording as it is."""
    known = {
        "Expecting value": translate("JsonErrors", "Expecting value"),
        "Expecting property name enclosed in double quotes": translate(
            "JsonErrors", "Expecting property name enclosed in double quotes"
        ),
        "Expecting ':' delimiter": translate("JsonErrors", "Expecting ':' delimiter"),
        "Expecting ',' delimiter": translate("JsonErrors", "Expecting ',' delimiter"),
        "Extra data": translate("JsonErrors", "Extra data"),
        "Unterminated string starting at": translate("JsonErrors", "Unterminated string starting at"),
        "Invalid control character at": translate("JsonErrors", "Invalid control character at"),
    }
    return known.get(msg, msg)


def set_translator(fn: Translator | None) -> None:
    """Use `fn(context, text)` (e.g. QCoreApplication.translate) for messages; None: English."""
    global _translator
    _translator = fn
