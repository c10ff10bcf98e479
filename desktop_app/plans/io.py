"""Reading and writing `*.accplan.json` files, safely.

Reading: the file is refused before it is read if it is over `MAX_PLAN_BYTES`; it is parsed as
strict JSON (no NaN/Infinity, no duplicate keys, UTF-8) and nothing else: no pickle, no eval, no
YAML tags, so nothing in a file can ever run. Every problem becomes a `PlanError` whose message
names the file, the field and the problem.

Writing is atomic: the document goes to a temporary file in the destination folder, which is
flushed and fsync'ed and then renamed over the destination (`os.replace`, atomic on POSIX and
Windows). A failure at any point (read-only folder, full disk) leaves the previous file untouched.
"""

from __future__ import annotations

import errno
import json
import os
import secrets
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.catalog.messages import json_problem
from desktop_app.plans import migrations
from desktop_app.plans.document import SCHEMA_VERSION, Plan
from desktop_app.plans.errors import PlanError, translate

MAX_PLAN_BYTES = 20 * 1024 * 1024  # 20 MB: far above any real plan, well below trouble

PathLike = str | os.PathLike[str]


@dataclass(frozen=True, slots=True)
class LoadedPlan:
    """A plan and the schema its file was written in (older than current = it was upgraded)."""

    plan: Plan
    source_schema: int

    @property
    def upgraded(self) -> bool:
        return self.source_schema < SCHEMA_VERSION


# --- reading ------------------------------------------------------------------------------------


def load_plan(path: PathLike) -> Plan:
    """Read, validate and (if older) upgrade the plan at `path`. Raises PlanError."""
    return load_plan_with_info(path).plan


def load_plan_with_info(path: PathLike) -> LoadedPlan:
    """Like `load_plan`, also telling which schema the file had (so the GUI can say it upgraded)."""
    name = os.fspath(path)
    data = _read_limited(name)
    return _loaded_from_bytes(data, name)


def plan_from_bytes(data: bytes, source: str = "plan") -> Plan:
    """Parse and validate a plan from bytes; `source` names it in messages."""
    return _loaded_from_bytes(data, source).plan


def _loaded_from_bytes(data: bytes, source: str) -> LoadedPlan:
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError("plan data must be bytes")
    if len(data) > MAX_PLAN_BYTES:
        raise PlanError(_too_large(source, len(data)), path=source)
    value = parse_json(data, source)
    try:
        version = migrations.schema_version_of(value)
        plan = Plan.from_json_dict(value)
    except PlanError as exc:
        raise PlanError(f"{source}: {exc}", field=exc.field, path=source) from None
    return LoadedPlan(plan, version)


def parse_json(data: bytes, source: str = "plan") -> Any:
    """Strict JSON: UTF-8 (a BOM is tolerated), finite numbers only, no duplicate keys."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        problem = translate("PlanErrors", "not a plan file: it is not UTF-8 text (byte {0})")
        raise PlanError(f"{source}: " + problem.format(exc.start), path=source) from None
    try:
        return json.loads(
            text,
            parse_constant=_refuse_constant,
            parse_float=_finite_float,
            object_pairs_hook=_unique_keys,
        )
    except RecursionError:
        problem = translate("PlanErrors", "not a plan file: JSON nested too deeply")
        raise PlanError(f"{source}: " + problem, path=source) from None
    except json.JSONDecodeError as exc:
        problem = translate("PlanErrors", "not valid JSON: {0}: line {1} column {2} (char {3})")
        detail = problem.format(json_problem(exc.msg), exc.lineno, exc.colno, exc.pos)
        raise PlanError(f"{source}: " + detail, path=source) from None
    except ValueError as exc:  # our hooks, and int literals over the digit limit
        problem = translate("PlanErrors", "not valid JSON: {0}")
        raise PlanError(f"{source}: " + problem.format(exc), path=source) from None


def _refuse_constant(name: str) -> Any:
    raise ValueError(translate("PlanErrors", "{0} is not a number a plan may contain").format(name))


def _finite_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError(translate("PlanErrors", "number {0} is too large").format(text[:40]))
    return value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            problem = translate("PlanErrors", "key {0} appears twice in one object")
            raise ValueError(problem.format(repr(key)))
        result[key] = value
    return result


def _too_large(source: str, size: int) -> str:
    problem = translate(
        "PlanErrors",
        "the file is {0:.1f} MB; plan files are at most {1:.0f} MB, so this is not a plan",
    )
    return f"{source}: " + problem.format(size / 1e6, MAX_PLAN_BYTES / 1024 / 1024)


def _read_limited(name: str) -> bytes:
    """The file's bytes, refusing a too-large file from its size before reading any of it."""
    try:
        info = os.stat(name)
        if stat.S_ISDIR(info.st_mode):
            problem = translate("PlanErrors", "is a folder, not a plan file")
            raise PlanError(f"{name}: " + problem, path=name)
        if not stat.S_ISREG(info.st_mode):  # a pipe or a device could block or never end
            problem = translate("PlanErrors", "is not a regular file, so not a plan file")
            raise PlanError(f"{name}: " + problem, path=name)
        if info.st_size > MAX_PLAN_BYTES:
            raise PlanError(_too_large(name, info.st_size), path=name)
        with open(name, "rb") as handle:
            # Read one byte past the limit: a file that grew since the check is caught too.
            data = handle.read(MAX_PLAN_BYTES + 1)
    except PlanError:
        raise
    except FileNotFoundError:
        problem = translate("PlanErrors", "no such file")
        raise PlanError(f"{name}: " + problem, path=name) from None
    except PermissionError:
        problem = translate("PlanErrors", "permission denied (cannot read the file)")
        raise PlanError(f"{name}: " + problem, path=name) from None
    except OSError as exc:
        problem = translate("PlanErrors", "cannot read the file: {0}").format(_reason(exc))
        raise PlanError(f"{name}: " + problem, path=name) from None
    if len(data) > MAX_PLAN_BYTES:
        raise PlanError(_too_large(name, len(data)), path=name)
    return data


