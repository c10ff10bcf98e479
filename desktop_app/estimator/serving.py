"""Steady-state continuous batching: latency and throughput of a deployment at a concurrency.

A deployment of ``devices`` runs ``dp = devices / (tp · pp)`` attention groups; ``batch`` concurrent
sequences (the whole deployment) each take ``input_len`` prompt tokens and produce ``output_len``
tokens. In steady state every step of a group decodes one token for each of its ``b = batch / dp``
sequences, and since a sequence lasts ``output_len`` steps, ``(b − 1) / output_len`` new requests
per step bring ``input_len`` prompt tokens each into the same step (chunked prefill mixes them in;
the request itself does not interfere with its own decode, hence ``b − 1``). So

* TPOT = ``pp · t_step(b/pp decode, n prompt tokens) + pipeline sends``, the mean time per output
  token a user sees (what ``bench_serving`` reports as mean TPOT, prompt interference included);
* output tokens/s = ``dp · b / TPOT``; per user = ``1 / TPOT``;
* TTFT = the prompt's own prefill time plus the decode work of the running batch in each of its
  chunks (queueing for a free slot is not modelled: at or below ``max_batch`` there is none).

This is the "mixed batch" steady state of Sarathi-Serve (Agrawal et al. 2024, arXiv:2403.02310).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop_app.estimator.hardware import HardwareArrays
from desktop_app.estimator.memory import (
    MemoryBreakdown,
    activation_bytes_per_device,
    kv_bytes_per_seq_per_device,
    kv_budget_per_device,
    max_context_tokens,
    max_seqs_per_group,
    memory_breakdown,
    weight_bytes_per_device,
)
from desktop_app.estimator.model import ModelArrays
from desktop_app.estimator.performance import (
    StepTime,
    attention_peak,
    pipeline_p2p_time,
    step_time,
)
from desktop_app.estimator.precision import effective_peak
from desktop_app.estimator.runtime import RuntimeParams

#: Why a configuration has no result (``reason`` codes of :class:`ServingResult`).
REASONS = (
    "",
    "missing spec: memory bandwidth unknown",
    "missing spec: compute throughput unknown for this precision",
    "missing spec: memory capacity unknown",
    "missing spec: interconnect bandwidth unknown",
    "invalid layout: devices must be a multiple of tp x pp, and ep must divide devices",
    "weights do not fit in device memory",
    "KV cache of the requested batch and context does not fit",
    "input and output lengths must be positive",
    "saturated: the requested load exceeds what this deployment can serve",
)
REASON_OK, REASON_BW, REASON_COMPUTE, REASON_MEMORY, REASON_LINK, REASON_LAYOUT, REASON_WEIGHTS, \
    REASON_KV, REASON_LENGTHS, REASON_SATURATED = range(len(REASONS))


@dataclass(frozen=True)
class Deployment:
    """How the model is laid out and stored (arrays; precisions are ``precision.FORMATS`` codes)."""

    devices: np.ndarray
    tp: np.ndarray
    pp: np.ndarray
    ep: np.ndarray
    weight_format: np.ndarray
    kv_format: np.ndarray


@dataclass(frozen=True)
class ServingResult:
    """Everything about one configuration (all arrays of the broadcast shape; SI units).

    fits, reason                     bool, and an index into ``REASONS`` (0 when it fits)
    memory                           :class:`MemoryBreakdown`, bytes per device
    batch                            concurrent sequences evaluated (whole deployment)
    max_batch                        largest batch that fits (capped by the runtime), whole deployment
    max_context                      longest context per sequence at ``batch``, tokens
    ttft_s, tpot_s                   time to first token and mean time per output token
    per_user_tokens_per_s            1 / TPOT
    output_tokens_per_s              whole deployment; ``output_tokens_per_s_per_device`` per device
    prefill_tokens_per_s             prompt tokens/s of the deployment, one prompt per group at a time
    decode                           :class:`StepTime` of one steady-state step (per device)
    prefill                          :class:`StepTime` of the prompt's prefill
    bound                            (property) index into ``performance.BOUND_NAMES`` of the decode
                                     step's largest part, -1 where it does not fit
    peak_flops                       matrix peak used (FLOP/s), for explanations
    Where ``fits`` is False, throughputs are 0 and latencies infinite (never NaN).
    """

    fits: np.ndarray
    reason: np.ndarray
    memory: MemoryBreakdown
    batch: np.ndarray
    max_batch: np.ndarray
    max_context: np.ndarray
    ttft_s: np.ndarray
    tpot_s: np.ndarray
    per_user_tokens_per_s: np.ndarray
    output_tokens_per_s: np.ndarray
    output_tokens_per_s_per_device: np.ndarray
    prefill_tokens_per_s: np.ndarray
    decode: StepTime
    prefill: StepTime
    peak_flops: np.ndarray

    @property
    def bound(self) -> np.ndarray:
        return np.where(self.fits, self.decode.bound(), -1)


def attention_groups(d: Deployment) -> np.ndarray:
    """``dp = devices / (tp · pp)``."""
    return d.devices / (d.tp * d.pp)


def layout_valid(d: Deployment) -> np.ndarray:
    """Whole attention groups, and expert shards that divide the deployment."""
    groups = d.devices / (d.tp * d.pp)
    es = np.maximum(d.ep, d.tp) * d.pp
    ok = (groups >= 1) & (np.abs(groups - np.round(groups)) < 1e-9)
    ok &= (d.devices / es >= 1) & (np.abs(d.devices / es - np.round(d.devices / es)) < 1e-9)
    return ok & (d.tp >= 1) & (d.pp >= 1) & (d.ep >= 1)


def spec_reason(hw: HardwareArrays, d: Deployment, peak: np.ndarray) -> np.ndarray:
    """First missing spec the estimate needs, as a ``REASONS`` code (0 if none)."""
    reason = np.zeros(np.broadcast_shapes(hw.memory_bw.shape, peak.shape, np.shape(d.devices)), dtype=np.int64)
    multi = (d.tp > 1) | (d.pp > 1) | (np.maximum(d.ep, d.tp) > 1)
    link_ok = np.isfinite(hw.scale_up_bw) | np.isfinite(hw.scale_out_bw)
    reason = np.where(multi & ~link_ok, REASON_LINK, reason)
    reason = np.where(~np.isfinite(hw.memory_bytes), REASON_MEMORY, reason)
    reason = np.where(~np.isfinite(peak), REASON_COMPUTE, reason)
    reason = np.where(~np.isfinite(hw.memory_bw), REASON_BW, reason)
    return reason


def _floats(x) -> np.ndarray:
    """As a floating array, keeping float32 inputs float32 (grids evaluated in single precision)."""
    x = np.asarray(x)
    return x if x.dtype.kind == "f" else x.astype(np.float64)


def _finite(x, fill):
    return np.where(np.isfinite(x), x, fill)


def memory_limits(hw: HardwareArrays, m: ModelArrays, d: Deployment, rt: RuntimeParams,
                  input_len, output_len):
    """KV budget per device, per-sequence KV bytes and the largest batch (whole deployment)."""
    dp = attention_groups(d)
    kv_ctx = input_len + rt.kv_reserve * output_len
    weights = weight_bytes_per_device(m, d.weight_format, d.tp, d.pp, d.ep)
    per_seq = kv_bytes_per_seq_per_device(m, d.kv_format, kv_ctx, d.tp, d.pp)
    # Activations scale with the batch's sampled sequences; size them at the runtime's cap.
    act = activation_bytes_per_device(m, rt.act_tokens, rt.max_batch, d.tp)
    budget = kv_budget_per_device(hw.memory_bytes, weights, act, rt.overhead_bytes, rt.frac_total, rt.frac_free)
    seqs = np.minimum(max_seqs_per_group(budget, per_seq), rt.max_batch)
    return budget, per_seq, seqs * dp, weights


def evaluate(hw: HardwareArrays, m: ModelArrays, d: Deployment, rt: RuntimeParams,
             batch, input_len, output_len, saturated=None) -> ServingResult:
    """Serve ``batch`` concurrent sequences; see :func:`_evaluate`. Intermediate infinities and NaNs
    from unknown specs are expected (they end as ``fits = False``), so numpy stays quiet about them."""
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        return _evaluate(hw, m, d, rt, batch, input_len, output_len, saturated)


def _evaluate(hw: HardwareArrays, m: ModelArrays, d: Deployment, rt: RuntimeParams,
              batch, input_len, output_len, saturated=None) -> ServingResult:
    """Serve ``batch`` concurrent sequences (whole deployment) of ``input_len`` → ``output_len``.

    ``batch`` may be any float array; NaN or a negative value means "the largest batch that fits".
    ``saturated`` (bool array, optional) marks configurations whose requested load exceeds their
    capacity (:func:`batch_for_rate`): they get ``fits = False`` and the saturation reason.
    Everything broadcasts: pass e.g. hardware shaped ``(A, 1, 1)``, models ``(1, M, 1)`` and
    ``batch`` shaped ``(1, 1, B)`` to get ``(A, M, B)`` results.
    """
    input_len = _floats(input_len)
    output_len = _floats(output_len)
    dp = attention_groups(d)
    peak = effective_peak(hw.peak_flops, d.weight_format)
    peak_attn = attention_peak(hw.peak_flops)
    peak_attn = np.where(np.isfinite(peak_attn), peak_attn, peak)
    budget, per_seq, max_batch, weights = memory_limits(hw, m, d, rt, input_len, output_len)
    batch = _floats(batch)
    want_max = ~np.isfinite(batch) | (batch < 0)
    if np.any(want_max):  # (only then: a given batch axis keeps its small shape)
        batch = np.where(want_max, max_batch, batch)
    b = batch / dp  # sequences per attention group
    micro = np.maximum(b / d.pp, np.minimum(b, 1.0))

    # Steady-state step: b/pp decode tokens plus the prompts of the requests that replace them.
    out_safe = np.maximum(output_len, 1.0)
    n_pre = np.maximum(b - 1.0, 0.0) / out_safe * input_len / d.pp
    ctx_dec = input_len + output_len / 2.0
    common = dict(wfmt=d.weight_format, kv_fmt=d.kv_format, tp=d.tp, pp=d.pp, ep=d.ep, peak=peak,
                  peak_attn=peak_attn, bw=hw.memory_bw, scale_up_bw=hw.scale_up_bw,
                  scale_out_bw=hw.scale_out_bw, domain=hw.scale_up_domain, rt=rt)
    dec = step_time(m, b=micro, ctx_dec=ctx_dec, n=n_pre, ctx_pre=input_len / 2.0, **common)
    tpot = dec.total_s
    if not np.all(np.asarray(d.pp) == 1):
        tpot = d.pp * tpot
        tpot = tpot + pipeline_p2p_time(m, micro + n_pre, d.pp, hw.scale_up_bw, hw.scale_out_bw,
                                        hw.scale_up_domain, rt)

    # The prompt's own prefill, in chunks of chunk_tokens that each re-read the weights.
    prompt = np.maximum(input_len, 1.0)
    chunks = np.maximum(np.ceil(prompt / rt.chunk_tokens), 1.0)
    pre = step_time(m, b=0.0, ctx_dec=0.0, n=prompt, ctx_pre=prompt / 2.0, chunks=chunks, **common)
    prefill_s = pre.total_s
    if not np.all(np.asarray(d.pp) == 1):
        # Chunks flow through the stages as micro-batches: (chunks + pp - 1) chunk-times, the
        # GPipe schedule whose idle share is performance.pipeline_bubble_fraction.
        prefill_s = pre.total_s / chunks * (chunks + d.pp - 1.0)
        prefill_s = prefill_s + pipeline_p2p_time(m, np.minimum(prompt, rt.chunk_tokens), d.pp, hw.scale_up_bw,
                                                  hw.scale_out_bw, hw.scale_up_domain, rt) * chunks
    # Each chunk of the prompt shares a step with the running batch's decode work.
    ttft = prefill_s + np.where(b > 1.0, tpot * chunks, 0.0)

    # Memory at this batch.
    kv_ctx = input_len + rt.kv_reserve * output_len
    mem = memory_breakdown(m, d.weight_format, d.kv_format, d.tp, d.pp, d.ep, b, kv_ctx, rt.act_tokens,
                           hw.memory_bytes, rt.overhead_bytes, rt.frac_total, rt.frac_free)
    max_ctx = max_context_tokens(m, d.kv_format, d.tp, d.pp, mem.kv_budget, np.maximum(b, 1.0))

    # Why a configuration cannot run: first what does not depend on the batch (small arrays).
    static = spec_reason(hw, d, peak)
    static = np.where((static == 0) & ~layout_valid(d), REASON_LAYOUT, static)
    static = np.where((static == 0) & ((input_len < 0) | (output_len < 0) | (input_len + output_len <= 0)),
                      REASON_LENGTHS, static)
    act_cap = activation_bytes_per_device(m, rt.act_tokens, rt.max_batch, d.tp)
    weights_fit = hw.memory_bytes * rt.frac_total - weights - rt.overhead_bytes - act_cap > 0
    static = np.where((static == 0) & ~weights_fit, REASON_WEIGHTS, static)
    static = static.astype(np.int8)  # small codes: the full-grid array stays one byte per entry
    kv_fit = (mem.headroom >= -1e-6 * hw.memory_bytes) & (b >= 1.0 - 1e-9)
    reason = np.where((static == 0) & ~kv_fit, np.int8(REASON_KV), static)
    if saturated is not None:
        reason = np.where((static == 0) & saturated, np.int8(REASON_SATURATED), reason)
    fits = reason == 0
    limits_ok = static == 0
    specs_missing = bool(np.any((static >= REASON_BW) & (static <= REASON_LINK)))

    out_tps = np.where(fits, dp * b / tpot, 0.0)
    shape = np.shape(out_tps)
    return ServingResult(
        fits=np.broadcast_to(fits, shape),
        reason=np.broadcast_to(reason, shape),
        memory=mem,
        batch=np.where(fits | ~want_max, batch, 0.0) if np.any(want_max) else batch,
        max_batch=np.where(limits_ok, max_batch, 0.0),
        max_context=np.where(limits_ok, max_ctx, 0.0),
        ttft_s=np.where(fits, ttft, np.inf),
        tpot_s=np.where(fits, tpot, np.inf),
        per_user_tokens_per_s=np.where(fits, 1.0 / tpot, 0.0),
        output_tokens_per_s=out_tps,
        output_tokens_per_s_per_device=out_tps / d.devices,
        prefill_tokens_per_s=np.where(fits, dp * prompt / prefill_s, 0.0),
        # Step times are finite wherever the specs are known (also where the batch does not fit).
        decode=_clean_step(dec, fits) if specs_missing else dec,
        prefill=_clean_step(pre, None),
        peak_flops=_finite(peak, 0.0),
    )


def reason_ok_but_kv(reason: np.ndarray) -> np.ndarray:
    """Configurations whose limits are meaningful: everything known and the weights fit."""
    return (reason == REASON_OK) | (reason == REASON_KV)


def _clean_step(s: StepTime, fits) -> StepTime:
    """Zero where the configuration does not run (``fits`` None: wherever a value is not finite)."""
    if fits is None:
        z = lambda x: _finite(x, 0.0)  # noqa: E731
    else:
        z = lambda x: np.where(fits, x, 0.0)  # noqa: E731
    return StepTime(compute_s=z(s.compute_s), memory_s=z(s.memory_s), comm_s=z(s.comm_s),
                    fixed_s=z(s.fixed_s), total_s=z(s.total_s))


def batch_meeting_slo(hw, m, d, rt, input_len, output_len, tpot_slo_s=np.inf, ttft_slo_s=np.inf,
                      iterations: int = 40, whole: bool = True) -> np.ndarray:
    """Largest whole-deployment batch (≤ the memory limit) meeting TPOT and TTFT targets.

    TPOT and TTFT grow with the batch, so a vectorised bisection over ``log(batch)`` finds the edge
    for every configuration at once. 0 where even one sequence per group misses the targets.
    ``whole=False`` keeps the fractional edge (smooth in the inputs, for fitting).
    """
    _, _, max_b, _ = memory_limits(hw, m, d, rt, np.asarray(input_len, float), np.asarray(output_len, float))
    dp = attention_groups(d)
    lo = np.zeros(np.broadcast_shapes(np.shape(max_b), np.shape(tpot_slo_s), np.shape(ttft_slo_s)))
    hi = np.broadcast_to(np.maximum(max_b / dp, 1.0), lo.shape).copy()

    def ok(bg):
        r = evaluate(hw, m, d, rt, bg * dp, input_len, output_len)
        return r.fits & (r.tpot_s <= tpot_slo_s) & (r.ttft_s <= ttft_slo_s)

    top_ok = ok(hi)
    one_ok = ok(np.ones_like(hi))
    lo = np.where(one_ok, 1.0, 0.0)
    for _ in range(iterations):  # bisection steps, each over the whole grid
        mid = np.where(lo > 0, np.sqrt(np.maximum(lo, 1.0) * hi), 1.0)
        good = ok(mid)
        lo = np.where(good, mid, lo)
        hi = np.where(good, hi, mid)
    best = np.where(top_ok, hi, lo)
    best = np.floor(best + 1e-9) if whole else best
    return np.where(one_ok | top_ok, best, 0.0) * dp


def batch_for_rate(hw, m, d, rt, requests_per_s, input_len, output_len, iterations: int = 40):
    """Concurrency (whole deployment) at which the deployment serves ``requests_per_s``.

    In steady state the output rate is ``requests_per_s · output_len``; throughput grows with the
    concurrency, so a vectorised bisection over ``log(batch)`` finds the smallest batch reaching
    it. Returns ``(batch, saturated)``: ``saturated`` where even the largest batch that fits falls
    short (then ``batch`` is that largest batch).
    """
    inp = np.asarray(input_len, dtype=np.float64)
    out = np.asarray(output_len, dtype=np.float64)
    demand = np.asarray(requests_per_s, dtype=np.float64) * out
    _, _, max_b, _ = memory_limits(hw, m, d, rt, inp, out)
    dp = attention_groups(d)
    top = np.maximum(max_b / dp, 1.0)

    def rate(bg):
        return evaluate(hw, m, d, rt, bg * dp, inp, out).output_tokens_per_s

    saturated = rate(top) < demand
    shape = np.shape(saturated)
    lo = np.zeros(shape)
    hi = np.broadcast_to(top, shape).copy()
    for _ in range(iterations):  # bisection steps, each over the whole grid
        mid = np.where(lo > 0, np.sqrt(np.maximum(lo, 1e-9) * hi), np.minimum(1.0, hi))
        enough = rate(mid) >= demand
        hi = np.where(enough, mid, hi)
        lo = np.where(enough, lo, mid)
    batch = np.where(saturated, np.broadcast_to(top, shape), hi) * dp
    return batch, saturated


def pareto_front(per_user: np.ndarray, per_device: np.ndarray, axes: int | None = None) -> np.ndarray:
    """Mask of points not dominated in (tokens/s per user, tokens/s per device), both higher-better.

    Sort by per-user speed descending; a point is on the front when its per-device throughput
    beats every faster point's (running maximum). Points with zero throughput are never on it.
    ``axes``: compare only within the last ``axes`` axes (e.g. 2 for layouts × concurrency, one
    front per accelerator and model); None compares all points.
    """
    u = np.asarray(per_user, dtype=np.float64)
    v = np.broadcast_to(np.asarray(per_device, dtype=np.float64), u.shape)
    shape = u.shape
    k = int(np.prod(shape[len(shape) - axes:])) if axes else u.size
    u2, v2 = u.reshape(-1, k), v.reshape(-1, k)
    rows = np.repeat(np.arange(u2.shape[0]), k)
    order = (np.lexsort((-v2.ravel(), -u2.ravel(), rows)) % k).reshape(u2.shape)
    vs = np.take_along_axis(v2, order, axis=1)
    best_before = np.concatenate([np.full((vs.shape[0], 1), -np.inf), np.maximum.accumulate(vs, axis=1)[:, :-1]],
                                 axis=1)
    on_sorted = (vs > best_before) & (vs > 0)
    on = np.zeros(u2.shape, dtype=bool)
    np.put_along_axis(on, order, on_sorted, axis=1)
    return on.reshape(shape)
