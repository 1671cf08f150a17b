"""Feeds: Atom per kind of item (optionally per body) and per search; an iCalendar of due dates."""
from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.responses import Response

from .. import __version__

ATOM = "http://www.w3.org/2005/Atom"
FEED_KINDS = ("actions", "questions", "recommendations", "letters", "responses", "commitments", "documents")


def atom(title: str, self_url: str, base: str, entries: list[dict[str, Any]]) -> bytes:
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}title").text = title
    ET.SubElement(feed, f"{{{ATOM}}}id").text = self_url
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=self_url)
    ET.SubElement(feed, f"{{{ATOM}}}generator", version=__version__).text = "Scrutiny"
    updated = max((e["updated"] for e in entries), default=dt.datetime.now(dt.timezone.utc).isoformat())
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = updated
    for e in entries:
        en = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(en, f"{{{ATOM}}}title").text = e["title"][:300]
        ET.SubElement(en, f"{{{ATOM}}}id").text = base + e["path"]
        ET.SubElement(en, f"{{{ATOM}}}link", href=base + e["path"])
        ET.SubElement(en, f"{{{ATOM}}}updated").text = e["updated"]
        ET.SubElement(en, f"{{{ATOM}}}summary").text = e.get("summary", "")[:2000]
        author = ET.SubElement(en, f"{{{ATOM}}}author")
        ET.SubElement(author, f"{{{ATOM}}}name").text = e.get("author") or "Scrutiny"
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _updated(it: dict[str, Any]) -> str:
    v = it.get("updated_at") or it.get("ingested_at") or "1970-01-01T00:00:00+00:00"
    return v if "T" in v else v + "T00:00:00+00:00"


def register(app: FastAPI, store) -> None:
    def base_url(request: Request) -> str:
        return str(request.base_url).rstrip("/")

    @app.get("/feeds/search.atom", tags=["feeds"], summary="Atom feed of a saved search")
    def search_feed(request: Request, q: str = Query(..., min_length=1, max_length=300),
                    kind: str | None = Query(None, max_length=32)):
        res = store.search(q, limit=50, kind=kind)
        entries = []
        for h in res.hits:
            path = (f"/documents/{h['document_id']}?hl={h['line']}#L{h['line']}" if h["kind"] == "text"
                    else f"/item/{h['ref']}")
            entries.append({"title": h["title"] or h["kind"], "path": path,
                            "updated": "1970-01-01T00:00:00+00:00",
                            "summary": (h.get("snippet") or "").replace("\u27e6", "").replace("\u27e7", "")})
        return Response(atom(f"Scrutiny search: {q}", str(request.url), base_url(request), entries),
                        media_type="application/atom+xml; charset=utf-8")

    @app.get("/feeds/{kind}.atom", tags=["feeds"], summary="Atom feed of one kind of item (optionally one body)")
    def kind_feed(request: Request, kind: str, owner: str | None = Query(None, max_length=200)):
        if kind not in FEED_KINDS:
            from ..errors import NotFound

            raise NotFound(f"no feed for {kind!r}; feeds: {', '.join(FEED_KINDS)}")
        if kind == "documents":
            entries = [{"title": d["title"] or d["name"], "path": f"/documents/{d['id']}", "updated": _updated(d),
                        "summary": f"{d['name']}: {d['pages']} page(s), {d['kind'] or 'document'}"}
                       for d in store.list_documents(limit=50)]
        else:
            rows, _ = store.query_items(kind=kind, owner=owner, sort="date", limit=50)
            entries = [{"title": r["summary"] or kind, "path": f"/item/{r['id']}", "updated": _updated(r),
                        "summary": f"{r['document_name']}, line {r['start_line']}"
                                   + (f" — status {r['status_code']}" if r.get("status_code") else ""),
                        "author": r.get("owner")} for r in rows]
        title = f"Scrutiny: {kind.replace('_', ' ')}" + (f" — {owner}" if owner else "")
        return Response(atom(title, str(request.url), base_url(request), entries),
                        media_type="application/atom+xml; charset=utf-8")

    @app.get("/calendar.ics", tags=["feeds"], summary="iCalendar of due dates (actions, recommendations)")
    def calendar(request: Request, owner: str | None = Query(None, max_length=200)):
        from icalendar import Calendar, Event

        cal = Calendar()
        cal.add("prodid", f"-//Scrutiny {__version__}//EN")
        cal.add("version", "2.0")
        cal.add("x-wr-calname", "Scrutiny due dates" + (f" — {owner}" if owner else ""))
        for kind in ("actions", "recommendations", "questions"):
            rows, _ = store.query_items(kind=kind, owner=owner, limit=10_000)
            for r in rows:
                due = r["data"].get("deadline_date") or r["data"].get("due_date")
                if not due:
                    continue
                try:
                    day = dt.date.fromisoformat(due)
                except ValueError:
                    continue
                ev = Event()
                ev.add("uid", f"{r['id']}@scrutiny")
                ev.add("summary", f"Due: {(r['summary'] or kind)[:200]}")
                ev.add("dtstart", day)
                ev.add("dtstamp", dt.datetime.now(dt.timezone.utc))
                ev.add("description", f"{r.get('owner') or ''} — {base_url(request)}/item/{r['id']}")
                cal.add_component(ev)
        return Response(cal.to_ical(), media_type="text/calendar; charset=utf-8")
