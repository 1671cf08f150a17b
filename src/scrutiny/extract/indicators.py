"""Indicators: observations of performance indicators in performance reports, minutes and performance tables.

Prose is read by :mod:`scrutiny.indicators.prose`; tables found by the tables stage whose columns look like an
indicator table (an indicator/measure column plus target, actual/quarter or RAG columns) give one item per row.
One item per indicator, block and period: ``value`` is the quarter's value when known, else the year to date.

In a performance table the value column is chosen from what the headers say: comparator columns (baseline, same
period last year, previous quarter, tolerance, change, direction of travel, benchmarks) never hold the value; of
the period columns, the one for the report's own period (stated in its title or front lines: "Quarter 2 2024/25")
wins, else the latest. A table row's indicator restated in the narrative (its code, or its value under a heading
that names the code) is the same item: those lines go in ``locations``, and prose items on them are not repeated.
"""
from __future__ import annotations

import re

from ..indicators.model import Period, normalise_rag
from ..indicators.prose import MEASURE_NOUNS, Reading, Series, read_context, resolve_quarter
from ..indicators.text import NUM, NUM_RX, doc_paragraphs, sentences, to_number
from ..records import Indicator, Provenance

KEY = "indicators"

_NAME_COL = re.compile(r"indicator|measure|\bkpi\b|\bpi\b|description|metric", re.I)
_TARGET_COL = re.compile(r"\btarget\b", re.I)
_RAG_COL = re.compile(r"\brag\b|status|rating", re.I)
_VALUE_COL = re.compile(r"actual|performance|outturn|value|\bq[1-4]\b|quarter|ytd|year to date|result", re.I)
_STRONG_VALUE_COL = re.compile(r"actual|outturn|current|latest|this\s+(?:quarter|period|month|year)|result|"
                               r"performance|value", re.I)
# headers of columns that compare or qualify the value, never the value itself
_COMPARATOR_COL = re.compile(
    r"\bbaseline\b|last\s+year|previous|prior\b|same\s+(?:period|quarter|month)|\btolerance\b|\bpolarity\b|"
    r"direction|\bdot\b|\btrend\b|change|variance|difference|\bdiff\b|\bvs\.?\b|[+±]\s*/?\s*-|"
    r"\bcomparator\b|benchmark|national|average|\bmsg\b|\bpeer\b|family|forecast|projection|\bcomments?\b|"
    r"\bnotes?\b|\bowner\b|\blead\b|\bpolarity\b|better|\brank", re.I)
_YTD_COL = re.compile(r"\bytd\b|year[\s-]to[\s-]date|\bfytd\b|cumulative", re.I)
_CODE = re.compile(r"^[A-Z]{2,6}\s?\d{1,4}[a-z]?$")
_COL_CODE = re.compile(r"^[A-Z]{1,6}[\s\-/.]?\d{1,4}(?:\.\d{1,2})?[a-z]?$")  # in a Code/Ref column: "M1", "PI-04"
_BARE_QUARTER = re.compile(r"\b(?:Q|Qtr\.?\s*|Quarter\s*)([1-4])\b", re.I)
_REPORT_PERIOD_LINES = 40


def extract(ctx) -> list[Indicator]:
    """Indicator observations of the document, from prose and from indicator tables."""
    out: list[Indicator] = []
    reading = read_context(ctx)
    for ser in reading.series:
        out.extend(_items_of(ctx, ser))
    taken = {it.prov.start_line for it in out}
    out.extend(stated_figures(ctx, reading, taken))
    tabled = from_tables(ctx, getattr(ctx, "tables", []) or [], report_period(ctx))
    if tabled:
        _narrative_locations(ctx, tabled)
        seen = {ln for it in tabled for ln in [it.prov.start_line, *it.locations]}
        out = [it for it in out if it.prov.start_line not in seen]
    out.extend(tabled)
    return out


# ---------------------------------------------------------------------------------------------------------------
# rates stated in minutes, letters and written answers
#
# "the force-wide arrest rate for the last twelve months was 31 per cent", "the repeat referral rate to MARAC had
# risen to 41%", "The charge rate for shoplifting in 2024 was 9.2 per cent, compared with 12.8 per cent in 2019".
# Only where a figure is quoted to a body (minutes, letters, answers): figures in plans and reports are read by
# the performance-report reader, as the seed annotations count them.

