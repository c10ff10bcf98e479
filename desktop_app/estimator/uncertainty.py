"""Low/high bands from spec confidence and calibration scatter (first-order propagation).

A step time ``t = fixed + compute + memory + comm`` scales as ``1/peak`` in its compute part,
``1/bandwidth`` in its memory part and ``1/link`` in its communication part, so its relative
(log) uncertainty is, to first order (the delta method; JCGM 100:2008 "GUM", section 5.1.2),

``σ_t² = (compute/t · σ_peak)² + (memory/t · σ_bw)² + (comm/t · σ_link)² + σ_cal²``

where the σ of a spec comes from its confidence (``hardware.CONFIDENCE_SIGMA``) and ``σ_cal`` is the
calibration scatter of the runtime (``calibration.spread``). Throughputs are inverse times and get
the same log-σ. The band is ``value · exp(∓ Z · σ)`` with ``Z = 1`` (a one-sigma band, about 68 % if
errors are log-normal): wide enough to show which comparisons are decided and which are not,
without hiding the estimate in a range nobody can plan with.
"""

from __future__ import annotations

import numpy as np

from desktop_app.estimator.performance import StepTime

Z = 1.0


def log_sigma(step: StepTime, sigma_peak, sigma_bw, sigma_link, sigma_cal) -> np.ndarray:
    """Relative (log-space) one-sigma uncertainty of a step time (see the module docstring)."""
    c, m = step.compute_s, step.memory_s
    var = (c * c) * (sigma_peak * sigma_peak) + (m * m) * (sigma_bw * sigma_bw)
    if np.any(step.comm_s):
        var = var + (step.comm_s * step.comm_s) * (sigma_link * sigma_link)
    t = step.total_s
    with np.errstate(divide="ignore", invalid="ignore"):
        rel = var / (t * t) + np.asarray(sigma_cal) ** 2
    return np.sqrt(np.where(np.isfinite(rel), rel, np.asarray(sigma_cal) ** 2))


def band_rate(value, sigma):
    """(low, high) of a higher-is-better rate: ``value · exp(∓ Z·σ)``."""
    f = np.exp(Z * sigma)
    return value / f, value * f


def band_time(value, sigma):
    """(low, high) of a time: the same factors (a finite time stays finite, inf stays inf)."""
    f = np.exp(Z * sigma)
    return value / f, value * f
