"""Translations: the .ts is complete and current, the app runs in Chinese with a font that has
every character, and a PDF exported in Chinese holds Chinese text."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QRawFont

from desktop_app.catalog import translations as catalog_translations
from desktop_app.ui import i18n, settings

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "accel_planner_zh_CN.ts"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
PLACEHOLDER = re.compile(r"\{[0-9]*(?::[^{}]*)?\}|%n|%L?[0-9]")
HAN = re.compile(r"[\u4e00-\u9fff]")


def ts_problems(path: Path) -> list[str]:
    """Every entry that is not a finished, current translation with the source's placeholders."""
    problems = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            text = "" if translation is None else "".join(translation.itertext())
            where = f"{name}: {source[:70]!r}"
            if kind in ("unfinished", "obsolete", "vanished", "missing"):
                problems.append(f"{kind} — {where}")
            elif not text.strip():
                problems.append(f"empty — {where}")
            elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"placeholders differ — {where} → {text[:70]!r}")
            elif source.count("&") != text.count("&"):
                problems.append(f"mnemonic lost — {where}")
    return problems


@pytest.fixture(scope="session")
def refreshed_ts(tmp_path_factory) -> Path:
    """A copy of the committed .ts merged with what the code holds now (lupdate, once)."""
    if not LUPDATE.is_file():
        pytest.skip("pyside6-lupdate is not installed in this environment")
    copy = tmp_path_factory.mktemp("i18n") / TS.name
    shutil.copy(TS, copy)
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop_app").rglob("*.py"))
    subprocess.run([str(LUPDATE), "-locations", "none", "-silent", *files, "-ts", str(copy)],
                   cwd=ROOT, check=True, capture_output=True, timeout=120)
    return copy


@pytest.fixture
def chinese():
    """The interface in Simplified Chinese for one test; English again afterwards."""
    from PySide6.QtWidgets import QApplication

    assert QApplication.instance() is not None
    i18n.register_cjk_font()
    with i18n.using_language("zh_CN"):
        yield
    assert i18n.current_language() == "en"


# --- the .ts source -----------------------------------------------------------------


def test_committed_ts_is_fully_translated():
    assert ts_problems(TS) == []


def test_every_text_in_the_code_is_in_the_ts_and_nothing_is_left_over(refreshed_ts):
    problems = ts_problems(refreshed_ts)
    assert problems == [], (
        "run `.venv/bin/python resources/i18n/update_translations.py` and translate:\n"
        + "\n".join(problems))


def test_the_check_fails_on_one_untranslated_or_broken_entry(tmp_path):
    tree = ET.parse(TS)
    messages = list(tree.getroot().iter("message"))
    messages[0].find("translation").set("type", "unfinished")
    with_placeholder = next(m for m in messages if "{0}" in (m.findtext("source") or ""))
    with_placeholder.find("translation").text = "没有占位符"
    broken = tmp_path / "broken.ts"
    tree.write(broken, encoding="utf-8")
    problems = ts_problems(broken)
    assert len(problems) == 2
    assert problems[0].startswith("unfinished")
    assert any(p.startswith("placeholders differ") for p in problems)


def test_the_shipped_font_has_every_character_of_the_translation(qapp):
    font = QRawFont(str(i18n.cjk_font_path()), 12)
    assert font.isValid()
    text = "".join(ET.parse(TS).getroot().itertext())
    text += "".join(catalog_translations.table("zh_CN").values())  # the catalog's own text
    # glyphIndexesForString, not supportsCharacter: PySide6 passes some characters to the
    # latter wrongly (U+7070..U+7F72 and the full-width forms report False though present).
    missing = sorted({ch for ch in text
                      if ord(ch) > 0x7F and not font.glyphIndexesForString(ch)[0]})
    assert missing == []
    assert i18n.cjk_font_path().stat().st_size < 8 * 2**20  # the bundle budget
    assert (i18n.cjk_font_path().parent / "OFL.txt").is_file()


# --- choosing the language ------------------------------------------------------------------------


@pytest.mark.parametrize(("code", "expected"), [
    ("zh_CN", "zh_CN"), ("zh-CN", "zh_CN"), ("zh", "zh_CN"), ("zh_Hans_CN", "zh_CN"),
    ("en", "en"), ("en_GB", "en"), ("C", "en"), ("pseudo", "pseudo"), ("fr_FR", None), ("", None),
])
def test_normalize(code, expected):
    assert i18n.normalize(code) == expected


def test_command_line_beats_preference_beats_system():
    assert i18n.choose_language("zh_CN", "en") == "zh_CN"
    assert i18n.choose_language(None, "zh_CN") == "zh_CN"
    assert i18n.choose_language(None, "en") == "en"
    assert i18n.choose_language(None, "") == i18n.system_language()
    with pytest.raises(ValueError, match="--lang"):
        i18n.choose_language("xx", "")


