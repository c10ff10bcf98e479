"""Accelerator specs as arrays (SI units), with the relative uncertainty of each figure.

One element per device kind (or any broadcast shape). Unknown figures are NaN; the estimator turns a
NaN it needs into ``fits = False`` with a "missing spec" reason, never into a NaN result.

Confidence → relative one-sigma uncertainty (``CONFIDENCE_SIGMA``): datasheet 5 %, measured 10 %,
estimate 20 %, press 25 %, rumour 40 %. Why these: a datasheet peak is exact as a peak but real
parts ship in SKUs and clocks that differ by a few per cent; independent measurements of the same
part scatter by about 10 % between sources (clocks, drivers); analyst estimates of unpublished
figures for Chinese parts in ``shared/research`` disagree with each other by 15-30 %; press reports
of vendor claims and rumours are wider still.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import numpy as np

from desktop_app.estimator.precision import DTYPES

CONFIDENCE_SIGMA = {"datasheet": 0.05, "measured": 0.10, "estimate": 0.20, "press": 0.25, "rumour": 0.40}
#: Sigma for a figure whose confidence is not stated.
UNSTATED_SIGMA = 0.25

#: Hardware families: calibration adjusts efficiencies per family, and collectives use the family's
#: interconnect latency. ``family_of`` in ``desktop_app.catalog.arrays`` assigns them.
FAMILIES = (
    "nvidia-datacenter",  # HBM data-centre GPUs with NVLink (A100 ... B200, H20)
    "nvidia-consumer",  # GeForce / workstation GDDR cards, PCIe
    "nvidia-soc",  # unified LPDDR memory (DGX Spark, Jetson)
    "amd-datacenter",  # Instinct, Infinity Fabric
    "amd-consumer",  # Radeon
    "huawei-ascend",  # HCCS / UB
    "intel",  # Gaudi, Arc, Max
    "other-npu",  # Cambricon, Kunlun, Hygon, MetaX, Moore Threads, Enflame, ...
    "apple",
    "other",
)
FAMILY_CODES = {name: code for code, name in enumerate(FAMILIES)}


@dataclass(frozen=True)
class HardwareArrays:
    """Device specs; every field a float64 array of the same broadcast shape (``peak_flops`` and
    ``peak_sigma`` carry one more trailing axis, one entry per ``precision.DTYPES``).

    memory_bytes        device memory, bytes
    memory_bw           memory bandwidth, bytes/s
    peak_flops          dense peak per dtype, FLOP/s (NaN: none or unknown)
    scale_up_bw         scale-up link bandwidth per device and direction, bytes/s
    scale_out_bw        scale-out bandwidth per device and direction, bytes/s
    scale_up_domain     devices reachable over the scale-up link
    tdp_w               board power, W
    price_usd           device price, USD
    family              code in ``FAMILIES``
    *_sigma             relative one-sigma uncertainty of the figure (from its confidence)
    """

    memory_bytes: np.ndarray
    memory_bw: np.ndarray
    peak_flops: np.ndarray
    scale_up_bw: np.ndarray
    scale_out_bw: np.ndarray
    scale_up_domain: np.ndarray
    tdp_w: np.ndarray
    price_usd: np.ndarray
    family: np.ndarray
    memory_sigma: np.ndarray
    memory_bw_sigma: np.ndarray
    peak_sigma: np.ndarray
    link_sigma: np.ndarray
    price_sigma: np.ndarray

    @classmethod
    def from_specs(cls, **specs) -> HardwareArrays:
        """Build from plain numbers / arrays in catalog units (GiB, GB/s, TFLOP/s, ...).

        Keys: ``memory_gib``, ``memory_bw_gbps``, ``bf16_tflops``, ``fp16_tflops``,
        ``fp8_tflops``, ``int8_tops``, ``fp4_tflops``, ``fp32_tflops``, ``scale_up_bw_gbps``
        (both directions), ``scale_out_gbit_s``, ``scale_up_domain``, ``tdp_w``, ``price_usd``,
        ``family`` (name or code) and optional ``<key>_sigma`` relative uncertainties.
        Missing figures are NaN.
        """
        get = lambda k: np.asarray(specs.get(k, np.nan), dtype=np.float64)  # noqa: E731
        sig = lambda k: np.asarray(specs.get(k + "_sigma", CONFIDENCE_SIGMA["datasheet"]), dtype=np.float64)  # noqa: E731
        dtype_keys = {"bf16": "bf16_tflops", "fp16": "fp16_tflops", "fp8": "fp8_tflops",
                      "int8": "int8_tops", "fp4": "fp4_tflops", "fp32": "fp32_tflops"}
        family = specs.get("family", "other")
        if isinstance(family, str):
            family = FAMILY_CODES[family]
        peaks = [get(dtype_keys[d]) * 1e12 for d in DTYPES]
        psig = [sig(dtype_keys[d]) for d in DTYPES]
        shape = np.broadcast_shapes(*(np.shape(p) for p in peaks), np.shape(get("memory_gib")))
        return cls(
            memory_bytes=np.broadcast_to(get("memory_gib") * 2.0**30, shape).copy(),
            memory_bw=np.broadcast_to(get("memory_bw_gbps") * 1e9, shape).copy(),
            peak_flops=np.stack([np.broadcast_to(p, shape) for p in peaks], axis=-1),
            scale_up_bw=np.broadcast_to(get("scale_up_bw_gbps") * 1e9 / 2.0, shape).copy(),
            scale_out_bw=np.broadcast_to(get("scale_out_gbit_s") * 1e9 / 8.0, shape).copy(),
            scale_up_domain=np.broadcast_to(np.asarray(specs.get("scale_up_domain", 8), dtype=np.float64), shape).copy(),
            tdp_w=np.broadcast_to(get("tdp_w"), shape).copy(),
            price_usd=np.broadcast_to(get("price_usd"), shape).copy(),
            family=np.broadcast_to(np.asarray(family, dtype=np.float64), shape).copy(),
            memory_sigma=np.broadcast_to(sig("memory_gib"), shape).copy(),
            memory_bw_sigma=np.broadcast_to(sig("memory_bw_gbps"), shape).copy(),
            peak_sigma=np.stack([np.broadcast_to(s, shape) for s in psig], axis=-1),
            link_sigma=np.broadcast_to(sig("scale_up_bw_gbps"), shape).copy(),
            price_sigma=np.broadcast_to(sig("price_usd"), shape).copy(),
        )

    def reshape(self, shape: tuple[int, ...]) -> HardwareArrays:
        """The same devices laid out along a grid axis, e.g. ``(-1, 1, 1)`` for the first of three."""
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name in ("peak_flops", "peak_sigma"):
                out[f.name] = value.reshape(shape + (value.shape[-1],))
            else:
                out[f.name] = value.reshape(shape)
        return HardwareArrays(**out)

    def take(self, index: np.ndarray) -> HardwareArrays:
        """Devices picked by index along the first axis (``index`` may be any integer array)."""
        return HardwareArrays(**{f.name: np.asarray(getattr(self, f.name))[index] for f in fields(self)})
