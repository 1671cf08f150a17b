"""The Summary List of Actions for a body as of a date, in the form committee clerks publish it.

Actions arising from the body's meetings are grouped by meeting (newest first), one row per minute item with the
columns *Minute item | Subject and action required | Status | Action by | Deadline*. An action answered by a letter
reads "Completed. The letter from the MPS is attached at Appendix 1", and the appendices are numbered in the order
the report first cites them. Letters the body received since its previous meeting that answer no listed action
are listed as *Additional correspondence*. Statuses are as things stood on the date asked for
(:func:`scrutiny.tracker.item_rows`); the document's own words are kept where nothing later changed them.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from ..store.db import Store
from ..tracker import item_rows
from ._store import (DocInfo, answering_links, body_documents, body_matches, documents_info, find_value, items_of, long_date,
                     same_as_map)

FINAL = ("completed", "answered", "withdrawn")
_P_CELL = re.compile(r"^\s*<p>(.*?)</p>", re.S)
_TAG = re.compile(r"<[^>]+>")
_NUM = re.compile(r"\d+")
_CODE_WORDS = {"open": "Open", "in_progress": "In progress", "answered": "Answered", "completed": "Completed",
               "overdue": "Overdue", "withdrawn": "Withdrawn"}


_POST = re.compile(r"\b(?:commissioner|constable|chief|director|officer|executive|superintendent|commander|"
                   r"inspector|head|manager|chair|clerk|secretary|mayor|minister|lead)\b", re.I)


@dataclass
class ActionEntry:
    """One action as the report shows it."""

    id: str
    text: str
    status: str  # the words shown in the Status column
    status_code: str
    status_explanation: str
    owner: str | None
    deadline: str | None  # the words shown in the Deadline column
    due: str | None
    person: str | None
    document: str
    line: int
    response: dict[str, Any] | None = None
    appendix: int | None = None

    @property
    def action_by(self) -> str:
        """The "Action by" column: the post and its body ("Chief Constable, Northshire Police") where the person
        is named by post, else the body."""
        person = (self.person or "").strip()
        if person.lower().startswith("the "):
            person = person[4:]
        if person and self.owner and person[:1].isupper() and _POST.search(person) and self.owner not in person:
            return f"{person}, {self.owner}"
        return self.owner or person


@dataclass
class ActionRow:
    """One row of the table: a minute item's actions (a row may hold several, as clerks print them)."""

    minute_item: str | None
    subject: str | None
    entries: list[ActionEntry]

    @property
    def lead(self) -> str | None:
        """Words every action of the row starts with, ending in a colon ("… to provide the Committee with:")."""
        if len(self.entries) < 2:
            return None
        texts = [e.text for e in self.entries]
        common = texts[0]
        for t in texts[1:]:
            while common and not t.startswith(common):
                common = common[:-1]
        cut = common.rfind(":")
        return common[: cut + 1].strip() if cut > 10 else None

    @property
    def items(self) -> list[str]:
        """The action texts, without the shared lead."""
        lead = self.lead
        return [e.text[len(lead):].strip() if lead else e.text for e in self.entries]

    @property
    def sources(self) -> str:
        """Where the row's actions are: ``doc.txt:1276`` (each document once, its lines after it)."""
        by_doc: dict[str, list[int]] = {}
        for e in self.entries:
            if e.line not in by_doc.setdefault(e.document, []):
                by_doc[e.document].append(e.line)
        return "; ".join(f"{d}:{', '.join(str(n) for n in lines)}" for d, lines in by_doc.items())

    @property
    def shared(self) -> bool:
        """True when every action of the row has the same status, owner and deadline (shown once)."""
        keys = {(e.status, e.owner, e.deadline) for e in self.entries}
        return len(keys) == 1


@dataclass
class MeetingGroup:
    date: str | None
    heading: str
    rows: list[ActionRow]


@dataclass
class Appendix:
    number: int
    description: str
    letter_id: str
    document: str
    line: int


@dataclass
class ActionsReport:
    body: str
    as_of: str
    groups: list[MeetingGroup]
    correspondence: list[Appendix]  # additional correspondence (also in ``appendices``)
    appendices: list[Appendix]
    documents: list[str] = field(default_factory=list)  # the documents the report was made from
    notes: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        return "Summary List of Actions"

    @property
    def entries(self) -> list[ActionEntry]:
        return [e for g in self.groups for r in g.rows for e in r.entries]


# ---------------------------------------------------------------------------------------------------------------


def _minute_key(value: str | None) -> tuple[int, str]:
    m = _NUM.search(value or "")
    return (int(m.group()) if m else 10**6, value or "")


def _clean_number(value: str | None) -> str | None:
    return value.strip().rstrip(".") if value else value


