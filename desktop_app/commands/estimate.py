"""`accel-planner estimate`: one scenario, every number with its range and its breakdown.

    accel-planner estimate --model ID --accelerator ID [--devices N] [--tp N] [--pp N] [--ep N]
        [--weight-precision P] [--kv-precision P] [--runtime R] [--batch B|max]
        [--input-len N] [--output-len N] [--tpot-slo-ms X] [--ttft-slo-ms X] [--requests-per-s R]
        [--json]

Defaults: one device; ``--tp`` = devices / pp unless ``--ep`` > 1 (then attention data-parallel
with experts sharded, tp 1); weights in the model's native precision when the estimator knows it,
else bf16; KV cache bf16 (fp16 with llama.cpp formats); runtime vLLM (llama.cpp for GGUF
formats); batch ``max`` (the largest that fits, within the runtime's limit); 1024 input and 256
output tokens. ``--json`` prints the fields listed in DESIGN.md plus ``reason``, ``scenario`` and
``breakdown`` (time and memory split, efficiencies, the catalog figures used with their sources).
"""

from __future__ import annotations

import argparse
import json
import math
from typing import Any

from desktop_app.cli import BadInput

GIB = 2.0**30
THROUGHPUT_FIELDS = ("per_user_tokens_per_s", "output_tokens_per_s", "output_tokens_per_s_per_device",
                     "prefill_tokens_per_s")


def positive_int(text: str) -> int:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not math.isfinite(value) or value < 1 or value != int(value):
        raise argparse.ArgumentTypeError(f"must be a whole number >= 1, got {text!r}")
    return int(value)


def batch_value(text: str) -> int | str:
    return "max" if text.strip().lower() == "max" else positive_int(text)


def positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"must be a finite number > 0, got {text!r}")
    return value


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("estimate", help="memory, latency and throughput of one scenario")
    parser.add_argument("--model", required=True, help="model id (accel-planner catalog list --kind models)")
    parser.add_argument("--accelerator", required=True, help="accelerator id")
    parser.add_argument("--devices", type=positive_int, help="accelerators in total (default tp x pp, or 1)")
    parser.add_argument("--tp", type=positive_int, help="tensor-parallel degree (default devices / pp, or 1 with --ep)")
    parser.add_argument("--pp", type=positive_int, default=1, help="pipeline-parallel degree")
    parser.add_argument("--ep", type=positive_int, default=1, help="expert-parallel degree")
    parser.add_argument("--weight-precision", help="bf16, fp16, fp8, int8, int4-awq, nvfp4, mxfp4, q4_0, q4_k_m, q8_0")
    parser.add_argument("--kv-precision", help="bf16, fp16, fp8, int8, q8_0, q4_0")
    parser.add_argument("--runtime", help="trt-llm, vllm, sglang, llama.cpp, hf-transformers, mindie")
    parser.add_argument("--batch", type=batch_value, default="max", help="concurrent sequences, or 'max'")
    parser.add_argument("--input-len", type=positive_int, default=1024, help="prompt tokens per request")
    parser.add_argument("--output-len", type=positive_int, default=256, help="generated tokens per request")
    parser.add_argument("--tpot-slo-ms", type=positive_float, help="with --batch max: largest batch meeting it")
    parser.add_argument("--ttft-slo-ms", type=positive_float, help="with --batch max: largest batch meeting it")
    parser.add_argument("--requests-per-s", type=positive_float,
                        help="serve this request rate (instead of --batch); says so when it saturates")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def open_catalog():
    from desktop_app.catalog.store import Catalog, CatalogError

    try:
        return Catalog.open()
    except CatalogError as exc:
        raise BadInput(str(exc)) from None


def lookup(catalog, kind: str, entity_id: str):
    try:
        return catalog.get(kind, entity_id)
    except LookupError:
        raise BadInput(f"unknown {kind[:-1]} {entity_id!r} (see `accel-planner catalog list --kind {kind}`)") from None


def default_precision(model) -> str:
    from desktop_app.estimator.precision import FORMATS

    native = (model.native_precision or "").lower()
    return native if native in FORMATS else "bf16"


