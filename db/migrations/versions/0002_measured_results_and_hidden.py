"""Published measured results, and 'hidden' so a user can delete a shipped row without losing it.

A user's delete of a shipped accelerator, system or model is a user-layer row with hidden = true:
the shipped row stays (a newer catalog replaces it as usual) and stays out of sight.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_LAYERED = ("accelerators", "systems", "models")


def upgrade() -> None:
    op.create_table(
        "measured_results",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("model", sa.String(), nullable=False),
        sa.Column("accelerator", sa.String(), nullable=False),
        sa.Column("devices", sa.Integer(), nullable=False),
        sa.Column("tp", sa.Integer(), nullable=False),
        sa.Column("pp", sa.Integer(), nullable=False),
        sa.Column("ep", sa.Integer(), nullable=False),
        sa.Column("weight_precision", sa.String(), nullable=False),
        sa.Column("kv_precision", sa.String(), nullable=False),
        sa.Column("runtime", sa.String(), nullable=False),
        sa.Column("batch", sa.Integer(), nullable=True),
        sa.Column("input_len", sa.Integer(), nullable=False),
        sa.Column("output_len", sa.Integer(), nullable=False),
        sa.Column("tpot_slo_ms", sa.Double(), nullable=True),
        sa.Column("metric", sa.String(), nullable=False),
        sa.Column("value", sa.Double(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_measured_results")),
    )
    for table in _LAYERED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("hidden", sa.Boolean(), nullable=False, server_default=sa.false())
            )


def downgrade() -> None:
    for table in _LAYERED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("hidden")
    op.drop_table("measured_results")