def _subjects(store: Store, doc_ids: set[str]) -> tuple[dict[tuple[str, str], str], list[dict[str, Any]]]:
    """(meeting date, minute number) → minute title; and the tables of the documents (for the subject cell)."""
    titles = {}
    for it in items_of(store, "minute_items"):
        d = it["data"]
        if d.get("meeting_date") and d.get("number") and d.get("title"):
            titles[(d["meeting_date"], _clean_number(str(d["number"])))] = d["title"]
    return titles, items_of(store, "tables", doc_ids)


def _subject_from_table(tables: list[dict[str, Any]], doc_id: str, line: int, text: str) -> str | None:
    """The first paragraph of the action's cell when it is a title, not the action itself."""
    for t in tables:
        if t["document_id"] != doc_id or not (t["start_line"] <= line <= t["end_line"]):
            continue
        data = t["data"]
        cols = [str(c).lower() for c in data.get("columns") or []]
        col = next((i for i, c in enumerate(cols) if "subject" in c or "action" in c), None)
        for row, row_line in zip(data.get("rows") or [], data.get("row_lines") or []):
            if row_line != line or col is None or col >= len(row):
                continue
            m = _P_CELL.match(str(row[col]))
            if m:
                first = _TAG.sub("", m.group(1)).strip()
                if first and first[:40] not in text and len(first) < 200:
                    return first
    return None


def _status_words(row: dict[str, Any], letter_phrase: str | None) -> str:
    code = row["status"]
    if letter_phrase and code in ("completed", "answered"):
        return f"{_CODE_WORDS[code]}. {letter_phrase}"
    words = (row.get("status_words") or "").strip()
    if words:
        return words
    return _CODE_WORDS.get(code, code or "")


def _sender(letter: dict[str, Any], link: dict[str, Any] | None) -> str:
    """"the MPS" — the sender's body as the linker found it, else the sender's name and post."""
    body = find_value(link.get("evidence") if link else None, "sender")
    if body:
        return f"the {body}"
    d = letter["data"]
    who = ", ".join(x for x in (d.get("from_name"), d.get("from_role")) if x)
    return who or "the sender"


def letter_description(letter: dict[str, Any]) -> str:
    """"Letter from Craig Mackey QPM, Deputy Commissioner, to Joanne McCartney AM, Chair of …, dated 15 December
    2014, regarding …" from a stored letter's fields."""
    d = letter["data"]
    parts = ["Letter"]
    sender = ", ".join(x for x in (d.get("from_name"), d.get("from_role")) if x)
    if sender:
        parts.append(f"from {sender}")
    to = ", ".join(x for x in (d.get("to_name"), d.get("to_role")) if x)
    if to:
        parts.append(f"to {to}")
    text = ", ".join(parts).replace("Letter, from", "Letter from")
    if d.get("date"):
        text += f", dated {long_date(d['date'])}"
    if d.get("subject"):
        text += f", regarding: {d['subject']}"
    return text + "."


def _row_order(r: dict[str, Any], stored: dict[str, dict[str, Any]]) -> tuple:
    """Newest meeting first, then minute item; actions without a meeting last, in document order."""
    date = r.get("meeting_date")
    if date is None:
        return (1, 0, (0, ""), r["source"]["document"], r["source"]["line"])
    minute = stored.get(r["id"], {}).get("data", {}).get("minute_item")
    return (0, -int(date.replace("-", "")), _minute_key(minute), r["source"]["document"], r["source"]["line"])


def _dedupe(rows: list[dict[str, Any]], docs: dict[str, DocInfo]) -> list[dict[str, Any]]:
    """One row per action: copies of an action in several documents (minutes, later action lists) give the one
    that is final, else the one from the newest document."""
    kept: list[dict[str, Any]] = []
    for r in sorted(rows, key=lambda r: (r["status"] not in FINAL, -_doc_ord(docs, r))):
        dup = next((k for k in kept if k["meeting_date"] == r["meeting_date"] and k["id"] != r["id"]
                    and k["_doc"] != r["_doc"] and fuzz.token_set_ratio(k["text"], r["text"]) >= 92), None)
        if dup is None:
            kept.append(r)
    return kept


def _doc_ord(docs: dict[str, DocInfo], r: dict[str, Any]) -> int:
    d = docs.get(r["_doc"])
    return int((d.date or "0000-00-00").replace("-", "")) if d else 0