_PCT = r"\s?(?:%|per\s?cent\b|percent\b)"
_CHANGE_VERB = r"(?:risen|fallen|increased|decreased|improved|dropped|declined|reduced|deteriorated|rose|fell|grown|grew)"
_STATED = re.compile(
    rf"(?P<name>(?:[\w/'’\-]+\s+){{0,6}}?(?:rate|proportion|percentage|satisfaction|confidence|within\s+\d+\s+"
    rf"(?:seconds|minutes|hours|days)))\b(?P<mid>[^.;%]{{0,90}}?)\s+"
    rf"(?:was|were|is|are|stood\s+at|(?:had|has|have)\s+{_CHANGE_VERB}(?:\s+from\s+(?:{NUM}){_PCT}?)?\s+to|"
    rf"(?:rose|fell|increased|decreased|improved|dropped|declined)(?:\s+from\s+(?:{NUM}){_PCT}?)?\s+to)\s+"
    rf"(?P<v>{NUM}){_PCT}(?=(?P<after>[^.;]{{0,120}}))", re.I)
# "38 per cent of 101 calls had been abandoned", "attended 81.4 per cent of I-graded calls": a share with its verb
_SHARE = re.compile(
    rf"(?:\b(?P<verb>[a-z]+ed)\s+(?:only\s+|some\s+|around\s+|about\s+)?)?(?<![\d.,])(?P<v>{NUM}){_PCT}\s+of\s+"
    r"(?:all\s+|the\s+)?(?P<np>[\w/'’\-]+(?:\s+(?!had\b|have\b|has\b|were\b|was\b|are\b|is\b)[\w/'’\-]+){0,9}?)"
    r"(?=\s*(?:[,.;]|$)|\s+(?:had\s+been|have\s+been|has\s+been|were|was)\s+(?P<verb2>[a-z]+ed)\b)"
    r"(?=(?P<after>[^.;]{0,120}))", re.I)
# "this represented 15% of all incidents" describes a make-up, not a measure
_COMPOSITION = re.compile(r"(?:represented|accounted|comprised|constituted|formed|covered|included|involved|amounted|"
                          r"equated|related|reflected|attributed)$", re.I)
# "Knife crime offences had fallen from 61 to 48 in the nine months to December"
_COUNT_CHANGE = re.compile(
    rf"(?P<name>\b[A-Za-z][\w'’\-]*(?:\s+[\w'’\-]+){{0,5}}?\s+{MEASURE_NOUNS})\s+(?:had\s+|have\s+|has\s+)?"
    rf"(?:risen|fallen|rose|fell|increased|decreased|dropped|reduced)\s+(?:from\s+(?:{NUM})\s+)?to\s+(?P<v>{NUM})\b"
    rf"(?!\s?%|\s?per\s?cent|\s*(?:minutes?|mins?|seconds?|secs?|hours?|hrs?|days?|weeks?|months?|years?)\b)"
    rf"(?=(?P<after>[^.;]{{0,120}}))")
_NAME_CUT = re.compile(r".*\b(?:that|the|and|while|whereas|but|said|noted|reported|confirmed|explained|our|their|"
                       r"its|his|her)\s+", re.I | re.S)
_COMPARED = re.compile(rf"^[^.;()]{{0,30}}?(?:\(|compared\s+(?:with|to)\s+|against\s+|(?:up|down)\s+from\s+)(?P<v>{NUM}){_PCT}"
                       r"\s*(?:in\s+(?P<year>(?:19|20)\d{2}(?:/\d{2})?)|in\s+the\s+(?:previous|preceding)\s+year|"
                       r"(?:the\s+)?(?:previous|last)\s+year)", re.I)
