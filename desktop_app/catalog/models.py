"""The catalog schema: SQLAlchemy 2 typed ORM over SQLite (or any SQLAlchemy database).

Layers: every row of accelerators, systems, models and sources carries `layer` in its key:
`shipped` rows are rebuilt from db/seed whenever a newer catalog ships; `user` rows are the user's
own additions and edits and are never touched by an update. A user row with the same id as a shipped
row overrides it; a user row with `hidden` set hides it (a delete of a shipped row).

Numeric specs are typed columns named like the record fields (NULL = unknown); the source,
confidence and note that back each one live in `spec_provenance`, one row per (kind, id, layer,
field), so every figure has its provenance without tripling the width of every table.

Nothing outside `desktop_app.catalog` sees these classes: queries return records (records.py).
The schema is created and changed only by the Alembic revisions under db/migrations; keep the two
in step (tests/catalog/test_migrations.py compares them).
"""

from __future__ import annotations

from sqlalchemy import MetaData, String, false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    # Named constraints, so Alembic batch migrations on SQLite can find them again.
    metadata = MetaData(
        naming_convention={
            "pk": "pk_%(table_name)s",
            "ix": "ix_%(table_name)s_%(column_0_name)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
        }
    )


class MetaRow(Base):
    """Key/value facts about the database itself, e.g. the shipped catalog version it holds."""

    __tablename__ = "catalog_meta"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str]


class VendorRow(Base):
    __tablename__ = "vendors"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str]
    country: Mapped[str | None]


class SourceRow(Base):
    __tablename__ = "sources"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    layer: Mapped[str] = mapped_column(String, primary_key=True)
    title: Mapped[str]
    url: Mapped[str | None]
    document: Mapped[str | None]
    publisher: Mapped[str | None]
    date: Mapped[str | None]


class AcceleratorRow(Base):
    __tablename__ = "accelerators"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    layer: Mapped[str] = mapped_column(String, primary_key=True)
    hidden: Mapped[bool] = mapped_column(default=False, server_default=false())
    name: Mapped[str]
    vendor: Mapped[str]
    kind: Mapped[str | None]
    status: Mapped[str | None]
    form_factor: Mapped[str | None]
    memory_type: Mapped[str | None]
    process_node: Mapped[str | None]
    foundry: Mapped[str | None]
    software_stack: Mapped[str | None]
    scale_up_name: Mapped[str | None]
    scale_out: Mapped[str | None]
    availability_china: Mapped[str | None]
    availability_elsewhere: Mapped[str | None]
    availability_china_date: Mapped[str | None]
    availability_elsewhere_date: Mapped[str | None]
    availability_china_note: Mapped[str | None]
    availability_elsewhere_note: Mapped[str | None]
    export_control: Mapped[str | None]
    export_control_date: Mapped[str | None]
    notes: Mapped[str | None]
    source: Mapped[str | None]
    confidence: Mapped[str | None]
    memory_gib: Mapped[float | None]
    memory_bw_gbps: Mapped[float | None]
    fp32_tflops: Mapped[float | None]
    bf16_tflops: Mapped[float | None]
    fp16_tflops: Mapped[float | None]
    fp8_tflops: Mapped[float | None]
    fp4_tflops: Mapped[float | None]
    int8_tops: Mapped[float | None]
    tdp_w: Mapped[float | None]
    scale_up_bw_gbps: Mapped[float | None]
    scale_out_gbit_s: Mapped[float | None]
    release_year: Mapped[int | None]
    price_usd: Mapped[float | None]


class SystemRow(Base):
    __tablename__ = "systems"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    layer: Mapped[str] = mapped_column(String, primary_key=True)
    hidden: Mapped[bool] = mapped_column(default=False, server_default=false())
    name: Mapped[str]
    vendor: Mapped[str]
    accelerator: Mapped[str]
    status: Mapped[str | None]
    scale_up_name: Mapped[str | None]
    notes: Mapped[str | None]
    source: Mapped[str | None]
    confidence: Mapped[str | None]
    accelerator_count: Mapped[int | None]
    scale_up_domain: Mapped[int | None]
    scale_up_bw_gbps: Mapped[float | None]
    host_power_w: Mapped[float | None]
    power_w: Mapped[float | None]
    host_price_usd: Mapped[float | None]
    price_usd: Mapped[float | None]
    release_year: Mapped[int | None]


