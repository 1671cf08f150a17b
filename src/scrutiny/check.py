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

import bisect
import math
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from .casefold import fold
from .indicators.model import Period
from .indicators.prose import (BAND, VAL_RATE, Reading, Series, _stem, document_acronyms, name_key, read_context,
                                similarity)
from .indicators.text import (NUM, PCT_RX, PCT_UNIT, Paragraph, Sentence, decimals, doc_paragraphs, folds_plainly,
                              kept_sentences, sentences, to_number)
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
_IN_MONTH = re.compile(rf"in\s+{_MONTH}")  # a necessary part of _MONTH_CUE, quicker to look for (a literal start)
_PART_IN = re.compile(rf"({NUM})\s+in\s+{_MONTH}")
_DIRW_WORDS = ("increase", "rise", "decrease", "reduction", "fall", "drop", "decline")  # _DIRW's words
# Necessary conditions of the case-insensitive patterns above, quick to look for: each is searched (case-sensitively,
# which is much quicker) in the lower-cased sentence where that folds plainly (``_plain_lower``)
_CHANGE_OF_CUE = re.compile(r"(?:increase|rise|decrease|reduction|fall|drop|decline)\s+of\s")  # CHANGE_PATTERNS[0]
_CHANGE_FROM_CUE = re.compile(r"(?:%|cent)(?:\s+\w+)?,?\s+\(?from\s")  # CHANGE_PATTERNS[4]
_OF_NUM_CUE = re.compile(r"of\s+(?:the\s+|these\s+)?\d")  # OF_TOTAL
_SHARE_CUE = re.compile(r"(?:being|representing|or|is)\s+(?:[+\-−]\s?)?\d[\d,.\s]*(?:%|per\s?cent|percent)"
                        r"\s+of\s")  # SHARE_OF
_PCT_PAREN_CUE = re.compile(r"(?:%|cent)\)")  # FRACTION, ONE_IN
_FRACTION_CUE = re.compile(r"(?:a|an|one|two|three|four)[\s-]+(?:half|third|quarter|fifth|sixth|eighth|tenth)")
_ONE_IN_CUE = re.compile(r"(?:one|\d)\s+in\s")  # ONE_IN
_BAND_RELS = ("within", "outside", "inside", "below", "above")  # BAND's relations
_N_OF_M = re.compile(r"\d\s+(?:out\s+)?of\s+(?:the\s+)?\d")  # VAL_RATE (case-sensitive itself: searched in the text)
_BAND_RANGE_CUE = re.compile(r"(?:guidelines?|range|band|target)\s+(?:of\s+)?\d")  # BAND
_PCT_TAIL = re.compile(PCT_UNIT + r"\s*$")
_LOOKUP_NUM = re.compile(rf"(?<![\w.,])({NUM}){_NOT_PCT}")
_P_RX = re.compile(rf"(?P<p>{P})")
_COMPARISON = re.compile(r"\bthan\b|average|compared|national|london[- ]wide")
_THIS_START = re.compile(r"\s*(?:this|it|which|that)\b", re.I)
_AS_PCT_OF = re.compile(r"(.+?)\s+as\s+an?\s+%\s+of\s+(?:all\s+)?(.+)$")
_PCT_COL = re.compile(r"%|percent|rate|proportion|share", re.I)
_LOW_WORD = re.compile(r"[a-z]+")
_WORD2 = re.compile(r"[a-z]{2,}")
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
    t = _PCT_TAIL.sub("", text.strip()).replace("−", "-").replace(" ", "")
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
            if not _ANY_DIGIT.search(par.text):
                prev = par
                continue
            pct = "%" in par.text or "per cent" in par.text or "percent" in par.text
            sents = kept_sentences(par)  # read only
            # one quick pass over the paragraph, not one per sentence; only a sentence with " and " is read for them
            months = _touched(_IN_MONTH, par, sents) if " and " in par.text else ()
            for i, s in enumerate(sents) if pct or months else ():  # else no sentence has anything to check
                has_pct = pct and ("%" in s.text or "cent" in s.text)
                if has_pct:
                    self.changes(s, par)
                    self.rates(s, par, prev)
                    if "(" in s.text:
                        self.fractions(s, par)
                if i in months and " and " in s.text and _MONTH_CUE.search(s.text):
                    self.month_sums(s, par)
            if pct and any(map(par.text.__contains__, _BAND_RELS)):  # a relation word (case-sensitive, as before)
                self.bands(par)
            prev = par

    def changes(self, s: Sentence, par: Paragraph) -> None:
        t = s.text
        spans: list[tuple[int, int]] = []
        low = _plain_lower(t)
        if low is None:  # a letter that folds oddly: try every pattern
            can = [True] * (len(CHANGE_PATTERNS) + 1)
        else:  # the words (or cues) each pattern cannot match without
            dirw = any(map(low.__contains__, _DIRW_WORDS))
            frm = "from" in low
            can = [dirw and _CHANGE_OF_CUE.search(low) is not None, frm and "(" in t, frm and dirw,
                   dirw and "compared" in low, frm and _CHANGE_FROM_CUE.search(low) is not None, frm,
                   dirw and ("more" in low or "fewer" in low or "less" in low)]
        for rx, ok in zip(CHANGE_PATTERNS, can):
            if not ok:
                continue
            for m in rx.finditer(t):
                if any(a <= m.start("p") < b for a, b in spans):
                    continue
                spans.append((m.start(), m.end()))
                a, b = to_number(m.group("a")), to_number(m.group("b"))
                self._change(s, par, m, a, b)
        for m in CHANGE_BY_DIFF.finditer(t) if can[-1] else ():
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
        low = _plain_lower(t)
        if low is not None and "of" not in low:  # every pattern here needs an "of"
            return
        for m in VAL_RATE.finditer(t) if ("%)" in t or "cent)" in t) and _N_OF_M.search(t) else ():
            n, d = to_number(m.group("n")), to_number(m.group("d"))
            self._rate(s, par, m.group("p"), n, d, m.start("p"),
                       f"{_fmt(n)} of {_fmt(d)}")
        m = OF_TOTAL.search(t) if low is None or _OF_NUM_CUE.search(low) else None
        if m:
            d = to_number(m.group("d"))
            for pm in PART_PCT.finditer(m.group("rest")):
                n = to_number(pm.group("n"))
                if 0 <= n <= d:
                    self._rate(s, par, pm.group("p"), n, d, m.start("rest") + pm.start("p"), f"{_fmt(n)} of {_fmt(d)}")
        if low is not None and not _SHARE_CUE.search(low):
            return
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
            for m in _LOOKUP_NUM.finditer(text):
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
        low = _plain_lower(t)
        if low is not None and not _PCT_PAREN_CUE.search(low):  # both patterns end in a percentage in brackets
            return
        for m in FRACTION.finditer(t) if low is None or _FRACTION_CUE.search(low) else ():
            k = _SMALL.get(m.group("k").lower(), 1)
            computed = k / _FRACTIONS[fold(m.group("f"))] * 100
            self._fraction(s, par, m, computed, f"{m.group('k')} {m.group('f')}")
        for m in ONE_IN.finditer(t) if low is None or _ONE_IN_CUE.search(low) else ():
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
            if "%" not in s.text:  # BAND ends in one
                continue
            low = _plain_lower(s.text)
            if low is not None and not (any(map(low.__contains__, _BAND_RELS)) and _BAND_RANGE_CUE.search(low)):
                continue  # BAND needs a relation and a range
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
        words: dict[str, list[int]] = {}  # key word → the series (by index) whose key holds it
        for i, ser in enumerate(by_key):
            for w in ser.key:
                words.setdefault(w, []).append(i)
        for ser in by_key:
            self._ytd_sums(ser, by_key, words)
            self._rags(ser)

    def _related(self, ser: Series, all_series: list[Series], words: dict | None = None) -> list[Series]:
        if words is not None:  # only series sharing a key word can be similar: the others are not compared
            near = sorted({i for w in ser.key for i in words.get(w, ())})
            return [all_series[i] for i in near if all_series[i].unit == ser.unit and
                    similarity(all_series[i].key, ser.key) >= 0.75]
        return [o for o in all_series if o.unit == ser.unit and similarity(o.key, ser.key) >= 0.75]

    def _ytd_sums(self, ser: Series, all_series: list[Series], words: dict | None = None) -> None:
        if ser.unit != "count":
            return
        related = self._related(ser, all_series, words)
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
            m = _AS_PCT_OF.match(lab)
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

    return {_stem(w) for w in _LOW_WORD.findall(text.lower()) if len(w) > 2}


