"""The quarterly performance report: for a set of indicators and a quarter, a RAG table with short- and long-term
direction-of-travel arrows, the RAG summary, a trend per indicator with its target band, the London (or other)
comparison, and a corrective-action section for every Red indicator.

Ratings come from the rating engine (:mod:`scrutiny.indicators.rating`). Inputs are indicator definitions and
observations — from the ``scrutiny.indicators/1`` CSV files, or read out of a performance report's prose
(:func:`inputs_from_document`). A document rarely prints its targets and tolerances, so for a document each
printed rating is checked against the document's own figures: *reproduced* (the engine computes the same rating),
*supported* (the figures agree with the part of the rule they can test — e.g. "has not improved" for Red — but
the target is not printed), *contradicted* (the figures give another rating) or *not checkable*.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..indicators.model import Basis, IndicatorDefinition, Observation, Period, Polarity, Target, Tolerance
from ..indicators.rating import Rating, compare, rate

RAG_ORDER = ("Red", "Amber", "Green")
# names of things of which less is better / more is better (the genre's indicators; polarity is rarely printed)
_LOWER_NAME = re.compile(r"offen[cs]e|crime|incident|anti-?social|\basb\b|burglar|robber|theft|violen|assault|"
                         r"fires?\b|injur|casualt|re-?offend|victim|complaint|killed|death|collision|arson", re.I)
_HIGHER_NAME = re.compile(r"detection|satisf|confidence|sanction|outcome|charged|solved|attendance|response "
                          r"within|completed|accepted", re.I)
_LONDON = re.compile(r"\b(?P<label>London[- ]wide|across London|London average|nationally|national average|"
                     r"England and Wales|[Mm]ost similar (?:group|boroughs?)|family group)\b[^.;]{0,60}?"
                     r"\b(?P<dir>increase|rise|decrease|reduction|fall|drop|decline)\s+of\s+"
                     r"(?P<n>\d+(?:\.\d+)?)\s?(?:%|per ?cent)", re.I)


@dataclass
class Comparison:
    """A comparator figure: a level (``national average 24.5``) or a change (``London-wide +3.8%``)."""

    label: str
    value: float
    is_change: bool  # a percentage change, to set beside the indicator's own change
    line: int | None = None

    def describe(self, unit: str) -> str:
        if self.is_change:
            return f"{self.label}: {self.value:+.1f}%"
        return f"{self.label}: {_fmt(self.value, unit)}"


@dataclass
class IndicatorExtras:
    """What a document says about an indicator beyond the observations: printed ratings, commentary, notes."""

    stated: list[tuple[str, int | None]] = field(default_factory=list)  # (RAG, line) in document order
    commentary: str | None = None
    commentary_lines: list[int] = field(default_factory=list)
    comparison: Comparison | None = None
    notes: list[str] = field(default_factory=list)
    polarity_known: bool = True


@dataclass
class IndicatorResult:
    definition: IndicatorDefinition
    observation: Observation | None
    history: list[Observation]
    rating: Rating
    extras: IndicatorExtras
    rag: str | None  # the rating shown: computed, else the printed one
    rag_source: str | None  # computed | printed
    verdict: str  # computed | reproduced | supported | contradicted | not checkable
    verdict_text: str

    @property
    def stated(self) -> list[str]:
        out: list[str] = []
        for rag, _ in self.extras.stated:
            if rag not in out:
                out.append(rag)
        return out

    @property
    def own_change(self) -> float | None:
        """The indicator's own % change against last year, on the value it is judged on."""
        o = self.observation
        if o is None:
            return None
        now, then = o.compared(self.definition.basis), o.compared_last_year(self.definition.basis)
        if now is None or not then:
            return None
        return (now - then) / then * 100


