"""The ``scrutiny.extract/1`` JSON object (see CONTRACT.md): build it from an Extraction and validate it."""
from __future__ import annotations

from typing import Any

from .records import CONTRACT_KEYS, PART_KINDS, Extraction

SPAN_KEYS = {"parts", "recommendation_updates", "letters", "tables"}


def to_contract(ex: Extraction) -> dict[str, Any]:
    doc = ex.document
    out: dict[str, Any] = {
        "document": {"name": doc.name, "sha256": doc.sha256, "lines": len(doc.lines), "pages": doc.pages},
    }
    for key in CONTRACT_KEYS:
        items = ex.items.get(key, [])
        rows = [it.to_contract() for it in items]
        rows.sort(key=lambda r: (r.get("line") or r.get("start_line") or 0))
        out[key] = rows
    return out


def validate_contract(obj: Any) -> list[str]:
    """Problems with a contract object; an empty list means it is valid."""
    problems: list[str] = []
    if not isinstance(obj, dict):
        return ["not a JSON object"]
    doc = obj.get("document")
    if not isinstance(doc, dict):
        problems.append("document: missing or not an object")
    else:
        for k, t in (("name", str), ("sha256", str), ("lines", int), ("pages", int)):
            if not isinstance(doc.get(k), t):
                problems.append(f"document.{k}: missing or not {t.__name__}")
        if isinstance(doc.get("sha256"), str) and len(doc["sha256"]) != 64:
            problems.append("document.sha256: not a sha256 hex digest")
    n_lines = doc.get("lines") if isinstance(doc, dict) else None
    for key in CONTRACT_KEYS:
        if key not in obj:
            problems.append(f"{key}: missing")
            continue
        if not isinstance(obj[key], list):
            problems.append(f"{key}: not a list")
            continue
        for i, item in enumerate(obj[key]):
            where = f"{key}[{i}]"
            if not isinstance(item, dict):
                problems.append(f"{where}: not an object")
                continue
            line_keys = ("start_line", "end_line") if key in SPAN_KEYS else ("line",)
            for lk in line_keys:
                v = item.get(lk)
                if not isinstance(v, int) or v < 1 or (isinstance(n_lines, int) and v > n_lines):
                    problems.append(f"{where}.{lk}: not a line number of the document ({v!r})")
            for dk in ("date", "meeting_date", "responds_to_meeting_date"):
                v = item.get(dk)
                if v is not None and not _iso_date(v):
                    problems.append(f"{where}.{dk}: not an ISO date ({v!r})")
            if key == "parts" and item.get("kind") not in PART_KINDS:
                problems.append(f"{where}.kind: unknown part kind {item.get('kind')!r}")
    return problems


def _iso_date(v: Any) -> bool:
    import datetime as dt

    if not isinstance(v, str):
        return False
    try:
        dt.date.fromisoformat(v)
        return len(v) == 10
    except ValueError:
        return False

