"""The scenario: defaults, immutability, pure edits, and validation with messages naming the field."""

import dataclasses
import math

import pytest

from desktop_app.estimator.cost_defaults import COST_DEFAULTS
from desktop_app.plans import CostInputs, Layout, Scenario, ScenarioError, Workload
from desktop_app.plans.scenario import KV_PRECISIONS, RUNTIMES, WEIGHT_PRECISIONS


def test_defaults_are_a_usable_scenario():
    s = Scenario()
    assert (s.input_len, s.output_len) == (2048, 512)
    assert (s.concurrency_min, s.concurrency_max) == (1, 256)
    assert s.ttft_target_ms is None and s.tpot_target_ms is None
    assert s.layout is None and s.automatic_layout
    assert s.workload == Workload("tokens_per_day", 1e9)
    # Cost defaults are the estimator's cited ones, not numbers of our own.
    assert s.cost.utilisation == COST_DEFAULTS["utilisation"].value
    assert s.cost.pue == COST_DEFAULTS["pue"].value
    assert s.cost.years == COST_DEFAULTS["depreciation_years"].value
    assert s.cost.electricity_price_per_kwh == COST_DEFAULTS["electricity_usd_per_kwh_us"].value
    assert s.cost.electricity_currency == "USD"
    assert s.weight_precision in WEIGHT_PRECISIONS and s.kv_precision in KV_PRECISIONS
    assert s.runtime_id in RUNTIMES


def test_choices_match_the_gui_issue():
    assert WEIGHT_PRECISIONS == (
        "bf16", "fp16", "fp8", "int8", "int4-awq", "nvfp4", "mxfp4", "q4_0", "q4_k_m", "q8_0",
    )  # fmt: skip
    assert KV_PRECISIONS == ("bf16", "fp16", "fp8", "int8")
    assert set(RUNTIMES) == {
        "vllm", "sglang", "trt-llm", "llama.cpp", "mindie", "vllm-ascend", "hf-transformers",
        "lmdeploy",
    }  # fmt: skip


def test_scenarios_are_immutable_and_hashable():
    s = Scenario(accelerator_ids=["nvidia-h100-sxm", "amd-mi300x"])
    assert s.accelerator_ids == ("nvidia-h100-sxm", "amd-mi300x")  # a list becomes a tuple
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.input_len = 1  # type: ignore[misc]
    assert hash(s) == hash(Scenario(accelerator_ids=("nvidia-h100-sxm", "amd-mi300x")))


def test_with_changes_is_pure_and_validates():
    s = Scenario()
    t = s.with_changes(input_len=4096, cost=s.cost.with_changes(pue=1.1))
    assert (s.input_len, s.cost.pue) == (2048, COST_DEFAULTS["pue"].value)
    assert (t.input_len, t.cost.pue) == (4096, 1.1)
    with pytest.raises(ScenarioError, match=r"^input_len: expected a positive integer, got -5$"):
        s.with_changes(input_len=-5)


def test_edit_returns_the_inverse():
    s = Scenario()
    new, inverse = s.edit(output_len=64, runtime_id="sglang")
    assert inverse == {"output_len": 512, "runtime_id": "vllm"}
    assert new.with_changes(**inverse) == s