class ModelRow(Base):
    __tablename__ = "models"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    layer: Mapped[str] = mapped_column(String, primary_key=True)
    hidden: Mapped[bool] = mapped_column(default=False, server_default=false())
    name: Mapped[str]
    developer: Mapped[str | None]
    origin: Mapped[str | None]
    licence: Mapped[str | None]
    native_precision: Mapped[str | None]
    attention: Mapped[str | None]
    release_date: Mapped[str | None]
    notes: Mapped[str | None]
    source: Mapped[str | None]
    confidence: Mapped[str | None]
    tied_embeddings: Mapped[bool | None]
    qkv_bias: Mapped[bool | None]
    layers: Mapped[int | None]
    hidden_size: Mapped[int | None]
    heads: Mapped[int | None]
    kv_heads: Mapped[int | None]
    head_dim: Mapped[int | None]
    ffn_size: Mapped[int | None]
    vocab_size: Mapped[int | None]
    max_context: Mapped[int | None]
    q_lora_rank: Mapped[int | None]
    kv_lora_rank: Mapped[int | None]
    qk_rope_head_dim: Mapped[int | None]
    qk_nope_head_dim: Mapped[int | None]
    v_head_dim: Mapped[int | None]
    sliding_window: Mapped[int | None]
    sliding_window_layers: Mapped[int | None]
    experts: Mapped[int | None]
    experts_active: Mapped[int | None]
    shared_experts: Mapped[int | None]
    expert_ffn_size: Mapped[int | None]
    shared_expert_ffn_size: Mapped[int | None]
    dense_layers: Mapped[int | None]
    moe_layer_step: Mapped[int | None]
    total_params_b: Mapped[float | None]
    active_params_b: Mapped[float | None]


class StackRow(Base):
    """A software stack (CUDA, ROCm, CANN, ...): shipped only."""

    __tablename__ = "software_stacks"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str]
    vendor: Mapped[str | None]
    notes: Mapped[str | None]
    source: Mapped[str | None]
    confidence: Mapped[str | None]
    maturity: Mapped[float | None]
    porting_months: Mapped[float | None]


class RuntimeRow(Base):
    """A serving runtime (vLLM, SGLang, MindIE, ...): shipped only."""

    __tablename__ = "runtimes"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str]
    developer: Mapped[str | None]
    url: Mapped[str | None]
    licence: Mapped[str | None]
    notes: Mapped[str | None]


class SupportRow(Base):
    """One cell of the runtime x software-stack support matrix."""

    __tablename__ = "runtime_support"
    runtime: Mapped[str] = mapped_column(String, primary_key=True)
    stack: Mapped[str] = mapped_column(String, primary_key=True)
    level: Mapped[str]
    source: Mapped[str | None]
    note: Mapped[str | None]


class MeasuredResultRow(Base):
    """A published measurement (db/seed/measured_results.csv); `batch` NULL means "max"."""

    __tablename__ = "measured_results"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    model: Mapped[str]
    accelerator: Mapped[str]
    devices: Mapped[int]
    tp: Mapped[int]
    pp: Mapped[int]
    ep: Mapped[int]
    weight_precision: Mapped[str]
    kv_precision: Mapped[str]
    runtime: Mapped[str]
    batch: Mapped[int | None]
    input_len: Mapped[int]
    output_len: Mapped[int]
    tpot_slo_ms: Mapped[float | None]
    metric: Mapped[str]
    value: Mapped[float]
    source: Mapped[str]
    notes: Mapped[str | None]


class ProvenanceRow(Base):
    """Source, confidence and note of one numeric spec of one row (kind: accelerators, ...)."""

    __tablename__ = "spec_provenance"
    kind: Mapped[str] = mapped_column(String, primary_key=True)
    entity_id: Mapped[str] = mapped_column(String, primary_key=True)
    layer: Mapped[str] = mapped_column(String, primary_key=True)
    field: Mapped[str] = mapped_column(String, primary_key=True)
    source: Mapped[str | None]
    confidence: Mapped[str]
    note: Mapped[str | None]


#: ORM class per record kind (the kinds that carry numeric specs).
ROW_CLASSES: dict[str, type[Base]] = {
    "accelerators": AcceleratorRow,
    "systems": SystemRow,
    "models": ModelRow,
    "stacks": StackRow,
}
#: Kinds the user may add, edit, hide, import and export (the others are shipped only).
LAYERED_KINDS = ("accelerators", "systems", "models")
