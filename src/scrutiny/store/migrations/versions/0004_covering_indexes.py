"""covering indexes for the dashboard, list facets and date-sorted lists

Revision ID: 0004
Revises: 0003
"""
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_items_kind_status", "items")
    op.create_index("ix_items_kind_status_review", "items", ["kind", "status_code", "review_state"])
    op.create_index("ix_items_kind_owner_status", "items", ["kind", "owner", "status_code", "review_state"])
    op.create_index("ix_items_kind_date", "items", ["kind", "item_date"])


def downgrade() -> None:
    op.drop_index("ix_items_kind_date", "items")
    op.drop_index("ix_items_kind_owner_status", "items")
    op.drop_index("ix_items_kind_status_review", "items")
    op.create_index("ix_items_kind_status", "items", ["kind", "status_code"])