def resolve_layout(args) -> tuple[int, int, int, int]:
    pp, ep = args.pp, args.ep
    if args.devices is None:
        tp = args.tp or 1
        devices = max(tp * pp, ep * pp if (args.tp is None or tp < ep) else tp * pp)
    else:
        devices = args.devices
        tp = args.tp if args.tp is not None else (1 if ep > 1 else max(devices // pp, 1))
    if devices % (tp * pp):
        raise BadInput(f"devices ({devices}) must be a multiple of tp x pp ({tp} x {pp})")
    if devices % (max(ep, tp) * pp):
        raise BadInput(f"devices ({devices}) must be a multiple of the expert shards x pp ({max(ep, tp)} x {pp})")
    return devices, tp, pp, ep


def _clean(value: Any) -> Any:
    """JSON-safe: inf / NaN → None, numpy scalars → Python."""
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float):
        return round(value, 6) if math.isfinite(value) else None
    return value


def estimate_payload(catalog, args) -> dict[str, Any]:
    """Run the scenario; returns the JSON object (plain Python)."""
    import numpy as np

    from desktop_app.catalog.arrays import (
        family_of,
        hardware_arrays,
        hardware_provenance,
        missing_model_specs,
        model_arrays,
        model_provenance,
    )
    from desktop_app.estimator import calibration
    from desktop_app.estimator.api import EstimatorInputError, estimate, explain
    from desktop_app.estimator.precision import GGUF_FORMATS

    acc = lookup(catalog, "accelerators", args.accelerator)
    model = lookup(catalog, "models", args.model)
    missing = missing_model_specs(model)
    if missing:
        raise BadInput(f"model {model.id} lacks {', '.join(missing)} in the catalog: cannot estimate")
    devices, tp, pp, ep = resolve_layout(args)
    wp = (args.weight_precision or default_precision(model)).lower()
    runtime = (args.runtime or ("llama.cpp" if wp in GGUF_FORMATS else "vllm")).lower()
    systems = catalog.systems()
    hw = hardware_arrays([acc], systems)
    m = model_arrays([model])
    try:
        est = estimate(hw, m, runtime=runtime, weight_precision=wp, kv_precision=args.kv_precision,
                       devices=devices, tp=tp, pp=pp, ep=ep,
                       batch=np.nan if args.batch == "max" else args.batch,
                       input_len=args.input_len, output_len=args.output_len,
                       tpot_slo_s=None if args.tpot_slo_ms is None else args.tpot_slo_ms / 1e3,
                       ttft_slo_s=None if args.ttft_slo_ms is None else args.ttft_slo_ms / 1e3,
                       requests_per_s=getattr(args, "requests_per_s", None))
    except EstimatorInputError as exc:
        raise BadInput(str(exc)) from None
    info = explain(est, (0,))
    fits = info["fits"]
    mem = info["memory_bytes"]
    values, low, high = info["values"], info["low"], info["high"]

    def band(src):
        out = {k: (src[k] if fits else None) for k in THROUGHPUT_FIELDS}
        out["ttft_ms"] = src["ttft_s"] * 1e3 if fits else None
        out["tpot_ms"] = src["tpot_s"] * 1e3 if fits else None
        return out

    reason = info["reason"]
    if not fits and reason.startswith("saturated"):
        cap = explain(estimate(hw, m, runtime=runtime, weight_precision=wp, kv_precision=args.kv_precision,
                               devices=devices, tp=tp, pp=pp, ep=ep, batch=np.nan, input_len=args.input_len,
                               output_len=args.output_len), (0,))
        reason = (f"{reason}: {args.requests_per_s:g} requests/s need "
                  f"{args.requests_per_s * args.output_len:.0f} output tokens/s, the deployment serves about "
                  f"{cap['values']['output_tokens_per_s']:.0f} at its largest batch ({cap['max_batch']:.0f})")
    elif not fits:
        reason = explain_misfit(reason, mem, devices, tp, pp, ep, float(m.total_params[0]), wp)
    rt_name = runtime
    fitted_rt = calibration.FITTED["runtime"].get(rt_name, {})
    fam = family_of(acc)
    payload = {
        "model": model.id,
        "accelerator": acc.id,
        "fits": fits,
        "reason": reason or None,
        "scenario": {"devices": devices, "tp": tp, "pp": pp, "ep": ep,
                     "attention_groups": devices // (tp * pp), "replicas": devices // (max(ep, tp) * pp),
                     "weight_precision": wp, "kv_precision": args.kv_precision or
                     ("fp16" if wp in ("fp16",) + GGUF_FORMATS else "bf16"),
                     "runtime": runtime, "batch": info["batch"] if fits else args.batch,
                     "input_len": args.input_len, "output_len": args.output_len},
        "memory_per_device_gib": {k: mem[k] / GIB for k in ("weights", "kv_cache", "activations", "overhead",
                                                            "total", "capacity")},
        "max_batch": int(info["max_batch"]),
        "max_context": int(info["max_context"]),
        "ttft_ms": values["ttft_s"] * 1e3 if fits else None,
        "tpot_ms": values["tpot_s"] * 1e3 if fits else None,
        **{k: (values[k] if fits else None) for k in THROUGHPUT_FIELDS},
        "bound": info["bound"],
        "range": {"low": band(low), "high": band(high)},
        "breakdown": {
            "decode_step_ms": {k.removesuffix("_s"): v * 1e3 for k, v in info["decode_step_s"].items()},
            "prefill_ms": {k.removesuffix("_s"): v * 1e3 for k, v in info["prefill_s"].items()},
            "memory_gib": {k: v / GIB for k, v in mem.items()},
            "compute_dtype": info["compute_dtype"],
            "peak_tflops": info["peak_flops"] / 1e12,
            "efficiencies": info["efficiencies"],
            "uncertainty": {"decode_log_sigma": info["sigma_decode"], "prefill_log_sigma": info["sigma_prefill"],
                            "band": "one sigma, from spec confidence and calibration scatter"},
            "hardware_family": fam,
            "calibration_rows": {"runtime": fitted_rt.get("rows", []),
                                 "family": calibration.FITTED["family"].get(fam, {}).get("rows", [])},
            "accelerator_specs": hardware_provenance(acc, systems),
            "model_specs": model_provenance(model),
        },
    }
    return _clean(payload)


def explain_misfit(reason: str, mem: dict[str, float], devices, tp, pp, ep, total_params, wp) -> str:
    """Say why in numbers when the weights or the KV cache do not fit."""
    if reason.startswith("weights"):
        need = mem["weights"] / GIB
        usable = (mem["usable"] - mem["overhead"] - mem["activations"]) / GIB
        if usable <= 0:
            return (f"weights do not fit: the runtime's own memory (overhead {mem['overhead'] / GIB:.1f} GiB and "
                    f"activations {mem['activations'] / GIB:.1f} GiB) already exceeds the usable "
                    f"{mem['usable'] / GIB:.2f} GiB of this device; {need:.1f} GiB of weights per device")
        per_device_total = need * devices if ep == 1 else need
        return (f"weights do not fit: {need:.1f} GiB per device ({total_params / 1e9:.0f}B parameters in {wp}, "
                f"split over tp={tp} x pp={pp}) but only {usable:.1f} GiB is usable of "
                f"{mem['capacity'] / GIB:.1f} GiB; about {math.ceil(per_device_total / max(usable, 1e-9))} devices "
                f"(or a smaller precision) would be needed")
    if reason.startswith("KV"):
        return (f"{reason}: {mem['kv_cache'] / GIB:.1f} GiB of KV cache per device needed, "
                f"{max(mem['kv_budget'], 0) / GIB:.1f} GiB available after weights")
    return reason


def print_text(p: dict[str, Any]) -> None:
    s = p["scenario"]
    print(f"{p['model']} on {s['devices']} x {p['accelerator']} (tp {s['tp']}, pp {s['pp']}, ep {s['ep']}), "
          f"{s['weight_precision']} weights, {s['kv_precision']} KV, {s['runtime']}")
    mem = p["memory_per_device_gib"]
    print(f"memory per device: weights {mem['weights']:.1f} + KV {mem['kv_cache']:.1f} + activations "
          f"{mem['activations']:.1f} + overhead {mem['overhead']:.1f} = {mem['total']:.1f} GiB "
          f"of {mem['capacity']:.1f} GiB")
    if not p["fits"]:
        print(("" if p["reason"].startswith("saturated") else "does not fit: ") + p["reason"])
        return
    lo, hi = p["range"]["low"], p["range"]["high"]
    print(f"batch {s['batch']:.0f} (max {p['max_batch']}), input {s['input_len']}, output {s['output_len']}")
    for key, unit in (("ttft_ms", "ms"), ("tpot_ms", "ms"), ("per_user_tokens_per_s", "tok/s"),
                      ("output_tokens_per_s", "tok/s"), ("output_tokens_per_s_per_device", "tok/s"),
                      ("prefill_tokens_per_s", "tok/s")):
        print(f"  {key:32} {p[key]:12.1f} {unit:6} ({lo[key]:.1f} - {hi[key]:.1f})")
    step = p["breakdown"]["decode_step_ms"]
    print(f"bound: {p['bound']}; decode step {step['total']:.2f} ms = compute {step['compute']:.2f} + memory "
          f"{step['memory']:.2f} + communication {step['comm']:.2f} + overhead {step['fixed']:.2f}")


def run(args: argparse.Namespace) -> int:
    catalog = open_catalog()
    try:
        payload = estimate_payload(catalog, args)
    finally:
        catalog.close()
    if args.json:
        print(json.dumps(payload, indent=1, allow_nan=False))
    else:
        print_text(payload)
    return 0