def test_pseudo_translation_keeps_placeholders_and_is_longer():
    source = "&Open {0} of {1:,.3f}\nnext"
    text = i18n.pseudo_text(source)
    assert sorted(PLACEHOLDER.findall(text)) == ["{0}", "{1:,.3f}"]
    assert "&" in text and "\n" in text
    assert len(text) > 1.3 * len(source)


def test_using_language_translates_and_restores(qapp, chinese):
    assert QCoreApplication.translate("MainWindow", "Throughput") == "吞吐量"
    with i18n.using_language("en"):
        assert QCoreApplication.translate("MainWindow", "Throughput") == "Throughput"
    assert QCoreApplication.translate("MainWindow", "Throughput") == "吞吐量"
    assert i18n.default_currency() == "CNY"


def test_a_missing_qm_is_compiled_into_the_cache(tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "_cache_dir", lambda: tmp_path)
    monkeypatch.setattr(i18n, "i18n_dir", lambda: tmp_path / "i18n")
    (tmp_path / "i18n").mkdir()
    shutil.copy(TS, tmp_path / "i18n" / TS.name)
    qm = i18n.qm_path("zh_CN")
    assert qm.parent == tmp_path and qm.stat().st_size > 10_000


# --- the application in Chinese ------------------------------------------------------------------


def test_main_window_in_chinese(qtbot, chinese, shipped_catalog):
    from desktop_app.ui.demos import default_scenario
    from desktop_app.ui.main_window import TAB_NAMES, MainWindow
    from desktop_app.ui.state import AppState

    window = MainWindow(AppState(shipped_catalog, default_scenario()))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["吞吐量", "吞吐量与交互性", "显存占用", "TCO", "每 token 成本", "Roofline"]
    lower = [window.lower_tabs.tabText(i) for i in range(window.lower_tabs.count())]
    assert lower == ["对比", "规格库"]
    assert window.scenario_dock.windowTitle() == "场景"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:3] == ["文件(&F)", "编辑(&E)", "视图(&V)"]
    for name in TAB_NAMES:
        window.show_tab(name)
        assert not window.grab().isNull()
    # The ready-made plans are the Chinese ones: titles, notes and the report's language.
    ready = [a for a in window.demo_bar.actions() if a.text().strip()]
    assert len(ready) == 3 and all(HAN.search(a.text()) for a in ready), [a.text() for a in ready]
    window.demo_menu.actions()[0].trigger()
    plan = window.plans.plan()
    assert plan.language == "zh_CN" and HAN.search(plan.notes)


def test_catalog_text_shows_in_chinese(qtbot, chinese, shipped_catalog):
    """Export-control rules, notes and names are catalog data: they come from the catalog's
    translation files, in the spec sheet, the comparison flags and the breakdown alike."""
    from desktop_app.plans.results import compute_results, explain_point
    from desktop_app.plans.scenario import Scenario
    from desktop_app.ui.dialogs.spec_sheet import SpecSheetDialog
    from desktop_app.ui.state import AppState

    acc = shipped_catalog.accelerator("huawei-ascend-910c")
    rule = catalog_translations.table("zh_CN")[acc.export_control]
    state = AppState(shipped_catalog, compute=lambda catalog, scenario: None)
    sheet = SpecSheetDialog(state, "accelerators", acc.id)
    qtbot.addWidget(sheet)
    html = sheet.html()
    assert rule.split("；")[0] in html
    assert acc.notes not in html and catalog_translations.table("zh_CN")[acc.notes][:20] in html
    assert "单封装" in sheet.windowTitle()  # "(one package, two dies)", the product name kept
    results = compute_results(shipped_catalog, Scenario(model_id="deepseek-r1", accelerator_ids=(acc.id,)),
                              translate=QCoreApplication.translate)
    row = results.rows[0]
    assert row.export_control == rule and any(rule in flag for flag in row.flags)
    assert "Ascend 910C" in row.name and "单封装" in row.name
    assert "单封装" in explain_point(results, shipped_catalog, 0, translate=QCoreApplication.translate)["title"]


