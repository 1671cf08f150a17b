"""Indicator definitions and observations, keyed by UK financial-year periods (Q1 = April–June).

A :class:`Period` is a quarter (``quarter`` 1–4) or a whole financial year (``quarter`` None) of the financial
year that starts in April of ``fy``. An :class:`IndicatorDefinition` says how to judge an indicator (polarity,
the value compared, target per period, tolerance); an :class:`Observation` holds what was reported for one
period (quarter value, year-to-date value, same period last year, a comparator, the printed RAG).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import Enum


class Polarity(str, Enum):
    """Which way is better: a higher value, a lower value, or staying inside a two-sided band."""

    HIGHER = "higher"
    LOWER = "lower"
    BAND = "band"


class Basis(str, Enum):
    """Which value is compared with the target: the quarter's own value or the financial year to date."""

    QUARTER = "quarter"
    YTD = "ytd"


# ---------------------------------------------------------------------------------------------------------------
# Periods

_FY = r"(?P<y1>(?:19|20)?\d{2})\s*[/\-–]\s*(?P<y2>\d{2}(?:\d{2})?)"
_QUARTER_RX = re.compile(
    r"\b(?:Q|Qtr\.?\s*|Quarter\s*)(?P<q>[1-4])\b(?:\s*\(?\s*(?:of\s+)?(?:FY\s*)?" + _FY + r"\s*\)?)?", re.I)
_FY_RX = re.compile(r"\b(?:FY\s*)?" + _FY + r"\b")


def _full_year(y: str) -> int:
    n = int(y)
    return n if n >= 100 else 2000 + n


