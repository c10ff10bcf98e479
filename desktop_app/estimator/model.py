"""Model architecture reduced to what memory and performance need, as arrays.

Parameter counts come from :mod:`desktop_app.estimator.params`; this module groups them by how they
are stored and sharded: attention and dense (always-active) weights, routed experts, embeddings and
head, and the per-token KV-cache and attention-FLOP coefficients.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import numpy as np

from desktop_app.estimator import params as P


@dataclass(frozen=True)
class ModelArrays:
    """Per-model quantities (float64 arrays broadcasting against each other).

    layers, hidden, vocab, heads, kv_heads, head_dim    architecture
    is_mla                       1 for multi-head latent attention
    kv_elems_per_layer           cached elements per token and layer (2·kv_heads·head_dim, or
                                 kv_lora_rank + qk_rope_head_dim for MLA)
    kv_shardable                 1 when the cache splits over tensor-parallel ranks (heads), 0 for MLA
    attn_flops_decode            attention FLOPs per token, layer and context token (decode)
    attn_flops_prefill           same for prefill (MLA without weight absorption)
    window, window_layers        sliding window in tokens (0: none) and the layers using it
    experts, experts_active, moe_layers
    p_dense                      always-active body parameters (attention, dense FFNs, shared
                                 experts, routers, norms)
    p_expert                     one routed expert
    p_embed, p_head              input embedding, stored output head (0 when tied)
    p_head_compute               head parameters multiplied per output token (vocab·hidden)
    ffn_act_width                widest FFN activation per token (for activation memory)
    total_params, active_params  as published conventions (embedding and head included)
    max_context                  longest supported context
    """

    layers: np.ndarray
    hidden: np.ndarray
    vocab: np.ndarray
    heads: np.ndarray
    kv_heads: np.ndarray
    head_dim: np.ndarray
    is_mla: np.ndarray
    kv_elems_per_layer: np.ndarray
    kv_shardable: np.ndarray
    attn_flops_decode: np.ndarray
    attn_flops_prefill: np.ndarray
    window: np.ndarray
    window_layers: np.ndarray
    experts: np.ndarray
    experts_active: np.ndarray
    moe_layers: np.ndarray
    p_dense: np.ndarray
    p_expert: np.ndarray
    p_embed: np.ndarray
    p_head: np.ndarray
    p_head_compute: np.ndarray
    ffn_act_width: np.ndarray
    total_params: np.ndarray
    active_params: np.ndarray
    max_context: np.ndarray

    def reshape(self, shape: tuple[int, ...]) -> ModelArrays:
        return ModelArrays(**{f.name: np.reshape(getattr(self, f.name), shape) for f in fields(self)})

    def take(self, index: np.ndarray) -> ModelArrays:
        return ModelArrays(**{f.name: np.asarray(getattr(self, f.name))[index] for f in fields(self)})


def kv_elements_per_token_layer(arch: P.ModelArch) -> np.ndarray:
    """Cached elements per token and layer.

    MHA / GQA / MQA: ``2 · kv_heads · head_dim`` (one K and one V vector per KV head; MQA has one
    head). MLA: ``kv_lora_rank + qk_rope_head_dim`` (the compressed latent plus the shared RoPE
    key; DeepSeek-V2 paper, arXiv:2405.04434, section 2.1.2 and table 1: (d_c + d_h^R)·l).
    """
    dh = P.effective_head_dim(arch)
    mla = arch.attention_kind == P.ATTENTION_MLA
    return np.where(mla, arch.kv_lora_rank + arch.qk_rope_head_dim, 2.0 * arch.kv_heads * dh)


def attention_flops_coefficients(arch: P.ModelArch) -> tuple[np.ndarray, np.ndarray]:
    """Attention score and value FLOPs per query token, per layer, per context token.

    Standard attention: ``2·h·dh`` for Q·Kᵀ plus ``2·h·dh`` for P·V → ``4·h·dh`` (Kaplan et al. 2020,
    "Scaling laws", table 1: 2·n_ctx·d_attn per layer for the forward pass, doubled for scores and
    values). MLA decode with absorbed up-projections attends in the latent space:
    ``2·h·(kv_lora + rope) + 2·h·kv_lora``; MLA prefill runs the expanded heads:
    ``2·h·(nope + rope) + 2·h·v_head_dim`` (DeepSeek-V2 paper, appendix C).
    """
    dh = P.effective_head_dim(arch)
    h = arch.heads
    mla = arch.attention_kind == P.ATTENTION_MLA
    std = 4.0 * h * dh
    mla_dec = 2.0 * h * (arch.kv_lora_rank + arch.qk_rope_head_dim) + 2.0 * h * arch.kv_lora_rank
    mla_pre = 2.0 * h * (arch.qk_nope_head_dim + arch.qk_rope_head_dim) + 2.0 * h * arch.v_head_dim
    return np.where(mla, mla_dec, std), np.where(mla, mla_pre, std)


def model_arrays(arch: P.ModelArch) -> ModelArrays:
    """Group the parameter counts of ``arch`` for sharding and memory traffic."""
    b = P.param_breakdown(arch)
    p_dense = (
        arch.layers * (b.attention_per_layer + b.norms_per_layer)
        + b.dense_ffn_layers * b.dense_ffn_per_layer
        + b.moe_layers * (b.shared_experts_per_layer + b.router_per_layer)
        + arch.hidden_size
    )
    dec, pre = attention_flops_coefficients(arch)
    mla = (arch.attention_kind == P.ATTENTION_MLA).astype(np.float64)
    shared_width = np.where(arch.shared_expert_ffn_size > 0, arch.shared_expert_ffn_size, arch.expert_ffn_size)
    moe_width = np.minimum(arch.experts_active, arch.experts) * arch.expert_ffn_size + arch.shared_experts * shared_width
    return ModelArrays(
        layers=arch.layers,
        hidden=arch.hidden_size,
        vocab=arch.vocab_size,
        heads=arch.heads,
        kv_heads=arch.kv_heads,
        head_dim=P.effective_head_dim(arch),
        is_mla=mla,
        kv_elems_per_layer=kv_elements_per_token_layer(arch),
        kv_shardable=1.0 - mla,
        attn_flops_decode=dec,
        attn_flops_prefill=pre,
        window=arch.sliding_window,
        window_layers=np.where(arch.sliding_window > 0, np.minimum(arch.sliding_window_layers, arch.layers), 0.0),
        experts=arch.experts,
        experts_active=np.minimum(arch.experts_active, arch.experts),
        moe_layers=b.moe_layers,
        p_dense=p_dense,
        p_expert=b.expert_each,
        p_embed=b.embedding,
        p_head=b.head,
        p_head_compute=arch.vocab_size * arch.hidden_size,
        ffn_act_width=np.maximum(arch.ffn_size, moe_width),
        total_params=b.total,
        active_params=b.active,
        max_context=arch.max_context,
    )
