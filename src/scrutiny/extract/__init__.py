"""Extractors: one module per kind of item.

Each extractor module defines ``KEY`` (the contract key it fills) and ``extract(ctx) -> list[Item]``. They run in
the order of :data:`EXTRACTORS`; later extractors can read what earlier ones found through ``ctx.found``.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
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
