"""The window's start path: from the second start on, the catalog answers from its snapshot and
SQLAlchemy is not even imported (about 0.4 s of every start; benchmarks/bench_ui.py measures it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

START = """
import sys
from desktop_app.cli import build_parser
from desktop_app.ui.app import open_window
app, window = open_window(build_parser().parse_args([]))
window.resize(1366, 768)
window.show()
app.processEvents()
results = window.state.results
print(type(window.state.catalog).__name__, "sqlalchemy" in sys.modules, len(results.rows))
"""


def test_second_start_answers_from_the_snapshot_without_sqlalchemy(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    env.pop("ACCEL_PLANNER_DB", None)
    runs = []
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", START], cwd=ROOT, env=env, capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        runs.append(done.stdout.split())
    first, second = runs
    assert first[:2] == ["Catalog", "True"]  # a first start builds the database (and the snapshot)
    assert second[:2] == ["SnapshotCatalog", "False"]
    assert first[2] == second[2] != "0"  # the same scenario, the same options compared
    assert list((tmp_path / "cache").rglob("*.snapshot"))  # in the user's cache, not beside the database
