"""The plan document: JSON form, validation of every field, overrides, unknown ids."""

import copy
import datetime as dt
import math

import pytest

from desktop_app.plans import SCHEMA_VERSION, Override, Plan, PlanError, ResultsSnapshot, Scenario
from desktop_app.plans.errors import FieldError


def test_json_round_trip(plan):
    data = plan.to_json_dict()
    assert data["schema_version"] == SCHEMA_VERSION == 1
    assert data["format"] == "accelerator-planner-plan"
    assert data["date"] == "2026-11-23"
    assert data["overrides"]["huawei-ascend-910c"] == {"bf16_tflops": 780.0, "memory_gib": 128}
    assert Plan.from_json_dict(data) == plan


def test_defaults():
    p = Plan()
    assert (p.title, p.customer, p.author, p.notes, p.language) == ("Untitled plan", "", "", "", "en")
    assert p.date == dt.date.today()
    assert p.scenario == Scenario() and p.results is None
    assert Plan.from_json_dict(p.to_json_dict()) == p


def test_plan_is_deeply_immutable(plan):
    with pytest.raises(TypeError):
        plan.results.data["currency"] = "USD"  # type: ignore[index]
    assert isinstance(plan.results.data["table"], tuple)
    assert plan.with_changes(title="B").title == "B" and plan.title != "B"


def test_overrides_are_sorted_and_replaceable(plan):
    keys = [(o.target_id, o.field) for o in plan.overrides]
    assert keys == sorted(keys)
    changed = plan.with_override("huawei-ascend-910c", "memory_gib", 96)
    assert changed.overrides_for("huawei-ascend-910c") == {"memory_gib": 96, "bf16_tflops": 780.0}
    assert changed.without_override("huawei-ascend-910c", "memory_gib").overrides_for(
        "huawei-ascend-910c"
    ) == {"bf16_tflops": 780.0}
    with pytest.raises(FieldError, match="overrides.a.b: given twice"):
        Plan(overrides=(Override("a", "b", 1), Override("a", "b", 2)))


def test_unknown_ids_are_reported_not_dropped(plan):
    unknown = plan.unknown_ids(
        known_accelerators=["nvidia-h200-sxm"], known_models=["deepseek-v3"]
    )
    assert unknown.accelerators == ("huawei-ascend-910c", "cambricon-mlu590")
    assert unknown.models == ("qwen3-235b-a22b",)
    assert unknown.override_targets == ("cambricon-mlu590", "huawei-ascend-910c")  # sorted
    assert "huawei-ascend-910c" in unknown.message() and "kept" in unknown.message()
    assert "huawei-ascend-910c" in plan.scenario.accelerator_ids  # still there
    everything = plan.unknown_ids(
        plan.accelerator_ids(), plan.model_ids(), known_other=["cambricon-mlu590"]
    )
    assert not everything and everything.message() == ""


