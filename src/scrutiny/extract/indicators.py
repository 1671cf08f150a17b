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

import bisect
import re
from itertools import accumulate

from ..casefold import fold
from ..indicators.model import Period, normalise_rag
from ..indicators.prose import MEASURE_NOUNS, Reading, Series, read_context, resolve_quarter
from ..indicators.text import NUM, NUM_RX, doc_paragraphs, folds_plainly, has_digit, kept_sentences, to_number
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
_CODE_COL = re.compile(r"\bcode\b|\bref\b", re.I)
_CODE_NAME = re.compile(r"^([A-Z]{2,6}\s?\d{1,4}[a-z]?)\s*[–\-:]?\s+(.+)$")  # "CS1 - Total notifiable offences"
_NUMISH = re.compile(r"[-+−]?[\d,.]+%?")
_BARE_QUARTER = re.compile(r"\b(?:Q|Qtr\.?\s*|Quarter\s*)([1-4])\b", re.I)
_REPORT_PERIOD_LINES = 40


def extract(ctx) -> list[Indicator]:
    """Indicator observations of the document, from prose and from indicator tables."""
    out: list[Indicator] = []
    reading = read_context(ctx)
    for ser in reading.series:
        out.extend(_items_of(ctx, ser))
    taken = {it.prov.start_line for it in out}
    quoted = _quoted_spans(ctx)  # read once: both readers below cover these spans
    out.extend(stated_figures(ctx, reading, taken, quoted))
    clauses = clause_figures(ctx, reading, out, quoted)
    tabled = from_tables(ctx, getattr(ctx, "tables", []) or [], report_period(ctx))
    if tabled:
        _narrative_locations(ctx, tabled)
        seen = {ln for it in tabled for ln in [it.prov.start_line, *it.locations]}
        out = [it for it in out if it.prov.start_line not in seen]
        # a clause restating a table figure (the same value on a line that restates it, or for the same period)
        restated = {(round(it.value, 3), ln) for it in tabled if it.value is not None
                    for ln in [it.prov.start_line, *it.locations]}
        restated_per = {(round(it.value, 3), it.period) for it in tabled if it.value is not None}
        clauses = [c for c in clauses if (round(c.value, 3), c.prov.start_line) not in restated and
                   (round(c.value, 3), c.period) not in restated_per]
    out.extend(clauses)
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
_STATED_KEYWORD = (r"(?:rate|proportion|percentage|satisfaction|confidence|within\s+\d+\s+"
                   r"(?:seconds|minutes|hours|days))")
_STATED_VERB = (rf"(?:was|were|is|are|stood\s+at|(?:had|has|have)\s+{_CHANGE_VERB}(?:\s+from\s+(?:{NUM}){_PCT}?)?\s+to|"
                rf"(?:rose|fell|increased|decreased|improved|dropped|declined)(?:\s+from\s+(?:{NUM}){_PCT}?)?\s+to)")
_STATED = re.compile(
    rf"(?P<name>(?:[\w/'’\-]+\s+){{0,6}}?{_STATED_KEYWORD})\b(?P<mid>[^.;%]{{0,90}}?)\s+{_STATED_VERB}\s+"
    rf"(?P<v>{NUM}){_PCT}(?=(?P<after>[^.;]{{0,120}}))", re.I)
# what every _STATED match holds (its verb's last word, then the figure and "%"): a cheap test before the costly
# pattern, with one of its key words ("rate", "proportion" …, lower-cased: see _stated_cue)
_STATED_CUE = re.compile(rf"\s(?:was|were|is|are|at|to)\s+(?:{NUM}){_PCT}", re.I)
_STATED_WORDS = ("rate", "proportion", "percentage", "satisfaction", "confidence", "within")
_STATED_KEY = re.compile(r"(?:rate|proportion|percentage|satisfaction|confidence|within)", re.I)
# _STATED's name ends at its key word; what follows it there: where a match can be is found from these two
_STATED_KEY_END = re.compile(rf"{_STATED_KEYWORD}\b", re.I)
_STATED_REST = re.compile(rf"[^.;%]{{0,90}}?\s+{_STATED_VERB}\s+(?:{NUM}){_PCT}", re.I)
# "38 per cent of 101 calls had been abandoned", "attended 81.4 per cent of I-graded calls": a share with its verb
_SHARE = re.compile(
    rf"(?:\b(?P<verb>[a-z]+ed)\s+(?:only\s+|some\s+|around\s+|about\s+)?)?(?<![\d.,])(?P<v>{NUM}){_PCT}\s+of\s+"
    r"(?:all\s+|the\s+)?(?P<np>[\w/'’\-]+(?:\s+(?!had\b|have\b|has\b|were\b|was\b|are\b|is\b)[\w/'’\-]+){0,9}?)"
    r"(?=\s*(?:[,.;]|$)|\s+(?:had\s+been|have\s+been|has\s+been|were|was)\s+(?P<verb2>[a-z]+ed)\b)"
    r"(?=(?P<after>[^.;]{0,120}))", re.I)
# what every _SHARE match holds, from its figure on ("38 per cent of "): where a match can be is found from it
_SHARE_CORE = re.compile(rf"(?<![\d.,])(?:{NUM}){_PCT}\s+of\s+", re.I)
# the end of that ("% of ", "cent of "), searched in the lower case (its letters fold plainly): a cheap first test
_SHARE_CUE = re.compile(r"(?:%|cent)\s+of\s")
# "this represented 15% of all incidents" describes a make-up, not a measure
_COMPOSITION = re.compile(r"(?:represented|accounted|comprised|constituted|formed|covered|included|involved|amounted|"
                          r"equated|related|reflected|attributed)$", re.I)
# "Knife crime offences had fallen from 61 to 48 in the nine months to December"
_COUNT_CHANGE_VERB = (r"\s+(?:had\s+|have\s+|has\s+)?(?:risen|fallen|rose|fell|increased|decreased|dropped|reduced)\s+"
                      rf"(?:from\s+(?:{NUM})\s+)?to\s+")
_COUNT_CHANGE_UNIT = (r"(?!\s?%|\s?per\s?cent|\s*(?:minutes?|mins?|seconds?|secs?|hours?|hrs?|days?|weeks?|months?|"
                      r"years?)\b)")
_COUNT_CHANGE = re.compile(
    rf"(?P<name>\b[A-Za-z][\w'’\-]*(?:\s+[\w'’\-]+){{0,5}}?\s+{MEASURE_NOUNS}){_COUNT_CHANGE_VERB}(?P<v>{NUM})\b"
    rf"{_COUNT_CHANGE_UNIT}(?=(?P<after>[^.;]{{0,120}}))")
# _COUNT_CHANGE's name ends at its measure noun; what follows it there: where a match can be is found from these
_COUNT_CHANGE_NOUN = re.compile(MEASURE_NOUNS)
_COUNT_CHANGE_REST = re.compile(rf"{_COUNT_CHANGE_VERB}(?:{NUM})\b{_COUNT_CHANGE_UNIT}")
# what every _COUNT_CHANGE match holds (its verb and "to <figure>"): a cheap test before the costly pattern
_COUNT_CHANGE_CUE = re.compile(rf"\s(?:risen|fallen|rose|fell|increased|decreased|dropped|reduced)\s+"
                               rf"(?:from\s+(?:{NUM})\s+)?to\s+\d")


