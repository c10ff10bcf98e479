"""Number formats of weights and KV cache: storage cost, and the compute rate they run at.

Formats are integer codes (``FORMAT_CODES``) so that a precision can be an axis of a grid.

Storage (bytes per parameter, block scales included):

* ``bf16``, ``fp16``: 2 bytes.
* ``fp8``, ``int8`` (W8A8): 1 byte; per-channel / per-tensor scales are < 0.01 % and ignored
  (DeepSeek's 128x128 fp32 block scales add 4/16384 B per weight).
* ``int4-awq``: 4 bits + one fp16 scale and one 4-bit zero point per group of 128
  → (4 + 20/128)/8 = 0.5195 B (AutoAWQ ``WQLinear_GEMM``: ``qweight`` int32-packed, ``scales``
  fp16 and ``qzeros`` int4-packed per group; group size 128).
* ``nvfp4``: 4-bit e2m1 + one fp8 e4m3 scale per 16 weights → 4.5 bits = 0.5625 B
  (NVIDIA, "Introducing NVFP4", 2025; a per-tensor fp32 scale is negligible).
* ``mxfp4``: 4-bit e2m1 + one e8m0 scale per 32 weights → 4.25 bits = 0.53125 B
  (OCP Microscaling Formats (MX) v1.0 spec, 2023, table 1).
* ``q4_0``: 32 4-bit weights + one fp16 scale = 18 B per 32 → 0.5625 B
  (llama.cpp ``ggml/src/ggml-common.h`` ``block_q4_0``).
* ``q8_0``: 32 int8 weights + one fp16 scale = 34 B per 32 → 1.0625 B (``block_q8_0``).
* ``q4_k_m``: a mix of Q4_K (4.5 bpw) with Q6_K (6.5625 bpw) for half of ``attn_v`` and
  ``ffn_down``; ≈ 4.85 bits per weight over the layers (llama.cpp ``tools/quantize/README.md``
  and PR #1684 "k-quants", which give 4.83-4.89 bpw for 7-8B models).

Embeddings and output head stay at their usual precision: bf16 in GPU checkpoints quantized with
fp8 / int8 / AWQ / NVFP4 / MXFP4 (``ignore: [lm_head]`` in their quantization configs, the
embedding is never quantized); in llama.cpp files the token embedding takes the file's type
(Q4_K for q4_k_m) and ``output.weight`` is Q6_K (``llama_tensor_get_type`` in llama.cpp
``src/llama-quant.cpp``), except in q8_0 files where it is q8_0.

Compute: each format lists the dtypes it can run its matrix products in, best first; the first one
the hardware has a figure for is used. fp8 weights on hardware without fp8 run at the bf16 rate
(weight-only dequantisation, e.g. vLLM's FP8 Marlin kernels on Ampere), W8A8 int8 falls back the
same way, AWQ is W4A16 (fp16 rate), llama.cpp's quantized matrix products use int8 dot products
(``mmq``, dp4a / int8 MMA) and fall back to fp16 / fp32.
"""

from __future__ import annotations

import numpy as np

#: Weight / KV formats, in code order.
FORMATS = ("bf16", "fp16", "fp8", "int8", "int4-awq", "nvfp4", "mxfp4", "q4_0", "q4_k_m", "q8_0")
FORMAT_CODES = {name: code for code, name in enumerate(FORMATS)}
#: Formats a KV cache may be stored in.
KV_FORMATS = ("bf16", "fp16", "fp8", "int8", "q8_0", "q4_0")
#: Formats that are llama.cpp GGUF block formats.
GGUF_FORMATS = ("q4_0", "q4_k_m", "q8_0")

#: Compute dtypes, the last axis of ``HardwareArrays.peak_flops``.
DTYPES = ("bf16", "fp16", "fp8", "int8", "fp4", "fp32")
DTYPE_CODES = {name: code for code, name in enumerate(DTYPES)}

_Q6_K = 6.5625 / 8.0  # 210 B per 256 weights (block_q6_K)
_Q4_K = 4.5 / 8.0  # 144 B per 256 weights (block_q4_K)

#: Bytes per weight of the transformer body, by format (see the module docstring).
BODY_BYTES = np.array([2.0, 2.0, 1.0, 1.0, (4 + 20 / 128) / 8, 4.5 / 8, 4.25 / 8, 18 / 32, 4.85 / 8, 34 / 32])
#: Bytes per weight of the input embedding.
EMBED_BYTES = np.array([2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 18 / 32, _Q4_K, 34 / 32])
#: Bytes per weight of the output head.
HEAD_BYTES = np.array([2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, _Q6_K, _Q6_K, 34 / 32])