def _band_subject(before: str, previous: str) -> tuple[float, str] | None:
    """The percentage a band claim is about: the last one in the clause that is not a comparison ("higher than
    the national average of 24.5%"); for "This is …" the last figure of the previous sentence."""
    cands = []
    for m in _P_RX.finditer(before):
        lead = before[max(0, m.start() - 50):m.start()].lower()
        if _COMPARISON.search(lead):
            continue
        cands.append(m)
    if cands:
        m = cands[-1]
        return _pct_value(m.group("p"))[0], m.group("p").strip()
    if _THIS_START.match(before) and previous:
        ms = list(_P_RX.finditer(previous))
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
    if _PLAIN_NUMBER.fullmatch(t):
        return float(t)
    return None


_PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _is_pct_col(t, c: int) -> bool:
    col = str(t.columns[c]) if c < len(t.columns) else ""
    if _PCT_COL.search(col):
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


# -- prose against the document's tables ----------------------------------------------------------------
_YEAR_TOKEN = re.compile(r"\b(?:19|20)?\d{2}\s?[/\-–]\s?\d{2}\b|\b(?:19|20)\d{2}\b|\bfinancial year\b", re.I)
_SYNONYMS = {"offence": ("offence", "crime"), "crime": ("crime", "offence")}
_TABLE_GENERIC = set("total totals number numbers of the a an data table borough boroughs current month months "
                     "percentage figures all and by unit units investigating investig ating".split())
_THEME_STOP = set("to in for from at per headline figure summary january february march april may june july "
                  "august september october november december year quarter".split())
_ACR_TOKEN = re.compile(r"^([A-Z]{2,6})(?:s|'s|’s|'d|’d)?$")
_FILLER = r"(?:\s+\(?(?:which|was|were|is|are|of|at|on|with|stood|standing|a|an|the|only|just|almost|nearly|" \
          r"around|about|over|some|approximately)\b){0,4}\s*\(?\s*"
_RATE_FILLER = re.compile(r"\s+rates?\b" + _FILLER, re.I)
_HEAD_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_CAPITAL = re.compile(r"[A-Z]")
_SHORT_CUT = re.compile(r"\s+(?:upon|on|\()\s*", re.I)
_RATES_FOR = re.compile(r"\s*\w+(?:\s+\w+)?\s+rates?\s+for\b")
_AFTER_VERB = re.compile(r"\s*(?:were|was|are|is|being)?\s*")
_NOTHING = re.compile(r"")
_OPT_SPACE = re.compile(r"\s*")
_RATES_AFTER = re.compile(r"\s+rates?\b")
_OF_THEIR = re.compile(r"\s*of\s+(?:their|its|the|his|her)?\s*(?:overall\s+|total\s+)?")
_MADE_UP = re.compile(r"\b(?:made\s+up\s+of|consist(?:ed|s|ing)?\s+of|(?:were|was|are|is))\s+(?:an?\s+)?")
_OF_ALL = re.compile(r"\s*of\s+all\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,3}?")
_RESULTING = re.compile(r"(?:\s+[\w'’\-]+){0,2}?\s+(?:resulting|ending|that\s+resulted|which\s+resulted|leading|"
                        r"that\s+led|that\s+ended)\s+in\s+(?:an?\s+)?")
