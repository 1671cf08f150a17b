"""links between items, users, the audit log, item facets and the full-text index

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("items") as b:
        b.add_column(sa.Column("status_code", sa.String(16)))
        b.add_column(sa.Column("owner", sa.Text))
        b.add_column(sa.Column("item_date", sa.String(10)))
    op.create_index("ix_items_kind_status", "items", ["kind", "status_code"])
    op.create_table(
        "links",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("source_id", sa.String(32), sa.ForeignKey("items.id", ondelete="CASCADE"), nullable=False),
        sa.Column("target_id", sa.String(32), sa.ForeignKey("items.id", ondelete="CASCADE"), nullable=False),
        sa.Column("relation", sa.String(32), nullable=False),
        sa.Column("rule", sa.String(64), nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("state", sa.String(16), nullable=False),  # asserted | proposed | confirmed | rejected
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_links_source", "links", ["source_id"])
    op.create_index("ix_links_target", "links", ["target_id"])
    op.create_table(
        "users",
        sa.Column("username", sa.String(64), primary_key=True),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),  # editor | admin
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("item_id", sa.String(32)),
        sa.Column("link_id", sa.String(32)),
        sa.Column("before", sa.Text),
        sa.Column("after", sa.Text),
        sa.Column("note", sa.Text),
    )
    op.create_index("ix_audit_item", "audit", ["item_id"])
    op.create_table(
        "meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, ref UNINDEXED, kind UNINDEXED, "
            "document_id UNINDEXED, line UNINDEXED, status UNINDEXED, owner UNINDEXED, year UNINDEXED, "
            "tokenize = 'porter unicode61 remove_diacritics 2')"
        )
    else:
        op.create_table(
            "search_docs",
            sa.Column("ref", sa.String(80), primary_key=True),
            sa.Column("kind", sa.String(32), nullable=False),
            sa.Column("document_id", sa.String(64), nullable=False),
            sa.Column("line", sa.Integer, nullable=False),
            sa.Column("status", sa.String(16)),
            sa.Column("owner", sa.Text),
            sa.Column("year", sa.String(4)),
            sa.Column("title", sa.Text, nullable=False),
            sa.Column("body", sa.Text, nullable=False),
        )
        op.execute(
            "ALTER TABLE search_docs ADD COLUMN tsv tsvector GENERATED ALWAYS AS "
            "(setweight(to_tsvector('english', coalesce(title, '')), 'A') || "
            "setweight(to_tsvector('english', coalesce(body, '')), 'B')) STORED"
        )
        op.execute("CREATE INDEX ix_search_docs_tsv ON search_docs USING GIN (tsv)")
        op.create_index("ix_search_docs_document", "search_docs", ["document_id"])


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE search_fts")
    else:
        op.drop_table("search_docs")
    op.drop_table("meta")
    op.drop_index("ix_audit_item", "audit")
    op.drop_table("audit")
    op.drop_table("users")
    op.drop_index("ix_links_target", "links")
    op.drop_index("ix_links_source", "links")
    op.drop_table("links")
    op.drop_index("ix_items_kind_status", "items")
    with op.batch_alter_table("items") as b:
        b.drop_column("item_date")
        b.drop_column("owner")
        b.drop_column("status_code")
