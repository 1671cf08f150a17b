"""Paragraphs, sentences and numbers of a document's prose, with a way back to line numbers.

Paragraphs are runs of non-blank, non-noise lines. A paragraph cut by a page break (it stops without closing
punctuation and the next one starts in lower case) is joined to the next one, so a figure and its comparison
("an increase" / "of 30.3% …") stay together.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Iterator

NUM = r"\d{1,3}(?:,\s?\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
PCT_UNIT = r"\s?(?:%|per\s?cent\b|percent\b)"
NUM_RX = re.compile(rf"(?<![\w.,/])(?:{NUM})(?![\w/]|\.\d)")
PCT_RX = re.compile(rf"(?<![\w.,/])(?P<sign>[+\-−–]\s?)?(?P<n>{NUM}){PCT_UNIT}")
# a sentence end: its punctuation mark, then the break (which starts one character into the match). Written with
# the mark consumed rather than in a look-behind, so the search can skip ahead to the next mark; searched for as
# one pattern per mark (led by one character, a search skips ahead fastest), the rarer "?" and "!" only where
# they are printed (matches for two marks cannot overlap: a break holds no mark)
_SENT_BREAK = r"[\"'”’)]?\s+(?=[\"'“(•\-–]?\s*[A-Z0-9])"
_SENT_END = re.compile(r"[.!?]" + _SENT_BREAK)
_SENT_END_STOP = re.compile(r"\." + _SENT_BREAK)
_SENT_END_QUERY = re.compile(r"\?" + _SENT_BREAK)
_SENT_END_BANG = re.compile(r"!" + _SENT_BREAK)
_ABBREV = re.compile(r"\b(?:e\.g|i\.e|etc|no|vs|cf|approx|Cllr|Mr|Mrs|Ms|Dr|St)\.$", re.I)
# the last two characters of _ABBREV's words, lower-cased (with the long s, which matches "s" case-insensitively)
_ABBREV_ENDS = frozenset(".g .e tc no vs cf ox lr mr rs ms dr st v\u017f r\u017f m\u017f \u017ft".split())
_OPEN_END = re.compile(r"[\w,;(–-]$")


# characters that fold to or from an ASCII letter under re.IGNORECASE, or lower-case into one (dotted and dotless i,
# long s, Kelvin sign, sharp s, the "ŉ", "ǰ", "ẖ"… letters and the Latin ligatures)
_FOLD_RISKY = re.compile("[\u00df\u0130\u0131\u0149\u017f\u01f0\u1e96-\u1e9a\u1e9e\u212a\ufb00-\ufb06]")


def folds_plainly(text: str) -> bool:
    """True when a case-insensitive search of ``text`` for ASCII words finds just what a plain search of
    ``text.lower()`` finds (no character in it folds to or from an ASCII letter): cheap tests can use the lower case."""
    if text.isascii():
        return True
    if len(text) > 1000:  # a long text all in Latin-1 (encoded by a copy) can hold only one of those: "ß"
        try:
            text.encode("latin-1")
        except UnicodeEncodeError:
            pass
        else:
            return "\u00df" not in text
    return _FOLD_RISKY.search(text) is None


_NUM_SEP = re.compile(r"[,\s]")  # thousands separators and spaces in a printed number
_ANY_DIGIT = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """Whether ``text`` holds a digit (``\\d``: any decimal digit; an ASCII text can hold only the ASCII digits, each
    looked for by a string search, which is faster than a pattern's search)."""
    if text.isascii():
        return ("0" in text or "1" in text or "2" in text or "3" in text or "4" in text or "5" in text or
                "6" in text or "7" in text or "8" in text or "9" in text)
    return _ANY_DIGIT.search(text) is not None


def to_number(text: str) -> float:
    """``13,143`` → 13143.0; ``119, 878`` → 119878.0; ``4.5`` → 4.5."""
    return float(_NUM_SEP.sub("", text))


def decimals(text: str) -> int:
    """How many decimal places a number was printed with."""
    t = _NUM_SEP.sub("", text)
    return len(t.split(".", 1)[1]) if "." in t else 0


@dataclass
class Paragraph:
    """Text joined from consecutive lines, with the line number each line starts at."""

    text: str
    offsets: list[int]  # character offset where each line starts in ``text``
    lines: list[int]  # the line numbers, parallel to ``offsets``

    @property
    def first_line(self) -> int:
        return self.lines[0]

    @property
    def last_line(self) -> int:
        return self.lines[-1]

    def line_at(self, pos: int) -> int:
        """The line that holds character ``pos`` of ``text``."""
        i = bisect.bisect_right(self.offsets, pos) - 1
        return self.lines[max(i, 0)]


@dataclass
class Sentence:
    text: str
    start: int  # offset in the paragraph
    paragraph: Paragraph

    def line_at(self, pos: int) -> int:
        return self.paragraph.line_at(self.start + pos)

    @property
    def line(self) -> int:
        return self.paragraph.line_at(self.start)


def paragraphs(lines: Iterator, is_noise=lambda n: False) -> list[Paragraph]:
    """Group ``lines`` (objects with ``number`` and ``text``) into paragraphs, joining page-break splits."""
    out: list[Paragraph] = []
    cur_text: list[str] = []
    cur_lines: list[int] = []

    def flush() -> None:
        if not cur_lines:
            return
        offs, pos = [], 0
        for t in cur_text:
            offs.append(pos)
            pos += len(t) + 1
        out.append(Paragraph(" ".join(cur_text), offs, list(cur_lines)))
        cur_text.clear()
        cur_lines.clear()

    for ln in lines:
        n = ln.number
        if is_noise(n):
            continue
        t = ln.text.strip()
        if t:
            cur_text.append(t)
            cur_lines.append(n)
        elif cur_lines:
            flush()
    flush()
    return _join_breaks(out)


def _join_breaks(pars: list[Paragraph]) -> list[Paragraph]:
    out: list[Paragraph] = []
    for p in pars:
        prev = out[-1] if out else None
        if (prev is not None and p.text[:1].islower() and _OPEN_END.search(prev.text[-2:])
                and p.first_line - prev.last_line <= 6 and len(prev.text) > 40):
            base = len(prev.text) + 1
            out[-1] = Paragraph(prev.text + " " + p.text, prev.offsets + [base + o for o in p.offsets],
                                prev.lines + p.lines)
        else:
            out.append(p)
    return out


def sentences(par: Paragraph) -> list[Sentence]:
    """Split a paragraph into sentences (decimal points, "e.g." and the like do not end a sentence). The split is
    kept on the paragraph (several readers and checks split the same paragraphs); each call gets its own list."""
    return list(kept_sentences(par))


def kept_sentences(par: Paragraph) -> list[Sentence]:
    """:func:`sentences`, as the list kept on the paragraph: for a reader that only reads it (not to be changed)."""
    cached = getattr(par, "_scrutiny_sentences", None)
    if cached is not None and cached[0] is par.text:
        return cached[1]
    out = _split_sentences(par)
    try:
        par._scrutiny_sentences = (par.text, out)
    except AttributeError:  # pragma: no cover - a slotted paragraph
        pass
    return out


def _split_sentences(par: Paragraph) -> list[Sentence]:
    text = par.text
    # a sentence end is a mark with a space after it: only a mark before the last character can be one
    last = len(text) - 1
    stop, query, bang = text.find(".", 0, last) >= 0, text.find("?", 0, last) >= 0, text.find("!", 0, last) >= 0
    if not (stop or query or bang):  # one sentence
        return [Sentence(text, 0, par)] if text else []
    out: list[Sentence] = []
    start = 0
    ends = list(_SENT_END_STOP.finditer(text)) if stop else []  # with the others', in order: _SENT_END.finditer(text)
    if query or bang:
        if query:
            ends += _SENT_END_QUERY.finditer(text)
        if bang:
            ends += _SENT_END_BANG.finditer(text)
        ends.sort(key=lambda m: m.start())
    for m in ends:
        end = m.start() + 1  # just after the mark
        # the longest abbreviation is "approx.": the tail is enough; each ends with "." after one of these pairs
        if text[end - 1] == "." and text[end - 3:end - 1].lower() in _ABBREV_ENDS and \
                _ABBREV.search(text[max(start, end - 16):end]):
            continue
        out.append(Sentence(text[start:end], start, par))
        start = m.end()
    if start < len(par.text):
        out.append(Sentence(par.text[start:], start, par))
    return out


def doc_paragraphs(ctx) -> list[Paragraph]:
    """The paragraphs of a pipeline context's document (noise skipped), computed once per context."""
    cached = getattr(ctx, "_scrutiny_paragraphs", None)
    if cached is None:
        cached = paragraphs(iter(ctx.doc.lines), _noise_test(ctx))
        try:
            setattr(ctx, "_scrutiny_paragraphs", cached)
        except AttributeError:  # pragma: no cover - a slotted context
            pass
    return cached


def _noise_test(ctx):
    """``ctx.is_noise``; for a pipeline :class:`~scrutiny.extract.Context`, the same test as a lookup in the set of
    its noise lines' numbers (no method call per line)."""
    from ..extract import Context
    if getattr(type(ctx), "is_noise", None) is not Context.is_noise:
        return ctx.is_noise
    return {n for n, flag in enumerate(ctx.noise, start=1) if flag}.__contains__
