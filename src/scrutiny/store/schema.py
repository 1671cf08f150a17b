"""The storage schema (SQLAlchemy Core). Migrations in ``migrations/versions`` create it; keep them in step."""
from __future__ import annotations

from sqlalchemy import (Boolean, Column, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text)

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("id", String(64), primary_key=True),  # the sha256 of the file's bytes
    Column("name", Text, nullable=False),
    Column("source_format", String(8), nullable=False),
    Column("kind", String(32)),
    Column("title", Text),
    Column("body", Text),
    Column("published", String(10)),
    Column("pages", Integer, nullable=False),
    Column("line_count", Integer, nullable=False),
    Column("size", Integer, nullable=False),
    Column("source_path", Text),
    Column("ingested_at", String(32), nullable=False),
    Column("extracted_at", String(32), nullable=False),
)

document_lines = Table(
    "document_lines", metadata,
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("number", Integer, primary_key=True),
    Column("page", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("noise", Boolean, nullable=False, default=False),
)

items = Table(
    "items", metadata,
    Column("id", String(32), primary_key=True),  # content hash: document, kind, position, text
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(32), nullable=False),  # contract key: actions, letters, …
    Column("start_line", Integer, nullable=False),
    Column("end_line", Integer, nullable=False),
    Column("page", Integer),
    Column("summary", Text, nullable=False, default=""),
    Column("data", Text, nullable=False),  # the item as in the contract, JSON
    Column("extractor", String(64), nullable=False, default=""),
    Column("confidence", Float, nullable=False, default=1.0),
    Column("review_state", String(16), nullable=False, default="extracted"),  # extracted|confirmed|corrected|rejected
    Column("corrected", Text),  # JSON of the fields a person corrected; survives re-extraction
    Column("updated_at", String(32), nullable=False),
    Index("ix_items_document_kind", "document_id", "kind"),
    Index("ix_items_kind", "kind"),
)
