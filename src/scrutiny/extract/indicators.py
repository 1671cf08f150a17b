"""Indicators: observations of performance indicators in performance reports, minutes and performance tables.

Prose is read by :mod:`scrutiny.indicators.prose`; tables found by the tables stage whose columns look like an
indicator table (an indicator/measure column plus target, actual/quarter or RAG columns) give one item per row.
One item per indicator, block and period: ``value`` is the quarter's value when known, else the year to date.
"""
from __future__ import annotations

import re

from ..indicators.model import Period, normalise_rag
from ..indicators.prose import Series, read_context
from ..records import Indicator, Provenance

KEY = "indicators"

_NAME_COL = re.compile(r"indicator|measure|\bkpi\b|\bpi\b|description|metric", re.I)
_TARGET_COL = re.compile(r"\btarget\b", re.I)
_RAG_COL = re.compile(r"\brag\b|status|rating", re.I)
_VALUE_COL = re.compile(r"actual|performance|outturn|value|\bq[1-4]\b|quarter|ytd|year to date|result", re.I)
_CODE = re.compile(r"^[A-Z]{2,6}\s?\d{1,4}[a-z]?$")


def extract(ctx) -> list[Indicator]:
    """Indicator observations of the document, from prose and from indicator tables."""
    out: list[Indicator] = []
    reading = read_context(ctx)
    for ser in reading.series:
        out.extend(_items_of(ctx, ser))
    out.extend(from_tables(ctx, getattr(ctx, "tables", []) or []))
    return out


def _items_of(ctx, ser: Series) -> list[Indicator]:
    items = []
    block_period = ser.block.period
    # the block's own (reporting) period first, then the other periods in order
    ordered = sorted(ser.findings.items(), key=lambda kv: (kv[0] != block_period, kv[0]))
    for per, f in ordered:
        value = f.value if f.value is not None else f.ytd
        rag = ser.rag if (block_period is None or per == block_period) else None
        if value is None and rag is None:
            continue
        items.append(_item(ctx, ser, f.label or per.label, value, f.target or (ser.target_text if per ==
                                                                                 block_period else None),
                           rag, f.line))
    if not items and ser.rag and block_period is not None:
        items.append(_item(ctx, ser, block_period.label, None, ser.target_text, ser.rag, ser.line))
    return items


def _item(ctx, ser: Series, period: str, value, target, rag, line: int) -> Indicator:
    return Indicator(prov=Provenance(ctx.doc.sha256, line, line, ctx.doc.page_of(line), "indicators.prose", 0.7),
                     code=ser.code, name=ser.name, period=period, value=value, target=target, rag=rag)


def from_tables(ctx, tables) -> list[Indicator]:
    """Items from tables that look like indicator tables (a name column with target, value or RAG columns)."""
    out: list[Indicator] = []
    for t in tables:
        cols = [str(c or "") for c in getattr(t, "columns", [])]
        if not cols:
            continue
        name_i = next((i for i, c in enumerate(cols) if _NAME_COL.search(c)), None)
        target_i = next((i for i, c in enumerate(cols) if _TARGET_COL.search(c)), None)
        rag_i = next((i for i, c in enumerate(cols) if _RAG_COL.search(c)), None)
        value_i = next((i for i, c in enumerate(cols) if _VALUE_COL.search(c) and i not in (name_i, target_i, rag_i)),
                       None)
        if name_i is None or (target_i is None and rag_i is None):
            continue
        code_i = next((i for i, c in enumerate(cols) if re.search(r"\bcode\b|\bref\b", c, re.I)), None)
        texts = [getattr(t, "title", "") or ""] + ([cols[value_i]] if value_i is not None else [])
        period = _table_period(texts)
        lines = list(getattr(t, "row_lines", []) or [])
        for r, row in enumerate(t.rows):
            if r < len(getattr(t, "row_types", []) or []) and t.row_types[r] != "data":
                continue
            cells = list(row) + [None] * (len(cols) - len(row))
            name = str(cells[name_i] or "").strip()
            if not name:
                continue
            code = str(cells[code_i]).strip() if code_i is not None and cells[code_i] else None
            m = re.match(r"^([A-Z]{2,6}\s?\d{1,4}[a-z]?)\s*[–\-:]?\s+(.+)$", name)
            if code is None and m:
                code, name = m.group(1), m.group(2)
            value = _num(cells[value_i]) if value_i is not None else None
            line = lines[r] if r < len(lines) else t.prov.start_line
            out.append(Indicator(
                prov=Provenance(ctx.doc.sha256, line, line, ctx.doc.page_of(line), "indicators.table", 0.6),
                code=code if code and _CODE.match(code) else None, name=name,
                period=period.label if period else None, value=value,
                target=str(cells[target_i]) if target_i is not None and cells[target_i] is not None else None,
                rag=normalise_rag(str(cells[rag_i])) if rag_i is not None and cells[rag_i] is not None else None))
    return out


def _table_period(texts: list[str]) -> Period | None:
    """The period a table reports: a quarter with its year from the title or the value column's header."""
    fy = next((p.fy for p in (Period.parse(x) for x in texts) if p is not None), None)
    for x in texts:
        p = Period.parse(x, default_fy=fy)
        if p is not None and p.quarter:
            return p
    return Period(fy) if fy is not None else None


def _num(v) -> float | None:
    if isinstance(v, (int, float)):
        return float(v)
    try:
        return float(str(v).replace(",", "").rstrip("%").strip())
    except (TypeError, ValueError):
        return None
