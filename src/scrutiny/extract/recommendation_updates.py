"""Updates on earlier recommendations: an "Update on recommendations" section restates each recommendation (by
number) and reports what has been done since.

Each update records the recommendation's number and restated text, its own line span (from the first line after
the restatement to the last line before the next one), and a status only where the document states one: a status
word alone on a line ("Ongoing", "Completed", "In progress") or a "Status: …" line. Progress wording ("is
currently in progress with CPS") is never turned into a status.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

from ..indicators.text import folds_plainly
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
_REC_HEADING = re.compile(r"^(?:recommendation|rec\.?)\s+(?:R(?=\d))?(?P<num>(?:[A-Z]{1,3}(?=\d))?\d{1,2}[a-z]?)\b\s*(?:\([^)]{0,30}\d{4}[^)]{0,30}\)\s*)?"
                          r"[:.–—-]?\s*(?P<rest>.*)$", re.I)
_STATUS_WORDS = (r"ongoing|on[- ]going|complete|completed|in progress|not started|outstanding|open|closed|achieved|"
                 r"not (?:yet )?(?:achieved|met|completed?|started|progressed)|(?:fully|largely|mostly) (?:achieved|met|"
                 r"implemented|complete|completed)|partially (?:complete|completed|achieved|implemented|met)|on track|off track|delayed|implemented|"
                 r"not implemented|accepted|not accepted|rejected|superseded|no longer (?:applicable|relevant)|"
                 r"discharged|withdrawn|green|amber|red|done|pending|overdue")
_STATUS_ALONE = re.compile(rf"^\s*(?:status\s*[:–-]\s*)?(?P<s>{_STATUS_WORDS})\s*\.?\s*$", re.I)
_STATUS_LABEL = re.compile(rf"^\s*(?:(?:current\s+|rag\s+|overall\s+)?status|rag(?:\s+rating)?|rating)\s*[:–-]\s*(?P<s>(?:{_STATUS_WORDS})(?:\s*[-–(][^.;]{{0,40}})?)",
                           re.I)
_UPDATE_LABEL = re.compile(r"^(?:update|response|progress|comment|comments|action taken|[A-Z]{2,6} response)\s*(?::.*)?$",
                           re.I)
_REPORT_INTRO = re.compile(
    r"\b(?:the|our|its|last year's|the previous)\s+(?P<t>[^.;:]{3,140}?)\s+(?:made|makes|contained|included|set out)"
    r"\s+(?:\w+\s+){0,2}recommendations?(?:\s+(?:to|for)\s+(?P<to>[^.;:,]{3,80}))?",
    re.I,
)


# the report named in quotation marks: "made six recommendations in its report "Out of Sight: …" (March 2025)"
_REPORT_QUOTED = re.compile(r"\b(?:its|the|our|their)\s+(?:\w+\s+){0,3}?(?:report|review)\s*,?\s*"
                            r"[\"“‘](?P<t>[^\"”’]{3,160})[\"”’]", re.I)


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
    """One update per restated recommendation in every update section of the document, and one per row of a
    recommendations monitor table."""
    out: list[RecommendationUpdate] = []
    for sec in update_sections(ctx):
        for u in sec.updates:
            out.append(RecommendationUpdate(
                prov=Provenance(ctx.doc.sha256, u.start, u.end, ctx.doc.page_of(u.start), EXTRACTOR, 0.8),
                recommendation_number=u.number, recommendation_text=u.text, status=u.status,
            ))
    taken = {u.prov.start_line for u in out}
    for r in table_recommendations(ctx):
        if r.is_update and r.line not in taken:
            out.append(RecommendationUpdate(
                prov=Provenance(ctx.doc.sha256, r.line, r.end, ctx.doc.page_of(r.line), EXTRACTOR, 0.8),
                recommendation_number=r.number, recommendation_text=r.text, status=r.status,
            ))
    out.sort(key=lambda u: u.prov.start_line)
    return out


# --- recommendations monitor tables -----------------------------------------------------------------------------
# A table with a column of recommendations ("Recommendation", "Recommendation text") and, for a monitor, a status
# or progress column ("RAG", "Status", "Progress at September 2025", "Update"). Its rows may be tab-separated,
# aligned with spaces or piped ("| 1 | The force should… | Amber |", with or without outer pipes and |---| rules);
# the tables stage (:mod:`scrutiny.tables`) reads them all, wrapped rows included.

@dataclass
class TableRec:
    number: str | None
    text: str
    line: int
    end: int
    status: str | None
    is_update: bool
    title: str | None
    addressee: str | None = None  # from an "Addressed to" / "Lead" column
    addressed: bool = False  # the column names the addressee ("Addressed to"), not only a lead officer ("Lead")


_COL_TEXT = re.compile(r"\brecommendations?\b|\bwhat (?:we|the \w+) recommended\b", re.I)
_COL_NUMBER = re.compile(r"^(?:rec\.?|r\.?|rec(?:ommendation)?s?\.?\s*(?:no\.?|number|ref(?:erence)?\.?|#)|no\.?|number|"
                         r"ref(?:erence)?\.?|#|id|item)$", re.I)
_COL_STATUS = re.compile(r"\b(?:rag|status|rating)\b", re.I)
_COL_PROGRESS = re.compile(r"\b(?:progress|update|position|comments?|actions?\s+taken|implementation|"
                           r"outcome)\b", re.I)
_NUM_LEAD = re.compile(r"^(?P<n>(?:rec(?:ommendation)?\.?\s*)?[A-Z]{0,3}\d{1,3}(?:\.\d{1,2})?[a-z]?)(?:[.:)]|\s[–—-])?\s+",
                       re.I)
_COL_ADDRESSEE = re.compile(r"^(?:addressed\s+to|addressee|directed\s+to|recommendation\s+(?:to|for)|for\s+whom|"
                            r"who|lead(?:\s+(?:officer|body|organisation|member))?|responsible(?:\s+\w+)?|owner)\s*:?$",
                            re.I)
_COL_ADDRESSED = re.compile(r"^(?:addressed|addressee|directed|recommendation\s+(?:to|for)|for\s+whom)", re.I)
_EMPTY_CELL = re.compile(r"^[-–—]*$|^n/?a$", re.I)


def table_recommendations(ctx: Context) -> list[TableRec]:
    """The rows of the document's recommendation tables (computed once, shared with the recommendations
    extractor)."""
    cached = getattr(ctx, "_rec_table_rows", None)
    if cached is not None:
        return cached
    out: list[TableRec] = []
    grids: list[tuple[str | None, list[str], list[tuple[int, int, list[str]]]]] = []
    for tb in ctx.tables or []:
        a, z = tb.prov.start_line, tb.prov.end_line
        cols = [str(c) for c in tb.columns]
        lines = list(tb.row_lines) or [a] * len(tb.rows)
        ends = _row_ends(ctx, lines, z) if "|" in ctx.doc.lines[a - 1].text else lines
        rows = [(ln, end, [("" if c is None else str(c)) for c in r]) for ln, end, r in zip(lines, ends, tb.rows)]
        grids.append((tb.title, cols, rows))
    for title, cols, rows in grids:
        out.extend(_read_grid(title, cols, rows))
    out.sort(key=lambda r: r.line)
    ctx._rec_table_rows = out
    return out


def _read_grid(title: str | None, cols: list[str], rows: list[tuple[int, int, list[str]]]) -> list[TableRec]:
    heads = [" ".join(c.split()) for c in cols]
    if not rows or not any(_COL_TEXT.search(h) for h in heads):
        return []

    def mean_len(k: int) -> float:
        vals = [len(r[2][k]) for r in rows if k < len(r[2]) and r[2][k].strip()]
        return sum(vals) / len(vals) if vals else 0.0

    text_col = next((k for k, h in enumerate(heads) if _COL_TEXT.search(h) and not _COL_NUMBER.match(h)
                     and mean_len(k) >= 20), None)
    if text_col is None:
        return []
    num_col = next((k for k, h in enumerate(heads) if k != text_col and _COL_NUMBER.match(h) and mean_len(k) <= 12),
                   None)
    status_col = next((k for k, h in enumerate(heads) if k not in (text_col, num_col) and _COL_STATUS.search(h)
                       and mean_len(k) <= 40), None)
    progress_col = next((k for k, h in enumerate(heads) if k not in (text_col, num_col, status_col)
                         and _COL_PROGRESS.search(h)), None)
    to_col = next((k for k, h in enumerate(heads) if k not in (text_col, num_col, status_col, progress_col)
                   and _COL_ADDRESSEE.match(h) and 0 < mean_len(k) <= 80), None)
    is_update = status_col is not None or progress_col is not None
    merged: list[list] = []  # [line, end, cells]
    for line, end, cells in rows:
        cells = [" ".join(c.split()) for c in cells]
        if merged and num_col is not None and num_col < len(cells) and not cells[num_col] and \
                text_col < len(cells) and cells[text_col] and not cells[text_col][:1].isupper():
            prev = merged[-1]  # a wrapped row: its cells carry on the row above
            prev[2] = [f"{a} {b}".strip() for a, b in zip(prev[2], cells + [""] * (len(prev[2]) - len(cells)))]
            prev[1] = max(prev[1], end)
            continue
        merged.append([line, end, cells])
    out: list[TableRec] = []
    for line, end, cells in merged:
        text = cells[text_col] if text_col < len(cells) else ""
        if len(text) < 15:
            continue
        number = None
        if num_col is not None and num_col < len(cells) and cells[num_col]:
            number = _table_number(cells[num_col])
        m = _NUM_LEAD.match(text)
        if m and re.search(r"\d", m.group("n")):
            number = number or _table_number(m.group("n"))
            text = text[m.end():]
        status = None
        if status_col is not None and status_col < len(cells) and not _EMPTY_CELL.match(cells[status_col]):
            status = cells[status_col]
        elif progress_col is not None and progress_col < len(cells):
            sm = _STATUS_ALONE.match(cells[progress_col])
            status = sm.group("s") if sm else None
        to = cells[to_col] if to_col is not None and to_col < len(cells) and not _EMPTY_CELL.match(cells[to_col]) \
            else None
        out.append(TableRec(number, text, line, end, status, is_update, title, to,
                            to_col is not None and bool(_COL_ADDRESSED.match(heads[to_col]))))
    return out


def _table_number(cell: str) -> str | None:
    """"3" → "3", "Rec 3" → "3", "R3" → "3", "FR1" → "FR1" (a series prefix is kept), "3." → "3"."""
    t = re.sub(r"^(?:recommendation|rec)\.?\s*", "", cell.strip(), flags=re.I).strip(" .:)")
    if re.fullmatch(r"[Rr]\d{1,3}[a-z]?", t):
        t = t[1:]
    if re.fullmatch(r"\(?[a-z]", t):
        return t[-1]  # a lettered recommendation: "(a)" → "a"
    return t if re.fullmatch(r"[A-Za-z]{0,3}\d{1,3}(?:\.\d{1,2})?[a-z]?", t) else None


def _row_ends(ctx: Context, starts: list[int], last: int) -> list[int]:
    """The last line of each row of a piped table whose rows may wrap onto lines with an empty first cell: the line
    before the next row (blank lines and |---| rules left out), or the table's last line."""
    out = []
    for k, ln in enumerate(starts):
        end = (starts[k + 1] - 1) if k + 1 < len(starts) else last
        while end > ln and not ctx.doc.lines[end - 1].text.strip("|-:= \t"):
            end -= 1
        out.append(max(ln, end))
    return out