def test_the_app_starts_in_chinese(tmp_path):
    """The whole application, once, as a user starts it: `--lang zh_CN --screenshot`."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    shot = tmp_path / "memory.png"
    done = subprocess.run([sys.executable, "-m", "desktop_app", "--lang", "zh_CN",
                           "--screenshot", str(shot), "--tab", "memory", "--size", "1366x768"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "warning" not in done.stderr
    assert shot.stat().st_size > 20_000
    bad = subprocess.run([sys.executable, "-m", "desktop_app", "--lang", "xx", "--screenshot",
                          str(tmp_path / "x.png")], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120)
    assert bad.returncode == 2 and "--lang" in bad.stderr


def test_preferences_dialog_saves_language_and_theme(qtbot):
    from desktop_app.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # follows the system by default
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    assert dialog.language.currentText() == "简体中文"
    dialog.accept()
    assert settings.get("language") == "zh_CN"
    assert dialog.restart_needed
    assert settings.get("theme") == "light"


# --- the PDF in the plan's language -------------------------------------------------------------


def test_pdf_exported_in_chinese_holds_chinese_text(qapp, tmp_path, shipped_catalog):
    pypdf = pytest.importorskip("pypdf")
    from desktop_app.plans.io import load_plan
    from desktop_app.plans.results import compute_results
    from desktop_app.ui import report

    plan = load_plan(ROOT / "resources" / "plans" / "deepseek-r1-910c-h20-h200.accplan.json")
    results = compute_results(shipped_catalog, plan.scenario)
    out = report.render_pdf(plan, results, shipped_catalog, tmp_path / "zh.pdf", language="zh_CN")
    reader = pypdf.PdfReader(str(out))
    text = "".join(page.extract_text() for page in reader.pages[:4])
    for words in ("摘要与推荐", "推荐方案", "首字延迟", "总拥有成本"):
        assert words in "".join(text.split()), words
    # The catalog's own text (export-control rules in the spec sheets) is Chinese too, although
    # the results were computed in English.
    everything = "".join("".join(page.extract_text() for page in reader.pages).split())
    assert "实体清单" in everything
    assert len(HAN.findall(text)) > 500
    fonts = {str(font.get("/BaseFont")) for page in reader.pages[:3]
             for font in (page["/Resources"].get("/Font") or {}).values()
             for font in [font.get_object()]}
    assert any("NotoSansSCPlanner" in f for f in fonts) or i18n.cjk_family() is None
    # The interface language is left as it was.
    assert i18n.current_language() == "en"
    assert QCoreApplication.translate("Report", "Summary") == "Summary"


def test_no_translation_call_hides_inside_an_f_string():
    """pyside6-lupdate does not look inside f-string expressions: a tr() there never reaches the
    .ts and stays English. Call it first and format the result."""
    # An f-string (either quote) with a tr(/translate( call inside one of its {...} fields.
    pattern = re.compile(r"""\bf["'].*\{[^}]*\b(tr|translate)\(""")
    found = [f"{path.relative_to(ROOT)}:{number}"
             for path in sorted((ROOT / "desktop_app").rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if pattern.search(line)]
    assert found == []


def test_dates_and_counts_are_written_the_way_each_language_writes_them(qapp, chinese):
    import datetime as dt

    from desktop_app.ui import labels

    assert labels.format_date(dt.date(2026, 11, 23)) == "2026年11月23日"
    assert i18n.large_number(5e9, "zh_CN") == "50 亿" and i18n.large_number(5e9, "en") == "5 billion"
    with i18n.using_language("en"):
        assert labels.format_date(dt.date(2026, 11, 3)) == "3 November 2026"


def test_every_reason_the_estimator_gives_is_translated(qapp, chinese):
    from desktop_app.estimator.serving import REASONS
    from desktop_app.plans.results import REASON_TEXTS

    assert REASON_TEXTS == REASONS[1:]
    for reason in REASON_TEXTS:
        assert HAN.search(QCoreApplication.translate("Reasons", reason)), reason


def test_chinese_workload_counts_in_yi(qtbot, chinese, shipped_catalog):
    from desktop_app.plans.scenario import Scenario, Workload
    from desktop_app.ui.panels.scenario_panel import ScenarioPanel
    from desktop_app.ui.state import AppState

    state = AppState(shipped_catalog, Scenario(workload=Workload("tokens_per_day", 5e9)),
                     compute=lambda catalog, scenario: None)
    panel = ScenarioPanel(state)
    qtbot.addWidget(panel)
    box = panel.workload_amount.spin
    assert box.text() == "50 亿 token/天"
    box.setValue(2.5)
    assert state.scenario.workload.amount == 2.5e8


def test_switching_language_rebuilds_the_window_over_the_same_state(qtbot, shipped_catalog):
    from desktop_app.ui.demos import default_scenario
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.state import AppState

    i18n.register_cjk_font()
    state = AppState(shipped_catalog, default_scenario())
    window = MainWindow(state)
    window.resize(1366, 768)
    window.show()
    window.show_tab("memory")
    state.edit("Input length", input_len=4096)
    try:
        chinese = window.switch_language("zh_CN")
        assert chinese is not window and chinese.state is state
        assert chinese.tabs.tabText(0) == "吞吐量" and chinese.tabs.currentIndex() == 2
        assert chinese.scenario_panel.input_len.value() == 4096
        assert state.undo_stack.count() == 1 and chinese.plans.is_dirty()
        assert chinese.plans.plan().language == "zh_CN"  # an unsaved plan follows the interface
        from PySide6.QtCore import QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old window goes
        state.problem.emit("a problem")  # reaches the new window only, and nothing deleted
        assert chinese.statusBar().currentMessage() == "a problem"
        assert any(HAN.search(flag) for row in state.results.rows for flag in row.flags)
        english = chinese.switch_language("en")
        assert english.tabs.tabText(0) == "Throughput"
        assert not any(HAN.search(flag) for row in state.results.rows for flag in row.flags)
    finally:
        i18n.install("en")
    state.undo_stack.setClean()
    english.plans.discard_autosave()
    english.close()
