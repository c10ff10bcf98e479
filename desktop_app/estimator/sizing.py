"""Sizing: devices, replicas and layout each accelerator needs for a workload, and what it costs.

For every accelerator × candidate layout (tensor / pipeline parallel, and for MoE models attention
data-parallel with experts sharded), one *instance* (a copy of the model) runs at the largest
concurrency that meets the latency targets (:func:`serving.batch_meeting_slo`); its output tokens/s
is the instance capacity. The workload's output tokens/s divided by that capacity, rounded up, is
the number of replicas. The cheapest layout (annualised cost from :mod:`cost`, or fewest devices
where the price is unknown) wins. Everything is evaluated as one grid (accelerators × layouts).

Workload: ``requests_per_s`` or ``tokens_per_day`` (input + output tokens of all requests per day,
converted as ``tokens_per_day / 86400 / (input_len + output_len)`` requests per second).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from desktop_app.estimator import calibration
from desktop_app.estimator.cost import CostInputs, estimate_cost
from desktop_app.estimator.hardware import HardwareArrays
from desktop_app.estimator.model import ModelArrays
from desktop_app.estimator.serving import Deployment, batch_meeting_slo, evaluate
from desktop_app.estimator.uncertainty import Z, log_sigma

SECONDS_PER_DAY = 86400.0
#: Largest deployment sizing will propose (beyond it the workload is reported as saturating).
MAX_DEVICES = 100_000.0


def candidate_layouts(is_moe: bool, max_devices: int = 64) -> np.ndarray:
    """Rows of (tp, pp, ep) to try: TP 1..64 × PP 1..8 (instances up to ``max_devices``), and for
    MoE models attention data-parallel with experts sharded over 2..64 devices."""
    rows = []
    for tp in (1, 2, 4, 8, 16, 32, 64):
        for pp in (1, 2, 4, 8):
            if tp * pp <= max_devices:
                rows.append((tp, pp, 1))
    if is_moe:
        for ep in (2, 4, 8, 16, 32, 64):
            if ep <= max_devices:
                rows.append((1, 1, ep))
    return np.array(rows, dtype=np.float64)


def requests_per_second(requests_per_s=None, tokens_per_day=None, input_len=1.0, output_len=1.0) -> np.ndarray:
    """Request rate of the workload (see the module docstring)."""
    if requests_per_s is not None:
        return np.asarray(requests_per_s, dtype=np.float64)
    return np.asarray(tokens_per_day, dtype=np.float64) / SECONDS_PER_DAY / (input_len + output_len)


@dataclass(frozen=True)
class SizingResult:
    """Per accelerator (arrays of shape (A,)); ``ok`` False where nothing meets the targets.

    tp, pp, ep, instance_devices   chosen layout of one model instance
    replicas, devices              instances and devices needed (devices_low/high from the band)
    concurrency                    sequences per instance at the operating point
    capacity_tokens_per_s          output tokens/s the deployment can serve (and _low/_high)
    served_tokens_per_s            output tokens/s the workload asks for
    utilisation                    served / capacity
    ttft_s, tpot_s                 latency at the instance's concurrency
    cost_known                     price and power known (else cost fields are 0)
    capex_usd, tco_usd, annual_usd, usd_per_million_tokens (+ _low/_high)
    """

    ok: np.ndarray
    reason: list[str]
    tp: np.ndarray
    pp: np.ndarray
    ep: np.ndarray
    instance_devices: np.ndarray
    replicas: np.ndarray
    devices: np.ndarray
    devices_low: np.ndarray
    devices_high: np.ndarray
    concurrency: np.ndarray
    capacity_tokens_per_s: np.ndarray
    capacity_tokens_per_s_low: np.ndarray
    capacity_tokens_per_s_high: np.ndarray
    served_tokens_per_s: np.ndarray
    utilisation: np.ndarray
    ttft_s: np.ndarray
    tpot_s: np.ndarray
    cost_known: np.ndarray
    capex_usd: np.ndarray
    tco_usd: np.ndarray
    annual_usd: np.ndarray
    usd_per_million_tokens: np.ndarray
    usd_per_million_tokens_low: np.ndarray
    usd_per_million_tokens_high: np.ndarray


def _cost(hw: HardwareArrays, devices, served_tps, porting_months, region, years):
    price_known = np.isfinite(hw.price_usd) & np.isfinite(hw.tdp_w)
    price = np.where(np.isfinite(hw.price_usd), hw.price_usd, 0.0)
    tdp = np.where(np.isfinite(hw.tdp_w), hw.tdp_w, 0.0)
    kwargs = {"devices": np.maximum(devices, 1.0), "porting_months": porting_months, "utilisation": 1.0}
    if years is not None:
        kwargs["years"] = years
    inputs = CostInputs.from_defaults(price, tdp, region=region, **kwargs)
    return price_known, estimate_cost(inputs, np.maximum(served_tps, 1e-12))


def size(hw: HardwareArrays, model: ModelArrays, *, runtime_code: int, weight_format: int, kv_format: int,
         requests_per_s: float, input_len: float, output_len: float, tpot_slo_s: float = np.inf,
         ttft_slo_s: float = np.inf, porting_months=0.0, region: str = "us", years: float | None = None,
         fitted: dict | None = None) -> SizingResult:
    """Size a deployment of ``model`` (shape (1,)) on each accelerator of ``hw`` (shape (A,))."""
    is_moe = bool(np.any(model.experts > 0))
    lay = candidate_layouts(is_moe)
    tp, pp, ep = (lay[:, i][None, :] for i in range(3))
    n = np.maximum(tp, ep) * pp  # devices in one instance
    hw2 = hw.reshape((-1, 1))
    dep = Deployment(devices=n, tp=tp, pp=pp, ep=ep, weight_format=np.asarray(weight_format),
                     kv_format=np.asarray(kv_format))
    rt = calibration.runtime_params(runtime_code, hw2.family, fitted)
    best_b = batch_meeting_slo(hw2, model, dep, rt, input_len, output_len, tpot_slo_s, ttft_slo_s)
    r = evaluate(hw2, model, dep, rt, np.maximum(best_b, 1.0), input_len, output_len)
    within_domain = (tp * pp <= np.maximum(hw2.scale_up_domain, 1.0)) | (pp > 1)
    usable = r.fits & (best_b >= 1.0) & within_domain
    capacity = np.where(usable, r.output_tokens_per_s, 0.0)
    s_cal = calibration.spread(runtime_code, hw2.family, fitted)
    from desktop_app.estimator.precision import effective_dtype, pick_dtype

    s_peak = pick_dtype(hw2.peak_sigma, effective_dtype(hw2.peak_flops, weight_format))
    sigma = log_sigma(r.decode, s_peak, hw2.memory_bw_sigma, hw2.link_sigma, s_cal)
    cap_low, cap_high = capacity / np.exp(Z * sigma), capacity * np.exp(Z * sigma)
    served = float(requests_per_s) * output_len
    with np.errstate(divide="ignore"):
        replicas = np.where(capacity > 0, np.ceil(served / capacity - 1e-9), np.inf)
        rep_low = np.where(cap_high > 0, np.ceil(served / cap_high - 1e-9), np.inf)
        rep_high = np.where(cap_low > 0, np.ceil(served / cap_low - 1e-9), np.inf)
    replicas = np.where(np.isfinite(replicas), np.maximum(replicas, 1.0), 0.0)
    devices = np.where(replicas > 0, replicas * n, np.inf)
    feasible = usable & (devices <= MAX_DEVICES)
    dev_c = np.where(feasible, devices, 1.0)
    porting = np.asarray(porting_months, dtype=np.float64).reshape((-1, 1)) if np.ndim(porting_months) else porting_months
    known, cost = _cost(hw2, dev_c, served, porting, region, years)
    score = np.where(feasible, np.where(known, cost.annualised_usd_per_year, devices), np.inf)
    pick = np.argmin(score, axis=1)
    rows = np.arange(score.shape[0])
    g = lambda x: np.broadcast_to(x, score.shape)[rows, pick]  # noqa: E731
    ok = np.isfinite(g(score))
    dev_lo = np.where(ok, g(np.maximum(rep_low, 1.0) * n), 0.0)
    dev_hi = np.where(ok, g(np.where(np.isfinite(rep_high), np.maximum(rep_high, 1.0) * n, MAX_DEVICES)), 0.0)
    _, cost_lo = _cost(hw, np.maximum(dev_lo, 1.0), served, np.ravel(porting) if np.ndim(porting) else porting,
                       region, years)
    _, cost_hi = _cost(hw, np.maximum(dev_hi, 1.0), served, np.ravel(porting) if np.ndim(porting) else porting,
                       region, years)
    reasons = []
    any_fit = np.any(r.fits & within_domain, axis=1)
    any_usable = np.any(usable, axis=1)
    for i in range(score.shape[0]):  # one message per accelerator
        if ok[i]:
            reasons.append("")
        elif not any_fit[i]:
            reasons.append("the model does not fit on any layout of up to 64 devices per instance")
        elif not any_usable[i]:
            reasons.append("no layout meets the latency targets")
        else:
            reasons.append(f"saturated: the workload needs more than {MAX_DEVICES:.0f} devices")
    zero = lambda x: np.where(ok, x, 0.0)  # noqa: E731
    known_sel = g(known) & ok
    cz = lambda x: np.where(known_sel, x, 0.0)  # noqa: E731
    return SizingResult(
        ok=ok, reason=reasons, tp=zero(g(tp)), pp=zero(g(pp)), ep=zero(g(ep)), instance_devices=zero(g(n)),
        replicas=zero(g(replicas)), devices=zero(g(devices)), devices_low=dev_lo, devices_high=dev_hi,
        concurrency=zero(g(np.maximum(best_b, 1.0))), capacity_tokens_per_s=zero(g(capacity * replicas)),
        capacity_tokens_per_s_low=zero(g(cap_low * replicas)), capacity_tokens_per_s_high=zero(g(cap_high * replicas)),
        served_tokens_per_s=np.where(ok, served, 0.0),
        utilisation=zero(g(np.where(capacity > 0, served / np.maximum(capacity * replicas, 1e-12), 0.0))),
        ttft_s=np.where(ok, g(r.ttft_s), np.inf), tpot_s=np.where(ok, g(r.tpot_s), np.inf),
        cost_known=known_sel, capex_usd=cz(g(cost.capex_usd)), tco_usd=cz(g(cost.tco_usd)),
        annual_usd=cz(g(cost.annualised_usd_per_year)), usd_per_million_tokens=cz(g(cost.usd_per_million_tokens)),
        usd_per_million_tokens_low=cz(np.minimum(cost_lo.usd_per_million_tokens, g(cost.usd_per_million_tokens))),
        usd_per_million_tokens_high=cz(np.maximum(cost_hi.usd_per_million_tokens, g(cost.usd_per_million_tokens))),
    )
