"""Figure checks: recompute the totals, rates and changes a document states from its own numbers.

Kinds (``checks`` of the contract): ``table_total`` (a table's total or subtotal row against its rows),
``stated_rate`` (a percentage or share against the counts it is a share of, a fraction in words against its
percentage, a figure claimed to be within a band), ``stated_change`` (a percentage change against the two
figures). Two additive kinds: ``stated_total`` (a total in the text against its stated parts: a year to date
against its quarters, a quarter against its months) and ``stated_rag`` (a printed RAG rating against the
document's own figures).

A stated figure agrees when the computed one, rounded *or truncated* to the stated precision, gives it back
(documents truncate as often as they round). A truncation-only agreement is reported as a disagreement only when
the same paragraph or table shows that it rounds (another figure there agrees only when rounded). Qualifiers
("almost", "over", "around") loosen the comparison in their direction.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .indicators.model import Period
from .indicators.prose import (BAND, VAL_RATE, Reading, Series, name_key, read_context, similarity)
from .indicators.text import NUM, PCT_UNIT, Paragraph, Sentence, decimals, doc_paragraphs, sentences, to_number
from .records import Check, Provenance

P = rf"(?:[+\-−]\s?)?(?:{NUM}){PCT_UNIT}"
_NOT_PCT = r"(?!\s?%|\s?per\s?cent|\s?percent|\d)"
_UP = {"increase", "rise", "up", "increased", "rose", "grew", "growth", "higher", "more"}
_DOWN = {"decrease", "reduction", "fall", "drop", "decline", "down", "decreased", "fell", "reduced", "dropped",
         "declined", "lower", "fewer", "less"}
_DIRW = r"(?P<dir>increase|rise|decrease|reduction|fall|drop|decline)"

CHANGE_PATTERNS = [
    # "13,143, an increase of 4.5% from 12,573"
    re.compile(rf"(?P<b>{NUM}){_NOT_PCT}(?:\s+[a-z]+){{0,3}},?\s+(?:an?\s+)?{_DIRW}\s+of\s+(?P<p>{P})\s+"
               rf"(?:from|on|compared\s+(?:to|with))\s+(?:the\s+)?(?P<a>{NUM}){_NOT_PCT}", re.I),
    # "(2,096 up from 1,468, +42.8%)"
    re.compile(rf"\(\s*(?P<b>{NUM})\s+(?:(?P<dir>up|down)\s+)?from\s+(?P<a>{NUM}),\s*(?P<p>{P})\s*\)", re.I),
    # "increased from 6743 to 7838 crimes …, being a 16.2 % increase"
    re.compile(rf"\bfrom\s+(?P<a>{NUM}){_NOT_PCT}(?:\s+[a-z]+){{0,2}}\s+to\s+(?P<b>{NUM}){_NOT_PCT}[^.;%]{{0,60}}?"
               rf"\b(?:being\s+|representing\s+|which\s+is\s+)?an?\s+(?P<p>{P})\s+{_DIRW}", re.I),
    # "155,000 searches in 2015/16 compared to 472,000 in 2011/12, a 67% fall"
    re.compile(rf"(?P<b>{NUM}){_NOT_PCT}[^.;%()]{{0,40}}?\bcompared\s+(?:to|with)\s+(?P<a>{NUM}){_NOT_PCT}"
               rf"[^.;%()]{{0,30}}?,\s+an?\s+(?P<p>{P})\s+{_DIRW}", re.I),
    # "increased by 12% from 100 to 112", "a 12% rise from 100 to 112"
    re.compile(rf"(?:(?P<dir>increased|rose|fell|decreased|reduced|dropped|declined)\s+by|an?)\s+(?P<p>{P})"
               rf"(?:\s+(?:increase|rise|decrease|reduction|fall|drop))?,?\s+\(?from\s+(?P<a>{NUM}){_NOT_PCT}"
               rf"(?:\s+[a-z]+){{0,2}}\s+to\s+(?P<b>{NUM}){_NOT_PCT}", re.I),
    # "from 100 to 112 (+12%)"
    re.compile(rf"\bfrom\s+(?P<a>{NUM}){_NOT_PCT}\s+to\s+(?P<b>{NUM}){_NOT_PCT}\s*[,(]\s*(?:an?\s+{_DIRW}\s+of\s+)?"
               rf"(?P<p>[+\-−]\s?(?:{NUM}){PCT_UNIT}|(?:{NUM}){PCT_UNIT})", re.I),
]
# "3123, being a 32% increase and 759 more offences than …"
CHANGE_BY_DIFF = re.compile(rf"(?P<b>{NUM}){_NOT_PCT},?\s+(?:being\s+)?an?\s+(?P<p>{P})\s+{_DIRW}\s+and\s+"
                            rf"(?P<d>{NUM})\s+(?P<more>more|fewer|less)\b", re.I)
# "Of the 3 indicators 2 (66.6%) are Red and 1 (33.3%) is Green"
OF_TOTAL = re.compile(rf"\bOf\s+(?:the\s+|these\s+)?(?P<d>{NUM})\b(?P<rest>[^;]*)", re.I)
PART_PCT = re.compile(rf"(?P<n>{NUM})\s*\((?P<p>{P})\)")
# "388 crimes, being 5% of all recorded rapes"
SHARE_OF = re.compile(rf"(?P<n>{NUM}){_NOT_PCT}(?:\s+[\w'’-]+){{0,3}},?\s+(?:being|representing|or|which\s+is)\s+"
                      rf"(?P<p>{P})\s+of\s+(?:all\s+)?(?:the\s+)?(?P<phrase>[a-z][a-z'’ \-]{{2,40}}?)(?=[.,;:)]|\s+(?:in|for|and|during|over)\b|$)",
                      re.I)
_FRACTIONS = {"half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
              "sixth": 6, "eighth": 8, "tenth": 10, "tenths": 10}
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "fifty": 50, "hundred": 100}
_QUAL = r"(?P<q>nearly|almost|around|about|approximately|roughly|some|over|more\s+than|under|less\s+than|" \
        r"just\s+under|just\s+over|well\s+over)?\s*"
FRACTION = re.compile(rf"\b{_QUAL}(?P<k>a|an|one|two|three|four)[\s-]+(?P<f>half|thirds?|quarters?|fifths?|sixth|"
                      rf"eighth|tenths?)\b(?:\s+[\w'’-]+){{0,4}}?\s*\((?P<p>{P})\)", re.I)
ONE_IN = re.compile(rf"\b{_QUAL}(?P<k>one|\d+)\s+in\s+(?P<n>\w+)\b(?:\s+[\w'’-]+){{0,4}}?\s*\((?P<p>{P})\)", re.I)
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTHS_SUM = re.compile(rf"(?P<t>{NUM})(?:\s+[a-z]+){{0,6}}[^.;]{{0,40}}?,\s+(?P<parts>(?:{NUM})\s+in\s+{_MONTH}"
                        rf"(?:\s*,\s*(?:{NUM})\s+in\s+{_MONTH})*\s*,?\s+and\s+(?:{NUM})\s+in\s+{_MONTH})")
_MONTH_CUE = re.compile(rf"\d\s+in\s+{_MONTH}")
_PART_IN = re.compile(rf"({NUM})\s+in\s+{_MONTH}")
_LOWER_BETTER = re.compile(r"offence|crime|incident|asb|anti social|fire|injur|casualt|victim|burglar|robber|theft|"
                           r"assault|complaint|death|reoffend|collision|killed", re.I)


@dataclass
class _Found:
    check: Check
    how: str  # exact | rounded | truncated | qualified | mismatch | …
    group: object  # paragraph or table: where the rounding convention is judged


def _trunc(x: float, d: int) -> float:
    f = 10 ** d
    return math.trunc(x * f + (1e-9 if x >= 0 else -1e-9)) / f


def _round(x: float, d: int) -> float:
    f = 10 ** d
    return math.floor(abs(x) * f + 0.5 + 1e-9) / f * (1 if x >= 0 else -1)


def agreement(stated: float, places: int, computed: float, qualifier: str | None = None) -> str:
    """How a stated figure relates to the computed one: ``rounded``, ``truncated``, ``qualified`` or ``mismatch``."""
    q = (qualifier or "").lower().split()
    q = " ".join(q)
    unit = 10 ** -places
    if abs(_round(computed, places) - stated) < unit / 1000:
        return "exact" if abs(_trunc(computed, places) - stated) < unit / 1000 else "rounded"
    if abs(_trunc(computed, places) - stated) < unit / 1000:
        return "truncated"
    margin = max(2.5 * (1 if places == 0 else unit * 10), abs(stated) * 0.1)
    if q in ("nearly", "almost", "just under", "under", "less than"):
        return "qualified" if computed <= stated + unit / 2 and stated - computed <= margin else "mismatch"
    if q in ("over", "more than", "just over", "well over"):
        return "qualified" if computed >= stated - unit / 2 and computed - stated <= max(margin, abs(stated)) \
            else "mismatch"
    if q in ("around", "about", "approximately", "roughly", "some"):
        return "qualified" if abs(computed - stated) <= margin else "mismatch"
    return "mismatch"


def _pct_value(text: str) -> tuple[float, int]:
    t = re.sub(PCT_UNIT + r"\s*$", "", text.strip()).replace("−", "-").replace(" ", "")
    return float(t.replace(",", "").lstrip("+")), decimals(t.lstrip("+-"))


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.3f}".rstrip("0").rstrip(".")


class _Checker:
    def __init__(self, ctx):
        self.ctx = ctx
        self.found: list[_Found] = []
        self.seen: set[tuple] = set()

    def add(self, kind: str, line: int, stated, computed, how: str, explanation: str, group=None,
            extractor: str = "check") -> None:
        key = (kind, line, str(stated), str(computed), explanation[:80])
        if key in self.seen:
            return
        self.seen.add(key)
        ok = how not in ("mismatch", "contradiction")
        if how == "truncated":
            explanation += " (agrees when truncated, not when rounded)"
        chk = Check(prov=Provenance(self.ctx.doc.sha256, line, line, self.ctx.doc.page_of(line), extractor, 0.8),
                    kind=kind, stated=stated, computed=computed, ok=ok, explanation=explanation)
        self.found.append(_Found(chk, how, group))

    # -- prose --------------------------------------------------------------------------------------------
    def prose(self, pars: list[Paragraph]) -> None:
        prev: Paragraph | None = None
        for par in pars:
            if not re.search(r"\d", par.text):
                prev = par
                continue
            pct = "%" in par.text or "per cent" in par.text or "percent" in par.text
            for s in sentences(par):
                has_pct = pct and ("%" in s.text or "cent" in s.text)
                if has_pct:
                    self.changes(s, par)
                    self.rates(s, par, prev)
                    if "(" in s.text:
                        self.fractions(s, par)
                if " and " in s.text and _MONTH_CUE.search(s.text):
                    self.month_sums(s, par)
            if pct and re.search(r"within|outside|inside|below|above", par.text):
                self.bands(par)
            prev = par

    def changes(self, s: Sentence, par: Paragraph) -> None:
        t = s.text
        spans: list[tuple[int, int]] = []
        for rx in CHANGE_PATTERNS:
            for m in rx.finditer(t):
                if any(a <= m.start("p") < b for a, b in spans):
                    continue
                spans.append((m.start(), m.end()))
                a, b = to_number(m.group("a")), to_number(m.group("b"))
                self._change(s, par, m, a, b)
        for m in CHANGE_BY_DIFF.finditer(t):
            if any(a <= m.start("p") < b for a, b in spans):
                continue
            b, d = to_number(m.group("b")), to_number(m.group("d"))
            a = b - d if m.group("more").lower() == "more" else b + d
            self._change(s, par, m, a, b)

    def _change(self, s: Sentence, par: Paragraph, m: re.Match, a: float, b: float) -> None:
        if a == 0:
            return
        stated, places = _pct_value(m.group("p"))
        word = (m.groupdict().get("dir") or "").lower()
        computed = (b - a) / a * 100
        sign_word = 1 if word in _UP else (-1 if word in _DOWN else 0)
        if sign_word == 0 and m.group("p").strip()[0] in "+-−":
            sign_word = -1 if m.group("p").strip()[0] in "-−" else 1
        how = agreement(abs(stated), places, abs(computed))
        if sign_word and computed and (computed > 0) != (sign_word > 0):
            how = "mismatch"
        line = s.line_at(m.start("p"))
        self.add("stated_change", line, m.group("p").strip(), round(computed, 2), how,
                 f"{_fmt(a)} → {_fmt(b)} is a change of {computed:+.2f}%; the text says {m.group('p').strip()}"
                 f"{' ' + word if word else ''}", par)

    def rates(self, s: Sentence, par: Paragraph, prev: Paragraph | None) -> None:
        t = s.text
        for m in VAL_RATE.finditer(t):
            n, d = to_number(m.group("n")), to_number(m.group("d"))
            self._rate(s, par, m.group("p"), n, d, m.start("p"),
                       f"{_fmt(n)} of {_fmt(d)}")
        m = OF_TOTAL.search(t)
        if m:
            d = to_number(m.group("d"))
            for pm in PART_PCT.finditer(m.group("rest")):
                n = to_number(pm.group("n"))
                if 0 <= n <= d:
                    self._rate(s, par, pm.group("p"), n, d, m.start("rest") + pm.start("p"), f"{_fmt(n)} of {_fmt(d)}")
        for m in SHARE_OF.finditer(t):
            n = to_number(m.group("n"))
            base = self._lookup(m.group("phrase"), par, prev, s.start + m.start(), n)
            if base is not None:
                d, dline = base
                self._rate(s, par, m.group("p"), n, d, m.start("p"),
                           f"{_fmt(n)} of {_fmt(d)} ({m.group('phrase').strip()}, line {dline})")

    def _rate(self, s: Sentence, par: Paragraph, ptext: str, n: float, d: float, pos: int, what: str) -> None:
        if d <= 0:
            return
        stated, places = _pct_value(ptext)
        computed = n / d * 100
        how = agreement(stated, places, computed)
        self.add("stated_rate", s.line_at(pos), ptext.strip(), round(computed, 2), how,
                 f"{what} is {computed:.2f}%; the text says {ptext.strip()}", par)

    def _lookup(self, phrase: str, par: Paragraph, prev: Paragraph | None, pos: int, numerator: float):
        """A count stated for ``phrase`` ("recorded rapes") earlier in this paragraph or the one before: every
        content word of the phrase must be near the number; the number nearest in wording (then position) wins."""
        want = {w for w in name_key(phrase, {}) if len(w) > 2}
        if not want:
            return None
        full = _plain_words(phrase) | want
        best, best_score = None, -1
        for p, limit in ((prev, None), (par, pos)):
            if p is None:
                continue
            text = p.text if limit is None else p.text[:limit]
            for m in re.finditer(rf"(?<![\w.,])({NUM}){_NOT_PCT}", text):
                v = to_number(m.group(1))
                if v <= numerator or (1900 <= v <= 2100 and "," not in m.group(1)):
                    continue
                around = text[max(0, m.start() - 60):m.start()] + " " + text[m.end():m.end() + 25].split(".")[0]
                words = set(name_key(around, {})) | _plain_words(around)
                if not want <= words:
                    continue
                score = len(full & words)
                if score >= best_score:
                    best, best_score = (v, p.line_at(m.start())), score
        return best

    def fractions(self, s: Sentence, par: Paragraph) -> None:
        t = s.text
        for m in FRACTION.finditer(t):
            k = _SMALL.get(m.group("k").lower(), 1)
            computed = k / _FRACTIONS[m.group("f").lower()] * 100
            self._fraction(s, par, m, computed, f"{m.group('k')} {m.group('f')}")
        for m in ONE_IN.finditer(t):
            n = _SMALL.get(m.group("n").lower()) or (int(m.group("n")) if m.group("n").isdigit() else None)
            k = _SMALL.get(m.group("k").lower()) or (int(m.group("k")) if m.group("k").isdigit() else None)
            if not n or not k or n <= k:
                continue
            self._fraction(s, par, m, k / n * 100, f"{m.group('k')} in {m.group('n')}")

    def _fraction(self, s: Sentence, par: Paragraph, m: re.Match, computed: float, words: str) -> None:
        stated, places = _pct_value(m.group("p"))
        q = (m.group("q") or "").lower()
        if q:
            # "nearly a fifth (19%)": the percentage is the precise figure, the words the approximation
            flipped = {"nearly": "over", "almost": "over", "just under": "over", "under": "over",
                       "less than": "over", "over": "under", "more than": "under", "just over": "under",
                       "well over": "under"}.get(q, q)
            how = agreement(round(computed, places), places, stated, flipped) if flipped != q or q in (
                "around", "about", "approximately", "roughly", "some") else "mismatch"
            if how == "mismatch" and flipped in ("over", "under"):
                ok = stated <= computed if flipped == "over" else stated >= computed
                how = "qualified" if ok and abs(stated - computed) <= 10 else "mismatch"
        else:
            how = "rounded" if abs(stated - computed) <= 2.5 else "mismatch"
        self.add("stated_rate", s.line_at(m.start("p")), m.group("p").strip(), round(computed, 2), how,
                 f"'{(q + ' ' + words).strip()}' is {computed:.1f}%; the text gives {m.group('p').strip()}", par)

    def month_sums(self, s: Sentence, par: Paragraph) -> None:
        for m in MONTHS_SUM.finditer(s.text):
            total = to_number(m.group("t"))
            parts = [to_number(x) for x in _PART_IN.findall(m.group("parts"))]
            computed = sum(parts)
            how = "exact" if abs(computed - total) < 1e-9 else "mismatch"
            self.add("stated_total", s.line_at(m.start("t")), total, computed, how,
                     f"the monthly figures {' + '.join(_fmt(x) for x in parts)} = {_fmt(computed)}; "
                     f"the text gives {_fmt(total)}", par)

    def bands(self, par: Paragraph) -> None:
        """ "25.7% … within the guidelines of 28-40%": is the figure really inside (outside) the band?"""
        sents = sentences(par)
        for i, s in enumerate(sents):
            for m in BAND.finditer(s.text):
                lo, hi = sorted((to_number(m.group("lo")), to_number(m.group("hi"))))
                rel = m.group("rel").lower()
                val = _band_subject(s.text[:m.start()], sents[i - 1].text if i else "")
                if val is None:
                    continue
                v, vtext = val
                inside = lo <= v <= hi
                claims_inside = rel in ("within", "inside")
                if rel == "below":
                    holds = v < lo
                elif rel == "above":
                    holds = v > hi
                else:
                    holds = inside == claims_inside
                self.add("stated_rate", s.line_at(m.start()), f"{vtext} {rel} {m.group('lo')}–{m.group('hi')}%",
                         "inside" if inside else "outside", "exact" if holds else "contradiction",
                         f"{vtext} is {'inside' if inside else 'outside'} {lo:g}–{hi:g}%; the text says it is {rel} "
                         f"the range", par)

    # -- indicators ---------------------------------------------------------------------------------------
    def indicators(self, reading: Reading) -> None:
        by_key: list[Series] = reading.series
        for ser in by_key:
            self._ytd_sums(ser, by_key)
            self._rags(ser)

    def _related(self, ser: Series, all_series: list[Series]) -> list[Series]:
        return [o for o in all_series if o.unit == ser.unit and similarity(o.key, ser.key) >= 0.75]

    def _ytd_sums(self, ser: Series, all_series: list[Series]) -> None:
        if ser.unit != "count":
            return
        related = self._related(ser, all_series)
        quarter_vals: dict[Period, tuple[float, int]] = {}
        for o in related:
            for per, f in o.findings.items():
                if f.value is not None and per not in quarter_vals:
                    quarter_vals[per] = (f.value, f.line)
                if f.last_year is not None and per.last_year() not in quarter_vals:
                    quarter_vals[per.last_year()] = (f.last_year, f.line)
        for per, f in ser.findings.items():
            if f.label:  # worded differently (a half year …): its span is not certain
                continue
            for ytd, period, what, change, change_text in (
                    (f.ytd, per, "year to date", None, None),
                    (f.last_year_ytd, per.last_year(), "last year's year to date", None, None)):
                if ytd is None or not period.quarter or period.quarter < 2:
                    continue
                qs = [quarter_vals.get(q) for q in period.quarters_to_date()]
                if any(q is None for q in qs):
                    continue
                computed = sum(q[0] for q in qs)
                how = "exact" if abs(computed - ytd) < 1e-9 else "mismatch"
                self.add("stated_total", f.line, ytd, computed, how,
                         f"{what} {_fmt(ytd)} ({period.label}) against the sum of its quarters "
                         f"{' + '.join(_fmt(q[0]) for q in qs)} = {_fmt(computed)} (lines "
                         f"{', '.join(str(q[1]) for q in qs)})", None)
            # a stated YTD change whose base is not printed: rebuild the base from last year's quarters
            if f.ytd is not None and f.ytd_change is not None and f.last_year_ytd is None and per.quarter:
                qs = [quarter_vals.get(q) for q in per.last_year().quarters_to_date()]
                if all(q is not None for q in qs):
                    base = sum(q[0] for q in qs)
                    computed = (f.ytd - base) / base * 100
                    stated, places = _pct_value(f.ytd_change_text or "")
                    how = agreement(abs(stated), places, abs(computed))
                    if (computed > 0) != (f.ytd_change > 0):
                        how = "mismatch"
                    self.add("stated_change", f.line, f.ytd_change_text.strip(), round(computed, 2), how,
                             f"year to date {_fmt(f.ytd)} against last year's {_fmt(base)} (the sum of its quarters, "
                             f"lines {', '.join(str(q[1]) for q in qs)}) is {computed:+.2f}%; the text says "
                             f"{f.ytd_change_text.strip()}", None)

    def _rags(self, ser: Series) -> None:
        period = ser.block.period
        if period is None or not ser.rags:
            return
        f = ser.findings.get(period)
        if ser.band is not None and f is not None and f.value is not None:
            lo, hi, bline = ser.band
            inside = lo <= f.value <= hi
            for rag, line in ser.rags:
                if inside:
                    how = "exact" if rag == "Green" else "contradiction"
                    why = f"{_fmt(f.value)}% is inside the stated range {lo:g}–{hi:g}% (line {bline}), so Green"
                elif rag == "Green":
                    continue  # outside the band but perhaps within a tolerance the text does not give
                else:
                    how, why = "exact", f"{_fmt(f.value)}% is outside {lo:g}–{hi:g}% (line {bline})"
                self.add("stated_rag", line, rag, "Green" if inside else "Amber or Red", how,
                         f"{ser.name} {period.label} printed {rag}: {why}", None)
            return
        if f is None or ser.unit != "count" or not _LOWER_BETTER.search(f"{ser.name} {' '.join(sorted(ser.key))}"):
            return
        for rag, line in ser.rags:
            if rag not in ("Red", "Amber"):
                continue
            if f.ytd is not None and f.last_year_ytd is not None:
                now, before, what = f.ytd, f.last_year_ytd, "year to date"
            elif f.ytd is not None and f.ytd_change is not None:
                now, before, what = f.ytd_change, 0.0, "year-to-date change"
            else:
                continue
            worse = now > before  # fewer is better for these measures
            maintained = now == before
            fits = (worse if rag == "Red" else (not worse or maintained))
            computed = "not improved" if worse else "improved or maintained"
            self.add("stated_rag", line, rag, computed, "exact" if fits else "contradiction",
                     f"{ser.name} {period.label} printed {rag}; the {what} ({_fmt(now)} against {_fmt(before)}) has "
                     f"{computed} (fewer is better)", None)

    # -- tables -------------------------------------------------------------------------------------------
    def tables(self, tables) -> None:
        for t in tables:
            try:
                self._table_totals(t)
                self._table_rates(t)
            except (TypeError, ValueError, IndexError, AttributeError):
                continue

    def _table_totals(self, t) -> None:
        types = list(getattr(t, "row_types", []) or [])
        rows = list(t.rows)
        lines = list(getattr(t, "row_lines", []) or [])
        if not any(x in ("total", "subtotal") for x in types):
            return
        ncols = max((len(r) for r in rows), default=0)
        seg_start = 0
        subtotals: list[int] = []
        for i, r in enumerate(rows):
            kind = types[i] if i < len(types) else "data"
            if kind not in ("total", "subtotal"):
                continue
            data = [j for j in range(seg_start, i) if (types[j] if j < len(types) else "data") == "data"]
            all_data = [j for j in range(0, i) if (types[j] if j < len(types) else "data") == "data"]
            candidates = [data]
            if subtotals and seg_start > 0:
                candidates.insert(0, subtotals[:])
            if all_data != data:
                candidates.append(all_data)
            # a subtotal may cover only the rows just above it
            for k in range(2, len(data)):
                candidates.append(data[-k:])
            line = lines[i] if i < len(lines) else t.prov.start_line
            chosen = None
            for cand in candidates:
                if cand and all(self._col_sum(rows, cand, c) in (None, _num(r[c]) if c < len(r) else None)
                                for c in range(1, ncols) if not _is_pct_col(t, c)):
                    chosen = cand
                    break
            report = chosen or (subtotals[:] if subtotals and seg_start > 0 and kind == "total" else data)
            for c in range(1, ncols):
                stated = _num(r[c]) if c < len(r) else None
                computed = self._col_sum(rows, report, c)
                if stated is None or computed is None or _is_pct_col(t, c):
                    continue
                how = "exact" if abs(stated - computed) < 1e-6 else "mismatch"
                col = t.columns[c] if c < len(t.columns) else f"column {c + 1}"
                self.add("table_total", line, stated, computed, how,
                         f"{r[0]} / {col}: the rows {_row_span(lines, report)} add up to {_fmt(computed)}; "
                         f"the table gives {_fmt(stated)}", t)
            subtotals.append(i)
            seg_start = i + 1

    @staticmethod
    def _col_sum(rows, idx: list[int], c: int) -> float | None:
        vals = []
        for j in idx:
            v = _num(rows[j][c]) if c < len(rows[j]) else None
            if v is None:
                cell = rows[j][c] if c < len(rows[j]) else None
                if cell in (None, "", "-", "–"):
                    continue
                return None
            vals.append(v)
        return sum(vals) if vals else None

    def _table_rates(self, t) -> None:
        """Rows (or columns) labelled "X as a % of Y" against the rows (columns) labelled X and Y."""
        rows = list(t.rows)
        labels = [str(r[0]).strip().lower() if r else "" for r in rows]
        lines = list(getattr(t, "row_lines", []) or [])
        for i, lab in enumerate(labels):
            m = re.match(r"(.+?)\s+as\s+an?\s+%\s+of\s+(?:all\s+)?(.+)$", lab)
            if not m:
                continue
            num_i = _find_label(labels, m.group(1), i)
            den_i = _find_label(labels, m.group(2), i)
            if num_i is None or den_i is None:
                continue
            for c in range(1, len(rows[i])):
                cell = rows[i][c]
                stated = _num(cell)
                n, d = _num(rows[num_i][c]) if c < len(rows[num_i]) else None, \
                    _num(rows[den_i][c]) if c < len(rows[den_i]) else None
                if stated is None or n is None or not d:
                    continue
                text = str(cell).rstrip("%").strip()
                computed = n / d * 100
                how = agreement(stated, decimals(text), computed)
                line = lines[i] if i < len(lines) else t.prov.start_line
                col = t.columns[c] if c < len(t.columns) else f"column {c + 1}"
                self.add("stated_rate", line, str(cell), round(computed, 2), how,
                         f"{rows[i][0]} / {col}: {_fmt(n)} / {_fmt(d)} = {computed:.2f}%; the table gives {cell}", t)

    # -- rounding convention ------------------------------------------------------------------------------
    def finish(self) -> list[Check]:
        rounds = {id(f.group) for f in self.found if f.how == "rounded" and f.group is not None}
        for f in self.found:
            if f.how == "truncated" and f.group is not None and id(f.group) in rounds:
                f.check.ok = False
                f.check.explanation += "; elsewhere in the same paragraph or table figures are rounded"
        return [f.check for f in self.found]


def _plain_words(text: str) -> set[str]:
    from .indicators.prose import _stem

    return {_stem(w) for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2}


def _band_subject(before: str, previous: str) -> tuple[float, str] | None:
    """The percentage a band claim is about: the last one in the clause that is not a comparison ("higher than
    the national average of 24.5%"); for "This is …" the last figure of the previous sentence."""
    cands = []
    for m in re.finditer(rf"(?P<p>{P})", before):
        lead = before[max(0, m.start() - 50):m.start()].lower()
        if re.search(r"\bthan\b|average|compared|national|london[- ]wide", lead):
            continue
        cands.append(m)
    if cands:
        m = cands[-1]
        return _pct_value(m.group("p"))[0], m.group("p").strip()
    if re.match(r"\s*(?:this|it|which|that)\b", before, re.I) and previous:
        ms = list(re.finditer(rf"(?P<p>{P})", previous))
        if ms:
            return _pct_value(ms[-1].group("p"))[0], ms[-1].group("p").strip()
    return None


def _num(v) -> float | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    if v is None:
        return None
    t = str(v).strip().rstrip("%").replace(",", "").strip()
    if re.fullmatch(r"-?\d+(?:\.\d+)?", t):
        return float(t)
    return None


def _is_pct_col(t, c: int) -> bool:
    col = str(t.columns[c]) if c < len(t.columns) else ""
    if re.search(r"%|percent|rate|proportion|share", col, re.I):
        return True
    cells = [r[c] for r in t.rows if c < len(r)]
    return any(isinstance(x, str) and x.strip().endswith("%") for x in cells)


def _find_label(labels: list[str], phrase: str, skip: int) -> int | None:
    phrase = phrase.strip().lower()
    for j, lab in enumerate(labels):
        if j != skip and lab == phrase:
            return j
    for j, lab in enumerate(labels):
        if j != skip and " as a" not in lab and (lab.startswith(phrase) or phrase.startswith(lab)) and lab:
            return j
    return None


def _row_span(lines: list[int], idx: list[int]) -> str:
    ls = [lines[j] for j in idx if j < len(lines)]
    if not ls:
        return f"{len(idx)} rows"
    return f"on lines {min(ls)}–{max(ls)}" if len(ls) > 1 else f"on line {ls[0]}"


def check_figures(ctx) -> list[Check]:
    """Every figure check the document's own numbers allow, agreements and disagreements alike."""
    checker = _Checker(ctx)
    checker.prose(doc_paragraphs(ctx))
    checker.indicators(read_context(ctx))
    checker.tables(getattr(ctx, "tables", []) or [])
    return checker.finish()
