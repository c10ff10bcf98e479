"""Predicting measured results, and fitting the calibrated efficiencies to them.

``RowSet`` holds measured results as arrays (one element per row): hardware and model arrays
gathered per row, the scenario, the metric and the measured value. :func:`predict` evaluates all
rows in one vectorised call. :func:`fit` adjusts a few physical parameters — per runtime: compute
efficiency, memory-bandwidth efficiency, fixed time per step and per layer; per hardware family: a
compute and a bandwidth multiplier; globally: the matrix-product fill constant — to minimise the
squared log error, with a Gaussian prior (ridge) pulling each towards its documented default so that
a family seen in one or two rows moves only part of the way (Levenberg-Marquardt on a numerical
Jacobian). :func:`leave_one_out` refits without each row in turn to show how much the fit leans on
any one row.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

import numpy as np

from desktop_app.estimator import calibration
from desktop_app.estimator.hardware import FAMILIES, HardwareArrays
from desktop_app.estimator.model import ModelArrays
from desktop_app.estimator.runtime import RUNTIMES
from desktop_app.estimator.serving import REASON_KV, Deployment, batch_meeting_slo, evaluate

METRICS = ("output_tokens_per_s", "output_tokens_per_s_per_device", "per_user_tokens_per_s",
           "prefill_tokens_per_s", "memory_per_device_gib")
GIB = 2.0**30


@dataclass(frozen=True)
class RowSet:
    """Measured results as arrays (length N). ``batch`` NaN = "max"; ``tpot_slo_s`` inf = none."""

    ids: tuple[str, ...]
    hw: HardwareArrays
    model: ModelArrays
    runtime: np.ndarray
    deployment: Deployment
    batch: np.ndarray
    input_len: np.ndarray
    output_len: np.ndarray
    tpot_slo_s: np.ndarray
    metric: np.ndarray
    measured: np.ndarray

    def subset(self, mask: np.ndarray) -> RowSet:
        idx = np.flatnonzero(mask)
        d = self.deployment
        return RowSet(
            ids=tuple(self.ids[i] for i in idx), hw=self.hw.take(idx), model=self.model.take(idx),
            runtime=self.runtime[idx],
            deployment=Deployment(d.devices[idx], d.tp[idx], d.pp[idx], d.ep[idx], d.weight_format[idx],
                                  d.kv_format[idx]),
            batch=self.batch[idx], input_len=self.input_len[idx], output_len=self.output_len[idx],
            tpot_slo_s=self.tpot_slo_s[idx], metric=self.metric[idx], measured=self.measured[idx])


def predict(rows: RowSet, fitted: dict | None = None) -> np.ndarray:
    """Predicted value of each row's metric (NaN where the configuration cannot run)."""
    return predict_with_reasons(rows, fitted)[0]