@dataclass
class PerformanceReport:
    title: str
    body: str | None
    period: Period
    results: list[IndicatorResult]
    source: str
    notes: list[str] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        out = {k: 0 for k in RAG_ORDER}
        out["Not rated"] = 0
        for r in self.results:
            out[r.rag if r.rag in RAG_ORDER else "Not rated"] += 1
        return out

    @property
    def summary(self) -> str:
        """"Of the 3 indicators 2 (66.7%) are Red and 1 (33.3%) is Green." (percentages rounded, not cut)."""
        n = len(self.results)
        if not n:
            return "No indicators are reported for this period."
        bits = []
        for k, v in self.counts.items():
            if v:
                verb = "is" if v == 1 else "are"
                what = k if k != "Not rated" else "not rated"
                bits.append(f"{v} ({v / n * 100:.1f}%) {verb} {what}")
        text = bits[0] if len(bits) == 1 else ", ".join(bits[:-1]) + " and " + bits[-1]
        return f"Of the {n} indicator{'s' if n != 1 else ''} {text}."

    @property
    def red(self) -> list[IndicatorResult]:
        return [r for r in self.results if r.rag == "Red"]


# ---------------------------------------------------------------------------------------------------------------
# formatting


def _fmt(x: float | None, unit: str = "count") -> str:
    if x is None:
        return "–"
    s = f"{x:,.0f}" if float(x).is_integer() else f"{x:,.1f}"
    return s + ("%" if unit == "percent" else "")


# ---------------------------------------------------------------------------------------------------------------
# checking a printed rating against the figures


def _improvement(defn: IndicatorDefinition, obs: Observation, basis: Basis,
                 target: Target | None) -> tuple[int | None, str]:
    """+1/0/-1 (better/same/worse) of the value on ``basis`` against the same point last year, and how."""
    now, then = obs.compared(basis), obs.compared_last_year(basis)
    what = "year-to-date value" if basis is Basis.YTD else "quarter's value"
    if now is None or then is None:
        return None, f"the {what} or last year's is not known"
    polarity = Polarity.BAND if target is not None and target.is_band else defn.polarity
    d = compare(now, then, polarity, target)
    word = {1: "better than", 0: "the same as", -1: "worse than"}[d]
    return d, f"the {what} {_fmt(now, defn.unit)} is {word} last year's {_fmt(then, defn.unit)}"


def _check(defn: IndicatorDefinition, obs: Observation | None, rating: Rating, extras: IndicatorExtras,
           period: Period) -> tuple[str | None, str | None, str, str]:
    """(shown RAG, its source, verdict, explanation) for one indicator."""
    stated = []
    for rag, _ in extras.stated:
        if rag not in stated:
            stated.append(rag)
    lines = ", ".join(str(ln) for _, ln in extras.stated if ln)
    printed = " and ".join(stated) + (f" (line {lines})" if lines else "") if stated else ""
    if len(stated) > 1:
        printed += " — the document rates it both ways"
    if rating.rag is not None:
        if not stated:
            return rating.rag, "computed", "computed", rating.explanation
        if rating.rag in stated:
            text = f"Printed {printed}. Computed {rating.explanation}"
            others = [f"{rag} (line {ln})" if ln else rag for rag, ln in extras.stated if rag != rating.rag]
            if others:
                text += f" The figures do not support the {' and '.join(others)} the document also prints."
            return rating.rag, "computed", "reproduced", text
        return rating.rag, "computed", "contradicted", f"Printed {printed}, but the figures give {rating.explanation}"
    if not stated:
        return None, None, "not checkable", rating.explanation
    shown = stated[0]
    if obs is None or not extras.polarity_known:
        why = "there is no observation for the period" if obs is None else "which way is better is not stated"
        return shown, "printed", "not checkable", f"Printed {printed}; not checked: {why}."
    target = defn.target_for(period)
    if shown in ("Red", "Amber"):
        d, how = _improvement(defn, obs, defn.basis, target)
        if d is None:
            return shown, "printed", "not checkable", f"Printed {printed}; not checked: {how}."
        needs = "has not improved" if shown == "Red" else "has improved or been maintained"
        ok = (d < 0) if shown == "Red" else (d >= 0)
        gap = ("; the target and tolerance are not printed, so whether it is more than the tolerance off target "
               "cannot be checked") if target is None else ""
        text = (f"Printed {printed}. {shown} needs performance that {needs}: {how}"
                f"{' — consistent' if ok else ' — not consistent'}{gap}.")
        other = Basis.QUARTER if defn.basis is Basis.YTD else Basis.YTD
        d2, how2 = _improvement(defn, obs, other, target)
        if d2 is not None and ((d2 < 0) if shown == "Red" else (d2 >= 0)) != ok:
            text += f" On the other basis the answer differs: {how2}."
        return shown, "printed", "supported" if ok else "contradicted", text
    return shown, "printed", "not checkable", (f"Printed {printed}; not checked: no target is printed for "
                                               f"{period.label}.")


