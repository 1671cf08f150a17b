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
    Column("status_code", String(16)),  # normalised status, for filters
    Column("owner", Text),  # the body responsible, for filters
    Column("item_date", String(10)),  # the item's own date (meeting, letter, …), for facets
    Column("due_date", String(10)),  # computed by tracking (scrutiny.tracker.refresh_status)
    Column("tracking", Text),  # JSON: status and due date as last computed, with their explanations
    Index("ix_items_document_kind", "document_id", "kind"),
    Index("ix_items_kind", "kind"),
    Index("ix_items_due", "due_date"),
    Index("ix_items_kind_status_review", "kind", "status_code", "review_state"),
    Index("ix_items_kind_owner_status", "kind", "owner", "status_code", "review_state"),
    Index("ix_items_kind_date", "kind", "item_date"),
)

links = Table(
    "links", metadata,
    Column("id", String(32), primary_key=True),
    Column("source_id", String(32), ForeignKey("items.id", ondelete="CASCADE"), nullable=False),  # the answer
    Column("target_id", String(32), ForeignKey("items.id", ondelete="CASCADE"), nullable=False),  # what it answers
    Column("relation", String(32), nullable=False),  # answers | updates | same_as | responds_to_topic
    Column("rule", String(64), nullable=False),
    Column("evidence", Text, nullable=False),  # JSON: which fields matched
    Column("score", Float, nullable=False),
    Column("state", String(16), nullable=False),  # asserted | proposed | confirmed | rejected
    Column("created_at", String(32), nullable=False),
    Column("updated_at", String(32), nullable=False),
    Index("ix_links_source", "source_id"),
    Index("ix_links_target", "target_id"),
)

users = Table(
    "users", metadata,
    Column("username", String(64), primary_key=True),
    Column("password_hash", Text, nullable=False),
    Column("role", String(16), nullable=False),
    Column("created_at", String(32), nullable=False),
)

audit = Table(
    "audit", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(32), nullable=False),
    Column("username", String(64), nullable=False),
    Column("action", String(32), nullable=False),
    Column("item_id", String(32)),
    Column("link_id", String(32)),
    Column("before", Text),
    Column("after", Text),
    Column("note", Text),
    Index("ix_audit_item", "item_id"),
)

meta = Table(
    "meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

# PostgreSQL's full-text table (SQLite uses the FTS5 virtual table search_fts, created by the migration)
search_docs = Table(
    "search_docs", metadata,
    Column("ref", String(80), primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("document_id", String(64), nullable=False),
    Column("line", Integer, nullable=False),
    Column("status", String(16)),
    Column("owner", Text),
    Column("year", String(4)),
    Column("title", Text, nullable=False),
    Column("body", Text, nullable=False),
)
