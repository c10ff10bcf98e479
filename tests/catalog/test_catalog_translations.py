"""The catalog's own text in Chinese: every shipped text translated, nothing obsolete, looked up
by its English wording so a user's edited text is never replaced by an old translation."""

from __future__ import annotations

import shutil
import tomllib

import pytest

from desktop_app.catalog import translations
from desktop_app.paths import seed_dir


@pytest.fixture
def copies(tmp_path):
    """Copies of the seed and of the translation files the test may change."""
    seed = tmp_path / "seed"
    shutil.copytree(seed_dir(), seed)
    i18n = tmp_path / "i18n"
    shutil.copytree(translations.catalog_i18n_dir(), i18n)
    yield seed, i18n
    translations.table.cache_clear()


def test_every_shipped_catalog_text_is_translated_and_none_is_obsolete():
    unfinished, obsolete = translations.status("zh_CN", seed_dir())
    assert [t.where for t in unfinished] == []
    assert [t.en[:60] for t in obsolete] == []


def test_the_texts_a_user_reads_are_collected():
    texts = {t.where: t.en for file in translations.seed_texts(seed_dir()).values() for t in file}
    for where in ("huawei-ascend-910c.export_control", "huawei-ascend-910c.notes",
                  "huawei-ascend-910c.name", "nvidia-h20.availability_china_note",
                  "deepseek-r1.notes", "huawei-ascend-910c.memory_gib.note"):
        assert where in texts, where
    assert len(texts) > 900


def test_the_check_fails_on_one_untranslated_or_obsolete_text(copies):
    seed, i18n = copies
    path = i18n / "zh_CN" / "accelerators-huawei.toml"
    text = path.read_text(encoding="utf-8")
    first = tomllib.loads(text)["text"][0]
    path.write_text(text.replace(f'zh = "{first["zh"]}"', 'zh = ""', 1), encoding="utf-8")
    with path.open("a", encoding="utf-8") as f:
        f.write('\n[[text]]\nwhere = "gone.notes"\nen = "A text the seed no longer has."\nzh = "旧文本。"\n')
    unfinished, obsolete = translations.status("zh_CN", seed, i18n)
    assert [t.where for t in unfinished] == [first["where"]]
    assert [t.en for t in obsolete] == ["A text the seed no longer has."]


def test_update_keeps_translations_adds_new_texts_and_drops_old_ones(copies):
    seed, i18n = copies
    rules = seed / "accelerators" / "huawei.toml"
    old = "Huawei on Entity List since 2019."
    assert old in rules.read_text(encoding="utf-8")
    rules.write_text(rules.read_text(encoding="utf-8").replace(old, "Huawei: on the Entity List (2019).", 1),
                     encoding="utf-8")
    total, unfinished, dropped = translations.update("zh_CN", seed, i18n)
    assert unfinished == 1 and total > 900
    assert len(dropped) == 1 and old in dropped[0].en
    left, obsolete = translations.status("zh_CN", seed, i18n)
    assert len(left) == 1 and "Huawei: on the Entity List (2019)." in left[0].en and obsolete == []
    # Everything else kept its translation.
    assert translations.table("zh_CN", i18n)["TSMC"] == translations.table("zh_CN")["TSMC"]


def test_lookup_is_by_the_english_wording():
    table = translations.table("zh_CN")
    en = next(t.en for t in translations.seed_texts(seed_dir())["accelerators-huawei.toml"]
              if t.where == "huawei-ascend-910c.export_control")
    assert translations.translate_text(en, "zh_CN") == table[en]
    assert "实体清单" in table[en] and "Ascend 910C" in table[en]  # product names kept
    assert translations.translate_text("My own note about this card.", "zh_CN") == "My own note about this card."
    assert translations.translate_text(None, "zh_CN") is None
    assert translations.translate_text(en, "xx") == en
