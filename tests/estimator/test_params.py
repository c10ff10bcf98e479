"""Parameter counts against hand calculations (see desktop_app/estimator/params.py)."""

import numpy as np
import pytest
from numpy.testing import assert_allclose, assert_array_equal

from desktop_app.estimator import params as p

# Llama-2-7B (meta-llama/Llama-2-7b-hf config.json): d 4096, 32 layers, 32 heads, FFN 11008.
LLAMA_2_7B = dict(
    layers=32, hidden_size=4096, heads=32, kv_heads=32, ffn_size=11008, vocab_size=32000,
    attention="mha",
)
# Mixtral-8x7B (mistralai/Mixtral-8x7B-v0.1 config.json).
MIXTRAL_8X7B = dict(
    layers=32, hidden_size=4096, heads=32, kv_heads=8, head_dim=128, ffn_size=14336,
    vocab_size=32000, attention="gqa", experts=8, experts_active=2, expert_ffn_size=14336,
)
# DeepSeek-V3 (deepseek-ai/DeepSeek-V3 config.json).
DEEPSEEK_V3 = dict(
    layers=61, hidden_size=7168, heads=128, kv_heads=128, ffn_size=18432, vocab_size=129280,
    attention="mla", q_lora_rank=1536, kv_lora_rank=512, qk_rope_head_dim=64,
    qk_nope_head_dim=128, v_head_dim=128, experts=256, experts_active=8, shared_experts=1,
    expert_ffn_size=2048, dense_layers=3, moe_layer_step=1,
)
# Llama 4 Maverick text model: MoE every other layer, dense layers 16384 wide, experts 8192.
LLAMA_4_MAVERICK = dict(
    layers=48, hidden_size=5120, heads=40, kv_heads=8, head_dim=128, ffn_size=16384,
    vocab_size=202048, attention="gqa", experts=128, experts_active=1, shared_experts=1,
    expert_ffn_size=8192, shared_expert_ffn_size=8192, dense_layers=0, moe_layer_step=2,
)
# Llama 3.2 3B: tied embeddings.
LLAMA_3_2_3B = dict(
    layers=28, hidden_size=3072, heads=24, kv_heads=8, head_dim=128, ffn_size=8192,
    vocab_size=128256, attention="gqa", tied_embeddings=True,
)
# gpt-oss-20b: 24 layers, 32 experts of 2880, top-4, head_dim 64.
GPT_OSS_20B = dict(
    layers=24, hidden_size=2880, heads=64, kv_heads=8, head_dim=64, ffn_size=2880,
    vocab_size=201088, attention="gqa", qkv_bias=True, experts=32, experts_active=4,
    expert_ffn_size=2880,
)


def arch(*rows):
    return p.ModelArch.from_dicts(rows)


def test_llama_2_7b_total_is_6_74_billion():
    d, f, v, n = 4096, 11008, 32000, 32
    per_layer = 4 * d * d + 3 * d * f + 2 * d  # Q, K, V, O + gate, up, down + two RMSNorms
    expected = n * per_layer + 2 * v * d + d  # embedding, untied head, final norm
    assert expected == 6_738_415_616  # the count Hugging Face shows for the safetensors
    assert_allclose(p.total_params(arch(LLAMA_2_7B)), [expected], rtol=0)
    assert_allclose(p.active_params(arch(LLAMA_2_7B)), [expected], rtol=0)


def test_mixtral_total_and_active():
    a = arch(MIXTRAL_8X7B)
    d = 4096
    attention = 2 * d * d + 2 * d * 1024
    expert = 3 * d * 14336
    per_layer = attention + 2 * d + 8 * expert + d * 8
    total = 32 * per_layer + 2 * 32000 * d + d
    active = total - 32 * 6 * expert
    assert total == 46_702_792_704  # exact count of the published weights
    assert_allclose(p.total_params(a), [total], rtol=0)
    assert_allclose(p.active_params(a), [active], rtol=0)
    assert_allclose(p.active_params(a) / 1e9, [12.9], rtol=0.01)  # Mistral's figure


