"""Plan-file problems in the user's language: English unless the GUI sets a translator.

The command line never sets one, so its messages stay exactly as they were; the GUI sets
QCoreApplication.translate, and the same problems come out in Chinese, field paths and values kept.
"""

import json

import pytest
from plan_samples import full_plan

from desktop_app.plans import errors
from desktop_app.plans.io import MAX_PLAN_BYTES, load_plan, plan_from_bytes


@pytest.fixture(autouse=True)
def no_translator():
    """Every test starts and ends with English messages, whatever it set."""
    errors.set_translator(None)
    yield
    errors.set_translator(None)


def plan_bytes(**scenario_changes) -> bytes:
    data = full_plan().to_json_dict()
    data["scenario"].update(scenario_changes)
    return json.dumps(data).encode()


def message(data: bytes, source: str = "p.accplan.json") -> str:
    with pytest.raises(errors.PlanError) as caught:
        plan_from_bytes(data, source)
    return str(caught.value)


# --- no translator: English, exactly as before ----------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            plan_bytes(input_len="abc"),
            "p.accplan.json: scenario.input_len: expected a positive integer, got 'abc'",
        ),
        (
            b"{",
            "p.accplan.json: not valid JSON: Expecting property name enclosed in double quotes: "
            "line 1 column 2 (char 1)",
        ),
        (
            plan_bytes(colour="red"),
            "p.accplan.json: scenario.colour: unknown field (not part of this schema)",
        ),
        (
            plan_bytes(runtime_id="triton"),
            "p.accplan.json: scenario.runtime_id: expected one of vllm, sglang, trt-llm, "
            "llama.cpp, mindie, vllm-ascend, hf-transformers, lmdeploy; got 'triton'",
        ),
        (
            b" " * (MAX_PLAN_BYTES + 1),
            "p.accplan.json: the file is 21.0 MB; plan files are at most 20 MB, so this is not a "
            "plan",
        ),
    ],
)
def test_without_a_translator_messages_are_the_english_ones(data, expected):
    assert message(data) == expected


def test_the_translator_is_a_plain_function_set_at_run_time():
    assert errors.translate("PlanErrors", "missing") == "missing"
    errors.set_translator(lambda context, text: f"{context}/{text}")
    assert errors.translate("PlanErrors", "missing") == "PlanErrors/missing"


# --- a translator: the message is translated, then the values filled in ---------------------------


FAKE_CHINESE = {
    "expected a positive integer, got {0}": "应为正整数，实际为 {0}",
    "not valid JSON: {0}: line {1} column {2} (char {3})": (
        "不是有效的 JSON：{0}（第 {1} 行第 {2} 列）"
    ),
    "Expecting value": "此处应为一个值",
    "missing": "缺少此字段",
}


def test_a_translator_translates_the_template_and_keeps_paths_and_values():
    seen = []

    def fake(context: str, text: str) -> str:
        seen.append(context)
        return FAKE_CHINESE.get(text, text)

    errors.set_translator(fake)
    assert message(plan_bytes(input_len="abc")) == (
        "p.accplan.json: scenario.input_len: 应为正整数，实际为 'abc'"
    )
    assert message(b"") == "p.accplan.json: 不是有效的 JSON：此处应为一个值（第 1 行第 1 列）"
    data = full_plan().to_json_dict()
    del data["scenario"]["workload"]["amount"]
    assert message(json.dumps(data).encode()) == (
        "p.accplan.json: scenario.workload.amount: 缺少此字段"
    )
    assert set(seen) == {"PlanErrors", "JsonErrors"}  # json's own phrases are shared with the catalog


def test_every_word_of_a_message_but_paths_and_values_goes_through_the_translator():
    errors.set_translator(lambda context, text: f"«{text}»")
    assert message(plan_bytes(output_len=[1])) == (
        "p.accplan.json: scenario.output_len: «expected a positive integer, got «a list»»"
    )
    assert message(plan_bytes(layout={"devices": 6, "tp": 4, "pp": 1, "ep": 1})) == (
        "p.accplan.json: scenario.layout.devices: «6 devices cannot be split into tp=4 x pp=1 "
        "(tp x pp must divide the device count)»"
    )


# --- the GUI's translator: Chinese from the .ts ---------------------------------------------------


def test_with_qt_a_malformed_plan_reads_in_chinese(request, tmp_path):
    pytest.importorskip("PySide6")
    request.getfixturevalue("qapp")  # pytest-qt's QApplication: translators need one
    from PySide6.QtCore import QCoreApplication

    from desktop_app.ui import i18n

    bad_field = tmp_path / "bad-field.accplan.json"
    bad_field.write_bytes(plan_bytes(input_len="abc"))
    bad_json = tmp_path / "bad-json.accplan.json"
    bad_json.write_bytes(b'{"title": 1,}')

    def problem(path) -> str:
        with pytest.raises(errors.PlanError) as caught:
            load_plan(path)
        return str(caught.value)

    errors.set_translator(QCoreApplication.translate)
    with i18n.using_language("zh_CN"):
        text = problem(bad_field)
        assert text == f"{bad_field}: scenario.input_len: 应为正整数，实际为 'abc'"
        text = problem(bad_json)
        assert text.startswith(f"{bad_json}: 不是有效的 JSON：")
        assert "此处应为双引号括起的属性名" in text and "第 1 行第 13 列" in text
    # The language is looked up at each message: back in English, the same hook gives English.
    assert problem(bad_field) == (
        f"{bad_field}: scenario.input_len: expected a positive integer, got 'abc'"
    )
