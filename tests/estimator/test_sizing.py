"""Sizing: replicas for a workload, cheapest layout, and what happens when nothing works."""

import numpy as np
import pytest

from desktop_app.estimator.precision import format_code
from desktop_app.estimator.runtime import RUNTIME_CODES
from desktop_app.estimator.sizing import candidate_layouts, requests_per_second, size


def _size(hw, m, rps, **kw):
    args = dict(runtime_code=RUNTIME_CODES["vllm"], weight_format=format_code("fp8"), kv_format=format_code("fp8"),
                requests_per_s=rps, input_len=2048.0, output_len=512.0)
    args.update(kw)
    return size(hw, m, **args)


def test_tokens_per_day_to_requests():
    assert requests_per_second(tokens_per_day=86400.0 * 2560, input_len=2048, output_len=512) == pytest.approx(1.0)
    assert requests_per_second(requests_per_s=3.0) == 3.0


def test_layouts_include_dep_only_for_moe():
    assert not np.any(candidate_layouts(False)[:, 2] > 1)
    assert np.any(candidate_layouts(True)[:, 2] > 1)


def test_replicas_cover_the_workload_and_meet_targets(hw_by_id, models_by_id):
    hw = hw_by_id("nvidia-h100-sxm", "amd-mi300x", "huawei-ascend-910c")
    m = models_by_id("llama-3.1-70b")
    res = _size(hw, m, 20.0, tpot_slo_s=0.05, ttft_slo_s=3.0)
    assert np.all(res.ok)
    assert np.all(res.capacity_tokens_per_s >= res.served_tokens_per_s * (1 - 1e-9))
    assert np.all(res.tpot_s <= 0.05) and np.all(res.ttft_s <= 3.0)
    assert np.all(res.devices == res.replicas * res.instance_devices)
    assert np.all(res.devices_low <= res.devices) and np.all(res.devices <= res.devices_high)
    assert np.all(res.usd_per_million_tokens > 0) and np.all(res.tco_usd > res.capex_usd)
    low, high = res.usd_per_million_tokens_low, res.usd_per_million_tokens_high
    assert np.all(low <= res.usd_per_million_tokens) and np.all(res.usd_per_million_tokens <= high)


def test_twice_the_load_never_needs_fewer_devices(hw_by_id, models_by_id):
    hw = hw_by_id("nvidia-h100-sxm", "nvidia-h20")
    m = models_by_id("qwen3-32b")
    a, b = _size(hw, m, 5.0), _size(hw, m, 10.0)
    assert np.all(b.devices >= a.devices)


def test_impossible_cases_say_why(hw_by_id, models_by_id):
    res = _size(hw_by_id("nvidia-rtx-3060-12gb"), models_by_id("llama-3.1-405b"), 1.0,
                weight_format=format_code("bf16"), kv_format=format_code("bf16"))
    assert not res.ok[0] and "does not fit" in res.reason[0]
    res = _size(hw_by_id("nvidia-h100-sxm"), models_by_id("llama-3.1-70b"), 1.0, tpot_slo_s=1e-4)
    assert not res.ok[0] and "latency targets" in res.reason[0]
    res = _size(hw_by_id("nvidia-h100-sxm"), models_by_id("llama-3.1-70b"), 1e7)
    assert not res.ok[0] and "saturated" in res.reason[0]


def test_unknown_price_gives_devices_without_cost(hw_by_id, models_by_id):
    res = _size(hw_by_id("nvidia-tesla-p40"), models_by_id("llama-2-7b"), 0.1, runtime_code=RUNTIME_CODES["llama.cpp"],
                weight_format=format_code("q4_0"), kv_format=format_code("fp16"), input_len=512.0, output_len=128.0)
    assert res.ok[0] and not res.cost_known[0] and res.usd_per_million_tokens[0] == 0.0
