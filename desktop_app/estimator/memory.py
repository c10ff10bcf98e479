"""Memory per device: weights, KV cache, activations and runtime overhead, sharded by TP/PP/EP.

Layout conventions (``shared/validation/README.md``): ``devices`` in total; ``tp``, ``pp``, ``ep``;
attention groups (data-parallel replicas of the attention) ``dp = devices / (tp · pp)``; routed
experts are split ``es = max(ep, tp)`` ways (tensor-sliced when ``ep ≤ tp``, whole experts per
device with ``ep > tp``, as DeepSeek-style "DEP" deployments run attention data-parallel with
experts sharded). ``batch`` everywhere is concurrent sequences of the whole deployment; each
attention group serves ``batch / dp`` of them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop_app.estimator.model import ModelArrays
from desktop_app.estimator.precision import (
    body_bytes_per_param,
    embed_bytes_per_param,
    head_bytes_per_param,
    kv_bytes_per_element,
)

GIB = 2.0**30


def expert_shards(tp: np.ndarray, ep: np.ndarray) -> np.ndarray:
    """Ways the routed experts are split: ``max(ep, tp)``."""
    return np.maximum(ep, tp)


def dense_weight_bytes_per_device(m: ModelArrays, fmt: np.ndarray, tp: np.ndarray, pp: np.ndarray) -> np.ndarray:
    """Always-active weights held by one device, bytes.

    Body ``p_dense · bytes(fmt) / (tp · pp)`` plus embedding and head split over TP ranks
    (vocab-parallel, Megatron-LM, Shoeybi et al. 2019, section 3); with ``pp > 1`` the embedding
    sits on the first stage and the head on the last, so a device holds the larger of the two.
    """
    body = m.p_dense * body_bytes_per_param(fmt) / (tp * pp)
    emb = m.p_embed * embed_bytes_per_param(fmt)
    head = m.p_head * head_bytes_per_param(fmt)
    ends = np.where(pp > 1, np.maximum(emb, head), emb + head) / tp
    return body + ends


def expert_weight_bytes_per_device(m: ModelArrays, fmt: np.ndarray, tp: np.ndarray, pp: np.ndarray,
                                   ep: np.ndarray) -> np.ndarray:
    """Routed-expert weights held by one device: ``moe_layers · experts · p_expert · bytes / (es · pp)``."""
    return m.moe_layers * m.experts * m.p_expert * body_bytes_per_param(fmt) / (expert_shards(tp, ep) * pp)


def weight_bytes_per_device(m, fmt, tp, pp, ep) -> np.ndarray:
    """All weights on one device, bytes (dense part plus its share of the experts)."""
    return dense_weight_bytes_per_device(m, fmt, tp, pp) + expert_weight_bytes_per_device(m, fmt, tp, pp, ep)


def kv_bytes_per_token(m: ModelArrays, kv_fmt: np.ndarray) -> np.ndarray:
    """KV-cache bytes per token of one sequence for the whole model (no sharding, no window).

    ``layers · kv_elems_per_layer · bytes(kv_fmt)``. Llama-3.1-70B in bf16: 80 · 2 · 8 · 128 · 2
    = 327,680 B; DeepSeek-V3 MLA in bf16: 61 · (512 + 64) · 2 = 70,272 B.
    """
    return m.layers * m.kv_elems_per_layer * kv_bytes_per_element(kv_fmt)


def window_tokens(m: ModelArrays, context: np.ndarray) -> np.ndarray:
    """Cached tokens per layer, averaged over layers: sliding-window layers keep at most the window.

    ``((layers − w_layers) · c + w_layers · min(c, window)) / layers`` (Mistral 7B paper,
    arXiv:2310.06825, rolling buffer cache; Gemma 2/3 and gpt-oss interleave window layers).
    """
    capped = np.where(m.window > 0, np.minimum(context, m.window), context)
    return ((m.layers - m.window_layers) * context + m.window_layers * capped) / m.layers


def kv_shard_fraction(m: ModelArrays, tp: np.ndarray) -> np.ndarray:
    """Share of each layer's cache one TP rank holds.

    KV heads split over TP ranks; with more ranks than KV heads each rank keeps one head
    (vLLM replicates KV heads), so ``max(1/tp, 1/kv_heads)``. MLA's latent is not split by head:
    every rank holds all of it (vLLM ``MLACommonImpl``), fraction 1.
    """
    per_head = np.maximum(1.0 / tp, 1.0 / np.maximum(m.kv_heads, 1.0))
    return np.where(m.kv_shardable > 0, per_head, 1.0)


def kv_bytes_per_seq_per_device(m, kv_fmt, context, tp, pp) -> np.ndarray:
    """KV bytes one sequence of ``context`` tokens occupies on one device of its attention group."""
    per_layer = m.kv_elems_per_layer * kv_bytes_per_element(kv_fmt) * kv_shard_fraction(m, tp)
    return per_layer * (m.layers / pp) * window_tokens(m, context)


def activation_bytes_per_device(m: ModelArrays, tokens: np.ndarray, seqs: np.ndarray, tp: np.ndarray) -> np.ndarray:
    """Peak activation / workspace memory of one forward pass of ``tokens`` tokens, bytes.

    Live tensors of one layer in 16-bit: residual, normed input, attention output and QKV
    (≈ 4·hidden) plus the gated FFN's two intermediate tensors (2·ffn/tp), per token; and fp32
    logits for the sequences being sampled (``seqs · vocab · 4 / tp``). Layers run one after the
    other and free their temporaries, so one layer's worth is the peak (Korthikanti et al. 2022,
    "Reducing activation recomputation", section 4.1, without the training-only terms).
    """
    per_token = 2.0 * (4.0 * m.hidden + 2.0 * m.ffn_act_width / tp)
    return tokens * per_token + seqs * m.vocab * 4.0 / tp


@dataclass(frozen=True)
class MemoryBreakdown:
    """Bytes per device (arrays that broadcast to the result's shape; figures that do not depend on
    the batch keep their smaller shape). ``capacity`` is the device's memory; ``usable`` what the runtime
    may use (memory-fraction setting); ``kv_budget`` what is left for the KV cache."""

    weights: np.ndarray
    kv_cache: np.ndarray
    activations: np.ndarray
    overhead: np.ndarray
    total: np.ndarray
    capacity: np.ndarray
    usable: np.ndarray
    kv_budget: np.ndarray
    headroom: np.ndarray
    fits: np.ndarray


def kv_budget_per_device(capacity, weights, activations, overhead, frac_total, frac_free) -> np.ndarray:
    """Bytes left for the KV cache.

    ``(capacity · frac_total − weights − activations − overhead) · frac_free``: vLLM and SGLang cap
    the whole process at a fraction of the device (``gpu_memory_utilization`` 0.9,
    ``mem_fraction_static``); TensorRT-LLM gives the KV cache a fraction of what is free after the
    model loads (``kv_cache_free_gpu_mem_fraction`` 0.9).
    """
    return (capacity * frac_total - weights - activations - overhead) * frac_free


def memory_breakdown(m, wfmt, kv_fmt, tp, pp, ep, seqs_per_group, kv_context, chunk_tokens,
                     capacity, overhead, frac_total, frac_free) -> MemoryBreakdown:
    """Memory per device for ``seqs_per_group`` sequences holding ``kv_context`` tokens each."""
    weights = weight_bytes_per_device(m, wfmt, tp, pp, ep)
    kv = seqs_per_group * kv_bytes_per_seq_per_device(m, kv_fmt, kv_context, tp, pp)
    act = activation_bytes_per_device(m, chunk_tokens, np.maximum(seqs_per_group, 1.0), tp)
    total = weights + kv + act + overhead
    budget = kv_budget_per_device(capacity, weights, act, overhead, frac_total, frac_free)
    usable = capacity * frac_total
    headroom = budget - kv
    return MemoryBreakdown(weights=weights, kv_cache=kv, activations=act, overhead=np.asarray(overhead),
                           total=total, capacity=np.asarray(capacity), usable=usable,
                           kv_budget=budget, headroom=headroom,
                           fits=np.isfinite(headroom) & (headroom >= 0))


def max_seqs_per_group(budget: np.ndarray, kv_per_seq: np.ndarray) -> np.ndarray:
    """Largest whole number of sequences whose KV fits the budget (0 when nothing fits)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        n = np.floor(np.where(kv_per_seq > 0, budget / kv_per_seq, np.inf))
    return np.where(np.isfinite(budget) & (budget > 0), np.maximum(n, 0.0), 0.0)