def test_numbers_are_normalised():
    cost = CostInputs(pue=1, years=3, price_overrides_usd={"b-2": 10, "a-1": 20.5})
    assert isinstance(cost.pue, float) and isinstance(cost.years, float)
    assert cost.price_overrides_usd == (("a-1", 20.5), ("b-2", 10.0))
    assert cost == CostInputs(pue=1.0, years=3.0, price_overrides_usd=[("b-2", 10.0), ("a-1", 20.5)])
    assert cost.price_override_usd("a-1") == 20.5 and cost.price_override_usd("zz") is None
    assert Scenario(ttft_target_ms=200).ttft_target_ms == 200.0


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"input_len": -5}, "input_len: expected a positive integer, got -5"),
        ({"input_len": 0}, "input_len: expected a positive integer, got 0"),
        ({"output_len": 2048.0}, "output_len: expected a positive integer, got 2048.0"),
        ({"output_len": True}, "output_len: expected a positive integer, got true"),
        ({"output_len": "512"}, "output_len: expected a positive integer, got '512'"),
        ({"input_len": 10**9}, "input_len: expected a positive integer of at most 10000000, got 1000000000"),
        ({"concurrency_min": 8, "concurrency_max": 4},
         "concurrency_max: must be at least concurrency_min (8), got 4"),
        ({"ttft_target_ms": math.nan}, "ttft_target_ms: expected a finite number, got nan"),
        ({"tpot_target_ms": math.inf}, "tpot_target_ms: expected a finite number, got inf"),
        ({"tpot_target_ms": 0}, "tpot_target_ms: expected a number greater than 0, got 0"),
        ({"tpot_target_ms": "50"}, "tpot_target_ms: expected a number, got '50'"),
        ({"weight_precision": "fp4"}, "weight_precision: expected one of bf16, fp16"),
        ({"kv_precision": "int4-awq"}, "kv_precision: expected one of bf16, fp16, fp8, int8; got"),
        ({"runtime_id": "ollama"}, "runtime_id: expected one of vllm"),
        ({"model_id": "Llama 3"}, "model_id: 'Llama 3' is not a catalog id"),
        ({"model_id": "llama-3.1-70b\n"}, "model_id: 'llama-3.1-70b\\n' is not a catalog id"),
        ({"model_id": None}, "model_id: expected a catalog id (lowercase slug), got null"),
        ({"accelerator_ids": "nvidia-h100-sxm"}, "accelerator_ids: expected a list of catalog ids"),
        ({"accelerator_ids": ("a", "b", "a")}, "accelerator_ids[2]: 'a' is listed twice"),
        ({"accelerator_ids": ("a", 3)}, "accelerator_ids[1]: expected a catalog id"),
        ({"workload": {"unit": "tokens_per_day"}}, "workload: expected a Workload, got an object"),
        ({"layout": (8, 8, 1, 1)}, "layout: expected a Layout, got a list"),
        ({"cost": None}, "cost: expected a CostInputs, got null"),
    ],
)
def test_bad_values_are_refused_with_the_field_named(changes, message):
    with pytest.raises(ScenarioError) as caught:
        Scenario().with_changes(**changes)
    assert str(caught.value).startswith(message), str(caught.value)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Workload("tokens_per_day", 0), "amount: expected a number greater than 0, got 0"),
        (lambda: Workload("tokens_per_hour", 1), "unit: expected one of tokens_per_day, requests_per_s"),
        (lambda: Workload("requests_per_s", 1e12), "amount: expected a number of at most 1e+09"),
        (lambda: Layout(devices=12, tp=8), "devices: 12 devices cannot be split into tp=8 x pp=1"),
        (lambda: Layout(devices=16, tp=8, pp=2, ep=16), "ep: ep=16 must divide the 8 devices"),
        (lambda: Layout(devices=0), "devices: expected a positive integer, got 0"),
        (lambda: CostInputs(pue=0.9), "pue: expected a number of at least 1, got 0.9"),
        (lambda: CostInputs(utilisation=0), "utilisation: expected a number greater than 0, got 0"),
        (lambda: CostInputs(utilisation=1.5), "utilisation: expected a number of at most 1, got 1.5"),
        (lambda: CostInputs(years=math.inf), "years: expected a finite number, got inf"),
        (lambda: CostInputs(electricity_price_per_kwh=-0.1),
         "electricity_price_per_kwh: expected a number of at least 0, got -0.1"),
        (lambda: CostInputs(electricity_currency="EUR"), "electricity_currency: expected one of USD, CNY"),
        (lambda: CostInputs(cny_per_usd=0), "cny_per_usd: expected a number greater than 0, got 0"),
        (lambda: CostInputs(price_overrides_usd={"nvidia-h100-sxm": -1}),
         "price_overrides_usd.nvidia-h100-sxm: expected a number of at least 0, got -1"),
        (lambda: CostInputs(price_overrides_usd={"nvidia-h100-sxm": math.nan}),
         "price_overrides_usd.nvidia-h100-sxm: expected a finite number, got nan"),
        (lambda: CostInputs(price_overrides_usd=[("a", 1), ("a", 2)]), "price_overrides_usd.a: given twice"),
        (lambda: CostInputs(price_overrides_usd=[("a",)]), "price_overrides_usd[0]: expected an (id, value)"),
        (lambda: CostInputs(price_overrides_usd=5), "price_overrides_usd: expected an object, got 5"),
    ],
)
def test_parts_validate_too(build, message):
    with pytest.raises(ScenarioError) as caught:
        build()
    assert str(caught.value).startswith(message), str(caught.value)


def test_huge_int_is_reported_not_crashed_on():
    with pytest.raises(ScenarioError, match="input_len"):
        Scenario(input_len=10**5000)
    with pytest.raises(ScenarioError, match="pue: expected a finite number"):
        CostInputs(pue=10**400)


def test_explicit_layout():
    s = Scenario(layout=Layout(devices=16, tp=8, pp=1, ep=16))
    assert not s.automatic_layout
    assert s.layout.with_changes(tp=4).tp == 4


def test_scenario_json_round_trip():
    s = Scenario(
        accelerator_ids=("huawei-ascend-910c",),
        layout=Layout(8, 8, 1, 1),
        tpot_target_ms=50,
        workload=Workload("requests_per_s", 12.5),
        cost=CostInputs(electricity_currency="CNY", electricity_price_per_kwh=0.6,
                        price_overrides_usd={"huawei-ascend-910c": 17000}),
    )
    assert Scenario.from_json_dict(s.to_json_dict()) == s


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.pop("input_len"), "input_len: missing"),
        (lambda d: d.update(extra=1), "extra: unknown field"),
        (lambda d: d.update(input_len=-5), "input_len: expected a positive integer, got -5"),
        (lambda d: d.update(accelerator_ids="x"), "accelerator_ids: expected a list of catalog ids"),
        (lambda d: d["cost"].update(pue="1.3"), "cost.pue: expected a number, got '1.3'"),
        (lambda d: d["cost"].update(price_overrides_usd=[["a", 1]]), "cost.price_overrides_usd: expected an object"),
        (lambda d: d["workload"].pop("unit"), "workload.unit: missing"),
        (lambda d: d.update(layout={"devices": 6, "tp": 4, "pp": 1, "ep": 1}), "layout.devices: 6 devices"),
        (lambda d: d.update(layout=[8]), "layout: expected an object, got a list"),
    ],
)
def test_scenario_from_json_names_the_field(mutate, message):
    data = Scenario().to_json_dict()
    mutate(data)
    with pytest.raises(ScenarioError) as caught:
        Scenario.from_json_dict(data)
    assert str(caught.value).startswith(message), str(caught.value)
