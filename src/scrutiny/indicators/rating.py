"""The rating engine: Red / Amber / Green against target and tolerance, and the direction of travel.

The rules (BRIEF §5, as printed in council corporate performance reports):

- **Green**: on target, or within the target tolerance of it — beating the target counts too.
- **Amber**: more than the tolerance off target, and performance has improved or been maintained.
- **Red**: more than the tolerance off target and performance has not improved; a corrective action is required.
- **Direction of travel**: short term against the previous quarter, long term against the same quarter of the
  previous year; ↑ better, ↓ worse, → same, where "better" follows the indicator's polarity (for a band, being
  nearer the band is better).

"Improved" compares the value judged (quarter or year-to-date, per the indicator) with the same point of the
previous year; when that is unknown, a quarter-based indicator falls back to the previous quarter.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .model import Basis, IndicatorDefinition, Observation, Period, Polarity, Target

UP, DOWN, SAME = "↑", "↓", "→"
_EPS = 1e-9


@dataclass
class Rating:
    """The computed rating of one indicator for one period, with the reasons."""

    rag: str | None
    short_dot: str | None
    long_dot: str | None
    explanation: str
    compared: float | None = None
    target: Target | None = None
    off_target: float | None = None  # how far on the worse side of the target (0 = on or beating it)
    allowed: float | None = None  # the tolerance in the indicator's unit
    improved: bool | None = None  # improved or maintained against the comparison value
    stated_rag: str | None = None

    @property
    def corrective_action_required(self) -> bool:
        return self.rag == "Red"

    @property
    def agrees_with_stated(self) -> bool | None:
        """Whether the printed RAG matches the computed one (None when either is unknown)."""
        if self.rag is None or self.stated_rag is None:
            return None
        return self.rag == self.stated_rag


def off_target(value: float, target: Target, polarity: Polarity) -> float:
    """How far ``value`` lies on the worse side of ``target`` (0 when on or better than it)."""
    if target.is_band:
        return max(0.0, target.low - value, value - target.high)  # type: ignore[operator]
    if target.value is None:
        raise ValueError("a single-value target needs a value")
    if polarity is Polarity.HIGHER:
        return max(0.0, target.value - value)
    if polarity is Polarity.LOWER:
        return max(0.0, value - target.value)
    raise ValueError("a band indicator needs a band target")


def compare(new: float, old: float, polarity: Polarity, band: Target | None = None) -> int:
    """+1 when ``new`` is better than ``old``, -1 when worse, 0 when the same (following polarity)."""
    if polarity is Polarity.BAND:
        if band is None or not band.is_band:
            return 0
        d_new, d_old = off_target(new, band, polarity), off_target(old, band, polarity)
        return 0 if abs(d_new - d_old) <= _EPS else (1 if d_new < d_old else -1)
    if abs(new - old) <= _EPS:
        return 0
    better = new > old if polarity is Polarity.HIGHER else new < old
    return 1 if better else -1


def arrow(direction: int | None) -> str | None:
    if direction is None:
        return None
    return UP if direction > 0 else (DOWN if direction < 0 else SAME)


def _fmt(x: float | None) -> str:
    if x is None:
        return "unknown"
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}".rstrip("0").rstrip(".")


def _tolerance_allowed(defn: IndicatorDefinition, target: Target, value: float) -> float:
    if target.is_band:
        bound = target.low if value < target.low else target.high  # type: ignore[operator]
        return defn.tolerance.allowed(bound)  # type: ignore[arg-type]
    return defn.tolerance.allowed(target.value)  # type: ignore[arg-type]


def rate(definition: IndicatorDefinition, observations: Iterable[Observation], period: Period) -> Rating:
    """Rate ``definition`` for ``period`` from its ``observations`` (any periods; others serve as comparisons)."""
    by_period = {o.period: o for o in observations if o.code == definition.code or not o.code}
    obs = by_period.get(period)
    if obs is None:
        return Rating(None, None, None, f"No observation of {definition.name} for {period.label}.")
    basis = definition.basis
    what = "year-to-date value" if basis is Basis.YTD else "quarter value"
    short_dot, long_dot = _directions(definition, obs, by_period, period)
    value = obs.compared(basis)
    target = definition.target_for(period)
    base = dict(short_dot=short_dot, long_dot=long_dot, stated_rag=obs.stated_rag)
    if value is None:
        return Rating(None, explanation=f"Not rated: the {what} for {period.label} is not known.", **base)
    if target is None:
        return Rating(None, explanation=f"Not rated: no target for {period.label} ({what} {_fmt(value)}).",
                      compared=value, **base)
    polarity = Polarity.BAND if target.is_band else definition.polarity
    off = off_target(value, target, polarity)
    allowed = _tolerance_allowed(definition, target, value)
    where = (f"the {what} {_fmt(value)} against the target {target.describe()} "
             f"(tolerance {definition.tolerance.describe()})")
    common = dict(compared=value, target=target, off_target=off, allowed=allowed, **base)
    if off <= allowed + _EPS:
        how = "meets or beats" if off <= _EPS else f"is {_fmt(off)} off but within the tolerance of"
        return Rating("Green", explanation=f"Green: {where} — {how} the target.", **common)
    prev, prev_label = _comparison(definition, obs, by_period, period)
    if prev is None:
        return Rating(None, explanation=f"Not rated: {where} is {_fmt(off)} off, more than the tolerance, "
                                        f"and there is no earlier value to tell whether it improved.", **common)
    direction = compare(value, prev, polarity, target)
    improved = direction >= 0
    common["improved"] = improved
    if improved:
        how = "improved on" if direction > 0 else "maintained"
        return Rating("Amber", explanation=f"Amber: {where} is {_fmt(off)} off, more than the tolerance, but "
                                           f"performance {how} {prev_label} {_fmt(prev)}.", **common)
    return Rating("Red", explanation=f"Red: {where} is {_fmt(off)} off, more than the tolerance, and performance "
                                     f"has not improved on {prev_label} {_fmt(prev)}; corrective action is "
                                     f"required.", **common)


def _comparison(defn: IndicatorDefinition, obs: Observation, by_period: dict[Period, Observation],
                period: Period) -> tuple[float | None, str]:
    """The value to judge improvement against: the same point last year, else (quarter basis) the last quarter."""
    basis = defn.basis
    prev = obs.compared_last_year(basis)
    if prev is None and period.last_year() in by_period:
        prev = by_period[period.last_year()].compared(basis)
    if prev is not None:
        return prev, ("last year's year to date" if basis is Basis.YTD else "the same quarter last year")
    if basis is Basis.QUARTER and period.quarter and period.previous() in by_period:
        q = by_period[period.previous()].value
        if q is not None:
            return q, "the previous quarter"
    return None, ""


def _directions(defn: IndicatorDefinition, obs: Observation, by_period: dict[Period, Observation],
                period: Period) -> tuple[str | None, str | None]:
    """Short-term (previous quarter) and long-term (same quarter last year) arrows from quarter values."""
    target = defn.target_for(period)
    polarity = Polarity.BAND if target is not None and target.is_band else defn.polarity
    if obs.value is None:
        return None, None
    short = long = None
    prev_q = by_period.get(period.previous()) if period.quarter else None
    if prev_q is not None and prev_q.value is not None:
        short = compare(obs.value, prev_q.value, polarity, target)
    last = obs.last_year
    if last is None and period.last_year() in by_period:
        last = by_period[period.last_year()].value
    if last is not None:
        long = compare(obs.value, last, polarity, target)
    return arrow(short), arrow(long)


def rate_all(definition: IndicatorDefinition, observations: Iterable[Observation]) -> dict[Period, Rating]:
    """Rate every period that has an observation."""
    obs = list(observations)
    return {o.period: rate(definition, obs, o.period) for o in obs if o.code in (definition.code, "")}