_OF_THIS = re.compile(r"\bof\s+(?:this|these|which|them)\s*,?\s*(?P<c>[\w'’ ]{2,40}?)\s+(?:represented|were|was|"
                      r"made\s+up|accounted\s+for)\s*(?:of\s+)?$")
_AND_OR_AMP = re.compile(r"\band\b|&")
_BOTH_EACH = re.compile(r"\b(?:both|each)\b", re.I)
_RATE_LABEL = re.compile(r"%|\brate\b|\bratio\b|\bproportion\b", re.I)
_RATE_NEAR = re.compile(r"\brate|%|proportion|percentage", re.I)
_LABEL_WORD = re.compile(r"[A-Za-z][\w'’\-]*")
_EDGE_QUOTE = re.compile(r"^['’]|['’]$")
_LETTERS = re.compile(r"[A-Za-z]+")
_QUAL_BEFORE = re.compile(r"\b(almost|nearly|around|about|approximately|roughly|some|over|more than|under|"
                          r"less than|just under|just over)\s*$", re.I)
_DIR_BEFORE = re.compile(r"\b(?P<w>reductions?|decreases?|falls?|drops?|declines?|increases?|rises?|growth)\s+in\s+"
                         r"(?:the\s+)?(?:(?:volume|number|level|count)s?\s+of\s+)?(?:[\w'’]+\s+){0,2}['‘’\"“]?$", re.I)
_DIR_AFTER = re.compile(r"^[\W\d⁰¹²³⁴⁵⁶⁷⁸⁹]{0,4}\s*(?:has|have|had)?\s*(?P<w>more\s+than\s+doubled|doubled|trebled|"
                        r"tripled|halved|increased|decreased|fallen|fell|risen|rose|reduced|dropped|declined|grown|grew)\b",
                        re.I)
_ANY_DIR = re.compile(r"reduc|decreas|fall|fell|drop|declin|increas|rise|rose|risen|doubl|trebl|tripl|halved|grow|"
                      r"grew", re.I)
_DOWN_W = re.compile(r"reduc|decreas|fall|fell|drop|declin|halved", re.I)
_DIR_STEMS = ("reduc", "decreas", "fall", "fell", "drop", "declin", "increas", "rise", "rose", "risen", "doubl",
              "trebl", "tripl", "halved", "grow", "grew")  # _ANY_DIR's words


def _touched(rx: re.Pattern, par: Paragraph, sents: list[Sentence]) -> set[int]:
    """The sentences (by index) that a match of ``rx`` over the whole paragraph overlaps. For a pattern that reads
    nothing outside its match (no lookaround, no ``\\b``) every sentence in which ``rx`` finds something is among
    them: that match is one of the paragraph's too, or lies where a match of the paragraph overlaps the sentence."""
    starts = None  # the sentences' starts, when first needed
    out: set[int] = set()
    for m in rx.finditer(par.text):
        if starts is None:
            starts = [s.start for s in sents]
        first = max(bisect.bisect_right(starts, m.start()) - 1, 0)
        out.update(range(first, bisect.bisect_left(starts, m.end())))
    return out


def _plain_lower(text: str) -> str | None:
    """``text`` lower-cased when a case-insensitive search for ASCII words finds in it just what a plain search of
    the lower case finds (cheap necessary tests before a regex), else None."""
    return text.lower() if folds_plainly(text) else None


_ASCII = bytes(range(128))


def _ascii_lower(text: str) -> str | None:
    """What :func:`_plain_lower` gives as far as ASCII letters go, much quicker for a long text: its ASCII letters
    lower-cased and every character beyond Latin-1 replaced by "?" (one for one, so positions agree); None when the
    text does not fold plainly (which depends only on its non-ASCII characters, all that is tested)."""
    if text.isascii():
        return text.lower()
    if not folds_plainly(text.encode("utf-8").translate(None, _ASCII).decode("utf-8")):
        return None
    return text.encode("latin-1", "replace").lower().decode("latin-1")


def _direction_sentences(low: str, sents: list[Sentence]) -> set[int]:
    """The sentences (by index) of a paragraph that an occurrence of a direction word (``_DIR_STEMS``) in ``low``,
    the paragraph lower-cased (:func:`_ascii_lower`), overlaps: every sentence for which :func:`_has_direction`
    holds is among them."""
    starts = [s.start for s in sents]
    out: set[int] = set()
    for w in _DIR_STEMS:
        i = low.find(w)
        while i >= 0:
            out.update(range(max(bisect.bisect_right(starts, i) - 1, 0), bisect.bisect_left(starts, i + len(w))))
            i = low.find(w, i + 1)
    return out


def _has_direction(text: str) -> bool:
    """``_ANY_DIR.search(text)``, by plain substring tests on the lower-cased text where that gives the same answer."""
    if folds_plainly(text):
        low = text.lower()
        return any(map(low.__contains__, _DIR_STEMS))
    return _ANY_DIR.search(text) is not None


_AMPERSANDS = re.compile(r"\s*&\s*(?:&\s*)*")
_AND_AND = re.compile(r"\band\s+and\b")
_SPACES = re.compile(r"\s+")


_ANY_DIGIT = re.compile(r"\d")


def _norm_label(text: str) -> str:
    t = _AMPERSANDS.sub(" and ", str(text))
    t = _AND_AND.sub("and", t)
    return _SPACES.sub(" ", t).strip()