def _mutated(plan, change):
    data = copy.deepcopy(plan.to_json_dict())
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["scenario"].update(input_len=-5), "scenario.input_len: expected a positive integer, got -5"),
        (lambda d: d["scenario"].update(input_len="2048"), "scenario.input_len: expected a positive integer, got '2048'"),
        (lambda d: d["scenario"]["cost"].update(pue=None), "scenario.cost.pue: expected a number, got null"),
        (lambda d: d["scenario"]["layout"].update(tp=3), "scenario.layout.devices: 16 devices cannot be split"),
        (lambda d: d["scenario"].update(runtime_id=7), "scenario.runtime_id: expected one of vllm"),
        (lambda d: d["scenario"].pop("cost"), "scenario.cost: missing"),
        (lambda d: d.update(scenario=[]), "scenario: expected an object, got a list"),
        (lambda d: d.update(title=5), "title: expected text, got 5"),
        (lambda d: d.update(title="a\nb"), "title: expected a single line of text"),
        (lambda d: d.update(notes="\ud800"), "notes: text contains characters that are not valid Unicode"),
        (lambda d: d.update(date="23/11/2026"), "date: expected a date as YYYY-MM-DD, got '23/11/2026'"),
        (lambda d: d.update(date="2026-11-23\n"), "date: expected a date as YYYY-MM-DD"),
        (lambda d: d.update(date="２０２６-11-23"), "date: expected a date as YYYY-MM-DD"),
        (lambda d: d.update(language="en\n"), "language: expected a language code"),
        (lambda d: d.update(date="2026-02-30"), "date: '2026-02-30' is not a calendar date"),
        (lambda d: d.update(language="english"), "language: expected a language code such as en or zh_CN"),
        (lambda d: d.update(models="deepseek-v3"), "models: expected a list of catalog ids, got 'deepseek-v3'"),
        (lambda d: d.update(accelerators=["A100"]), "accelerators[0]: 'A100' is not a catalog id"),
        (lambda d: d.update(overrides=[]), "overrides: expected an object of catalog id -> fields, got a list"),
        (lambda d: d["overrides"].update({"x": 1}), "overrides.x: expected an object of field -> value, got 1"),
        (lambda d: d["overrides"].update({"x": {"Memory GiB": 1}}), "overrides.x: 'Memory GiB' is not a field name"),
        (lambda d: d["overrides"].update({"x": {"tdp_w": [700]}}), "overrides.x.tdp_w: expected a number, text"),
        (lambda d: d["overrides"].update({"x": {"tdp_w": 2**70}}), "overrides.x.tdp_w: integer too large"),
        (lambda d: d["overrides"].update({"Bad Id": {}}), "overrides: 'Bad Id' is not a catalog id"),
        (lambda d: d["results"].update(catalog_version=""), "results.catalog_version: must not be empty"),
        (lambda d: d["results"].update(data=[1]), "results.data: expected an object, got a list"),
        (lambda d: d["results"].pop("app_version"), "results.app_version: missing"),
        (lambda d: d["results"]["data"].update(deep=_nested(100)), "results.data.deep"),
        (lambda d: d.update(format="something-else"), "format: expected 'accelerator-planner-plan'"),
        (lambda d: d.pop("title"), "title: missing"),
        (lambda d: d.update(colour="red"), "colour: unknown field"),
        (lambda d: d.update(schema_version=0), "schema_version: expected a whole number of at least 1, got 0"),
        (lambda d: d.update(schema_version="1"), "schema_version: expected a whole number of at least 1, got '1'"),
        (lambda d: d.update(schema_version=True), "schema_version: expected a whole number of at least 1, got true"),
    ],
)
def test_every_field_is_validated(plan, change, message):
    with pytest.raises(PlanError) as caught:
        Plan.from_json_dict(_mutated(plan, change))
    assert str(caught.value).startswith(message), str(caught.value)


def _nested(depth):
    value = 1
    for _ in range(depth):
        value = [value]
    return value


def test_newer_schema_is_refused_with_a_clear_message(plan):
    data = _mutated(plan, lambda d: d.update(schema_version=3))
    with pytest.raises(PlanError) as caught:
        Plan.from_json_dict(data)
    assert str(caught.value) == (
        "this plan was written by a newer version of Accelerator Planner "
        "(schema 3; this version reads up to 1) — please update"
    )


@pytest.mark.parametrize("value", [None, [], "plan", 3, {}, {"title": "x"}])
def test_not_a_plan_at_all(value):
    with pytest.raises(PlanError, match="not an Accelerator Planner plan"):
        Plan.from_json_dict(value)


def test_python_constructors_refuse_bad_values():
    with pytest.raises(FieldError, match="date: expected a date"):
        Plan(date="2026-11-23")  # type: ignore[arg-type]
    with pytest.raises(FieldError, match="date: expected a date"):
        Plan(date=dt.datetime(2026, 11, 23))
    with pytest.raises(FieldError, match="results: expected a ResultsSnapshot"):
        Plan(results={"catalog_version": "1"})  # type: ignore[arg-type]
    with pytest.raises(FieldError, match=r"data.x\[0\]: expected a finite number, got nan"):
        ResultsSnapshot("1", {"x": [math.nan]})
    with pytest.raises(FieldError, match="object keys must be text"):
        ResultsSnapshot("1", {"x": {1: 2}})
    with pytest.raises(FieldError, match="expected plain JSON data, got a set"):
        ResultsSnapshot("1", {"x": {1, 2}})
    with pytest.raises(FieldError, match="value: expected a finite number"):
        Override("a", "b", math.inf)
    with pytest.raises(FieldError, match="overrides\\[0\\]: expected an Override"):
        Plan(overrides=(("a", "b", 1),))  # type: ignore[arg-type]
