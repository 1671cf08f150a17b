"""Alembic environment: runs on the connection handed over by scrutiny.store.db.migrate()."""
from alembic import context
from sqlalchemy import create_engine

from scrutiny.store.schema import metadata

config = context.config
connection = config.attributes.get("connection")


def run(conn):
    context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    run(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        run(conn)
