"""Catalog import problems in the user's language: English unless the GUI sets a translator.

The command line and the seed checks never set one, so their messages stay exactly as they were;
the GUI sets QCoreApplication.translate, and Catalog > Import names the same rows, columns and
values in Chinese.
"""

from __future__ import annotations

import json

import pytest

from desktop_app.catalog import io, messages
from desktop_app.catalog.queries import CatalogInputError

HEADER = "id,name,vendor,memory_gib,memory_gib_source,memory_gib_confidence"
GOOD = "new-1,New one,acme,64,acme-x1-datasheet,estimate"


@pytest.fixture(autouse=True)
def no_translator():
    """Every test starts and ends with English messages, whatever it set."""
    messages.set_translator(None)
    yield
    messages.set_translator(None)


def refusal(catalog, path) -> str:
    with pytest.raises(CatalogInputError) as caught:
        io.import_file(catalog, path)
    return str(caught.value)


def csv_file(tmp_path, *rows: str, header: str = HEADER):
    path = tmp_path / "bad.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def json_file(tmp_path, document):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


# --- no translator: English, exactly as before ----------------------------------------------------


def test_without_a_translator_a_bad_csv_cell_reads_as_before(mini_catalog, tmp_path):
    path = csv_file(tmp_path, GOOD, "new-2,Text,acme,lots,,estimate")
    assert refusal(mini_catalog, path) == (
        "import refused, nothing was changed (1 problem(s)):\n"
        "  row 3: memory_gib: not a number: 'lots'"
    )


def test_without_a_translator_bad_json_rows_read_as_before(mini_catalog, tmp_path):
    path = json_file(
        tmp_path,
        {
            "format": "accel-planner-catalog",
            "accelerators": [
                {"id": "new-1", "name": "One", "vendor": "acme-inc"},
                {"id": "New 2", "name": "Two", "vendor": "acme"},
            ],
        },
    )
    assert refusal(mini_catalog, path) == (
        "import refused, nothing was changed (2 problem(s)):\n"
        "  accelerators #1: vendor: unknown vendor 'acme-inc'\n"
        "  accelerators #2: id: id 'New 2' is not a lowercase slug (a-z, 0-9, '-', '.', '_')"
    )


def test_without_a_translator_file_problems_read_as_before(mini_catalog, tmp_path):
    path = json_file(tmp_path, {"format": "other", "gpus": []})
    assert refusal(mini_catalog, path) == (
        "import refused, nothing was changed (2 problem(s)):\n"
        "  file: format: 'other' is not 'accel-planner-catalog'\n"
        "  file: gpus: unknown kind (expected accelerators, systems, models)"
    )


def test_the_translator_is_a_plain_function_set_at_run_time():
    assert messages.translate("CatalogErrors", "missing") == "missing"
    messages.set_translator(lambda context, text: f"{context}/{text}")
    assert messages.translate("CatalogErrors", "missing") == "CatalogErrors/missing"


# --- a translator: the message is translated, then ids, columns and values filled in --------------


FAKE_CHINESE = {
    "{0} refused, nothing was changed ({1} problem(s)):": (
        "{0}被拒绝，规格库未做任何更改（{1} 个问题）："
    ),
    "import": "导入",
    "row {0}": "第 {0} 行",
    "not a number: {0}": "不是数字：{0}",
    "must not be negative: {0}": "不能为负数：{0}",
    "unknown column": "未知的列",
}


def test_a_translator_translates_the_template_and_keeps_rows_columns_and_values(
    mini_catalog, tmp_path
):
    seen = []

    def fake(context: str, text: str) -> str:
        seen.append(context)
        return FAKE_CHINESE.get(text, text)

    messages.set_translator(fake)
    path = csv_file(
        tmp_path, GOOD, "new-2,Text,acme,lots,,estimate", "new-3,Neg,acme,-1,,estimate"
    )
    assert refusal(mini_catalog, path) == (
        "导入被拒绝，规格库未做任何更改（2 个问题）：\n"
        "  第 3 行: memory_gib: 不是数字：'lots'\n"
        "  第 4 行: memory_gib: 不能为负数：-1"
    )
    path = csv_file(tmp_path, GOOD, header=HEADER.replace("memory_gib,", "memory_gb,"))
    assert refusal(mini_catalog, path) == (
        "导入被拒绝，规格库未做任何更改（1 个问题）：\n  第 1 行: memory_gb: 未知的列"
    )
    assert set(seen) == {"CatalogErrors"}


def test_every_word_of_a_problem_but_ids_columns_and_values_goes_through_the_translator(
    mini_catalog, tmp_path
):
    messages.set_translator(lambda context, text: f"«{text}»")
    path = json_file(
        tmp_path,
        {
            "accelerators": [
                {
                    "id": "new-1",
                    "name": "One",
                    "vendor": "acme",
                    "memory_gib": {"value": 64, "confidence": "sure"},
                    "availability_china_date": "May 2024",
                }
            ]
        },
    )
    text = refusal(mini_catalog, path)
    assert text == (
        "««import» refused, nothing was changed (2 problem(s)):»\n"
        "  accelerators #1: availability_china_date: "
        "«not a date (YYYY, YYYY-MM or YYYY-MM-DD): 'May 2024'»\n"
        "  accelerators #1: memory_gib.confidence: «'sure' is not one of "
        "datasheet, measured, estimate, press, rumour»"
    )


# --- the GUI's translator: Chinese from the .ts ---------------------------------------------------


def test_with_qt_a_refused_import_reads_in_chinese(request, mini_catalog, tmp_path):
    pytest.importorskip("PySide6")
    request.getfixturevalue("qapp")  # pytest-qt's QApplication: translators need one
    from PySide6.QtCore import QCoreApplication

    from desktop_app.ui import i18n

    bad_csv = csv_file(tmp_path, GOOD, "new-2,Text,acme,lots,,estimate")
    bad_json = json_file(
        tmp_path,
        {
            "accelerators": [
                {"id": "new-1", "name": "One", "vendor": "acme-inc"},
                {"id": "new-2", "name": "Two", "vendor": "acme", "memory_gib": -8},
            ]
        },
    )

    messages.set_translator(QCoreApplication.translate)
    with i18n.using_language("zh_CN"):
        assert refusal(mini_catalog, bad_csv) == (
            "导入被拒绝，规格库未做任何更改（1 个问题）：\n"
            "  第 3 行: memory_gib: 不是数字：'lots'"
        )
        text = refusal(mini_catalog, bad_json)
        assert text.startswith("导入被拒绝，规格库未做任何更改（")
        assert "  accelerators #1: vendor: 未知的厂商 'acme-inc'" in text
        assert "  accelerators #2: memory_gib: 不能为负数：-8" in text
    # The language is looked up at each message: back in English, the same hook gives English.
    assert refusal(mini_catalog, bad_csv) == (
        "import refused, nothing was changed (1 problem(s)):\n"
        "  row 3: memory_gib: not a number: 'lots'"
    )
    assert mini_catalog.user_ids("accelerators") == ()