_P_MONTHS_TO = re.compile(r"\b(?P<n>twelve|12|six|6|nine|9|three|3)\s+months\s+to\s+(?P<m>[A-Z][a-z]+)(?:\s+(?P<y>(?:19|20)\d{2}))?")
_P_LAST = re.compile(r"\b(?:the\s+)?(?:last|past|previous)\s+(?P<n>twelve|12|six|6|three|3)\s+months\b", re.I)
_P_QUARTER = re.compile(r"\b(?:in\s+)?(?:Q|Quarter\s*)(?P<q>[1-4])\b", re.I)
_P_YEAR = re.compile(r"\b[Ii]n\s+(?P<y>(?:19|20)\d{2}(?:/\d{2})?)\b")
_P_MONTH = re.compile(r"\b[Ii]n\s+(?P<m>January|February|March|April|May|June|July|August|September|October|November|"
                      r"December)\b(?:\s+(?P<y>(?:19|20)\d{2}))?")
_QUOTED_SCOPE = ("minutes", "letter")
_DIGIT = re.compile(r"\d")
_MONTH_NO = {m: i for i, m in enumerate(("january february march april may june july august september october "
                                         "november december").split(), start=1)}


def stated_figures(ctx, reading: Reading, taken: set[int]) -> list[Indicator]:
    """Rates quoted in minutes, letters and written answers, one item per rate and period (a comparison with an
    earlier year is a second item)."""
    spans = _quoted_spans(ctx)
    if not spans:
        return []
    blocks = sorted(reading.blocks, key=lambda b: b.start_line)
    out: list[Indicator] = []
    for par in doc_paragraphs(ctx):
        if not any(a <= par.last_line and par.first_line <= b for a, b in spans):
            continue
        if not _DIGIT.search(par.text):
            continue
        block = None
        for b in blocks:
            if b.start_line > par.first_line:
                break
            block = b
        for sen in sentences(par):
            t = sen.text
            pct = "%" in t or "cent" in t
            matches = list(_STATED.finditer(t)) if pct else []
            matches += [m for m in _SHARE.finditer(t) if (m["verb"] or m["verb2"]) and not
                        _COMPOSITION.match(m["verb"] or "")] if pct and " of " in t else []
            matches += list(_COUNT_CHANGE.finditer(t)) if " to " in t else []
            used_spans: list[tuple[int, int]] = []

            def seen_span(m, sen, used=used_spans):
                a, b = m.span()
                if any(a < y and x < b for x, y in used):
                    return {sen.line_at(a)}
                used.append((a, b))
                return set()

            for m in matches:
                line = sen.line_at(m.start("name") if "name" in m.re.groupindex else m.start())
                if line in taken:
                    continue
                if line in seen_span(m, sen):
                    continue
                name, period = _name_and_period(m, block, t[:m.start()])
                if not name:
                    continue
                out.append(_stated(ctx, line, name, period, to_number(m["v"])))
                taken.add(line)
                mc = _COMPARED.match(m["after"])
                if mc:
                    earlier = mc["year"] or _year_before(period)
                    if earlier:
                        out.append(_stated(ctx, line, name, earlier, to_number(mc["v"])))
    return out


def _quoted_spans(ctx) -> list[tuple[int, int]]:
    spans = [(p.prov.start_line, p.prov.end_line) for p in ctx.parts if p.kind in _QUOTED_SCOPE]
    try:
        from .letters import letter_line_spans
        from .questions import _minutes_spans
        spans += letter_line_spans(ctx)
        spans += [] if any(p.kind == "minutes" for p in ctx.parts) else _minutes_spans(ctx)
    except Exception:  # pragma: no cover - a partial context (tests)
        pass
    for q in (getattr(ctx, "found", {}) or {}).get("questions", []) or []:
        a = getattr(q, "answer_line", None)
        if a:
            spans.append((a, a + 12))
    return spans


