"""Translations of the catalog's own text: notes, export-control rules, availability, form factors
(and the notes of the cost model's defaults, which the reports print beside the catalog's).

Qt-free. The seed catalog is written in English; what a user reads of it in another language comes
from `resources/i18n/catalog/<language>/*.toml`, one file per seed file, each a list of entries

    [[text]]
    where = "huawei-ascend-910c.export_control"   # where the text is used (for the translator)
    en = "Huawei on US Entity List (2019). ..."    # the seed text, exactly
    zh = "华为自 2019 年起列入美国实体清单。……"       # its translation; "" = not translated yet

Texts are looked up by their English wording, so a shipped entry the user has edited (new words)
shows as the user wrote it, and a seed text that changes shows in English until its translation is
updated: never a translation of an old wording. Source titles and publishers are left as published
(they are citations). `python -m desktop_app.catalog.translations update zh_CN` brings the files in
line with the seed (new texts with an empty translation, texts no longer used reported);
`check zh_CN` lists what is unfinished or obsolete, as the tests do.

The UI reads these through its translators (context "Catalog"); see `ui.i18n`.
"""

from __future__ import annotations

import csv
import json
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

#: The translation context the UI's translators answer for catalog text.
CONTEXT = "Catalog"

#: How a default that is our own choice, with no published source, names its source.
OWN_SOURCE = "Accelerator Planner"

#: Per kind of seed entry, the text fields a user reads (figures' `note`s are added for all kinds).
TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "accelerators": ("name", "form_factor", "process_node", "foundry", "scale_up_name", "scale_out",
                     "availability_china_note", "availability_elsewhere_note", "export_control",
                     "notes"),
    "systems": ("name", "scale_up_name", "notes"),
    "models": ("notes",),
    "stacks": ("notes",),
    "runtimes": ("notes",),
    "support": ("note",),
}


@dataclass(frozen=True, slots=True)
class Text:
    where: str
    en: str
    zh: str = ""


def catalog_i18n_dir() -> Path:
    from desktop_app.paths import resources_dir

    return resources_dir() / "i18n" / "catalog"


def seed_texts(seed: Path) -> dict[str, list[Text]]:
    """Every translatable text of the seed catalog, by translation file name (one per seed file),
    in the seed's order, each text once per file."""
    out: dict[str, list[Text]] = {}
    for path in sorted(seed.rglob("*.toml")):
        rel = path.relative_to(seed)
        with path.open("rb") as f:
            raw = tomllib.load(f)
        texts = list(_entry_texts(raw))
        if texts:
            out[_file_name(rel)] = _unique(texts)
    out["cost_defaults.toml"] = _unique(list(_cost_default_texts()))
    measured = seed / "measured_results.csv"
    if measured.exists():
        with measured.open(newline="", encoding="utf-8") as f:
            rows = [Text(f"{row['id']}.notes", row["notes"].strip())
                    for row in csv.DictReader(f) if (row.get("notes") or "").strip()]
        if rows:
            out["measured_results.toml"] = _unique(rows)
    return out


def _cost_default_texts() -> Iterator[Text]:
    """The cost model's defaults (estimator/cost_defaults.py): their notes, and the title of a
    default that has no source but ourselves (published sources keep their titles)."""
    from desktop_app.estimator.cost_defaults import COST_DEFAULTS

    for name, default in COST_DEFAULTS.items():
        if default.note.strip():
            yield Text(f"cost.{name}.note", default.note.strip())
        if default.source_title.startswith(OWN_SOURCE):
            yield Text(f"cost.{name}.source_title", default.source_title.strip())


def _file_name(rel: Path) -> str:
    return "-".join(rel.with_suffix("").parts) + ".toml"


def _unique(texts: list[Text]) -> list[Text]:
    seen: set[str] = set()
    return [t for t in texts if not (t.en in seen or seen.add(t.en))]


def _entry_texts(raw: dict) -> Iterator[Text]:
    for kind, fields in TEXT_FIELDS.items():
        for entry in raw.get(kind, []) or []:
            if not isinstance(entry, dict):
                continue
            ident = entry.get("id") or f"{entry.get('runtime', '?')}+{entry.get('stack', '?')}"
            for name in fields:
                value = entry.get(name)
                if isinstance(value, str) and value.strip():
                    yield Text(f"{ident}.{name}", value.strip())
            for name, value in entry.items():
                if isinstance(value, dict) and isinstance(value.get("note"), str) and value["note"].strip():
                    yield Text(f"{ident}.{name}.note", value["note"].strip())


