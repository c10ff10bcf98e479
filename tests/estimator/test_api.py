"""The estimator's front door: grids, bands, explanations and bad inputs."""

import numpy as np
import pytest

from desktop_app.estimator.api import BANDED, EstimatorInputError, estimate, explain


def test_grid_call_with_bands(hw_by_id, models_by_id):
    hw = hw_by_id("nvidia-h100-sxm", "amd-mi300x", "huawei-ascend-910c").reshape((3, 1, 1))
    m = models_by_id("llama-3.1-8b", "qwen3-32b").reshape((1, 2, 1))
    est = estimate(hw, m, runtime="vllm", weight_precision="fp8", batch=np.arange(1, 33).reshape((1, 1, 32)),
                   input_len=2048, output_len=512)
    r = est.result
    assert r.output_tokens_per_s.shape == (3, 2, 32)
    for name, is_rate in BANDED.items():
        value, lo, hi = getattr(r, name), est.low[name], est.high[name]
        ok = r.fits
        assert np.all(lo[ok] <= value[ok]) and np.all(value[ok] <= hi[ok]), name
        assert not np.any(np.isnan(lo)) and not np.any(np.isnan(hi))
    # Estimated (rumour-grade) specs give a wider band than datasheet ones.
    width = est.high["output_tokens_per_s"] / est.low["output_tokens_per_s"]
    assert width[2, 0, 0] > width[0, 0, 0]


def test_max_batch_and_explain(hw_by_id, models_by_id):
    est = estimate(hw_by_id("nvidia-h100-sxm"), models_by_id("llama-3.1-8b"), batch="max", input_len=1024,
                   output_len=256)
    info = explain(est, (0,))
    assert info["fits"] and info["batch"] == info["max_batch"] > 1
    assert info["bound"] in ("compute", "memory", "communication", "overhead")
    step = info["decode_step_s"]
    assert step["total_s"] == pytest.approx(step["compute_s"] + step["memory_s"] + step["comm_s"] + step["fixed_s"])
    assert info["compute_dtype"] == "bf16"


def test_slo_batch(hw_by_id, models_by_id):
    est = estimate(hw_by_id("nvidia-h100-sxm"), models_by_id("llama-3.1-8b"), batch="max", tpot_slo_s=0.02)
    assert est.result.tpot_s[0] <= 0.02


@pytest.mark.parametrize(
    "kwargs",
    [
        {"input_len": -1},
        {"output_len": np.nan},
        {"input_len": 0, "output_len": 0},
        {"devices": 0},
        {"batch": np.inf},
        {"tp": np.inf},
        {"weight_precision": "fp5"},
        {"kv_precision": "int4-awq"},
        {"runtime": "magic"},
    ],
)
def test_bad_inputs_raise(hw_by_id, models_by_id, kwargs):
    with pytest.raises(EstimatorInputError):
        estimate(hw_by_id("nvidia-h100-sxm"), models_by_id("llama-3.1-8b"), **kwargs)


def test_does_not_fit_has_reason_and_no_nan(hw_by_id, models_by_id):
    est = estimate(hw_by_id("nvidia-rtx-3090"), models_by_id("llama-3.1-405b"))
    info = explain(est, (0,))
    assert not info["fits"] and info["reason"] == "weights do not fit in device memory"
    assert all(np.isfinite(v) or np.isinf(v) for v in info["values"].values())
