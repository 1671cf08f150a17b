"""Resolutions: each decision a set of minutes records ("RESOLVED that…", "Resolved:" then "That…", "UNANIMOUSLY
RESOLVED", "AGREED:"). Lettered or numbered sub-resolutions — "(a) That…", "(b) That…", "(1) that…" — are separate
items. Each carries the minutes' meeting date and the minute item it sits under.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from ..records import Provenance, Resolution
from . import Context
from ._common import BLANK_PAGE, clean
from .meetings import MeetingBlock, item_heading, minutes_blocks, _texts

KEY = "resolutions"

_MARKER = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+|\(?[a-z]\)\s+)?(?:it\s+was\s+(?:therefore\s+|further\s+|then\s+)?|"
    r"the\s+(?:panel|committee|sub-committee|board|commission|partnership|forum|meeting)\s+)?"
    r"(?P<un>unanimously\s+)?(?P<word>resolved|RESOLVED|AGREED|DECISION|Decision|Agreed)\b(?P<un2>\s+unanimously)?"
    r"(?:\s*\([^)]{0,40}\))?\s*(?P<sep>[:\-–—]|,(?=\s*that\b)|(?=that\b)|(?=That\b)|$)\s*(?P<rest>.*)$",
    re.I)
_MARKER_MID = re.compile(r"\b(?P<un>UNANIMOUSLY\s+)?(?P<word>RESOLVED)\b(?P<un2>\s+UNANIMOUSLY)?\s*(?P<sep>[:\-–—]?)\s*"
                         r"(?P<rest>.*)$")
_SUB = re.compile(r"^\(?(?P<mark>[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+(?P<text>\S.*)$", re.I)
_INLINE_SUB = re.compile(r"(?:^|(?<=[\s;:]))\((?P<mark>[a-z]|[ivx]{1,4}|\d{1,2})\)\s+", re.I)
_PARA = re.compile(r"^\d+\.\d+\b")
# Scottish-style decisions: the body and a verb in capitals ("The Board NOTED the report.", "5.2 The Committee
# APPROVED the carry-forward…", "a) NOTED the findings;" under "The Board:"). Case matters: "The Board noted the
# report" in prose is an outcome, not a recorded resolution.
_CAPS_VERBS = ("NOTED|APPROVED|ENDORSED|ACCEPTED|DEFERRED|REJECTED|SUPPORTED|CONFIRMED|REQUESTED|DECIDED|RATIFIED|"
               "ADOPTED|AGREED|RECOMMENDED|DIRECTED|INSTRUCTED|REFUSED|GRANTED")
_CAPS_DECISION = re.compile(
    r"^(?:\d+(?:\.\d+)*\.?\s+|\(?(?:[a-z]|[ivx]{1,4})[.)]\s+)?"
    r"(?P<text>(?:(?:The|the)\s+(?:[A-Z][\w'’-]*\s+){0,3}?(?:Board|Panel|Committee|Sub-Committee|Authority|"
    r"Commission|Partnership|Forum|Meeting|Council|Cabinet|Group|Members)\s+|Members\s+)?"
    r"(?:(?:formally|unanimously|duly|also|further|then)\s+)?(?P<verb>" + _CAPS_VERBS + r")\b(?![-/])\s*[:,]?\s*"
    r"(?P<rest>\S.*))$")


# a line opens a decision only if it holds "resolved", "agreed" or "decision" (in any case: _MARKER, _MARKER_MID) or
# a verb in capitals (_CAPS_DECISION: every one ends in "ED")
_DECISION_WORDS = ("resolved", "agreed", "decision")
_CAPS_END = ("ED",)
_LOWER = re.compile(r"[a-z]")
_ENDS_STOP = re.compile(r"[.;:]$")
_ENDS_FULL = re.compile(r"[.;]$")
_ENDS_AND = re.compile(r"(?:;|;\s*and|and)$")
_ENDS_THAT = re.compile(r"\bthat\W*$", re.I)
_THAT = re.compile(r"^that\b", re.I)
_UNANIMOUSLY = re.compile(r"\bunanimously\b", re.I)


def _cue_lines(lines: list[str], start: int, end: int, words: tuple[str, ...],
               cased: tuple[str, ...] = ()) -> list[int]:
    """The numbers of the lines ``start``..``end`` that may hold one of ``words`` (lower case, in any case in the
    line) or of ``cased`` (as written), in order: a prefilter for a loop whose patterns need one of them. A line with
    markup that cleaning removes ("*", "__", tags: it could join a word up) or with a non-ASCII character (its case
    may map otherwise) is always one. The words are found in the span's text joined up (a C-speed search per word,
    not a test per line); a word run across two lines only adds a line, never loses one."""
    seg = lines[start: end + 1]
    if not seg:
        return []
    text = "".join(seg)
    starts = [0, *accumulate(map(len, seg))]  # where each line begins in the text
    found: set[int] = set()
    if text.isascii():
        low, low_starts = text.lower(), starts
    else:  # lower-casing may change lengths: line by line
        lows = [t.lower() for t in seg]
        low, low_starts = "".join(lows), [0, *accumulate(map(len, lows))]
        found.update(k for k, t in enumerate(seg) if not t.isascii())
    for hay, at_line, ws in ((low, low_starts, words + ("*", "__", "<")), (text, starts, cased)):
        for w in ws:
            at = hay.find(w)
            while at >= 0:
                k = bisect_right(at_line, at) - 1
                found.add(k)
                at = hay.find(w, at_line[k + 1])  # on from the next line
    return [start + k for k in sorted(found)]


def _has_cue(text: str, words: tuple[str, ...], cased: tuple[str, ...] = ()) -> bool:
    """Whether one line is one :func:`_cue_lines` would give (the same test, for a single line)."""
    if not text.isascii() or "*" in text or "__" in text or "<" in text:
        return True
    low = text.lower()
    return any(w in low for w in words) or any(w in text for w in cased)


@dataclass
class Decision:
    """A resolution as read from the lines: where it starts, its text, and the marker's words."""

    line: int
    text: str
    unanimous: bool
    marker_line: int
    end: int = 0  # the last line of the text
    word: str = "resolved"  # the marker's word, lower case: resolved | agreed | decision


