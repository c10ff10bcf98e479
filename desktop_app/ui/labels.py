"""Human labels, units and formatting for catalog fields, and the colours of confidence badges.

Every word the user reads goes through `QCoreApplication.translate("labels", ...)` with a literal
text, so `pyside6-lupdate` finds it, and the tables are built on each call, so a language switched at
run time shows at once. Units follow db/seed/README.md.

Confidence colours: a green-to-red scale as planners expect, taken from the Okabe-Ito hues (Okabe &
Ito, "Color Universal Design", 2008) and darkened so white text on them keeps a contrast of at least
4.5:1 (WCAG 2.1). The badge always spells the word too, so colour is never the only cue.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from desktop_app.catalog.records import Spec
from desktop_app.plans.scenario import PRECISION_NAMES as PRECISION_LABELS

#: Called by this name with literal texts, so pyside6-lupdate finds every one.
translate = QCoreApplication.translate


# --- field labels and units --------------------------------------------------------------------


def field_labels() -> dict[str, tuple[str, str]]:
    """{field name: (label, unit)} for every field of accelerators, systems and models."""
    return {
        # identity and text (any kind)
        "id": (translate("labels", "Identifier"), ""),
        "name": (translate("labels", "Name"), ""),
        "vendor": (translate("labels", "Vendor"), ""),
        "kind": (translate("labels", "Kind"), ""),
        "status": (translate("labels", "Status"), ""),
        "form_factor": (translate("labels", "Form factor"), ""),
        "memory_type": (translate("labels", "Memory type"), ""),
        "process_node": (translate("labels", "Process node"), ""),
        "foundry": (translate("labels", "Foundry"), ""),
        "software_stack": (translate("labels", "Software stack"), ""),
        "scale_up_name": (translate("labels", "Scale-up link"), ""),
        "scale_out": (translate("labels", "Scale-out network"), ""),
        "availability_china": (translate("labels", "Available in China"), ""),
        "availability_elsewhere": (translate("labels", "Available elsewhere"), ""),
        "availability_china_date": (translate("labels", "China availability since"), ""),
        "availability_elsewhere_date": (translate("labels", "Elsewhere availability since"), ""),
        "availability_china_note": (translate("labels", "China availability note"), ""),
        "availability_elsewhere_note": (translate("labels", "Elsewhere availability note"), ""),
        "export_control": (translate("labels", "Export control"), ""),
        "export_control_date": (translate("labels", "Export control date"), ""),
        "notes": (translate("labels", "Notes"), ""),
        "source": (translate("labels", "Source"), ""),
        "confidence": (translate("labels", "Confidence"), ""),
        "accelerator": (translate("labels", "Accelerator"), ""),
        "developer": (translate("labels", "Developer"), ""),
        "origin": (translate("labels", "Origin"), ""),
        "licence": (translate("labels", "Licence"), ""),
        "native_precision": (translate("labels", "Native precision"), ""),
        "attention": (translate("labels", "Attention"), ""),
        "release_date": (translate("labels", "Release date"), ""),
        "tied_embeddings": (translate("labels", "Tied embeddings"), ""),
        "qkv_bias": (translate("labels", "QKV bias"), ""),
        # accelerator numbers
        "memory_gib": (translate("labels", "Memory"), translate("labels", "GiB")),
        "memory_bw_gbps": (translate("labels", "Memory bandwidth"), translate("labels", "GB/s")),
        "fp32_tflops": (translate("labels", "FP32"), translate("labels", "TFLOP/s")),
        "bf16_tflops": (translate("labels", "BF16 dense"), translate("labels", "TFLOP/s")),
        "fp16_tflops": (translate("labels", "FP16 dense"), translate("labels", "TFLOP/s")),
        "fp8_tflops": (translate("labels", "FP8 dense"), translate("labels", "TFLOP/s")),
        "fp4_tflops": (translate("labels", "FP4 dense"), translate("labels", "TFLOP/s")),
        "int8_tops": (translate("labels", "INT8 dense"), translate("labels", "TOP/s")),
        "tdp_w": (translate("labels", "Power (TDP)"), translate("labels", "W")),
        "scale_up_bw_gbps": (
            translate("labels", "Scale-up bandwidth"),
            translate("labels", "GB/s"),
        ),
        "scale_out_gbit_s": (
            translate("labels", "Scale-out bandwidth"),
            translate("labels", "Gbit/s"),
        ),
        "release_year": (translate("labels", "Release year"), ""),
        "price_usd": (translate("labels", "Price"), translate("labels", "USD")),
        # system numbers
        "accelerator_count": (translate("labels", "Accelerators per system"), ""),
        "scale_up_domain": (translate("labels", "Scale-up domain"), translate("labels", "devices")),
        "host_power_w": (translate("labels", "Host power"), translate("labels", "W")),
        "power_w": (translate("labels", "System power"), translate("labels", "W")),
        "host_price_usd": (translate("labels", "Host price"), translate("labels", "USD")),
        # model numbers
        "layers": (translate("labels", "Layers"), ""),
        "hidden_size": (translate("labels", "Hidden size"), ""),
        "heads": (translate("labels", "Attention heads"), ""),
        "kv_heads": (translate("labels", "KV heads"), ""),
        "head_dim": (translate("labels", "Head dimension"), ""),
        "ffn_size": (translate("labels", "FFN width"), ""),
        "vocab_size": (translate("labels", "Vocabulary"), translate("labels", "tokens")),
        "max_context": (translate("labels", "Context length"), translate("labels", "tokens")),
        "q_lora_rank": (translate("labels", "Query LoRA rank (MLA)"), ""),
        "kv_lora_rank": (translate("labels", "KV LoRA rank (MLA)"), ""),
        "qk_rope_head_dim": (translate("labels", "RoPE head dimension (MLA)"), ""),
        "qk_nope_head_dim": (translate("labels", "Non-RoPE head dimension (MLA)"), ""),
        "v_head_dim": (translate("labels", "Value head dimension (MLA)"), ""),
        "sliding_window": (translate("labels", "Sliding window"), translate("labels", "tokens")),
        "sliding_window_layers": (translate("labels", "Sliding-window layers"), ""),
        "experts": (translate("labels", "Routed experts"), ""),
        "experts_active": (translate("labels", "Experts per token"), ""),
        "shared_experts": (translate("labels", "Shared experts"), ""),
        "expert_ffn_size": (translate("labels", "Expert FFN width"), ""),
        "shared_expert_ffn_size": (translate("labels", "Shared expert FFN width"), ""),
        "dense_layers": (translate("labels", "Leading dense layers"), ""),
        "moe_layer_step": (translate("labels", "MoE layer step"), ""),
        "total_params_b": (
            translate("labels", "Parameters, total"),
            translate("labels", "billion"),
        ),
        "active_params_b": (
            translate("labels", "Parameters, active"),
            translate("labels", "billion"),
        ),
        # stacks
        "maturity": (translate("labels", "Maturity (1-5)"), ""),
        "porting_months": (
            translate("labels", "Porting effort"),
            translate("labels", "engineer-months"),
        ),
    }


def field_label(name: str) -> str:
    return field_labels().get(name, (name, ""))[0]


def field_unit(name: str) -> str:
    return field_labels().get(name, ("", ""))[1]


def kind_titles() -> dict[str, str]:
    """Catalog kinds as the user calls them (plural)."""
    return {
        "accelerators": translate("labels", "Accelerators"),
        "systems": translate("labels", "Systems"),
        "models": translate("labels", "Models"),
    }


def kind_title_singular(kind: str) -> str:
    return {
        "accelerators": translate("labels", "accelerator"),
        "systems": translate("labels", "system"),
        "models": translate("labels", "model"),
    }.get(kind, kind)


# --- enumerations ------------------------------------------------------------------------------


def status_words() -> dict[str, str]:
    return {
        "shipping": translate("labels", "shipping"),
        "announced": translate("labels", "announced"),
        "roadmap": translate("labels", "roadmap"),
        "discontinued": translate("labels", "discontinued"),
    }


def availability_words() -> dict[str, str]:
    return {
        "available": translate("labels", "available"),
        "limited": translate("labels", "limited"),
        "unavailable": translate("labels", "unavailable"),
        "unknown": translate("labels", "unknown"),
    }


def accelerator_kind_words() -> dict[str, str]:
    return {
        "gpu": translate("labels", "GPU"),
        "npu": translate("labels", "NPU"),
        "asic": translate("labels", "ASIC"),
        "lpu": translate("labels", "LPU"),
        "wafer": translate("labels", "wafer-scale"),
        "soc": translate("labels", "unified-memory SoC"),
    }


def attention_words() -> dict[str, str]:
    return {
        "mha": translate("labels", "MHA"),
        "gqa": translate("labels", "GQA"),
        "mqa": translate("labels", "MQA"),
        "mla": translate("labels", "MLA"),
    }


def confidence_words() -> dict[str, str]:
    return {
        "datasheet": translate("labels", "datasheet"),
        "measured": translate("labels", "measured"),
        "estimate": translate("labels", "estimate"),
        "press": translate("labels", "press"),
        "rumour": translate("labels", "rumour"),
    }


def confidence_explanations() -> dict[str, str]:
    return {
        "datasheet": translate("labels", "the vendor's own published specification"),
        "measured": translate("labels", "an independent measurement"),
        "estimate": translate("labels", "an analyst's estimate, or a value derived from others"),
        "press": translate("labels", "a press report of a claim"),
        "rumour": translate("labels", "a rumour: treat with care"),
    }


#: Badge backgrounds, strongest evidence first; white text on each has contrast >= 4.5:1.
CONFIDENCE_COLOURS = {
    "datasheet": "#00704F",  # bluish green, darkened
    "measured": "#005F96",  # blue
    "estimate": "#8A5300",  # orange, darkened
    "press": "#8B3F86",  # reddish purple, darkened
    "rumour": "#B03A00",  # vermillion, darkened
}


def format_date(day) -> str:
    """A date as people of the interface language write it: 23 November 2026, 2026年11月23日."""
    from desktop_app.ui.i18n import current_language

    if current_language() == "zh_CN":
        return f"{day.year}年{day.month}月{day.day}日"
    months = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
    return f"{day.day} {months[day.month - 1]} {day.year}"


def precision_name(key: str) -> str:
    return PRECISION_LABELS.get(key, key)


def runtime_name(catalog, runtime_id: str) -> str:
    """A runtime's name ("SGLang"), or its id when the catalog does not have it."""
    return next((r.name for r in catalog.runtimes() if r.id == runtime_id), runtime_id)


