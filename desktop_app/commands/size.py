"""`accel-planner size`: devices, layout and cost each accelerator needs for a workload.

    accel-planner size --model ID --accelerators ID,ID,... (--tokens-per-day N | --requests-per-s R)
        --input-len N --output-len N [--ttft-slo-ms X] [--tpot-slo-ms X] [--weight-precision P]
        [--kv-precision P] [--runtime R] [--region us|cn] [--json]

``--tokens-per-day`` counts input and output tokens of all requests. Per accelerator: the cheapest
layout that fits and meets the targets, devices and replicas, throughput, TCO and cost per million
output tokens, each with its range. Exit status 2 when an id is unknown or the model fits on none of
the accelerators.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop_app.cli import BadInput
from desktop_app.commands.estimate import _clean, default_precision, lookup, open_catalog, positive_float, positive_int


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("size", help="devices, layout and cost to serve a workload")
    parser.add_argument("--model", required=True)
    parser.add_argument("--accelerators", required=True, help="comma-separated accelerator ids")
    load = parser.add_mutually_exclusive_group(required=True)
    load.add_argument("--tokens-per-day", type=positive_float, help="input + output tokens per day")
    load.add_argument("--requests-per-s", type=positive_float, help="requests per second")
    parser.add_argument("--input-len", type=positive_int, required=True)
    parser.add_argument("--output-len", type=positive_int, required=True)
    parser.add_argument("--ttft-slo-ms", type=positive_float)
    parser.add_argument("--tpot-slo-ms", type=positive_float)
    parser.add_argument("--weight-precision")
    parser.add_argument("--kv-precision")
    parser.add_argument("--runtime")
    parser.add_argument("--region", choices=("us", "cn"), default="us", help="electricity and labour defaults")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(run=run)


def size_payload(catalog, args) -> dict[str, Any]:
    import numpy as np

    from desktop_app.catalog.arrays import hardware_arrays, missing_model_specs, model_arrays
    from desktop_app.estimator.precision import FORMAT_CODES, GGUF_FORMATS, KV_FORMATS
    from desktop_app.estimator.runtime import RUNTIME_CODES
    from desktop_app.estimator.sizing import requests_per_second, size

    model = lookup(catalog, "models", args.model)
    missing = missing_model_specs(model)
    if missing:
        raise BadInput(f"model {model.id} lacks {', '.join(missing)} in the catalog: cannot size")
    ids = [i.strip() for i in args.accelerators.split(",") if i.strip()]
    if not ids:
        raise BadInput("--accelerators: give at least one id")
    accs = [lookup(catalog, "accelerators", i) for i in ids]
    wp = (args.weight_precision or default_precision(model)).lower()
    if wp not in FORMAT_CODES:
        raise BadInput(f"unknown weight precision {wp!r}")
    kp = (args.kv_precision or ("fp16" if wp in GGUF_FORMATS else "bf16")).lower()
    if kp not in KV_FORMATS:
        raise BadInput(f"unknown KV precision {kp!r} (known: {', '.join(KV_FORMATS)})")
    runtime = (args.runtime or ("llama.cpp" if wp in GGUF_FORMATS else "vllm")).lower()
    if runtime not in RUNTIME_CODES:
        raise BadInput(f"unknown runtime {runtime!r}")
    stacks = {s.id: s for s in catalog.stacks()}
    porting = []
    for a in accs:
        stack = stacks.get(a.software_stack or "")
        value = getattr(getattr(stack, "porting_months", None), "value", None)
        porting.append(float(value) if value is not None else 0.0)
    rps = float(requests_per_second(args.requests_per_s, args.tokens_per_day, args.input_len, args.output_len))
    res = size(hardware_arrays(accs, catalog.systems()), model_arrays([model]), runtime_code=RUNTIME_CODES[runtime],
               weight_format=FORMAT_CODES[wp], kv_format=FORMAT_CODES[kp], requests_per_s=rps,
               input_len=float(args.input_len), output_len=float(args.output_len),
               tpot_slo_s=args.tpot_slo_ms / 1e3 if args.tpot_slo_ms else np.inf,
               ttft_slo_s=args.ttft_slo_ms / 1e3 if args.ttft_slo_ms else np.inf,
               porting_months=np.array(porting), region=args.region)
    if not any(res.ok) and all(r.startswith("the model does not fit") for r in res.reason):
        raise BadInput(f"{model.id} in {wp} does not fit on any layout of {', '.join(ids)}")
    items = []
    for i, a in enumerate(accs):
        if not res.ok[i]:
            items.append({"accelerator": a.id, "ok": False, "reason": res.reason[i]})
            continue
        cost = None
        if res.cost_known[i]:
            cost = {"capex_usd": res.capex_usd[i], "tco_usd": res.tco_usd[i], "annual_usd": res.annual_usd[i],
                    "cost_per_million_tokens_usd": res.usd_per_million_tokens[i],
                    "range": {"low": res.usd_per_million_tokens_low[i], "high": res.usd_per_million_tokens_high[i]},
                    "porting_months": porting[i]}
        items.append({
            "accelerator": a.id, "ok": True, "reason": None,
            "layout": {"tp": int(res.tp[i]), "pp": int(res.pp[i]), "ep": int(res.ep[i]),
                       "devices_per_replica": int(res.instance_devices[i])},
            "devices": int(res.devices[i]), "replicas": int(res.replicas[i]),
            "devices_range": {"low": int(res.devices_low[i]), "high": int(res.devices_high[i])},
            "concurrency_per_replica": int(res.concurrency[i]),
            "throughput_tokens_per_s": res.capacity_tokens_per_s[i],
            "throughput_range": {"low": res.capacity_tokens_per_s_low[i], "high": res.capacity_tokens_per_s_high[i]},
            "served_tokens_per_s": res.served_tokens_per_s[i], "utilisation": res.utilisation[i],
            "ttft_ms": res.ttft_s[i] * 1e3, "tpot_ms": res.tpot_s[i] * 1e3,
            "cost": cost if cost else None,
            "cost_note": None if cost else "price or power of this accelerator unknown in the catalog",
        })
    return _clean({"model": model.id, "weight_precision": wp, "kv_precision": kp, "runtime": runtime,
                   "workload": {"requests_per_s": rps, "input_len": args.input_len, "output_len": args.output_len,
                                "output_tokens_per_s": rps * args.output_len, "ttft_slo_ms": args.ttft_slo_ms,
                                "tpot_slo_ms": args.tpot_slo_ms},
                   "accelerators": items})


def print_text(p: dict[str, Any]) -> None:
    w = p["workload"]
    print(f"{p['model']} ({p['weight_precision']}, {p['runtime']}): {w['requests_per_s']:.3g} requests/s, "
          f"{w['input_len']} in / {w['output_len']} out = {w['output_tokens_per_s']:.0f} output tokens/s")
    for it in p["accelerators"]:
        if not it["ok"]:
            print(f"  {it['accelerator']:28} -- {it['reason']}")
            continue
        lay = it["layout"]
        cost = it["cost"]
        money = (f"TCO ${cost['tco_usd']:,.0f}, ${cost['cost_per_million_tokens_usd']:.3f}/M tokens "
                 f"(${cost['range']['low']:.3f}-{cost['range']['high']:.3f})") if cost else "cost unknown (no price)"
        print(f"  {it['accelerator']:28} {it['devices']:6d} devices ({it['devices_range']['low']}-"
              f"{it['devices_range']['high']}) = {it['replicas']} x [tp {lay['tp']} pp {lay['pp']} ep {lay['ep']}], "
              f"{it['throughput_tokens_per_s']:.0f} tok/s capacity, TTFT {it['ttft_ms']:.0f} ms, "
              f"TPOT {it['tpot_ms']:.1f} ms; {money}")


def run(args: argparse.Namespace) -> int:
    catalog = open_catalog()
    try:
        payload = size_payload(catalog, args)
    finally:
        catalog.close()
    if args.json:
        print(json.dumps(payload, indent=1, allow_nan=False))
    else:
        print_text(payload)
    sys.stdout.flush()
    return 0
