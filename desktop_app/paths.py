"""Where resources, seed data and the user's database live, whether frozen or run from source.

Qt-free: the catalog and plans packages use it too.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "AcceleratorPlanner"
APP_AUTHOR = "AcceleratorPlanner"
#: Points the app at another catalog database (a SQLAlchemy URL or a file path), like `--db`.
DB_ENV_VAR = "ACCEL_PLANNER_DB"


def bundle_root() -> Path:
    """The folder holding `resources/` and `db/`: the repository, or PyInstaller's bundle folder."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return bundle_root() / "resources"


def seed_dir() -> Path:
    """Human-readable seed catalog (TOML and CSV) with sources."""
    return bundle_root() / "db" / "seed"


def migrations_dir() -> Path:
    """Alembic migration scripts for the catalog schema."""
    return bundle_root() / "db" / "migrations"


def user_data_dir() -> Path:
    """Per-user data folder (platformdirs); created on demand."""
    from platformdirs import user_data_path

    path = user_data_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_cache_dir() -> Path:
    """Per-user cache folder (platformdirs): things that can always be rebuilt. Not created."""
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, APP_AUTHOR)


def default_db_url() -> str:
    """The catalog database: `$ACCEL_PLANNER_DB` if set, else `catalog.sqlite` in the user data folder."""
    configured = os.environ.get(DB_ENV_VAR, "").strip()
    if configured:
        return as_db_url(configured)
    return as_db_url(str(user_data_dir() / "catalog.sqlite"))


def as_db_url(value: str) -> str:
    """Accept a SQLAlchemy URL or a plain file path."""
    if "://" in value or value == ":memory:":
        return "sqlite://" if value == ":memory:" else value
    return "sqlite:///" + str(Path(value).expanduser().resolve())