def max_context_tokens(m, kv_fmt, tp, pp, budget, seqs_per_group) -> np.ndarray:
    """Longest context per sequence that ``seqs_per_group`` sequences can hold, tokens.

    Inverts ``kv(c) = seqs · (a·c + w·min(c, window))`` with ``a`` the full-attention and ``w`` the
    window layers' bytes per token; capped at the model's ``max_context`` when that is known.
    """
    per_layer = m.kv_elems_per_layer * kv_bytes_per_element(kv_fmt) * kv_shard_fraction(m, tp) / pp
    a = per_layer * (m.layers - m.window_layers)
    w = per_layer * m.window_layers
    budget = np.maximum(budget, 0.0)
    seqs = np.maximum(seqs_per_group, 1e-9)
    with np.errstate(divide="ignore", invalid="ignore"):
        ctx = (budget / (a + w)) / seqs  # (the parts without the batch stay small)
        if np.any(m.window > 0):
            above = np.where(a > 0, budget / a, np.inf) / seqs - np.where(a > 0, w * m.window / a, 0.0)
            ctx = np.where((m.window > 0) & (ctx > m.window), above, ctx)
    limit = np.where(m.max_context > 0, m.max_context, 1e12)
    ctx = np.where(ctx > 0, np.minimum(ctx, limit), 0.0)  # NaN (unknown budget) → 0
    return np.floor(ctx)
