"""Mark noise lines (page numbers, repeated headers and footers, blank-page notices, image captions, stamps)
without removing them, and rejoin text for extractors.

Line numbers stay those of the input: extractors skip marked lines, and every item still points at its true line.
:func:`joined_text` gives extractors the text of a line span with sentences that a page break, a running header
or a spliced sidebar cut in two put back together, and a map from each character back to its true line.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from itertools import compress, groupby
from operator import attrgetter

from .records import DocumentText

_PAGE_NO = re.compile(r"^\s*(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$|^\s*[-–]\s*\d{1,4}\s*[-–]\s*$", re.I)
_BLANK_NOTICE = re.compile(r"^\s*(?:this page (?:is |has been )?(?:intentionally|deliberately) (?:been )?(?:left )?blank"
                           r"|(?:page )?intentionally (?:left )?blank)\.?\s*$", re.I)
# a blank-page notice glued to the end of a sign-off line ("… Head of Democratic Services This page is …")
BLANK_NOTICE_TAIL = re.compile(r"this page (?:is |has been )?(?:intentionally|deliberately) (?:left )?blank\.?\s*$",
                               re.I)
_IMAGE_CAPTION = re.compile(
    r"^\s*(?:\[?(?:logo|signature|image|picture|photo|photograph|stamp|crest|signed)\]?\.?"
    r"|!\[[^\]]*\]\([^)]*\)"
    r"|\[(?:image|picture|figure|logo|signature)\b[^\]]*\]"
    r"|(?:an?\s+)?(?:handwritten|hand-written|scanned|digital|electronic)\s+signature\b.*"
    r"|(?:an?\s+|the\s+)?(?:image|photograph|picture|logo)\s+(?:of|shows|showing|depicts|depicting)\b.{0,200}"
    r"|(?:an?\s+)signature\s+(?:in|that|reading|which)\b.*)\s*$",
    re.I)
_STAMP = re.compile(r"^\s*(?:received|date received|rec(?:ei)?v?e?d\.?)\s*:?\s*$", re.I)
_STAMP_DATE = re.compile(r"^\s*\d{1,2}[ ./-](?:[A-Za-z]{3,9}|\d{1,2})[ ./-]\d{2,4}\s*$")
_STAMP_INLINE = re.compile(r"^\s*received\s*:?\s*\d{1,2}[ ./-](?:[A-Za-z]{3,9}|\d{1,2})[ ./-]\d{2,4}\s*$", re.I)
_DIGITS = re.compile(r"\d+")
_TERMINAL_CHARS = ".!?:;)]\"'”’"  # what ends a sentence, or a line that is not carried on
_TERMINAL = re.compile("[" + re.escape(_TERMINAL_CHARS) + r"]\s*$")
_HYPHEN_END = re.compile(r"[A-Za-z]-$")
_LOWER_START = re.compile(r"^\s*[a-z(]")
_WORD_START = re.compile(r"^\s*([a-z]+)")
# compounds whose hyphen at a line end is a real hyphen, not a word broken across lines
_COMPOUND_PREFIXES = frozenset(
    "self non co ex well multi cross anti pre post inter sub long short high low semi part full one two three four "
    "five cyber counter over under mid pan cost time day year place fire front back follow stop ill".split())


def mark_noise(doc: DocumentText) -> list[bool]:
    """Return a flag per line (index = line number − 1): True where the line is noise.

    Noise is: running headers and footers repeated at the edges of many pages, bare page numbers, "This page is
    intentionally left blank", image and signature captions, received stamps, and a short line spliced into a
    sentence that carries on after it (a running header or sidebar in text that lost its page breaks).
    """
    lines = doc.lines
    n = len(lines)
    noise = [False] * n
    texts = [ln.text for ln in lines]
    stripped = list(map(str.strip, texts))
    if doc.pages >= 2:
        _mark_running_edges(doc, noise, stripped)
    for i, s in enumerate(stripped):
        if not s:
            continue
        if len(s) <= 24 and _PAGE_NO.match(s):
            # "Page 3" says what it is; a number ("3", "3 of 12", "2025/26") is one only standing alone
            if s[0] in "pP" or _isolated(doc, i):
                noise[i] = True
        elif (s[0] in _CAPTION_FIRST or not s[0].isascii()) and _caption_like(s):
            noise[i] = True
        elif len(s) <= 20 and _STAMP.match(s):
            j = _next_content(texts, i + 1)
            if j is not None and j - i <= 2 and _STAMP_DATE.match(texts[j]):
                noise[i] = noise[j] = True
    _mark_spliced_headers(texts, noise, stripped)
    return noise


_CAPTION_FIRST = frozenset("[!lsipcahdetrLSIPCAHDETR")  # the ASCII first letters _caption_like reads on


def _caption_like(s: str) -> bool:
    """A blank-page notice, image caption or received stamp (``s`` stripped). Each pattern can only start with
    certain letters, so the first character is tested before the patterns (all of them for a non-ASCII one)."""
    first = s[:1].lower()
    if not first.isascii():
        return bool(_BLANK_NOTICE.match(s) or _IMAGE_CAPTION.match(s) or _STAMP_INLINE.match(s))
    return bool((first in "tpi" and _BLANK_NOTICE.match(s))
                or (first in "[!lsipcahdet" and _IMAGE_CAPTION.match(s))
                or (first == "r" and _STAMP_INLINE.match(s)))


def _mark_running_edges(doc: DocumentText, noise: list[bool], stripped: list[str]) -> None:
    """Lines repeated (digits folded) at the top or bottom of a third of the pages (three at least) are running
    headers/footers; in a document of two pages, a line printed the same at the same edge of both is one."""
    lines = doc.lines
    page = list(map(attrgetter("page"), lines))
    # the non-blank lines grouped by page, in order within a page (a stable sort of lines in order)
    by_page = sorted(compress(range(len(lines)), stripped), key=page.__getitem__)
    shapes: dict[int, str] = {}  # edge line → its shape
    edges: Counter[str] = Counter()
    for _, group in groupby(by_page, key=page.__getitem__):
        idxs = list(group)
        for i in idxs[:2] + idxs[-2:]:
            if i not in shapes:
                shapes[i] = _shape(lines[i].text) if doc.pages > 2 else stripped[i]
                edges[shapes[i]] += 1
    threshold = max(3, doc.pages // 3) if doc.pages > 2 else 2
    repeated = {k for k, c in edges.items() if c >= threshold and k}
    for i, shape in shapes.items():
        if shape in repeated:
            noise[i] = True


def _mark_spliced_headers(texts: list[str], noise: list[bool], stripped: list[str]) -> None:
    """A short line between a paragraph that stops mid-sentence and one that carries on in lower case is a running
    header or footer left in the text (a page break inside a sentence)."""
    n = len(texts)
    for i in range(1, n - 1):
        s = stripped[i]
        if not s or stripped[i - 1] or stripped[i + 1]:
            continue  # must stand alone between blank lines
        # _TERMINAL ends at the end of the text after white space only: on a stripped text, its last character
        if len(s) > 80 or noise[i] or s[-1] in _TERMINAL_CHARS:
            continue
        p = _prev_content(texts, i - 1, noise)
        q = _next_content(texts, i + 1, noise)
        if p is None or q is None:
            continue
        before, after = texts[p].rstrip(), texts[q]
        if len(before) < 60 or before[-1] in _TERMINAL_CHARS:
            continue
        if _LOWER_START.match(after) and not after.lstrip().startswith("("):
            noise[i] = True


def _next_content(texts: list[str], i: int, noise: list[bool] | None = None) -> int | None:
    for j in range(i, min(len(texts), i + 6)):
        if texts[j].strip() and not (noise and noise[j]):
            return j
    return None


def _prev_content(texts: list[str], i: int, noise: list[bool] | None = None) -> int | None:
    for j in range(i, max(-1, i - 6), -1):
        if texts[j].strip() and not (noise and noise[j]):
            return j
    return None


def _shape(text: str) -> str:
    """Digits vary between pages ("Page 3", "Page 4"): compare headers with digits folded."""
    return _DIGITS.sub("#", " ".join(text.split())).lower()


def _isolated(doc: DocumentText, i: int) -> bool:
    """A bare number is a page number only when it stands alone (blank or page edge around it)."""
    lines = doc.lines
    prev_blank = i == 0 or not lines[i - 1].text.strip() or lines[i - 1].page != lines[i].page
    next_blank = i + 1 >= len(lines) or not lines[i + 1].text.strip() or lines[i + 1].page != lines[i].page
    return prev_blank and next_blank


# ---------------------------------------------------------------------------------------------------------------
# Rejoined text for extractors


@dataclass
class LineMap:
    """Maps a character offset of a joined text back to the true (1-based) line number it came from."""

    starts: list[int]  # text offset where each piece starts, ascending
    lines: list[int]  # the line number of each piece

    def line_at(self, offset: int) -> int:
        """The line holding character ``offset`` of the joined text."""
        k = bisect_right(self.starts, offset) - 1
        return self.lines[max(k, 0)] if self.lines else 0

    __call__ = line_at


def joined_text(source, noise: list[bool] | None = None, start: int = 1,
                end: int | None = None) -> tuple[str, LineMap]:
    """The text of lines ``start``..``end`` with noise skipped and broken sentences rejoined.

    ``source`` is a :class:`DocumentText` or an extractor ``Context`` (then ``noise`` defaults to its flags).
    A line that does not end a sentence is joined with a space to the next content line when that line carries
    on in lower case (across blank lines and noise, i.e. a page break or a spliced header); a word hyphenated
    across lines ("regard-" / "ing") is rejoined. Other line breaks are kept as ``\\n`` (blank lines as an empty
    line). Returns the text and a :class:`LineMap` from character offsets to true line numbers.
    """
    doc = getattr(source, "doc", source)
    if noise is None:
        noise = getattr(source, "noise", None) or [False] * len(doc.lines)
    end = len(doc.lines) if end is None else min(end, len(doc.lines))
    start = max(start, 1)
    pieces: list[str] = []
    starts: list[int] = []
    nums: list[int] = []
    pos = 0
    pending_blank = False
    prev: str | None = None
    for idx in range(start - 1, end):
        if noise[idx]:
            continue
        text = doc.lines[idx].text.rstrip()
        if not text.strip():
            pending_blank = True
            continue
        if prev is None:
            sep = ""
        elif _HYPHEN_END.search(prev) and _WORD_START.match(text):
            if not _is_compound(prev):
                pieces[-1] = pieces[-1][:-1]  # drop the hyphen of a broken word
                pos -= 1
            sep = ""
            text = text.lstrip()
        elif not _TERMINAL.search(prev) and _LOWER_START.match(text):
            sep = " "
            text = text.lstrip()
        else:
            sep = "\n\n" if pending_blank else "\n"
        if sep:
            pieces.append(sep)
            pos += len(sep)
        starts.append(pos)
        nums.append(idx + 1)
        pieces.append(text)
        pos += len(text)
        prev = text
        pending_blank = False
    return "".join(pieces), LineMap(starts, nums)


def _is_compound(prev: str) -> bool:
    m = re.search(r"([A-Za-z]+)-$", prev)
    return bool(m) and m.group(1).lower() in _COMPOUND_PREFIXES
