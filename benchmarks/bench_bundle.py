"""Figures of the frozen bundle: its size, how fast it starts, how long it takes to build.

    .venv/bin/python benchmarks/bench_bundle.py             # builds dist/accel-planner first
    .venv/bin/python benchmarks/bench_bundle.py --no-build  # measures the bundle that is there

Prints one JSON line:
  bundle_mib          size of dist/accel-planner (sum of file sizes, MiB)
  frozen_startup_ms   median wall time from starting the frozen app to its first painted window
                      (`--screenshot`, offscreen, in a clean HOME whose catalog already exists),
                      measured to the moment the PNG appears; `startup_to` says what was timed
                      ("catalog-summary" when the bundle has no GUI yet)
  build_s             wall time of the PyInstaller build (null with --no-build)
and, to judge those: first_run_ms (the very first start, which builds the catalog),
frozen_startup_cpu_ms (user + system CPU of the same starts: less sensitive to a busy machine),
load_avg_1min (the machine's load when measuring) and cores.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "accel-planner"
BUILD = [
    sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build" / "pyinstaller"),
    str(ROOT / "packaging" / "accel-planner.spec"),
]  # fmt: skip


def folder_mib(folder: Path) -> float:
    total = sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 2**20


def clean_env(home: Path) -> dict[str, str]:
    return {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }


def timed_start(exe: Path, args: list[str], home: Path, until: Path | None) -> tuple[float, float]:
    """(wall ms until `until` exists, or until exit; CPU ms of the whole run)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(
        [str(exe), *args],
        env=clean_env(home),
        cwd=home,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    wall = None
    while until is not None and proc.poll() is None:
        if until.exists() and until.stat().st_size > 0:
            wall = time.perf_counter() - start
            break
        time.sleep(0.002)
    _, err = proc.communicate(timeout=120)
    if wall is None:
        wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(
            f"{exe} {' '.join(args)} failed ({proc.returncode}):\n{err.decode()[-2000:]}"
        )
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall * 1000, cpu * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-build", action="store_true", help="measure the existing bundle")
    parser.add_argument("--runs", type=int, default=5, help="starts to time (median reported)")
    args = parser.parse_args(argv)

    build_s = None
    if not args.no_build:
        start = time.perf_counter()
        built = subprocess.run(BUILD, cwd=ROOT, capture_output=True, text=True)
        if built.returncode != 0:
            raise SystemExit(f"the build failed:\n{built.stdout[-3000:]}{built.stderr[-3000:]}")
        build_s = round(time.perf_counter() - start, 1)
    exe = BUNDLE / "accel-planner"
    if not exe.is_file():
        raise SystemExit(f"no bundle at {BUNDLE}: run `make bundle` first")

    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        home = Path(tmp)
        has_gui = _bundle_has_gui(exe, home)
        first_run_ms, _ = timed_start(exe, ["catalog", "list"], home, None)
        walls, cpus = [], []
        for i in range(args.runs):
            if has_gui:
                png = home / f"start-{i}.png"
                wall, cpu = timed_start(
                    exe, ["--screenshot", str(png), "--size", "1600x1000"], home, png
                )
            else:
                wall, cpu = timed_start(exe, [], home, None)
            walls.append(wall)
            cpus.append(cpu)

    print(
        json.dumps(
            {
                "bundle_mib": round(folder_mib(BUNDLE), 1),
                "frozen_startup_ms": round(statistics.median(walls)),
                "build_s": build_s,
                "startup_to": "first-painted-window" if has_gui else "catalog-summary",
                "first_run_ms": round(first_run_ms),
                "frozen_startup_cpu_ms": round(statistics.median(cpus)),
                "frozen_startup_all_ms": [round(w) for w in walls],
                "load_avg_1min": round(os.getloadavg()[0], 2),
                "cores": os.cpu_count(),
            }
        )
    )
    return 0


def _bundle_has_gui(exe: Path, home: Path) -> bool:
    """Whether the bundle holds desktop_app.ui.app (what `--screenshot` needs)."""
    probe = subprocess.run(
        [str(exe), "--screenshot", str(home / "probe.png"), "--tab", "no-such-tab"],
        env=clean_env(home),
        cwd=home,
        capture_output=True,
        text=True,
    )
    return "--tab must be one of" in probe.stdout + probe.stderr


if __name__ == "__main__":
    sys.exit(main())