def build_performance_report(definitions: Iterable[IndicatorDefinition], observations: Iterable[Observation],
                             period: Period, extras: dict[str, IndicatorExtras] | None = None, *,
                             title: str | None = None, body: str | None = None, source: str = "",
                             notes: Iterable[str] = ()) -> PerformanceReport:
    """Rate every indicator for ``period`` and check any printed rating against the figures."""
    obs = list(observations)
    results = []
    for defn in definitions:
        mine = sorted((o for o in obs if o.code == defn.code), key=lambda o: o.period)
        rating = rate(defn, mine, period)
        ex = (extras or {}).get(defn.code) or IndicatorExtras()
        current = next((o for o in mine if o.period == period), None)
        if current is not None and current.stated_rag and not ex.stated:
            ex.stated.append((current.stated_rag, current.line if current.source != "csv" else None))
        if current is not None and current.corrective_action and not ex.commentary:
            ex.commentary = current.corrective_action
        if current is not None and current.comparator is not None and ex.comparison is None:
            ex.comparison = Comparison(current.comparator_label or "Comparator", current.comparator, False)
        shown, source_of, verdict, text = _check(defn, current, rating, ex, period)
        results.append(IndicatorResult(defn, current, mine, rating, ex, shown, source_of, verdict, text))
    return PerformanceReport(title=title or f"Performance report: {period.label}", body=body, period=period,
                             results=results, source=source, notes=list(notes))


# ---------------------------------------------------------------------------------------------------------------
# inputs


def inputs_from_csv(definitions: str | Path, observations: str | Path
                    ) -> tuple[list[IndicatorDefinition], list[Observation]]:
    """Definitions and observations from ``scrutiny.indicators/1`` CSV files."""
    from ..indicators.csv_import import load_definitions, load_observations

    defs = load_definitions(definitions)
    return defs, load_observations(observations, defs)


_ACRONYM = re.compile(r"\(([A-Z]{2,8})\)")


def _slug(name: str) -> str:
    """A code for an indicator the document gives none: its acronym ("(TNO)"), else its initials."""
    m = _ACRONYM.search(name)
    if m:
        return m.group(1)
    words = re.findall(r"[A-Za-z]+", name)
    return "".join(w[0].upper() for w in words if len(w) > 2)[:8] or "IND"


def _polarity(name: str) -> Polarity | None:
    if _HIGHER_NAME.search(name):
        return Polarity.HIGHER
    if _LOWER_NAME.search(name):
        return Polarity.LOWER
    return None


def inputs_from_document(path: str | Path, period: Period | None = None
                         ) -> tuple[list[IndicatorDefinition], list[Observation], dict[str, IndicatorExtras], Period,
                                    list[str]]:
    """Indicators a performance report rates, read from its prose: definitions (with what the document says of
    polarity, band and basis), observations, printed ratings and commentary, the period, and notes on every
    assumption made. Only indicators with a printed rating for the period are taken."""
    from ..clean import mark_noise
    from ..read import read_document

    doc = read_document(Path(path))
    noise = mark_noise(doc)
    return inputs_from_lines(Path(path).name, doc.lines, lambda n: bool(noise[n - 1]), period)