def _head_aliases(word: str, acronyms: dict[str, str]) -> list[str]:
    """Regex alternatives naming a column's head word ("SDs" → "SDs", "sanction detections")."""
    m = _ACR_TOKEN.match(word)
    out = []
    if m:
        acr = m.group(1)
        out.append(rf"(?-i:\b{acr}(?:s|'s|’s)?\b)")
        exp = acronyms.get(acr)
        if exp:
            out.append(r"\b" + r"\s+".join(re.escape(w) for w in exp.split()) + r"(?:s|es)?\b")
        return out
    stem = _stem_word(word.lower())
    for s in _SYNONYMS.get(stem, (stem,)):
        out.append(rf"\b{re.escape(s)}(?:s|es)?\b")
    return out


@lru_cache(maxsize=8192)
def _stem_word(w: str) -> str:
    return _stem(w[:-2] if w.endswith(("'s", "’s")) else w)


@dataclass
class _TView:
    """A table seen from prose: its row labels, its count columns by head word, its theme words."""

    table: object
    labels: list[str]
    label_src: str | None  # the regex naming a row label (compiled when first needed: ``label_rx``)
    head_src: dict[int, str]  # count column → regex naming it (case-insensitive; compiled when needed: ``heads``)
    base: int | None  # the offences / crimes column: what a "rate" is per
    theme: set[str]
    years: str
    total_row: int | None
    start: int
    index: dict
    first_words: tuple[str, ...] = ()  # the first word of every label alternative: a mention starts with one

    @cached_property
    def label_rx(self) -> re.Pattern | None:
        return re.compile(self.label_src) if self.label_src is not None else None

    @cached_property
    def heads(self) -> dict[int, re.Pattern]:
        return {c: re.compile(src, re.I) for c, src in self.head_src.items()}

    def mentions(self, text: str) -> list[tuple[int, int, int]]:
        """(start, end, row) for every row label named in ``text``."""
        if self.label_rx is None:
            return []
        out = []
        for m in self.label_rx.finditer(text):
            row = self.index.get(_norm_label(m.group(0)).lower())
            if row is not None:
                out.append((m.start(), m.end(), row))
        return out

    def concepts(self, text: str) -> list[tuple[int, int, int]]:
        out = []
        for c, rx in self.heads.items():
            out.extend((m.start(), m.end(), c) for m in rx.finditer(text))
        return sorted(out)


def _view(t, acronyms: dict[str, str]) -> _TView | None:
    rows = list(t.rows)
    if len(rows) < 3 or len(t.columns) < 3:
        return None
    types = list(getattr(t, "row_types", []) or [])
    heads: dict[int, str] = {}
    base = None
    theme: set[str] = set()
    for c in range(1, len(t.columns)):
        col = str(t.columns[c])
        if _is_pct_col(t, c):
            continue
        words = _HEAD_WORD.findall(col)
        if not words or sum(_num(r[c]) is not None for r in rows if c < len(r)) < len(rows) / 2:
            continue
        head = words[-1]
        heads[c] = "|".join(_head_aliases(head, acronyms))
        if _stem_word(head.lower()) in ("offence", "crime"):
            base = c if base is None else base
        for w in words[:-1]:
            if _ACR_TOKEN.match(w) and acronyms.get(_ACR_TOKEN.match(w).group(1)):
                theme |= {_stem_word(x) for x in acronyms[_ACR_TOKEN.match(w).group(1)].split()}
            theme.add(_stem_word(w.lower()))
    theme |= {_stem_word(w) for w in _LOW_WORD.findall(str(t.title or "").lower())}
    theme -= _TABLE_GENERIC | {_stem_word(str(t.columns[c]).split()[-1].lower()) for c in heads if str(t.columns[c]).split()}
    theme = {w for w in theme if len(w) > 1 and w not in _THEME_STOP}
    labels = [_norm_label(r[0]) if r else "" for r in rows]
    names = {}
    for i, lab in enumerate(labels):
        kind = types[i] if i < len(types) else "data"
        if kind != "data" or not _CAPITAL.match(lab) or len(lab) < 3:
            continue
        names.setdefault(lab, i)
        short = _SHORT_CUT.split(lab)[0]
        if short != lab and len(short) >= 4:
            names.setdefault(short, i)
    if not heads or not names:
        return None
    alts = sorted(names, key=len, reverse=True)
    rx = r"\b(?:" + "|".join(_label_pattern(a) for a in alts) + r")(?=['’]s\b|\b)"
    totals = [i for i, k in enumerate(types) if k == "total"]
    v = _TView(t, labels, rx, heads, base, theme, f"{t.title} {' '.join(map(str, t.columns))}",
               totals[-1] if len(totals) == 1 else None, t.prov.start_line,
               {k.lower(): i for k, i in names.items()}, tuple(sorted({a.split()[0] for a in alts})))
    return v


def _label_pattern(label: str) -> str:
    """A row label as a regex: "&" and "and" interchangeable, any run of spaces."""
    parts = [re.escape(w) for w in label.split()]
    return r"\s+".join("(?:and|&)" if p == "and" else p for p in parts)


_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$")
_LIST_TAIL = re.compile(rf"^(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s*){P})*", re.I)
_RESPECTIVELY = re.compile(r"^[^%]{0,40}?\brespectively\b", re.I)
_PRONOUN = re.compile(r"\b(?:their|they|these|its|both|them|those)\b", re.I)
_TARGET_CUE = re.compile(r"\b(?:target|objective|aim|ambition|goal|expect\w*)\b[^%]{0,40}$", re.I)
_ALL_CUE = re.compile(r"\b(?:all|overall|across)\b", re.I)
_AND_ONLY = re.compile(r"^\s*(?:,|and|&|,\s*and)\s*$")