def _name_and_period(m, block, before: str = "") -> tuple[str | None, str | None]:
    groups = m.re.groupindex
    if "np" in groups:  # a share: "… of <np> had been <verb>ed"
        name = f"{m['np'].strip()} {m['verb2'] or m['verb']}"
    else:
        name = _NAME_CUT.sub("", m["name"]).strip()
    mid = m["mid"] if "mid" in groups and m["mid"] else ""
    after = m["after"] or ""
    period = None
    anchor = block.anchor if block is not None else None
    # the figure's own clause first, then what the sentence said before it ("In 2024 the MPS attended …")
    for text in (mid, after, before):
        pm = _P_MONTHS_TO.search(text)
        if pm:
            period = pm.group(0)
            if not pm["y"] and anchor is not None:  # "the nine months to December", said at a later meeting
                month = _MONTH_NO.get(pm["m"].lower())
                if month:
                    period += f" {anchor.year if month <= anchor.month else anchor.year - 1}"
            break
        pm = _P_LAST.search(text)
        if pm:
            period = re.sub(r"^the\s+", "", pm.group(0), flags=re.I)
            break
        pm = _P_QUARTER.search(text)
        if pm:
            fy = block.period.fy if block is not None and block.period is not None else None
            per = resolve_quarter(int(pm["q"]), block.anchor if block is not None else None, fy)
            period = per.label if per else pm.group(0).replace("in ", "")
            break
        pm = _P_YEAR.search(text)
        if pm:
            period = pm["y"]
            break
        pm = _P_MONTH.search(text)
        if pm:
            y = pm["y"] or ""
            if not y and anchor is not None:  # the latest such month on or before the meeting
                month = _MONTH_NO[pm["m"].lower()]
                y = str(anchor.year if month <= anchor.month else anchor.year - 1)
            period = f"{pm['m']} {y}".strip()
            break
    if period is None and block is not None and block.period is not None:
        period = block.period.label
    # the qualifier after the name ("… rate to MARAC", "… rate for all crime"), without its period phrase
    qual = re.split(r"\s+(?:in|for|during|over|across)\s+(?:the\s+)?(?:last|past|previous|twelve|12|six|nine|three|"
                    r"Q[1-4]|quarter|(?:19|20)\d{2}|January|February|March|April|May|June|July|August|September|"
                    r"October|November|December)\b", mid, maxsplit=1, flags=re.I)[0].strip(" ,")
    if qual and len(qual.split()) <= 8 and not re.search(r"\b(?:which|who|that|was|were|is|are)\b", qual):
        name = f"{name} {qual}"
    if len(name.split()) < 2 and not qual:
        return None, period
    return name[:1].upper() + name[1:], period


def _year_before(period: str | None) -> str | None:
    """"twelve months to October 2024" → "twelve months to October 2023"; "2024" → "2023"."""
    if not period or not re.search(r"(?:19|20)\d{2}", period):
        return None
    return re.sub(r"(?:19|20)\d{2}", lambda y: str(int(y.group(0)) - 1), period, count=1)


def _stated(ctx, line: int, name: str, period: str | None, value: float) -> Indicator:
    return Indicator(prov=Provenance(ctx.doc.sha256, line, line, ctx.doc.page_of(line), "indicators.stated", 0.6),
                     code=None, name=name, period=period, value=value, target=None, rag=None)


def report_period(ctx) -> Period | None:
    """The quarter a report states it covers, from its first lines ("Quarterly Performance Report / Quarter 2
    2024/25", "Performance report: Q3 (2016/17)"): a quarter with its year, else None."""
    try:
        lines = ctx.doc.lines
    except AttributeError:
        return None
    for ln in lines[:_REPORT_PERIOD_LINES]:
        t = ln.text
        if len(t) > 200 or not ("Q" in t or "uarter" in t or "QUARTER" in t):
            continue
        p = Period.parse(t)
        if p is not None and p.quarter and re.search(r"(?:19|20)?\d{2}\s*[/\-–]\s*\d{2}", t):
            return p
    return None


def _narrative_locations(ctx, items: list[Indicator]) -> None:
    """Lines outside the table that restate a row: its code, and under a line naming the code (an exception
    heading), the first line that prints the row's value; and a line that names the row's measure and prints one
    of its figures ("Residential burglary fell sharply, with 159 offences in the year to date")."""
    _named_restatements(ctx, items)
    by_code = {it.code: it for it in items if it.code}
    if not by_code:
        return
    table_lines = {it.prov.start_line for it in items}
    rx = re.compile(r"(?<![\w/])(" + "|".join(re.escape(c) for c in sorted(by_code, key=len, reverse=True)) +
                    r")(?![\w/])")
    pending: tuple[Indicator, int] | None = None  # an item whose code was named just above, awaiting its value
    for ln in ctx.doc.lines:
        n = ln.number
        if n in table_lines or ctx.is_noise(n):
            continue
        t = ln.text
        m = rx.search(t) if any(c in t for c in by_code) else None
        if m:
            it = by_code[m.group(1)]
            if n not in it.locations:
                it.locations.append(n)
            pending = (it, n)
        if pending is None or not t.strip():
            continue
        it, at = pending
        if n - at > 6:
            pending = None
            continue
        if it.value is not None and n != at and _prints_value(t, it.value):
            it.locations.append(n)
            pending = None


