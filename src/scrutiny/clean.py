"""Mark noise lines (page numbers, repeated headers and footers, blank-page notices) without removing them.

Line numbers stay those of the input: extractors skip marked lines, and every item still points at its true line.
"""
from __future__ import annotations

import re
from collections import Counter

from .records import DocumentText

_PAGE_NO = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$", re.I)
_BLANK_NOTICE = re.compile(r"^\s*this page (?:is )?(?:has been )?(?:intentionally|deliberately) (?:left )?blank\.?\s*$",
                           re.I)
_IMAGE_CAPTION = re.compile(r"^\s*(?:\[?(?:logo|signature|image|picture|stamp|crest)\]?|"
                            r"!\[[^\]]*\]\([^)]*\))\s*$", re.I)


def mark_noise(doc: DocumentText) -> list[bool]:
    """Return a flag per line (index = line number − 1): True where the line is noise."""
    n = len(doc.lines)
    noise = [False] * n
    # Lines repeated at the top or bottom of many pages are running headers/footers.
    if doc.pages >= 3:
        edges: Counter[str] = Counter()
        by_page: dict[int, list[int]] = {}
        for i, ln in enumerate(doc.lines):
            by_page.setdefault(ln.page, []).append(i)
        for idxs in by_page.values():
            content = [i for i in idxs if doc.lines[i].text.strip()]
            for i in content[:2] + content[-2:]:
                edges[_shape(doc.lines[i].text)] += 1
        threshold = max(3, doc.pages // 3)
        repeated = {k for k, c in edges.items() if c >= threshold and k}
        if repeated:
            for idxs in by_page.values():
                content = [i for i in idxs if doc.lines[i].text.strip()]
                for i in content[:2] + content[-2:]:
                    if _shape(doc.lines[i].text) in repeated:
                        noise[i] = True
    for i, ln in enumerate(doc.lines):
        t = ln.text
        if _PAGE_NO.match(t) and t.strip() and _isolated(doc, i):
            noise[i] = True
        elif _BLANK_NOTICE.match(t) or _IMAGE_CAPTION.match(t):
            noise[i] = True
    return noise


def _shape(text: str) -> str:
    """Digits vary between pages ("Page 3", "Page 4"): compare headers with digits folded."""
    return re.sub(r"\d+", "#", " ".join(text.split())).lower()


def _isolated(doc: DocumentText, i: int) -> bool:
    """A bare number is a page number only when it stands alone (blank or page edge around it)."""
    prev_blank = i == 0 or not doc.lines[i - 1].text.strip() or doc.lines[i - 1].page != doc.lines[i].page
    next_blank = (i + 1 >= len(doc.lines) or not doc.lines[i + 1].text.strip()
                  or doc.lines[i + 1].page != doc.lines[i].page)
    return prev_blank and next_blank