class _ProseTables:
    """Rates stated in prose for rows of a table named elsewhere in the document ("Lambeth had an SD rate of 27%
    (of which 13% were cautions)"), recomputed from that table's columns."""

    def __init__(self, checker: "_Checker", views: list[_TView]):
        self.checker = checker
        self.views = views
        self._par_overlap: tuple = (None, {})  # (paragraph, its overlap with each view's theme)

    def run(self, pars: list[Paragraph]) -> None:
        for par in pars:
            if "%" not in par.text and "per cent" not in par.text:
                continue
            sents = sentences(par)
            # a sentence with a percentage (PCT_RX's unit, "%", "per cent" or "percent", holds one of these) is
            # checked; the rows a sentence names matter to it and, carried, to the next one only
            pct = ["%" in s.text or "cent" in s.text for s in sents] + [False]
            carried: dict[int, list[int]] = {}
            for i, s in enumerate(sents):
                if not pct[i] and not pct[i + 1]:
                    carried = {}
                    continue
                # a label starts with its first word, word for word: a sentence without any has no mention
                named = {id(v): v.mentions(s.text) for v in self.views
                         if v.label_src is not None and any(map(s.text.__contains__, v.first_words))}
                if pct[i]:
                    self._sentence(s, par, carried, named)
                carried = {k: _distinct(m) for k, m in named.items() if m}

    def _par_overlaps(self, par: Paragraph, views: list[_TView]) -> dict[int, int]:
        """How many theme words of each of ``views`` the paragraph has (by ``id`` of the view), counted once per
        paragraph and view."""
        if self._par_overlap[0] is not par:
            self._par_overlap = (par, {})
        done = self._par_overlap[1]
        todo = [v for v in views if id(v) not in done]
        if todo:
            pwords = _theme_words(par.text, [v.theme for v in todo])
            for v in todo:
                done[id(v)] = _overlap(v.theme, pwords)
        return done

    def _order(self, s: Sentence, par: Paragraph, cands: list) -> list:
        """The candidate views (tuples whose first item is the view) best first: most theme words in the sentence,
        then in the paragraph, then the nearest table at or before the sentence; each with its score."""
        if len(cands) < 2:  # nothing to order: the score is never compared
            return [(c, None) for c in cands]
        stheme = _words(s.text)
        line = s.line
        sover = [_overlap(c[0].theme, stheme) for c in cands]
        # the paragraph's overlap only breaks ties: a view alone with its sentence overlap is ordered (and its
        # score told apart) by that, so the paragraph's words are read only when two views tie
        tied = {x for x in sover if sover.count(x) > 1}
        pover = self._par_overlaps(par, [c[0] for c, so in zip(cands, sover) if so in tied]) if tied else {}
        keys = []
        for c, so in zip(cands, sover):
            v = c[0]
            dist = line - v.start if v.start <= line else 10 ** 6 + v.start - line
            keys.append(((-so, -pover[id(v)] if so in tied else 0, dist), c))
        keys.sort(key=lambda kv: kv[0])
        return [(c, k[:2]) for k, c in keys]

    def _sentence(self, s: Sentence, par: Paragraph, carried, named) -> None:
        """The rates a sentence states for rows of a table, checked: ``named`` gives the rows it names in each view
        (by ``id``), ``carried`` those the sentence before named."""
        text = s.text
        low = _plain_lower(text)
        years = None
        pronoun = all_cue = None  # the cues, looked for when first needed
        cands = []  # the views this sentence can be about, in the views' order
        for v in self.views:
            mentions = list(named.get(id(v), ()))
            prev_rows = carried.get(id(v), [])
            if prev_rows:
                if pronoun is None:
                    pronoun = (low is None or "the" in low or "its" in low or "both" in low or "those" in low) and \
                        _PRONOUN.search(text) is not None
                if not pronoun:
                    prev_rows = []
            if not mentions and not prev_rows:
                if all_cue is None:
                    all_cue = (low is None or "all" in low or "across" in low) and _ALL_CUE.search(text) is not None
                if not all_cue:
                    continue
            if years is None:
                years = {y.group(0).replace(" ", "") for y in _YEAR_TOKEN.finditer(text)}
            if years and any(y not in v.years.replace(" ", "") for y in years):
                continue
            cands.append((v, mentions, prev_rows))
        if not cands:
            return
        pcts = list(PCT_RX.finditer(text))
        if not pcts:
            return
        groups: list[list[re.Match]] = []
        for m in pcts:
            if groups and _LIST_GAP.match(text[groups[-1][-1].end():m.start()]):
                groups[-1].append(m)
            else:
                groups.append([m])
        best = None
        for (v, mentions, prev_rows), score in self._order(s, par, cands):
            if best is not None and score != best:
                return
            best = score
            concepts = v.concepts(text)
            done = 0
            for g in groups:
                frame = self._frame(v, text, g, concepts)
                if frame is None:
                    continue
                num, den, total_ok = frame
                rows = self._rows(v, text, g, mentions, prev_rows, total_ok)
                if not rows:
                    continue
                for m, row in rows:
                    done += self._emit(v, s, par, m, row, num, den)
            if done:
                return

    # which columns a percentage relates ----------------------------------------------------------------
    def _frame(self, v: _TView, text: str, g: list[re.Match], concepts) -> tuple[int, int, bool] | None:
        gs, ge = g[0].start(), g[-1].end()
        rest_at = ge + _LIST_TAIL.match(text[ge:]).end()
        before = text[:gs]
        if _TARGET_CUE.search(before[-60:]) or _RATES_FOR.match(text[rest_at:]):
            return None

        def concept_at(pos: int, after_rx: re.Pattern = _AFTER_VERB):
            m = after_rx.match(text[pos:])
            p = pos + (m.end() if m else 0)
            for a, b, c in concepts:
                if a == p:
                    return c, b
            return None

        def rate_before(pos: int) -> int | None:
            best = None
            for a, b, c in concepts:
                if b <= pos and _RATES_AFTER.match(text[b:]):
                    best = c
            return best

        # "… 13% were cautions", "made up of 60% cautions"
        hit = concept_at(rest_at)
        if hit and not _RATES_AFTER.match(text[hit[1]:]):
            den = rate_before(gs)
            if den is not None and den != hit[0]:
                return hit[0], den, False
        # "34% of their overall SD rates … made up of cautions"
        m = _OF_THEIR.match(text[rest_at:])
        if m:
            hit = concept_at(rest_at + m.end(), _NOTHING)
            if hit and _RATES_AFTER.match(text[hit[1]:]):
                tail = text[hit[1]:hit[1] + 120]
                mm = _MADE_UP.search(tail)
                if mm:
                    num = concept_at(hit[1] + mm.end(), _NOTHING)
                    if num and num[0] != hit[0]:
                        return num[0], hit[0], False
        # "50% of all offences resulting in a caution"
        m = _OF_ALL.match(text[rest_at:])
        if m:
            for a, b, c in concepts:
                if a < rest_at or a > rest_at + 60:
                    continue
                mm = _RESULTING.match(text[b:])
                if mm:
                    num = concept_at(b + mm.end(), _NOTHING)
                    if num and num[0] != c:
                        return num[0], c, True
                break
        # "of this cautions represented 40%"
        m = _OF_THIS.search(before)
        if m:
            hit = concept_at(m.start("c"), _NOTHING)
            den = rate_before(m.start())
            if hit and den is not None and den != hit[0]:
                return hit[0], den, False
        # "an SD rate of 27%", "SD rates (52% and 49% respectively)", "59% SD rate"
        if v.base is not None:
            for a, b, c in reversed(concepts):
                if b > gs:
                    continue
                if _RATE_FILLER.fullmatch(text[b:gs]) and c != v.base:
                    return c, v.base, False
                break
            hit = concept_at(rest_at, _OPT_SPACE)
            if hit and _RATES_AFTER.match(text[hit[1]:]) and hit[0] != v.base:
                return hit[0], v.base, False
        return None

    # which rows -----------------------------------------------------------------------------------------
    def _rows(self, v: _TView, text: str, g, mentions, prev_rows, total_ok) -> list[tuple[re.Match, int]]:
        gs, ge = g[0].start(), g[-1].end()
        before = [(a, b, r) for a, b, r in mentions if a < gs]
        resp = _RESPECTIVELY.match(text[ge:])
        if len(g) > 1:
            if not resp:
                return []
            rows = _distinct(before) if before else (prev_rows if not mentions else [])
            if len(rows) != len(g) or (before and len(_distinct(mentions)) != len(g)):
                return []
            if _AND_OR_AMP.search(text[before[-1][1] if before else 0:gs]):
                return []  # "… with 59 rapes and 76 SSOs … 13% and 15% respectively": another pair is meant
            return list(zip(g, rows))
        m = g[0]
        if len(before) >= 2 and _BOTH_EACH.search(text[:ge]) and \
                all(_AND_ONLY.match(text[before[i][1]:before[i + 1][0]].replace("'s", ""))
                    for i in range(len(before) - 1)):
            return [(m, r) for r in _distinct(before)]
        if before:
            return [(m, before[-1][2])]
        if mentions:
            return []
        if len(prev_rows) == 1:
            return [(m, prev_rows[0])]
        if total_ok and v.total_row is not None and not prev_rows:
            return [(m, v.total_row)]
        return []

    def _emit(self, v: _TView, s: Sentence, par: Paragraph, m: re.Match, row: int, num: int, den: int) -> int:
        t = v.table
        r = t.rows[row]
        n = _num(r[num]) if num < len(r) else None
        d = _num(r[den]) if den < len(r) else None
        if n is None or not d:
            return 0
        ptext = m.group(0)
        stated, places = _pct_value(ptext)
        q = _QUAL_BEFORE.search(s.text[:m.start()])
        computed = n / d * 100
        how = agreement(stated, places, computed, q.group(1) if q else None)
        line = t.row_lines[row] if row < len(getattr(t, "row_lines", []) or []) else t.prov.start_line
        self.checker.add("stated_rate", s.line_at(m.start()), ptext.strip(), round(computed, 2), how,
                         f"{r[0]}: {t.columns[num]} / {t.columns[den]} = {_fmt(n)} / {_fmt(d)} = {computed:.2f}% "
                         f"(table '{t.title}', line {line}); the text says "
                         f"{(q.group(1) + ' ') if q else ''}{ptext.strip()}", par)
        return 1


