"""The user-interface language: Qt translators, locale, and the CJK fallback font.

Translations live in `resources/i18n/accel_planner_<lang>.ts` (Qt Linguist sources, committed).
The compiled `.qm` files are build outputs, never committed: a bundle carries them beside the
`.ts` files (`packaging/` runs `resources/i18n/update_translations.py --release`), and a fresh
clone compiles them on first use with the venv's `pyside6-lrelease` into the per-user cache
folder, so `make run` and `make test` need no separate step.

Languages: "en" (the source texts, no translator), "zh_CN" (Simplified Chinese), and "pseudo", a
long-string pseudo-translation of every text (about 40 % longer, accented) for checking that
layouts hold. The choice is, in order: `--lang`, the "language" preference, the system locale.

The font: Chinese text needs a CJK font, and a Linux machine may have none. The app ships a subset
of Noto Sans CJK SC (resources/fonts/, SIL OFL 1.1) and, when the system has no Simplified
Chinese font, makes it the fallback of the UI font family, so Latin text keeps the normal UI font
and Chinese is never drawn as boxes (widgets, pyqtgraph text and the PDF report alike).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

from desktop_app.catalog import translations as catalog_translations
from desktop_app.paths import APP_AUTHOR, APP_NAME, resources_dir

#: Catalog name: resources/i18n/<CATALOG>_<lang>.ts
CATALOG = "accel_planner"
#: Languages a user can choose, with their names as written in that language (not translated).
LANGUAGES = {"en": "English", "zh_CN": "简体中文"}
PSEUDO = "pseudo"
SOURCE_LANGUAGE = "en"
#: The Chinese fallback font (see resources/fonts/make_font_subset.py).
CJK_FONT_FILE = "NotoSansSC-Planner-Regular.ttf"
#: Concrete families that commonly head a UI font or a rich-text style; each that is installed
#: gets the CJK font as its substitute, so text set in any of them finds Chinese glyphs. Generic
#: aliases ("Sans Serif", "sans-serif") are left alone: Qt resolves an alias through its
#: substitutes first, which would set Latin text in the CJK font too.
_SUBSTITUTED_FAMILIES = ("DejaVu Sans", "DejaVu Sans Mono", "Helvetica", "Arial", "Segoe UI",
                         "Liberation Sans", "Cantarell", "Noto Sans", "Ubuntu", "Helvetica Neue",
                         ".AppleSystemUIFont")
_GENERIC_FAMILIES = {"sans serif", "sans-serif", "sansserif", "serif", "monospace", "sans",
                     "system-ui"}

_current = SOURCE_LANGUAGE
_installed: list[QTranslator] = []
_loaded: dict[str, list[QTranslator]] = {}
_cjk_family: str | None = None


class TranslationError(RuntimeError):
    """A translation's .ts source could not be compiled (no lrelease, or it failed)."""


# --- choosing the language ------------------------------------------------------------------------


def normalize(code: str | None) -> str | None:
    """"zh", "zh-CN", "zh_Hans_CN", "zh_TW" → "zh_CN"; "en_US" → "en"; "pseudo"; else None."""
    if not code:
        return None
    text = code.strip().replace("-", "_")
    lower = text.lower()
    if lower == PSEUDO:
        return PSEUDO
    if lower == "c" or lower == "posix" or lower.startswith("en"):
        return "en"
    if lower.startswith("zh"):
        # Only Simplified Chinese ships; readers of Traditional Chinese read it far more easily
        # than English.
        return "zh_CN"
    return None


def system_language() -> str:
    """The system locale's language among those shipped, else English."""
    locale = QLocale.system()
    for name in [locale.name(), *locale.uiLanguages()]:
        code = normalize(name)
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def choose_language(requested: str | None = None, preference: str | None = None) -> str:
    """`--lang` if given, else the saved preference ("" follows the system), else the system's.
    Raises ValueError for a `requested` language that does not ship."""
    if requested:
        code = normalize(requested)
        if code not in LANGUAGES and code != PSEUDO:
            raise ValueError(f"--lang must be one of {', '.join(LANGUAGES)}, got {requested!r}")
        return code
    code = normalize(preference)
    if code in LANGUAGES:
        return code
    return system_language()


def current_language() -> str:
    return _current


def locale_for(language: str) -> QLocale:
    """Number and date formatting of `language` (the pseudo language formats as English)."""
    if language == "zh_CN":
        return QLocale(QLocale.Language.Chinese, QLocale.Script.SimplifiedHanScript,
                       QLocale.Country.China)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def default_currency(language: str | None = None) -> str:
    """The currency a user of `language` expects money in by default: CNY for Chinese."""
    return "CNY" if (language or _current) == "zh_CN" else "USD"


