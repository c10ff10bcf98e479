"""Runtime settings and calibrated efficiencies, as data; each fitted figure names its rows.

Three kinds of numbers live here:

* ``RUNTIME_SETTINGS`` — documented defaults of each serving runtime (memory fraction, batch cap,
  prefill chunk, KV reservation policy, fixed memory overhead). Not fitted.
* ``INTERCONNECT`` — per hardware family, the achieved share of nominal link bandwidth in
  collectives and the latency of one collective step. Set from published collective benchmarks,
  not fitted (the calibration file has too few multi-device rows per family to fit them).
* ``FITTED`` — per-runtime compute and bandwidth efficiencies, fixed per-step / per-layer /
  per-sequence overheads and MoE kernel efficiency; per-family multipliers of compute, bandwidth
  and collective time (``link`` > 1: slower collectives than the ``INTERCONNECT`` prior), and the matrix-product fill constant, fitted by
  :func:`desktop_app.estimator.fit.fit` on ``shared/validation/calibration.csv`` (regenerate with
  ``python benchmarks/fit_calibration.py``). Each entry lists the calibration row ids that informed
  it; entries without rows keep their prior. ``SPREAD`` is the scatter (log-space standard
  deviation) of the fitted model's residuals per runtime, which widens the uncertainty band.
"""

from __future__ import annotations

import numpy as np

from desktop_app.estimator.hardware import FAMILIES
from desktop_app.estimator.runtime import RUNTIMES, RuntimeParams

GIB = 2.0**30

#: Documented runtime defaults (sources in the comments). Not fitted.
RUNTIME_SETTINGS: dict[str, dict[str, float]] = {
    # TensorRT-LLM: kv_cache_free_gpu_mem_fraction 0.9 of memory free after loading; trtllm-bench
    # max_batch_size up to 2048 and max_num_tokens 8192; GUARANTEED_NO_EVICT scheduling reserves a
    # request's whole output up front (TensorRT-LLM docs, "Useful build-time flags", "Scheduler").
    "trt-llm": dict(frac_total=1.0, frac_free=0.9, overhead_gib=1.5, max_batch=2048, chunk_tokens=8192, kv_reserve=1.0),
    # vLLM: gpu_memory_utilization 0.9; max_num_seqs 1024 / max_num_batched_tokens 8192 (V1
    # engine defaults on data-centre GPUs); paged KV holds on average input + output/2.
    "vllm": dict(frac_total=0.9, frac_free=1.0, overhead_gib=1.0, max_batch=1024, chunk_tokens=8192, kv_reserve=0.5),
    # SGLang: mem_fraction_static ≈ 0.88 on 80 GB parts; chunked_prefill_size 8192; max running
    # requests bounded by memory (cuda-graph max bs 512).
    "sglang": dict(frac_total=0.88, frac_free=1.0, overhead_gib=1.0, max_batch=1024, chunk_tokens=8192, kv_reserve=0.5),
    # llama.cpp: allocates the whole context up front; n_ubatch 512 (llama-bench default); 4 slots
    # in llama-server (--parallel auto = 4); compute buffers of a few hundred MiB.
    "llama.cpp": dict(frac_total=1.0, frac_free=1.0, overhead_gib=0.3, max_batch=4, chunk_tokens=512, kv_reserve=1.0),
    # Hugging Face transformers generate(): static cache per request; peak memory as reported by
    # torch (no CUDA context). Prompt activations are freed layer by layer: the Qwen speed
    # benchmark's peaks sit within 0.1 GiB of weights + KV even at 30k-token prompts, so the
    # live working set is sized as a short chunk (act_tokens); the prompt is not chunked.
    "hf-transformers": dict(frac_total=1.0, frac_free=1.0, overhead_gib=0.0, max_batch=64, chunk_tokens=1e9, kv_reserve=1.0,
                            act_tokens=256),
    # Huawei MindIE: npu_memory_fraction 0.8-0.9 (MindIE Service config docs), max batch 200-256.
    "mindie": dict(frac_total=0.9, frac_free=1.0, overhead_gib=2.0, max_batch=256, chunk_tokens=8192, kv_reserve=1.0),
}

