"""The store: open (and migrate) a database, write extractions idempotently, read documents and items back."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.engine import Connection

from ..errors import NotFound
from ..status import status_code
from ..records import CONTRACT_KEYS, Extraction, Item
from .. import search as fts
from .schema import audit, document_lines, documents, items, links, meta, users

MIGRATIONS = Path(__file__).parent / "migrations"


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def _sqlite_pragmas(dbapi_conn, _record):
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


_ENGINES: "weakref.WeakSet[Engine]" = weakref.WeakSet()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    _ENGINES.add(engine)
    return engine


def dispose_engines() -> None:
    """Close every pooled connection (before a test drops its database)."""
    for e in list(_ENGINES):
        e.dispose()


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
                return IngestResult(doc.sha256, doc.name, "unchanged", self._item_count(conn, doc.sha256))
            main = _main_part(ex)
            row = {
                "id": doc.sha256, "name": doc.name, "source_format": doc.source_format,
                "kind": main.kind if main else None, "title": main.title if main else None,
                "body": None, "published": _first_date(ex),
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
                        "corrected": None, "updated_at": now, **item_facets(data),
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
                         ["start_line", "end_line", "page", "summary", "data", "extractor", "confidence", "updated_at",
                          "status_code", "owner", "item_date"])
            reindex_document(conn, self.dialect, doc.sha256, row["title"] or doc.name)
        return IngestResult(doc.sha256, doc.name, "updated" if existing else "added", len(rows))

    # --- reading ----------------------------------------------------------------------------------------------

    @staticmethod
    def _item_count(conn: Connection, document_id: str) -> int:
        n = conn.execute(select(func.count()).select_from(items).where(items.c.document_id == document_id)).scalar()
        return int(n or 0)

    def stored_item_count(self, document_id: str) -> int | None:
        """How many items the stored document ``document_id`` (a SHA-256) has, or None when it is not stored."""
        with self.engine.connect() as conn:
            if conn.execute(select(documents.c.id).where(documents.c.id == document_id)).first() is None:
                return None
            return self._item_count(conn, document_id)

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

    def get_item(self, item_id: str) -> dict[str, Any]:
        with self.engine.connect() as conn:
            r = conn.execute(select(items).where(items.c.id == item_id)).first()
            if r is None:
                raise NotFound(f"no item {item_id!r}")
            return _item_row(r._mapping)

    def query_items(self, kind: str | None = None, status: str | None = None, owner: str | None = None,
                    document_id: str | None = None, review_state: str | None = None, sort: str = "document",
                    limit: int = 50, offset: int = 0, include_rejected: bool = False) -> tuple[list[dict], int]:
        """Items with filters; returns (rows, total)."""
        conds = []
        if kind:
            conds.append(items.c.kind == kind)
        if status:
            conds.append(items.c.status_code == status)
        if owner:
            conds.append(items.c.owner == owner)  # exact: the facet values are the stored names (indexed)
        if document_id:
            conds.append(items.c.document_id == document_id)
        if review_state:
            conds.append(items.c.review_state == review_state)
        elif not include_rejected:
            conds.append(items.c.review_state != "rejected")
        order = {
            "document": [items.c.document_id, items.c.start_line],
            "date": [items.c.item_date.desc(), items.c.start_line],
            "status": [items.c.status_code, items.c.item_date.desc()],
            "owner": [items.c.owner, items.c.item_date.desc()],
            "confidence": [items.c.confidence, items.c.id],
        }.get(sort, [items.c.document_id, items.c.start_line])
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(items).where(*conds)).scalar()
            q = select(items, documents.c.name.label("document_name")).join(
                documents, documents.c.id == items.c.document_id).where(*conds).order_by(*order, items.c.id)
            rows = [_item_row(r._mapping) for r in conn.execute(q.limit(limit).offset(offset))]
        return rows, int(total or 0)

    def facet_counts(self, column: str, kind: str | None = None) -> dict[str, int]:
        col = getattr(items.c, column)
        with self.engine.connect() as conn:
            q = select(col, func.count()).where(col.is_not(None), items.c.review_state != "rejected")
            if kind:
                q = q.where(items.c.kind == kind)
            return {k: int(n) for k, n in conn.execute(q.group_by(col).order_by(func.count().desc()))}

    def search(self, q: str, limit: int = 20, offset: int = 0, **filters: str | None) -> fts.SearchResult:
        """Full-text search over document text and items, with facets (kind, status, year, owner)."""
        with self.engine.connect() as conn:
            res = fts.search(conn, self.dialect, q, filters, limit=limit, offset=offset)
            if res.hits:
                ids = {h["document_id"] for h in res.hits}
                names = dict(conn.execute(select(documents.c.id, documents.c.name)
                                          .where(documents.c.id.in_(ids))).all())
                for h in res.hits:
                    h["document_name"] = names.get(h["document_id"], "")
            return res

    def secret_key(self) -> str:
        """The key that signs session cookies: made once per database and kept in ``meta``."""
        import secrets

        with self.engine.begin() as conn:
            r = conn.execute(select(meta.c.value).where(meta.c.key == "secret_key")).first()
            if r:
                return r.value
            key = secrets.token_urlsafe(48)
            conn.execute(meta.insert().values(key="secret_key", value=key))
            return key

    def outstanding_by_owner(self, kinds=("actions", "questions", "recommendations")) -> list[dict[str, Any]]:
        """Counts of open, in-progress and overdue items per kind and owner (the body responsible)."""
        with self.engine.connect() as conn:
            q = (select(items.c.kind, items.c.owner, items.c.status_code, func.count().label("n"))
                 .where(items.c.kind.in_(kinds), items.c.review_state != "rejected")
                 .group_by(items.c.kind, items.c.owner, items.c.status_code))
            out: dict[tuple, dict[str, Any]] = {}
            for r in conn.execute(q):
                key = (r.kind, r.owner or "(not stated)")
                row = out.setdefault(key, {"kind": r.kind, "owner": key[1], "open": 0, "in_progress": 0,
                                           "overdue": 0, "answered": 0, "completed": 0, "withdrawn": 0,
                                           "unknown": 0, "total": 0})
                row[r.status_code if r.status_code in row else "unknown"] += int(r.n)
                row["total"] += int(r.n)
        return sorted(out.values(), key=lambda d: (-(d["open"] + d["in_progress"] + d["overdue"]), d["owner"]))

    def people_and_posts(self, limit: int = 500) -> list[dict[str, Any]]:
        """People named in the record with the posts they were given (speakers, letter writers, action owners):
        officials acting in a public role, listed with where they appear — never scored or ranked."""
        fields = {"turns": ("speaker", "role"), "letters": ("from_name", "from_role"), "actions": ("person", "owner")}
        people: dict[str, dict[str, Any]] = {}
        with self.engine.connect() as conn:
            for kind, (name_f, post_f) in fields.items():
                for r in conn.execute(select(items.c.data).where(items.c.kind == kind,
                                                                 items.c.review_state != "rejected")):
                    d = json.loads(r.data)
                    name = (d.get(name_f) or "").strip()
                    if not name or len(name) > 80:
                        continue
                    p = people.setdefault(name.lower(), {"name": name, "posts": set(), "kinds": {}})
                    if d.get(post_f):
                        p["posts"].add(str(d[post_f])[:120])
                    p["kinds"][kind] = p["kinds"].get(kind, 0) + 1
        out = sorted(people.values(), key=lambda p: p["name"].split()[-1].lower())[:limit]
        for p in out:
            p["posts"] = sorted(p["posts"])
        return out

    def count_items(self, document_id: str | None = None) -> dict[str, int]:
        with self.engine.connect() as conn:
            q = select(items.c.kind, func.count()).group_by(items.c.kind)
            if document_id:
                q = q.where(items.c.document_id == document_id)
            return {k: int(n) for k, n in conn.execute(q)}


ITEM_OWNER_FIELDS = ("owner", "addressee", "to", "from_name", "body", "speaker")
ITEM_DATE_FIELDS = ("date", "meeting_date", "deadline_date")


def item_facets(data: dict[str, Any]) -> dict[str, Any]:
    """Columns kept beside an item's JSON for filters and facets."""
    owner = next((data[k] for k in ITEM_OWNER_FIELDS if isinstance(data.get(k), str) and data[k]), None)
    date = next((data[k] for k in ITEM_DATE_FIELDS if isinstance(data.get(k), str) and data[k]), None)
    # tracked kinds get theirs from scrutiny.tracker.refresh_status; the others (a recommendation's update, say)
    # from the words the document used for the status
    status = data.get("status_code")
    if not status and isinstance(data.get("status"), str):
        status = status_code(data["status"])
    return {"status_code": status, "owner": owner[:200] if owner else None, "item_date": date}


