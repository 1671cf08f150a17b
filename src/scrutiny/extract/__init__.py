"""Extractors: one module per kind of item.

Each extractor module defines ``KEY`` (the contract key it fills) and ``extract(ctx) -> list[Item]``. They run in
the order of :data:`EXTRACTORS`; later extractors can read what earlier ones found through ``ctx.found``.
"""
from __future__ import annotations

import importlib
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterator

from ..records import DocumentText, Item, Line, Part

# module names under scrutiny.extract, in run order
EXTRACTORS: list[str] = [
    "meetings", "minute_items", "resolutions", "actions",
    "letters", "responses", "questions", "turns",
    "recommendations", "recommendation_updates", "commitments",
    "indicators",
]


@dataclass
class Context:
    doc: DocumentText
    noise: list[bool]
    parts: list[Part]
    found: dict[str, list[Item]] = field(default_factory=dict)
    tables: list = field(default_factory=list)
    gazetteer: object | None = None

    def is_noise(self, number: int) -> bool:
        return 0 < number <= len(self.noise) and self.noise[number - 1]

    def lines(self, start: int = 1, end: int | None = None) -> Iterator[Line]:
        """Lines from ``start`` to ``end`` inclusive, skipping noise."""
        end = len(self.doc.lines) if end is None else min(end, len(self.doc.lines))
        for ln in self.doc.lines[max(start, 1) - 1 : end]:
            if not self.noise[ln.number - 1]:
                yield ln

    # --- shared views of the text, computed once per document (extractors must not mutate them) ---------------

    @cached_property
    def texts(self) -> list[str]:
        """Line texts by number: ``texts[n]`` is line n's text (index 0 is an empty string)."""
        return [""] + [ln.text for ln in self.doc.lines]

    @cached_property
    def lows(self) -> list[str]:
        """Lower-cased line texts by number (index 0 is an empty string)."""
        return [t.lower() for t in self.texts]

    @cached_property
    def _joined(self) -> tuple[str, list[int]]:
        starts: list[int] = []
        pos = 0
        for t in self.texts[1:]:
            starts.append(pos)
            pos += len(t) + 1
        return "\n".join(self.texts[1:]), starts

    @cached_property
    def _grep_cache(self) -> dict:
        return {}

    def grep(self, pattern: re.Pattern[str] | str, flags: int = 0) -> list[int]:
        """Numbers of the lines where ``pattern`` matches (searched once over the whole text with ``re.M``, so
        ``^`` and ``$`` are line ends; a match is credited to the line it starts on). Noise lines are included:
        callers skip them as they would in a line loop. Cached per pattern.

        The pattern must not match across a line end: write ``[^\\S\\n]`` or ``[ \\t]``, not ``\\s``, at the
        start (``^\\s*x`` would match from a blank line above and be credited to it). Use it as a prefilter: a
        line loop over ``grep(cue)`` must see the same lines a full loop's ``if cue.search(line)`` would."""
        key = (pattern, flags)
        hit = self._grep_cache.get(key)
        if hit is not None:
            return hit
        rx = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags | re.M)
        text, starts = self._joined
        out: list[int] = []
        last = 0
        for m in rx.finditer(text):
            n = bisect_right(starts, m.start())
            if n != last:
                out.append(n)
                last = n
        self._grep_cache[key] = out
        return out

    def parts_of(self, *kinds: str) -> list[Part]:
        return [p for p in self.parts if p.kind in kinds]

    def part_at(self, number: int) -> Part | None:
        """The innermost part holding line ``number``."""
        best = None
        for p in self.parts:
            if p.prov.start_line <= number <= p.prov.end_line:
                if best is None or (p.prov.end_line - p.prov.start_line) < (best.prov.end_line - best.prov.start_line):
                    best = p
        return best


def load_extractors():
    return [importlib.import_module(f"{__name__}.{name}") for name in EXTRACTORS]
