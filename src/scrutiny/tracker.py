"""Linking and tracking over the store: re-link after every ingest; list items with status, due date and response
"as of" a date. The rules live in :mod:`scrutiny.link` and :mod:`scrutiny.tracking`; this module feeds them
stored items and formats what they say."""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select, update

from .config import get_settings
from .link import StoredItem, link_items
from .review import save_links
from .store.db import Store, _item_row
from .store.schema import document_lines, documents, items, links
from .tracking import track_item

LINKED_KINDS = ("actions", "letters", "recommendations", "recommendation_updates", "responses", "questions",
                "parts", "commitments", "meetings")
TRACKED_KINDS = ("actions", "questions", "recommendations")


def _stored_items(store: Store, kinds=LINKED_KINDS) -> list[StoredItem]:
    with store.engine.connect() as conn:
        docs = {r.id: r for r in conn.execute(select(documents.c.id, documents.c.name, documents.c.published))}
        rows = [_item_row(r._mapping) for r in conn.execute(
            select(items).where(items.c.kind.in_(kinds), items.c.review_state != "rejected"))]
        # letters and responses are matched on their words: give them their source text
        texts: dict[str, str] = {}
        wanted = [r for r in rows if r["kind"] in ("letters", "responses")]
        by_doc: dict[str, list[dict]] = {}
        for r in wanted:
            by_doc.setdefault(r["document_id"], []).append(r)
        for doc_id, its in by_doc.items():
            lo = min(r["start_line"] for r in its)
            hi = max(max(r["end_line"], r["start_line"] + 30) for r in its)
            lines = dict(conn.execute(select(document_lines.c.number, document_lines.c.text).where(
                document_lines.c.document_id == doc_id, document_lines.c.number >= lo,
                document_lines.c.number <= hi)).all())
            for r in its:
                end = r["end_line"] if r["end_line"] > r["start_line"] else r["start_line"] + 30
                texts[r["id"]] = "\n".join(lines.get(n, "") for n in range(r["start_line"], end + 1))
    out = []
    for r in rows:
        d = docs.get(r["document_id"])
        out.append(StoredItem(id=r["id"], document_id=r["document_id"], document_name=d.name if d else "",
                              kind=r["kind"], data=r["data"], start_line=r["start_line"], end_line=r["end_line"],
                              text=texts.get(r["id"]), document_date=d.published if d else None))
    return out


def relink(store: Store) -> dict[str, int]:
    """Run every linking rule over the whole store. Links people confirmed or rejected keep their state; links the
    rules no longer make (and nobody reviewed) are removed."""
    stored = _stored_items(store)
    found = link_items(stored, threshold=get_settings().link_threshold)
    made = [{"source_id": lk.source_id, "target_id": lk.target_id, "relation": lk.relation, "rule": lk.rule,
             "evidence": {**lk.evidence, **({"date": lk.date} if lk.date else {})}, "score": lk.score,
             "state": lk.state} for lk in found]
    made += _meeting_links(stored)
    save_links(store, made)
    from .review import link_id

    keep = {link_id(m["source_id"], m["target_id"], m["relation"]) for m in made}
    with store.engine.begin() as conn:
        stale = [r.id for r in conn.execute(select(links.c.id).where(links.c.state.in_(["asserted", "proposed"]),
                                                                     links.c.rule != "manual"))
                 if r.id not in keep]
        for i in range(0, len(stale), 500):
            conn.execute(links.delete().where(links.c.id.in_(stale[i : i + 500])))
    return {"asserted": sum(1 for m in made if m["state"] == "asserted"),
            "proposed": sum(1 for m in made if m["state"] == "proposed"), "removed": len(stale)}


def _part_date(spans: list[tuple[int, int, str]], line: int) -> str | None:
    """The date of the innermost dated part holding ``line`` (a report's date, not its pack's)."""
    holding = [s for s in spans if s[0] <= line <= s[1]]
    return min(holding, key=lambda s: s[1] - s[0])[2] if holding else None


def _meeting_links(stored: list[StoredItem]) -> list[dict[str, Any]]:
    """A letter follows up the meeting it names (``responds_to_meeting_date``): link it to that meeting's record,
    preferring a meeting of the body the letter is addressed to."""
    from .gazetteer import normalise_body

    meetings: dict[str, list[StoredItem]] = {}
    for it in stored:
        if it.kind == "meetings" and it.data.get("date"):
            meetings.setdefault(it.data["date"], []).append(it)
    out = []
    for it in stored:
        day = it.data.get("responds_to_meeting_date") if it.kind == "letters" else None
        if not day or day not in meetings:
            continue
        cands = meetings[day]
        addressee = " ".join(str(it.data.get(k) or "") for k in ("to_role", "to_name", "subject"))
        body = normalise_body(addressee)
        scored = []
        for m in cands:
            same_body = bool(body) and normalise_body(m.data.get("body") or "") == body
            scored.append((0.9 if same_body else (0.75 if len(cands) == 1 else 0.5), same_body, m))
        score, same_body, m = max(scored, key=lambda x: (x[0], x[2].id))
        out.append({"source_id": it.id, "target_id": m.id, "relation": "follows_up", "rule": "letter_meeting",
                    "evidence": {"meeting_date": day, "same_body": same_body, "date": it.data.get("date")},
                    "score": score, "state": "asserted" if score >= get_settings().link_threshold else "proposed"})
    return out