class BlockIndex:
    """The blocks' lower-cased texts joined by line ends, so that the blocks holding a word are found by one search
    of the whole text instead of a test per block (see :func:`block_index`). A loop over blocks may skip the blocks
    these lists leave out only where its test needs the word in the lower case; ``risky`` lists the blocks where a
    case-insensitive regex may match what the lower case does not show (see ``folds_plainly``)."""

    def __init__(self, blocks: list[Block]):
        self.blocks = blocks
        texts = [b.text for b in blocks]
        lows = [t.lower() for t in texts]  # (block by block: lower-casing is far quicker on ASCII text)
        self.lows = lows
        self.low = "\n".join(lows)
        self.starts = list(accumulate([len(t) + 1 for t in lows], initial=0))[:-1]
        self.risky = [i for i, t in enumerate(texts) if not t.isascii() and not folds_plainly(t)]
        self.risky_set = frozenset(self.risky)
        self._found: dict[str, list[int]] = {}
        self._first_lines: list[int] | None = None
        self._numbered: list[int] | None = None

    @property
    def numbered(self) -> list[int]:
        """Indexes (in order) of the numbered blocks (``Block.numbered``: a bullet with a number or letter)."""
        if self._numbered is None:
            self._numbered = [k for k, b in enumerate(self.blocks) if b.numbered]
        return self._numbered

    @property
    def first_lines(self) -> list[int]:
        """Each block's first line (``Block.start``), in order: for ``bisect`` by line number."""
        if self._first_lines is None:
            self._first_lines = [b.pieces[0][1] for b in self.blocks]
        return self._first_lines

    def holding(self, word: str) -> list[int]:
        """Indexes (in order) of the blocks whose lower-cased text holds ``word`` (lower case, no line end)."""
        hit = self._found.get(word)
        if hit is None:
            hit = []
            low, starts = self.low, self.starts
            last = len(starts) - 1
            at = low.find(word)
            while at >= 0:
                k = bisect_right(starts, at) - 1
                hit.append(k)
                if k >= last:
                    break
                at = low.find(word, starts[k + 1])
            self._found[word] = hit
        return hit

    def starting(self, prefix: str) -> list[int]:
        """Indexes (in order) of the blocks whose lower-cased text starts with ``prefix`` (lower case, no line end): a
        line end then the prefix, searched in the joined text (and the first block's own start)."""
        key = "\n" + prefix  # (a word holds no line end: the key cannot clash with one of holding's)
        hit = self._found.get(key)
        if hit is None:
            hit = [0] if self.lows and self.lows[0].startswith(prefix) else []
            low, starts = self.low, self.starts
            at = low.find(key)
            while at >= 0:
                k = bisect_right(starts, at + 1) - 1  # (the block after the line end)
                if not hit or hit[-1] != k:
                    hit.append(k)
                at = low.find(key, at + 1)
            self._found[key] = hit
        return hit