_NAME_STOP = {"the", "of", "a", "an", "and", "in", "to", "for", "by", "on", "with", "per", "number", "total", "all"}


def _head_words(name: str) -> list[str]:
    w = [x for x in re.findall(r"[a-z0-9]+", re.sub(r"\([^)]*\)", " ", name.lower())) if x not in _NAME_STOP]
    return w[:2]


def _named_restatements(ctx, items: list[Indicator]) -> None:
    """A narrative line naming a table row's measure (its first two words) that prints one of the row's figures
    (on the line or the next) is a location of that figure's item."""
    heads = [(it, _head_words(it.name or "")) for it in items if it.value is not None]
    heads = [(it, h) for it, h in heads if len(h) == 2]
    if not heads:
        return
    table_lines = {it.prov.start_line for it in items}
    lines = ctx.doc.lines
    for idx, ln in enumerate(lines):
        n = ln.number
        if n in table_lines or not _DIGIT.search(ln.text) and idx + 1 < len(lines) and \
                not _DIGIT.search(lines[idx + 1].text):
            continue
        low = ln.text.lower()
        words = None
        for it, h in heads:
            if h[0] not in low or h[1] not in low:
                continue
            if words is None:
                words = re.findall(r"[a-z0-9]+", low)
            if not any(words[k] == h[0] and words[k + 1] == h[1] for k in range(len(words) - 1)):
                continue
            nxt = lines[idx + 1].text if idx + 1 < len(lines) and (idx + 1 + 1) not in table_lines else ""
            at = n if _prints_value(ln.text, it.value) else (n + 1 if nxt and _prints_value(nxt, it.value) else None)
            if at is not None and not ctx.is_noise(n) and n not in it.locations:
                it.locations.append(n)


def _prints_value(text: str, value: float) -> bool:
    for m in NUM_RX.finditer(text):
        try:
            if abs(to_number(m.group(0)) - value) < 1e-9:
                return True
        except ValueError:
            continue
    return False


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


