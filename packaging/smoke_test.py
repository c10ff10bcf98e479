"""Smoke test of the frozen bundle: `make bundle-smoke` (after `make bundle`).

    python packaging/smoke_test.py [dist/accel-planner] [--strict] [--keep DIR]

Starts the frozen app the way a new user would: a clean temporary HOME, no Python on PATH, no
PYTHON* or XDG variables, offscreen; and, where the system allows (`unshare`), with no network and
with this machine's Python libraries hidden under empty folders. Then:

1. the bundle is at most 200 MiB;
2. `--version` reports pyproject.toml's version;
3. the first `catalog list` builds the catalog in the user's data folder, a second reuses it;
4. a catalog at the oldest released schema (tests/fixtures) is upgraded in place;
5. `--self-test` passes (catalog, ready-made scenarios, main window and every plot tab to PNG,
   PDF and XLSX exports: see desktop_app/selftest.py), and the files it reports are really there.

Exits 0 when all is well, 1 with one line per problem otherwise. `--strict` also fails on parts
of the app the self-test reports as not built yet.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BUNDLE = ROOT / "dist" / "accel-planner"
OLD_SCHEMA_FIXTURE = ROOT / "tests" / "fixtures" / "catalog_schema_0001.sqlite"
#: A frozen start is well under 10 s; a first run that builds the catalog, a little more.
COMMAND_TIMEOUT_S = 120
SELF_TEST_TIMEOUT_S = 600
#: Issue 6: the bundle is at most 200 MiB.
MAX_BUNDLE_MIB = 200
#: The self-test prints its first line at once; without it, --self-test was not understood.
SELF_TEST_HEADER_S = 60


class SmokeFailure(Exception):
    pass


def executable(bundle: Path) -> Path:
    """The console executable of the bundle (the console twin where the main one is windowed)."""
    names = (
        ["accel-planner-console.exe", "accel-planner.exe"]
        if os.name == "nt"
        else ["accel-planner-console", "accel-planner"]
    )
    for name in names:
        if (bundle / name).is_file():
            return bundle / name
    raise SmokeFailure(f"no accel-planner executable in {bundle}: run `make bundle` first")


def clean_env(home: Path) -> dict[str, str]:
    """A fresh user session: a HOME, a system PATH without our Python, Qt offscreen."""
    env = {
        "HOME": str(home),
        "PATH": os.pathsep.join(
            p for p in ("/usr/local/bin", "/usr/bin", "/bin") if os.path.isdir(p)
        ),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    for key in ("SYSTEMROOT", "TEMP", "TMP", "TMPDIR"):  # Windows needs SYSTEMROOT; keep temp dirs
        if key in os.environ:
            env[key] = os.environ[key]
    if os.name == "nt":
        env["USERPROFILE"] = str(home)
        env["APPDATA"] = str(home / "AppData" / "Roaming")
        env["LOCALAPPDATA"] = str(home / "AppData" / "Local")
    return env


_HIDE_SCRIPT = (
    'n=$1; shift; while [ "$n" -gt 0 ]; do '
    'mount -t tmpfs tmpfs "$1" || exit 97; shift; n=$((n - 1)); done; exec "$@"'
)


def python_dirs(keep: list[Path]) -> list[str]:
    """This machine's Python libraries (standard library, site-packages): hidden from the app, so
    the test shows it needs none of them. Never a folder holding one of `keep`."""
    import glob
    import sysconfig

    found = {sysconfig.get_path(name) for name in ("stdlib", "platstdlib", "purelib", "platlib")}
    found |= set(glob.glob("/usr/lib/python3*")) | set(glob.glob("/usr/local/lib/python3*"))
    dirs = sorted(d for d in found if d and os.path.isdir(d))
    dirs = [
        d
        for d in dirs
        if not any(Path(k).resolve().is_relative_to(Path(d).resolve()) for k in keep)
    ]
    # Hiding a folder hides what is inside it (and leaves nothing there to mount over).
    return [d for d in dirs if not any(d != o and Path(d).is_relative_to(o) for o in dirs)]


def isolation_prefix(keep: list[Path]) -> tuple[list[str], str]:
    """A command prefix that runs the app with no network and no Python libraries in sight
    (`unshare`: private network and mount namespaces), or less where the system refuses."""
    tool = shutil.which("unshare")
    if not tool or not sys.platform.startswith("linux"):
        return [], "network not cut, Python not hidden (no unshare)"
    hide = python_dirs(keep)
    full = [tool, "-rmn", "sh", "-c", _HIDE_SCRIPT, "sh", str(len(hide)), *hide]
    if subprocess.run([*full, "true"], capture_output=True).returncode == 0:
        return full, f"no network, {len(hide)} Python library folders hidden"
    if subprocess.run([tool, "-rn", "true"], capture_output=True).returncode == 0:
        return [tool, "-rn"], "no network; Python not hidden (mount namespace refused)"
    return [], "network not cut, Python not hidden (namespaces refused)"


class Smoke:
    def __init__(self, bundle: Path, work: Path, strict: bool) -> None:
        self.exe = executable(bundle)
        self.work = work
        self.strict = strict
        self.prefix, self.isolation = isolation_prefix([bundle, work, ROOT])
        self.problems: list[str] = []
        self.figures: dict[str, str] = {}

    def run_app(
        self,
        args: list[str],
        home: Path,
        *,
        extra_env: dict[str, str] | None = None,
        timeout: int = COMMAND_TIMEOUT_S,
        first_line: tuple[str, int] | None = None,
    ) -> tuple[int, str, float]:
        """(exit status, stdout + stderr, seconds). `first_line`: (text, seconds): stop early
        when no output line contains `text` within that many seconds."""
        env = clean_env(home)
        env.update(extra_env or {})
        start = time.perf_counter()
        proc = subprocess.Popen(
            self.prefix + [str(self.exe), *args],
            env=env,
            cwd=home,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            errors="replace",
        )
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.extend(proc.stdout), daemon=True)
        reader.start()
        why = None
        while proc.poll() is None:
            elapsed = time.perf_counter() - start
            if elapsed > timeout:
                why = f"did not finish in {timeout} s"
            elif (
                first_line
                and elapsed > first_line[1]
                and not any(first_line[0] in x for x in lines)
            ):
                why = f"printed no {first_line[0]!r} line in {first_line[1]} s"
            if why:
                proc.kill()
                break
            time.sleep(0.05)
        proc.wait()
        reader.join(timeout=5)
        out = "".join(lines)
        if why:
            raise SmokeFailure(
                f"`accel-planner {' '.join(args)}` {why}; its output:\n{out[-3000:]}"
            )
        return proc.returncode, out, time.perf_counter() - start

    def expect_ok(self, args: list[str], home: Path, **kwargs) -> tuple[str, float]:
        status, out, elapsed = self.run_app(args, home, **kwargs)
        if status != 0:
            raise SmokeFailure(
                f"`accel-planner {' '.join(args)}` exited with {status}:\n{out[-3000:]}"
            )
        return out, elapsed

    # -- checks ----------------------------------------------------------------------------

    def check_size(self) -> str:
        bundle = self.exe.parent
        files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
        mib = sum(p.stat().st_size for p in files) / 2**20
        if mib > MAX_BUNDLE_MIB:
            raise SmokeFailure(f"the bundle is {mib:.0f} MiB, over {MAX_BUNDLE_MIB} MiB")
        return f"{mib:.1f} MiB in {len(files)} files"

    def check_version(self) -> str:
        with (ROOT / "pyproject.toml").open("rb") as fh:
            version = tomllib.load(fh)["project"]["version"]
        out, _ = self.expect_ok(["--version"], self.fresh_home("version"))
        if version not in out:
            raise SmokeFailure(f"--version printed {out.strip()!r}, pyproject.toml says {version}")
        return f"version {version}"

    def check_first_run(self) -> str:
        home = self.fresh_home("first-run")
        out, first = self.expect_ok(["catalog", "list", "--kind", "accelerators"], home)
        if out.count("\n") < 5:
            raise SmokeFailure(f"`catalog list` on first run listed almost nothing:\n{out}")
        if sys.platform.startswith("linux"):
            db = home / ".local" / "share" / "AcceleratorPlanner" / "catalog.sqlite"
            if not db.is_file():
                raise SmokeFailure(f"the first run did not create the user's catalog at {db}")
            self.head_revision = _revision(db)
        _, second = self.expect_ok(["catalog", "list", "--kind", "models"], home)
        self.figures["first_run_s"] = f"{first:.2f}"
        self.figures["second_run_s"] = f"{second:.2f}"
        return f"first run {first:.2f} s (builds the catalog), second {second:.2f} s"

    def check_upgrade(self) -> str:
        if not sys.platform.startswith("linux"):
            return "skipped (data folder location checked on Linux only)"
        if not OLD_SCHEMA_FIXTURE.is_file():
            raise SmokeFailure(f"missing fixture {OLD_SCHEMA_FIXTURE}")
        home = self.fresh_home("upgrade")
        db = home / ".local" / "share" / "AcceleratorPlanner" / "catalog.sqlite"
        db.parent.mkdir(parents=True)
        shutil.copyfile(OLD_SCHEMA_FIXTURE, db)
        before = _revision(db)
        self.expect_ok(["catalog", "list"], home)
        after = _revision(db)
        head = getattr(self, "head_revision", None)
        if after == before or (head and after != head):
            raise SmokeFailure(f"the catalog at schema {before} was left at {after} (head: {head})")
        return f"schema {before} upgraded to {after}"

    def check_self_test(self) -> str:
        out_dir = self.work / "self-test-output"
        env = {"ACCEL_PLANNER_SELFTEST_DIR": str(out_dir)}
        if self.strict:
            env["ACCEL_PLANNER_SELFTEST_STRICT"] = "1"
        try:
            status, out, elapsed = self.run_app(
                ["--self-test"],
                self.fresh_home("self-test"),
                extra_env=env,
                timeout=SELF_TEST_TIMEOUT_S,
                first_line=("self-test:", SELF_TEST_HEADER_S),
            )
        except SmokeFailure as exc:
            if "printed no 'self-test:' line" in str(exc):
                raise SmokeFailure(
                    "the frozen app ignored --self-test (it started the GUI instead): "
                    "desktop_app/cli.py must `return selftest.run_self_test()` when args.self_test "
                    "is set"
                ) from None
            raise
        print(_indent(out), flush=True)
        if status != 0 or "self-test: passed" not in out:
            failed = [line.strip() for line in out.splitlines() if line.strip().startswith("FAIL")]
            raise SmokeFailure(
                f"--self-test exited with {status}: " + ("; ".join(failed) or out[-2000:])
            )
        produced = _check_outputs(out, out_dir)
        window = re.search(r"first window painted in ([\d.]+) s", out)
        if window:
            self.figures["first_window_in_process_s"] = window.group(1)
        todo = [
            line.split("not built yet:")[0].replace("TODO", "").strip()
            for line in out.splitlines()
            if line.strip().startswith("TODO")
        ]
        note = f"; not built yet: {', '.join(todo)}" if todo else ""
        return f"passed in {elapsed:.1f} s, outputs checked: {', '.join(produced) or 'none'}{note}"

    def fresh_home(self, name: str) -> Path:
        home = self.work / f"home-{name}"
        if home.exists():
            shutil.rmtree(home)
        home.mkdir(parents=True)
        return home

    def run(self) -> int:
        print(f"smoke test: {self.exe} ({self.isolation}), work folder {self.work}", flush=True)
        for name, check in (
            ("size", self.check_size),
            ("version", self.check_version),
            ("first run", self.check_first_run),
            ("catalog upgrade", self.check_upgrade),
            ("self-test", self.check_self_test),
        ):
            try:
                print(f"  ok    {name:16} {check()}", flush=True)
            except SmokeFailure as exc:
                self.problems.append(f"{name}: {exc}")
                print(f"  FAIL  {name:16} {exc}", flush=True)
        if self.problems:
            print(f"smoke test FAILED ({len(self.problems)} problem(s)):", file=sys.stderr)
            for problem in self.problems:
                print(f"  - {problem.splitlines()[0]}", file=sys.stderr)
            return 1
        print("smoke test passed", flush=True)
        return 0


def _revision(db: Path) -> str | None:
    with sqlite3.connect(db) as connection:
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError:
            return None
    return row[0] if row else None


def _check_outputs(report: str, out_dir: Path) -> list[str]:
    """Each file the self-test says it wrote (a .png, .pdf or .xlsx it names) is there and sane."""
    names = sorted(set(re.findall(r"\b([\w.-]+\.(?:png|pdf|xlsx))\b", report)))
    if "PASS  plot tabs" in report:
        names += sorted(p.name for p in out_dir.glob("tab-*.png"))
    checked = []
    for name in dict.fromkeys(names):
        path = out_dir / name
        if not path.is_file():
            raise SmokeFailure(f"the self-test reported {name} but it is not in {out_dir}")
        head = path.read_bytes()[:8]
        magic = {".png": b"\x89PNG\r\n\x1a\n", ".pdf": b"%PDF-", ".xlsx": b"PK\x03\x04"}[
            path.suffix
        ]
        if not head.startswith(magic) or path.stat().st_size < 1024:
            raise SmokeFailure(f"{path} is not a plausible {path.suffix} file")
        checked.append(name)
    return checked


def _indent(text: str) -> str:
    return "\n".join("      | " + line for line in text.rstrip().splitlines())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=DEFAULT_BUNDLE)
    parser.add_argument("--strict", action="store_true", help="fail on parts not built yet")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep homes and outputs in DIR")
    args = parser.parse_args(argv)
    try:
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            return Smoke(args.bundle.resolve(), args.keep.resolve(), args.strict).run()
        with tempfile.TemporaryDirectory(prefix="accel-planner-smoke-") as work:
            return Smoke(args.bundle.resolve(), Path(work), args.strict).run()
    except SmokeFailure as exc:
        print(f"smoke test FAILED: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