def choice_word(field_name: str, value: str | None) -> str:
    """The translated word for an enumerated value; other catalog text in the interface language."""
    if value is None:
        return unknown_text()
    table = {
        "status": status_words,
        "availability_china": availability_words,
        "availability_elsewhere": availability_words,
        "kind": accelerator_kind_words,
        "attention": attention_words,
        "confidence": confidence_words,
    }.get(field_name)
    if table:
        return table().get(value, value)
    from desktop_app.ui.i18n import catalog_text

    return catalog_text(value)  # free text from the catalog: its translation when there is one


def yes_no(value: bool | None) -> str:
    if value is None:
        return unknown_text()
    return translate("labels", "yes") if value else translate("labels", "no")


def unknown_text() -> str:
    return translate("labels", "unknown")


# --- numbers -----------------------------------------------------------------------------------


def format_number(value: float | None) -> str:
    """A figure as a planner reads it: thousands grouped, no spurious decimals, small values kept."""
    if value is None:
        return unknown_text()
    number = float(value)
    if not math.isfinite(number):
        return unknown_text()
    if number.is_integer():
        return f"{int(number):,}"
    if abs(number) < 10:
        return f"{number:.3g}"
    if abs(number) < 1000:
        return f"{number:,.1f}".rstrip("0").rstrip(".")
    return f"{number:,.0f}"


def format_spec(name: str, spec: Spec, with_unit: bool = True) -> str:
    if not spec.known:
        return unknown_text()
    if name == "release_year":
        return str(int(spec.value))
    text = format_number(spec.value)
    unit = field_unit(name)
    return f"{text} {unit}" if with_unit and unit else text


def country_names() -> dict[str, str]:
    """ISO 3166 codes used by vendors and model developers, as names."""
    return {
        "CN": translate("labels", "China"),
        "US": translate("labels", "United States"),
        "FR": translate("labels", "France"),
        "GB": translate("labels", "United Kingdom"),
        "DE": translate("labels", "Germany"),
        "JP": translate("labels", "Japan"),
        "KR": translate("labels", "South Korea"),
        "TW": translate("labels", "Taiwan"),
        "IL": translate("labels", "Israel"),
        "CA": translate("labels", "Canada"),
        "IN": translate("labels", "India"),
        "AE": translate("labels", "United Arab Emirates"),
    }


def country_name(code: str | None) -> str:
    if not code:
        return unknown_text()
    return country_names().get(code, code)
