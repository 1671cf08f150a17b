"""Shared by the tests/genre*/tools/make_gold.py scripts: anchored line numbers and gold files.

Every line number is found from an anchor string (text that occurs on exactly one line of the document, or its
n-th occurrence), so the gold stays right when a document is edited; each anchored line is logged for checking.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

KINDS = ["parts", "meetings", "minute_items", "resolutions", "actions", "recommendations",
         "recommendation_updates", "letters", "responses", "questions", "turns", "commitments",
         "indicators", "tables"]
LOG: list[tuple[str, int, str, str]] = []


class Doc:
    def __init__(self, path: Path, name: str | None = None):
        self.name = name or path.name
        self.lines = path.read_text().split("\n")
        if self.lines and self.lines[-1] == "":
            self.lines.pop()

    def L(self, anchor: str, n: int | None = None) -> int:
        """The line holding ``anchor`` (exactly one such line, or the n-th of them)."""
        hits = [i + 1 for i, s in enumerate(self.lines) if anchor in s]
        if (n is None and len(hits) != 1) or len(hits) < (n or 1):
            sys.exit(f"{self.name}: anchor {anchor!r} (n={n}) found on lines {hits}")
        ln = hits[(n or 1) - 1]
        LOG.append((self.name, ln, anchor, self.lines[ln - 1]))
        return ln

    @property
    def last(self) -> int:
        return len(self.lines)


def a(x):
    return x if isinstance(x, tuple) else (x,)


def corpus(root: Path):
    """``(Doc, write)`` for the genre corpus at ``root``: ``Doc(name)`` reads ``root/docs/name``; ``write(doc,
    **kinds)`` writes its gold to ``root/gold``."""
    def open_doc(name: str) -> Doc:
        return Doc(root / "docs" / name, name)

    def write(doc: Doc, **kinds) -> None:
        write_gold(root / "gold", doc, **kinds)

    return open_doc, write


def write_gold(gold_dir: Path, doc: Doc, kinds_order=KINDS, **kinds) -> None:
    out = {"file": doc.name}
    for k in kinds_order:
        out[k] = kinds.pop(k, [])
    assert not kinds, kinds
    gold_dir.mkdir(exist_ok=True)
    (gold_dir / (Path(doc.name).stem + ".json")).write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")


# constructors of gold items, in the scorer's shape

def meeting(body, date, line, time=None, place=None, chair=None, present=None, apologies=None,
            substitutes=None, agenda_items=None):
    return {"body": body, "date": date, "time": time, "place": place, "chair": chair,
            "present": present or [], "apologies": apologies or [], "substitutes": substitutes or [],
            "agenda_items": agenda_items or [], "line": line}


def part(kind, title, start, end, date):
    return {"kind": kind, "title": title, "start_line": start, "end_line": end, "date": date}


def mi(date, number, title, outcome, line):
    return {"meeting_date": date, "number": number, "title": title, "outcome": outcome, "line": line}


def res(date, item, text, line):
    return {"meeting_date": date, "item": item, "text": text, "line": line}


def com(text, theme, line):
    return {"text": text, "theme": theme, "line": line}


def table(title, start, end, columns, rows=None):
    return {"title": title, "start_line": start, "end_line": end, "columns": columns, "rows": rows}


# items whose own line is always one of their locations

def act(date, item, text, owner, line, person=None, status=None, deadline=None, locations=None):
    d = {"meeting_date": date, "minute_item": item, "text": text, "owner": owner, "person": person,
         "status": status, "deadline": deadline, "line": line}
    if locations:
        d["locations"] = sorted(set(locations + [line]))
    return d


def rec(report, number, text, addressee, line, locations=None):
    return {"report": report, "number": number, "text": text, "addressee": addressee, "line": line,
            "locations": sorted(set((locations or []) + [line]))}


def upd(number, text, status, start, end):
    return {"recommendation_number": number, "recommendation_text": text, "status": status,
            "start_line": start, "end_line": end}


def ind(name, value, period, line, code=None, target=None, rag=None, locations=None):
    d = {"code": code, "name": name, "period": period, "value": value, "target": target, "rag": rag, "line": line}
    if locations:
        d["locations"] = sorted(set(locations + [line]))
    return d