def from_tables(ctx, tables, report: Period | None = None) -> list[Indicator]:
    """Items from tables that look like indicator tables (a name column with target, value or RAG columns).

    A table with a column per period (Q1, Q2, … and often a year-to-date column) gives one item per period that
    holds a figure ("-" is not yet reported), and one for the year to date; the RAG and target go with the year to
    date where there is one (it is what they rate), else with the report's own or the latest period. Otherwise one
    item per row, its value from the column chosen by :func:`_value_column`."""
    out: list[Indicator] = []
    for t in tables:
        cols = [str(c or "") for c in getattr(t, "columns", [])]
        if not cols:
            continue
        name_i = next((i for i, c in enumerate(cols) if _NAME_COL.search(c)), None)
        target_i = next((i for i, c in enumerate(cols) if _TARGET_COL.search(c) and not _COMPARATOR_COL.search(c)),
                        None)
        rag_i = next((i for i, c in enumerate(cols) if _RAG_COL.search(c) and not _COMPARATOR_COL.search(c)), None)
        title = getattr(t, "title", "") or ""
        code_i = next((i for i, c in enumerate(cols) if re.search(r"\bcode\b|\bref\b", c, re.I)), None)
        taken = {name_i, target_i, rag_i, code_i}
        periods = _period_columns(cols, taken, title, report)
        ytd_i = next((i for i, c in enumerate(cols) if i not in taken and _YTD_COL.search(c) and
                      not _COMPARATOR_COL.search(c)), None)
        # a year grid (Q1 … Q4 of one year, later quarters blank until reported) reports every quarter; a "last
        # quarter" column beside the current one is a comparator, as is any quarter of an earlier year
        if periods:
            fy = report.fy if report is not None and any(p.fy == report.fy for _, p in periods) else \
                max(p.fy for _, p in periods)
            periods = [(i, p) for i, p in periods if p.fy == fy]
        multi = len(periods) >= 3
        if name_i is None and multi:  # a year grid whose label column has no name
            name_i = 0 if 0 not in taken and not _is_period_header(cols[0]) else None
        if name_i is None or (target_i is None and rag_i is None and not multi):
            continue
        if multi:
            value_i, period = None, None
        else:
            value_i, col_period = _value_column(cols, taken, title, report)
            if col_period is not None and col_period.quarter:
                period = col_period
            else:
                period = report or _table_period([title] + ([cols[value_i]] if value_i is not None else []))
        legend = _rag_legend(ctx, t) if rag_i is not None else {}
        lines = list(getattr(t, "row_lines", []) or [])
        for r, row in enumerate(t.rows):
            cells = list(row) + [None] * (len(cols) - len(row))
            name = str(cells[name_i] or "").strip()
            if not name or _numish(name):
                continue
            if r < len(getattr(t, "row_types", []) or []) and t.row_types[r] != "data" and _bare_total(name):
                continue
            code = str(cells[code_i]).strip() if code_i is not None and cells[code_i] else None
            m = re.match(r"^([A-Z]{2,6}\s?\d{1,4}[a-z]?)\s*[–\-:]?\s+(.+)$", name)
            if code is None and m:
                code, name = m.group(1), m.group(2)
            code = code if code and (_CODE.match(code) or code_i is not None and _COL_CODE.match(code)) else None
            line = lines[r] if r < len(lines) else t.prov.start_line
            target = str(cells[target_i]) if target_i is not None and cells[target_i] is not None else None
            rag = _rag_of(cells[rag_i], legend) if rag_i is not None and cells[rag_i] is not None else None

            def item(per_label, value, tgt, rg, line=line, code=code, name=name):
                return Indicator(prov=Provenance(ctx.doc.sha256, line, line, ctx.doc.page_of(line),
                                                 "indicators.table", 0.6),
                                 code=code, name=name, period=per_label, value=value, target=tgt, rag=rg)

            if not multi:
                value = _num(cells[value_i]) if value_i is not None else None
                out.append(item(period.label if period else None, value, target, rag))
                continue
            filled = [(i, per) for i, per in periods if _num(cells[i]) is not None]
            ytd = _num(cells[ytd_i]) if ytd_i is not None else None
            carrier = None if ytd is not None else _current(filled, report)
            for i, per in filled:
                here = per == carrier
                out.append(item(per.label, _num(cells[i]), target if here else None, rag if here else None))
            if ytd is not None:
                out.append(item(_ytd_label(filled, periods), ytd, target, rag))
            elif carrier is None and (rag or target):
                out.append(item(report.label if report else None, None, target, rag))
    return out


def _is_period_header(c: str) -> bool:
    return bool(_BARE_QUARTER.search(c) or _YTD_COL.search(c))


def _numish(v) -> bool:
    return isinstance(v, (int, float)) or bool(re.fullmatch(r"[-+−]?[\d,.]+%?", str(v).strip()))


_TOTAL_WORDS = re.compile(r"\b(?:grand|sub[- ]?|overall|force|all|totals?)\b|[:()\-–]", re.I)


def _bare_total(label: str) -> bool:
    """A total row that names nothing but the total ("Total", "Force total", "MPS Total"), not a measure whose name
    starts with the word ("Total recorded crime")."""
    return len(_TOTAL_WORDS.sub(" ", label).split()) <= 1


def _period_columns(cols: list[str], taken: set, title: str, report: Period | None) -> list[tuple[int, Period]]:
    """The columns that each hold one quarter's figure (Q1 … Q4, "Quarter 2 2024/25"), in order; not comparators
    (same period last year, previous quarter), not the year to date."""
    fy = report.fy if report else next((p.fy for p in (Period.parse(title),) if p is not None), None)
    out = []
    for i, c in enumerate(cols):
        if i in taken or not c.strip() or _COMPARATOR_COL.search(c) or _YTD_COL.search(c):
            continue
        per = Period.parse(c, default_fy=fy)
        if per is not None and per.quarter and _BARE_QUARTER.search(c):
            out.append((i, per))
    return out if len({p for _, p in out}) == len(out) else []


