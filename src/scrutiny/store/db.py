"""The store: open (and migrate) a database, write extractions idempotently, read documents and items back."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.engine import Connection

from ..errors import NotFound
from ..records import CONTRACT_KEYS, Extraction, Item
from .schema import document_lines, documents, items

MIGRATIONS = Path(__file__).parent / "migrations"


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def _sqlite_pragmas(dbapi_conn, _record):
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def migrate(engine: Engine) -> None:
    """Bring the schema up to the newest migration."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def item_id(document_id: str, key: str, item: Item) -> str:
    """A content hash: the same item of the same document always gets the same id."""
    h = hashlib.sha256()
    h.update(f"{document_id}\0{key}\0{item.prov.start_line}\0{item.summary()[:200]}".encode())
    return h.hexdigest()[:24]


@dataclass
class IngestResult:
    document_id: str
    name: str
    status: str  # added | updated | unchanged
    items: int


class Store:
    def __init__(self, engine: Engine):
        self.engine = engine

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    # --- writing ----------------------------------------------------------------------------------------------

    def _upsert(self, conn: Connection, table, rows: list[dict], keys: list[str], update: list[str]) -> None:
        if not rows:
            return
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        stmt = insert(table)
        stmt = stmt.on_conflict_do_update(index_elements=keys, set_={c: stmt.excluded[c] for c in update})
        for i in range(0, len(rows), 500):
            conn.execute(stmt, rows[i : i + 500])

    def save_extraction(self, ex: Extraction, force: bool = False) -> IngestResult:
        """Store a document and its items in one transaction. Re-ingesting the same bytes changes nothing unless
        ``force``; re-extraction replaces extracted items but keeps every item a person reviewed."""
        doc = ex.document
        now = _now()
        with self.engine.begin() as conn:
            existing = conn.execute(select(documents.c.id).where(documents.c.id == doc.sha256)).first()
            if existing and not force:
                n = conn.execute(select(func.count()).select_from(items).where(items.c.document_id == doc.sha256)).scalar()
                return IngestResult(doc.sha256, doc.name, "unchanged", int(n or 0))
            main = _main_part(ex)
            row = {
                "id": doc.sha256, "name": doc.name, "source_format": doc.source_format,
                "kind": main.kind if main else None, "title": main.title if main else None,
                "body": None, "published": main.date if main else None,
                "pages": doc.pages, "line_count": len(doc.lines), "size": doc.size, "source_path": doc.path,
                "ingested_at": now, "extracted_at": now,
            }
            self._upsert(conn, documents, [row], ["id"],
                         [c for c in row if c not in ("id", "ingested_at")])
            if not existing:
                conn.execute(document_lines.insert(), [
                    {"document_id": doc.sha256, "number": ln.number, "page": ln.page, "text": ln.text,
                     "noise": bool(ex.noise[ln.number - 1]) if ex.noise else False}
                    for ln in doc.lines
                ])
            rows = []
            for key in CONTRACT_KEYS:
                for it in _sorted(ex.items.get(key, [])):
                    data = it.to_contract()
                    rows.append({
                        "id": item_id(doc.sha256, key, it), "document_id": doc.sha256, "kind": key,
                        "start_line": it.prov.start_line, "end_line": max(it.prov.end_line, it.prov.start_line),
                        "page": it.prov.page, "summary": it.summary()[:500],
                        "data": json.dumps(data, ensure_ascii=False), "extractor": it.prov.extractor,
                        "confidence": float(it.prov.confidence), "review_state": "extracted",
                        "corrected": None, "updated_at": now,
                    })
            ids = {r["id"] for r in rows}
            if len(ids) != len(rows):  # two items with one hash: keep the first
                seen: set[str] = set()
                rows = [r for r in rows if not (r["id"] in seen or seen.add(r["id"]))]
            # drop items of an earlier extraction that nobody reviewed and that are no longer found
            old = conn.execute(select(items.c.id, items.c.review_state).where(items.c.document_id == doc.sha256)).all()
            stale = [i for i, state in old if state == "extracted" and i not in ids]
            for i in range(0, len(stale), 500):
                conn.execute(items.delete().where(items.c.id.in_(stale[i : i + 500])))
            self._upsert(conn, items, rows, ["id"],
                         ["start_line", "end_line", "page", "summary", "data", "extractor", "confidence", "updated_at"])
        return IngestResult(doc.sha256, doc.name, "updated" if existing else "added", len(rows))

    # --- reading ----------------------------------------------------------------------------------------------

    def list_documents(self, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            q = (select(documents).order_by(documents.c.ingested_at.desc(), documents.c.name)
                 .limit(limit).offset(offset))
            return [dict(r._mapping) for r in conn.execute(q)]

    def count_documents(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(documents)).scalar() or 0)

    def get_document(self, document_id: str) -> dict[str, Any]:
        with self.engine.connect() as conn:
            r = conn.execute(select(documents).where(documents.c.id == document_id)).first()
            if r is None:
                raise NotFound(f"no document {document_id!r}")
            return dict(r._mapping)

    def document_lines(self, document_id: str, start: int = 1, end: int | None = None) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            q = select(document_lines).where(document_lines.c.document_id == document_id,
                                             document_lines.c.number >= start)
            if end is not None:
                q = q.where(document_lines.c.number <= end)
            return [dict(r._mapping) for r in conn.execute(q.order_by(document_lines.c.number))]

    def list_items(self, kind: str | None = None, document_id: str | None = None, limit: int = 100,
                   offset: int = 0) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            q = select(items)
            if kind:
                q = q.where(items.c.kind == kind)
            if document_id:
                q = q.where(items.c.document_id == document_id)
            q = q.order_by(items.c.document_id, items.c.start_line).limit(limit).offset(offset)
            return [_item_row(r._mapping) for r in conn.execute(q)]

    def count_items(self, document_id: str | None = None) -> dict[str, int]:
        with self.engine.connect() as conn:
            q = select(items.c.kind, func.count()).group_by(items.c.kind)
            if document_id:
                q = q.where(items.c.document_id == document_id)
            return {k: int(n) for k, n in conn.execute(q)}


def _item_row(m) -> dict[str, Any]:
    d = dict(m)
    d["data"] = json.loads(d["data"])
    if d.get("corrected"):
        d["corrected"] = json.loads(d["corrected"])
        d["data"] = {**d["data"], **d["corrected"]}
    return d


def _sorted(its: Iterable[Item]) -> list[Item]:
    return sorted(its, key=lambda it: it.prov.start_line)


def _main_part(ex: Extraction):
    parts = ex.items.get("parts") or []
    if not parts:
        return None
    return max(parts, key=lambda p: p.prov.end_line - p.prov.start_line)


def open_store(url: str, migrate_schema: bool = True) -> Store:
    if url.startswith("sqlite:///"):
        path = url[len("sqlite:///"):]
        if path and path != ":memory:":
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    if migrate_schema:
        migrate(engine)
    return Store(engine)
