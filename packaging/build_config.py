"""What goes into the bundle, in plain Python so tests can check it without running PyInstaller.

`accel-planner.spec` imports this module; nothing here imports PyInstaller.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "accel-planner"
CONSOLE_NAME = "accel-planner-console"
BUNDLE_ID = "org.acceleratorplanner.AcceleratorPlanner"
DISPLAY_NAME = "Accelerator Planner"

#: Folders shipped as data, relative to the repository root and kept at the same place in the
#: bundle, where `desktop_app.paths.bundle_root()` finds them (sys._MEIPASS).
#: db/seed is the human-readable shipped catalog: Catalog.open builds the user's database from it on
#: first run (about 0.3 s) and upgrades it in place when a newer version ships a newer seed.
#: db/migrations holds Alembic's env.py and revisions, which Alembic loads as .py files by path,
#: so they must be data (the analysis never sees them); their own imports are in HIDDEN_IMPORTS.
DATA_DIRS = ("resources", "db/seed", "db/migrations")
#: Data folders whose .py files are shipped (Alembic runs them); elsewhere .py files are the
#: developers' generator scripts and stay out.
CODE_DIRS = ("db/migrations",)
#: Never shipped: byte-code caches and editor litter.
SKIP_PARTS = {"__pycache__", ".DS_Store"}
SKIP_SUFFIXES = {".pyc", ".pyo", ".swp"}

#: Modules PyInstaller cannot see being imported.
HIDDEN_IMPORTS = [
    # What db/migrations/**.py import (they are loaded by path at run time, not analysed).
    "alembic.op",
    "alembic.context",
    "sqlalchemy.dialects.sqlite",
    # pyqtgraph (Qt/OpenGLHelpers.py, imported by every plot curve) imports these by name, with no
    # fallback, even though we never draw with OpenGL.
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
]
#: Packages of ours imported by name at run time (cli.py's sub-commands, the GUI): the spec
#: collects all their submodules, so parts built later are picked up with no change here.
COLLECT_PACKAGES = ("desktop_app",)

#: Modules left out. Each is importable in the build environment but unused by the app; leaving
#: it out keeps the bundle small and start-up fast.
EXCLUDES = {
    # pyqtgraph tries this at import and falls back cleanly when it is missing:
    "PySide6.QtTest": "pyqtgraph imports it only to offer QTest.qWait to test code",
    # Nothing of ours uses these; a stray import in a dependency would drag in large Qt libraries:
    "PySide6.QtNetwork": "the app works offline and never opens a socket",
    "PySide6.QtQml": "no QML user interface (QtQml and QtQuick are over 20 MiB of libraries)",
    "PySide6.QtQuick": "no QML user interface",
    "PySide6.QtQuickWidgets": "no QML user interface",
    "PySide6.QtSql": "the catalog uses SQLAlchemy over Python's sqlite3, not Qt's SQL drivers",
    "PySide6.QtDesigner": "Qt Designer plug-ins are a development tool",
    "PySide6.QtUiTools": "no .ui files are loaded at run time",
    "PySide6.QtHelp": "no Qt Assistant help collections",
    # Optional extras of pyqtgraph and numpy that a developer's environment may hold:
    "matplotlib": "pyqtgraph's MatplotlibWidget and exporter are not used",
    "scipy": "pyqtgraph uses it only for optional filters and colour maps",
    "h5py": "pyqtgraph's HDF5 exporter is not used",
    "OpenGL": "PyOpenGL, for pyqtgraph.opengl (3-D plots), is not used",
    "ssl": "the app is offline; asyncio, http.client and urllib import ssl but work without it",
    "_hashlib": "OpenSSL's hashes (libcrypto, 5 MiB); hashlib falls back to its built-in sha256, "
    "all the catalog's seed fingerprint needs",
    "tkinter": "a second GUI toolkit; Python's standard library ships it, we do not use it",
    "IPython": "interactive shells are not part of the app",
    "pytest": "a test dependency, never imported by the app",
    "hypothesis": "a test dependency, never imported by the app",
}

#: Qt plug-ins dropped after analysis (start of the bundled file's name), each with why; the
#: libraries that only they needed go too (`prune_binaries`). Kept: libqoffscreen (smoke test,
#: --screenshot), libqxcb and libqwayland (Linux desktops), libqminimal, svg/jpeg/ico image formats.
DROP_BINARIES = {
    "libqgtk3": "GTK platform theme: it drags the build machine's GTK, GLib, cairo and pango "
    "into the bundle, where they clash with the desktop's own copies; Qt's Fusion style and the "
    "xdg-desktop-portal theme (kept) serve instead",
    "libqtvirtualkeyboardplugin": "on-screen keyboard input context: pulls in QtQuick/QtQml",
    "libqeglfs": "EGL full-screen platform for embedded devices without a window system",
    "libqt-plugin-eglfs": "EGL full-screen device integrations (embedded)",
    "libqvnc": "VNC server platform: not how desktop users run the app",
    "libqlinuxfb": "Linux frame-buffer platform (embedded)",
    "libqminimalegl": "minimal EGL platform (embedded tests)",
    "libqvkkhrdisplay": "Vulkan KHR display platform (embedded)",
    "libqevdev": "evdev keyboard/mouse/touch input, used only by the embedded platforms above",
    "libqtuiotouchplugin": "TUIO touch events over the network: pulls in QtNetwork",
    "libqpdf": "PDF *reading* image format (QtPdf); we write PDF with QPdfWriter",
    "libqgif": "image formats the app never reads or writes",
    "libqicns": "image formats the app never reads or writes",
    "libqtga": "image formats the app never reads or writes",
    "libqtiff": "image formats the app never reads or writes",
    "libqwbmp": "image formats the app never reads or writes",
    "libqwebp": "image formats the app never reads or writes",
}

#: Qt's own translations (standard dialogs, context menus) kept: the languages the app offers
#: (`--lang en|zh_CN`). The other ~40 languages are 6 MiB.
QT_LANGUAGES = ("en", "zh_CN")
_QM_LANGUAGE = re.compile(r"_([a-z]{2,3}(?:_[A-Z]{2})?)\.qm$")


def version() -> str:
    """The project's version, from pyproject.toml (the single place it is written)."""
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def data_files() -> list[tuple[str, str]]:
    """(source file, destination folder in the bundle) for every shipped data file."""
    result = []
    for folder in DATA_DIRS:
        base = ROOT / folder
        if not base.is_dir():
            raise SystemExit(f"missing data folder {base}")
        for path in sorted(base.rglob("*")):
            if not path.is_file() or SKIP_PARTS & set(path.parts) or path.suffix in SKIP_SUFFIXES:
                continue
            if path.suffix == ".py" and folder not in CODE_DIRS:
                continue  # e.g. resources/plans/make_demo_plans.py, which made the plans beside it
            result.append((str(path), str(path.parent.relative_to(ROOT))))
    return result