def _count_change_cue(t: str) -> bool:
    """False when ``_COUNT_CHANGE`` cannot match ``t``: it lacks a change verb followed by "to <figure>"."""
    return ("risen" in t or "fallen" in t or "rose" in t or "fell" in t or "increased" in t or "decreased" in t or
            "dropped" in t or "reduced" in t) and _COUNT_CHANGE_CUE.search(t) is not None


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


def _overlap_test(spans: list[tuple[int, int]]):
    """A function ``(first, last) -> bool``: does any of ``spans`` overlap lines ``first``..``last``? (a bisect on
    the spans sorted by start, with the running maximum of their ends, in place of a scan per paragraph)"""
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    reach: list[int] = []
    for _, b in ordered:
        reach.append(b if not reach or b > reach[-1] else reach[-1])

    def overlaps(first: int, last: int) -> bool:
        k = bisect.bisect_right(starts, last)
        return k > 0 and reach[k - 1] >= first
    return overlaps


def _block_finder(blocks: list):
    """A function ``line -> block``: the last of ``blocks`` (sorted by start line) starting at or before ``line``."""
    starts = [b.start_line for b in blocks]

    def block_at(line: int):
        k = bisect.bisect_right(starts, line)
        return blocks[k - 1] if k else None
    return block_at


def stated_figures(ctx, reading: Reading, taken: set[int], quoted: list[tuple[int, int]] | None = None
                   ) -> list[Indicator]:
    """Rates quoted in minutes, letters and written answers, one item per rate and period (a comparison with an
    earlier year is a second item). ``quoted``: the spans of :func:`_quoted_spans`, when the caller has them."""
    spans = _quoted_spans(ctx) if quoted is None else quoted
    if not spans:
        return []
    block_at = _block_finder(sorted(reading.blocks, key=lambda b: b.start_line))
    in_spans = _overlap_test(spans)
    out: list[Indicator] = []
    for par in doc_paragraphs(ctx):
        lines = par.lines
        if not in_spans(lines[0], lines[-1]) or not has_digit(par.text):
            continue
        block = block_at(lines[0])
        for sen in kept_sentences(par):
            t = sen.text
            matches = []
            if "%" in t or "cent" in t:
                matches = _stated_matches(t) if _stated_cue(t) else []
                if " of " in t and _SHARE_CUE.search(t.lower()):
                    matches += [m for m in _share_matches(t) if (m["verb"] or m["verb2"]) and not
                                _COMPOSITION.match(m["verb"] or "")]
            if " to " in t and _count_change_cue(t):
                matches += _count_change_matches(t)
            if not matches:
                continue
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
                if period is None:
                    pm = _SENT_Q_RX.search(name)
                    per = _resolve_q(int(pm["q"]), None, block.anchor if block else None) if pm else None
                    if per is not None:
                        period, name = per.label, re.sub(r"\s*\b(?:in|during)\s*$", "", name[:pm.start()]) + \
                            name[pm.end():]
                out.append(_stated(ctx, line, name, period, to_number(m["v"])))
                taken.add(line)
                mc = _COMPARED.match(m["after"])
                if mc:
                    earlier = mc["year"] or _year_before(period)
                    if earlier:
                        out.append(_stated(ctx, line, name, earlier, to_number(mc["v"])))
    return out


def _stated_cue(t: str) -> bool:
    """False when ``_STATED`` cannot match ``t``: it lacks a key word or a "was|is|… <figure>%" verb phrase."""
    if folds_plainly(t):
        low = t.lower()
        if not any(w in low for w in _STATED_WORDS):
            return False
    elif not _STATED_KEY.search(t):
        return False
    return _STATED_CUE.search(t) is not None


def _matches_near(rx: re.Pattern, t: str, keys: list[int], back) -> list[re.Match]:
    """``list(rx.finditer(t))``, where every match holds one of the positions ``keys`` and starts no earlier than
    ``back(t, key)``: each search starts where a match can first start. (A search from the start of the text would
    try the costly pattern from each of the many positions where it cannot match.)"""
    out: list[re.Match] = []
    pos = 0
    backs = [back(t, k) for k in keys]  # (each key's, computed once)
    while keys:
        m = rx.search(t, max(pos, min(backs)))
        if m is None:
            break
        out.append(m)
        pos = m.end()
        kept = [j for j, k in enumerate(keys) if k >= pos]
        keys, backs = [keys[j] for j in kept], [backs[j] for j in kept]
    return out


def _clause_t_matches(t: str, low: str, rev: str | None = None) -> list[re.Match]:
    """``list(_CLAUSE_T.finditer(t))`` (``low``: ``t`` lower-cased; ``rev``: that reversed, when the caller has it): a
    match's verb, after a space, is followed by its figure (and the rest of the pattern), and the match begins at
    most six words before it (its subject, "had", "also"). The verbs are found by ``_CLAUSE_T_CUE_REV`` in the
    reversed lower case where it folds plainly (each of its matches there ends at the space before a verb)."""
    if folds_plainly(t):
        verbs = [len(t) - m.end() + 1 for m in _CLAUSE_T_CUE_REV.finditer(low[::-1] if rev is None else rev)]
    else:
        verbs = [m.start() for m in _CLAUSE_T_VERB.finditer(t)]
    return _matches_near(_CLAUSE_T, t, verbs, _words_back)


def _stated_matches(t: str) -> list[re.Match]:
    """``list(_STATED.finditer(t))``: a match's name ends at a key word that the rest of the pattern follows, and
    begins at most six words before it."""
    keys = [k.start() for k in _STATED_KEY_END.finditer(t) if _STATED_REST.match(t, k.end())]
    return _matches_near(_STATED, t, keys, _words_back)


def _share_matches(t: str) -> list[re.Match]:
    """``list(_SHARE.finditer(t))``: a match holds a figure followed by "% of", and begins at it or at most two
    words before it (its verb, and "only", "some" …)."""
    return _matches_near(_SHARE, t, [m.start() for m in _SHARE_CORE.finditer(t)], _verb_back)


def _count_change_matches(t: str) -> list[re.Match]:
    """``list(_COUNT_CHANGE.finditer(t))``: a match's name ends at a measure noun that the rest of the pattern
    follows, and begins at most six words before it."""
    keys = [k.start() for k in _COUNT_CHANGE_NOUN.finditer(t) if _COUNT_CHANGE_REST.match(t, k.end())]
    return _matches_near(_COUNT_CHANGE, t, keys, _words_back)


def _is_az(ch: str) -> bool:
    """``[a-z]`` matched case-insensitively: an ASCII letter, or one that folds to one (dotted and dotless i, long
    s, Kelvin sign)."""
    return ch.isascii() and ch.isalpha() or ch in "\u0130\u0131\u017f\u212a"


def _is_name_char(ch: str) -> bool:
    """``[\\w/'’\\-]``: a character of a word of _STATED's name."""
    return ch.isalnum() or ch in "_/'’-"


