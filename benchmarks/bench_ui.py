"""GUI speed: start-up to the first painted main window, and refresh time after a scenario change.

Prints one JSON line:
  startup_ms       process start to the main window's first paint (offscreen), median of 3 runs
  refresh_p50_ms, refresh_p95_ms
                   one scenario change (alternating input lengths) until every plot and the table
                   show the new results, 12 accelerators selected, 200 changes
Run: .venv/bin/python benchmarks/bench_ui.py
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ACCELERATORS = (
    "nvidia-h100-sxm", "nvidia-h200-sxm", "nvidia-h20", "nvidia-b200", "nvidia-a100-80gb-sxm",
    "nvidia-l40s", "amd-mi300x", "intel-gaudi3", "huawei-ascend-910b", "huawei-ascend-910c",
    "cambricon-mlu370-x8", "moorethreads-mtt-s4000",
)  # fmt: skip


def child_startup() -> None:
    """Runs in a fresh process: open the app the way `accel-planner` does (the same function),
    and report when the window first paints."""
    started = float(os.environ["BENCH_T0"])
    from desktop_app.cli import build_parser
    from desktop_app.ui.app import open_window

    app, window = open_window(build_parser().parse_args([]))
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint:
                print(f"PAINTED {(time.time() - started) * 1000:.1f}", flush=True)
                QTimer.singleShot(0, app.quit)
                obj.removeEventFilter(self)
            return False

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.resize(1600, 1000)
    window.show()
    app.exec()


def measure_startup(runs: int = 3) -> float:
    times = []
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_DATA_HOME=f"{home}/data",
                   XDG_CONFIG_HOME=f"{home}/config")
        env.pop("ACCEL_PLANNER_DB", None)
        # As on a user's machine, compiled bytecode is cached after the first start (this
        # workplace sets PYTHONDONTWRITEBYTECODE, which would recompile every module each time).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for run in range(runs + 1):  # the first run builds the catalog and the bytecode: not counted
            env["BENCH_T0"] = repr(time.time())
            done = subprocess.run([sys.executable, __file__, "--child-startup"], env=env,
                                  capture_output=True, text=True, timeout=120)
            line = next((l for l in done.stdout.splitlines() if l.startswith("PAINTED")), None)
            if line is None:
                raise SystemExit(f"start-up run failed:\n{done.stderr[-2000:]}")
            if run:
                times.append(float(line.split()[1]))
    return statistics.median(times)


def measure_refresh(changes: int = 200) -> tuple[float, float]:
    """The app's own window (built as `accel-planner` builds it), 12 accelerators selected."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["ACCEL_PLANNER_DB"] = os.path.join(folder, "bench.sqlite")
        from desktop_app.cli import build_parser
        from desktop_app.plans.scenario import Scenario
        from desktop_app.ui import settings
        from desktop_app.ui.app import open_window

        settings.redirect(Path(folder))  # the user's own preferences and session stay untouched
        app, window = open_window(build_parser().parse_args([]))
        state = window.state
        state.replace_scenario(Scenario(model_id="llama-3.3-70b", accelerator_ids=ACCELERATORS,
                                        weight_precision="fp8", concurrency_max=256))
        window.resize(1600, 1000)
        window.show()
        app.processEvents()
        times = []
        for i in range(changes):
            t0 = time.perf_counter()
            state.edit("Input length", input_len=2048 + (i % 2) * 1024 + i)
            app.processEvents()  # let every view repaint
            times.append((time.perf_counter() - t0) * 1000)
        window.plans.discard_autosave()
        state.undo_stack.setClean()
        window.close()
        state.catalog.close()
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def main() -> None:
    if "--child-startup" in sys.argv:
        child_startup()
        return
    startup = measure_startup()
    p50, p95 = measure_refresh()
    print(json.dumps({"startup_ms": round(startup, 1), "refresh_p50_ms": round(p50, 2),
                      "refresh_p95_ms": round(p95, 2), "accelerators": len(ACCELERATORS), "changes": 200}))


if __name__ == "__main__":
    main()