def _distinct(mentions) -> list[int]:
    out: list[int] = []
    for item in mentions:
        r = item[2] if isinstance(item, tuple) else item
        if r not in out:
            out.append(r)
    return out


def _words(text: str) -> dict[str, set[str]]:
    """The stemmed words of ``text``, indexed by their first three letters (for prefix matching)."""
    out: dict[str, set[str]] = {}
    for w in set(_WORD2.findall(text.lower())):
        w = _stem_word(w)
        out.setdefault(w[:3], set()).add(w)
    return out


def _theme_words(text: str, themes: list[set[str]]) -> dict[str, set[str]]:
    """``_words(text)`` cut down to the entries :func:`_overlap` reads for the words of ``themes``. A stem keeps the
    first two letters of its word, so only the words that start as a theme word does are needed: each such start is
    found by a quick literal search of the lower-cased text (a long paragraph has thousands of other words)."""
    low = text.lower()
    found: set[str] = set()
    for head in sorted({t[:2] for theme in themes for t in theme}):
        if len(head) == 2 and head.isascii() and head.isalpha() and head.islower():  # else no word starts so
            found.update(re.findall(head + "(?<![a-z]..)[a-z]*", low))  # a word: a run of [a-z] (as ``_words``)
    out: dict[str, set[str]] = {}
    for w in found:
        w = _stem_word(w)
        out.setdefault(w[:3], set()).add(w)
    return out


