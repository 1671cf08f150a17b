"""documents, their lines, and extracted items

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("source_format", sa.String(8), nullable=False),
        sa.Column("kind", sa.String(32)),
        sa.Column("title", sa.Text),
        sa.Column("body", sa.Text),
        sa.Column("published", sa.String(10)),
        sa.Column("pages", sa.Integer, nullable=False),
        sa.Column("line_count", sa.Integer, nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("source_path", sa.Text),
        sa.Column("ingested_at", sa.String(32), nullable=False),
        sa.Column("extracted_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "document_lines",
        sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("number", sa.Integer, primary_key=True),
        sa.Column("page", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("noise", sa.Boolean, nullable=False),
    )
    op.create_table(
        "items",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("start_line", sa.Integer, nullable=False),
        sa.Column("end_line", sa.Integer, nullable=False),
        sa.Column("page", sa.Integer),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("extractor", sa.String(64), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("review_state", sa.String(16), nullable=False),
        sa.Column("corrected", sa.Text),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_items_document_kind", "items", ["document_id", "kind"])
    op.create_index("ix_items_kind", "items", ["kind"])


def downgrade() -> None:
    op.drop_index("ix_items_kind", "items")
    op.drop_index("ix_items_document_kind", "items")
    op.drop_table("items")
    op.drop_table("document_lines")
    op.drop_table("documents")