# ---------------------------------------------------------------------------------------------------------------
# the full-text index


def reindex_document(conn: Connection, dialect: str, document_id: str, title: str) -> None:
    """Rebuild the full-text rows of one document: its text in paragraphs, and each of its items."""
    lines = conn.execute(select(document_lines.c.number, document_lines.c.text, document_lines.c.noise)
                         .where(document_lines.c.document_id == document_id)
                         .order_by(document_lines.c.number)).all()
    rows = [fts.IndexRow(ref=f"{document_id[:16]}:L{start}", kind="text", document_id=document_id, line=start,
                         title=title, body=body)
            for start, body in fts.paragraphs([(n, t, bool(z)) for n, t, z in lines])]
    for r in conn.execute(select(items).where(items.c.document_id == document_id, items.c.kind != "checks",
                                              items.c.review_state != "rejected")):
        rows.append(_index_row_for_item(_item_row(r._mapping)))
    fts.replace_document(conn, dialect, document_id, rows)


def _index_row_for_item(it: dict[str, Any]) -> "fts.IndexRow":
    year = (it.get("item_date") or "")[:4] or None
    return fts.IndexRow(ref=it["id"], kind=it["kind"], document_id=it["document_id"], line=it["start_line"],
                        title=it["summary"] or it["kind"], body=fts.item_text(it["data"]),
                        status=it.get("status_code"), owner=it.get("owner"), year=year)




def _item_row(m) -> dict[str, Any]:
    d = dict(m)
    d["data"] = json.loads(d["data"])
    if d.get("corrected"):
        d["corrected"] = json.loads(d["corrected"])
        d["data"] = {**d["data"], **d["corrected"]}
    if d.get("tracking"):
        d["tracking"] = json.loads(d["tracking"])
    return d


def _sorted(its: Iterable[Item]) -> list[Item]:
    return sorted(its, key=lambda it: it.prov.start_line)


def _first_date(ex: Extraction) -> str | None:
    """The document's date: that of its first dated part (a pack's agenda, a letter's date line)."""
    for p in sorted(ex.items.get("parts") or [], key=lambda p: p.prov.start_line):
        if getattr(p, "date", None):
            return p.date
    return None


def _main_part(ex: Extraction):
    """The part that names the document: a pack's first part (its agenda), else the longest part."""
    parts = sorted((p for p in ex.items.get("parts") or [] if p.kind != "other"), key=lambda p: p.prov.start_line)
    if not parts:
        parts = ex.items.get("parts") or []
        return max(parts, key=lambda p: p.prov.end_line - p.prov.start_line) if parts else None
    if parts[0].kind == "agenda" or len(parts) == 1:
        return parts[0]
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
