"""What the reports need from the store beyond :func:`scrutiny.tracker.item_rows`: each document's date and the
bodies whose meetings it records, items by kind, and which items the linker found to be copies of one another."""
from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from ..gazetteer import normalise_body
from ..store.db import Store, _item_row
from ..store.schema import documents, items, links

_SPACE = re.compile(r"\s+")
_ANSWERING = ("asserted", "confirmed")


def long_date(iso: str | None) -> str:
    """``2014-12-04`` → ``4 December 2014``; None or an unreadable value → ``""``."""
    if not iso or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso[:10]):
        return iso or ""
    y, m, d = (int(x) for x in iso[:10].split("-"))
    return f"{d} {calendar.month_name[m]} {y}"


def _norm(text: str | None) -> str:
    return _SPACE.sub(" ", (text or "").replace("&", "and")).strip().lower()


def body_matches(query: str | None, name: str | None) -> bool:
    """True when the body asked for names the same body as ``name``: one contains the other (words compared
    case-insensitively, "&" read as "and"), or the query is a canonical body name ("MPS") that ``name``
    normalises to."""
    if not query:
        return True
    q, n = _norm(query), _norm(name)
    if not n:
        return False
    if re.search(rf"\b{re.escape(q)}\b", n) or re.search(rf"\b{re.escape(n)}\b", q):
        return True
    canon = normalise_body(query)  # "MPS" asked for: "Metropolitan Police Service" matches
    return canon is not None and _norm(canon) == q and normalise_body(name) == canon


@dataclass
class DocInfo:
    """A stored document as the reports see it."""

    id: str
    name: str
    date: str | None  # published, else its newest meeting or part date
    bodies: list[str] = field(default_factory=list)  # bodies of the meetings it records
    title: str | None = None


def documents_info(store: Store) -> dict[str, DocInfo]:
    """Every stored document with its date and the bodies of its meetings."""
    with store.engine.connect() as conn:
        out = {r.id: DocInfo(r.id, r.name, r.published, title=r.title) for r in
               conn.execute(select(documents.c.id, documents.c.name, documents.c.published, documents.c.title))}
        dates: dict[str, list[str]] = {}
        for r in conn.execute(select(items.c.document_id, items.c.kind, items.c.data).where(
                items.c.kind.in_(["meetings", "parts"]), items.c.review_state != "rejected")):
            data = json.loads(r.data)
            if data.get("date"):
                dates.setdefault(r.document_id, []).append(data["date"])
            if r.kind == "meetings" and data.get("body") and r.document_id in out:
                if data["body"] not in out[r.document_id].bodies:
                    out[r.document_id].bodies.append(data["body"])
    for doc_id, info in out.items():
        if info.date is None and dates.get(doc_id):
            info.date = max(dates[doc_id])
    return out


def body_documents(docs: dict[str, DocInfo], body: str | None) -> set[str]:
    """The documents that record meetings of ``body`` (every document when ``body`` is None)."""
    return {d.id for d in docs.values() if body is None or any(body_matches(body, b) for b in d.bodies)}


def items_of(store: Store, kind: str, document_ids: set[str] | None = None) -> list[dict[str, Any]]:
    """Stored items of one kind (rejected ones left out), in document order."""
    with store.engine.connect() as conn:
        q = select(items).where(items.c.kind == kind, items.c.review_state != "rejected")
        rows = [_item_row(r._mapping) for r in conn.execute(q.order_by(items.c.document_id, items.c.start_line))]
    return [r for r in rows if document_ids is None or r["document_id"] in document_ids]


def same_as_map(store: Store) -> dict[str, str]:
    """item id → one id standing for every copy of it (items joined by asserted or confirmed ``same_as`` links)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    with store.engine.connect() as conn:
        for r in conn.execute(select(links.c.source_id, links.c.target_id).where(
                links.c.relation == "same_as", links.c.state.in_(_ANSWERING))):
            a, b = find(r.source_id), find(r.target_id)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return {x: find(x) for x in parent}


def answering_links(store: Store, target_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """target id → its asserted or confirmed links (evidence decoded), best first."""
    out: dict[str, list[dict[str, Any]]] = {}
    with store.engine.connect() as conn:
        for i in range(0, len(target_ids), 500):
            for r in conn.execute(select(links).where(links.c.target_id.in_(target_ids[i : i + 500]),
                                                      links.c.state.in_(_ANSWERING),
                                                      links.c.relation != "same_as")):
                d = dict(r._mapping)
                d["evidence"] = json.loads(d["evidence"] or "{}")
                out.setdefault(d["target_id"], []).append(d)
    for v in out.values():
        v.sort(key=lambda d: -d["score"])
    return out


def find_value(obj: Any, key: str) -> str | None:
    """The first string value stored under ``key`` anywhere in a nested dict (link evidence)."""
    if isinstance(obj, dict):
        v = obj.get(key)
        if isinstance(v, str) and v:
            return v
        for x in obj.values():
            found = find_value(x, key)
            if found:
                return found
    return None