def predict_with_reasons(rows: RowSet, fitted: dict | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Predicted values and, per row, a ``serving.REASONS`` code (0 where it ran)."""
    rt = calibration.runtime_params(rows.runtime, rows.hw.family, fitted)
    batch = rows.batch
    slo = np.isfinite(rows.tpot_slo_s) & np.isnan(batch)
    if np.any(slo):
        sub = rows.subset(slo)
        rt_sub = calibration.runtime_params(sub.runtime, sub.hw.family, fitted)
        b_slo = batch_meeting_slo(sub.hw, sub.model, sub.deployment, rt_sub, sub.input_len, sub.output_len,
                                  sub.tpot_slo_s, np.inf, iterations=30, whole=False)
        batch = batch.copy()
        batch[slo] = np.maximum(b_slo, 1.0)
    r = evaluate(rows.hw, rows.model, rows.deployment, rt, batch, rows.input_len, rows.output_len)
    values = np.stack([
        r.output_tokens_per_s,
        r.output_tokens_per_s_per_device,
        r.per_user_tokens_per_s,
        r.prefill_tokens_per_s,
        r.memory.total / GIB,
    ])
    out = np.take_along_axis(values, rows.metric[None, :].astype(np.intp), axis=0)[0]
    ok = r.fits | ((rows.metric == METRICS.index("memory_per_device_gib")) & (r.reason == REASON_KV))
    return np.where(ok & (out > 0), out, np.nan), np.where(ok, 0, r.reason)


def ape(predicted: np.ndarray, measured: np.ndarray) -> np.ndarray:
    """Absolute percentage error |p − m| / m · 100."""
    return np.abs(predicted - measured) / measured * 100.0


# --- fitting -------------------------------------------------------------------------------------

#: Prior standard deviations (log space) of the fitted parameters: efficiencies are known to within
#: a factor of about 2-3 before calibration, fixed overheads within a factor of 7-20; per-family
#: multipliers within ±50 % (compute) and ±35 % (bandwidth).
_RUNTIME_KEYS = (("compute_eff", 1.0), ("memory_eff", 0.6), ("step_ms", 2.0), ("layer_us", 2.0), ("seq_us", 3.0),
                 ("expert_eff", 2.0))
_FAMILY_KEYS = (("compute", 0.6), ("memory", 0.4))


def _parameters(rows: RowSet):
    """(path, prior sigma in log space) of every fitted parameter that some row informs."""
    used_rt = {RUNTIMES[i] for i in np.unique(rows.runtime)}
    moe_rt = {RUNTIMES[i] for i in np.unique(rows.runtime[rows.model.experts > 0])}
    used_fam = {FAMILIES[int(i)] for i in np.unique(rows.hw.family)}
    params = [(("gemm_half_tokens", "value"), 1.0), (("attn_eff", "value"), 0.5)]
    dep = np.maximum(rows.deployment.ep, rows.deployment.tp) > rows.deployment.tp
    if np.any(dep):
        params.append((("dp_imbalance", "value"), 0.3))
    for r in RUNTIMES:
        if r in used_rt:
            params += [(("runtime", r, k), s) for k, s in _RUNTIME_KEYS if k != "expert_eff" or r in moe_rt]
    multi_fam = {FAMILIES[int(i)] for i in np.unique(rows.hw.family[rows.deployment.devices > 1])}
    for f in FAMILIES:
        if f in used_fam:
            params += [(("family", f, k), s) for k, s in _FAMILY_KEYS]
        if f in multi_fam:
            params.append((("family", f, "link"), 0.5))
    return params


def _get(d, path):
    for p in path:
        d = d[p]
    return d


def _set(d, path, value):
    for p in path[:-1]:
        d = d[p]
    d[path[-1]] = value


def _apply(base: dict, params, theta) -> dict:
    fitted = copy.deepcopy(base)
    for (path, _), t in zip(params, theta, strict=True):
        _set(fitted, path, _get(base, path) * float(np.exp(t)))
    return fitted


def _residuals(rows, base, params, theta, prior_sigmas):
    pred = predict(rows, _apply(base, params, theta))
    r = np.log(np.where(np.isfinite(pred), pred, rows.measured * 10.0) / rows.measured)
    return np.concatenate([r, theta / prior_sigmas])


def fit(rows: RowSet, prior: dict | None = None, iterations: int = 60) -> tuple[dict, dict]:
    """Fit the efficiencies to ``rows`` starting from (and pulled towards) ``prior``
    (``calibration.PRIORS``); returns the fitted table and a report."""
    base = copy.deepcopy(calibration.PRIORS if prior is None else prior)
    params = _parameters(rows)
    sig = np.array([s for _, s in params])
    theta = np.zeros(len(params))
    lam = 1e-2
    res = _residuals(rows, base, params, theta, sig)
    cost = float(res @ res)
    for _ in range(iterations):
        h = 1e-4
        jac = np.empty((res.size, theta.size))
        for j in range(theta.size):  # numerical Jacobian: one column per parameter
            t2 = theta.copy()
            t2[j] += h
            jac[:, j] = (_residuals(rows, base, params, t2, sig) - res) / h
        improved = False
        for _ in range(8):
            a = jac.T @ jac + lam * np.diag(np.diag(jac.T @ jac) + 1e-9)
            step = -np.linalg.solve(a, jac.T @ res)
            trial = np.clip(theta + step, -3.0, 3.0)
            r2 = _residuals(rows, base, params, trial, sig)
            c2 = float(r2 @ r2)
            if c2 < cost:
                theta, res, cost, lam, improved = trial, r2, c2, lam / 3.0, True
                break
            lam *= 4.0
        if not improved or np.max(np.abs(step)) < 1e-5:
            break
    fitted = _apply(base, params, theta)
    dep = np.maximum(rows.deployment.ep, rows.deployment.tp) > rows.deployment.tp
    pred = predict(rows, fitted)
    logerr = np.log(pred / rows.measured)
    # Record which rows informed each entry, and the scatter per runtime.
    # Memory rows say nothing about efficiencies: only speed rows are listed as informing them.
    speed = rows.metric != METRICS.index("memory_per_device_gib")
    for r in RUNTIMES:
        mask = (rows.runtime == RUNTIMES.index(r)) & speed
        fitted["runtime"][r]["rows"] = sorted(rows.ids[i] for i in np.flatnonzero(mask))
        if mask.sum() >= 2:
            fitted["spread"][r] = round(float(max(np.sqrt(np.nanmean(logerr[mask] ** 2)), 0.08)), 3)
    for f in FAMILIES:
        mask = (rows.hw.family == FAMILIES.index(f)) & speed
        fitted["family"][f]["rows"] = sorted(rows.ids[i] for i in np.flatnonzero(mask))
    fitted["gemm_half_tokens"]["rows"] = sorted(rows.ids[i] for i in np.flatnonzero(speed))
    fitted["attn_eff"]["rows"] = sorted(rows.ids[i] for i in np.flatnonzero(speed))
    fitted["dp_imbalance"]["rows"] = sorted(rows.ids[i] for i in np.flatnonzero(dep))
    report = {"parameters": {".".join(p): float(_get(fitted, p)) for p, _ in params},
              "ape": dict(zip(rows.ids, np.round(ape(pred, rows.measured), 1).tolist(), strict=True)),
              "median_ape": float(np.nanmedian(ape(pred, rows.measured))),
              "p90_ape": float(np.nanpercentile(ape(pred, rows.measured), 90))}
    return fitted, report


def leave_one_out(rows: RowSet, prior: dict | None = None, iterations: int = 8) -> dict[str, float]:
    """APE of each row predicted by a fit made without it (the honest out-of-sample error)."""
    out = {}
    for i, rid in enumerate(rows.ids):  # one refit per calibration row (offline tool, not hot path)
        mask = np.ones(len(rows.ids), dtype=bool)
        mask[i] = False
        fitted, _ = fit(rows.subset(mask), prior, iterations)
        one = rows.subset(~mask)
        out[rid] = float(ape(predict(one, fitted), one.measured)[0])
    return out
