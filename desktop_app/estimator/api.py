"""The estimator's front door: one call evaluates a whole grid, with bands and breakdowns.

``estimate(hw, model, ...)`` takes hardware and model arrays (from ``catalog.arrays``) and scenario
values (numbers, names or arrays) that all broadcast against each other, and returns an
:class:`Estimate`: the :class:`~desktop_app.estimator.serving.ServingResult` plus a low/high band on
every throughput and latency. Example for the GUI (12 accelerators × 4 models × 256 concurrencies)::

    est = estimate(hw.reshape((12, 1, 1)), models.reshape((1, 4, 1)), runtime="vllm",
                   weight_precision="fp8", batch=np.arange(1, 257).reshape(1, 1, 256),
                   input_len=2048, output_len=512)
    est.result.output_tokens_per_s        # (12, 4, 256), tokens/s
    est.low["output_tokens_per_s"]        # same shape

Bad inputs (NaN, inf, non-positive lengths or device counts, unknown names) raise
:class:`EstimatorInputError`; configurations that cannot run get ``fits = False`` and a reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from desktop_app.estimator import calibration
from desktop_app.estimator.hardware import FAMILIES, HardwareArrays
from desktop_app.estimator.model import ModelArrays
from desktop_app.estimator.performance import BOUND_NAMES
from desktop_app.estimator.precision import DTYPES, FORMAT_CODES, FORMATS, KV_FORMATS, effective_dtype, pick_dtype
from desktop_app.estimator.runtime import RUNTIME_CODES, RUNTIMES, RuntimeParams
from desktop_app.estimator.serving import (
    REASONS,
    Deployment,
    ServingResult,
    batch_for_rate,
    batch_meeting_slo,
    evaluate,
    pareto_front,
)
from desktop_app.estimator.uncertainty import Z, log_sigma

#: Output metrics that carry a band: name → True for rates (higher is better), False for times.
BANDED = {
    "ttft_s": False,
    "tpot_s": False,
    "per_user_tokens_per_s": True,
    "output_tokens_per_s": True,
    "output_tokens_per_s_per_device": True,
    "prefill_tokens_per_s": True,
}


class EstimatorInputError(ValueError):
    """An input the estimator cannot use (named in the message)."""


@dataclass(frozen=True)
class Estimate:
    """Result of :func:`estimate`.

    result      :class:`ServingResult` (central values, SI units)
    low, high   ``{metric: array}`` mappings for every metric in ``BANDED`` (low = pessimistic for
                rates, shortest for times); each array is computed on first access
    sigma_decode, sigma_prefill   log-space one-sigma of the decode and prefill step times
    runtime     :class:`RuntimeParams` used (efficiencies, memory settings)
    deployment  :class:`Deployment` used
    compute_dtype   index into ``precision.DTYPES`` of the matrix dtype (-1: unknown)
    """

    result: ServingResult
    low: Mapping[str, np.ndarray]
    high: Mapping[str, np.ndarray]
    sigma_decode: np.ndarray
    sigma_prefill: np.ndarray
    runtime: RuntimeParams
    deployment: Deployment
    compute_dtype: np.ndarray


class _BandFactors:
    """``exp(±Z·σ)`` of the decode and prefill steps, computed on first use."""

    def __init__(self, sig_dec: np.ndarray, sig_pre: np.ndarray) -> None:
        self._sigma = {"decode": sig_dec, "prefill": sig_pre}
        self._cache: dict[tuple[str, bool], np.ndarray] = {}

    def get(self, step: str, low: bool) -> np.ndarray:
        key = (step, low)
        if key not in self._cache:
            self._cache[key] = np.exp((-Z if low else Z) * self._sigma[step])
        return self._cache[key]


class _Band(Mapping):
    """``{metric: value · exp(∓Z·σ)}`` for the metrics in ``BANDED`` (see uncertainty.py): rates
    and times get the same factors; each array is made on first access and kept, so a caller that
    reads only some bands of a huge grid does not pay for the others."""

    def __init__(self, result: ServingResult, factors: _BandFactors, low: bool) -> None:
        self._result, self._factors, self._low = result, factors, low
        self._cache: dict[str, np.ndarray] = {}

    def __getitem__(self, name: str) -> np.ndarray:
        if name not in self._cache:
            if name not in BANDED:
                raise KeyError(name)
            step = "prefill" if name in ("ttft_s", "prefill_tokens_per_s") else "decode"
            self._cache[name] = getattr(self._result, name) * self._factors.get(step, self._low)
        return self._cache[name]

    def __iter__(self):
        return iter(BANDED)

    def __len__(self) -> int:
        return len(BANDED)


def _codes(value: Any, table: dict[str, int], what: str, allowed: tuple[str, ...] | None = None) -> np.ndarray:
    if isinstance(value, str):
        name = value.lower()
        if name not in table or (allowed is not None and name not in allowed):
            known = ", ".join(allowed or tuple(table))
            raise EstimatorInputError(f"unknown {what} {value!r} (known: {known})")
        return np.asarray(table[name])
    arr = np.asarray(value)
    if arr.dtype.kind in "US":
        return np.vectorize(lambda v: int(_codes(str(v), table, what, allowed)))(arr)
    return arr.astype(np.intp)


def _number(value: Any, what: str, *, minimum: float, allow_max: bool = False) -> np.ndarray:
    if allow_max and isinstance(value, str) and value == "max":
        return np.asarray(np.nan)
    try:
        arr = np.asarray(value)
        arr = arr if arr.dtype.kind == "f" else arr.astype(np.float64)
    except (TypeError, ValueError):
        raise EstimatorInputError(f"{what} must be a number, got {value!r}") from None
    if allow_max:
        bad = np.isinf(arr) | (np.isfinite(arr) & (arr < minimum))
    else:
        bad = ~np.isfinite(arr) | (arr < minimum)
    if np.any(bad):
        raise EstimatorInputError(f"{what} must be a finite number >= {minimum:g}, got {arr[bad].ravel()[0]!r}")
    return arr


def estimate(hw: HardwareArrays, model: ModelArrays, *, runtime: Any = "vllm", weight_precision: Any = "bf16",
             kv_precision: Any = None, devices: Any = 1, tp: Any = 1, pp: Any = 1, ep: Any = 1,
             batch: Any = 1, input_len: Any = 1024, output_len: Any = 256, tpot_slo_s: Any = None,
             ttft_slo_s: Any = None, requests_per_s: Any = None, fitted: dict | None = None,
             overrides: dict | None = None) -> Estimate:
    """Evaluate a grid of scenarios (everything broadcasts; see the module docstring).

    ``batch``: concurrent sequences of the whole deployment, or ``"max"`` / NaN for the largest
    that fits (and meets ``tpot_slo_s`` / ``ttft_slo_s`` when given). ``requests_per_s`` instead
    sets the concurrency that serves that request rate; where the rate exceeds what the deployment
    can serve the result is ``fits = False`` with a "saturated" reason. ``kv_precision`` defaults to
    bf16 (fp16 for fp16 and llama.cpp formats). Units: seconds, tokens, devices.
    """
    wfmt = _codes(weight_precision, FORMAT_CODES, "weight precision")
    if kv_precision is None:
        kv_default = np.where(np.isin(wfmt, [FORMAT_CODES[f] for f in ("fp16", "q4_0", "q4_k_m", "q8_0")]),
                              FORMAT_CODES["fp16"], FORMAT_CODES["bf16"])
        kv = kv_default
    else:
        kv = _codes(kv_precision, FORMAT_CODES, "KV precision", KV_FORMATS)
    rt_code = _codes(runtime, RUNTIME_CODES, "runtime")
    d = Deployment(
        devices=_number(devices, "devices", minimum=1),
        tp=_number(tp, "tp", minimum=1),
        pp=_number(pp, "pp", minimum=1),
        ep=_number(ep, "ep", minimum=1),
        weight_format=wfmt,
        kv_format=kv,
    )
    inp = _number(input_len, "input length", minimum=0)
    out = _number(output_len, "output length", minimum=0)
    if np.any(inp + out <= 0):
        raise EstimatorInputError("input and output length cannot both be zero")
    b = _number(batch, "batch", minimum=1, allow_max=True)
    rt = calibration.runtime_params(rt_code, hw.family, fitted, overrides)
    if tpot_slo_s is not None or ttft_slo_s is not None:
        tpot = _number(np.inf if tpot_slo_s is None else tpot_slo_s, "TPOT target", minimum=0) if tpot_slo_s is not None else np.inf
        ttft = _number(ttft_slo_s, "TTFT target", minimum=0) if ttft_slo_s is not None else np.inf
        slo_b = batch_meeting_slo(hw, model, d, rt, inp, out, tpot, ttft)
        b = np.where(np.isnan(b), np.maximum(slo_b, 1.0), b)
    saturated = None
    if requests_per_s is not None:
        rps = _number(requests_per_s, "requests per second", minimum=0)
        b, saturated = batch_for_rate(hw, model, d, rt, rps, inp, out)
    res = evaluate(hw, model, d, rt, b, inp, out, saturated)
    dtype = effective_dtype(hw.peak_flops, d.weight_format)
    s_peak = pick_dtype(hw.peak_sigma, dtype)
    s_cal = calibration.spread(rt_code, hw.family, fitted)
    sig_dec = log_sigma(res.decode, s_peak, hw.memory_bw_sigma, hw.link_sigma, s_cal)
    sig_pre = log_sigma(res.prefill, s_peak, hw.memory_bw_sigma, hw.link_sigma, s_cal)
    factors = _BandFactors(sig_dec, sig_pre)
    low = _Band(res, factors, low=True)
    high = _Band(res, factors, low=False)
    return Estimate(result=res, low=low, high=high, sigma_decode=sig_dec, sigma_prefill=sig_pre,
                    runtime=rt, deployment=d, compute_dtype=dtype)


@dataclass(frozen=True)
class LayoutFront:
    """Throughput per device vs tokens per user across layouts (arrays of shape (..., L, B)).

    layouts     (L, 3) rows of (tp, pp, ep); ``devices`` per instance = max(tp, ep) · pp
    estimate    the :class:`Estimate` over layouts × concurrency
    on_front    Pareto mask within each (accelerator, model) slice
    """

    layouts: np.ndarray
    devices: np.ndarray
    estimate: Estimate
    on_front: np.ndarray


def layout_front(hw: HardwareArrays, model: ModelArrays, layouts: Any, concurrency: Any, **kwargs: Any) -> LayoutFront:
    """Evaluate one model instance per layout at each concurrency and mark the Pareto front of
    (per-user tokens/s, output tokens/s per device). ``hw`` and ``model`` may carry leading axes
    (e.g. ``(A, 1, 1, 1)`` and ``(1, M, 1, 1)``); layouts and concurrency take the last two."""
    lay = np.asarray(layouts, dtype=np.float64).reshape(-1, 3)
    tp, pp, ep = (lay[:, i][:, None] for i in range(3))
    devices = np.maximum(tp, ep) * pp
    conc = np.asarray(concurrency, dtype=np.float64).reshape(1, -1)
    est = estimate(hw, model, devices=devices, tp=tp, pp=pp, ep=ep, batch=conc * devices / (tp * pp), **kwargs)
    front = pareto_front(est.result.per_user_tokens_per_s, est.result.output_tokens_per_s_per_device, axes=2)
    return LayoutFront(layouts=lay, devices=devices[:, 0], estimate=est, on_front=front)


def explain(est: Estimate, index: tuple = ()) -> dict[str, Any]:
    """Plain-Python summary of one configuration of ``est`` (``index`` into the broadcast shape):
    central values, bands, time and memory split, and the efficiencies used."""
    r = est.result
    shape = np.shape(r.output_tokens_per_s)
    index = tuple(index) if shape else ()
    g = lambda x: np.broadcast_to(np.asarray(x), shape)[index].item()  # noqa: E731
    fits = bool(g(r.fits))
    reason = REASONS[int(g(r.reason))]
    step = {k: g(getattr(r.decode, k)) for k in ("compute_s", "memory_s", "comm_s", "fixed_s", "total_s")}
    pre = {k: g(getattr(r.prefill, k)) for k in ("compute_s", "memory_s", "comm_s", "fixed_s", "total_s")}
    mem = {k: g(getattr(r.memory, k)) for k in ("weights", "kv_cache", "activations", "overhead", "total",
                                                  "capacity", "usable", "kv_budget")}
    values = {name: g(getattr(r, name)) for name in BANDED}
    return {
        "fits": fits,
        "reason": reason,
        "batch": g(r.batch),
        "max_batch": g(r.max_batch),
        "max_context": g(r.max_context),
        "values": values,
        "low": {k: g(v) for k, v in est.low.items()},
        "high": {k: g(v) for k, v in est.high.items()},
        "bound": BOUND_NAMES[int(g(r.bound))] if fits else None,
        "decode_step_s": step,
        "prefill_s": pre,
        "memory_bytes": mem,
        "compute_dtype": DTYPES[int(g(est.compute_dtype))] if int(g(est.compute_dtype)) >= 0 else "unknown",
        "peak_flops": g(r.peak_flops),
        "efficiencies": {k: g(getattr(est.runtime, k)) for k in RuntimeParams.field_names()},
        "sigma_decode": g(est.sigma_decode),
        "sigma_prefill": g(est.sigma_prefill),
    }


__all__ = ["BANDED", "DTYPES", "FAMILIES", "FORMATS", "KV_FORMATS", "REASONS", "RUNTIMES", "Estimate",
           "EstimatorInputError", "LayoutFront", "estimate", "explain", "layout_front", "replace"]
