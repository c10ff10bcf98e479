"""Older plan files are upgraded through the chain of migrations; the chain has no gaps."""

import json

import pytest

from desktop_app.plans import SCHEMA_VERSION, Layout, PlanError, load_plan, load_plan_with_info, save_plan
from desktop_app.plans import migrations
from desktop_app.plans.io import plan_from_bytes, plan_to_bytes


def test_the_chain_reaches_the_current_schema_from_every_older_one():
    assert sorted(migrations.STEPS) == list(range(SCHEMA_VERSION))


def test_prerelease_schema_0_file_is_upgraded(fixtures):
    loaded = load_plan_with_info(fixtures / "schema0_prerelease.accplan.json")
    assert loaded.source_schema == 0 and loaded.upgraded
    plan = loaded.plan
    assert plan.title == "DeepSeek-V3 inference cluster"
    assert plan.customer == "ACME Cloud (Shenzhen)"
    assert plan.date.isoformat() == "2026-09-14"
    assert plan.notes.startswith("First sizing")
    s = plan.scenario
    assert s.model_id == "deepseek-v3"
    assert s.accelerator_ids == ("nvidia-h200-sxm", "huawei-ascend-910c")
    assert (s.weight_precision, s.kv_precision) == ("int4-awq", "fp16")  # prototype's "int4"
    assert s.runtime_id == "trt-llm"  # prototype's "tensorrt-llm"
    assert (s.input_len, s.output_len) == (4096, 1024)
    assert (s.concurrency_min, s.concurrency_max) == (4, 128)
    assert (s.ttft_target_ms, s.tpot_target_ms) == (2000.0, 50.0)
    assert (s.workload.unit, s.workload.amount) == ("tokens_per_day", 5e9)
    assert s.layout == Layout(devices=16, tp=8, pp=2, ep=1)
    assert (s.cost.electricity_price_per_kwh, s.cost.electricity_currency) == (0.08, "USD")
    assert (s.cost.pue, s.cost.years, s.cost.utilisation) == (1.25, 5.0, 0.7)
    assert s.cost.price_override_usd("nvidia-h200-sxm") == 32000.0
    assert plan.models == ("deepseek-v3",)
    assert plan.accelerators == ("nvidia-h200-sxm", "huawei-ascend-910c")
    assert plan.overrides == () and plan.results is None


def test_upgraded_plan_saves_as_current_schema(fixtures, tmp_path):
    plan = load_plan(fixtures / "schema0_prerelease.accplan.json")
    target = tmp_path / "upgraded.accplan.json"
    save_plan(plan, target)
    assert json.loads(target.read_text())["schema_version"] == SCHEMA_VERSION
    again = load_plan_with_info(target)
    assert again.plan == plan and not again.upgraded


def test_schema_0_defaults_for_what_it_did_not_record():
    plan = plan_from_bytes(b'{"version": 0, "model": "llama-3.1-8b", "settings": {"precision": "fp8"}}')
    assert plan.scenario.kv_precision == "fp8" and plan.scenario.layout is None
    assert plan.title == "Untitled plan" and plan.scenario.runtime_id == "vllm"


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"version": 0, "model": "m", "settings": {"prompt_tokens": -1}},
         "scenario.input_len: expected a positive integer, got -1 (in the plan as upgraded from schema 0)"),
        ({"version": 0, "model": "m", "settings": []}, None),
        ({"version": 0, "model": "m", "settings": {"batch_sizes": "all"}}, "scenario.concurrency_min: expected a positive integer, got 'all'"),
        ({"version": 0, "model": "m", "tco": {"prices": "cheap"}}, "scenario.cost.price_overrides_usd"),
        ({"version": 0, "model": "m", "created": 20260914}, "date: expected a date as YYYY-MM-DD"),
        ({"version": 0}, "scenario.model_id: expected a catalog id (lowercase slug), got null"),
        ({"version": 7}, "version: unknown plan version 7"),
        ({"version": "0"}, "version: unknown plan version '0'"),
    ],
)
def test_damaged_old_files_are_refused_not_crashed_on(document, message):
    try:
        plan_from_bytes(json.dumps(document).encode())
    except PlanError as exc:
        if message is not None:
            assert message in str(exc), str(exc)
    else:
        assert message is None  # a damaged part may fall back to defaults, as the prototype did


def test_the_current_schema_is_frozen(fixtures, plan):
    """The writer's output for the sample plan matches the committed schema-1 file, and it loads.

    If this fails, the file format changed: bump SCHEMA_VERSION, add a migration from the old
    schema, keep the old file as a fixture, and only then regenerate this one.
    """
    golden = fixtures / "schema1_sample.accplan.json"
    assert load_plan(golden) == plan
    written = json.loads(plan_to_bytes(plan))
    expected = json.loads(golden.read_text(encoding="utf-8"))
    written.pop("written_by"), expected.pop("written_by")  # the app version changes freely
    assert written == expected
