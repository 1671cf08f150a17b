"""The recommendations monitor: for a report or a body, each recommendation with its addressee, due date, every
response and update received (date, stance, where it is), its status as of a date and how many days overdue it is.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..store.db import Store
from ..tracker import item_rows
from ._store import answering_links, body_documents, body_matches, documents_info, items_of

STATUS_ORDER = ("overdue", "open", "in_progress", "answered", "completed", "withdrawn")


@dataclass
class ResponseEntry:
    """One response or update to a recommendation."""

    date: str | None
    kind: str  # the kind of item that answers: letters, responses, recommendation_updates
    stance: str | None  # the words the response used, when it states one
    text: str
    document: str
    line: int
    relation: str
    score: float


@dataclass
class RecommendationEntry:
    id: str
    report: str | None
    number: str | None
    text: str
    addressee: str | None
    due: str | None
    due_explanation: str
    status: str
    status_explanation: str
    days_overdue: int | None
    document: str
    line: int
    responses: list[ResponseEntry] = field(default_factory=list)


@dataclass
class RecommendationsMonitor:
    body: str | None
    report: str | None
    as_of: str
    entries: list[RecommendationEntry]

    @property
    def title(self) -> str:
        return "Recommendations monitor"

    @property
    def counts(self) -> dict[str, int]:
        """Recommendations per status, in a fixed order (statuses with none left out)."""
        out = {s: 0 for s in STATUS_ORDER}
        for e in self.entries:
            out[e.status] = out.get(e.status, 0) + 1
        return {k: v for k, v in out.items() if v}


def _stance(source: dict[str, Any]) -> str | None:
    d = source["data"]
    for key in ("stance", "status"):
        if isinstance(d.get(key), str) and d[key].strip():
            return d[key].strip()
    return None


def _source_text(source: dict[str, Any]) -> str:
    d = source["data"]
    if source["kind"] == "responses" and d.get("topic"):
        return f"On “{d['topic']}”" + (f" (responding to {d['responds_to']})" if d.get("responds_to") else "")
    if source["kind"] == "letters":
        who = ", ".join(x for x in (d.get("from_name"), d.get("from_role")) if x)
        return f"Letter from {who}" + (f": {d['subject']}" if d.get("subject") else "")
    return source.get("summary") or ""


def build_recommendations_monitor(store: Store, body: str | None = None, report: str | None = None,
                                  as_of: str | None = None) -> RecommendationsMonitor:
    """Recommendations made in ``body``'s papers or addressed to ``body``, or those of the report whose title (or
    its document's title) contains ``report``; with their responses and status as of ``as_of`` (today when None)."""
    day = as_of or dt.date.today().isoformat()
    docs = documents_info(store)
    by_name = {d.name: d for d in docs.values()}
    body_docs = body_documents(docs, body) if body else None
    stored = {it["id"]: it for it in items_of(store, "recommendations")}
    rows = []
    for r in item_rows(store, "recommendations", as_of=day, limit=100_000):
        doc = by_name.get(r["source"]["document"])
        it = stored.get(r["id"])
        if doc is None or it is None or (doc.date or "") > day:
            continue
        data = it["data"]
        if body and not (doc.id in body_docs or body_matches(body, data.get("addressee"))):
            continue
        if report and report.lower() not in f"{data.get('report') or ''} {doc.title or ''}".lower():
            continue
        rows.append((r, it, doc))
    links = answering_links(store, [r["id"] for r, _, _ in rows])
    source_ids = {lk["source_id"] for ls in links.values() for lk in ls}
    sources = {}
    for kind in ("letters", "responses", "recommendation_updates"):
        sources.update({it["id"]: it for it in items_of(store, kind) if it["id"] in source_ids})
    entries = []
    for r, it, doc in rows:
        data = it["data"]
        entry = RecommendationEntry(
            id=r["id"], report=data.get("report"), number=data.get("number"), text=data.get("text") or r["text"],
            addressee=data.get("addressee"), due=r.get("due"), due_explanation=r["due_explanation"],
            status=r["status"], status_explanation=r["status_explanation"], days_overdue=r.get("days_overdue"),
            document=doc.name, line=it["start_line"])
        for lk in links.get(r["id"], []):
            src = sources.get(lk["source_id"])
            if src is None:
                continue
            sdoc = docs.get(src["document_id"])
            date = src["data"].get("date") or lk["evidence"].get("date") or (sdoc.date if sdoc else None)
            if date and date > day:
                continue
            entry.responses.append(ResponseEntry(date=date, kind=src["kind"], stance=_stance(src),
                                                 text=_source_text(src), document=sdoc.name if sdoc else "",
                                                 line=src["start_line"], relation=lk["relation"],
                                                 score=float(lk["score"])))
        entry.responses.sort(key=lambda x: (x.date or "", x.line))
        entries.append(entry)
    entries.sort(key=lambda e: (e.document, e.report or "", _num(e.number), e.line))
    return RecommendationsMonitor(body=body, report=report, as_of=day, entries=entries)


def _num(value: str | None) -> tuple[int, str]:
    digits = "".join(ch for ch in str(value or "") if ch.isdigit())
    return (int(digits) if digits else 10**6, str(value or ""))