def _back_over_words(t: str, k: int, most: int, is_char) -> int:
    """The first position from which up to ``most`` words (runs of characters ``is_char`` accepts), each with the
    spaces after it, run to position ``k`` of ``t``."""
    start = k
    for _ in range(most):
        j = start
        while j > 0 and t[j - 1].isspace():
            j -= 1
        i = j
        while i > 0 and is_char(t[i - 1]):
            i -= 1
        if j == start or i == j:  # no spaces, or no word before them
            break
        start = i
    return start


def _verb_back(t: str, k: int) -> int:
    """Where up to two words before position ``k`` start: ``_SHARE``'s verb and its "only", "some" …"""
    return _back_over_words(t, k, 2, _is_az)


def _words_back(t: str, k: int) -> int:
    """Where up to six words of _STATED's name (``(?:[\\w/'’\\-]+\\s+){0,6}``) before position ``k`` start."""
    return _back_over_words(t, k, 6, _is_name_char)


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
                month = _MONTH_NO[fold(pm["m"])]
                y = str(anchor.year if month <= anchor.month else anchor.year - 1)
            period = f"{pm['m']} {y}".strip()
            break
    if period is None and block is not None and block.period is not None:
        period = block.period.label
    # the qualifier after the name ("… rate to MARAC", "… rate for all crime"), without its period phrase
    qual = _QUAL_PERIOD.split(mid, maxsplit=1)[0].strip(" ,")
    if qual and len(qual.split()) <= 8 and not _QUAL_CLAUSE.search(qual):
        name = f"{name} {qual}"
    if len(name.split()) < 2 and not qual:
        return None, period
    return name[:1].upper() + name[1:], period


_QUAL_PERIOD = re.compile(r"\s+(?:in|for|during|over|across)\s+(?:the\s+)?(?:last|past|previous|twelve|12|six|nine|"
                          r"three|Q[1-4]|quarter|(?:19|20)\d{2}|January|February|March|April|May|June|July|August|"
                          r"September|October|November|December)\b", re.I)
_QUAL_CLAUSE = re.compile(r"\b(?:which|who|that|was|were|is|are)\b")


def _year_before(period: str | None) -> str | None:
    """"twelve months to October 2024" → "twelve months to October 2023"; "2024" → "2023"."""
    if not period or not re.search(r"(?:19|20)\d{2}", period):
        return None
    return re.sub(r"(?:19|20)\d{2}", lambda y: str(int(y.group(0)) - 1), period, count=1)


def _stated(ctx, line: int, name: str, period: str | None, value: float) -> Indicator:
    return Indicator(prov=Provenance(ctx.doc.sha256, line, line, ctx.doc.page_of(line), "indicators.stated", 0.6),
                     code=None, name=name, period=period, value=value, target=None, rag=None)


_FY_PRINTED = re.compile(r"(?:19|20)?\d{2}\s*[/\-–]\s*\d{2}")  # a financial year printed with its quarter


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
        if p is not None and p.quarter and _FY_PRINTED.search(t):
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
    texts = ctx.texts
    # the lines naming a code: those printing one (found by one search of the document for the codes alone, which
    # can skip ahead at C speed: a code cannot run over a line end) where ``rx`` finds it
    printed = re.compile("|".join(re.escape(c) for c in sorted(by_code, key=len, reverse=True)))
    named = [n for n in ctx.grep(printed) if n not in table_lines and not ctx.is_noise(n) and rx.search(texts[n])]
    for k, at in enumerate(named):
        it = by_code[rx.search(texts[at]).group(1)]
        if at not in it.locations:
            it.locations.append(at)
        if it.value is None:
            continue
        # the first line printing its value within six lines below, before the next line naming a code
        stop = min(at + 6, named[k + 1] - 1 if k + 1 < len(named) else at + 6, len(texts) - 1)
        for n in range(at + 1, stop + 1):
            t = texts[n]
            if n in table_lines or ctx.is_noise(n) or not t.strip():
                continue
            if _prints_value(t, it.value):
                it.locations.append(n)
                break


_NAME_STOP = {"the", "of", "a", "an", "and", "in", "to", "for", "by", "on", "with", "per", "number", "total", "all"}


def _head_words(name: str) -> list[str]:
    w = [x for x in _ALNUM_WORD.findall(_PARENS.sub(" ", name.lower())) if x not in _NAME_STOP]
    return w[:2]


_ALNUM_WORD = re.compile(r"[a-z0-9]+")
_PARENS = re.compile(r"\([^)]*\)")


def _named_restatements(ctx, items: list[Indicator]) -> None:
    """A narrative line naming a table row's measure (its first two words) that prints one of the row's figures
    (on the line or the next) is a location of that figure's item."""
    heads = [(it, _head_words(it.name or "")) for it in items if it.value is not None]
    heads = [(it, h) for it, h in heads if len(h) == 2]
    if not heads:
        return
    table_lines = {it.prov.start_line for it in items}
    lines = ctx.doc.lines
    lows = ctx.lows  # lows[idx + 1] is lines[idx] lower-cased
    # only a line holding some measure's first word can name one: those lines, found in the whole lower-cased text
    # (a fast string search per word, going on from the next line after each hit)
    text = "\n".join(lows[1:])
    ends = list(accumulate(len(low) + 1 for low in lows[1:]))  # where each line's text ends (with its "\n")
    found: set[int] = set()
    for w in {h[0] for _, h in heads}:
        at = text.find(w)
        while at >= 0:
            idx = bisect.bisect_right(ends, at)
            found.add(idx)
            at = text.find(w, ends[idx]) if idx < len(ends) else -1
    for idx in sorted(found):
        ln = lines[idx]
        n = ln.number
        if n in table_lines or not _DIGIT.search(ln.text) and idx + 1 < len(lines) and \
                not _DIGIT.search(lines[idx + 1].text):
            continue
        low = lows[idx + 1]
        words = None
        for it, h in heads:
            if h[0] not in low or h[1] not in low:
                continue
            if words is None:
                words = _ALNUM_WORD.findall(low)
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
        code_i = next((i for i, c in enumerate(cols) if _CODE_COL.search(c)), None)
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
            m = _CODE_NAME.match(name)
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
                # a year-to-date column beside the period's only column is a second observation (unrated); beside
                # a run of quarter columns it is their sum, not read
                ytd = _num(cells[ytd_i]) if ytd_i is not None and ytd_i != value_i and value is not None and \
                    len(periods) <= 1 else None
                if ytd is not None and period is not None and period.quarter:
                    span = f" (Q1-Q{period.quarter})" if period.quarter > 1 else " (Q1)"
                    out.append(item(f"{period.fy_label} year to date{span}", ytd, None, None))
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
    return isinstance(v, (int, float)) or bool(_NUMISH.fullmatch(str(v).strip()))


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
        if i in taken or not c.strip() or not _BARE_QUARTER.search(c) or _COMPARATOR_COL.search(c) or \
                _YTD_COL.search(c):
            continue
        per = Period.parse(c, default_fy=fy)
        if per is not None and per.quarter:
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