def large_number(value: float, language: str | None = None) -> str:
    """A large count in the words of `language`: "5 billion" in English, "50 亿" in Chinese
    (Chinese groups by 10^4: 万, 亿 = 10^8, 万亿 = 10^12), with three significant digits."""
    if (language or _current) == "zh_CN":
        scales = ((1e12, "万亿"), (1e8, "亿"), (1e4, "万"))
    else:
        scales = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
    for scale, word in scales:
        if abs(value) >= scale:
            scaled = value / scale
            # Three significant digits, never an exponent: 5, 12.5, 3,508 (万).
            text = f"{scaled:,.0f}" if abs(scaled) >= 100 else f"{scaled:.3g}"
            return f"{text} {word}"
    return f"{value:,.0f}"


# --- finding and compiling the .qm --------------------------------------------------------------


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def ts_path(language: str) -> Path:
    return i18n_dir() / f"{CATALOG}_{language}.ts"


def lrelease_command() -> list[str] | None:
    """How to run Qt's lrelease: the venv's pyside6-lrelease, one on PATH, or PySide6's own."""
    here = Path(sys.executable).parent
    for candidate in (here / "pyside6-lrelease", here / "pyside6-lrelease.exe"):
        if candidate.is_file():
            return [str(candidate)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease-qt6")
    if found:
        return [found]
    try:
        import PySide6
    except ImportError:  # pragma: no cover - PySide6 is what we run on
        return None
    folder = Path(PySide6.__file__).parent
    for candidate in (folder / "lrelease", folder / "lrelease.exe",
                      folder / "Qt" / "libexec" / "lrelease"):
        if candidate.is_file():
            return [str(candidate)]
    return None


def compile_ts(ts: Path, qm: Path) -> Path:
    """Compile `ts` into `qm` (written atomically). Raises TranslationError."""
    command = lrelease_command()
    if command is None:
        raise TranslationError(f"cannot compile {ts.name}: pyside6-lrelease is not installed")
    qm.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=f".{qm.name}.", suffix=".qm", dir=qm.parent)
    os.close(handle)
    try:
        done = subprocess.run([*command, "-silent", str(ts), "-qm", tmp], capture_output=True,
                              text=True, timeout=120, check=False)
        if done.returncode != 0 or not Path(tmp).stat().st_size:
            reason = done.stderr.strip() or done.stdout.strip()
            raise TranslationError(f"cannot compile {ts.name}: {reason}")
        os.replace(tmp, qm)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return qm


def _cache_dir() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, APP_AUTHOR) / "i18n"


def qm_path(language: str) -> Path | None:
    """The compiled translation of `language`, compiling it from the .ts when needed; None when
    the language has no translation (English)."""
    if language == PSEUDO:
        return _pseudo_qm()
    ts = ts_path(language)
    built = ts.with_suffix(".qm")
    frozen = getattr(sys, "frozen", False)  # a bundle's files may not keep their mtimes
    if built.is_file() and (frozen or not ts.is_file()
                            or built.stat().st_mtime >= ts.stat().st_mtime):
        return built  # a bundle's, or one `update_translations.py --release` made
    if not ts.is_file():
        return None
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    cached = _cache_dir() / f"{CATALOG}_{language}-{digest}.qm"
    if not cached.is_file():
        try:
            compile_ts(ts, cached)
        except (TranslationError, OSError) as exc:
            if built.is_file():
                return built  # older than the .ts, but better than English
            raise TranslationError(str(exc)) from exc
    return cached


# --- the pseudo-translation ---------------------------------------------------------------------

_KEEP = re.compile(r"(\{[^{}]*\}|%n|%L?\d|&&|&(?=\w)|\n|<[^<>]*>|&\w+;)")
_ACCENTED = str.maketrans("aeiouyAEIOUYcnsz", "àéîõüýÀÉÎÕÜÝçñšž")


def pseudo_text(source: str) -> str:
    """A long accented look-alike of `source`: placeholders, mnemonics and line breaks intact,
    vowels doubled (about 40 % longer, as German or French translations tend to be)."""
    parts = _KEEP.split(source)
    out = []
    for i, part in enumerate(parts):
        if i % 2:  # a kept token
            out.append(part)
        else:
            out.append(re.sub(r"([aeiouAEIOU])", r"\1\1", part).translate(_ACCENTED))
    text = "".join(out)
    # Short texts (labels, headers) grow most in real translations: pad to at least +40 %.
    letters = sum(len(p) for p in parts[::2])
    padding = max(0, int(letters * 0.4 + 0.999) - (len(text) - len(source)))
    return "⟦" + text + "·" * padding + "⟧"