def extract(ctx: Context) -> list[Resolution]:
    """Every resolution in every set of minutes in the document."""
    out: list[Resolution] = []
    lines = _texts(ctx)
    for block in minutes_blocks(ctx):
        for item_no, _title, start, end in item_spans(block):
            for d in _decisions_of(ctx, lines, start, end):
                out.append(Resolution(
                    prov=Provenance(ctx.doc.sha256, d.line, d.line, ctx.doc.page_of(d.line), "resolutions", 0.85),
                    meeting_date=block.date, item=item_no, text=d.text))
    return out


def _decisions_of(ctx: Context, lines: list[str], start: int, end: int) -> list[Decision]:
    """:func:`decisions` of the lines ``start``..``end``, worked out once per document (kept on the context): the
    minute-item reader asks for each item's decisions below its heading, the resolution reader for the same item's
    from its heading on — the same list unless the heading line itself can open one. The list is shared: read it,
    never change it."""
    memo = getattr(ctx, "_resolution_decisions", None)
    if memo is None:
        memo = ctx._resolution_decisions = {}  # type: ignore[attr-defined]
    got = memo.get((start, end))
    if got is None and (start + 1, end) in memo and not _has_cue(lines[start], _DECISION_WORDS, _CAPS_END):
        got = memo[(start + 1, end)]  # the line at start can open no decision: the loop passes it over
    if got is None:
        got = decisions(lines, start, end)
    memo[(start, end)] = got
    return got


def item_spans(block: MeetingBlock) -> list[tuple[str | None, str | None, int, int]]:
    """``(number, title, first line, last line)`` of each minute item in a minutes block; lines before the first
    heading form an unnumbered span."""
    out: list[tuple[str | None, str | None, int, int]] = []
    heads = block.headings
    if not heads:
        return [(None, None, block.start, block.end)]
    if heads[0][0] > block.start:
        out.append((None, None, block.start, heads[0][0] - 1))
    for i, (line, num, title, _ref) in enumerate(heads):
        end = heads[i + 1][0] - 1 if i + 1 < len(heads) else block.end
        out.append((num, title, line, end))
    return out