def _overlap(theme: set[str], words: dict[str, set[str]]) -> int:
    """How many theme words the text has, "sex" matching "sexual" (one a prefix of the other)."""
    n = 0
    for t in theme:
        if len(t) < 3:
            n += t in words.get(t, ())
        elif any(w.startswith(t) or t.startswith(w) for w in words.get(t[:3], ()) if len(w) >= 3):
            n += 1
    return n


_PERIOD_COL = re.compile(r"^\s*(?:(?:FY|Q[1-4])\s*)?((?:19|20)\d{2})(?:\s*[/\-–]\s*(\d{2,4}))?\s*$|"
                         r"^\s*((?:19|20)?\d{2})\s*[/\-–]\s*(\d{2})\s*$", re.I)


def _period_rank(col: str) -> int | None:
    m = _PERIOD_COL.match(str(col))
    if not m:
        return None
    y = m.group(1) or m.group(3)
    y = int(y) if len(y) == 4 else 2000 + int(y)
    return y


class _TableDirections:
    """A rise or fall claimed in prose ("the reduction in cases no-crimed") for a row of a table that gives the
    figure for two periods: does the table's later figure move that way?"""

    def __init__(self, checker: "_Checker", tables):
        self.checker = checker
        self.items = []
        for t in tables:
            ranks = [(_period_rank(c), i) for i, c in enumerate(t.columns) if i > 0]
            ranks = [(r, i) for r, i in ranks if r is not None]
            if len(ranks) != 2 or ranks[0][0] == ranks[1][0]:
                continue
            (_, early), (_, late) = sorted(ranks)
            labels = [str(r[0]) if r else "" for r in t.rows]
            toks = [_label_tokens(lab) for lab in labels]
            df: dict[str, int] = {}
            for ts in toks:
                for w in set(ts):
                    df[w] = df.get(w, 0) + 1
            for i, ts in enumerate(toks):
                rare = [w for w in ts if df[w] <= 2 and w not in _TABLE_GENERIC and len(w) > 2]
                if rare and not _RATE_LABEL.search(labels[i]):
                    self.items.append((t, i, rare, early, late, False))

    def run(self, pars: list[Paragraph]) -> None:
        if not self.items:
            return
        for par in pars:
            low = _ascii_lower(par.text)  # once: a long paragraph is slow to test and to lower-case
            if not (any(map(low.__contains__, _DIR_STEMS)) if low is not None else _ANY_DIR.search(par.text)):
                continue  # not _has_direction(par.text)
            sents = sentences(par)
            cued = _direction_sentences(low, sents) if low is not None else None
            for i, s in enumerate(sents):
                if cued is None or i in cued:
                    self._sentence(s, par)

    def _sentence(self, s: Sentence, par: Paragraph) -> None:
        text = s.text
        if not _has_direction(text):
            return
        low = text.lower()
        cands = []
        initials: list = []
        for t, i, rare, early, late, is_rate in self.items:
            pos = []
            for w in rare:
                p = _token_pos(text, low, w, initials)
                if p is None:
                    break
                pos.append(p)
            else:
                p = pos
            if p is None:
                continue
            a, b = min(p[0] for p in pos), max(p[1] for p in pos)
            if b - a <= 50:
                cands.append((a, b, t, i, early, late, is_rate))
        for a, b, t, i, early, late, is_rate in cands:
            wants_rate = bool(_RATE_NEAR.search(text[max(0, a - 40):b + 20]))
            if is_rate != wants_rate:
                continue
            mb = _DIR_BEFORE.search(text[max(0, a - 80):a])
            ma = _DIR_AFTER.match(text[b:b + 60]) if not mb else None
            m = mb or ma
            if not m:
                continue
            r = t.rows[i]
            x, y = _num(r[early]), _num(r[late])
            if x is None or y is None or x == 0:
                continue
            word = _SPACES.sub(" ", m.group("w").lower())
            if "doubled" in word:
                holds = y > 2 * x if word.startswith("more") else y >= 1.9 * x
            elif word in ("trebled", "tripled"):
                holds = y >= 2.85 * x
            elif word == "halved":
                holds = y <= 0.55 * x
            elif _DOWN_W.search(word):
                holds = y < x
            else:
                holds = y > x
            line = s.line_at(mb.start() + max(0, a - 80)) if mb else s.line_at(b)
            self.checker.add("stated_change", line, word, f"{_fmt(x)} → {_fmt(y)}", "exact" if holds else
                             "contradiction",
                             f"{r[0]}: {t.columns[early]} {_fmt(x)}, {t.columns[late]} {_fmt(y)} (table '{t.title}', "
                             f"line {t.row_lines[i] if i < len(t.row_lines) else t.prov.start_line}); the text says "
                             f"'{word}'", par)


def _label_tokens(label: str) -> list[str]:
    out = []
    for w in _LABEL_WORD.findall(label):
        w = _EDGE_QUOTE.sub("", w)
        m = _ACR_TOKEN.match(w)
        out.append(m.group(1) if m else _stem_word(w.lower()))
    return out


@lru_cache(maxsize=1024)
def _token_rx(w: str) -> re.Pattern:
    if w.isupper():
        return re.compile(rf"\b{w}(?:s|'s|’s|'d|’d)?\b")
    return re.compile(rf"(?<![\w-]){re.escape(w)}(?:s|es)?(?![\w-])")


