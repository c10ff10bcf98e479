"""Parameter counts of decoder-only transformer LLMs, from their architecture, over numpy arrays.

Every function takes a :class:`ModelArch` whose fields are numpy arrays that broadcast against
each other (one element per model, or any grid shape) and returns a float64 array of parameter
counts (plain numbers of parameters, not billions). Nothing loops over models.

Architecture fields (``ModelArch``; names follow ``db/seed/README.md``; 0 where a feature is absent)
------------------------------------------------------------------------------------------------
``layers``                  decoder layers of the main stack (multi-token-prediction layers apart)
``hidden_size``             model width d
``heads``, ``kv_heads``     query heads and key/value heads (GQA: kv_heads < heads, MQA: 1)
``head_dim``                per-head width; 0 means ``hidden_size / heads``
``ffn_size``                FFN width of the *dense* layers
``vocab_size``              vocabulary size V
``attention_kind``          integer code: ``ATTENTION_MHA``, ``ATTENTION_GQA``, ``ATTENTION_MQA``,
                            ``ATTENTION_MLA`` (text names in ``ATTENTION_KINDS``)
``q_lora_rank``             MLA query compression rank (0: queries are not compressed)
``kv_lora_rank``            MLA key/value latent rank
``qk_rope_head_dim``        MLA decoupled RoPE part of each query/key head
``qk_nope_head_dim``        MLA non-RoPE part of each query/key head
``v_head_dim``              MLA value head width
``experts``                 routed experts per MoE layer (0: dense model)
``experts_active``          routed experts chosen per token
``shared_experts``          always-on shared experts per MoE layer
``expert_ffn_size``         FFN width of one routed expert
``shared_expert_ffn_size``  FFN width of one shared expert; 0 means ``expert_ffn_size``
``dense_layers``            leading dense layers before the MoE ones (``first_k_dense_replace``)
``moe_layer_step``          1: every later layer is MoE; 2: every other one (Llama 4 Maverick)
``sliding_window``          attention window in tokens (chunked attention counts too); 0: none
``sliding_window_layers``   how many layers use that window
``max_context``             longest supported context in tokens
``tied_embeddings``         1 when the output head shares the input embedding matrix
``qkv_bias``                1 when the Q, K and V projections carry a bias (Qwen2.5, GLM-4.5)
``ffn_matrices``            matrices per FFN / expert: 3 for gated FFNs (SwiGLU, GeGLU; every model
                            in the shipped catalog), 2 for a plain up/down MLP (GPT-2, OPT, Falcon)

Build one with ``ModelArch.from_dicts(rows)`` from plain dicts (seed-file rows: bare numbers or
``{"value": ...}`` tables; attention kind as text; booleans for the flags; absent keys → 0, except
``ffn_matrices`` → 3 and ``moe_layer_step`` → 1), or ``ModelArch.from_arrays(**arrays)``. MLA models
ignore ``heads``-based GQA widths (``kv_heads``, ``head_dim``) and use the MLA fields instead.
``sliding_window``, ``sliding_window_layers`` and ``max_context`` are carried for the KV-cache and
attention estimates; they do not change parameter counts.

Counts
------
Per layer: :func:`attention_params` (by kind, MLA included), :func:`dense_ffn_params`,
:func:`expert_params` (one routed expert), :func:`shared_expert_params` (all shared experts of a
layer), :func:`router_params`, :func:`layer_norm_params`. Layer counts: :func:`moe_layer_count`,
:func:`dense_layer_count`. Whole model: :func:`embedding_params`, :func:`head_params`,
:func:`total_params`, :func:`active_params`, :func:`routed_expert_params_total`, and
:func:`param_breakdown` which returns all of them at once as a :class:`ParamBreakdown`.

Conventions
-----------
Layer norms (RMSNorm weights) are included; they are < 0.01 % of any model here. Attention output
biases, attention sinks (gpt-oss), expert biases (gpt-oss), router biases, per-head Q/K norms
(Qwen3, GLM-4.5) and DeepSeek's routing correction bias are not modelled: together they stay below
0.1 % of the total. Multi-token-prediction layers and vision encoders are not counted.
Publishers differ in what they call "active": most include embedding and head (Mixtral, Llama 4,
DeepSeek-V3, Qwen3), gpt-oss counts the head but not the input embedding, GLM-4.5 counts neither;
:func:`active_params` takes flags for both.

Sources for the formulas: the Hugging Face ``transformers`` modelling code of each family
(``LlamaAttention``, ``LlamaMLP``, ``MixtralSparseMoeBlock``, ``DeepseekV3Attention`` /
``DeepseekV3MoE``, ``Llama4TextMoe``, ``GptOssExperts``) and the DeepSeek-V2 paper
(arXiv:2405.04434, section 2.1) for MLA.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from typing import Any

import numpy as np

ATTENTION_MHA = 0
ATTENTION_GQA = 1
ATTENTION_MQA = 2
ATTENTION_MLA = 3
ATTENTION_KINDS: dict[str, int] = {
    "mha": ATTENTION_MHA,
    "gqa": ATTENTION_GQA,
    "mqa": ATTENTION_MQA,
    "mla": ATTENTION_MLA,
}

#: Matrices in a gated FFN (gate, up, down), the default of ``ffn_matrices``.
GATED_FFN_MATRICES = 3

#: Fields whose default is not 0: a gated FFN, and MoE in every layer after the dense ones.
_DEFAULTS = {"ffn_matrices": GATED_FFN_MATRICES, "moe_layer_step": 1}


@dataclass(frozen=True)
class ModelArch:
    """Architecture of one or many models, one numpy array per field (see the module docstring)."""

    layers: np.ndarray
    hidden_size: np.ndarray
    heads: np.ndarray
    kv_heads: np.ndarray
    head_dim: np.ndarray
    ffn_size: np.ndarray
    vocab_size: np.ndarray
    attention_kind: np.ndarray
    q_lora_rank: np.ndarray
    kv_lora_rank: np.ndarray
    qk_rope_head_dim: np.ndarray
    qk_nope_head_dim: np.ndarray
    v_head_dim: np.ndarray
    experts: np.ndarray
    experts_active: np.ndarray
    shared_experts: np.ndarray
    expert_ffn_size: np.ndarray
    shared_expert_ffn_size: np.ndarray
    dense_layers: np.ndarray
    moe_layer_step: np.ndarray
    sliding_window: np.ndarray
    sliding_window_layers: np.ndarray
    max_context: np.ndarray
    tied_embeddings: np.ndarray
    qkv_bias: np.ndarray
    ffn_matrices: np.ndarray

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))

    @classmethod
    def from_arrays(cls, **arrays: Any) -> ModelArch:
        """Build from keyword arrays; missing fields default to 0 (see ``_DEFAULTS``).

        Arrays are broadcast to one common shape so that every field has the same shape.
        """
        names = cls.field_names()
        unknown = set(arrays) - set(names)
        if unknown:
            raise TypeError(f"unknown architecture fields: {sorted(unknown)}")
        values = [np.asarray(arrays.get(n, _DEFAULTS.get(n, 0)), dtype=np.float64) for n in names]
        values = np.broadcast_arrays(*values)
        return cls(**{n: np.array(v) for n, v in zip(names, values, strict=True)})

    @classmethod
    def from_dicts(cls, rows: Iterable[Mapping[str, Any]]) -> ModelArch:
        """Build a 1-D ``ModelArch`` (one element per row) from plain dicts.

        A value may be a bare number, a ``{"value": x, ...}`` table as in the seed files, a bool
        (flags) or, for ``attention`` / ``attention_kind``, a name from ``ATTENTION_KINDS``. Absent
        or ``None`` values become 0, except ``moe_layer_step`` (1) and ``ffn_matrices`` (3).
        Keys that are not architecture fields (``id``, ``total_params_b``, ...) are ignored.
        """
        rows = list(rows)
        names = cls.field_names()
        columns: dict[str, list[float]] = {n: [] for n in names}
        for row in rows:
            for name in names:
                raw = row.get(name)
                if name == "attention_kind" and raw is None:
                    raw = row.get("attention")
                columns[name].append(_plain_number(name, raw))
        arrays = {n: np.asarray(v, dtype=np.float64) for n, v in columns.items()}
        return cls(**arrays)


def _plain_number(name: str, raw: Any) -> float:
    if isinstance(raw, Mapping):
        raw = raw.get("value")
    if raw is None:
        return float(_DEFAULTS.get(name, 0))
    if name == "attention_kind" and isinstance(raw, str):
        try:
            return float(ATTENTION_KINDS[raw.lower()])
        except KeyError:
            raise ValueError(f"unknown attention kind {raw!r}") from None
    if isinstance(raw, bool):
        return 1.0 if raw else 0.0
    return float(raw)


# --- helpers -------------------------------------------------------------------------------------


def effective_head_dim(arch: ModelArch) -> np.ndarray:
    """Per-head width: ``head_dim`` where given, else ``hidden_size / heads`` (HF convention)."""
    shape = np.broadcast_shapes(np.shape(arch.hidden_size), np.shape(arch.heads))
    fallback = np.divide(arch.hidden_size, arch.heads, out=np.zeros(shape), where=arch.heads > 0)
    return np.where(arch.head_dim > 0, arch.head_dim, fallback)


def _is_mla(arch: ModelArch) -> np.ndarray:
    return arch.attention_kind == ATTENTION_MLA


# --- attention -----------------------------------------------------------------------------------


def gqa_attention_params(arch: ModelArch) -> np.ndarray:
    """Parameters of one MHA / GQA / MQA attention block (projections only, no norms).

    ``d·h·dh`` (Q) + ``2·d·kv·dh`` (K, V) + ``h·dh·d`` (O) + ``qkv_bias·(h + 2·kv)·dh``.
    MHA, GQA and MQA differ only in ``kv_heads`` (= heads, fewer, 1). Source: transformers
    ``LlamaAttention`` / ``Qwen2Attention`` (Q/K/V/O ``nn.Linear``; Qwen2 adds Q/K/V biases).
    """
    d, h, kv = arch.hidden_size, arch.heads, arch.kv_heads
    dh = effective_head_dim(arch)
    return 2.0 * d * h * dh + 2.0 * d * kv * dh + arch.qkv_bias * (h + 2.0 * kv) * dh


def mla_attention_params(arch: ModelArch) -> np.ndarray:
    """Parameters of one multi-head latent attention (MLA) block, latent norms included.

    With ``dq = qk_nope_head_dim + qk_rope_head_dim``:

    * queries: ``d·q_lora + q_lora + q_lora·h·dq`` (down-projection, its RMSNorm, up-projection),
      or ``d·h·dq`` when ``q_lora_rank`` is 0 (DeepSeek-V2-Lite);
    * keys/values: ``d·(kv_lora + rope)`` (joint down-projection plus the shared RoPE key),
      ``kv_lora`` (its RMSNorm), ``kv_lora·h·(nope + v_head_dim)`` (up-projection to K and V);
    * output: ``h·v_head_dim·d``.

    Source: DeepSeek-V2 paper (arXiv:2405.04434) eqs. 9-19 and transformers ``DeepseekV3Attention``
    (``q_a_proj``, ``q_a_layernorm``, ``q_b_proj``, ``kv_a_proj_with_mqa``, ``kv_a_layernorm``,
    ``kv_b_proj``, ``o_proj``).
    """
    d, h = arch.hidden_size, arch.heads
    ql, kvl = arch.q_lora_rank, arch.kv_lora_rank
    rope, nope, dv = arch.qk_rope_head_dim, arch.qk_nope_head_dim, arch.v_head_dim
    dq = nope + rope
    q = np.where(ql > 0, d * ql + ql + ql * h * dq, d * h * dq)
    kv = d * (kvl + rope) + kvl + kvl * h * (nope + dv)
    o = h * dv * d
    return q + kv + o


def attention_params(arch: ModelArch) -> np.ndarray:
    """Attention parameters of one layer, by kind: MLA where ``attention_kind`` is MLA, else GQA."""
    return np.where(_is_mla(arch), mla_attention_params(arch), gqa_attention_params(arch))


# --- feed-forward and experts --------------------------------------------------------------------


def dense_ffn_params(arch: ModelArch) -> np.ndarray:
    """Parameters of one dense FFN: ``ffn_matrices · d · ffn_size``.

    A gated FFN (SwiGLU: gate, up, down) has 3 matrices of ``d × ffn``; a plain MLP has 2.
    Source: transformers ``LlamaMLP``; Shazeer, "GLU Variants Improve Transformer" (2020).
    """
    return arch.ffn_matrices * arch.hidden_size * arch.ffn_size


def expert_params(arch: ModelArch) -> np.ndarray:
    """Parameters of one routed expert: ``ffn_matrices · d · expert_ffn_size``.

    Each expert is a small gated FFN (transformers ``MixtralBlockSparseTop2MLP``,
    ``DeepseekV3MLP``, ``GptOssExperts`` whose fused ``gate_up_proj`` is two matrices).
    """
    return arch.ffn_matrices * arch.hidden_size * arch.expert_ffn_size


def shared_expert_params(arch: ModelArch) -> np.ndarray:
    """Parameters of all shared experts of one MoE layer.

    ``shared_experts · ffn_matrices · d · w`` with ``w = shared_expert_ffn_size`` where given, else
    ``expert_ffn_size`` (DeepSeek-V3 builds its shared expert as ``moe_intermediate_size ·
    n_shared_experts`` wide, which is the same count; Llama 4's shared expert is
    ``intermediate_size`` wide).
    """
    width = np.where(
        arch.shared_expert_ffn_size > 0, arch.shared_expert_ffn_size, arch.expert_ffn_size
    )
    return arch.shared_experts * arch.ffn_matrices * arch.hidden_size * width


def router_params(arch: ModelArch) -> np.ndarray:
    """Parameters of one MoE router (gate): ``d · experts`` (a linear layer to expert logits)."""
    return arch.hidden_size * arch.experts


def moe_layer_count(arch: ModelArch) -> np.ndarray:
    """MoE layers: ``floor((layers - dense_layers) / moe_layer_step)`` when the model has experts.

    After the ``dense_layers`` leading dense layers, every ``moe_layer_step``-th layer is MoE
    (transformers ``Llama4TextConfig``: ``moe_layers = range(step - 1, layers, step)``; DeepSeek:
    ``layer_idx >= first_k_dense_replace and layer_idx % moe_layer_freq == 0``, same count).
    """
    step = np.maximum(arch.moe_layer_step, 1.0)
    count = np.floor(np.maximum(arch.layers - arch.dense_layers, 0.0) / step)
    return np.where(arch.experts > 0, count, 0.0)


def dense_layer_count(arch: ModelArch) -> np.ndarray:
    """Layers with a dense FFN: all layers that are not MoE layers."""
    return arch.layers - moe_layer_count(arch)


def routed_expert_params_total(arch: ModelArch) -> np.ndarray:
    """All routed-expert parameters of the model: ``moe_layers · experts · expert_params``."""
    return moe_layer_count(arch) * arch.experts * expert_params(arch)


# --- embeddings and norms ------------------------------------------------------------------------


def embedding_params(arch: ModelArch) -> np.ndarray:
    """Input embedding matrix: ``vocab_size · d``."""
    return arch.vocab_size * arch.hidden_size


def head_params(arch: ModelArch) -> np.ndarray:
    """Output head (LM head): ``vocab_size · d`` unless tied to the input embedding, then 0."""
    return np.where(arch.tied_embeddings > 0, 0.0, arch.vocab_size * arch.hidden_size)


def layer_norm_params(arch: ModelArch) -> np.ndarray:
    """RMSNorm weights of one layer: ``2 · d`` (before attention and before the FFN).

    MLA's latent norms are counted in :func:`mla_attention_params`; the final norm (``d``) in
    :func:`total_params`. Per-head Q/K norms (Qwen3, GLM-4.5) are not modelled (``2·head_dim``).
    """
    return 2.0 * arch.hidden_size


# --- whole model ---------------------------------------------------------------------------------


def total_params(arch: ModelArch) -> np.ndarray:
    """All parameters of the model (main stack, embeddings, head, norms).

    ``layers·(attention + norms) + dense_layer_count·dense_ffn
    + moe_layers·(experts·expert + shared + router) + embedding + head + d``.
    """
    per_layer = attention_params(arch) + layer_norm_params(arch)
    moe_layer = (
        arch.experts * expert_params(arch) + shared_expert_params(arch) + router_params(arch)
    )
    return (
        arch.layers * per_layer
        + dense_layer_count(arch) * dense_ffn_params(arch)
        + moe_layer_count(arch) * moe_layer
        + embedding_params(arch)
        + head_params(arch)
        + arch.hidden_size
    )


def active_params(
    arch: ModelArch, *, include_embedding: bool = True, include_head: bool = True
) -> np.ndarray:
    """Parameters used for one token: as :func:`total_params` but only ``experts_active`` experts.

    Dense models: equal to the total. ``include_embedding=False`` drops the input embedding (a
    lookup, no matrix product: gpt-oss's convention), ``include_head=False`` drops the output head
    (GLM-4.5's convention with both False). For tied models the shared matrix counts once, as the
    embedding; with ``include_embedding=False`` it is still counted as the head if
    ``include_head`` is True, because the head multiplies by it.

    FLOPs of a forward pass per token ≈ 2 · active_params(include_embedding=False) plus attention
    over the context.
    """
    per_layer = attention_params(arch) + layer_norm_params(arch)
    moe_layer = (
        np.minimum(arch.experts_active, arch.experts) * expert_params(arch)
        + shared_expert_params(arch)
        + router_params(arch)
    )
    body = (
        arch.layers * per_layer
        + dense_layer_count(arch) * dense_ffn_params(arch)
        + moe_layer_count(arch) * moe_layer
        + arch.hidden_size
    )
    emb = embedding_params(arch)
    tied = arch.tied_embeddings > 0
    embedding_part = emb if include_embedding else np.zeros_like(emb)
    head_part = head_params(arch) if include_head else np.zeros_like(emb)
    if include_head and not include_embedding:
        head_part = np.where(tied, emb, head_part)
    return body + embedding_part + head_part


@dataclass(frozen=True)
class ParamBreakdown:
    """Parameter counts split the way memory and FLOP estimates need them (all float64 arrays).

    Per layer: ``attention_per_layer``, ``norms_per_layer``, ``dense_ffn_per_layer``,
    ``expert_each`` (one routed expert), ``shared_experts_per_layer``, ``router_per_layer``.
    Layer counts: ``dense_ffn_layers``, ``moe_layers``. Whole model: ``embedding``, ``head``,
    ``routed_experts`` (all routed experts), ``total``, ``active`` (embedding and head included).
    """

    attention_per_layer: np.ndarray
    norms_per_layer: np.ndarray
    dense_ffn_per_layer: np.ndarray
    expert_each: np.ndarray
    shared_experts_per_layer: np.ndarray
    router_per_layer: np.ndarray
    dense_ffn_layers: np.ndarray
    moe_layers: np.ndarray
    embedding: np.ndarray
    head: np.ndarray
    routed_experts: np.ndarray
    total: np.ndarray
    active: np.ndarray


def param_breakdown(arch: ModelArch) -> ParamBreakdown:
    """All split counts of :class:`ParamBreakdown` for ``arch`` in one call."""
    return ParamBreakdown(
        attention_per_layer=attention_params(arch),
        norms_per_layer=layer_norm_params(arch) * np.ones_like(arch.layers),
        dense_ffn_per_layer=dense_ffn_params(arch),
        expert_each=expert_params(arch),
        shared_experts_per_layer=shared_expert_params(arch),
        router_per_layer=router_params(arch),
        dense_ffn_layers=dense_layer_count(arch),
        moe_layers=moe_layer_count(arch),
        embedding=embedding_params(arch),
        head=head_params(arch),
        routed_experts=routed_expert_params_total(arch),
        total=total_params(arch),
        active=active_params(arch),
    )