def decisions(lines: list[str], start: int, end: int) -> list[Decision]:
    """The resolutions recorded between ``start`` and ``end`` (inclusive)."""
    out: list[Decision] = []
    cands = _cue_lines(lines, start, end, _DECISION_WORDS, _CAPS_END)  # the lines that may open a decision
    ci = 0
    j = start
    while j <= end:
        while ci < len(cands) and cands[ci] < j:
            ci += 1
        if ci == len(cands):
            break  # no line left that can open a decision
        j = cands[ci]
        c = clean(lines[j])
        m = _MARKER.match(c) if c else None
        if c and (not m or not _is_marker(m)):
            m = _MARKER_MID.search(c) if "RESOLVED" in c else None  # (the pattern's word, in capitals)
        if not m or not _is_marker(m):
            cm = _CAPS_DECISION.match(c) if c else None
            if cm and not any(ch.isupper() for ch in c[:40]):
                cm = None
            if cm and _LOWER.search(cm["rest"]):
                d, j = _caps_decision(lines, j, end, cm)
                out.append(d)
                continue
            j += 1
            continue
        unanimous = bool(m["un"] or m["un2"])
        parts: list[list] = []  # [line, text, last line, is a sub-point]
        rest = (m["rest"] or "").strip()
        if rest:
            for piece in _split_inline(rest):
                parts.append([j, piece, j, False])
        # "RESOLVED: That the Panel" / "AGREED" over (a), (b)…: each sub-point is a resolution, in any case
        lead = not parts or (len(parts) == 1 and _lead_in(parts[0][1]))
        k = j + 1
        gap = 0
        while k <= end:
            raw = lines[k]
            ck = clean(raw)
            if not ck:
                gap += 1
                # (a lead-in still waiting for its points looks further: over a page break's header and footer)
                if gap >= 3 and parts and not (lead and len(parts) == 1 and gap < 7):
                    break
                k += 1
                continue
            if BLANK_PAGE.match(raw):
                break
            mk = _MARKER.match(ck)
            if (mk and _is_marker(mk)) or ("RESOLVED" in ck and _MARKER_MID.search(ck)) or _PARA.match(ck) or \
                    (item_heading(raw) and not _SUB.match(ck)):
                break
            sub = _SUB.match(ck)
            in_subs = lead and (len(parts) <= 1 or parts[-1][3])
            if sub and parts and not in_subs and _follows_mark(parts[-1][1], sub["mark"]):
                # "That (a) the update be noted; and" / "(b) the Panel's thanks be recorded …": the list opened
                # inside the line above goes on, one sub-point a line
                parts.append([k, sub["text"], k, True])
            elif sub and (sub["text"][:1].isupper() or sub["text"].lower().startswith("that") or in_subs):
                parts.append([k, sub["text"], k, True])
            elif not parts and (gap <= 2):
                parts.append([k, ck, k, False])
            elif parts and (ck[:1].islower() or not _ENDS_STOP.search(parts[-1][1])):
                parts[-1][1] += " " + ck
                parts[-1][2] = k
            elif parts and _THAT.match(ck) and _ENDS_AND.search(parts[-1][1]):
                parts.append([k, ck, k, False])
            else:
                break
            gap = 0
            k += 1
        if lead and len(parts) > 1 and not parts[0][3] and parts[1][3] and _lead_in(parts[0][1]):
            parts = parts[1:]  # the lead-in only introduces its sub-points
        word = m["word"].lower()
        for line, text, last, _ in parts:
            t = text.strip()
            if len(t) >= 8:
                out.append(Decision(line, t, unanimous, j, last, word))
        j = max(k, j + 1)
    return out


def _caps_decision(lines: list[str], j: int, end: int, cm: re.Match) -> tuple[Decision, int]:
    """A decision stated with a verb in capitals, with its text wrapped onto following lines; and the next line."""
    text, last = cm["text"].strip(), j
    k = j + 1
    while k <= end:
        ck = clean(lines[k])
        if not ck or BLANK_PAGE.match(lines[k]) or _SUB.match(ck) or _PARA.match(ck) or _CAPS_DECISION.match(ck):
            break
        mk = _MARKER.match(ck)
        if (mk and _is_marker(mk)) or not (ck[:1].islower() or not _ENDS_STOP.search(text)):
            break
        text += " " + ck
        last = k
        k += 1
    unanimous = bool(_UNANIMOUSLY.search(text[:60]))
    return Decision(j, text, unanimous, j, last, cm["verb"].lower()), k


def _lead_in(text: str) -> bool:
    """"That", "That the Panel", "that:" — words that only introduce the sub-points below them."""
    t = text.strip()
    if not t or _ENDS_FULL.search(t):
        return False
    return len(t.split()) <= 6 or t.endswith((":", "-", "–", "—")) or bool(_ENDS_THAT.search(t))


def _is_marker(m: re.Match) -> bool:
    """"RESOLVED"/"Resolved:" always; "AGREED"/"DECISION" only in capitals or with a colon."""
    word = m["word"]
    if m["sep"] == "," and not (word.lower() == "resolved" and word[0].isupper()):
        return False
    if word.lower() == "resolved":
        # "resolved" inside a sentence ("the issue was resolved") is not a marker: the line must open with it
        return word.isupper() or word[0].isupper() or bool(m["un"] or m["un2"])
    if word.isupper():
        return True
    return m["sep"] in (":", "-", "–", "—")


_ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]


def _follows_mark(text: str, mark: str) -> bool:
    """Whether ``mark`` ("b", "2", "ii") is the next after the last sub-point mark opened inside ``text``."""
    marks = [x["mark"].lower() for x in _INLINE_SUB.finditer(text)]
    if not marks:
        return False
    last, mark = marks[-1], mark.lower()
    if last.isdigit() and mark.isdigit():
        return int(mark) == int(last) + 1
    if last in _ROMAN and mark in _ROMAN and _ROMAN.index(mark) == _ROMAN.index(last) + 1:
        return True
    return len(last) == 1 and len(mark) == 1 and last.isalpha() and ord(mark) == ord(last) + 1


def _split_inline(text: str) -> list[str]:
    """"(1) that A; (2) that B" → ["that A;", "that B"]; text without two markers stays whole."""
    marks = list(_INLINE_SUB.finditer(text))
    if len(marks) < 2:
        return [_SUB.sub(r"\g<text>", text)]
    out = []
    for i, mk in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        piece = text[mk.end(): end].strip()
        if piece:
            out.append(piece)
    head = text[: marks[0].start()].strip(" :–-")
    if head and len(head.split()) > 3:
        out.insert(0, head)
    return out
