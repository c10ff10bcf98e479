"""Bands: first-order propagation of spec confidence and calibration scatter."""

import numpy as np
from numpy.testing import assert_allclose

from desktop_app.estimator.api import estimate
from desktop_app.estimator.hardware import CONFIDENCE_SIGMA
from desktop_app.estimator.performance import StepTime
from desktop_app.estimator.uncertainty import Z, band_rate, log_sigma
from tests.estimator import specs


def test_log_sigma_hand_calculation():
    # A step that is 3/4 memory (bandwidth known to 10 %) and 1/4 compute (5 %), calibration 20 %:
    # sqrt((0.75*0.10)^2 + (0.25*0.05)^2 + 0.20^2)
    s = StepTime(compute_s=np.array(1.0), memory_s=np.array(3.0), comm_s=np.array(0.0), fixed_s=np.array(0.0),
                 total_s=np.array(4.0))
    expected = np.sqrt((0.75 * 0.10) ** 2 + (0.25 * 0.05) ** 2 + 0.20**2)
    assert_allclose(log_sigma(s, 0.05, 0.10, 0.4, 0.20), expected)
    lo, hi = band_rate(100.0, expected)
    assert_allclose([lo, hi], [100 * np.exp(-Z * expected), 100 * np.exp(Z * expected)])


def test_confidence_widens_band(models_by_id):
    from desktop_app.catalog.arrays import hardware_arrays

    base = specs.ACCELERATORS["nvidia-h100-sxm"]
    rumour = specs.accelerator("h100-rumour", "nvidia", confidence="rumour", memory_gib=80, memory_bw_gbps=3350,
                               bf16_tflops=989, fp16_tflops=989, fp8_tflops=1979, int8_tops=1979, fp32_tflops=67,
                               scale_up_bw_gbps=900)
    hw = hardware_arrays([base, rumour])
    assert hw.memory_bw_sigma.tolist() == [CONFIDENCE_SIGMA["datasheet"], CONFIDENCE_SIGMA["rumour"]]
    est = estimate(hw, models_by_id("llama-3.1-8b"), batch=1)
    ratio = est.high["per_user_tokens_per_s"] / est.low["per_user_tokens_per_s"]
    assert ratio[1] > ratio[0] > 1.0
    # Same central value: confidence changes the band, not the estimate.
    assert_allclose(est.result.per_user_tokens_per_s[0], est.result.per_user_tokens_per_s[1])