def build_actions_report(store: Store, body: str, as_of: str | None = None) -> ActionsReport:
    """The Summary List of Actions of ``body`` as it stood on ``as_of`` (ISO date; today when None)."""
    day = as_of or dt.date.today().isoformat()
    docs = documents_info(store)
    doc_ids = {i for i in body_documents(docs, body) if (docs[i].date or "") <= day}
    by_name = {d.name: d.id for d in docs.values()}
    rows = []
    for r in item_rows(store, "actions", as_of=day, limit=100_000):
        doc_id = by_name.get(r["source"]["document"])
        if doc_id not in doc_ids or (r.get("meeting_date") or "") > day:
            continue
        rows.append({**r, "_doc": doc_id})
    rows = _dedupe(rows, docs)
    stored = {it["id"]: it for it in items_of(store, "actions", doc_ids)}
    letters = {it["id"]: it for it in items_of(store, "letters")}
    copies = same_as_map(store)
    answers = answering_links(store, [r["id"] for r in rows])
    titles, tables = _subjects(store, doc_ids)
    appendices: list[Appendix] = []
    appendix_of: dict[str, int] = {}  # letter (its canonical copy) → appendix number

    def cite(letter_id: str) -> int:
        key = copies.get(letter_id, letter_id)
        if key not in appendix_of:
            lt = letters[letter_id]
            appendix_of[key] = len(appendices) + 1
            appendices.append(Appendix(appendix_of[key], letter_description(lt), letter_id,
                                       docs[lt["document_id"]].name if lt["document_id"] in docs else "",
                                       lt["start_line"]))
        return appendix_of[key]

    dates = sorted({r["meeting_date"] for r in rows if r.get("meeting_date")}, reverse=True)
    groups = [MeetingGroup(d, f"Meeting of {long_date(d)}", []) for d in dates]
    undated = MeetingGroup(None, "Standing items and actions whose meeting is not recorded", [])
    by_date = {g.date: g for g in groups}
    ordered = sorted(rows, key=lambda r: _row_order(r, stored))
    for r in ordered:
        it = stored.get(r["id"], {"data": {}, "document_id": r["_doc"]})
        data = it["data"]
        letter_phrase, appendix = None, None
        link = next((lk for lk in answers.get(r["id"], []) if lk["source_id"] in letters), None)
        if link is not None and r["status"] in ("completed", "answered"):
            appendix = cite(link["source_id"])
            letter_phrase = (f"The letter from {_sender(letters[link['source_id']], link)} is attached at "
                             f"Appendix {appendix}.")
        entry = ActionEntry(
            id=r["id"], text=data.get("text") or r["text"], status=_status_words(r, letter_phrase),
            status_code=r["status"], status_explanation=r["status_explanation"], owner=r.get("owner"),
            deadline=data.get("deadline") or (long_date(r["due"]) if r.get("due") else None), due=r.get("due"),
            person=data.get("person"), document=r["source"]["document"], line=r["source"]["line"],
            response=r.get("response"), appendix=appendix)
        number = _clean_number(data.get("minute_item"))
        group = by_date.get(r.get("meeting_date"), undated)
        last = group.rows[-1] if group.rows else None
        if (last is not None and last.minute_item == number and last.entries[-1].document == entry.document
                and (number is not None or last.entries[-1].line == entry.line)):
            last.entries.append(entry)
            continue
        subject = titles.get((r.get("meeting_date"), number)) if number else None
        subject = subject or _subject_from_table(tables, r["_doc"], entry.line, entry.text)
        group.rows.append(ActionRow(number, subject, [entry]))
    if undated.rows:
        groups.append(undated)
    groups = [g for g in groups if g.rows]
    correspondence = _additional_correspondence(store, docs, body, day, letters, copies, appendix_of)
    for lt in correspondence:
        cite(lt["id"])
    extra = [a for a in appendices if copies.get(a.letter_id, a.letter_id) in
             {copies.get(lt["id"], lt["id"]) for lt in correspondence}]
    used_docs = sorted({e.document for g in groups for r in g.rows for e in r.entries} | {a.document for a in appendices})
    notes = []
    if undated.rows:
        notes.append("Actions whose meeting the documents do not state are listed last; they are not assigned "
                     "to the nearest meeting heading.")
    return ActionsReport(body=body, as_of=day, groups=groups, correspondence=extra, appendices=appendices,
                         documents=used_docs, notes=notes)


def _additional_correspondence(store: Store, docs: dict[str, DocInfo], body: str, day: str,
                               letters: dict[str, dict[str, Any]], copies: dict[str, str],
                               cited: dict[str, int]) -> list[dict[str, Any]]:
    """Letters to the body, received since its previous meeting, that answer none of the listed actions."""
    body_docs = body_documents(docs, body)
    held = sorted({m["data"]["date"] for m in items_of(store, "meetings", body_docs)
                   if m["data"].get("date") and m["data"]["date"] < day and body_matches(body, m["data"].get("body"))})
    since = held[-1] if held else None
    out, seen = [], set(cited)
    # a letter printed in the body's own papers is preferred to a copy of it filed elsewhere
    order = sorted(letters.values(), key=lambda x: (x["data"].get("date") or "", x["document_id"] not in body_docs,
                                                    x["start_line"]))
    for lt in order:
        d = lt["data"]
        date = d.get("date")
        if not date or date > day or (since and date <= since):
            continue
        to_body = body_matches(body, d.get("to_role")) or body_matches(body, d.get("to_name"))
        if lt["document_id"] not in body_docs and not to_body:
            continue
        key = copies.get(lt["id"], lt["id"])
        if key in seen:
            continue
        seen.add(key)
        out.append(lt)
    return out