def read_file(path: Path) -> list[Text]:
    with path.open("rb") as f:
        raw = tomllib.load(f)
    return [Text(str(t.get("where", "")), str(t["en"]), str(t.get("zh", ""))) for t in raw.get("text", [])]


def write_file(path: Path, texts: list[Text], language: str) -> None:
    """Write a translation file; strings as TOML basic strings (JSON escapes are valid TOML)."""
    lines = [f"# Catalog text in {language}: one [[text]] per seed text (see desktop_app/catalog/translations.py).",
             "# Keep product, model and company names as they are; zh = \"\" means not translated yet.", ""]
    for t in texts:
        lines += ["[[text]]", f"where = {_q(t.where)}", f"en = {_q(t.en)}", f"zh = {_q(t.zh)}", ""]
    tmp = path.with_suffix(".tmp")
    tmp.write_text("\n".join(lines), encoding="utf-8")
    tmp.replace(path)


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


@cache
def table(language: str, directory: Path | None = None) -> dict[str, str]:
    """English seed text -> its translation in `language` (translated texts only)."""
    folder = (directory or catalog_i18n_dir()) / language
    found: dict[str, str] = {}
    if folder.is_dir():
        for path in sorted(folder.glob("*.toml")):
            for t in read_file(path):
                if t.zh.strip():
                    found[t.en] = t.zh
    return found


def translate_text(text: str | None, language: str) -> str | None:
    """`text` in `language` when a translation exists, else as written."""
    if not text:
        return text
    return table(language).get(text.strip(), text)


def status(language: str, seed: Path, directory: Path | None = None) -> tuple[list[Text], list[Text]]:
    """(unfinished, obsolete): seed texts without a translation, and translations of texts the
    seed no longer has."""
    folder = (directory or catalog_i18n_dir()) / language
    wanted = seed_texts(seed)
    have: dict[str, Text] = {}
    if folder.is_dir():
        for path in sorted(folder.glob("*.toml")):
            for t in read_file(path):
                have.setdefault(t.en, t)
    seed_en = {t.en for texts in wanted.values() for t in texts}
    unfinished = [t for texts in wanted.values() for t in texts if not have.get(t.en, t).zh.strip()]
    obsolete = [t for en, t in have.items() if en not in seed_en]
    return unfinished, obsolete


def update(language: str, seed: Path, directory: Path | None = None) -> tuple[int, int, list[Text]]:
    """Rewrite the translation files from the seed, keeping every translation still used.
    Returns (texts, unfinished, dropped obsolete translations)."""
    folder = (directory or catalog_i18n_dir()) / language
    folder.mkdir(parents=True, exist_ok=True)
    known: dict[str, str] = {}
    for path in sorted(folder.glob("*.toml")):
        for t in read_file(path):
            if t.zh.strip():
                known.setdefault(t.en, t.zh)
    wanted = seed_texts(seed)
    used: set[str] = set()
    total = unfinished = 0
    for name, texts in wanted.items():
        merged = [Text(t.where, t.en, known.get(t.en, "")) for t in texts]
        used.update(t.en for t in texts)
        total += len(merged)
        unfinished += sum(1 for t in merged if not t.zh)
        write_file(folder / name, merged, language)
    for path in folder.glob("*.toml"):
        if path.name not in wanted:
            path.unlink()
    dropped = [Text("", en, zh) for en, zh in known.items() if en not in used]
    table.cache_clear()
    return total, unfinished, dropped


def main(argv: list[str] | None = None) -> int:
    from desktop_app.paths import seed_dir

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2 or args[0] not in ("update", "check"):
        print("usage: python -m desktop_app.catalog.translations update|check LANGUAGE", file=sys.stderr)
        return 2
    command, language = args
    if command == "update":
        total, unfinished, dropped = update(language, seed_dir())
        print(f"{total} catalog texts, {unfinished} not translated yet, {len(dropped)} obsolete dropped")
        for t in dropped:
            print(f"  dropped: {t.en[:100]}")
        return 0
    unfinished, obsolete = status(language, seed_dir())
    for t in unfinished:
        print(f"unfinished  {t.where}: {t.en[:80]}")
    for t in obsolete:
        print(f"obsolete    {t.where}: {t.en[:80]}")
    print(f"{len(unfinished)} unfinished, {len(obsolete)} obsolete")
    return 1 if unfinished or obsolete else 0


if __name__ == "__main__":
    raise SystemExit(main())