# ---------------------------------------------------------------------------------------------------------------
# figures stated in clauses: "the force had recruited 214 police officers since April", "there were 122 ward
# officers in June compared with 109 in June 2024", "43 special constables had been recruited since April",
# "Fleet availability was 71.3% in September", "fell from 41 minutes in 2023/24 to 27 minutes in 2024/25",
# "attended 1,412 incidents …, of which 212 were deliberate secondary fires".
#
# Read in minutes, letters, answers and performance reports (as the seed annotations count prose figures), not in
# plans, inspection reports, reviews or responses of government. Each figure needs a period: its own clause's, the
# sentence's or paragraph's, the heading's ("Quarter 2 monitoring") or the report's. Approximate figures ("around",
# "in excess of"), comparison groups, forecasts and survey results are not observations.

_ACT_VERB = (r"recruited|recorded|received|answered|attended|supported|issued|carried\s+out|completed|conducted|"
             r"delivered|arrested|seized|handled|investigated|referred|trained|visited|inspected|installed|charged|"
             r"prosecuted|removed|resolved|logged|processed|served|responded\s+to|helped|assisted|safeguarded|"
             r"dealt\s+with|hired|undertook|undertaken|performed|fitted|screened|assessed|rehoused|diverted|"
             r"contacted|reached|closed|made|held|gave|given|provided|opened|launched|hosted|funded|commissioned")
_NP_STOP = (r"in|on|since|during|between|at|by|against|compared|from|within|over|across|last|this|and|but|which|"
            r"while|whereas|with|for|so|as|after|before|up|down|an?|the|were|was|had|have|has|is|are|of\s+which|"
            r"who|that|than|more|fewer|less|per|each|every")
_NP = rf"(?P<np>[A-Za-z][\w'’\-/]*(?:\s+(?!(?:{_NP_STOP})\b)[\w'’\-/()]+){{0,7}})(?:\s+(?P<inpost>in\s+post))?"
_UNIT = r"(?P<{0}>\s?%|\s?per\s?cent\b|\s+minutes?(?:\s+(?:and\s+)?\d{{1,2}}\s+seconds?)?|\s+seconds?|\s+days?)"
_CLAUSE_T_REST = rf"\s+(?:a\s+total\s+of\s+)?(?P<v>{NUM})(?!\s?%|\s?per\s?cent|[\d/])\s+{_NP}(?=\s*[,.;:]|\s+\w|$)"
_CLAUSE_T = re.compile(
    rf"(?P<subj>\b[\w'’\-]+(?:\s+[\w'’\-]+){{0,3}}?)\s+(?:had\s+|has\s+|have\s+)?(?:also\s+|now\s+)?"
    rf"(?P<verb>{_ACT_VERB}){_CLAUSE_T_REST}", re.I)
# _CLAUSE_T from its verb on: where a match can be is found from it
_CLAUSE_T_VERB = re.compile(rf"(?:{_ACT_VERB})(?={_CLAUSE_T_REST})", re.I)
_CLAUSE_E = re.compile(rf"\bthere\s+(?:were|was|had\s+been|have\s+been|are|is)\s+(?:a\s+total\s+of\s+)?"
                       rf"(?P<v>{NUM})(?!\s?%|\s?per\s?cent|[\d/])\s+{_NP}(?=\s*[,.;:]|\s+\w|$)", re.I)
_MONTH_OR_YEAR = (r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                  r"(?:19|20)\d{2})\b)")
_CLAUSE_P = re.compile(
    rf"(?:^|(?<=[\s,;:(]))(?P<v>{NUM})(?!\s?%|\s?per\s?cent|[\d/,])\s+{_MONTH_OR_YEAR}{_NP}\s+(?:had\s+been|have\s+been|has\s+been|"
    rf"were|was|are|is|(?P<active>had|have|has))\s+(?P<verb>(?:{_ACT_VERB}|injured|hurt|killed|abandoned|excluded|detained|cautioned|"
    rf"convicted|identified|reported|housed|placed|employed)\b(?(active)(?P<obj>(?:\s+(?!(?:{_NP_STOP})\b)[\w'’\-]+){{1,6}})|)|in\s+(?!the\s+(?:quarter|year|month))[a-z][\w\- ]{{2,40}}?"
    rf"(?=\s+(?:at|in|on|since|during|by|against|compared)\b|[,.;]|$))")
# what every _CLAUSE_T match holds (its verb then its figure): a cheap test before the costly pattern
_CLAUSE_T_CUE = re.compile(rf"\s(?:{_ACT_VERB})\s+(?:a\s+total\s+of\s+)?\d", re.I)
_CLAUSE_T_CUE_LOW = re.compile(rf"\s(?:{_ACT_VERB})\s+(?:a\s+total\s+of\s+)?\d")  # the same, on lower-cased text
# _CLAUSE_T_CUE_LOW read backwards: it matches a lower-cased text reversed just where that matches the text, and,
# led by the figure's digit, is searched much faster
_CLAUSE_T_CUE_REV = re.compile(r"\d\s+(?:fo\s+latot\s+a\s+)?(?:" + "|".join(
    r"\s+".join(word[::-1] for word in reversed(verb.split(r"\s+"))) for verb in _ACT_VERB.split("|")) + r")\s")
# what every _CLAUSE_P match holds (its auxiliary, then its verb or "in "): a cheap test before the costly pattern
_CLAUSE_P_CUE = re.compile(
    rf"\s(?:were|was|are|is|been|had|have|has)\s+(?:(?:{_ACT_VERB}|injured|hurt|killed|abandoned|excluded|detained|"
    rf"cautioned|convicted|identified|reported|housed|placed|employed)\b|in\s)")
# _CLAUSE_C's verb and figure read backwards (led by the figure's digit, fast): what every match holds, searched in
# the reversed lower case of a text that folds plainly
_CLAUSE_C_REV = re.compile(r"\d\s+(?:saw|erew|si|era|ta\s+doots)\s")
_CLAUSE_C = re.compile(rf"\s(?:was|were|is|are|stood\s+at)\s+(?P<v>{NUM}){_UNIT.format('u')}", re.I)
_CLAUSE_R = re.compile(
    rf"\b(?:had\s+|has\s+|have\s+)?(?:risen|fallen|rose|fell|increased|decreased|dropped|reduced|improved|declined|"
    rf"grown|grew|gone\s+(?:up|down)|went\s+(?:up|down))\s+"
    rf"(?:from\s+(?P<a>{NUM})(?:{_UNIT.format('ua')}|\s+[a-z]+)?(?:\s+(?P<pa>in\s+[^,;]{{2,30}}?|a\s+year\s+earlier))?"
    rf"|by\s+(?:{NUM}){_UNIT.format('uc')}?(?P<pc>[^,;]{{0,40}}?),?|(?=\s*to\s))"
    rf"\s+to\s+(?P<b>{NUM})(?:{_UNIT.format('ub')}|\s+[a-z]+)?(?P<pb>\s+in\s+[^,;.]{{2,30}}?(?=[,;.]|\s+and\b|$))?", re.I)
# the verbs of _CLAUSE_R (lower-cased): a text holding none of them has no match
_CLAUSE_R_VERBS = ("risen", "fallen", "rose", "fell", "increased", "decreased", "dropped", "reduced", "improved",
                   "declined", "grown", "grew", "gone", "went")
