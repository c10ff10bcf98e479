"""The PyInstaller spec and what it puts in the bundle (no PyInstaller run: `make bundle` does)."""

import ast
import re
import tomllib

from packaging_helpers import PACKAGING, ROOT, load

from desktop_app import __version__

cfg = load("build_config")
SPEC = PACKAGING / "accel-planner.spec"


def test_version_comes_from_pyproject_and_matches_the_package():
    with (ROOT / "pyproject.toml").open("rb") as fh:
        assert cfg.version() == tomllib.load(fh)["project"]["version"] == __version__


def test_spec_is_valid_python_that_reads_everything_from_build_config():
    source = SPEC.read_text(encoding="utf-8")
    compile(source, str(SPEC), "exec")
    assert "cfg.version()" in source
    assert "cfg.data_files()" in source
    assert "excludes=list(cfg.EXCLUDES)" in source
    assert not re.search(r"collect_submodules\(\s*['\"]PySide6", source)
    assert "collect_all" not in source


def test_data_files_ship_the_seed_the_migrations_and_the_resources():
    shipped = {
        (ROOT / dest / name).relative_to(ROOT).as_posix()
        for source, dest in cfg.data_files()
        for name in [source.rsplit("/", 1)[-1]]
    }
    expected = {"db/seed/catalog.toml", "db/migrations/env.py", "resources/icons/accel-planner.svg"}
    expected |= {
        p.relative_to(ROOT).as_posix() for p in (ROOT / "db/migrations/versions").glob("*.py")
    }
    expected |= {p.relative_to(ROOT).as_posix() for p in (ROOT / "db/seed").rglob("*.toml")}
    assert expected <= shipped
    assert not [s for s in shipped if "__pycache__" in s or s.endswith(".pyc")]
    assert "db/alembic.ini" not in shipped  # developers only


def test_every_exclusion_and_dropped_plugin_says_why():
    for table in (cfg.EXCLUDES, cfg.DROP_BINARIES):
        for name, why in table.items():
            assert isinstance(why, str) and len(why) > 10, name


def test_no_excluded_qt_module_is_used_by_the_app():
    excluded = {name.split(".", 1)[1] for name in cfg.EXCLUDES if name.startswith("PySide6.")}
    for path in (ROOT / "desktop_app").rglob("*.py"):
        used = set(re.findall(r"\bQt[A-Za-z3]+\b", path.read_text(encoding="utf-8")))
        assert not used & excluded, (
            f"{path.relative_to(ROOT)} uses {sorted(used & excluded)}, which "
            "packaging/build_config.py leaves out of the bundle: remove it from EXCLUDES"
        )


def test_what_the_migration_scripts_import_is_in_the_bundle():
    for path in (ROOT / "db/migrations").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "alembic":
                for alias in node.names:
                    assert f"alembic.{alias.name}" in cfg.HIDDEN_IMPORTS, (path.name, alias.name)
            elif isinstance(node, ast.ImportFrom) and node.module.startswith("desktop_app"):
                assert node.module.split(".")[0] in cfg.COLLECT_PACKAGES


def test_prune_drops_a_plugin_and_the_libraries_only_it_needed():
    entries = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libcairo.so.2", "/usr/lib/libcairo.so.2", "BINARY"),
        ("libglib-2.0.so.0", "/usr/lib/libglib-2.0.so.0", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("libloaded_by_ctypes.so", "/usr/lib/libloaded_by_ctypes.so", "BINARY"),
    ]
    needs = {
        "/src/libqgtk3.so": {"libcairo.so.2", "libglib-2.0.so.0", "libQt6Gui.so.6"},
        "/src/libqxcb.so": {"libglib-2.0.so.0", "libQt6Gui.so.6"},
    }
    kept, dropped = cfg.prune_binaries(entries, lambda source: needs.get(source, set()))
    assert dropped == ["libcairo.so.2", "libqgtk3.so"]
    assert [e[0].rsplit("/", 1)[-1] for e in kept] == [
        "libqxcb.so",
        "libglib-2.0.so.0",
        "libQt6Gui.so.6",
        "libloaded_by_ctypes.so",
    ]


def test_dangling_symlinks_are_dropped_with_their_target():
    binaries = [("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY")]
    links = [
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("resources/x.svg", "/src/x.svg", "DATA"),
    ]
    assert cfg.without_dangling_symlinks(links, binaries) == [links[0], links[2]]


def test_only_the_apps_languages_of_qt_translations_are_kept():
    keep = [
        n
        for n in (
            "PySide6/Qt/translations/qtbase_zh_CN.qm",
            "PySide6/Qt/translations/qt_en.qm",
            "PySide6/Qt/translations/qtbase_de.qm",
            "PySide6/Qt/translations/qt_help_zh_TW.qm",
            "resources/icons/accel-planner.svg",
        )
        if cfg.keep_data(n)
    ]
    assert keep == [
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
        "PySide6/Qt/translations/qt_en.qm",
        "resources/icons/accel-planner.svg",
    ]


def test_generator_scripts_beside_the_resources_are_not_shipped():
    shipped = [source for source, _ in cfg.data_files()]
    assert not [s for s in shipped if s.endswith(".py") and "/db/migrations/" not in s]