def dropped_binary(dest_name: str) -> bool:
    """True for a bundled binary that DROP_BINARIES removes."""
    name = Path(dest_name).name
    return any(name.startswith(fragment) for fragment in DROP_BINARIES)


def keep_data(dest_name: str) -> bool:
    """False for a Qt translation in a language the app does not offer."""
    path = Path(dest_name)
    if path.suffix != ".qm" or "translations" not in path.parts:
        return True
    match = _QM_LANGUAGE.search(path.name)
    return match is None or match.group(1) in QT_LANGUAGES


def prune_binaries(
    binaries: Iterable[tuple[str, str, str]], needs: Callable[[str], set[str]]
) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Drop the DROP_BINARIES plug-ins and the libraries only they needed.

    `binaries`: PyInstaller's (destination, source, type) entries. `needs(source)`: the file names
    of every library `source` loads, directly or not (ldd). A library is dropped when a dropped
    plug-in needs it and nothing kept does; anything else is kept, including files nobody links
    (Python extensions, other plug-ins, libraries loaded with ctypes).
    Returns (kept entries, names of the dropped files).
    """
    entries = list(binaries)
    dropped = {e[0] for e in entries if dropped_binary(e[0])}
    wanted_by_dropped: set[str] = set()
    for dest, source, _ in entries:
        if dest in dropped:
            wanted_by_dropped |= needs(source)
    roots = [e for e in entries if e[0] not in dropped and Path(e[0]).name not in wanted_by_dropped]
    still_needed: set[str] = set()
    for _, source, _ in roots:
        still_needed |= needs(source)
    kept = [
        e
        for e in entries
        if e[0] not in dropped and (e in roots or Path(e[0]).name in still_needed)
    ]
    names = sorted(Path(e[0]).name for e in entries if e not in kept)
    return kept, names


def without_dangling_symlinks(
    entries: Iterable[tuple[str, str, str]], binaries: Iterable[tuple[str, str, str]]
) -> list[tuple[str, str, str]]:
    """`entries` less the SYMLINK entries (PyInstaller's top-level links to Qt's libraries) whose
    target is no longer among `binaries`, e.g. after `prune_binaries`."""
    present = {Path(dest).as_posix() for dest, _, _ in binaries}
    return [
        e for e in entries if e[2] != "SYMLINK" or (Path(e[0]).parent / e[1]).as_posix() in present
    ]


def ldd_needs(path: str) -> set[str]:
    """Names of the libraries `path` loads, directly or not, as `ldd` lists them (Linux)."""
    try:
        out = subprocess.run(["ldd", path], capture_output=True, text=True, check=False).stdout
    except OSError:
        return set()
    return {line.split()[0].rsplit("/", 1)[-1] for line in out.splitlines() if line.strip()}


def strip_python_debug_info(
    binaries: Iterable[tuple[str, str, str]], prefix: str, work: Path
) -> list[tuple[str, str, str]]:
    """The entries, with the Python installation's own libraries replaced by copies without debug
    information (a pyenv or CI Python keeps it: libpython 23 MiB -> 6 MiB, lib-dynload 15 -> 4).

    Only these: `strip` also on the wheels' libraries broke numpy's OpenBLAS ("ELF load command
    address/offset not page-aligned"; auditwheel lays those files out in a way strip undoes).
    """
    tool = shutil.which("strip")
    prefix = os.path.realpath(prefix) + os.sep
    result = []
    for dest, source, kind in binaries:
        if tool and os.path.realpath(source).startswith(prefix):
            target = work / dest
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
            subprocess.run([tool, "--strip-debug", str(target)], check=True)
            source = str(target)
        result.append((dest, source, kind))
    return result


def icon() -> str | None:
    """The application icon for this platform's executable (Linux executables carry none)."""
    if sys.platform == "win32":
        return str(ROOT / "resources" / "icons" / "accel-planner.ico")
    if sys.platform == "darwin":
        return str(ROOT / "resources" / "icons" / "accel-planner.icns")
    return None