_CLAUSE_R_VERB = re.compile("|".join(_CLAUSE_R_VERBS))  # one of them, searched at once
_OF_WHICH = re.compile(rf"^\s*,?\s*of\s+which\s+(?P<v>{NUM})(?!\s?%)\s+(?P<verb>were|was|are|related\s+to|involved)\s+"
                       rf"(?P<rest>[^,.;]+?)(?=\s+and\s+\d|[,.;]|$)", re.I)
_AND_PART = re.compile(rf"^\s+and\s+(?P<v>{NUM})(?!\s?%)\s+(?P<verb>were|was|related\s+to)\s+(?P<rest>[^,.;]+?)(?=[,.;]|$)",
                       re.I)
_COMPARE = re.compile(rf"^[^.;]{{0,40}}?(?:compared\s+(?:with|to)|(?:down|up)\s+from|from)\s+(?P<v>{NUM})"
                      rf"(?P<u>\s?%|\s?per\s?cent)?(?:\s+[a-z]+)?\s+(?P<p>in\s+(?:the\s+same\s+(?:quarter|month|period)\s+"
                      rf"(?:last|the\s+previous)\s+year|[^,;.]{{2,30}}?(?=[,;.]|\s+and\b|$))|a\s+year\s+(?:earlier|"
                      rf"before|ago)|(?:the\s+)?(?:same\s+(?:quarter|month|period)\s+)?(?:last|the\s+previous)\s+year)", re.I)
_APPROX = re.compile(r"(?:approximately|around|about|almost|nearly|roughly|some|over|more\s+than|fewer\s+than|"
                     r"less\s+than|in\s+excess\s+of|up\s+to|at\s+least|an\s+estimated|c\.|circa)\s*$", re.I)
_NOT_MEASURE = re.compile(r"\b(?:national|nationally|london[- ]wide|england|average\s+for|matched|peer|similar\s+forces|"
                          r"forecast|projected|predicted|expected|budget|overspend|underspend|savings?|respondents|"
                          r"surveyed|consultation|increase|decrease|rise|fall|change|reduction|difference|target|"
                          r"standard|plan|ambition|aim|cost|£)\b", re.I)
_CLAUSE_SUBJ_BAD = re.compile(r"\b(?:which|who|that|it|this|these|those|one|each|caller|person)$", re.I)
_HEADING = re.compile(r"^\s*(?:(?:Item\s+|Minute\s+|Min\.?\s*)?\d{1,3}(?:[./]\d{1,3})?[.)]?\s+\S|[A-Z][A-Z0-9 ,'’&:\-–]{6,}$|"
                      r"[A-Z][^.]{2,80}$)")
_P_ON_DATE = re.compile(r"\b[Oo]n\s+(?P<d>\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|"
                        r"October|November|December)(?:\s+(?:19|20)\d{2})?)")
_P_END_OF = re.compile(r"\b(?:at\s+)?the\s+end\s+of\s+(?P<m>January|February|March|April|May|June|July|August|"
                       r"September|October|November|December)(?:\s+(?P<y>(?:19|20)\d{2}))?")
_P_SINCE = re.compile(r"\bsince\s+(?P<m>January|February|March|April|May|June|July|August|September|October|"
                      r"November|December)(?:\s+(?P<y>(?:19|20)\d{2}))?\b")
_P_BETWEEN = re.compile(r"\bbetween\s+(?P<a>January|February|March|April|May|June|July|August|September|October|"
                        r"November|December)\s+(?:and|to)\s+(?P<b>January|February|March|April|May|June|July|August|"
                        r"September|October|November|December)\s+(?P<y>(?:19|20)\d{2})")
_P_FIRST = re.compile(r"\bfirst\s+(?P<n>half|six|6|nine|9|three|3)\s*(?:months\s+)?of\s+the\s+(?:financial\s+)?year", re.I)
_P_THE_Q = re.compile(r"\b(?:in|during|over)\s+the\s+(?:quarter|period)\b|\bthis\s+quarter\b", re.I)
_P_THE_Y = re.compile(r"\b(?:in|during|over)\s+the\s+(?:financial\s+)?year\b|\bthis\s+year\b", re.I)
_MONTH_NAMES = [m.capitalize() for m in _MONTH_NO]
_MONTH_NAME = re.compile("|".join(_MONTH_NAMES))  # a month's name anywhere (in capitals, as printed)
_CLAUSE_SCOPE = re.compile(r"\bminutes?\b|\bnotes\s+of\b|performance|scorecard|monitoring|dashboard", re.I)
_CLAUSE_NOT = re.compile(r"\bplan\b(?!\s+scorecard)|inspection|review|government\s+response|strategy", re.I)


# (patterns of the figures' names and tails, read per match)
_BIG_FIGURE = re.compile(r"\d[\d,]*\.\d|\d,\d{3}|\d{4,}")
_NAME_PERIOD = re.compile(r"\s+(?:in|for|during)\s+(?:the\s+)?(?:Q[1-4]|quarter|(?:19|20)\d{2}|January|February|March|"
                          r"April|May|June|July|August|September|October|November|December)\b", re.I)
_ONE_WORD_MEASURE = re.compile(r"availability|satisfaction|confidence|rate|completions", re.I)
_NAME_NOT_C = re.compile(r"\d{2,}|\b(?:it|this|that|which)\b", re.I)
_UNIT_WORD = re.compile(r"(?:per|times?|years?|months?|weeks?|days?|hours?|minutes?|seconds?|%)\b", re.I)
_LEAD_FIGURE = re.compile(r"^[\d.]+\s+")
_FOR_A = re.compile(r"\bfor\s+(?:a|the)\b")
_CLAUSE_LEAD = re.compile(r"^[^,.;]{0,60}")
_ED_WORD = re.compile(r"[a-z]+ed\b")
_CLAUSE_END = re.compile(r"[,;]|\s+(?:compared|and|against|but|while|whereas)\s", re.I)
_CLAUSE_START = re.compile(r"[,;:]|\b(?:that|and|but|while|whereas)\s", re.I)
_COMPARE_CUT = re.compile(r",?\s+(?:compared\s+(?:with|to)|(?:(?:down|up)\s+)?from|against)\b", re.I)
_OF_BEFORE = re.compile(r"\b(?:of|to|on|from|than|per)\s*$", re.I)