def _token_pos(text: str, low: str, w: str, initials: list) -> tuple[int, int] | None:
    """Where a label token occurs in a sentence: the word itself, or for an acronym the capitalised words it
    abbreviates ("CRI" → "Crime Related Incidents"); ``initials`` caches the sentence's words."""
    if w.isupper():
        m = _token_rx(w).search(text) if w in text else None
        if m:
            return m.start(), m.end()
        if not initials:
            words = list(_LETTERS.finditer(text))
            initials.extend((words, "".join(x.group(0)[0] if x.group(0)[0].isupper() else "." for x in words)))
        words, caps = initials
        j = caps.find(w)
        return (words[j].start(), words[j + len(w) - 1].end()) if j >= 0 else None
    if w not in low:  # the pattern matches the word itself: absent, no match
        return None
    m = _token_rx(w).search(low)
    return (m.start(), m.end()) if m else None


_PCT_HEAD = re.compile(r"^\s*(?:percentage|proportion|%)\s+(?:of\s+)?(?P<x>.+?)\s*$|^\s*(?P<y>.+?)\s+rate\s*%?\s*$", re.I)


def _head_stems(heading: str, acronyms: dict[str, str]) -> set[str]:
    """The concept a column heading names, as stems: "DV SDs" → {sanction, detection} (its last word, expanded)."""
    words = _HEAD_WORD.findall(heading)
    if not words:
        return set()
    m = _ACR_TOKEN.match(words[-1])
    if m and acronyms.get(m.group(1)):
        return {_stem_word(w) for w in acronyms[m.group(1)].split()}
    return {_stem_word(words[-1].lower())}


def _places(cell) -> int:
    if isinstance(cell, float):
        return 0 if cell.is_integer() else len(repr(cell).split(".")[1])
    return decimals(str(cell).rstrip("%").strip())


def cross_table_rates(checker: "_Checker", tables, acronyms: dict[str, str]) -> None:
    """A percentage column ("Percentage of Sanction Detections") whose numerator is a column of another table of the
    same document: the rows are joined where they give the same counts (incidents, offences), and the rate is the
    other table's count over this row's offences (what a rate is per in this genre)."""
    for t in tables:
        cols = [str(c) for c in t.columns]
        for c in range(1, len(cols)):
            m = _PCT_HEAD.match(cols[c])
            if not m or not _is_pct_col(t, c):
                continue
            phrase = m.group("x") or m.group("y")
            want = {_stem_word(w) for w in _LOW_WORD.findall(phrase.lower())} - _TABLE_GENERIC
            counts = {k: _head_stems(cols[k], acronyms) for k in range(1, len(cols)) if k != c and not _is_pct_col(t, k)}
            base = next((k for k, h in counts.items() if h & {"offence", "crime"}), None)
            if base is None or not want or any(h == want for h in counts.values()):
                continue
            for u in tables:
                if u is t:
                    continue
                ucols = [str(x) for x in u.columns]
                ux = next((k for k in range(1, len(ucols)) if _head_stems(ucols[k], acronyms) == want), None)
                if ux is None:
                    continue
                pairs = [(k, next((j for j in range(1, len(ucols)) if _head_stems(ucols[j], acronyms) == h), None))
                         for k, h in counts.items()]
                pairs = [(k, j) for k, j in pairs if j is not None]
                if len(pairs) < 2:
                    continue
                _join_rates(checker, t, c, base, u, ux, pairs)


def _join_rates(checker: "_Checker", t, c: int, base: int, u, ux: int, pairs) -> None:
    u_vals = None  # the other table's figures in the paired columns, read once
    for i, r in enumerate(t.rows):
        stated = _num(r[c]) if c < len(r) else None
        d = _num(r[base]) if base < len(r) else None
        if stated is None or not d:
            continue
        if u_vals is None:
            u_vals = [[_num(ur[uj]) if uj < len(ur) else None for _, uj in pairs] for ur in u.rows]
        r_vals = [_num(r[k]) if k < len(r) else None for k, _ in pairs]
        match = None
        for j, uv in enumerate(u_vals):
            if all(a is not None and a == b for a, b in zip(r_vals, uv)):
                match = j
                break
        if match is None:
            continue
        n = _num(u.rows[match][ux]) if ux < len(u.rows[match]) else None
        if n is None:
            continue
        computed = n / d * 100
        how = agreement(stated, _places(r[c]), computed)
        line = t.row_lines[i] if i < len(t.row_lines) else t.prov.start_line
        uline = u.row_lines[match] if match < len(u.row_lines) else u.prov.start_line
        checker.add("stated_rate", line, str(r[c]), round(computed, 2), how,
                    f"{r[0]} / {t.columns[c]}: {u.columns[ux]} {_fmt(n)} ('{u.title}', line {uline}, the row with the "
                    f"same counts) / {t.columns[base]} {_fmt(d)} = {computed:.2f}%; the table gives {r[c]}", t)


def check_figures(ctx) -> list[Check]:
    """Every figure check the document's own numbers allow, agreements and disagreements alike."""
    checker = _Checker(ctx)
    pars = doc_paragraphs(ctx)
    tables = getattr(ctx, "tables", []) or []
    checker.prose(pars)
    checker.indicators(read_context(ctx))
    checker.tables(tables)
    if tables:
        acronyms = document_acronyms(pars)
        views = [v for v in (_view(t, acronyms) for t in tables) if v is not None]
        if views:
            _ProseTables(checker, views).run(pars)
        _TableDirections(checker, tables).run(pars)
        cross_table_rates(checker, tables, acronyms)
    return checker.finish()
