"""Preferences: one typed table of defaults, stored with QSettings in INI format (STYLE.md §7).

Values equal to their default are not written, so a later release can change a default for everyone
who never touched it. Window geometry and recent files are kept apart from preferences (they are
state, not choices) under their own groups.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop_app.paths import APP_AUTHOR, APP_NAME


@dataclass(frozen=True)
class Preference:
    default: object
    kind: type
    choices: tuple = ()


PREFERENCES: dict[str, Preference] = {
    "theme": Preference("light", str, ("light", "dark")),
    "language": Preference("", str),  # "" follows the system locale
    "currency": Preference("", str, ("", "USD", "CNY")),  # "" follows the interface language
    "restore_last_scenario": Preference(True, bool),
}

MAX_RECENT = 10
_settings_path: Path | None = None


def redirect(folder: Path | None) -> None:
    """Keep settings in `folder` (tests use a temporary one); None restores the user's default."""
    global _settings_path
    _settings_path = None if folder is None else Path(folder) / "settings.ini"


def _store() -> QSettings:
    if _settings_path is not None:
        return QSettings(str(_settings_path), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_AUTHOR, APP_NAME)


def _coerce(value: object, kind: type) -> object:
    if kind is bool:
        if isinstance(value, str):
            return value.strip().lower() in ("1", "true", "yes")
        return bool(value)
    return kind(value)


def get(key: str) -> object:
    pref = PREFERENCES[key]
    raw = _store().value(f"preferences/{key}", pref.default)
    try:
        value = _coerce(raw, pref.kind)
    except (TypeError, ValueError):
        return pref.default
    if pref.choices and value not in pref.choices:
        return pref.default
    return value


def set_(key: str, value: object) -> None:
    pref = PREFERENCES[key]
    value = _coerce(value, pref.kind)
    if pref.choices and value not in pref.choices:
        raise ValueError(f"{key}: {value!r} is not one of {', '.join(map(str, pref.choices))}")
    store = _store()
    if value == pref.default:
        store.remove(f"preferences/{key}")
    else:
        store.setValue(f"preferences/{key}", value)
    store.sync()


def window_state() -> tuple[QByteArray | None, QByteArray | None]:
    store = _store()
    return store.value("window/geometry"), store.value("window/state")


def save_window_state(geometry: QByteArray, state: QByteArray) -> None:
    store = _store()
    store.setValue("window/geometry", geometry)
    store.setValue("window/state", state)
    store.sync()


def recent_files() -> list[str]:
    value = _store().value("recent/files", [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in (value or []) if v]


def add_recent_file(path: str) -> list[str]:
    files = [path] + [f for f in recent_files() if f != path]
    files = files[:MAX_RECENT]
    store = _store()
    store.setValue("recent/files", files)
    store.sync()
    return files


def last_scenario_json() -> str:
    return str(_store().value("session/last_scenario", "") or "")


def save_last_scenario_json(text: str) -> None:
    store = _store()
    store.setValue("session/last_scenario", text)
    store.sync()