#: Collective behaviour per family: (achieved share of nominal link bandwidth, latency per
#: collective step in µs). NVLink: nccl-tests on 8×H100 reach ~75 % of per-direction NVLink
#: bandwidth and ~10 µs small-message all-reduce steps with TRT-LLM's custom all-reduce.
#: Ascend HCCS: all-reduce on two Ascend 910B cards has been reported several times slower than on
#: two A800s (shared/research/market_facts.md); HCCL small-message latency ~50 µs.
INTERCONNECT: dict[str, tuple[float, float]] = {
    "nvidia-datacenter": (0.75, 10.0),
    "nvidia-consumer": (0.6, 25.0),
    "nvidia-soc": (0.6, 25.0),
    "amd-datacenter": (0.6, 20.0),
    "amd-consumer": (0.5, 30.0),
    "huawei-ascend": (0.4, 50.0),
    "intel": (0.5, 30.0),
    "other-npu": (0.4, 50.0),
    "apple": (0.5, 30.0),
    "other": (0.5, 30.0),
}

#: Documented starting values of the fitted figures, and the centre of the fit's prior: what the
#: estimator uses for a runtime or family no calibration row informs. Efficiencies: achieved
#: fractions of peak on large matrix products and of bandwidth on weight streaming as reported for
#: each runtime (TensorRT-LLM and vLLM FP8 GEMMs reach 60-70 % of dense peak; GEMV-like decode
#: 75-85 % of bandwidth); fixed times: one CUDA-graph replay plus scheduling per step (vLLM and
#: SGLang capture decode steps in CUDA graphs, llama.cpp since 2024), ~10-30 µs of launches and
#: tails per layer; per-sequence host work of a few µs; eager PyTorch (hf-transformers) launches
#: every kernel from Python, ~150 µs per layer.
PRIORS: dict = {
    "gemm_half_tokens": {"value": 8.0, "rows": []},
    "attn_eff": {"value": 0.8, "rows": []},
    "dp_imbalance": {"value": 1.3, "rows": []},
    "runtime": {
        "trt-llm": {"compute_eff": 0.6, "memory_eff": 0.8, "step_ms": 2.0, "layer_us": 20.0, "seq_us": 5.0,
                    "expert_eff": 0.5, "rows": []},
        "vllm": {"compute_eff": 0.5, "memory_eff": 0.75, "step_ms": 1.0, "layer_us": 15.0, "seq_us": 5.0,
                 "expert_eff": 0.5, "rows": []},
        "sglang": {"compute_eff": 0.5, "memory_eff": 0.75, "step_ms": 1.5, "layer_us": 20.0, "seq_us": 5.0,
                   "expert_eff": 0.5, "rows": []},
        "llama.cpp": {"compute_eff": 0.4, "memory_eff": 0.8, "step_ms": 0.5, "layer_us": 20.0, "seq_us": 5.0,
                      "expert_eff": 0.5, "rows": []},
        "hf-transformers": {"compute_eff": 0.35, "memory_eff": 0.6, "step_ms": 5.0, "layer_us": 150.0,
                            "seq_us": 20.0, "expert_eff": 0.5, "rows": []},
        "mindie": {"compute_eff": 0.45, "memory_eff": 0.7, "step_ms": 4.0, "layer_us": 40.0, "seq_us": 10.0,
                   "expert_eff": 0.5, "rows": []},
    },
    "family": {name: {"compute": 1.0, "memory": 1.0, "link": 1.0, "rows": []} for name in FAMILIES},
    "spread": {name: 0.25 for name in RUNTIMES},
    "loo": {},
}