# --- writing ------------------------------------------------------------------------------------


def plan_to_bytes(plan: Plan) -> bytes:
    """The file content: indented UTF-8 JSON (readable, diffable), ending in a newline."""
    if not isinstance(plan, Plan):
        raise TypeError(f"expected a Plan, got {type(plan).__name__}")
    text = json.dumps(plan.to_json_dict(), indent=2, ensure_ascii=False, allow_nan=False)
    return (text + "\n").encode("utf-8")


def save_plan(plan: Plan, path: PathLike) -> None:
    """Write `plan` to `path` atomically; on failure the previous file is untouched.

    Raises PlanError naming the problem and the path.
    """
    data = plan_to_bytes(plan)  # before touching the disk: nothing to clean up if this fails
    atomic_write(os.fspath(path), data)


def atomic_write(name: str, data: bytes) -> None:
    """Write bytes to `name` via a temporary file in the same folder and an atomic rename."""
    target = Path(name)
    if target.is_symlink():  # replace the file the link points to, keep the link
        target = Path(os.path.realpath(target))
    folder = target.parent
    temp = folder / f".{target.name}.{secrets.token_hex(6)}.tmp"
    try:
        if target.is_dir():
            problem = translate("PlanErrors", "cannot save the plan to {0}: it is a folder")
            raise PlanError(problem.format(name), path=name)
        mode = _mode_to_keep(target)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        descriptor = os.open(temp, flags, 0o666)  # the umask applies, as for any new file
        try:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            if mode is not None:
                os.chmod(temp, mode)
            os.replace(temp, target)
        except BaseException:
            _remove_quietly(temp)
            raise
        _fsync_folder(folder)
    except PlanError:
        raise
    except OSError as exc:
        problem = translate("PlanErrors", "cannot save the plan to {0}: {1}")
        raise PlanError(problem.format(name, _reason(exc)), path=name) from None


def _mode_to_keep(target: Path) -> int | None:
    """The permission bits of the file being replaced, so a save does not change them."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        return None


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); not possible, nor needed, on Windows."""
    if os.name != "posix":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems refuse fsync on a folder; the data itself is already synced
    finally:
        os.close(descriptor)


def _remove_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _reason(exc: OSError) -> str:
    """The cause in the user's words, with the system's own text."""
    detail = exc.strerror or str(exc)
    if exc.errno == errno.ENOSPC:
        return translate("PlanErrors", "the disk is full ({0})").format(detail)
    if exc.errno == errno.EROFS:
        return translate("PlanErrors", "the destination is read-only ({0})").format(detail)
    if exc.errno in (errno.EACCES, errno.EPERM):
        return translate(
            "PlanErrors", "permission denied: the folder or file is read-only for you ({0})"
        ).format(detail)
    if exc.errno == errno.ENOENT:
        return translate("PlanErrors", "the folder does not exist ({0})").format(detail)
    if exc.errno == getattr(errno, "EDQUOT", None):
        return translate("PlanErrors", "the disk quota is exceeded ({0})").format(detail)
    return detail
