"""Helpers shared by the catalog tests (a plain module: tests/ is not a package)."""

from __future__ import annotations

from pathlib import Path

MINI_SEED = Path(__file__).resolve().parent.parent / "fixtures" / "mini_seed"


def append(path: Path, text: str) -> None:
    with path.open("a", encoding="utf-8") as fh:
        fh.write("\n" + text + "\n")


def replace(path: Path, old: str, new: str) -> None:
    content = path.read_text(encoding="utf-8")
    assert old in content, f"{old!r} not in {path}"
    path.write_text(content.replace(old, new, 1), encoding="utf-8")