# --- fitted (generated by benchmarks/fit_calibration.py; edit by re-running it) ---------------
FITTED: dict = {'gemm_half_tokens': {'value': 7.979,
                      'rows': ['V002', 'V007', 'V009', 'V012', 'V014', 'V016', 'V017', 'V019', 'V021', 'V025',
                               'V033', 'V039', 'V072', 'V075', 'V081', 'V092', 'V095', 'V097', 'V099', 'V103',
                               'V104', 'V106', 'V108', 'V111', 'V112', 'V115', 'V117', 'V119', 'V125']},
 'attn_eff': {'value': 0.8519,
              'rows': ['V002', 'V007', 'V009', 'V012', 'V014', 'V016', 'V017', 'V019', 'V021', 'V025', 'V033',
                       'V039', 'V072', 'V075', 'V081', 'V092', 'V095', 'V097', 'V099', 'V103', 'V104', 'V106',
                       'V108', 'V111', 'V112', 'V115', 'V117', 'V119', 'V125']},
 'dp_imbalance': {'value': 1.333, 'rows': ['V002', 'V012', 'V014']},
 'runtime': {'trt-llm': {'compute_eff': 0.7015,
                         'memory_eff': 0.8167,
                         'step_ms': 1.979,
                         'layer_us': 20.03,
                         'seq_us': 5.817,
                         'expert_eff': 0.2461,
                         'rows': ['V002', 'V007', 'V009', 'V012', 'V014', 'V016', 'V017', 'V019', 'V021',
                                  'V025', 'V033']},
             'vllm': {'compute_eff': 0.6225,
                      'memory_eff': 0.7634,
                      'step_ms': 0.9958,
                      'layer_us': 14.92,
                      'seq_us': 4.862,
                      'expert_eff': 0.5,
                      'rows': ['V039']},
             'sglang': {'compute_eff': 0.5827,
                        'memory_eff': 0.7007,
                        'step_ms': 1.964,
                        'layer_us': 23.45,
                        'seq_us': 4.568,
                        'expert_eff': 0.431,
                        'rows': ['V072', 'V075', 'V092', 'V095', 'V097']},
             'llama.cpp': {'compute_eff': 0.3821,
                           'memory_eff': 0.8034,
                           'step_ms': 0.5762,
                           'layer_us': 24.22,
                           'seq_us': 5.014,
                           'expert_eff': 0.9704,
                           'rows': ['V106', 'V108', 'V111', 'V112', 'V115', 'V117', 'V119', 'V125']},
             'hf-transformers': {'compute_eff': 0.35,
                                 'memory_eff': 0.6,
                                 'step_ms': 5.0,
                                 'layer_us': 150.0,
                                 'seq_us': 20.0,
                                 'expert_eff': 0.5,
                                 'rows': ['V081', 'V099', 'V103', 'V104']},
             'mindie': {'compute_eff': 0.45,
                        'memory_eff': 0.7,
                        'step_ms': 4.0,
                        'layer_us': 40.0,
                        'seq_us': 10.0,
                        'expert_eff': 0.5,
                        'rows': []}},
 'family': {'nvidia-datacenter': {'compute': 1.058,
                                  'memory': 0.9179,
                                  'link': 1.013,
                                  'rows': ['V002', 'V007', 'V009', 'V012', 'V014', 'V016', 'V017', 'V019',
                                           'V021', 'V025', 'V033', 'V092', 'V095', 'V097', 'V099', 'V103',
                                           'V104', 'V117']},
            'nvidia-consumer': {'compute': 0.98,
                                'memory': 1.009,
                                'link': 1.0,
                                'rows': ['V106', 'V115', 'V119', 'V125']},
            'nvidia-soc': {'compute': 1.004, 'memory': 1.042, 'link': 1.0, 'rows': ['V111', 'V112']},
            'amd-datacenter': {'compute': 1.082, 'memory': 1.008, 'link': 1.0, 'rows': ['V039']},
            'amd-consumer': {'compute': 1.0, 'memory': 0.9772, 'link': 1.0, 'rows': ['V108']},
            'huawei-ascend': {'compute': 1.057,
                              'memory': 1.041,
                              'link': 0.8787,
                              'rows': ['V072', 'V075', 'V081']},
            'intel': {'compute': 1.0, 'memory': 1.0, 'link': 1.0, 'rows': []},
            'other-npu': {'compute': 1.0, 'memory': 1.0, 'link': 1.0, 'rows': []},
            'apple': {'compute': 1.0, 'memory': 1.0, 'link': 1.0, 'rows': []},
            'other': {'compute': 1.0, 'memory': 1.0, 'link': 1.0, 'rows': []}},
 'spread': {'trt-llm': 0.247,
            'vllm': 0.25,
            'sglang': 0.327,
            'llama.cpp': 0.152,
            'hf-transformers': 0.25,
            'mindie': 0.25},
 'loo': {'median_ape': 15.3,
         'p90_ape': 47.3,
         'rows': {'V002': 45.0,
                  'V007': 8.0,
                  'V009': 15.5,
                  'V012': 1.5,
                  'V014': 27.2,
                  'V016': 17.2,
                  'V017': 2.9,
                  'V019': 14.0,
                  'V021': 3.0,
                  'V025': 2.4,
                  'V033': 58.2,
                  'V039': 40.8,
                  'V092': 42.8,
                  'V095': 35.7,
                  'V097': 23.2,
                  'V099': 0.1,
                  'V103': 0.0,
                  'V104': 0.7,
                  'V106': 19.8,
                  'V108': 24.2,
                  'V111': 56.6,
                  'V112': 9.3,
                  'V115': 15.3,
                  'V117': 35.8,
                  'V119': 11.2,
                  'V125': 13.9,
                  'V072': 10.8,
                  'V075': 57.0,
                  'V081': 0.3}}}