def block_index(ctx: Context, blocks: list[Block]) -> BlockIndex:
    """The :class:`BlockIndex` of ``blocks`` (the document's blocks), built once per document."""
    idx = getattr(ctx, "_rec_block_index", None)
    if idx is None or idx.blocks is not blocks:
        idx = BlockIndex(blocks)
        ctx._rec_block_index = idx
    return idx


def update_sections(ctx: Context) -> list[UpdateSection]:
    """The update sections of the document (computed once and shared with the recommendations extractor)."""
    cached = getattr(ctx, "_rec_update_sections", None)
    if cached is not None:
        return cached
    blocks = doc_blocks_paged(ctx)
    out: list[UpdateSection] = []
    # the blocks either test below can pass (the loop skips the others): a section heading names "recommendation";
    # a restated recommendation (see _anchor) opens with "rec", "ref", "no." or "number", or is item number 1
    idx = block_index(ctx, blocks)
    cands = sorted(set(idx.holding("recommendation")).union(
        idx.risky, idx.starting("rec"), idx.starting("ref"), idx.starting("no."), idx.starting("num"),
        [k for k in idx.numbered if (mk := blocks[k].marker) and mk.isdigit() and int(mk) == 1]))
    i = 0
    while True:
        k = bisect_left(cands, i)
        if k == len(cands):
            break
        i = cands[k]
        b = blocks[i]
        if b.kind in ("heading", "para", "bullet") and len(b.text) < 160 and _may_be_section(b.text) \
                and _SECTION.search(b.text) and not re.search(r"(?:\.{3,}|\t)\s*\d{1,3}\s*$", b.text):
            sec = _read_section(blocks, i)
            if sec is not None and sec.updates:
                out.append(sec)
                i = sec.last_block + 1
                continue
        if b.kind in ("heading", "para", "bullet") and _anchor(b, None) and not (b.numbered and not
                _REC_HEADING.match(b.text)) and _reports_progress(blocks, i):
            # restated recommendations with a progress or status label, under no "Update on…" heading
            sec = UpdateSection(heading_line=b.start, first_block=i, last_block=i)
            _read_items(blocks, i, sec)
            if sec.updates:
                out.append(sec)
                i = sec.last_block + 1
                continue
        i += 1
    ctx._rec_update_sections = out
    return out


