"""Storage: SQLAlchemy Core over SQLite (default) or PostgreSQL, created and upgraded by Alembic migrations."""
from .db import Store, open_store

__all__ = ["Store", "open_store"]
