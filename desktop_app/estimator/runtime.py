"""Runtime behaviour and efficiencies as arrays (one element per runtime × hardware family cell).

``RuntimeParams`` is what the physics needs from the serving software: how much of the memory it
takes, how it batches, and how close to the hardware's peaks it runs. Values come from
:mod:`desktop_app.estimator.calibration` (runtime defaults and fitted efficiencies).
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import numpy as np

RUNTIMES = ("trt-llm", "vllm", "sglang", "llama.cpp", "hf-transformers", "mindie")
RUNTIME_CODES = {name: code for code, name in enumerate(RUNTIMES)}


@dataclass(frozen=True)
class RuntimeParams:
    """Per-configuration runtime figures (float64 arrays that broadcast).

    compute_eff         achieved / peak matrix throughput on large matrix products
    memory_eff          achieved / peak memory bandwidth streaming weights and KV
    gemm_half_tokens    tokens per matrix product at which it reaches half of ``compute_eff``
                        (small products under-fill the device: tile and wave quantisation)
    expert_eff          further factor on routed-expert matrix products (grouped GEMM, permutation,
                        load imbalance)
    dp_imbalance        busiest / mean rank load with attention data-parallel and experts sharded
    attn_eff            further factor on attention kernels (paged KV reads, split-K reductions)
    step_s              fixed time per forward step (scheduling, sampling, launch), s
    layer_s             fixed time per layer per step (kernel launches and tails), s
    seq_s               fixed time per running sequence per step (scheduling, sampling), s
    link_eff            achieved / nominal interconnect bandwidth in collectives
    collective_s        latency of one collective step, s
    frac_total          share of device memory the runtime may take
    frac_free           share of what is left after weights that goes to the KV cache
    overhead_bytes      runtime memory beyond weights, KV and activations (context, graphs,
                        communication buffers), bytes per device
    max_batch           most sequences one attention group runs at once
    chunk_tokens        prompt tokens per forward step (chunked prefill / micro-batch)
    kv_reserve          share of the output length reserved in the KV cache per sequence
                        (1: the whole request up front; 0.5: the average occupancy)
    act_tokens          tokens whose activations are live at the memory peak
    """

    compute_eff: np.ndarray
    memory_eff: np.ndarray
    gemm_half_tokens: np.ndarray
    expert_eff: np.ndarray
    attn_eff: np.ndarray
    dp_imbalance: np.ndarray
    step_s: np.ndarray
    layer_s: np.ndarray
    seq_s: np.ndarray
    link_eff: np.ndarray
    collective_s: np.ndarray
    frac_total: np.ndarray
    frac_free: np.ndarray
    overhead_bytes: np.ndarray
    max_batch: np.ndarray
    chunk_tokens: np.ndarray
    kv_reserve: np.ndarray
    act_tokens: np.ndarray

    def reshape(self, shape: tuple[int, ...]) -> RuntimeParams:
        return RuntimeParams(**{f.name: np.reshape(getattr(self, f.name), shape) for f in fields(self)})

    @classmethod
    def field_names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in fields(cls))