def _may_be_section(text: str) -> bool:
    """Whether :data:`_SECTION` can match: every form names "recommendation" (the lower case finds it whenever the
    case-insensitive regex would, see ``folds_plainly``)."""
    return "recommendation" in text.lower() or not folds_plainly(text)


# one field per line: "Ref: R3" / "Recommendation number: 3" above "Recommendation: The force should…"
_REF_LINE = re.compile(r"^(?:ref(?:erence)?|rec(?:ommendation)?\.?\s*(?:no\.?|number|ref(?:erence)?)|no\.|number)\s*[:.]?\s*"
                       r"(?:R(?=\d))?(?P<num>(?:[A-Z]{1,3}(?=\d))?\d{1,3}[a-z]?)\s*$", re.I)
_FIELD_REC = re.compile(r"^recommendation(?:\s+text)?\s*:\s*(?P<rest>\S.{10,})$", re.I)


def _anchor(b: Block, expected: int | None, fields: bool = True, numbered: bool = True) -> tuple[str | None, str] | None:
    """(number, restated text) when ``b`` restates a recommendation: "3. Borough Commanders to…", "Recommendation 3",
    "Ref: R3", "Recommendation: The force should…". ``numbered=False`` where the section labels its
    recommendations ("Rec 1:"), so that its own numbered paragraphs ("1. The Panel made…") are not read as them."""
    t = b.text
    # the labels open with "rec", "ref", "no." or "number" (letters that fold only from ASCII): the regexes run only
    # where the first letters allow
    head = t[:3].lower()
    if head == "rec":
        m = _REC_HEADING.match(t)
        if m:
            return m.group("num"), m.group("rest").strip()
    if fields and len(t) < 40 and head in ("rec", "ref", "no.", "num"):
        m = _REF_LINE.match(t)
        if m:
            return m.group("num"), ""
    if fields and head == "rec":
        m = _FIELD_REC.match(t)
        if m and not _procedural(m.group("rest")):
            return None, m.group("rest").strip()
    if numbered and b.kind == "bullet" and b.numbered and b.marker and b.marker.isdigit():
        n = int(b.marker)
        if expected is None and n == 1 or expected is not None and n == expected:
            return b.marker, b.text
    return None


