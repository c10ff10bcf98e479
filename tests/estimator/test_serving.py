"""Steady-state serving: shapes, saturation, missing specs, targets and the Pareto front."""

import numpy as np
from numpy.testing import assert_allclose

from desktop_app.estimator import calibration
from desktop_app.estimator.hardware import HardwareArrays
from desktop_app.estimator.precision import format_code
from desktop_app.estimator.runtime import RUNTIME_CODES
from desktop_app.estimator.serving import (
    REASON_BW,
    REASON_KV,
    REASON_LAYOUT,
    REASON_WEIGHTS,
    REASONS,
    Deployment,
    batch_meeting_slo,
    evaluate,
    pareto_front,
)


def _dep(devices=1, tp=1, pp=1, ep=1, w="bf16", kv="bf16"):
    f = lambda x: np.asarray(x, dtype=float)  # noqa: E731
    return Deployment(f(devices), f(tp), f(pp), f(ep), np.asarray(format_code(w)), np.asarray(format_code(kv)))


def _rt(hw, runtime="vllm"):
    return calibration.runtime_params(RUNTIME_CODES[runtime], hw.family)


def test_grid_broadcasts_without_nan(hw_by_id, models_by_id):
    hw = hw_by_id("nvidia-h100-sxm", "nvidia-rtx-4090", "huawei-ascend-910b").reshape((3, 1, 1))
    m = models_by_id("llama-3.1-8b", "qwen3-32b", "deepseek-v3", "gpt-oss-120b").reshape((1, 4, 1))
    batch = np.array([1.0, 8.0, 64.0, 512.0, 4096.0]).reshape((1, 1, 5))
    r = evaluate(hw, m, _dep(), _rt(hw), batch, 2048.0, 256.0)
    assert r.output_tokens_per_s.shape == (3, 4, 5)
    for name in ("ttft_s", "tpot_s", "per_user_tokens_per_s", "output_tokens_per_s", "prefill_tokens_per_s"):
        assert not np.any(np.isnan(getattr(r, name))), name
    # DeepSeek-V3 in bf16 fits on none of them: weights.
    assert np.all(r.reason[:, 2, :] == REASON_WEIGHTS)
    # A batch beyond the KV budget is flagged, not returned as a number.
    assert r.reason[0, 0, 4] == REASON_KV and r.output_tokens_per_s[0, 0, 4] == 0.0
    assert np.isinf(r.tpot_s[0, 0, 4])


def test_throughput_rises_and_latency_grows_with_batch(hw_by_id, models_by_id):
    hw = hw_by_id("nvidia-h100-sxm")
    m = models_by_id("llama-3.1-8b")
    r = evaluate(hw, m, _dep(), _rt(hw), np.array([1.0, 4.0, 16.0, 64.0]), 1024.0, 256.0)
    assert np.all(np.diff(r.output_tokens_per_s) > 0)
    assert np.all(np.diff(r.tpot_s) > 0)
    assert_allclose(r.per_user_tokens_per_s, 1.0 / r.tpot_s)


def test_missing_bandwidth_is_a_reason_not_nan(models_by_id):
    hw = HardwareArrays.from_specs(memory_gib=np.array([80.0]), bf16_tflops=np.array([989.0]))
    r = evaluate(hw, models_by_id("llama-3.1-8b"), _dep(), _rt(hw), 1.0, 512.0, 128.0)
    assert not r.fits[0] and REASONS[r.reason[0]] == "missing spec: memory bandwidth unknown"
    assert r.output_tokens_per_s[0] == 0.0


def test_invalid_layout(hw_by_id, models_by_id):
    hw = hw_by_id("nvidia-h100-sxm")
    r = evaluate(hw, models_by_id("llama-3.1-8b"), _dep(devices=3, tp=2), _rt(hw), 1.0, 512.0, 128.0)
    assert r.reason[0] == REASON_LAYOUT


