"""Split a document into parts (agenda, minutes, letter, report, …) with a kind, title, line span and date."""
from __future__ import annotations

import re

from .records import DocumentText, Part, Provenance

_KIND_CUES: list[tuple[str, re.Pattern[str]]] = [
    ("agenda", re.compile(r"^\W*agenda\W*$|^\s*public document pack", re.I)),
    ("minutes", re.compile(r"^\W*minutes\b", re.I)),
    ("action_list", re.compile(r"summary list of actions|actions arising", re.I)),
    ("transcript", re.compile(r"\btranscript\b", re.I)),
    ("work_programme", re.compile(r"\bwork programme\b", re.I)),
    ("plan", re.compile(r"police and crime plan", re.I)),
    ("performance_report", re.compile(r"performance report", re.I)),
    ("annual_report", re.compile(r"annual report", re.I)),
    ("letter", re.compile(r"^\s*dear\b", re.I)),
]


def segment(doc: DocumentText, noise: list[bool] | None = None) -> list[Part]:
    """Return the parts of ``doc``. The whole document is one part, of the kind its opening lines suggest."""
    kind = "other"
    title = None
    for ln in doc.lines[:80]:
        t = ln.text.strip()
        if not t:
            continue
        if title is None and len(t) < 120:
            title = t.strip("*# ")
        for k, rx in _KIND_CUES:
            if rx.search(t):
                kind = k
                break
        if kind != "other":
            break
    n = len(doc.lines)
    return [Part(prov=Provenance(doc.sha256, 1, n, doc.page_of(1), "segment.whole", 0.3), kind=kind, title=title)]
