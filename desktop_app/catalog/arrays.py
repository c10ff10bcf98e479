"""Adapter: catalog records (frozen dataclasses) → estimator input arrays, with provenance.

``hardware_arrays(accelerators, systems)`` and ``model_arrays(models)`` build the arrays the
estimator computes on (one element per record, in the order given); ``hardware_provenance`` and
``model_provenance`` keep, for the "why this number" breakdown, each figure used with its source
and confidence. A figure's confidence sets its relative uncertainty
(``estimator.hardware.CONFIDENCE_SIGMA``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from desktop_app.estimator.hardware import CONFIDENCE_SIGMA, FAMILY_CODES, UNSTATED_SIGMA, HardwareArrays
from desktop_app.estimator.model import ModelArrays
from desktop_app.estimator.model import model_arrays as _model_arrays
from desktop_app.estimator.params import ModelArch

#: Accelerator spec fields the estimator reads.
HARDWARE_FIELDS = ("memory_gib", "memory_bw_gbps", "bf16_tflops", "fp16_tflops", "fp8_tflops", "int8_tops",
                   "fp4_tflops", "fp32_tflops", "scale_up_bw_gbps", "scale_out_gbit_s", "tdp_w", "price_usd")
#: Model fields the estimator reads (besides text: attention, tied_embeddings, qkv_bias).
MODEL_FIELDS = ("layers", "hidden_size", "heads", "kv_heads", "head_dim", "ffn_size", "vocab_size", "max_context",
                "q_lora_rank", "kv_lora_rank", "qk_rope_head_dim", "qk_nope_head_dim", "v_head_dim",
                "sliding_window", "sliding_window_layers", "experts", "experts_active", "shared_experts",
                "expert_ffn_size", "shared_expert_ffn_size", "dense_layers", "moe_layer_step")

_CHINESE_NPU_VENDORS = ("cambricon", "kunlun", "hygon", "metax", "moore", "enflame", "biren", "iluvatar",
                        "baidu", "alibaba", "tencent", "sophgo", "denglin", "innostar", "t-head")


def _spec(record: Any, name: str):
    return getattr(record, name, None)


def _value(record: Any, name: str) -> float:
    spec = _spec(record, name)
    value = getattr(spec, "value", spec)
    return float("nan") if value is None else float(value)


def _sigma(record: Any, name: str) -> float:
    spec = _spec(record, name)
    confidence = getattr(spec, "confidence", None) or getattr(record, "confidence", None)
    return CONFIDENCE_SIGMA.get(confidence or "", UNSTATED_SIGMA)


def family_of(acc: Any) -> str:
    """Hardware family of an accelerator record (see ``estimator.hardware.FAMILIES``)."""
    vendor = (acc.vendor or "").lower()
    kind = (acc.kind or "").lower()
    memory = (acc.memory_type or "").lower()
    text = f"{acc.id} {acc.name} {acc.form_factor or ''}".lower()
    if vendor.startswith("nvidia"):
        if kind == "soc" or "lpddr" in memory:
            return "nvidia-soc"
        if "gddr" in memory or "geforce" in text or "rtx" in text:
            return "nvidia-consumer"
        return "nvidia-datacenter"
    if vendor.startswith("amd"):
        if "hbm" in memory or "instinct" in text or "mi3" in text or "mi2" in text:
            return "amd-datacenter"
        return "amd-consumer"
    if vendor.startswith("huawei"):
        return "huawei-ascend"
    if vendor.startswith("intel"):
        return "intel"
    if vendor.startswith("apple"):
        return "apple"
    if any(vendor.startswith(v) for v in _CHINESE_NPU_VENDORS) or kind == "npu":
        return "other-npu"
    return "other"


def scale_up_domain(acc: Any, systems: Iterable[Any] = ()) -> float:
    """Devices in one scale-up domain: the largest of the catalog's systems built on this part,
    else 8 (one server)."""
    best = 0.0
    for system in systems:
        if getattr(system, "accelerator", None) == acc.id:
            best = max(best, _value(system, "scale_up_domain") if np.isfinite(_value(system, "scale_up_domain")) else 0.0)
    return best if best > 0 else 8.0


#: Scale-up bandwidth (GB/s, both directions) assumed when neither the accelerator nor a system
#: built on it states one, by family, with ``rumour`` confidence. Multi-device estimates then still
#: run, with a wide band and the assumption named in the breakdown. PCIe 4.0 x16 (64 GB/s both
#: directions) for cards without a dedicated link; 392 GB/s for Ascend (7 HCCS links x 56 GB/s, the
#: figure that circulates for the 910B without a Huawei source).
ASSUMED_SCALE_UP_GBPS = {"huawei-ascend": 392.0, "nvidia-datacenter": 128.0, "amd-datacenter": 128.0}
ASSUMED_SCALE_UP_DEFAULT_GBPS = 64.0


def scale_up_bandwidth(acc: Any, systems: Iterable[Any] = ()) -> tuple[float, float, str]:
    """(GB/s both directions, relative sigma, where it came from) of an accelerator's scale-up link:
    its own figure, else the largest stated by a system built on it, else an assumption."""
    own = _value(acc, "scale_up_bw_gbps")
    if np.isfinite(own):
        return own, _sigma(acc, "scale_up_bw_gbps"), "accelerator"
    best, sigma = float("nan"), UNSTATED_SIGMA
    for system in systems:
        if getattr(system, "accelerator", None) == acc.id:
            value = _value(system, "scale_up_bw_gbps")
            if np.isfinite(value) and not (np.isfinite(best) and best >= value):
                best, sigma = value, _sigma(system, "scale_up_bw_gbps")
    if np.isfinite(best):
        return best, sigma, "system"
    family = family_of(acc)
    return ASSUMED_SCALE_UP_GBPS.get(family, ASSUMED_SCALE_UP_DEFAULT_GBPS), CONFIDENCE_SIGMA["rumour"], "assumed"


def hardware_arrays(accelerators: Sequence[Any], systems: Iterable[Any] = ()) -> HardwareArrays:
    """One element per accelerator record, in order."""
    systems = list(systems)
    specs: dict[str, Any] = {}
    for name in HARDWARE_FIELDS:
        specs[name] = np.array([_value(a, name) for a in accelerators], dtype=np.float64)
        specs[name + "_sigma"] = np.array([_sigma(a, name) for a in accelerators], dtype=np.float64)
    links = [scale_up_bandwidth(a, systems) for a in accelerators]
    specs["scale_up_bw_gbps"] = np.array([x[0] for x in links], dtype=np.float64)
    specs["scale_up_bw_gbps_sigma"] = np.array([x[1] for x in links], dtype=np.float64)
    specs["scale_up_domain"] = np.array([scale_up_domain(a, systems) for a in accelerators], dtype=np.float64)
    specs["family"] = np.array([FAMILY_CODES[family_of(a)] for a in accelerators], dtype=np.float64)
    return HardwareArrays.from_specs(**specs)


def model_arch(models: Sequence[Any]) -> ModelArch:
    """``params.ModelArch`` of model records (absent numbers are 0, as the architecture expects)."""
    rows = []
    for m in models:
        row: dict[str, Any] = {name: getattr(_spec(m, name), "value", None) for name in MODEL_FIELDS}
        row["attention"] = m.attention or "gqa"
        row["tied_embeddings"] = bool(m.tied_embeddings)
        row["qkv_bias"] = bool(m.qkv_bias)
        rows.append(row)
    return ModelArch.from_dicts(rows)


def model_arrays(models: Sequence[Any]) -> ModelArrays:
    """One element per model record, in order."""
    return _model_arrays(model_arch(models))


def missing_model_specs(model: Any) -> list[str]:
    """Architecture figures a model record lacks that the estimator cannot do without."""
    needed = ["layers", "hidden_size", "heads", "vocab_size"]
    if (model.attention or "gqa") == "mla":
        needed += ["kv_lora_rank", "qk_rope_head_dim", "qk_nope_head_dim", "v_head_dim"]
    else:
        needed += ["kv_heads"]
    experts = _value(model, "experts")
    if np.isfinite(experts) and experts > 0:
        needed += ["experts_active", "expert_ffn_size"]
    else:
        needed += ["ffn_size"]
    return [n for n in needed if not np.isfinite(_value(model, n))]


def provenance(record: Any, names: Iterable[str]) -> dict[str, dict[str, Any]]:
    """``{field: {value, source, confidence, note}}`` for the known figures among ``names``."""
    out: dict[str, dict[str, Any]] = {}
    for name in names:
        spec = _spec(record, name)
        value = getattr(spec, "value", None)
        if value is None:
            continue
        out[name] = {
            "value": value,
            "source": getattr(spec, "source", None) or getattr(record, "source", None),
            "confidence": getattr(spec, "confidence", None) or getattr(record, "confidence", None),
            "note": getattr(spec, "note", None),
        }
    return out


def hardware_provenance(acc: Any, systems: Iterable[Any] = ()) -> dict[str, dict[str, Any]]:
    out = provenance(acc, HARDWARE_FIELDS)
    value, _, origin = scale_up_bandwidth(acc, systems)
    if origin != "accelerator":
        out["scale_up_bw_gbps"] = {
            "value": value, "source": None if origin == "assumed" else "system",
            "confidence": "rumour" if origin == "assumed" else "estimate",
            "note": ("not in the catalog: assumed typical figure for the family" if origin == "assumed"
                     else "taken from a system built on this accelerator")}
    return out


def model_provenance(model: Any) -> dict[str, dict[str, Any]]:
    return provenance(model, MODEL_FIELDS + ("total_params_b", "active_params_b"))


# --- measured results (validate, calibration) ---------------------------------------------------


def measured_rowset(rows: Sequence[dict[str, str]], accelerators: dict[str, Any], models: dict[str, Any],
                    systems: Iterable[Any] = ()):
    """Turn measured-result rows (CSV dicts, columns of ``shared/validation/README.md``) into an
    ``estimator.fit.RowSet``; returns ``(rowset or None, kept_rows, skipped)`` where ``skipped`` is a
    list of ``(row id, reason)``."""
    from desktop_app.estimator.fit import METRICS, RowSet
    from desktop_app.estimator.precision import FORMAT_CODES, KV_FORMATS
    from desktop_app.estimator.runtime import RUNTIME_CODES
    from desktop_app.estimator.serving import Deployment

    kept: list[dict[str, Any]] = []
    skipped: list[tuple[str, str]] = []
    for row in rows:
        rid = (row.get("id") or "?").strip()
        try:
            acc = accelerators.get(row["accelerator"].strip())
            mod = models.get(row["model"].strip())
            if acc is None:
                raise ValueError(f"unknown accelerator {row['accelerator']!r}")
            if mod is None:
                raise ValueError(f"unknown model {row['model']!r}")
            missing = missing_model_specs(mod)
            if missing:
                raise ValueError(f"model {mod.id} lacks {', '.join(missing)}")
            wp, kp = row["weight_precision"].strip().lower(), row["kv_precision"].strip().lower()
            if wp not in FORMAT_CODES:
                raise ValueError(f"unknown weight precision {wp!r}")
            if kp not in KV_FORMATS:
                raise ValueError(f"unknown KV precision {kp!r}")
            runtime = row["runtime"].strip().lower()
            if runtime not in RUNTIME_CODES:
                raise ValueError(f"unknown runtime {runtime!r}")
            metric = row["metric"].strip()
            if metric not in METRICS:
                raise ValueError(f"unknown metric {metric!r}")
            ints = {k: int(float(row[k])) for k in ("devices", "tp", "pp", "ep", "input_len", "output_len")}
            if min(ints["devices"], ints["tp"], ints["pp"], ints["ep"]) < 1:
                raise ValueError("devices, tp, pp and ep must be at least 1")
            if ints["input_len"] < 0 or ints["output_len"] < 0 or ints["input_len"] + ints["output_len"] == 0:
                raise ValueError("lengths must be >= 0 and not both 0")
            batch_text = row["batch"].strip().lower()
            batch = float("nan") if batch_text == "max" else float(batch_text)
            if batch_text != "max" and not (np.isfinite(batch) and batch >= 1):
                raise ValueError(f"bad batch {row['batch']!r}")
            slo_text = (row.get("tpot_slo_ms") or "").strip()
            slo = float(slo_text) / 1e3 if slo_text else float("inf")
            value = float(row["value"])
            if not (np.isfinite(value) and value > 0) or not (slo > 0):
                raise ValueError("value and TPOT target must be positive numbers")
        except (KeyError, ValueError, AttributeError) as exc:
            skipped.append((rid, str(exc)))
            continue
        kept.append(dict(id=rid, acc=acc, mod=mod, wf=FORMAT_CODES[wp], kf=FORMAT_CODES[kp],
                         rt=RUNTIME_CODES[runtime], metric=METRICS.index(metric), batch=batch, slo=slo,
                         value=value, row=row, **ints))
    if not kept:
        return None, [], skipped
    col = lambda k: np.array([r[k] for r in kept], dtype=np.float64)  # noqa: E731
    rowset = RowSet(
        ids=tuple(r["id"] for r in kept),
        hw=hardware_arrays([r["acc"] for r in kept], systems),
        model=model_arrays([r["mod"] for r in kept]),
        runtime=np.array([r["rt"] for r in kept], dtype=np.intp),
        deployment=Deployment(col("devices"), col("tp"), col("pp"), col("ep"),
                              np.array([r["wf"] for r in kept], dtype=np.intp),
                              np.array([r["kf"] for r in kept], dtype=np.intp)),
        batch=col("batch"), input_len=col("input_len"), output_len=col("output_len"), tpot_slo_s=col("slo"),
        metric=np.array([r["metric"] for r in kept], dtype=np.intp), measured=col("value"))
    return rowset, [r["row"] for r in kept], skipped