def test_max_batch_and_slo(hw_by_id, models_by_id):
    hw = hw_by_id("nvidia-h100-sxm")
    m = models_by_id("llama-3.1-70b")
    d = _dep(devices=2, tp=2, w="fp8", kv="fp8")
    r = evaluate(hw, m, d, _rt(hw), np.nan, 1000.0, 1000.0)
    assert r.fits[0] and r.batch[0] == r.max_batch[0] > 100
    best = batch_meeting_slo(hw, m, d, _rt(hw), 1000.0, 1000.0, tpot_slo_s=0.03)
    at = evaluate(hw, m, d, _rt(hw), best, 1000.0, 1000.0)
    above = evaluate(hw, m, d, _rt(hw), best + 2, 1000.0, 1000.0)
    assert at.tpot_s[0] <= 0.03 < above.tpot_s[0]


def test_dep_layout_runs_attention_data_parallel(hw_by_id, models_by_id):
    hw = hw_by_id("nvidia-h200-sxm")
    m = models_by_id("deepseek-v3")
    r = evaluate(hw, m, _dep(devices=8, ep=8, w="fp8", kv="fp8"), _rt(hw, "trt-llm"), 512.0, 1000.0, 1000.0)
    assert r.fits[0]
    # 671B fp8 over 8 devices: experts split 8 ways, attention replicated: > 671/8 GB each.
    assert 671e9 / 8 < r.memory.weights[0] < 671e9 / 8 + 25e9
    assert r.decode.comm_s[0] > 0


def test_pareto_front():
    per_user = np.array([10.0, 20.0, 15.0, 5.0, 20.0])
    per_dev = np.array([100.0, 50.0, 40.0, 120.0, 60.0])
    assert pareto_front(per_user, per_dev).tolist() == [True, False, False, True, True]


def test_load_at_a_request_rate_and_saturation(hw_by_id, models_by_id):
    from desktop_app.estimator.api import estimate, explain

    hw = hw_by_id("nvidia-h100-sxm")
    m = models_by_id("llama-3.1-8b")
    est = estimate(hw, m, requests_per_s=np.array([1.0, 10.0, 1e6]), input_len=1024, output_len=256)
    r = est.result
    assert r.fits.tolist() == [True, True, False]
    assert_allclose(r.output_tokens_per_s[:2], [256.0, 2560.0], rtol=0.05)
    assert r.batch[0] < r.batch[1]
    assert "saturated" in explain(est, (2,))["reason"] and r.output_tokens_per_s[2] == 0.0


def test_pareto_front_per_slice():
    u = np.array([[10.0, 20.0, 15.0], [1.0, 2.0, 3.0]])
    v = np.array([[100.0, 50.0, 40.0], [3.0, 2.0, 1.0]])
    assert pareto_front(u, v, axes=1).tolist() == [[True, True, False], [True, True, True]]


def test_layout_front(hw_by_id, models_by_id):
    from desktop_app.estimator.api import layout_front

    front = layout_front(hw_by_id("nvidia-h100-sxm").reshape((1, 1, 1)), models_by_id("qwen3-235b-a22b").reshape((1, 1, 1)),
                         [(4, 1, 1), (8, 1, 1), (1, 1, 8)], 2.0 ** np.arange(10), weight_precision="fp8",
                         input_len=2048, output_len=512)
    assert front.on_front.shape == (1, 3, 10) and front.on_front.any()
    assert front.devices.tolist() == [4, 8, 8]


def test_pipeline_prefill_pays_the_bubble(hw_by_id, models_by_id):
    from desktop_app.estimator.performance import pipeline_bubble_fraction

    hw = hw_by_id("nvidia-h100-sxm")
    m = models_by_id("llama-3.1-70b")
    one = evaluate(hw, m, _dep(devices=4, tp=4), _rt(hw), 1.0, 32768.0, 16.0)
    pipe = evaluate(hw, m, _dep(devices=4, tp=1, pp=4), _rt(hw), 1.0, 32768.0, 16.0)
    assert one.fits[0] and pipe.fits[0]
    chunks = 32768 / 8192
    stage = pipe.prefill.total_s[0] / chunks
    assert pipe.ttft_s[0] >= stage * (chunks + 3) and pipeline_bubble_fraction(4.0, chunks) == 3 / 7
