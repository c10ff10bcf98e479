"""Collectives, expert occupancy and step time: hand calculations and properties."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from desktop_app.estimator import calibration
from desktop_app.estimator import performance as perf
from desktop_app.estimator.precision import format_code
from desktop_app.estimator.runtime import RUNTIME_CODES


def test_allreduce_hand_calculation():
    # Ring all-reduce of 16 MiB over 8 GPUs at 450 GB/s per direction (NVLink 4: 900 GB/s both
    # directions) with 10 us per step: 2*7/8 * 16 MiB / 450e9 + ceil(log2 8) * 10 us
    msg = 16 * 2**20
    expected = 2 * 7 / 8 * msg / 450e9 + 3 * 10e-6
    assert_allclose(perf.allreduce_time(msg, 8, 450e9, 10e-6), expected)
    assert_allclose(expected, 95.6e-6, rtol=1e-2)
    assert perf.allreduce_time(msg, 1, 450e9, 10e-6) == 0.0


def test_alltoall_and_p2p():
    assert_allclose(perf.alltoall_time(8e6, 4, 100e9, 20e-6), 3 / 4 * 8e6 / 100e9 + 20e-6)
    assert perf.alltoall_time(8e6, 1, 100e9, 20e-6) == 0.0
    assert_allclose(perf.p2p_time(1e6, 1e9, 1e-5), 1e-3 + 1e-5)


def test_expected_distinct_experts():
    # One token touches k experts; very many tokens touch all; 0 for dense models.
    assert_allclose(perf.expected_distinct_experts(256.0, 8.0, 1.0), 8.0)
    assert_allclose(perf.expected_distinct_experts(256.0, 8.0, 1e5), 256.0)
    # Two tokens: 256 * (1 - (1 - 8/256)^2) = 15.75
    assert_allclose(perf.expected_distinct_experts(256.0, 8.0, 2.0), 15.75)
    assert perf.expected_distinct_experts(0.0, 0.0, 100.0) == 0.0


def test_pipeline_bubble():
    assert_allclose(perf.pipeline_bubble_fraction(4.0, 12.0), 3 / 15)


def _step(m, bw, b=1.0, n=0.0, peak=989e12):
    rt = calibration.runtime_params(RUNTIME_CODES["vllm"], 0)
    return perf.step_time(m, b=b, ctx_dec=1024.0, n=n, ctx_pre=512.0, wfmt=format_code("bf16"),
                          kv_fmt=format_code("bf16"), tp=1.0, pp=1.0, ep=1.0, peak=peak, peak_attn=peak, bw=bw,
                          scale_up_bw=450e9, scale_out_bw=50e9, domain=8.0, rt=rt)


def test_decode_at_batch_one_is_memory_bound(models_by_id):
    m = models_by_id("llama-3.1-8b")
    s = _step(m, 3.35e12)
    assert s.memory_s > s.compute_s
    assert perf.BOUND_NAMES[int(np.ravel(s.bound())[0])] == "memory"


@settings(max_examples=30, deadline=None)
@given(bw1=st.floats(1e11, 1e13), bw2=st.floats(1e11, 1e13), b=st.floats(1, 1024), n=st.floats(0, 8192))
def test_more_bandwidth_never_slower(models_by_id, bw1, bw2, b, n):
    m = models_by_id("llama-3.1-8b", "qwen3-30b-a3b", "deepseek-v3")
    lo, hi = min(bw1, bw2), max(bw1, bw2)
    assert np.all(_step(m, hi, b, n).total_s <= _step(m, lo, b, n).total_s * (1 + 1e-12))


def test_step_broadcasts(models_by_id):
    m = models_by_id("llama-3.1-8b", "qwen3-8b").reshape((1, 2, 1))
    bw = np.array([1e12, 2e12, 3e12]).reshape((3, 1, 1))
    b = np.arange(1, 6, dtype=float).reshape((1, 1, 5))
    s = _step(m, bw, b)
    assert s.total_s.shape == (3, 2, 5)
    assert np.all(np.isfinite(s.total_s))