def pseudo_ts(source_ts: Path, target_ts: Path) -> None:
    """Write a copy of `source_ts` whose every translation is `pseudo_text(source)`."""
    tree = ET.parse(source_ts)
    root = tree.getroot()
    root.set("language", "en_US")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for key in ("type",):
            translation.attrib.pop(key, None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            form = ET.SubElement(translation, "numerusform")
            form.text = pseudo_text(source)
        else:
            translation.text = pseudo_text(source)
    tree.write(target_ts, encoding="utf-8", xml_declaration=True)


def _pseudo_qm() -> Path | None:
    ts = ts_path("zh_CN")
    if not ts.is_file():
        return None
    digest = hashlib.sha256(ts.read_bytes() + b"pseudo-1").hexdigest()[:16]
    cached = _cache_dir() / f"{CATALOG}_{PSEUDO}-{digest}.qm"
    if not cached.is_file():
        cached.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / f"{CATALOG}_{PSEUDO}.ts"
            pseudo_ts(ts, source)
            compile_ts(source, cached)
    return cached


# --- installing translators -----------------------------------------------------------------------


class CatalogTranslator(QTranslator):
    """Answers for the catalog's own text (context "Catalog": notes, export-control rules, ...),
    from `resources/i18n/catalog/<language>/` (see `catalog.translations`). Under the
    pseudo-translation every catalog text is pseudo-translated, so untranslated sites show."""

    def __init__(self, language: str, parent=None) -> None:
        super().__init__(parent)
        self._language = language
        self._table = {} if language == PSEUDO else catalog_translations.table(language)

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 - Qt override
        # None (a null string) lets Qt ask the next translator or keep the source text.
        if context != catalog_translations.CONTEXT or not source:
            return None
        if self._language == PSEUDO:
            return pseudo_text(source)
        return self._table.get(source.strip())

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


def catalog_text(text: str | None) -> str:
    """A catalog text (a note, an export-control rule, a form factor) in the interface language."""
    if not text:
        return text or ""
    return QCoreApplication.translate(catalog_translations.CONTEXT, text)


def _translators(language: str) -> list[QTranslator]:
    """Our translator for `language`, then Qt's own (standard buttons, dialogs, context menus),
    then the catalog text's."""
    if language in _loaded:
        return _loaded[language]
    app = QCoreApplication.instance()
    found: list[QTranslator] = []
    qm = qm_path(language) if language != SOURCE_LANGUAGE else None
    if qm is not None:
        ours = QTranslator(app)
        if not ours.load(str(qm)):
            raise TranslationError(f"cannot load the translation {qm}")
        found.append(ours)
    if language == "zh_CN":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load(locale_for(language), "qtbase", "_", qt_dir):
            found.append(qt)
    if language != SOURCE_LANGUAGE:
        # Installed first, so asked last: every other text reaches the .qm translators directly.
        found.insert(0, CatalogTranslator(language, app))
    _loaded[language] = found
    return found


def install(language: str) -> str:
    """Make `language` the application's language: translators and default locale. Widgets
    created afterwards use it (existing ones keep their texts until rebuilt). Returns it."""
    global _current
    if QCoreApplication.instance() is None:
        raise RuntimeError("installing a translation needs a QCoreApplication")
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    for translator in _translators(language):
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
    QLocale.setDefault(locale_for(language))
    _current = language
    return language


@contextmanager
def using_language(language: str | None) -> Iterator[str]:
    """Within the block, texts translate into `language` (a report in the plan's language);
    the previous language is restored afterwards, even on error."""
    previous = _current
    code = normalize(language) or previous
    if code not in LANGUAGES and code != PSEUDO:
        code = SOURCE_LANGUAGE
    if code == previous:
        yield code
        return
    install(code)
    try:
        yield code
    finally:
        install(previous)


# --- the CJK fallback font -------------------------------------------------------------------


def cjk_font_path() -> Path:
    return resources_dir() / "fonts" / CJK_FONT_FILE


def register_cjk_font(force: bool = False) -> str | None:
    """Load the shipped CJK font and make it the fallback of the UI font, unless the system has a
    Simplified Chinese font of its own (then Qt's own fallback finds that; `force` uses ours
    anyway). Returns the family used as the fallback, or None. Needs a QGuiApplication."""
    global _cjk_family
    from PySide6.QtGui import QGuiApplication

    if _cjk_family is not None:
        return _cjk_family
    system_has_cjk = bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))
    if system_has_cjk and not force:
        return None
    path = cjk_font_path()
    font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    family = families[0]
    base = QGuiApplication.font()
    concrete = QFontInfo(base).family()  # what the UI font resolves to, e.g. DejaVu Sans
    installed = set(QFontDatabase.families())
    for name in {base.family(), concrete, QFont().defaultFamily(), *_SUBSTITUTED_FAMILIES}:
        if name and name != family and name.lower() not in _GENERIC_FAMILIES and name in installed:
            QFont.insertSubstitution(name, family)
    font = QFont(base)
    font.setFamilies([concrete or base.family(), family])
    QGuiApplication.setFont(font)
    _cjk_family = family
    return family


def cjk_family() -> str | None:
    """The family of the shipped CJK font once registered as the fallback, else None."""
    return _cjk_family
