# ruff: noqa: RUF009 - spec()/text()/flag() return dataclasses.field(...), which is what ruff asks for
"""Plain, frozen records of the catalog: what the seed loader builds and what queries return.

The rest of the app (estimator arrays, plans, UI) only ever sees these dataclasses, never live ORM
objects, so a closed session or a detached row can never leak out of `desktop_app.catalog`.

Every numeric spec is a `Spec`: value plus the source and confidence that back it. An unknown value
is `Spec()` (value None), shown as "unknown"; it is never 0. Field metadata says which fields are
whole numbers, which may be zero and which text fields are enumerations, so the seed loader, the
import code and the ORM all validate against one description.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

#: How well a figure is backed, strongest first (db/seed/README.md).
CONFIDENCES = ("datasheet", "measured", "estimate", "press", "rumour")
ACCELERATOR_KINDS = ("gpu", "npu", "asic", "lpu", "wafer", "soc")
STATUSES = ("shipping", "announced", "roadmap", "discontinued")
AVAILABILITIES = ("available", "limited", "unavailable", "unknown")
ATTENTION_KINDS = ("mha", "gqa", "mqa", "mla")
SUPPORT_LEVELS = ("official", "community", "experimental")
#: Rows the app ships (rebuilt when a newer catalog ships) and rows the user added or edited.
LAYERS = ("shipped", "user")


@dataclass(frozen=True, slots=True)
class Spec:
    """One numeric figure and what backs it; `value is None` means unknown."""

    value: float | int | None = None
    source: str | None = None
    confidence: str | None = None
    note: str | None = None

    @property
    def known(self) -> bool:
        return self.value is not None


UNKNOWN = Spec()


def spec(*, whole: bool = False, zero_ok: bool = False) -> Any:
    """A numeric spec field. `whole`: must be an integer. `zero_ok`: 0 is a real value, not a guess."""
    return field(default=UNKNOWN, metadata={"spec": True, "whole": whole, "zero_ok": zero_ok})


def text(
    *, required: bool = False, choices: tuple[str, ...] = (), ref: str = "", date: bool = False
) -> Any:
    """A text field. `ref` names the kind of id it must refer to (vendor, stack, source, ...)."""
    meta = {"required": required, "choices": choices, "ref": ref, "date": date}
    return field(default=None, metadata=meta)


def flag() -> Any:
    """A yes/no field; None when the configuration does not say."""
    return field(default=None, metadata={"flag": True})


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    title: str
    url: str | None = None
    document: str | None = None
    publisher: str | None = None
    date: str | None = None
    layer: str = "shipped"


@dataclass(frozen=True, slots=True)
class Vendor:
    id: str
    name: str
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Accelerator:
    id: str = text(required=True)
    name: str = text(required=True)
    vendor: str = text(required=True, ref="vendor")
    kind: str | None = text(choices=ACCELERATOR_KINDS)
    status: str | None = text(choices=STATUSES)
    form_factor: str | None = text()
    memory_type: str | None = text()
    process_node: str | None = text()
    foundry: str | None = text()
    software_stack: str | None = text(ref="stack")
    scale_up_name: str | None = text()
    scale_out: str | None = text()
    availability_china: str | None = text(choices=AVAILABILITIES)
    availability_elsewhere: str | None = text(choices=AVAILABILITIES)
    availability_china_date: str | None = text(date=True)
    availability_elsewhere_date: str | None = text(date=True)
    availability_china_note: str | None = text()
    availability_elsewhere_note: str | None = text()
    export_control: str | None = text()
    export_control_date: str | None = text(date=True)
    notes: str | None = text()
    source: str | None = text(ref="source")
    confidence: str | None = text(choices=CONFIDENCES)
    memory_gib: Spec = spec()
    memory_bw_gbps: Spec = spec()
    fp32_tflops: Spec = spec()
    bf16_tflops: Spec = spec()
    fp16_tflops: Spec = spec()
    fp8_tflops: Spec = spec()
    fp4_tflops: Spec = spec()
    int8_tops: Spec = spec()
    tdp_w: Spec = spec()
    scale_up_bw_gbps: Spec = spec(zero_ok=True)
    scale_out_gbit_s: Spec = spec(zero_ok=True)
    release_year: Spec = spec(whole=True)
    price_usd: Spec = spec()
    layer: str = "shipped"


@dataclass(frozen=True, slots=True)
class System:
    id: str = text(required=True)
    name: str = text(required=True)
    vendor: str = text(required=True, ref="vendor")
    accelerator: str = text(required=True, ref="accelerator")
    status: str | None = text(choices=STATUSES)
    scale_up_name: str | None = text()
    notes: str | None = text()
    source: str | None = text(ref="source")
    confidence: str | None = text(choices=CONFIDENCES)
    accelerator_count: Spec = spec(whole=True)
    scale_up_domain: Spec = spec(whole=True)
    scale_up_bw_gbps: Spec = spec(zero_ok=True)
    host_power_w: Spec = spec(zero_ok=True)
    power_w: Spec = spec()
    host_price_usd: Spec = spec(zero_ok=True)
    price_usd: Spec = spec()
    release_year: Spec = spec(whole=True)
    layer: str = "shipped"


@dataclass(frozen=True, slots=True)
class Model:
    id: str = text(required=True)
    name: str = text(required=True)
    developer: str | None = text()
    origin: str | None = text()
    licence: str | None = text()
    native_precision: str | None = text()
    attention: str | None = text(choices=ATTENTION_KINDS)
    release_date: str | None = text(date=True)
    notes: str | None = text()
    source: str | None = text(ref="source")
    confidence: str | None = text(choices=CONFIDENCES)
    tied_embeddings: bool | None = flag()
    qkv_bias: bool | None = flag()
    layers: Spec = spec(whole=True)
    hidden_size: Spec = spec(whole=True)
    heads: Spec = spec(whole=True)
    kv_heads: Spec = spec(whole=True)
    head_dim: Spec = spec(whole=True)
    ffn_size: Spec = spec(whole=True)
    vocab_size: Spec = spec(whole=True)
    max_context: Spec = spec(whole=True)
    q_lora_rank: Spec = spec(whole=True)
    kv_lora_rank: Spec = spec(whole=True)
    qk_rope_head_dim: Spec = spec(whole=True)
    qk_nope_head_dim: Spec = spec(whole=True)
    v_head_dim: Spec = spec(whole=True)
    sliding_window: Spec = spec(whole=True, zero_ok=True)
    sliding_window_layers: Spec = spec(whole=True, zero_ok=True)
    experts: Spec = spec(whole=True)
    experts_active: Spec = spec(whole=True)
    shared_experts: Spec = spec(whole=True, zero_ok=True)
    expert_ffn_size: Spec = spec(whole=True)
    shared_expert_ffn_size: Spec = spec(whole=True)
    dense_layers: Spec = spec(whole=True, zero_ok=True)
    moe_layer_step: Spec = spec(whole=True)
    total_params_b: Spec = spec()
    active_params_b: Spec = spec()
    layer: str = "shipped"


@dataclass(frozen=True, slots=True)
class Stack:
    id: str = text(required=True)
    name: str = text(required=True)
    vendor: str | None = text(ref="vendor")
    notes: str | None = text()
    source: str | None = text(ref="source")
    confidence: str | None = text(choices=CONFIDENCES)
    maturity: Spec = spec()
    porting_months: Spec = spec(zero_ok=True)


@dataclass(frozen=True, slots=True)
class Runtime:
    id: str = text(required=True)
    name: str = text(required=True)
    developer: str | None = text()
    url: str | None = text()
    licence: str | None = text()
    notes: str | None = text()


@dataclass(frozen=True, slots=True)
class Support:
    """One cell of the runtime x software-stack support matrix."""

    runtime: str = text(required=True, ref="runtime")
    stack: str = text(required=True, ref="stack")
    level: str = text(required=True, choices=SUPPORT_LEVELS)
    source: str | None = text(ref="source")
    note: str | None = text()


#: Columns of measured_results.csv (the same as shared/validation/calibration.csv).
MEASURED_COLUMNS = (
    "id", "model", "accelerator", "devices", "tp", "pp", "ep", "weight_precision", "kv_precision",
    "runtime", "batch", "input_len", "output_len", "tpot_slo_ms", "metric", "value", "source", "notes",
)  # fmt: skip
MEASURED_METRICS = (
    "output_tokens_per_s",
    "output_tokens_per_s_per_device",
    "per_user_tokens_per_s",
    "prefill_tokens_per_s",
    "memory_per_device_gib",
)


@dataclass(frozen=True, slots=True)
class MeasuredResult:
    """A published measurement; `batch` is None for "max" (the largest batch that fits)."""

    id: str
    model: str
    accelerator: str
    devices: int
    tp: int
    pp: int
    ep: int
    weight_precision: str
    kv_precision: str
    runtime: str
    batch: int | None
    input_len: int
    output_len: int
    tpot_slo_ms: float | None
    metric: str
    value: float
    source: str
    notes: str | None = None


#: The record types that carry numeric specs, by the kind name used in the CLI and in exports.
SPEC_RECORDS: dict[str, type] = {
    "accelerators": Accelerator,
    "systems": System,
    "models": Model,
    "stacks": Stack,
}


def spec_fields(record_type: type) -> tuple[dataclasses.Field, ...]:
    return tuple(f for f in dataclasses.fields(record_type) if f.metadata.get("spec"))


def text_fields(record_type: type) -> tuple[dataclasses.Field, ...]:
    return tuple(
        f
        for f in dataclasses.fields(record_type)
        if f.name != "layer" and not f.metadata.get("spec") and not f.metadata.get("flag")
    )


def flag_fields(record_type: type) -> tuple[dataclasses.Field, ...]:
    return tuple(f for f in dataclasses.fields(record_type) if f.metadata.get("flag"))


def field_names(record_type: type) -> tuple[str, ...]:
    """Every field a seed entry or an import row may carry (the layer is ours, not the user's)."""
    return tuple(f.name for f in dataclasses.fields(record_type) if f.name != "layer")
