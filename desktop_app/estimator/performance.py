"""Step time of a forward pass: per-operator rooflines, collectives and fixed overheads.

A forward step of one attention group processes ``b`` decode tokens (one per running sequence, at
context ``ctx_dec``) and ``n`` prompt tokens (at mean context ``ctx_pre``). Its time on one device is

``fixed + t(dense matmuls) + t(expert matmuls) + t(attention) + t(collectives)``

where each operator class is its own roofline ``max(FLOPs / (peak · eff_c · g), bytes / (bw · eff_m))``
(Williams, Waterman & Patterson 2009, "Roofline"; summing per-operator rooflines rather than taking
one roofline of the whole step, as LLM-Viewer does per layer, because decode matrix products stream
weights while attention streams the KV cache, and they do not overlap). ``g = M / (M + M½)`` is the
fill of a matrix product with ``M`` token rows
(padding to the kernel's tile: ``M½`` ≈ half a tile), and routed-expert products run at a further
``expert_eff`` (grouped GEMMs over many small experts, token permutation, and the load imbalance of
the busiest expert). With attention data-parallel and experts sharded (DEP), the step runs at the
pace of the busiest rank: ``dp_imbalance`` = max / mean load (DeepSeek's EPLB notes report 1.2-2
without rebalancing; "DeepSeek-V3 technical report", section 3.4). Attention kernels reach a further ``attn_eff`` (paged KV gathers, split-K
reductions). The fixed part is ``step_s + layer_s · layers`` per step plus ``seq_s`` per running
sequence (scheduling, sampling, block tables: work on the host that grows with the batch). Collectives are not overlapped with compute
(vLLM / SGLang / TensorRT-LLM run TP all-reduce on the critical path by default).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop_app.estimator.memory import (
    dense_weight_bytes_per_device,
    expert_shards,
    kv_bytes_per_seq_per_device,
    window_tokens,
)
from desktop_app.estimator.model import ModelArrays
from desktop_app.estimator.precision import DTYPE_CODES, body_bytes_per_param
from desktop_app.estimator.runtime import RuntimeParams

#: Bytes per activation element exchanged in collectives (bf16).
ACT_BYTES = 2.0

BOUND_NAMES = ("compute", "memory", "communication", "overhead")


def expected_distinct_experts(experts: np.ndarray, active: np.ndarray, tokens: np.ndarray) -> np.ndarray:
    """Expected number of distinct experts that ``tokens`` tokens route to in one MoE layer.

    Each token picks ``k`` of ``E`` experts; with uniform routing an expert is missed by one token
    with probability ``1 − k/E``, so ``E · (1 − (1 − k/E)^T)`` are touched (occupancy formula, as
    used for MoE decode traffic in e.g. "MoE-Lightning", arXiv:2411.11217, and Yun et al. 2024).
    0 for dense models.
    """
    e = np.maximum(experts, 1.0)
    frac = np.clip(active / e, 0.0, 1.0 - 1e-12)
    touched = e * -np.expm1(np.maximum(tokens, 0.0) * np.log1p(-frac))  # (1 - f)^T as exp(T·log(1 - f))
    return np.where(experts > 0, touched, 0.0)


def allreduce_time(msg_bytes, n, bw, latency_s) -> np.ndarray:
    """Ring all-reduce of ``msg_bytes`` over ``n`` devices, s.

    ``2·(n−1)/n · msg / bw + ⌈log2 n⌉ · latency`` (bandwidth term of the ring algorithm, Thakur,
    Rabenseifner & Gropp 2005; the latency term as tree/LL protocols use for small messages, which
    is what decode sends). ``bw`` is per device and direction. 0 for ``n = 1``.
    """
    n = np.asarray(n, dtype=np.float64)
    steps = np.ceil(np.log2(np.maximum(n, 1.0)))
    t = 2.0 * (n - 1.0) / n * msg_bytes / bw + steps * latency_s
    return np.where(n > 1, t, 0.0)


def alltoall_time(msg_bytes, n, bw, latency_s) -> np.ndarray:
    """All-to-all where each device sends ``msg_bytes`` in total, spread over ``n`` devices, s.

    ``(n−1)/n · msg / bw + latency`` (each device keeps 1/n locally; pairwise exchange over a
    switched fabric). 0 for ``n = 1``.
    """
    n = np.asarray(n, dtype=np.float64)
    t = (n - 1.0) / n * msg_bytes / bw + latency_s
    return np.where(n > 1, t, 0.0)


def p2p_time(msg_bytes, bw, latency_s) -> np.ndarray:
    """Point-to-point send between pipeline stages: ``latency + msg / bw``, s."""
    return latency_s + msg_bytes / bw


def link_bandwidth(scale_up_bw, scale_out_bw, domain, group) -> np.ndarray:
    """Per-device, per-direction bandwidth a group of ``group`` devices talks over: the scale-up
    link when the group fits in one scale-up domain, else the scale-out network (the slower of
    the two); whichever figure is known when one is missing."""
    up = np.where(np.isfinite(scale_up_bw), scale_up_bw, scale_out_bw)
    out = np.where(np.isfinite(scale_out_bw), scale_out_bw, up)
    return np.where(group <= domain, up, np.minimum(out, up))


def gemm_fill(tokens: np.ndarray, half_tokens: np.ndarray) -> np.ndarray:
    """Fill of a matrix product with ``tokens`` rows: ``M / (M + M½)`` (1 when M½ is 0)."""
    tokens = np.maximum(tokens, 1e-9)
    return tokens / (tokens + half_tokens)


@dataclass(frozen=True)
class StepTime:
    """Time of one step on one device, s, split by what bounds it (arrays)."""

    compute_s: np.ndarray
    memory_s: np.ndarray
    comm_s: np.ndarray
    fixed_s: np.ndarray
    total_s: np.ndarray

    def bound(self) -> np.ndarray:
        """Index into ``BOUND_NAMES`` of the largest component."""
        first = np.where(self.compute_s >= self.memory_s, 0, 1)
        second = np.where(self.comm_s >= self.fixed_s, 2, 3)
        return np.where(np.maximum(self.compute_s, self.memory_s) >= np.maximum(self.comm_s, self.fixed_s),
                        first, second)


def _collapse(x):
    """A constant array as a scalar, so that it does not widen the shapes it meets (speed only)."""
    x = np.asarray(x)
    if x.size > 1 and np.all(x == x.flat[0]):
        return x.flat[0]
    return x


def _all_one(n) -> bool:
    return bool(np.all(np.asarray(n) == 1))


def _op(flops, bytes_, inv_c, inv_m):
    """Roofline of one operator class: its time and the compute-bound / memory-bound split."""
    tc = flops * inv_c
    tm = bytes_ * inv_m
    t = np.maximum(tc, tm)
    compute_bound = tc >= tm
    return t, np.where(compute_bound, t, 0.0)


def step_time(m: ModelArrays, *, b, ctx_dec, n, ctx_pre, wfmt, kv_fmt, tp, pp, ep, peak, peak_attn,
              bw, scale_up_bw, scale_out_bw, domain, rt: RuntimeParams, chunks=1.0) -> StepTime:
    """One forward step of a pipeline stage on one device (see the module docstring).

    ``b`` decode tokens at context ``ctx_dec`` and ``n`` prompt tokens at mean context ``ctx_pre``
    per attention group (per micro-batch with PP); ``peak`` is the matrix peak of the weight
    format, ``peak_attn`` the bf16/fp16 peak attention runs at; ``chunks`` prompt chunks re-read
    the weights (prefill of a long prompt in ``chunk_tokens`` pieces).

    Work (FLOPs, bytes) is computed first without the hardware, then turned into time with one
    multiplication by ``1 / (peak · eff)``, so that large grids stay cheap.
    """
    tokens = b + n
    shard = tp * pp
    es = expert_shards(tp, ep)
    wbytes = body_bytes_per_param(wfmt)
    half = _collapse(rt.gemm_half_tokens)
    inv_c = 1.0 / (peak * rt.compute_eff)
    inv_m = 1.0 / (bw * rt.memory_eff)
    chunk_tokens = np.maximum(tokens / chunks, 1e-9)
    # Dense (always-active) matrix products, head for decode tokens only; small products are padded.
    dense_flops = 2.0 * (tokens * m.p_dense + b * m.p_head_compute) / shard * ((chunk_tokens + half) / chunk_tokens)
    dense_bytes = dense_weight_bytes_per_device(m, wfmt, tp, pp) * chunks
    t_dense, c_dense = _op(dense_flops, dense_bytes, inv_c, inv_m)
    total = t_dense
    compute = c_dense
    # Routed experts: tokens of all attention groups sharing one copy of the experts meet there.
    if np.any(m.experts > 0):
        expert_eff = _collapse(rt.expert_eff)
        inst_tokens = np.maximum(tokens * es / tp / chunks, 1e-9)
        touched = expected_distinct_experts(m.experts, m.experts_active, inst_tokens)
        per_expert = np.where(touched > 0, inst_tokens * m.experts_active / np.maximum(touched, 1e-9), 1.0)
        exp_flops = (2.0 * m.experts_active * m.p_expert * m.moe_layers / shard) * tokens \
            * ((per_expert + half) / per_expert)
        exp_bytes = (m.moe_layers / pp * m.p_expert * wbytes / es * chunks) * touched
        t_exp, c_exp = _op(exp_flops / expert_eff, exp_bytes / expert_eff, inv_c, inv_m)
        total = total + t_exp
        compute = compute + c_exp
    # Attention: scores and values over the (windowed) context; streams the KV cache.
    attn_eff = _collapse(rt.attn_eff)
    per_layer = m.layers / shard
    attn_flops = b * (m.attn_flops_decode * window_tokens(m, ctx_dec) * per_layer)
    kv_bytes = b * kv_bytes_per_seq_per_device(m, kv_fmt, ctx_dec, tp, pp)
    if np.any(np.asarray(n) > 0):
        attn_flops = attn_flops + n * (m.attn_flops_prefill * window_tokens(m, ctx_pre) * per_layer)
        kv_bytes = kv_bytes + n * kv_bytes_per_seq_per_device(m, kv_fmt, 1.0, tp, pp)
    t_attn, c_attn = _op(attn_flops / attn_eff, kv_bytes / attn_eff, 1.0 / (peak_attn * rt.compute_eff), inv_m)
    # Element-wise kernels (norms, residual adds, rotary, activation, MoE permutation) stream the
    # activations between the matrix products; TP ranks each hold every token's hidden state.
    t_act = activation_traffic_bytes(m, tokens, tp, pp, es) * inv_m
    total = total + t_attn + t_act
    compute = compute + c_attn
    # Collectives: two TP all-reduces per layer; EP dispatch + combine per MoE layer.
    comm = 0.0
    if not _all_one(tp):
        tp_bw = link_bandwidth(scale_up_bw, scale_out_bw, domain, tp) * rt.link_eff
        comm = 2.0 * (m.layers / pp) * allreduce_time(tokens * m.hidden * ACT_BYTES, tp, tp_bw, rt.collective_s)
    ep_group = np.where(es > tp, es, 1.0)
    if not _all_one(ep_group) and np.any(m.experts > 0):
        ep_bw = link_bandwidth(scale_up_bw, scale_out_bw, domain, ep_group) * rt.link_eff
        comm = comm + 2.0 * (m.moe_layers / pp) * alltoall_time(
            tokens / tp * m.experts_active * m.hidden * ACT_BYTES, ep_group, ep_bw, rt.collective_s)
    fixed = (rt.step_s + rt.layer_s * m.layers / pp) * chunks + rt.seq_s * b
    # Attention data-parallel with experts sharded: every MoE layer synchronises the ranks, so the
    # busiest rank (hot experts, a rank holding a prompt chunk) sets the pace.
    if not _all_one(ep_group):
        slowest = np.where(es > tp, rt.dp_imbalance, 1.0)
        total = total * slowest
        compute = compute * slowest
    memory = total - compute
    return StepTime(compute_s=compute, memory_s=memory, comm_s=comm + 0.0 * fixed, fixed_s=fixed,
                    total_s=fixed + total + comm)


#: Reads + writes of the hidden vector per layer and token in element-wise kernels: two RMSNorms
#: (read + write each), two residual adds (two reads + one write each), rotary on Q/K, the FFN
#: activation and quantisation of the FFN input: about 16 hidden-sized transfers (counted from the
#: kernel sequence of vLLM's ``LlamaDecoderLayer``).
HIDDEN_TRANSFERS_PER_LAYER = 16.0
#: Per routed copy of a token in an MoE layer: permute (read + write), un-permute and weighted
#: combine (read + write): about 4 hidden-sized transfers (vLLM ``fused_moe`` / TRT-LLM MoE).
EXPERT_TRANSFERS_PER_COPY = 4.0


def activation_traffic_bytes(m: ModelArrays, tokens, tp, pp, es) -> np.ndarray:
    """Bytes element-wise kernels move per device in one step.

    ``tokens · layers/pp · 16 · hidden · 2`` plus, in MoE layers, ``tokens · k · 4 · hidden · 2``
    spread over the ``es/tp`` expert ranks a group's tokens are dispatched to.
    """
    dense = tokens * (m.layers / pp) * HIDDEN_TRANSFERS_PER_LAYER * m.hidden * ACT_BYTES
    moe = tokens * (m.moe_layers / pp) * m.experts_active * EXPERT_TRANSFERS_PER_COPY * m.hidden * ACT_BYTES
    return dense + moe * tp / es


def attention_peak(peaks: np.ndarray) -> np.ndarray:
    """Peak attention runs at: bf16, else fp16, else fp32 (FlashAttention computes in 16-bit)."""
    bf16 = peaks[..., DTYPE_CODES["bf16"]]
    fp16 = peaks[..., DTYPE_CODES["fp16"]]
    fp32 = peaks[..., DTYPE_CODES["fp32"]]
    out = np.where(np.isfinite(fp16) & (fp16 > 0), fp16, fp32)
    return np.where(np.isfinite(bf16) & (bf16 > 0), bf16, out)


def pipeline_p2p_time(m: ModelArrays, tokens, pp, scale_up_bw, scale_out_bw, domain, rt: RuntimeParams):
    """Stage-to-stage sends on one token's path through ``pp`` stages, s."""
    bw = link_bandwidth(scale_up_bw, scale_out_bw, domain, pp) * rt.link_eff
    t = (pp - 1.0) * p2p_time(tokens * m.hidden * ACT_BYTES, bw, rt.collective_s)
    return np.where(pp > 1, t, 0.0)


def pipeline_bubble_fraction(pp, microbatches) -> np.ndarray:
    """Idle share of a synchronous pipeline: ``(pp − 1) / (m + pp − 1)`` (GPipe, Huang et al. 2019)."""
    return (pp - 1.0) / (microbatches + pp - 1.0)