def test_deepseek_v3_mla_attention_per_layer():
    d, h, ql, kvl = 7168, 128, 1536, 512
    q = d * ql + ql + ql * h * (128 + 64)
    kv = d * (kvl + 64) + kvl + kvl * h * (128 + 128)
    o = h * 128 * d
    assert q + kv + o == 187_107_328
    assert_allclose(p.attention_params(arch(DEEPSEEK_V3)), [q + kv + o], rtol=0)


def test_deepseek_v3_total_and_active():
    a = arch(DEEPSEEK_V3)
    assert_array_equal(p.moe_layer_count(a), [58])
    assert_array_equal(p.dense_layer_count(a), [3])
    assert_allclose(p.total_params(a) / 1e9, [671.0], rtol=0.005)
    assert_allclose(p.active_params(a) / 1e9, [37.0], rtol=0.02)
    assert_allclose(p.expert_params(a), [3 * 7168 * 2048], rtol=0)
    assert_allclose(p.shared_expert_params(a), [3 * 7168 * 2048], rtol=0)
    assert_allclose(p.router_params(a), [7168 * 256], rtol=0)


def test_mla_without_query_compression():
    # DeepSeek-V2-Lite: q_lora_rank absent, queries projected directly.
    a = arch(dict(DEEPSEEK_V3, q_lora_rank=0, hidden_size=2048, heads=16))
    d, h = 2048, 16
    expected = d * h * 192 + d * 576 + 512 + 512 * h * 256 + h * 128 * d
    assert_allclose(p.attention_params(a), [expected], rtol=0)


def test_llama_4_maverick_interleaved_moe():
    a = arch(LLAMA_4_MAVERICK)
    assert_array_equal(p.moe_layer_count(a), [24])
    assert_array_equal(p.dense_layer_count(a), [24])
    d = 5120
    dense_ffn = 3 * d * 16384
    expert = 3 * d * 8192
    assert_allclose(p.dense_ffn_params(a), [dense_ffn], rtol=0)
    attention = 2 * d * 40 * 128 + 2 * d * 8 * 128
    moe_layer = 128 * expert + expert + d * 128
    total = 48 * (attention + 2 * d) + 24 * dense_ffn + 24 * moe_layer + 2 * 202048 * d + d
    assert_allclose(p.total_params(a), [total], rtol=0)
    assert_allclose(p.total_params(a) / 1e9, [400], rtol=0.01)  # Meta: 400B total
    assert_allclose(p.active_params(a) / 1e9, [17], rtol=0.02)  # Meta: 17B active


def test_tied_embeddings_have_no_separate_head():
    a = arch(LLAMA_3_2_3B)
    assert_array_equal(p.head_params(a), [0.0])
    assert_allclose(p.total_params(a) / 1e9, [3.21], rtol=0.005)
    untied = arch(dict(LLAMA_3_2_3B, tied_embeddings=False))
    assert_allclose(p.total_params(untied) - p.total_params(a), [128256 * 3072], rtol=0)
    # Without the input embedding a tied model still multiplies by the matrix as its head.
    assert_allclose(
        p.active_params(a, include_embedding=False), p.active_params(a), rtol=0
    )


def test_qkv_bias_adds_q_k_v_widths():
    base = dict(layers=1, hidden_size=2048, heads=16, kv_heads=2, head_dim=128, attention="gqa")
    diff = p.attention_params(arch(dict(base, qkv_bias=True))) - p.attention_params(arch(base))
    assert_allclose(diff, [(16 + 2 * 2) * 128], rtol=0)


def test_mqa_is_gqa_with_one_kv_head():
    base = dict(layers=1, hidden_size=4096, heads=32, kv_heads=1)
    mqa = p.attention_params(arch(dict(base, attention="mqa")))
    assert_allclose(mqa, [2 * 4096 * 4096 + 2 * 4096 * 128], rtol=0)