def _clause_spans(ctx, quoted: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Line spans where prose figures are observations: minutes, letters, answers, performance reports, and parts
    whose opening lines call them minutes, notes, performance or monitoring reports or scorecards (a PCC's own
    response or letter counts as a letter)."""
    spans = list(_quoted_spans(ctx) if quoted is None else quoted)
    lines = ctx.doc.lines
    for p in ctx.parts:
        if p.kind == "performance_report":
            spans.append((p.prov.start_line, p.prov.end_line))
            continue
        if p.kind in _QUOTED_SCOPE or p.kind in ("plan", "agenda", "transcript"):
            if p.kind != "plan":
                continue
        head = " ".join(ln.text for ln in lines[p.prov.start_line - 1:p.prov.start_line + 5])
        # cheap word tests on the lower case first, where it folds plainly (else each pattern is searched)
        low = head.lower() if folds_plainly(head) else None
        if _has_clause_scope(head, low) and (not _has_clause_not(head, low) or (
                _SCORECARD_OR_PERFORMANCE.search(head) if low is None else "scorecard" in low or "performance" in low)):
            spans.append((p.prov.start_line, p.prov.end_line))
        elif p.kind == "report" and (_COMMISSIONER.search(head) if low is None else "commissioner" in low) and \
                (low is None or "response" in low) and _RESPONSE.search(head) and \
                not (_GOVERNMENT.search(head) if low is None else "government" in low):
            spans.append((p.prov.start_line, p.prov.end_line))
    return spans


_SCORECARD_OR_PERFORMANCE = re.compile(r"scorecard|performance", re.I)
_COMMISSIONER = re.compile(r"commissioner", re.I)
_RESPONSE = re.compile(r"\bresponse\b", re.I)
_GOVERNMENT = re.compile(r"government", re.I)


def _has_clause_scope(head: str, low: str | None) -> bool:
    """Whether ``_CLAUSE_SCOPE`` matches ``head`` (``low``: its lower case where that folds plainly, else None)."""
    if low is not None and not ("minute" in low or "notes" in low or "performance" in low or "scorecard" in low or
                                "monitoring" in low or "dashboard" in low):
        return False
    return _CLAUSE_SCOPE.search(head) is not None


def _has_clause_not(head: str, low: str | None) -> bool:
    """Whether ``_CLAUSE_NOT`` matches ``head`` (``low`` as for :func:`_has_clause_scope`)."""
    if low is not None and not ("plan" in low or "inspection" in low or "review" in low or "government" in low or
                                "strategy" in low):
        return False
    return _CLAUSE_NOT.search(head) is not None


def _heading_periods(ctx, report: Period | None, anchor_of) -> dict[int, Period | None]:
    """For each heading line, the period it names ("23/25 PERFORMANCE UPDATE - QUARTER 1 2025/26", "Quarter 2
    monitoring"), else None."""
    out: dict[int, Period | None] = {}
    lines = ctx.doc.lines
    texts = ctx.texts  # texts[i + 1] is lines[i]'s text
    # a heading has a blank line (or the end: read as a blank line) after it, or is in capitals: only those lines
    # are tried
    stand_alone = [i for i, (t, nxt) in enumerate(zip(texts[1:], texts[2:] + [""])) if not nxt or nxt.isspace() or
                   t.isupper()]
    for i in stand_alone:
        ln = lines[i]
        t = ln.text.strip()
        # (every heading must match _HEADING, whether or not the line above it is blank)
        if not t or len(t) > 110 or t.endswith((".", ",", ";")) or "|" in t or "\t" in t or not _HEADING.match(t):
            continue
        per = None
        m = _BARE_QUARTER.search(t) if "Q" in t or "q" in t else None
        if m:
            p = Period.parse(t)
            if p is not None and p.quarter and _FY_PRINTED.search(t):
                per = p
            else:
                per = resolve_quarter(int(m.group(1)), anchor_of(ln.number), report.fy if report else None)
        out[ln.number] = per
    return out


_DOC_FY = re.compile(r"\b((?:19|20)\d{2})\s*[/\-–]\s*(\d{2})\b")


def _doc_year(ctx) -> Period | None:
    for ln in ctx.doc.lines[:8]:
        m = _DOC_FY.search(ln.text)
        if m and int(m.group(2)) == (int(m.group(1)) + 1) % 100:
            return Period(int(m.group(1)))
    return None


def _resolve_q(q: int, ctxper: Period | None, anchor) -> Period | None:
    if ctxper is not None and ctxper.quarter:
        return Period(ctxper.fy if q <= ctxper.quarter else ctxper.fy - 1, q)
    if anchor is not None:
        return resolve_quarter(q, anchor)
    return Period(ctxper.fy, q) if ctxper is not None else None


def _month_year(month: str, year: str | None, anchor) -> str:
    if year:
        return f"{month} {year}"
    if anchor is None:
        return month
    mo = _MONTH_NO[fold(month)]
    return f"{month} {anchor.year if mo <= anchor.month else anchor.year - 1}"


def _clause_period(text: str, ctxper: Period | None, anchor) -> str | None:
    """The period a clause names, or None."""
    # cheap tests first: each pattern below is tried only when the text holds a word it needs
    plain = folds_plainly(text)
    low = text.lower() if plain else ""
    before_month = _before_months(text)  # the month-led patterns each need their word before a month's name
    month = before_month is not None
    first = not plain or "first" in low
    quarter = not plain or "q" in low
    if not (month or first or quarter or "months" in text or "/" in text):
        if ctxper is None or (plain and "period" not in low and "year" not in low):
            return None
    m = _P_MONTHS_TO.search(text) if "months" in text else None
    if m:
        label = m.group(0)
        return label if m["y"] else _month_year(label, None, None) if anchor is None else \
            f"{label} {anchor.year if _MONTH_NO.get(fold(m['m']), 13) <= anchor.month else anchor.year - 1}"
    m = _P_ON_DATE.search(text) if month and "on" in before_month else None
    if m:
        d = m["d"]
        return d if _YEAR_END.search(d) else f"{d} {anchor.year}" if anchor else d
    m = _P_END_OF.search(text) if month and "of" in before_month else None
    if m:
        return "end of " + _month_year(m["m"], m["y"], anchor)
    m = _P_BETWEEN.search(text) if month and "between" in before_month else None
    if m:
        return f"{m['a']} to {m['b']} {m['y']}"
    m = _P_FIRST.search(text) if first else None
    if m:
        fy = ctxper.fy if ctxper is not None else (anchor.year if anchor and anchor.month >= 4 else
                                                     anchor.year - 1 if anchor else None)
        if fy is not None:
            n = {"half": 6, "six": 6, "6": 6, "nine": 9, "9": 9, "three": 3, "3": 3}[fold(m["n"])]
            last = _MONTH_NAMES[(3 + n - 1) % 12]
            span = f"April to {last} {fy if n <= 9 else fy + 1}"
            return f"H1 {Period(fy).fy_label} ({span})" if n == 6 else span
    m = _SENT_Q_RX.search(text) if quarter and (not plain or _SENT_Q_LOW.search(low)) else None
    if m:
        p = Period.parse(m.group(0)) if m["fy"] else None
        p = p if p is not None and p.quarter else _resolve_q(int(m["q"]), ctxper, anchor)
        return p.label if p else None
    m = _P_FY.search(text) if "/" in text and _FY_SLASH.search(text) else None
    if m:
        return m.group(1).replace(" ", "")
    m = _P_MONTH.search(text) if month and "in" in before_month else None
    if m:
        return _month_year(m["m"], m["y"], anchor)
    m = _P_SINCE.search(text) if month and "since" in before_month else None
    if m:
        if ctxper is not None:
            return ctxper.label
        if anchor is not None:
            end = _MONTH_NAMES[(anchor.month - 2) % 12]
            return f"{m['m']} to {end} {anchor.year if anchor.month > 1 else anchor.year - 1}"
    if ctxper is not None and ((not plain or "quarter" in low or "period" in low) and _P_THE_Q.search(text) and
                               ctxper.quarter or (not plain or "year" in low) and _P_THE_Y.search(text)):
        return ctxper.label
    return None


# the words printed before a month's name that the month-led patterns need, by their last letter, with their cues
_BEFORE_MONTH_WORDS = {"f": (("of", "of"),), "n": (("between", "between"), ("in", "in"), ("In", "in")),
                       "e": (("since", "since"),)}


def _before_months(text: str) -> set[str] | None:
    """None when ``text`` names no month; else what is printed just before its months' names, after a space: "on"
    (a day after "on": "on 12 June"), "of" ("the end of June"), "between", "in" ("in June", "In June") or "since"."""
    if not ("uary" in text or "March" in text or "April" in text or "May" in text or "June" in text or
            "July" in text or "August" in text or "tember" in text or "October" in text or "vember" in text or
            "cember" in text):  # (a part of each month's name: a faster test than the search)
        return None
    m = _MONTH_NAME.search(text)
    if m is None:
        return None
    out: set[str] = set()
    for m in _MONTH_NAME.finditer(text, m.start()):
        j = m.start()
        if not text[j - 1:j].isspace():
            continue
        while j > 0 and text[j - 1].isspace():
            j -= 1
        if text[j - 1:j].isdecimal():  # a day: the word before its figures
            i = j - 1
            while i > 0 and text[i - 1].isdecimal():
                i -= 1
            if text[i - 1:i].isspace():
                while i > 0 and text[i - 1].isspace():
                    i -= 1
                if text.endswith("on", 0, i) or text.endswith("On", 0, i):
                    out.add("on")
        last = text[j - 1:j]  # each word below ends with its letter: test those words only
        for word, cue in _BEFORE_MONTH_WORDS.get(last, ()):
            if text.endswith(word, 0, j):
                out.add(cue)
    return out


_AGAINST_TARGET = re.compile(rf"against\s+(?:a|an|the|its)\s+(?:[a-z]+\s+)?(?P<w>target|establishment|plan)\s+of\s+"
                             rf"(?P<t>(?:no\s+more\s+than\s+|no\s+less\s+than\s+|at\s+least\s+)?(?:{NUM})%?)")


def _before_comparison(text: str, low: str) -> str:
    """``_COMPARE_CUT.split(text)[0]``: the text before a comparison ("compared with", "from", "against")."""
    if not folds_plainly(text):
        m = _COMPARE_CUT.search(text)
        return text[:m.start()] if m else text
    if "compared" not in low and "from" not in low and "against" not in low:
        return text
    # a match starts at most a comma, spaces, "down"/"up" and spaces before its word: the search starts there
    at = min(k for k in (low.find("compared"), low.find("from"), low.find("against")) if k >= 0)
    while at > 0 and text[at - 1].isspace():
        at -= 1
    while at > 0 and text[at - 1].isascii() and text[at - 1].isalpha():
        at -= 1
    while at > 0 and text[at - 1].isspace():
        at -= 1
    if at > 0 and text[at - 1] == ",":
        at -= 1
    m = _COMPARE_CUT.search(text, at)
    return text[:m.start()] if m else text


_P_FY = re.compile(r"\b(?:in|during|for)\s+((?:19|20)\d{2}\s*/\s*\d{2})\b", re.I)
_YEAR_END = re.compile(r"\d{4}$")
_FY_SLASH = re.compile(r"(?:19|20)\d{2}\s*/\s*\d{2}")  # what every _P_FY match holds


_SENT_Q_RX = re.compile(r"\b(?:Q|quarter\s*)(?P<q>[1-4])\b(?:\s*\(?(?P<fy>(?:20)?\d{2}\s*[/\-–]\s*\d{2,4})\)?)?", re.I)
# what every _SENT_Q_RX match holds, in the lower case ("q" led, the word boundary before it checked just after it)
_SENT_Q_LOW = re.compile(r"q(?<=\bq)(?:uarter\s*)?[1-4]\b")


def _earlier(period: str | None, phrase: str, ctxper: Period | None, anchor) -> str | None:
    """The period of a comparison figure: its own ("in Quarter 1", "in June 2024", "in 2023/24") or a year before
    the main figure's ("a year earlier", "in the same quarter last year")."""
    if re.search(r"year\s+(?:earlier|before|ago)|last\s+year|previous\s+year", phrase, re.I):
        if not period:
            return None
        p = Period.parse(period)
        if p is not None and re.fullmatch(r"Q[1-4] \d{4}/\d{2}|\d{4}/\d{2}", period):
            return Period(p.fy - 1, p.quarter).label
        return _year_before(period)
    return _clause_period(phrase, ctxper, anchor)


def _value(v: str, unit: str | None) -> float:
    x = to_number(v)
    if unit and "second" in unit and "minute" in unit:
        s = re.search(r"(\d{1,2})\s+seconds?", unit)
        x = round(x + int(s.group(1)) / 60, 1) if s else x
    return x


def _subject_name(before: str) -> str:
    """The subject words ending ``before``, cut at the clause start: "… weaker; the average time to answer a 101
    call" → "average time to answer a 101 call"."""
    t = _CLAUSE_CUT.split(before)[-1]
    t = _LEAD_DETERMINER.sub("", t.strip())
    t = _LEAD_NUMBER_OF.sub("", t)
    return t.strip()


_CLAUSE_CUT = re.compile(r"[.;:,(]\s*|\b(?:that|and|but|while|whereas|said|reported|noted|confirmed|explained)\s+")
_LEAD_DETERMINER = re.compile(r"^(?:the|a|an|our|its|their)\s+", re.I)
_LEAD_NUMBER_OF = re.compile(r"^(?:total\s+)?number\s+of\s+", re.I)
_SPACES = re.compile(r"\s+")


def _cap(name: str) -> str:
    name = _SPACES.sub(" ", name).strip(" ,")
    return name[:1].upper() + name[1:]


def clause_figures(ctx, reading: Reading, existing: list[Indicator], quoted: list[tuple[int, int]] | None = None
                   ) -> list[Indicator]:
    """Counts, shares and times stated in clauses with their verbs, one item per (measure, period), a comparison
    with its own period and an "of which" part being items of their own. ``quoted``: the spans of
    :func:`_quoted_spans`, when the caller has them."""
    spans = _clause_spans(ctx, quoted)
    if not spans:
        return []
    report = report_period(ctx) or _doc_year(ctx)
    block_at = _block_finder(sorted(reading.blocks, key=lambda b: b.start_line))

    def anchor_of(line):
        b = block_at(line)
        return b.anchor if b is not None else None

    heads = _heading_periods(ctx, report, anchor_of)
    head_lines = sorted(heads)
    have = {(round(it.value, 3), it.prov.start_line) for it in existing if it.value is not None}
    block_lines = {ln for ser in reading.series for f in ser.findings.values() for ln in f.lines}
    out: list[Indicator] = []

    def add(line, name, period, value, target=None):
        if not name or period is None or value is None:
            return
        key = (round(value, 3), line)
        if key in have or any((round(value, 3), line + d) in have for d in (-1, 1)):
            return
        have.add(key)
        out.append(Indicator(prov=Provenance(ctx.doc.sha256, line, line, ctx.doc.page_of(line), "indicators.clause",
                                             0.55), code=None, name=_cap(name), period=period, value=value,
                             target=target, rag=None))

    in_spans = _overlap_test(spans)
    for par in doc_paragraphs(ctx):
        lines = par.lines
        first = lines[0]
        if not in_spans(first, lines[-1]) or not has_digit(par.text):
            continue
        if not block_lines.isdisjoint(lines) or "|" in par.text or "\t" in par.text:
            continue
        k = bisect.bisect_right(head_lines, first) - 1
        ctxper = heads[head_lines[k]] if k >= 0 and head_lines[k] != first else None
        if k >= 0 and head_lines[k] == first:
            continue  # the heading itself
        ctxper = ctxper or report
        anchor = anchor_of(first)
        carried = None
        for sen in kept_sentences(par):
            t = sen.text
            if not has_digit(t):
                continue
            low = t.lower()
            plain = folds_plainly(t)
            own = _clause_period(_before_comparison(t, low), ctxper, anchor)
            sper = carried or (ctxper.label if ctxper is not None else None)  # an earlier sentence's, the heading's
            carried = own or carried
            target = None
            mt = _AGAINST_TARGET.search(t) if "against" in t else None
            if mt:
                target = mt["t"] if mt["w"] == "target" else f"{mt['w']} of {mt['t']}"
            found: list[tuple[int, int]] = []

            def free(m):
                a, b = m.span("v")
                if any(x < b and a < y for x, y in found):
                    return False
                found.append((a, b))
                return not _APPROX.search(t[max(0, a - 20):a]) and not _OF_BEFORE.search(t[max(0, a - 6):a])

            def period_after(m):
                """The period of the figure's own clause: after it, else before it in the clause, else the context's."""
                raw = t[m.end():m.end() + 90]
                tail = _CLAUSE_END.split(_P_BETWEEN.sub(lambda x: x.group(0).replace(" and ", " to "), raw))[0]
                head = _CLAUSE_START.split(t[:m.start("v")])[-1]
                return _clause_period(tail, ctxper, anchor) or _clause_period(head, ctxper, anchor) or sper

            # changes "from X (in P1) to Y (in P2)", "fallen by 6.3% in P to Y"
            for m in (_CLAUSE_R.finditer(t) if " to " in t and (not plain or _CLAUSE_R_VERB.search(low)) else []):
                name = _subject_name(t[:m.start()])
                if not name or len(name.split()) > 14 or _NOT_MEASURE.search(name) or _BIG_FIGURE.search(name):
                    continue
                a, b = m.span("b")
                found.append((a, b))
                pb = _clause_period(m["pb"] or "", ctxper, anchor) or \
                    (_clause_period(m["pc"] or "", ctxper, anchor) if m["pc"] else None) or sper
                unit_b = m["ub"] or m["ua"] or m["uc"]
                add(sen.line_at(m.start("b")), name, pb, _value(m["b"], unit_b), target)
                if m["a"] and m["pa"]:
                    found.append(m.span("a"))
                    add(sen.line_at(m.start("a")), name, _earlier(pb, m["pa"], ctxper, anchor), _value(m["a"], m["ua"]))
            matches = []
            rev = None  # the lower case reversed, where it folds plainly: read by the verb cues (once)
            if "ed " in low or " made" in low or " held" in low or " gave" in low or " given" in low or \
                    " undertook" in low or " dealt" in low:
                if plain:
                    rev = low[::-1]
                if _CLAUSE_T_CUE_REV.search(rev) if plain else _CLAUSE_T_CUE.search(t):
                    matches += [("T", m) for m in _clause_t_matches(t, low, rev)]
            if "there" in low:
                matches += [("E", m) for m in _CLAUSE_E.finditer(t)]
            matches += [("P", m) for m in _CLAUSE_P.finditer(t)] if _CLAUSE_P_CUE.search(t) else []
            matches += [("C", m) for m in _CLAUSE_C.finditer(t)] if ("%" in t or "cent" in low or "minute" in low) \
                and (not plain or _CLAUSE_C_REV.search(low[::-1] if rev is None else rev)) else []
            if len(matches) > 1:
                matches.sort(key=lambda x: x[1].start("v"))
            for kind, m in matches:
                if not free(m):
                    continue
                if kind == "C":
                    name = _subject_name(t[:m.start()])
                    name = _NAME_PERIOD.split(name, maxsplit=1)[0]
                    if not name or len(name.split()) > 10 or len(name.split()) < 2 and not \
                            _ONE_WORD_MEASURE.search(name):
                        continue
                    if _NOT_MEASURE.search(name) or _NAME_NOT_C.search(name):
                        continue
                    value = _value(m["v"], m["u"])
                    per = period_after(m)
                    line = sen.line_at(m.start("v"))
                    add(line, name, per, value, target)
                    np, pper = name, per
                else:
                    np = m["np"] + (" in post" if m["inpost"] else "")
                    if _NOT_MEASURE.search(np) or _UNIT_WORD.match(np):
                        continue
                    if kind == "T":
                        subj = _LEAD_FIGURE.sub("", _subject_name(m["subj"]))
                        if _CLAUSE_SUBJ_BAD.search(m["subj"].strip()):
                            continue
                        verb = _SPACES.sub(" ", m["verb"].lower())
                        name = f"{np} {verb}"
                        if subj and not _DIGIT.search(subj) and len(subj.split()) <= 3 and subj.lower() not in ("i", "we", "they", "he", "she",
                                                                                   "had", "have", "has"):
                            name += f" by the {subj}" if not subj[:1].isupper() or subj.split()[0] in (
                                "Fire", "Police", "Service", "Contact") else f" by {subj}"
                    elif kind == "P":
                        name = f"{np} {m['verb']}{m['obj'] or ''}"
                    else:
                        name = np
                    if len(np.split()) > 9 or _NOT_MEASURE.search(name):
                        continue
                    pper = period_after(m)
                    line = sen.line_at(m.start("v"))
                    add(line, name, pper, to_number(m["v"]), target)
                    value = to_number(m["v"])
                # a comparison figure with its own period, and "of which" parts
                tail = t[m.end():]
                mc = _COMPARE.match(tail)
                if mc and not _NOT_MEASURE.search(tail[:mc.start("v")]) and not _FOR_A.search(
                        tail[mc.end():mc.end() + 12]):
                    found.append((m.end() + mc.start("v"), m.end() + mc.end("v")))
                    add(sen.line_at(m.end() + mc.start("v")), np if kind != "T" else name,
                        _earlier(pper, mc["p"], ctxper, anchor), _value(mc["v"], mc["u"]))
                pos = m.end()
                mw = _OF_WHICH.match(t[pos:]) or _OF_WHICH.match(_CLAUSE_LEAD.sub("", t[pos:]))
                if mw:
                    off = pos + (0 if _OF_WHICH.match(t[pos:]) else len(t[pos:]) - len(
                        _CLAUSE_LEAD.sub("", t[pos:])))
                    for part in (mw, _AND_PART.match(t[off + mw.end():])):
                        if part is None:
                            continue
                        rest, verb = part["rest"].strip(), part["verb"].lower()
                        pname = rest if verb in ("were", "was", "are") and not _ED_WORD.match(rest) else \
                            f"{np} {verb if verb not in ('were', 'was', 'are') else ''} {rest}"
                        start = off + part.start("v") if part is mw else off + mw.end() + part.start("v")
                        found.append((start, start + len(part["v"])))
                        add(sen.line_at(start), pname, pper, to_number(part["v"]))
    return out
