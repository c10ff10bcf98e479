"""Keep the translations in step with the code, and compile them.

    .venv/bin/python resources/i18n/update_translations.py            # lupdate: add new texts
    .venv/bin/python resources/i18n/update_translations.py --release  # lrelease: .ts -> .qm
    .venv/bin/python resources/i18n/update_translations.py --pseudo   # + a long-string pseudo .qm

`lupdate` scans every Python file under desktop_app/ for `tr()` / `QCoreApplication.translate()`
and merges new or changed source texts into resources/i18n/accel_planner_<lang>.ts as
"unfinished"; texts no longer in the code become "vanished" (kept so a translator can reuse
them; `--drop-obsolete` removes them). Translate the unfinished entries (Qt Linguist:
`.venv/bin/pyside6-linguist resources/i18n/accel_planner_zh_CN.ts`, or a text editor: remove
`type="unfinished"` once translated). tests/ui/test_i18n.py fails while any entry is unfinished,
vanished or obsolete, or a text in the code is missing from the .ts.

`--release` writes accel_planner_<lang>.qm beside each .ts (ignored by git). The PyInstaller build
runs it before collecting resources/; `make run` and `make test` do not need it (the app compiles
a missing .qm into the user's cache folder on first use).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CATALOG = "accel_planner"
LANGUAGES = ("zh_CN",)


def sources() -> list[Path]:
    return sorted(p for p in (ROOT / "desktop_app").rglob("*.py") if "__pycache__" not in p.parts)


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / f"pyside6-{name}"
    return str(local) if local.is_file() else f"pyside6-{name}"


def lupdate(ts_files: list[Path], drop_obsolete: bool = False) -> None:
    files = [str(p.relative_to(ROOT)) for p in sources()]
    command = [_tool("lupdate"), "-locations", "none", *files, "-ts", *map(str, ts_files)]
    if drop_obsolete:
        command.insert(1, "-no-obsolete")
    subprocess.run(command, cwd=ROOT, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true",
                        help="compile every .ts into a .qm beside it")
    parser.add_argument("--pseudo", action="store_true",
                        help="also write accel_planner_pseudo.qm (run the app with --lang pseudo)")
    parser.add_argument("--drop-obsolete", action="store_true",
                        help="remove texts no longer in the code")
    args = parser.parse_args(argv)
    ts_files = [HERE / f"{CATALOG}_{lang}.ts" for lang in LANGUAGES]
    if not args.release and not args.pseudo:
        lupdate(ts_files, args.drop_obsolete)
    if args.release:
        for ts in ts_files:
            lrelease(ts, ts.with_suffix(".qm"))
            print(ts.with_suffix(".qm").relative_to(ROOT))
    if args.pseudo:
        sys.path.insert(0, str(ROOT))
        from desktop_app.ui.i18n import pseudo_ts

        pseudo = HERE / f"{CATALOG}_pseudo.ts"
        try:
            pseudo_ts(ts_files[0], pseudo)
            lrelease(pseudo, pseudo.with_suffix(".qm"))
        finally:
            pseudo.unlink(missing_ok=True)
        print(pseudo.with_suffix(".qm").relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
