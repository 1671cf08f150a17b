"""Updates on earlier recommendations: an "Update on recommendations" section restates each recommendation (by
number) and reports what has been done since.

Each update records the recommendation's number and restated text, its own line span (from the first line after
the restatement to the last line before the next one), and a status only where the document states one: a status
word alone on a line ("Ongoing", "Completed", "In progress") or a "Status: …" line. Progress wording ("is
currently in progress with CPS") is never turned into a status.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..records import Provenance, RecommendationUpdate
from . import Context
from ._text import Block, doc_blocks_paged, is_heading_block

KEY = "recommendation_updates"
EXTRACTOR = "recommendation_updates"

_SECTION = re.compile(
    r"^(?:an?\s+)?(?:\d{1,2}\.?\s+)?(?:(?:update|progress|follow[- ]?up|report)s?\s+(?:on|against|in relation to|"
    r"of|to)\s+(?:the\s+)?(?:[\w'’\-/ ]{0,40}?\s)?recommendations?\b"
    r"|recommendations?\s+(?:update|progress|tracker|monitor(?:ing)?|implementation)\b"
    r"|(?:implementation|monitoring)\s+of\s+(?:the\s+)?(?:[\w'’\-/ ]{0,40}?\s)?recommendations?\b)",
    re.I,
)
# "Recommendation 3", "Recommendation 3 (2023): …", "Recommendation R3 – …"
_REC_HEADING = re.compile(r"^(?:recommendation|rec\.?)\s+R?(?P<num>\d{1,2}[a-z]?)\b\s*(?:\([^)]{0,30}\d{4}[^)]{0,30}\)\s*)?"
                          r"[:.–—-]?\s*(?P<rest>.*)$", re.I)
_STATUS_WORDS = (r"ongoing|on[- ]going|complete|completed|in progress|not started|outstanding|open|closed|achieved|"
                 r"not (?:yet )?(?:achieved|met|completed?|started|progressed)|(?:fully|largely|mostly) (?:achieved|met|"
                 r"implemented|complete|completed)|partially (?:complete|completed|achieved|implemented|met)|on track|off track|delayed|implemented|"
                 r"not implemented|accepted|not accepted|rejected|superseded|no longer (?:applicable|relevant)|"
                 r"discharged|withdrawn|green|amber|red|done|pending|overdue")
_STATUS_ALONE = re.compile(rf"^\s*(?:status\s*[:–-]\s*)?(?P<s>{_STATUS_WORDS})\s*\.?\s*$", re.I)
_STATUS_LABEL = re.compile(rf"^\s*(?:current\s+|rag\s+)?status\s*[:–-]\s*(?P<s>(?:{_STATUS_WORDS})(?:\s*[-–(][^.;]{{0,40}})?)",
                           re.I)
_UPDATE_LABEL = re.compile(r"^(?:update|response|progress|comment|comments|action taken|[A-Z]{2,6} response)\s*(?::.*)?$",
                           re.I)
_REPORT_INTRO = re.compile(
    r"\b(?:the|our|its|last year's|the previous)\s+(?P<t>[^.;:]{3,140}?)\s+(?:made|makes|contained|included|set out)"
    r"\s+(?:\w+\s+){0,2}recommendations?(?:\s+(?:to|for)\s+(?P<to>[^.;:,]{3,80}))?",
    re.I,
)


@dataclass
class RestatedRec:
    number: str
    text: str
    line: int


@dataclass
class UpdateItem:
    number: str
    text: str
    start: int
    end: int
    status: str | None


@dataclass
class UpdateSection:
    heading_line: int
    first_block: int  # index of the section heading in the document's blocks
    last_block: int
    report: str | None = None
    addressee: str | None = None
    items: list[RestatedRec] = field(default_factory=list)
    updates: list[UpdateItem] = field(default_factory=list)


def extract(ctx: Context) -> list[RecommendationUpdate]:
    """One update per restated recommendation in every update section of the document."""
    out: list[RecommendationUpdate] = []
    for sec in update_sections(ctx):
        for u in sec.updates:
            out.append(RecommendationUpdate(
                prov=Provenance(ctx.doc.sha256, u.start, u.end, ctx.doc.page_of(u.start), EXTRACTOR, 0.8),
                recommendation_number=u.number, recommendation_text=u.text, status=u.status,
            ))
    return out


def update_sections(ctx: Context) -> list[UpdateSection]:
    """The update sections of the document (computed once and shared with the recommendations extractor)."""
    cached = getattr(ctx, "_rec_update_sections", None)
    if cached is not None:
        return cached
    blocks = doc_blocks_paged(ctx)
    out: list[UpdateSection] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind in ("heading", "para", "bullet") and len(b.text) < 160 and _SECTION.search(b.text) \
                and not re.search(r"(?:\.{3,}|\t)\s*\d{1,3}\s*$", b.text):
            sec = _read_section(blocks, i)
            if sec is not None and sec.updates:
                out.append(sec)
                i = sec.last_block + 1
                continue
        i += 1
    ctx._rec_update_sections = out
    return out


def _anchor(b: Block, expected: int | None) -> tuple[str, str] | None:
    """(number, restated text) when ``b`` restates a recommendation: "3. Borough Commanders to…", "Recommendation 3"."""
    m = _REC_HEADING.match(b.text)
    if m:
        return m.group("num"), m.group("rest").strip()
    if b.kind == "bullet" and b.numbered and b.marker and b.marker.isdigit():
        n = int(b.marker)
        if expected is None and n == 1 or expected is not None and n == expected:
            return b.marker, b.text
    return None


def _read_section(blocks: list[Block], i: int) -> UpdateSection | None:
    sec = UpdateSection(heading_line=blocks[i].start, first_block=i, last_block=i)
    j = i + 1
    intro: list[str] = []
    # the introduction, up to the first restated recommendation
    while j < len(blocks) and j - i <= 6:
        if _anchor(blocks[j], None):
            break
        if is_heading_block(blocks[j]) and not _STATUS_ALONE.match(blocks[j].text):
            return None
        intro.append(blocks[j].text)
        j += 1
    else:
        return None
    if j >= len(blocks):
        return None
    m = _REPORT_INTRO.search(" ".join(intro))
    if m:
        # "In its 2024 annual report the Partnership made…": the report, not the body named after it
        sec.report = re.sub(r"^(.*?\b(?:report|review|plan|strategy|inquiry))\s+(?:the|its|our)\s+.*$", r"\1",
                            m.group("t").strip(), flags=re.I)
        if m.group("to"):
            from ..gazetteer import normalise_body

            sec.addressee = normalise_body(m.group("to")) or m.group("to").strip()
    expected: int | None = None
    while j < len(blocks):
        a = _anchor(blocks[j], expected)
        if a is None:
            break
        number, text = a
        rec_line = blocks[j].start
        k = j + 1
        if not text and k < len(blocks) and blocks[k].kind == "para":
            text = blocks[k].text
            k += 1
        elif text and k < len(blocks) and blocks[k].start == blocks[j].end + 1 and blocks[k].kind in ("para", "heading") \
                and not text.rstrip().endswith((".", ":", ";", "?", "!")) and not _UPDATE_LABEL.match(blocks[k].text) \
                and not _STATUS_LABEL.match(blocks[k].text) and not _anchor(blocks[k], None):
            text = f"{text} {blocks[k].text}"  # the restated text wraps onto the next line
            k += 1
        sec.items.append(RestatedRec(number, text, rec_line))
        nxt = int(number) + 1 if number.isdigit() else None
        body: list[Block] = []
        status = None
        while k < len(blocks):
            b = blocks[k]
            if _anchor(b, nxt):
                break
            sm = _STATUS_ALONE.match(b.text) or _STATUS_LABEL.match(b.text)
            if sm:
                status = status or sm.group("s").strip()
                body.append(b)
                k += 1
                continue
            if is_heading_block(b) and not _UPDATE_LABEL.match(b.text) and not _anchor_ahead(blocks, k, nxt):
                break
            body.append(b)
            k += 1
        content = [b for b in body if b.kind != "note"] or body
        if content:
            start, end = content[0].start, max(b.end for b in content)
        else:
            start = end = blocks[j].end
        sec.updates.append(UpdateItem(number, text, start, end, status))
        sec.last_block = k - 1
        expected = nxt
        j = k
        if j < len(blocks) and not _anchor(blocks[j], expected):
            break
    return sec if sec.items else None


def _anchor_ahead(blocks: list[Block], k: int, expected: int | None, reach: int = 40) -> bool:
    """The next restated recommendation comes within ``reach`` blocks, so a heading before it is inside the update."""
    if expected is None:
        return False
    for b in blocks[k + 1:k + 1 + reach]:
        if _anchor(b, expected):
            return True
        if _SECTION.search(b.text) and len(b.text) < 160:
            return False
    return False