def _procedural(text: str) -> bool:
    from .recommendations import is_procedural

    return is_procedural(text)


def _labelled(blocks: list[Block], i: int, reach: int = 12) -> bool:
    """The recommendations after ``blocks[i]`` carry labels of their own ("Rec 1:", "Recommendation 2")."""
    return any(_REC_HEADING.match(b.text) for b in blocks[i + 1:i + 1 + reach])


def _read_section(blocks: list[Block], i: int) -> UpdateSection | None:
    sec = UpdateSection(heading_line=blocks[i].start, first_block=i, last_block=i)
    j = i + 1
    intro: list[str] = []
    numbered = not _labelled(blocks, i)
    # the introduction, up to the first restated recommendation
    while j < len(blocks) and j - i <= 6:
        if _anchor(blocks[j], None, numbered=numbered):
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
    titled = _REPORT_QUOTED.search(" ".join(intro))
    if titled:
        sec.report = titled.group("t").strip()  # "… in its report "Out of Sight" (March 2025)"
    elif m:
        # "In its 2024 annual report the Partnership made…": the report, not the body named after it
        sec.report = re.sub(r"^(.*?\b(?:report|review|plan|strategy|inquiry))\s+(?:the|its|our)\s+.*$", r"\1",
                            m.group("t").strip(), flags=re.I)
    if m:
        if m.group("to"):
            from ..gazetteer import normalise_body

            sec.addressee = normalise_body(m.group("to")) or m.group("to").strip()
    _read_items(blocks, j, sec, numbered)
    return sec if sec.items else None


