"""computed due dates and status explanations on items

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("items") as b:
        b.add_column(sa.Column("due_date", sa.String(10)))
        b.add_column(sa.Column("tracking", sa.Text))
    op.create_index("ix_items_due", "items", ["due_date"])


def downgrade() -> None:
    op.drop_index("ix_items_due", "items")
    with op.batch_alter_table("items") as b:
        b.drop_column("tracking")
        b.drop_column("due_date")
