"""Upgrading plan files written by older versions, one schema step at a time.

Each step is a small pure function from the JSON form of schema N to that of schema N+1; `upgrade`
chains them. Steps never validate: they move data to where the next schema keeps it and pass odd
values through unchanged, so that the current schema's validation reports any problem by its new
field name. They must therefore never assume a type (`_get` and the isinstance checks below): a
migration must not crash on a damaged file.

Adding schema N+1: write `_N_to_N+1`, register it in `STEPS`, bump `document.SCHEMA_VERSION`, and
keep a fixture of schema N under tests/plans/fixtures/ whose upgrade is tested.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from desktop_app.plans import _checks as check
from desktop_app.plans.document import FORMAT, SCHEMA_VERSION
from desktop_app.plans.errors import PlanError, translate

Step = Callable[[dict[str, Any]], dict[str, Any]]


def upgrade(raw: Any) -> tuple[Any, int]:
    """Return (the document in the current schema, the schema it was written in).

    Refuses what is not a plan at all, an unknown schema version, and a newer schema.
    """
    version = schema_version_of(raw)
    if version > SCHEMA_VERSION:
        problem = translate(
            "PlanErrors",
            "this plan was written by a newer version of Accelerator Planner "
            "(schema {0}; this version reads up to {1}) — please update",
        )
        raise PlanError(
            problem.format(check.show(version), SCHEMA_VERSION), field="schema_version"
        )
    document = raw
    for step_from in range(version, SCHEMA_VERSION):
        document = STEPS[step_from](document)
    return document, version


def schema_version_of(raw: Any) -> int:
    """The schema a JSON document claims: `schema_version`, or `version: 0` (pre-release files)."""
    if not isinstance(raw, dict):
        problem = translate(
            "PlanErrors", "not an Accelerator Planner plan: expected a JSON object, got {0}"
        )
        raise PlanError(problem.format(check.show(raw)))
    if "schema_version" in raw:
        version = raw["schema_version"]
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            problem = translate("PlanErrors", "expected a whole number of at least 1, got {0}")
            raise PlanError(
                "schema_version: " + problem.format(check.show(version)), field="schema_version"
            )
        return version
    if "version" in raw and "format" not in raw:
        version = raw["version"]
        if isinstance(version, int) and not isinstance(version, bool) and version == 0:
            return 0
        problem = translate("PlanErrors", "unknown plan version {0} (expected schema_version)")
        raise PlanError("version: " + problem.format(check.show(version)), field="version")
    problem = translate("PlanErrors", "not an Accelerator Planner plan: it has no schema_version")
    raise PlanError(problem, field="schema_version")


def _get(obj: Any, key: str, default: Any = None) -> Any:
    """`obj[key]` if obj is an object that has it; a damaged file must not crash a migration."""
    return obj.get(key, default) if isinstance(obj, dict) else default


# --- schema 0 -> 1 --------------------------------------------------------------------------------
#
# Schema 0 is what the pre-release prototypes (0.0.x, autumn 2026) wrote: `version: 0`, a flat
# "settings" object with one precision for weights and KV cache, engine names as the prototype
# spelt them, the concurrency range as a two-element `batch_sizes` list, the workload as
# `daily_tokens`, a "tco" object with prices in USD only, and a timestamp instead of a date.
# It had no shortlist, no overrides of catalog figures, no results snapshot and no language.

#: Prototype engine names -> runtime ids.
_ENGINES_0 = {
    "tensorrt-llm": "trt-llm",
    "trtllm": "trt-llm",
    "llamacpp": "llama.cpp",
    "transformers": "hf-transformers",
}
#: The prototype's "int4" always meant AWQ 4-bit weights.
_PRECISIONS_0 = {"int4": "int4-awq"}
#: The prototype stored the KV cache at the weight precision, except for 4-bit weights, where the
#: runtimes it modelled (vLLM with AWQ) keep activations and the KV cache in fp16.
_KV_FOR_WEIGHTS_0 = {"int4": "fp16", "int4-awq": "fp16"}
#: Fields schema 1 has that schema 0 did not record: the defaults the prototype assumed.
_CNY_PER_USD_0 = 7.1


def _rename(table: dict[str, str], value: Any) -> Any:
    return table.get(value, value) if isinstance(value, str) else value


def _0_to_1(old: dict[str, Any]) -> dict[str, Any]:
    settings = _get(old, "settings", {})
    tco = _get(old, "tco", {})
    precision = _get(settings, "precision", "bf16")
    batch_sizes = _get(settings, "batch_sizes", [1, 256])
    if isinstance(batch_sizes, list) and len(batch_sizes) == 2:
        concurrency_min, concurrency_max = batch_sizes
    else:  # let schema 1's validation name the problem
        concurrency_min = concurrency_max = batch_sizes
    # Every prototype file had a timestamp; a hand-made one without it is dated today.
    created = _get(old, "created", dt.date.today().isoformat())
    hardware = _get(old, "hardware", [])
    model = _get(old, "model")
    layout = None
    if isinstance(settings, dict) and "devices" in settings:
        layout = {
            "devices": settings["devices"],
            "tp": _get(settings, "tp", 1),
            "pp": _get(settings, "pp", 1),
            "ep": 1,  # the prototype had no expert parallelism
        }
    return {
        "format": FORMAT,
        "schema_version": 1,
        "title": _get(old, "name", "Untitled plan"),
        "customer": _get(old, "client", ""),
        "author": "",
        "date": created[:10] if isinstance(created, str) else created,
        "notes": _get(old, "comments", ""),
        "language": "en",
        "scenario": {
            "model_id": model,
            "accelerator_ids": hardware,
            "weight_precision": _rename(_PRECISIONS_0, precision),
            "kv_precision": _rename(_KV_FOR_WEIGHTS_0, precision),
            "runtime_id": _rename(_ENGINES_0, _get(settings, "engine", "vllm")),
            "input_len": _get(settings, "prompt_tokens", 2048),
            "output_len": _get(settings, "completion_tokens", 512),
            "concurrency_min": concurrency_min,
            "concurrency_max": concurrency_max,
            "ttft_target_ms": _get(settings, "ttft_slo_ms"),
            "tpot_target_ms": _get(settings, "tpot_slo_ms"),
            "workload": {"unit": "tokens_per_day", "amount": _get(settings, "daily_tokens", 1e9)},
            "layout": layout,
            "cost": {
                "electricity_price_per_kwh": _get(tco, "power_price_usd_per_kwh", 0.10),
                "electricity_currency": "USD",
                "cny_per_usd": _CNY_PER_USD_0,
                "pue": _get(tco, "pue", 1.3),
                "years": _get(tco, "lifetime_years", 4.0),
                "utilisation": _get(tco, "utilization", 0.6),
                "price_overrides_usd": _get(tco, "prices", {}),
            },
        },
        "models": [model] if isinstance(model, str) else [],
        "accelerators": list(hardware) if isinstance(hardware, list) else [],
        "overrides": {},
        "results": None,
    }


#: Schema N -> the step that upgrades it to N+1.
STEPS: dict[int, Step] = {0: _0_to_1}