# --- end fitted ---------------------------------------------------------------------------------

#: Log-space spread for a family with no calibration rows (its multipliers are unverified).
UNCALIBRATED_FAMILY_SPREAD = 0.30


def _tables(fitted: dict | None = None):
    fitted = FITTED if fitted is None else fitted
    nr, nf = len(RUNTIMES), len(FAMILIES)
    tab = {name: np.zeros((nr, nf)) for name in RuntimeParams.field_names()}
    for i, r in enumerate(RUNTIMES):
        s = RUNTIME_SETTINGS[r]
        f = fitted["runtime"][r]
        for j, fam in enumerate(FAMILIES):
            mult = fitted["family"][fam]
            link_eff, lat_us = INTERCONNECT[fam]
            tab["compute_eff"][i, j] = min(f["compute_eff"] * mult["compute"], 0.95)
            tab["memory_eff"][i, j] = min(f["memory_eff"] * mult["memory"], 0.95)
            tab["gemm_half_tokens"][i, j] = fitted["gemm_half_tokens"]["value"]
            tab["expert_eff"][i, j] = f["expert_eff"]
            tab["attn_eff"][i, j] = fitted["attn_eff"]["value"]
            tab["dp_imbalance"][i, j] = fitted["dp_imbalance"]["value"]
            tab["seq_s"][i, j] = f["seq_us"] * 1e-6
            tab["step_s"][i, j] = f["step_ms"] * 1e-3
            tab["layer_s"][i, j] = f["layer_us"] * 1e-6
            tab["link_eff"][i, j] = min(link_eff / mult.get("link", 1.0), 0.95)
            tab["collective_s"][i, j] = lat_us * 1e-6 * mult.get("link", 1.0)
            tab["frac_total"][i, j] = s["frac_total"]
            tab["frac_free"][i, j] = s["frac_free"]
            tab["overhead_bytes"][i, j] = s["overhead_gib"] * GIB
            tab["max_batch"][i, j] = s["max_batch"]
            tab["chunk_tokens"][i, j] = s["chunk_tokens"]
            tab["kv_reserve"][i, j] = s["kv_reserve"]
            tab["act_tokens"][i, j] = s.get("act_tokens", s["chunk_tokens"])
    return tab


_CACHE: dict[int, dict] = {}


def runtime_params(runtime: np.ndarray, family: np.ndarray, fitted: dict | None = None,
                   overrides: dict | None = None) -> RuntimeParams:
    """Runtime figures for runtime codes × hardware family codes (arrays that broadcast).

    ``fitted`` replaces ``FITTED`` (the fitting code passes trial values); ``overrides`` sets
    fields directly (e.g. ``{"max_batch": 256}``).
    """
    key = id(fitted)
    if fitted is None and key in _CACHE:
        tab = _CACHE[key]
    else:
        tab = _tables(fitted)
        if fitted is None:
            _CACHE[key] = tab
    r = np.asarray(runtime, dtype=np.intp)
    f = np.asarray(family, dtype=np.intp)
    out = {name: t[r, f] for name, t in tab.items()}
    for name, value in (overrides or {}).items():
        out[name] = np.broadcast_to(np.asarray(value, dtype=np.float64), np.shape(out[name])) + 0.0 * out[name]
    return RuntimeParams(**out)


def spread(runtime: np.ndarray, family: np.ndarray, fitted: dict | None = None) -> np.ndarray:
    """Log-space calibration scatter for runtime × family: the runtime's residual spread, widened
    (root-sum-square) for families that no calibration row has informed."""
    fitted = FITTED if fitted is None else fitted
    rs = np.array([fitted["spread"].get(r, 0.3) for r in RUNTIMES])
    fam_rows = np.array([0.0 if fitted["family"][f]["rows"] else UNCALIBRATED_FAMILY_SPREAD for f in FAMILIES])
    r = np.asarray(runtime, dtype=np.intp)
    f = np.asarray(family, dtype=np.intp)
    return np.sqrt(rs[r] ** 2 + fam_rows[f] ** 2)