def _defaults_for(owner: str | None) -> dict[str, str]:
    d = get_settings().deadline_defaults
    return {**d.get("*", {}), **(d.get(owner or "", {}) if owner else {})}


def refresh_status(store: Store, as_of: str | None = None) -> int:
    """Store each tracked item's status and due date as of today (for lists, the dashboard and feeds). A status a
    person set is kept."""
    n = 0
    with store.engine.begin() as conn:
        for kind in TRACKED_KINDS:
            for r in item_rows(store, kind, as_of=as_of, limit=10**9):
                values = {"due_date": r["due"], "tracking": json.dumps({
                    "as_of": as_of or dt.date.today().isoformat(), "status": r["status"],
                    "status_explanation": r["status_explanation"], "due": r["due"],
                    "due_explanation": r["due_explanation"], "days_overdue": r["days_overdue"],
                    "response": r["response"]}, ensure_ascii=False)}
                if not r["human_status"]:
                    values["status_code"] = r["status"]
                conn.execute(update(items).where(items.c.id == r["id"]).values(**values))
                n += 1
    return n


def item_rows(store: Store, kind: str, status: str | None = None, owner: str | None = None, overdue: bool = False,
              as_of: str | None = None, limit: int = 1000, document_id: str | None = None,
              item_id: str | None = None) -> list[dict[str, Any]]:
    """Items of one kind with their status, due date and response as of a date (today when None)."""
    day = as_of or dt.date.today().isoformat()
    with store.engine.connect() as conn:
        docs = {r.id: r for r in conn.execute(select(documents.c.id, documents.c.name, documents.c.published))}
        q = select(items).where(items.c.kind == kind, items.c.review_state != "rejected")
        if owner:
            q = q.where(items.c.owner.ilike(owner))
        if document_id:
            q = q.where(items.c.document_id == document_id)
        if item_id:
            q = q.where(items.c.id == item_id)
        rows = [_item_row(r._mapping) for r in conn.execute(q.order_by(items.c.item_date, items.c.start_line))]
        ids = [r["id"] for r in rows]
        all_links: dict[str, list[dict]] = {}
        for i in range(0, len(ids), 500):
            for lk in conn.execute(select(links).where(links.c.target_id.in_(ids[i : i + 500]),
                                                       links.c.state.in_(["asserted", "confirmed"]))):
                d = dict(lk._mapping)
                ev = json.loads(d["evidence"])
                d["date"] = ev.get("date")
                d["state"] = "asserted"  # confirmed links count as asserted ones
                all_links.setdefault(d["target_id"], []).append(d)
        part_dates: dict[str, list[tuple[int, int, str]]] = {}
        for r in conn.execute(select(items.c.document_id, items.c.start_line, items.c.end_line, items.c.item_date)
                              .where(items.c.kind == "parts", items.c.item_date.is_not(None))):
            part_dates.setdefault(r.document_id, []).append((r.start_line, r.end_line, r.item_date))
        meetings = sorted({r.item_date for r in conn.execute(select(items.c.item_date).where(
            items.c.kind == "meetings", items.c.item_date.is_not(None)))})
        sources: dict[str, dict] = {}
        src_ids = {lk["source_id"] for ls in all_links.values() for lk in ls}
        if src_ids:
            for r in conn.execute(select(items).where(items.c.id.in_(list(src_ids)))):
                sources[r.id] = _item_row(r._mapping)
    out = []
    for r in rows:
        doc = docs.get(r["document_id"])
        its_links = all_links.get(r["id"], [])
        ref_date = _part_date(part_dates.get(r["document_id"], []), r["start_line"]) or (doc.published if doc else None)
        due, st = track_item(kind, r["data"], its_links, day, document_date=ref_date,
                             meetings=meetings, defaults=_defaults_for(r.get("owner")), item_id=r["id"])
        code = st.code
        human = bool((r.get("corrected") or {}).get("status_code"))
        if human:
            code = r["corrected"]["status_code"]  # a person's decision outranks the rules
        if status and code != status:
            continue
        if overdue and code != "overdue":
            continue
        response = None
        answered = [lk for lk in its_links if lk["source_id"] in sources]
        if answered and code in ("answered", "completed"):
            s = sources[answered[0]["source_id"]]
            sdoc = docs.get(s["document_id"])
            response = {"id": s["id"], "kind": s["kind"], "document": sdoc.name if sdoc else s["document_id"],
                        "date": s["data"].get("date") or answered[0].get("date"), "line": s["start_line"],
                        "summary": s["summary"]}
        out.append({
            "id": r["id"], "kind": kind, "status": code, "status_words": r["data"].get("status"),
            "status_explanation": st.explanation, "owner": r.get("owner"), "due": due.date,
            "due_explanation": due.explanation, "days_overdue": st.days_overdue,
            "text": r["summary"], "meeting_date": r["data"].get("meeting_date"),
            "response": response, "source": {"document": doc.name if doc else r["document_id"],
                                             "line": r["start_line"], "page": r.get("page")},
            "review_state": r["review_state"], "human_status": human,
        })
        if len(out) >= limit:
            break
    return out