def _current(filled: list[tuple[int, Period]], report: Period | None) -> Period | None:
    if not filled:
        return None
    if report is not None and any(p == report for _, p in filled):
        return report
    return max((p for _, p in filled), key=lambda p: (p.fy, p.quarter or 0))


def _ytd_label(filled: list[tuple[int, Period]], periods: list[tuple[int, Period]]) -> str:
    """"2025/26 year to date (Q1-Q2)": the year and the quarters the year-to-date column covers."""
    per = (filled or periods)[-1][1]
    first = min(p.quarter for _, p in filled) if filled else 1
    span = f" (Q{first}-Q{per.quarter})" if filled and per.quarter and per.quarter != first else \
        (f" (Q{per.quarter})" if filled and per.quarter else "")
    return f"{per.fy_label} year to date{span}"


_LEGEND = re.compile(r"(?<![A-Za-z])([A-Z])\s*(?:=|:|-|–|means)\s*(?=[A-Za-z(<>≤≥0-9])")
_RAG_LETTER_WORDS = {"R": "Red", "A": "Amber", "G": "Green", "B": "Blue"}


def _rag_legend(ctx, t) -> dict[str, str]:
    """Letters a RAG key under or above the table defines ("G = better than …; A = within 2%; R = worse"): the
    letters are RAG initials, so each maps to its colour word. Empty where no key is printed."""
    try:
        lines = ctx.doc.lines
    except AttributeError:
        return {}
    a, b = t.prov.start_line, t.prov.end_line
    found: dict[str, str] = {}
    for ln in lines[max(0, a - 8):min(len(lines), b + 8)]:
        if a <= ln.number <= b or "=" not in ln.text and ":" not in ln.text:
            continue
        for m in _LEGEND.finditer(ln.text):
            if m.group(1) in _RAG_LETTER_WORDS:
                found[m.group(1)] = _RAG_LETTER_WORDS[m.group(1)]
    return found if len(found) >= 2 else {}


def _rag_of(cell, legend: dict[str, str]) -> str | None:
    text = str(cell).strip()
    if text.upper() in legend:
        return legend[text.upper()]
    return normalise_rag(text)


def _value_column(cols: list[str], taken: set, title: str, report: Period | None) -> tuple[int | None, Period | None]:
    """(index, period) of the column holding the current value, read from the headers: never a comparator column;
    the column of the report's own period, else the latest period column, else an "actual"/"current" column,
    else a year-to-date column."""
    fy = report.fy if report else next((p.fy for p in (Period.parse(title),) if p is not None), None)
    cands = []
    for i, c in enumerate(cols):
        if i in taken or not c.strip() or _COMPARATOR_COL.search(c):
            continue
        per = Period.parse(c, default_fy=fy)
        ytd = bool(_YTD_COL.search(c))
        if per is None and not ytd and not _VALUE_COL.search(c):
            continue
        cands.append((i, c, per, ytd))
    if not cands:
        return None, None
    quarterly = [x for x in cands if not x[3]]
    if report is not None:
        hit = next((x for x in quarterly if x[2] == report), None)
        if hit:
            return hit[0], hit[2]
    dated = [x for x in quarterly if x[2] is not None]
    if dated:
        best = max(dated, key=lambda x: (x[2].fy, x[2].quarter or 0))
        return best[0], best[2]
    # quarters printed without a year ("Q1", "Q2"): the latest one
    bare = [(int(m.group(1)), x) for x in quarterly if (m := _BARE_QUARTER.search(x[1]))]
    if bare:
        return max(bare, key=lambda b: b[0])[1][0], None
    strong = next((x for x in quarterly if _STRONG_VALUE_COL.search(x[1])), None)
    if strong:
        return strong[0], None
    if quarterly:
        return quarterly[0][0], None
    return cands[0][0], None


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
