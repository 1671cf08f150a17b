"""Paragraphs, bullets, headings and sentences over a span of lines, skipping noise.

Oversight papers reach us as lines: one line per paragraph (text and DOCX), or one line per printed line (PDF),
with page numbers and running headers spliced in. :func:`blocks` puts them back together:

- consecutive lines join into one block unless the next line starts a bullet or looks like a heading;
- a block continues across blank lines and noise when its sentence is plainly unfinished (the next line starts in
  lower case, or the block ends with a comma or a word like "for" or "the");
- every block keeps the line each piece of its text came from, so a sentence found anywhere in it maps back to
  its own line.

:func:`sentences` splits a block into sentences (not inside short quotations, not after "e.g." or "Mr").
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Sequence

from ..records import DocumentText

# a bullet or list marker at the start of a line: "- ", "• ", "1.", "1)", "(a)", "a)", "- 1.", "R3", "R3."
_BULLET = re.compile(
    r"^\s*(?:(?P<sym>[-•*▪◦●·‣⁃–—■□➢o])\s+)?"
    r"(?:(?P<num>\(?(?:\d{1,2}(?:\.\d{1,2})+\.?|(?:\d{1,2}|[a-z]|[ivx]{1,4}|R\d{1,2})[.)])(?=\s)"
    r"|\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)|R\d{1,2}(?=[\s:]))\s*)?"
)
_MARKUP = re.compile(r"\*\*|__|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)|</?(?:u|b|i|em|strong|p|span|br)\b[^>]*>")
_CONTINUATION_WORDS = {
    "a", "an", "the", "of", "to", "and", "or", "for", "in", "on", "at", "by", "with", "from", "that", "which",
    "as", "our", "their", "its", "his", "her", "is", "are", "was", "were", "be", "been", "will", "would", "can",
    "could", "should", "must", "may", "this", "these", "those", "into", "onto", "than", "but", "nor", "not", "so",
    "such", "within", "across", "between", "through", "including", "about", "over", "under", "per", "we", "they",
    "it", "has", "have", "had", "who", "whom", "whose", "where", "when", "while", "if", "also", "very", "more",
    "most", "all", "any", "each", "every", "some", "both", "either", "neither", "same", "other", "further",
}
_BARE_NUMBER = re.compile(r"(\d{1,2})\s+(?=[A-Z])")
_LEADING_NUMBER = re.compile(r"^\s*(\d{1,2})\s+(?=[A-Z][a-z])")
_CURLY_QUOTED = re.compile(r"“[^”]{0,400}”")
_STRAIGHT_QUOTED = re.compile(r"\"[^\"]{0,400}\"")
_CURLY_OPEN = re.compile(r"“[^”]*$")
_FOOTNOTE = re.compile(r"^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*\S")
_BLANK_PAGE = re.compile(r"^\s*this page (?:is )?(?:has been )?(?:intentionally|deliberately) (?:left )?blank", re.I)


@dataclass
class Block:
    """A paragraph, bullet or heading: its text and the line each piece of the text came from."""

    kind: str  # "para" | "bullet" | "heading" | "note" (a footnote)
    text: str
    pieces: list[tuple[int, int]] = field(default_factory=list)  # (offset in text, line number)
    marker: str | None = None  # a bullet's symbol or number ("-", "3", "a", "R2")
    numbered: bool = False  # the marker is a number or letter, not a symbol
    bold: bool = False  # the first line opened in bold in the source
    head: str = ""  # the first line as written (after any marker), markup kept

    @property
    def start(self) -> int:
        return self.pieces[0][1]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]

    @property
    def lines(self) -> list[int]:
        return [ln for _, ln in self.pieces]

    def line_at(self, offset: int) -> int:
        """The line the character at ``offset`` came from."""
        best = self.pieces[0][1]
        for off, ln in self.pieces:
            if off > offset:
                break
            best = ln
        return best


@dataclass
class Sentence:
    text: str
    line: int
    offset: int  # offset in the block's text


def clean_text(text: str) -> str:
    """Drop markup (``**bold**``, ``<u>``) and collapse white space."""
    if "*" in text or "_" in text or "<" in text:
        text = _MARKUP.sub("", text)
    return " ".join(text.split())


# the characters a marker can open with, after leading white space: a bullet symbol, "(", "R" (a decimal digit and
# a lower-case letter are tested apart); :func:`split_marker`'s patterns need one of them to match
_MARKER_OPENERS = frozenset("-•*▪◦●·‣⁃–—■□➢(R")


def split_marker(text: str) -> tuple[str | None, bool, str]:
    """``(marker, numbered, rest)`` for a line that starts a bullet or numbered item, else ``(None, False, text)``.

    A lone number followed by a capitalised word ("8 Ensure that…") counts as numbered too.
    """
    # pre-test: both patterns open with ``\s*`` (the white space ``str.lstrip`` drops), then a bullet symbol, "(",
    # "R", a digit (``\d``: any decimal digit) or a lower-case letter; a letter can only start "a)", "b." (a letter
    # then "." or ")"), a roman "iv." or the bullet "o". Any other line has no marker.
    s = text.lstrip()
    c = s[:1]
    if not c or not (c in _MARKER_OPENERS or c.isdecimal()
                     or "a" <= c <= "z" and (c in "ivxo" or s[1:2] in ".)")):
        return None, False, text
    m = _BULLET.match(text)
    if m and (m.group("sym") or m.group("num")):
        rest = text[m.end():]
        num = m.group("num")
        if num:
            num = num.strip().strip("().").strip()
            return num, True, rest
        # "- 1 Review…": a symbol then a bare number
        m2 = _BARE_NUMBER.match(rest)
        if m2:
            return m2.group(1), True, rest[m2.end():]
        return m.group("sym"), False, rest
    m = _LEADING_NUMBER.match(text)
    if m:
        return m.group(1), True, text[m.end():]
    return None, False, text


_WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'"
_CLOSERS = "\"'”’)]"  # what may follow a sentence's closing mark ("…done.”")


def _last_word(t: str) -> str:
    """The run of ASCII letters and apostrophes that ends ``t`` ("" if none) — what ``[A-Za-z']+$`` finds, read
    back from the end instead of trying a pattern at every position of the line."""
    return t[len(t.rstrip(_WORD_CHARS)):]


def _ends_sentence(t: str) -> bool:
    """``t`` ends as a sentence does: a closing mark (one of ``.!?:;``) followed only by closing quotes and
    brackets, for a ``t`` that does not end in a line break."""
    t = t.rstrip(_CLOSERS)
    return bool(t) and t[-1] in ".!?:;"


def is_heading_text(text: str) -> bool:
    """A short line with no closing full stop that starts with a capital or a number: a likely heading."""
    t = text.strip()
    # (17 words need at least 33 characters, so a shorter line need not be split to count them)
    if not t or len(t) > 110 or len(t) > 32 and len(t.split()) > 16:
        return False
    return _heading_tail(t, _last_word(t))


def _heading_tail(t: str, last: str) -> bool:
    """The rest of :func:`is_heading_text` for a short, stripped, non-empty ``t`` whose last word is ``last``."""
    if t[-1] in ".,;-–…":
        return False
    if last in _CONTINUATION_WORDS:
        return False
    first = t.lstrip("\"'“‘(#*0123456789. ")[:1]
    return bool(first) and (first.isupper() or not first.isalpha())


def _ends_open(t: str, last: str, ends_sentence: bool) -> bool:
    """A stripped, non-empty text ``t`` stops mid-sentence (a comma, hyphen or a word such as "for"); ``last`` is
    its last word and ``ends_sentence`` whether it ends as a sentence does (:func:`_ends_sentence`)."""
    return t[-1] in ",-–(&/" or not ends_sentence and last.lower() in _CONTINUATION_WORDS


def _starts_lower(text: str) -> bool:
    t = text.lstrip(" \"'“‘(")
    return bool(t) and t[0].islower()


# what :func:`blocks` needs to know about one line: (code, marker, numbered, rest, bold, text, heading,
# starts_lower, ends_sentence, ends_open). It is memoised per document by the line's text, so the many calls of
# :func:`blocks` over parts of one document (and its repeated lines: running headers, blanks) analyse a line once.
_BLANK, _BLANK_PAGE_LINE, _EMPTY, _NOTE, _TEXT = range(5)


def _line_cache(doc: DocumentText) -> dict[str, tuple]:
    """The document's memo of line analyses (kept on the document object)."""
    cache = doc.__dict__.get("_block_line_info")
    if cache is None:
        cache = {}
        doc.__dict__["_block_line_info"] = cache
    return cache


def _line_info(raw: str) -> tuple:
    """The analysis of one line's text for :func:`blocks` (see above)."""
    lead = raw.lstrip()
    if not lead:
        info = (_BLANK,)
    # (after white space, "this page…" opens with "t" or "T": no other character matches "t" under re.I)
    elif lead[0] in "tT" and _BLANK_PAGE.match(raw):
        info = (_BLANK_PAGE_LINE,)
    else:
        marker, numbered, rest = split_marker(raw)
        body = rest if marker is not None else raw
        bold = body.strip().startswith("**")
        text = clean_text(body)
        if not text:
            info = (_EMPTY,)
        else:
            # (a footnote opens with a superscript digit after white space)
            code = _NOTE if lead[0] in "¹²³⁴⁵⁶⁷⁸⁹⁰" and _FOOTNOTE.match(raw) else _TEXT
            # ``text`` is stripped, single-spaced and free of line breaks: the tests below share its last word
            # and how it ends (what is_heading_text, _ends_sentence and _ends_open would each work out again)
            last = _last_word(text)
            ends_sentence = _ends_sentence(text)
            heading = len(text) <= 110 and text.count(" ") <= 15 and _heading_tail(text, last)
            info = (code, marker, numbered, rest, bold, text, heading, _starts_lower(text), ends_sentence,
                    _ends_open(text, last, ends_sentence))
    return info


def blocks(doc: DocumentText, noise: Sequence[bool], start: int = 1, end: int | None = None) -> list[Block]:
    """The blocks of lines ``start``..``end`` (inclusive), in order; noise lines are skipped."""
    end = len(doc.lines) if end is None else min(end, len(doc.lines))
    out: list[Block] = []  # each block is put here when it opens; its text is set when it closes
    notes: list[Block] = []
    cur: Block | None = None  # the open block
    pieces: list[tuple[int, int]] = []  # the open block's pieces
    parts: list[str] = []  # the open block's pieces of text (joined with spaces when it closes)
    length = 0  # the length of the open block's text so far
    first_heading = False  # the open block's first line reads as a heading
    last_ends_sentence = last_ends_open = False  # how the open block's text ends (its last line's end)
    gap = 0  # blank lines since the open block's last line
    n_noise = len(noise) if noise else 0
    cache = _line_cache(doc)

    for ln in doc.lines[max(start, 1) - 1:end]:
        number = ln.number
        if n_noise and number <= n_noise and noise[number - 1]:
            continue
        raw = ln.text
        info = cache.get(raw)
        if info is None:
            info = cache[raw] = _line_info(raw)
        code = info[0]
        if code != _TEXT:
            if code == _BLANK:
                gap += 1
            elif code == _BLANK_PAGE_LINE:
                if cur is not None:
                    _close(cur, parts, first_heading)
                    cur = None
                gap = 0
            elif code == _NOTE:
                # a footnote spliced into the text: keep it apart, and let the sentence it interrupts go on
                notes.append(Block("note", info[5], [(0, number)]))
            continue  # (_EMPTY: a line of markup only)
        _, marker, numbered, rest, bold, text, heading, lower, ends_sentence, ends_open = info
        if cur is not None:
            if marker is None:
                joinable = False
                one = len(pieces) == 1
                if gap == 0:
                    # a wrapped line joins its block, unless a heading-like line follows a finished sentence
                    finished = last_ends_sentence or (one and first_heading)
                    joinable = not (finished and heading and not lower)
                    if cur.kind == "bullet" and finished and not lower:
                        joinable = False
                    if one and first_heading and not lower and not last_ends_open:
                        joinable = False  # a heading, then its first paragraph
                elif lower or last_ends_open:
                    joinable = not (one and first_heading and not lower)
                if joinable:
                    pieces.append((length + 1, number))
                    parts.append(text)
                    length += 1 + len(text)
                    last_ends_sentence, last_ends_open = ends_sentence, ends_open
                    gap = 0
                    continue
            _close(cur, parts, first_heading)
        if marker is not None:
            cur = Block("bullet", text, [(0, number)], marker=marker, numbered=numbered, bold=bold, head=rest)
        else:
            cur = Block("para", text, [(0, number)], bold=bold, head=raw)
        out.append(cur)
        pieces, parts, length = cur.pieces, [text], len(text)
        first_heading, last_ends_sentence, last_ends_open = heading, ends_sentence, ends_open
        gap = 0
    if cur is not None:
        _close(cur, parts, first_heading)
    if notes:
        out = sorted(out + notes, key=lambda b: b.start)
    return out


def _close(b: Block, parts: list[str], first_heading: bool) -> None:
    """Give a block its text as it closes (its pieces of text are never empty, so neither is the text); a
    one-line paragraph that reads as a heading and does not end with a colon is a heading."""
    b.text = " ".join(parts)
    if b.kind == "para" and len(b.pieces) == 1 and first_heading and not b.text.endswith(":"):
        b.kind = "heading"


# --- sentences -----------------------------------------------------------------------------------------------------

_ABBREV = re.compile(r"(?:\b(?:e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|St|No|Nos|vs|approx|Cllr|Co|Ltd|Inc|Prof|Rt|Hon|Sgt|Supt|"
                     r"Insp|Det|Ch|para|paras|ref|cf|al|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.)$")
_BOUNDARY = re.compile(r"[.!?…][\"'”’)\]]*(?:\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+)?\s+(?=[\"'“‘(£$]?[A-Z0-9])")
_QUOTE_PAIRS = {"“": "”", "\"": "\""}


def sentences(block: Block) -> list[Sentence]:
    """Split a block's text into sentences, each with the line it starts on."""
    text = block.text
    out: list[Sentence] = []
    start = 0
    quote_end = -1
    for m in _BOUNDARY.finditer(text):
        cut = m.end()
        at = m.start()  # the closing mark
        punct_end = at + len(m.group(0).rstrip())
        if at < quote_end and punct_end <= quote_end:
            continue
        # the abbreviation test needs only the head's last few characters (the longest is "approx."); the head
        # text[start:at + 1] ends with the closing mark, so it has no closers for the old rstrip to drop
        if _ABBREV.search(text[max(start, at - 15):at + 1]):
            continue
        # do not split inside a short quotation: "We will not give up on you. Your life is …"
        open_at = _open_quote(text, start, punct_end - 1)
        if open_at is not None:
            closer = _QUOTE_PAIRS.get(text[open_at], "\"")
            close_at = text.find(closer, punct_end)
            if 0 <= close_at - open_at <= 400:
                quote_end = close_at
                continue
        _emit(out, block, text, start, punct_end)
        start = cut
    _emit(out, block, text, start, len(text))
    return out


def _open_quote(text: str, start: int, pos: int) -> int | None:
    """Offset of a quotation mark opened in ``text[start:pos]`` and not yet closed, if any."""
    end = pos + 1  # (searched in place, not in a copy of the segment)
    curly_open = text.rfind("“", start, end)
    if curly_open >= 0 and text.rfind("”", start, end) < curly_open:
        return curly_open
    if text.count("\"", start, end) % 2 == 1:
        return text.rfind("\"", start, end)
    return None


def _emit(out: list[Sentence], block: Block, text: str, a: int, b: int) -> None:
    seg = text[a:b]
    s = seg.strip()
    if s:
        lead = len(seg) - len(seg.lstrip())
        out.append(Sentence(s, block.line_at(a + lead), a + lead))


def strip_quotes(text: str) -> str:
    """The text with quoted passages ("…", “…”) removed."""
    if "\"" not in text and "“" not in text:
        return text
    t = _CURLY_QUOTED.sub(" ", text)
    t = _STRAIGHT_QUOTED.sub(" ", t)
    return _CURLY_OPEN.sub(" ", t)


WORD = re.compile(r"[a-z0-9]+")
_STOP = set("the a an of to and in on for by with be is are was were that this as at from or its it their".split())


def content_words(text: str) -> list[str]:
    """Lower-case words of ``text`` without the commonest function words."""
    return [w for w in WORD.findall((text or "").lower()) if w not in _STOP]


@lru_cache(maxsize=20000)
def word_set(text: str) -> frozenset[str]:
    """The set of :func:`content_words` of ``text`` (memoised: copies are compared many times)."""
    return frozenset(content_words(text))


def similarity(a: str, b: str) -> float:
    """Share of the shorter text's words that the other text also has (0–1)."""
    wa, wb = word_set(a), word_set(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


split_sentences = sentences


def is_heading_block(b: Block) -> bool:
    """A heading, or a numbered one-line section title ("2. Recommendations")."""
    if b.kind == "heading":
        return True
    return b.kind == "bullet" and b.numbered and len(b.pieces) == 1 and is_heading_text(b.text) \
        and not b.text.rstrip().endswith(":") and len(b.text.split()) <= 8


def doc_blocks(ctx) -> list[Block]:
    """The blocks of the whole document, computed once per extraction and shared by the extractors."""
    cached = getattr(ctx, "_text_blocks", None)
    if cached is None:
        cached = blocks(ctx.doc, ctx.noise)
        ctx._text_blocks = cached
    return cached


_PAGE_WORD = re.compile(r"^\s*page\b", re.I)
_STRAY_PAGE_NO = re.compile(r"^\s*(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?\s*$", re.I)


def _stray_page_number(raw: str, next_raw: str) -> bool:
    """A page number the noise marker left in (it touches text): set far right or centred, "Page 3", or a bare
    number before a heading-like line."""
    if not _STRAY_PAGE_NO.match(raw):
        return False
    if _PAGE_WORD.match(raw) or len(raw) - len(raw.lstrip()) >= 10:
        return True
    return is_heading_text(clean_text(next_raw))


def doc_blocks_paged(ctx) -> list[Block]:
    """:func:`doc_blocks` with a stray page number dropped from the start of a block ("6" glued to the heading
    "Priority 1: …" after it). The list has the same length and order as :func:`doc_blocks`, so block indexes are
    shared; a block left with one heading-like line becomes a heading."""
    cached = getattr(ctx, "_text_blocks_paged", None)
    if cached is not None:
        return cached
    out: list[Block] = []
    for b in doc_blocks(ctx):
        if b.kind == "para" and len(b.pieces) >= 2:
            first = ctx.doc.lines[b.pieces[0][1] - 1].text
            second = ctx.doc.lines[b.pieces[1][1] - 1].text
            if _stray_page_number(first, second):
                cut = b.pieces[1][0]
                pieces = [(off - cut, ln) for off, ln in b.pieces[1:]]
                text = b.text[cut:]
                kind = "heading" if len(pieces) == 1 and is_heading_text(text) and not text.endswith(":") else "para"
                b = Block(kind, text, pieces, bold=second.strip().startswith("**"), head=second)
        out.append(b)
    ctx._text_blocks_paged = out
    return out
