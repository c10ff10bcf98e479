"""The core packages work with Qt absent (STYLE.md §1), checked in a child interpreter that
refuses to import PySide6 or pyqtgraph."""

import subprocess
import sys
import textwrap

CHILD = textwrap.dedent(
    """
    import importlib, pkgutil, sys

    class NoQt:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "pyqtgraph", "shiboken6"):
                raise ImportError(f"{name} is blocked in this test")
            return None

    sys.meta_path.insert(0, NoQt())
    import desktop_app
    imported = []
    for package in ("desktop_app.estimator", "desktop_app.catalog", "desktop_app.plans"):
        module = importlib.import_module(package)
        for info in pkgutil.walk_packages(module.__path__, package + "."):
            importlib.import_module(info.name)
            imported.append(info.name)
    print(len(imported))
    """
)


def test_core_packages_import_without_qt():
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) >= 0
