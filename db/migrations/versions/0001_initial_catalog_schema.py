"""Initial catalog schema: vendors, sources, accelerators, systems, models, software stacks,
runtimes, the runtime x stack support matrix, and per-field provenance of every numeric spec.

Accelerators, systems, models and sources carry `layer` ('shipped' or 'user') in their key, so a
newer shipped catalog can replace shipped rows and keep the user's.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accelerators",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("layer", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("vendor", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=True),
        sa.Column("status", sa.String(), nullable=True),
        sa.Column("form_factor", sa.String(), nullable=True),
        sa.Column("memory_type", sa.String(), nullable=True),
        sa.Column("process_node", sa.String(), nullable=True),
        sa.Column("foundry", sa.String(), nullable=True),
        sa.Column("software_stack", sa.String(), nullable=True),
        sa.Column("scale_up_name", sa.String(), nullable=True),
        sa.Column("scale_out", sa.String(), nullable=True),
        sa.Column("availability_china", sa.String(), nullable=True),
        sa.Column("availability_elsewhere", sa.String(), nullable=True),
        sa.Column("availability_china_date", sa.String(), nullable=True),
        sa.Column("availability_elsewhere_date", sa.String(), nullable=True),
        sa.Column("availability_china_note", sa.String(), nullable=True),
        sa.Column("availability_elsewhere_note", sa.String(), nullable=True),
        sa.Column("export_control", sa.String(), nullable=True),
        sa.Column("export_control_date", sa.String(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column("source", sa.String(), nullable=True),
        sa.Column("confidence", sa.String(), nullable=True),
        sa.Column("memory_gib", sa.Double(), nullable=True),
        sa.Column("memory_bw_gbps", sa.Double(), nullable=True),
        sa.Column("fp32_tflops", sa.Double(), nullable=True),
        sa.Column("bf16_tflops", sa.Double(), nullable=True),
        sa.Column("fp16_tflops", sa.Double(), nullable=True),
        sa.Column("fp8_tflops", sa.Double(), nullable=True),
        sa.Column("fp4_tflops", sa.Double(), nullable=True),
        sa.Column("int8_tops", sa.Double(), nullable=True),
        sa.Column("tdp_w", sa.Double(), nullable=True),
        sa.Column("scale_up_bw_gbps", sa.Double(), nullable=True),
        sa.Column("scale_out_gbit_s", sa.Double(), nullable=True),
        sa.Column("release_year", sa.Integer(), nullable=True),
        sa.Column("price_usd", sa.Double(), nullable=True),
        sa.PrimaryKeyConstraint("id", "layer", name=op.f("pk_accelerators")),
    )
    op.create_table(
        "catalog_meta",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_catalog_meta")),
    )
    op.create_table(
        "models",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("layer", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("developer", sa.String(), nullable=True),
        sa.Column("origin", sa.String(), nullable=True),
        sa.Column("licence", sa.String(), nullable=True),
        sa.Column("native_precision", sa.String(), nullable=True),
        sa.Column("attention", sa.String(), nullable=True),
        sa.Column("release_date", sa.String(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column("source", sa.String(), nullable=True),
        sa.Column("confidence", sa.String(), nullable=True),
        sa.Column("tied_embeddings", sa.Boolean(), nullable=True),
        sa.Column("qkv_bias", sa.Boolean(), nullable=True),
        sa.Column("layers", sa.Integer(), nullable=True),
        sa.Column("hidden_size", sa.Integer(), nullable=True),
        sa.Column("heads", sa.Integer(), nullable=True),
        sa.Column("kv_heads", sa.Integer(), nullable=True),
        sa.Column("head_dim", sa.Integer(), nullable=True),
        sa.Column("ffn_size", sa.Integer(), nullable=True),
        sa.Column("vocab_size", sa.Integer(), nullable=True),
        sa.Column("max_context", sa.Integer(), nullable=True),
        sa.Column("q_lora_rank", sa.Integer(), nullable=True),
        sa.Column("kv_lora_rank", sa.Integer(), nullable=True),
        sa.Column("qk_rope_head_dim", sa.Integer(), nullable=True),
        sa.Column("qk_nope_head_dim", sa.Integer(), nullable=True),
        sa.Column("v_head_dim", sa.Integer(), nullable=True),
        sa.Column("sliding_window", sa.Integer(), nullable=True),
        sa.Column("sliding_window_layers", sa.Integer(), nullable=True),
        sa.Column("experts", sa.Integer(), nullable=True),
        sa.Column("experts_active", sa.Integer(), nullable=True),
        sa.Column("shared_experts", sa.Integer(), nullable=True),
        sa.Column("expert_ffn_size", sa.Integer(), nullable=True),
        sa.Column("shared_expert_ffn_size", sa.Integer(), nullable=True),
        sa.Column("dense_layers", sa.Integer(), nullable=True),
        sa.Column("moe_layer_step", sa.Integer(), nullable=True),
        sa.Column("total_params_b", sa.Double(), nullable=True),
        sa.Column("active_params_b", sa.Double(), nullable=True),
        sa.PrimaryKeyConstraint("id", "layer", name=op.f("pk_models")),
    )
    op.create_table(
        "runtime_support",
        sa.Column("runtime", sa.String(), nullable=False),
        sa.Column("stack", sa.String(), nullable=False),
        sa.Column("level", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=True),
        sa.Column("note", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("runtime", "stack", name=op.f("pk_runtime_support")),
    )
    op.create_table(
        "runtimes",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("developer", sa.String(), nullable=True),
        sa.Column("url", sa.String(), nullable=True),
        sa.Column("licence", sa.String(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_runtimes")),
    )
    op.create_table(
        "software_stacks",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("vendor", sa.String(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column("source", sa.String(), nullable=True),
        sa.Column("confidence", sa.String(), nullable=True),
        sa.Column("maturity", sa.Double(), nullable=True),
        sa.Column("porting_months", sa.Double(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_software_stacks")),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("layer", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("url", sa.String(), nullable=True),
        sa.Column("document", sa.String(), nullable=True),
        sa.Column("publisher", sa.String(), nullable=True),
        sa.Column("date", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id", "layer", name=op.f("pk_sources")),
    )
    op.create_table(
        "spec_provenance",
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("entity_id", sa.String(), nullable=False),
        sa.Column("layer", sa.String(), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=True),
        sa.Column("confidence", sa.String(), nullable=False),
        sa.Column("note", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint(
            "kind", "entity_id", "layer", "field", name=op.f("pk_spec_provenance")
        ),
    )
    op.create_table(
        "systems",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("layer", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("vendor", sa.String(), nullable=False),
        sa.Column("accelerator", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=True),
        sa.Column("scale_up_name", sa.String(), nullable=True),
        sa.Column("notes", sa.String(), nullable=True),
        sa.Column("source", sa.String(), nullable=True),
        sa.Column("confidence", sa.String(), nullable=True),
        sa.Column("accelerator_count", sa.Integer(), nullable=True),
        sa.Column("scale_up_domain", sa.Integer(), nullable=True),
        sa.Column("scale_up_bw_gbps", sa.Double(), nullable=True),
        sa.Column("host_power_w", sa.Double(), nullable=True),
        sa.Column("power_w", sa.Double(), nullable=True),
        sa.Column("host_price_usd", sa.Double(), nullable=True),
        sa.Column("price_usd", sa.Double(), nullable=True),
        sa.Column("release_year", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", "layer", name=op.f("pk_systems")),
    )
    op.create_table(
        "vendors",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("country", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vendors")),
    )


def downgrade() -> None:
    op.drop_table("vendors")
    op.drop_table("systems")
    op.drop_table("spec_provenance")
    op.drop_table("sources")
    op.drop_table("software_stacks")
    op.drop_table("runtimes")
    op.drop_table("runtime_support")
    op.drop_table("models")
    op.drop_table("catalog_meta")
    op.drop_table("accelerators")