_PREFERENCE = {
    "bf16": ("bf16", "fp16", "fp32"),
    "fp16": ("fp16", "bf16", "fp32"),
    "fp8": ("fp8", "bf16", "fp16", "fp32"),
    "int8": ("int8", "bf16", "fp16", "fp32"),
    "int4-awq": ("fp16", "bf16", "fp32"),
    "nvfp4": ("fp4", "fp8", "bf16", "fp16", "fp32"),
    "mxfp4": ("fp4", "bf16", "fp16", "fp32"),
    "q4_0": ("int8", "fp16", "bf16", "fp32"),
    "q4_k_m": ("int8", "fp16", "bf16", "fp32"),
    "q8_0": ("int8", "fp16", "bf16", "fp32"),
}


def format_code(name: str) -> int:
    """Code of a format name; ``ValueError`` naming the known ones otherwise."""
    try:
        return FORMAT_CODES[name.lower()]
    except KeyError:
        raise ValueError(f"unknown precision {name!r} (known: {', '.join(FORMATS)})") from None


def body_bytes_per_param(fmt: np.ndarray) -> np.ndarray:
    """Bytes per transformer-body weight for format codes ``fmt`` (table ``BODY_BYTES``)."""
    return BODY_BYTES[np.asarray(fmt, dtype=np.intp)]


def embed_bytes_per_param(fmt: np.ndarray) -> np.ndarray:
    """Bytes per input-embedding weight (kept at bf16 except in GGUF files)."""
    return EMBED_BYTES[np.asarray(fmt, dtype=np.intp)]


def head_bytes_per_param(fmt: np.ndarray) -> np.ndarray:
    """Bytes per output-head weight (bf16; Q6_K in q4 GGUF files)."""
    return HEAD_BYTES[np.asarray(fmt, dtype=np.intp)]


def kv_bytes_per_element(fmt: np.ndarray) -> np.ndarray:
    """Bytes per cached K or V element for a KV format code (same storage table as weights)."""
    return BODY_BYTES[np.asarray(fmt, dtype=np.intp)]


def effective_dtype(peaks: np.ndarray, fmt: np.ndarray) -> np.ndarray:
    """Index into ``DTYPES`` of the dtype format ``fmt`` runs in on each device (-1: none known).

    ``peaks[..., d]`` is the device's dense peak for dtype ``DTYPES[d]`` (NaN when it has none or
    it is unknown); for each format the first available dtype of its preference list is taken.
    """
    peaks = np.asarray(peaks, dtype=np.float64)
    usable = np.isfinite(peaks) & (peaks > 0)
    fmt = np.asarray(fmt, dtype=np.intp)
    shape = np.broadcast_shapes(peaks.shape[:-1], fmt.shape)
    out = np.full(shape, -1, dtype=np.intp)
    for code in np.unique(fmt):  # the handful of formats present, not configurations
        chosen = np.full(peaks.shape[:-1], -1, dtype=np.intp)
        for dtype in reversed(_PREFERENCE[FORMATS[int(code)]]):
            chosen = np.where(usable[..., DTYPE_CODES[dtype]], DTYPE_CODES[dtype], chosen)
        out = np.where(fmt == code, chosen, out) if fmt.ndim else np.broadcast_to(chosen, shape)
    return out


def pick_dtype(values: np.ndarray, dtype_index: np.ndarray) -> np.ndarray:
    """``values[..., dtype_index]`` broadcast; NaN where the index is -1."""
    values = np.asarray(values, dtype=np.float64)
    shape = np.broadcast_shapes(values.shape[:-1], np.shape(dtype_index))
    v = np.broadcast_to(values, shape + (values.shape[-1],))
    idx = np.broadcast_to(np.maximum(dtype_index, 0), shape)[..., None]
    out = np.take_along_axis(v, idx, axis=-1)[..., 0]
    return np.where(np.broadcast_to(dtype_index, shape) >= 0, out, np.nan)


def effective_peak(peaks: np.ndarray, fmt: np.ndarray) -> np.ndarray:
    """Peak matrix throughput (FLOP/s) format ``fmt`` runs at on each device (NaN: none known)."""
    return pick_dtype(peaks, effective_dtype(peaks, fmt))


def compute_dtype(peaks: np.ndarray, fmt: int) -> str:
    """Name of the dtype one device (1-D ``peaks``) runs format code ``fmt`` in (for explanations)."""
    for dtype in _PREFERENCE[FORMATS[fmt]]:
        value = peaks[DTYPE_CODES[dtype]]
        if np.isfinite(value) and value > 0:
            return dtype
    return "unknown"