# "Progress:", "Update (September 2025):", "RAG status: Amber", "Current position -", "Action taken:"
_PROGRESS_LABEL = re.compile(r"^(?:progress|update|(?:rag\s+|current\s+)?status|rag|rating|current position|position|"
                             r"action(?:s)? taken|commentary)\b[^:–—]{0,40}?\s*(?::|[–—-]\s)", re.I)


def _reports_progress(blocks: list[Block], i: int) -> bool:
    """A restated recommendation followed, before the next one, by a progress or status label."""
    for k, b in enumerate(blocks[i + 1:i + 8]):
        if _PROGRESS_LABEL.match(b.text) or _STATUS_LABEL.match(b.text):
            return True
        if _REC_HEADING.match(b.text) or (k > 0 and _anchor(b, None)):
            return False
    return False


def _embedded_label(b: Block) -> tuple[int, int] | None:
    """(offset, line) of a progress or status label that opens a later line of ``b`` ("Rec 1: The force should…" /
    "Progress: …" with no blank line between them)."""
    for off, ln in b.pieces[1:]:
        rest = b.text[off:].lstrip()
        if _PROGRESS_LABEL.match(rest) or _STATUS_LABEL.match(rest):
            return off, ln
    return None


def _read_items(blocks: list[Block], j: int, sec: UpdateSection, numbered: bool = True) -> None:
    """The restated recommendations from ``blocks[j]`` on, each with the update that follows it."""
    expected: int | None = None
    while j < len(blocks):
        a = _anchor(blocks[j], expected, numbered=numbered)
        if a is None:
            break
        number, text = a
        rec_line = blocks[j].start
        k = j + 1
        inline = _embedded_label(blocks[j]) if text else None
        inline_status = None
        if inline is not None:
            # the update goes on inside the same block: cut the restated text there
            b0 = blocks[j]
            text = text[:max(0, len(text) - (len(b0.text) - inline[0]))].strip()
            for off, _ln in [p for p in b0.pieces if p[0] >= inline[0]]:
                sm = _STATUS_LABEL.match(b0.text[off:].lstrip())
                if sm:
                    inline_status = sm.group("s").strip()
                    break
        if inline is not None:
            pass  # the block holds both the restated text and the start of its update
        elif not text and k < len(blocks) and blocks[k].kind in ("para", "heading") and (
                blocks[k].kind == "para" or _FIELD_REC.match(blocks[k].text)):
            text = re.sub(r"^recommendation(?:\s+text)?\s*:\s*", "", blocks[k].text, flags=re.I)
            k += 1
        elif text and k < len(blocks) and blocks[k].start == blocks[j].end + 1 and blocks[k].kind in ("para", "heading") \
                and not text.rstrip().endswith((".", ":", ";", "?", "!")) and not _UPDATE_LABEL.match(blocks[k].text) \
                and not _STATUS_LABEL.match(blocks[k].text) and not _anchor(blocks[k], None):
            text = f"{text} {blocks[k].text}"  # the restated text wraps onto the next line
            k += 1
        sec.items.append(RestatedRec(number, text, rec_line))
        nxt = int(number) + 1 if number and number.isdigit() else None
        body: list[Block] = []
        status = inline_status
        while k < len(blocks):
            b = blocks[k]
            if _anchor(b, nxt, numbered=numbered):
                break
            if body and _STATUS_LABEL.match(body[-1].text) and b.kind == "bullet" and b.numbered:
                break  # after a "Status:" line, the report's next numbered paragraph
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
        if inline is not None:
            start = inline[1]
        sec.updates.append(UpdateItem(number, text, start, end, status))
        sec.last_block = k - 1
        expected = nxt
        j = k
        if j < len(blocks) and not _anchor(blocks[j], expected, numbered=numbered):
            break


def _anchor_ahead(blocks: list[Block], k: int, expected: int | None, reach: int = 40) -> bool:
    """The next restated recommendation comes within ``reach`` blocks, so a heading before it is inside the update."""
    if expected is None:
        return False
    for b in blocks[k + 1:k + 1 + reach]:
        if _anchor(b, expected):
            return True
        if len(b.text) < 160 and _may_be_section(b.text) and _SECTION.search(b.text):
            return False
    return False
