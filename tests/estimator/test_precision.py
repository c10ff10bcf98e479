"""Storage cost and compute dtype of each weight format (hand calculations, sources in precision.py)."""

import numpy as np
import pytest
from numpy.testing import assert_allclose

from desktop_app.estimator import precision as pr


@pytest.mark.parametrize(
    ("name", "bytes_per_weight"),
    [
        ("bf16", 2.0),
        ("fp8", 1.0),
        ("int4-awq", (4 + 16 / 128 + 4 / 128) / 8),  # 4-bit + fp16 scale + 4-bit zero per 128
        ("nvfp4", (16 * 4 + 8) / 8 / 16),  # 16 e2m1 values + one e4m3 scale
        ("mxfp4", (32 * 4 + 8) / 8 / 32),  # 32 e2m1 values + one e8m0 scale
        ("q4_0", 18 / 32),  # block_q4_0: fp16 d + 16 bytes of nibbles
        ("q8_0", 34 / 32),  # block_q8_0: fp16 d + 32 int8
        ("q4_k_m", 4.85 / 8),
    ],
)
def test_body_bytes(name, bytes_per_weight):
    assert_allclose(pr.body_bytes_per_param(pr.format_code(name)), bytes_per_weight)


def test_embeddings_keep_their_precision():
    fp8 = pr.format_code("fp8")
    assert pr.embed_bytes_per_param(fp8) == 2.0 and pr.head_bytes_per_param(fp8) == 2.0
    # llama.cpp keeps output.weight at Q6_K in Q4 files: 210 bytes per 256 weights.
    assert_allclose(pr.head_bytes_per_param(pr.format_code("q4_0")), 210 / 256)


def test_fp8_without_hardware_fp8_runs_at_bf16_rate():
    # A100: bf16 312 TFLOP/s, no fp8; H100: fp8 1979.
    nan = np.nan
    peaks = np.array([[312e12, 312e12, nan, 624e12, nan, 19.5e12], [989e12, 989e12, 1979e12, 1979e12, nan, 67e12]])
    fp8 = pr.format_code("fp8")
    assert_allclose(pr.effective_peak(peaks, fp8), [312e12, 1979e12])
    # Broadcasting: devices (2, 1) x formats (3,) -> (2, 3)
    fmts = np.array([pr.format_code("bf16"), fp8, pr.format_code("q4_0")])
    out = pr.effective_peak(peaks[:, None, :], fmts)
    assert out.shape == (2, 3)
    assert_allclose(out[0], [312e12, 312e12, 624e12])


def test_no_figure_gives_nan_dtype():
    peaks = np.full((1, len(pr.DTYPES)), np.nan)
    assert pr.effective_dtype(peaks, pr.format_code("bf16"))[0] == -1
    assert np.isnan(pr.effective_peak(peaks, pr.format_code("bf16"))[0])


def test_unknown_format_is_rejected():
    with pytest.raises(ValueError, match="unknown precision"):
        pr.format_code("fp3")