def test_two_matrix_ffn():
    a = arch(dict(LLAMA_2_7B, ffn_matrices=2, ffn_size=16384))
    assert_allclose(p.dense_ffn_params(a), [2 * 4096 * 16384], rtol=0)


def test_active_params_conventions_for_gpt_oss():
    a = arch(GPT_OSS_20B)
    embedding = 201088 * 2880
    with_both = p.active_params(a)
    assert_allclose(p.active_params(a, include_embedding=False), with_both - embedding, rtol=0)
    assert_allclose(
        p.active_params(a, include_embedding=False, include_head=False),
        with_both - 2 * embedding,
        rtol=0,
    )
    # OpenAI's card: 3.61B active counting the unembedding only, 20.91B total.
    assert_allclose(p.active_params(a, include_embedding=False) / 1e9, [3.61], rtol=0.01)
    assert_allclose(p.total_params(a) / 1e9, [20.91], rtol=0.01)


def test_breakdown_adds_up():
    a = arch(DEEPSEEK_V3, MIXTRAL_8X7B, LLAMA_2_7B, LLAMA_4_MAVERICK, LLAMA_3_2_3B)
    b = p.param_breakdown(a)
    rebuilt = (
        a.layers * (b.attention_per_layer + b.norms_per_layer)
        + b.dense_ffn_layers * b.dense_ffn_per_layer
        + b.routed_experts
        + b.moe_layers * (b.shared_experts_per_layer + b.router_per_layer)
        + b.embedding
        + b.head
        + a.hidden_size
    )
    assert_allclose(rebuilt, b.total, rtol=1e-12)
    assert_allclose(b.total, p.total_params(a), rtol=0)
    assert_allclose(b.active, p.active_params(a), rtol=0)
    assert b.total.shape == (5,)


def test_dense_model_active_equals_total():
    a = arch(LLAMA_2_7B, LLAMA_3_2_3B)
    assert_allclose(p.active_params(a), p.total_params(a), rtol=0)
    assert_array_equal(p.moe_layer_count(a), [0, 0])


def test_broadcasting_over_a_grid():
    layers = np.array([16, 32, 64])[:, None]
    hidden = np.array([2048, 4096])[None, :]
    a = p.ModelArch.from_arrays(
        layers=layers, hidden_size=hidden, heads=hidden / 128, kv_heads=8, head_dim=128,
        ffn_size=hidden * 4, vocab_size=32000, attention_kind=p.ATTENTION_GQA,
    )
    assert a.layers.shape == (3, 2)
    total = p.total_params(a)
    assert total.shape == (3, 2)
    d = hidden
    expected = layers * (2 * d * d + 2 * d * 1024 + 3 * d * 4 * d + 2 * d) + 2 * 32000 * d + d
    assert_allclose(total, expected, rtol=0)


def test_from_dicts_reads_seed_style_values():
    row = {
        "id": "x",
        "layers": {"value": 2, "source": "s", "confidence": "datasheet"},
        "hidden_size": 64,
        "heads": 4,
        "kv_heads": {"value": 2},
        "ffn_size": 128,
        "vocab_size": 100,
        "attention": "GQA",
        "tied_embeddings": True,
        "total_params_b": 0.1,
    }
    a = p.ModelArch.from_dicts([row])
    assert_array_equal(a.layers, [2])
    assert_array_equal(a.kv_heads, [2])
    assert_array_equal(a.attention_kind, [p.ATTENTION_GQA])
    assert_array_equal(a.tied_embeddings, [1])
    assert_array_equal(a.moe_layer_step, [1])
    assert_array_equal(a.ffn_matrices, [3])
    assert_array_equal(a.experts, [0])
    assert_allclose(p.effective_head_dim(a), [16])


def test_from_dicts_rejects_unknown_attention_kind():
    with pytest.raises(ValueError, match="attention kind"):
        p.ModelArch.from_dicts([{"attention": "linear"}])


def test_from_arrays_rejects_unknown_field():
    with pytest.raises(TypeError, match="unknown"):
        p.ModelArch.from_arrays(layer_count=3)