def inputs_from_lines(name: str, lines: Iterable, is_noise=lambda n: False, period: Period | None = None
                      ) -> tuple[list[IndicatorDefinition], list[Observation], dict[str, IndicatorExtras], Period,
                                 list[str]]:
    """:func:`inputs_from_document` for lines already read (objects with ``number`` and ``text``), e.g. a stored
    document's."""
    from ..indicators.prose import read_paragraphs
    from ..indicators.text import paragraphs

    reading = read_paragraphs(paragraphs(iter(lines), is_noise))
    rated = [s for s in reading.series if s.rags and s.findings]
    if period is None:
        periods = sorted({s.block.period for s in rated if s.block.period is not None})
        if not periods:
            raise ValueError(f"{name}: no rated indicators with a period were found")
        period = periods[-1]
    defs, obs, extras, notes = [], [], {}, []
    seen: set[str] = set()
    seen_keys: set[frozenset[str]] = set()
    for s in rated:
        if s.block.period != period and period not in s.findings:
            continue
        if s.key in seen_keys:  # the same indicator reported again
            continue
        seen_keys.add(s.key)
        code = s.code or _slug(s.name)
        while code in seen:
            code += "'"
        seen.add(code)
        f = s.findings.get(period)
        ex = IndicatorExtras(stated=[(rag, ln) for rag, ln in s.rags])
        if s.band:
            polarity, target = Polarity.BAND, Target.band(s.band[0], s.band[1])
            ex.notes.append(f"Band {s.band[0]:g}–{s.band[1]:g} as printed (line {s.band[2]}); inside is better.")
        else:
            polarity, target = _polarity(s.name), None
            if polarity is None:
                ex.polarity_known = False
                ex.notes.append("Which way is better is not printed and cannot be told from the name.")
            else:
                ex.notes.append(f"Polarity not printed: {'lower' if polarity is Polarity.LOWER else 'higher'} "
                                f"taken as better, from the indicator's name.")
        if f is not None and f.target:
            try:
                target = Target(float(f.target.replace(",", "")))
            except ValueError:
                pass
        basis = Basis.YTD if f is not None and f.ytd is not None and f.last_year_ytd is not None else Basis.QUARTER
        if basis is Basis.YTD:
            ex.notes.append("Judged on the financial year to date against last year's, the figures the report "
                            "gives for it.")
        defn = IndicatorDefinition(code=code, name=s.name, unit="percent" if s.unit == "percent" else "count",
                                   polarity=polarity or Polarity.LOWER, basis=basis, default_target=target,
                                   tolerance=Tolerance(0.0))
        if target is not None:
            ex.notes.append("No tolerance is printed: none is allowed.")
        if f is not None and s.band and f.ytd is not None and f.value is not None:
            off = max(0.0, s.band[0] - f.ytd, f.ytd - s.band[1])
            if off > 0:
                ex.notes.append(f"The year-to-date figure {_fmt(f.ytd, defn.unit)} is outside the band "
                                f"{s.band[0]:g}–{s.band[1]:g} by {off:.1f}; only the quarter's "
                                f"{_fmt(f.value, defn.unit)} is inside it.")
        series_obs = [Observation(**{**o.__dict__, "code": code}) for o in s.observations()]
        obs.extend(series_obs)
        _commentary(s, ex)
        if s.comparator:
            ex.comparison = Comparison(s.comparator[0], s.comparator[1], False, s.comparator[2])
        defs.append(defn)
        extras[code] = ex
    if not defs:
        raise ValueError(f"{name}: no rated indicators for {period.label}")
    notes.append(f"Read from {name}: targets and tolerances are not printed in the document unless "
                 f"noted, so printed ratings are checked against the figures the document gives.")
    return defs, obs, extras, period, notes


def _commentary(series, ex: IndicatorExtras) -> None:
    """The paragraphs that give the indicator's figures, as commentary, and a London-wide change in them."""
    wanted = {ln for f in series.findings.values() for ln in f.lines}
    texts, lines = [], []
    for p in series.block.paragraphs:
        if wanted & set(p.lines):
            texts.append(p.text.lstrip("•- ").strip())
            lines.append(p.first_line)
            m = _LONDON.search(p.text) if ex.comparison is None else None
            if m:
                sign = -1 if m.group("dir").lower() in ("decrease", "reduction", "fall", "drop", "decline") else 1
                label = m.group("label")
                label = label[0].upper() + label[1:]
                ex.comparison = Comparison(label, sign * float(m.group("n")), True, p.line_at(m.start()))
    if texts:
        ex.commentary = " ".join(texts)
        ex.commentary_lines = lines
