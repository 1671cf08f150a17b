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
_SENT_END = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[\"'“(•\-–]?\s*[A-Z0-9])")
_ABBREV = re.compile(r"\b(?:e\.g|i\.e|etc|no|vs|cf|approx|Cllr|Mr|Mrs|Ms|Dr|St)\.$", re.I)
_OPEN_END = re.compile(r"[\w,;(–-]$")


# characters that fold to or from an ASCII letter under re.IGNORECASE, or lower-case into one (dotted and dotless i,
# long s, Kelvin sign, sharp s, the "ŉ", "ǰ", "ẖ"… letters and the Latin ligatures)
_FOLD_RISKY = re.compile("[\u00df\u0130\u0131\u0149\u017f\u01f0\u1e96-\u1e9a\u1e9e\u212a\ufb00-\ufb06]")


def folds_plainly(text: str) -> bool:
    """True when a case-insensitive search of ``text`` for ASCII words finds just what a plain search of
    ``text.lower()`` finds (no character in it folds to or from an ASCII letter): cheap tests can use the lower case."""
    return text.isascii() or _FOLD_RISKY.search(text) is None


def to_number(text: str) -> float:
    """``13,143`` → 13143.0; ``119, 878`` → 119878.0; ``4.5`` → 4.5."""
    return float(re.sub(r"[,\s]", "", text))


def decimals(text: str) -> int:
    """How many decimal places a number was printed with."""
    t = re.sub(r"[,\s]", "", text)
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
        if is_noise(ln.number):
            continue
        t = ln.text.strip()
        if not t:
            flush()
            continue
        cur_text.append(t)
        cur_lines.append(ln.number)
    flush()
    return _join_breaks(out)


def _join_breaks(pars: list[Paragraph]) -> list[Paragraph]:
    out: list[Paragraph] = []
    for p in pars:
        prev = out[-1] if out else None
        if (prev is not None and _OPEN_END.search(prev.text[-2:]) and p.text[:1].islower()
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
    cached = getattr(par, "_scrutiny_sentences", None)
    if cached is not None and cached[0] is par.text:
        return list(cached[1])
    out = _split_sentences(par)
    try:
        par._scrutiny_sentences = (par.text, out)
    except AttributeError:  # pragma: no cover - a slotted paragraph
        pass
    return list(out)


def _split_sentences(par: Paragraph) -> list[Sentence]:
    out: list[Sentence] = []
    start = 0
    for m in _SENT_END.finditer(par.text):
        chunk = par.text[start:m.start()].rstrip()
        if _ABBREV.search(chunk[-16:]):  # the longest abbreviation is "approx.": the tail is enough
            continue
        out.append(Sentence(par.text[start:m.start()], start, par))
        start = m.end()
    if start < len(par.text):
        out.append(Sentence(par.text[start:], start, par))
    return out


def doc_paragraphs(ctx) -> list[Paragraph]:
    """The paragraphs of a pipeline context's document (noise skipped), computed once per context."""
    cached = getattr(ctx, "_scrutiny_paragraphs", None)
    if cached is None:
        cached = paragraphs(iter(ctx.doc.lines), ctx.is_noise)
        try:
            setattr(ctx, "_scrutiny_paragraphs", cached)
        except AttributeError:  # pragma: no cover - a slotted context
            pass
    return cached
