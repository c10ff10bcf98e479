"""The Linux desktop entry, its install script and the end users' README in the tarball."""

import configparser
import os
import shutil
import stat
import subprocess
import sys

import pytest
from packaging_helpers import PACKAGING, ROOT

LINUX = PACKAGING / "linux"


def entry(program: str = "/opt/accel planner/accel-planner") -> str:
    text = (LINUX / "accel-planner.desktop.in").read_text(encoding="utf-8")
    return text.replace("@EXEC@", f'"{program}"').replace("@TRYEXEC@", program)


def parse(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(text)
    return parser["Desktop Entry"]


def test_entry_has_the_keys_a_menu_needs():
    section = parse(entry())
    assert section["Type"] == "Application"
    assert section["Name"] == "Accelerator Planner"
    assert section["Exec"] == '"/opt/accel planner/accel-planner"'
    assert section["Icon"] == "accel-planner"
    assert section["Terminal"] == "false"
    assert section["Categories"].endswith(";") and "Office" in section["Categories"]
    assert (ROOT / "resources/icons/accel-planner-48.png").is_file()
    assert not [k for k in section if "@" in section[k]]


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed"
)
def test_entry_passes_desktop_file_validate(tmp_path):
    path = tmp_path / "accel-planner.desktop"
    path.write_text(entry(), encoding="utf-8")
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
    assert result.returncode == 0 and "error" not in result.stdout.lower(), result.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell script")
def test_install_script_adds_and_removes_the_entry_and_icons(tmp_path):
    folder = tmp_path / "accel planner-1.0"
    icons = folder / "_internal" / "resources" / "icons"
    shutil.copytree(ROOT / "resources" / "icons", icons)
    for name in ("install-desktop-entry.sh", "accel-planner.desktop.in"):
        shutil.copy2(LINUX / name, folder / name)
    program = folder / "accel-planner"
    program.write_text("#!/bin/sh\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    data = tmp_path / "data"
    env = {**os.environ, "XDG_DATA_HOME": str(data), "HOME": str(tmp_path)}
    subprocess.run(
        ["sh", str(folder / "install-desktop-entry.sh")], env=env, check=True, capture_output=True
    )
    written = data / "applications" / "accel-planner.desktop"
    assert parse(written.read_text(encoding="utf-8"))["Exec"] == f'"{program}"'
    assert (data / "icons/hicolor/48x48/apps/accel-planner.png").is_file()
    assert (data / "icons/hicolor/scalable/apps/accel-planner.svg").is_file()
    subprocess.run(
        ["sh", str(folder / "install-desktop-entry.sh"), "--uninstall"],
        env=env,
        check=True,
        capture_output=True,
    )
    assert not written.exists()
    assert not list(data.rglob("accel-planner.*"))


def test_readme_says_how_to_start_where_data_lives_and_how_to_uninstall():
    text = (LINUX / "README.txt").read_text(encoding="utf-8")
    for needle in (
        "accel-planner-@VERSION@/accel-planner",
        "~/.local/share/AcceleratorPlanner",
        "~/.config/AcceleratorPlanner",
        "--uninstall",
        "--self-test",
    ):
        assert needle in text