@dataclass(frozen=True, order=True)
class Period:
    """A UK financial-year period: ``fy`` is the calendar year in which the financial year starts (April)."""

    fy: int
    quarter: int | None = None

    def __post_init__(self) -> None:
        if self.quarter is not None and not 1 <= self.quarter <= 4:
            raise ValueError(f"quarter must be 1-4, not {self.quarter}")

    @property
    def fy_label(self) -> str:
        return f"{self.fy}/{(self.fy + 1) % 100:02d}"

    @property
    def label(self) -> str:
        """``Q3 2016/17`` for a quarter, ``2016/17`` for a whole year."""
        return f"Q{self.quarter} {self.fy_label}" if self.quarter else self.fy_label

    def __str__(self) -> str:
        return self.label

    @property
    def start(self) -> dt.date:
        q = self.quarter or 1
        month = 4 + 3 * (q - 1)
        return dt.date(self.fy + (month - 1) // 12, (month - 1) % 12 + 1, 1)

    @property
    def end(self) -> dt.date:
        """The last day of the period."""
        if self.quarter is None or self.quarter == 4:
            return dt.date(self.fy + 1, 3, 31)
        nxt = Period(self.fy, self.quarter + 1).start
        return nxt - dt.timedelta(days=1)

    def previous(self) -> Period:
        """The previous quarter (Q1's previous is Q4 of the year before); the previous year for a year."""
        if self.quarter is None:
            return Period(self.fy - 1)
        return Period(self.fy, self.quarter - 1) if self.quarter > 1 else Period(self.fy - 1, 4)

    def last_year(self) -> Period:
        """The same period of the previous financial year."""
        return Period(self.fy - 1, self.quarter)

    def quarters_to_date(self) -> list[Period]:
        """The quarters from Q1 of this financial year up to and including this one."""
        return [Period(self.fy, q) for q in range(1, (self.quarter or 4) + 1)]

    @classmethod
    def of_date(cls, d: dt.date) -> Period:
        """The quarter holding ``d``."""
        fy = d.year if d.month >= 4 else d.year - 1
        return cls(fy, (d.month - 4) % 12 // 3 + 1)

    @classmethod
    def of_month(cls, month: str) -> Period:
        """The quarter of a ``YYYY-MM`` month (as police.uk writes it)."""
        y, m = month.strip().split("-")[:2]
        return cls.of_date(dt.date(int(y), int(m), 1))

    @classmethod
    def last_complete_before(cls, d: dt.date) -> Period:
        """The most recent quarter that had ended before ``d``."""
        return cls.of_date(d).previous()

    @classmethod
    def parse(cls, text: str, default_fy: int | None = None) -> Period | None:
        """Read ``Q3 2016/17``, ``Quarter 3 (2016-17)``, ``Q3 16/17``, ``2016/17`` (a year), ``Q2`` (with
        ``default_fy``). Returns None when no period can be read."""
        m = _QUARTER_RX.search(text)
        if m:
            fy = _full_year(m.group("y1")) if m.group("y1") else default_fy
            return cls(fy, int(m.group("q"))) if fy is not None else None
        m = _FY_RX.search(text)
        if m and _consecutive(m.group("y1"), m.group("y2")):
            return cls(_full_year(m.group("y1")))
        return None


def _consecutive(y1: str, y2: str) -> bool:
    a = _full_year(y1)
    b = int(y2)
    return (b % 100) == (a + 1) % 100


# ---------------------------------------------------------------------------------------------------------------
# Definitions and observations


@dataclass(frozen=True)
class Tolerance:
    """How far off target still counts as on target: ``value`` in the indicator's unit, or a fraction of the
    target when ``relative`` (0.05 = 5%)."""

    value: float = 0.0
    relative: bool = False

    def allowed(self, target: float) -> float:
        return abs(target) * self.value if self.relative else self.value

    def describe(self) -> str:
        return f"{self.value * 100:g}% of target" if self.relative else f"{self.value:g}"


@dataclass(frozen=True)
class Target:
    """A target: a single value, or a two-sided band ``low``–``high`` (for band indicators)."""

    value: float | None = None
    low: float | None = None
    high: float | None = None

    @classmethod
    def band(cls, low: float, high: float) -> Target:
        return cls(None, min(low, high), max(low, high))

    @property
    def is_band(self) -> bool:
        return self.low is not None and self.high is not None

    def describe(self) -> str:
        return f"{self.low:g}–{self.high:g}" if self.is_band else f"{self.value:g}"


@dataclass
class IndicatorDefinition:
    """What an indicator measures and how it is judged."""

    code: str
    name: str
    unit: str = "count"  # count | percent | rate | …
    polarity: Polarity = Polarity.LOWER
    basis: Basis = Basis.QUARTER
    targets: dict[Period, Target] = field(default_factory=dict)
    default_target: Target | None = None  # used for a period with no target of its own (e.g. a fixed band)
    tolerance: Tolerance = field(default_factory=Tolerance)

    def target_for(self, period: Period) -> Target | None:
        return self.targets.get(period, self.default_target)


@dataclass
class Observation:
    """What was reported for one indicator and one period. Unknown values stay None."""

    code: str
    period: Period
    value: float | None = None  # the quarter's own value
    ytd: float | None = None  # financial year to date, up to the end of this period
    last_year: float | None = None  # the same quarter of the previous year
    last_year_ytd: float | None = None  # the previous year's year to date, at the same point
    comparator: float | None = None  # London-wide / national / family-group figure
    comparator_label: str | None = None
    stated_rag: str | None = None  # as printed: Red | Amber | Green
    corrective_action: str | None = None
    line: int | None = None
    source: str | None = None

    def compared(self, basis: Basis) -> float | None:
        return self.ytd if basis is Basis.YTD else self.value

    def compared_last_year(self, basis: Basis) -> float | None:
        return self.last_year_ytd if basis is Basis.YTD else self.last_year


RAG_WORDS = ("Red", "Amber", "Green")


def normalise_rag(text: str | None) -> str | None:
    """``red``/``R``/``RED`` → ``Red``; anything else → None."""
    if not text:
        return None
    t = text.strip().strip("'\"*").lower()
    for w in RAG_WORDS:
        if t == w.lower() or t == w[0].lower():
            return w
    return None
