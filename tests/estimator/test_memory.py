"""Memory per device against hand calculations, and its monotonic properties."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.testing import assert_allclose

from desktop_app.estimator import memory as mem
from desktop_app.estimator.precision import format_code

FP8, BF16 = format_code("fp8"), format_code("bf16")


def test_llama_70b_fp8_weights(models_by_id):
    # Llama-3.1-70B (config.json): 80 layers, d 8192, 64 heads / 8 KV heads of 128, FFN 28672,
    # vocab 128256, untied. Body per layer: attention 2*8192*8192 + 2*8192*1024*... =
    # 2*d*h*dh + 2*d*kv*dh = 134,217,728 + 16,777,216; FFN 3*8192*28672 = 704,643,072; norms 16,384.
    m = models_by_id("llama-3.1-70b")
    per_layer = 2 * 8192 * 8192 + 2 * 8192 * 1024 + 3 * 8192 * 28672 + 2 * 8192
    body = 80 * per_layer + 8192  # + final norm
    emb = head = 128256 * 8192
    expected = body * 1.0 + (emb + head) * 2.0  # fp8 body, bf16 embedding and head
    got = mem.weight_bytes_per_device(m, FP8, 1.0, 1.0, 1.0)
    assert_allclose(got, expected, rtol=1e-9)
    assert 70.5e9 < (body + emb + head) < 70.6e9  # the published 70.6B
    # TP 4 splits everything four ways (vocab-parallel embedding and head too).
    assert_allclose(mem.weight_bytes_per_device(m, FP8, 4.0, 1.0, 1.0), expected / 4, rtol=1e-9)


def test_kv_bytes_per_token_llama_70b_and_deepseek_mla(models_by_id):
    m = models_by_id("llama-3.1-70b", "deepseek-v3")
    # Llama-3.1-70B bf16: 80 layers x 2 (K, V) x 8 KV heads x 128 x 2 B = 327,680 B.
    # DeepSeek-V3 MLA bf16: 61 layers x (512 latent + 64 RoPE key) x 2 B = 70,272 B (arXiv:2405.04434).
    assert_allclose(mem.kv_bytes_per_token(m, BF16), [327_680, 70_272])
    assert_allclose(mem.kv_bytes_per_token(m, FP8), [163_840, 35_136])


def test_kv_sharding_and_replication(models_by_id):
    m = models_by_id("llama-3.1-70b", "deepseek-v3")
    one = mem.kv_bytes_per_seq_per_device(m, BF16, 1000.0, 1.0, 1.0)
    tp8 = mem.kv_bytes_per_seq_per_device(m, BF16, 1000.0, 8.0, 1.0)
    tp16 = mem.kv_bytes_per_seq_per_device(m, BF16, 1000.0, 16.0, 1.0)
    assert_allclose(tp8[0], one[0] / 8)  # 8 KV heads over 8 ranks
    assert_allclose(tp16[0], one[0] / 8)  # more ranks than KV heads: one head each (replicated)
    assert_allclose(tp8[1], one[1])  # the MLA latent is not split by head


def test_sliding_window_caps_cache(models_by_id):
    m = models_by_id("gpt-oss-120b")  # 36 layers, half of them with a 128-token window
    short = mem.window_tokens(m, 100.0)
    long_ = mem.window_tokens(m, 10_000.0)
    assert_allclose(short, 100.0)
    assert_allclose(long_, (18 * 10_000 + 18 * 128) / 36)


def test_max_batch_and_context_are_consistent(models_by_id):
    m = models_by_id("llama-3.1-8b")
    per_seq = mem.kv_bytes_per_seq_per_device(m, BF16, 4096.0, 1.0, 1.0)
    budget = 10.5 * per_seq
    assert mem.max_seqs_per_group(budget, per_seq) == 10
    ctx = mem.max_context_tokens(m, BF16, 1.0, 1.0, budget, 10.0)
    assert 4096 <= ctx <= 4096 * 1.06
    assert mem.max_seqs_per_group(-1.0, per_seq) == 0


@settings(max_examples=40, deadline=None)
@given(c1=st.floats(1, 200_000), c2=st.floats(1, 200_000), b=st.floats(1, 512))
def test_more_context_never_less_memory(models_by_id, c1, c2, b):
    m = models_by_id("llama-3.1-8b", "gpt-oss-120b", "deepseek-v3")
    lo, hi = min(c1, c2), max(c1, c2)
    a = mem.memory_breakdown(m, BF16, BF16, 1.0, 1.0, 1.0, b, lo, 512.0, 80 * 2.0**30, 2.0**30, 0.9, 1.0)
    z = mem.memory_breakdown(m, BF16, BF16, 1.0, 1.0, 1.0, b, hi, 512.0, 80 * 2.0**30, 2.0**30, 0.9, 1.0)
    assert np.all(z.total >= a.total)
    assert np.all(z.headroom <= a.headroom)
