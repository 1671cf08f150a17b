"""Dates as printed in oversight papers → ISO (YYYY-MM-DD).

Handles "15th December 2014", "Thursday 8 January 2015", "5 Dec 2014", "December 4, 2014", "17/03/2017",
"17.03.17" and, given a reference date, dates printed without a year ("on 4 September" in a letter dated
December 2014 → the latest 4 September on or before the reference).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ..casefold import fold

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
def month_number(word: str) -> int | None:
    """1–12 for a month's name or abbreviation as a case-insensitive pattern matched it ("Sept.", "MARCH",
    "ſeptember"), None for anything else. Every module that reads a month name looks it up here."""
    return MONTHS.get(fold(word.rstrip(".")))


_MONTH = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|" \
         r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_DAY_NAME = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?\s+)?"

# "15th December 2014", "5 Dec 2014", "4 September" (year optional), "Thursday 8 January 2015"
_DMY = re.compile(rf"\b{_DAY_NAME}{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?\b", re.I)
# "December 4, 2014", "December 4th 2014"
_MDY = re.compile(rf"\b{_DAY_NAME}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I)
# "17/03/2017", "17-03-2017", "17.03.17"
_NUMERIC = re.compile(r"\b(?P<day>[0-3]?\d)[/.\-](?P<month>[01]?\d)[/.\-](?P<year>(?:19|20)?\d{2})\b")
# "2017-03-17"
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
_DIGIT = re.compile(r"\d")
# cheap tests before the date patterns: every month name starts with one of these (matched as _MONTH is, ignoring
# case), and a numeric date has a separator
_MONTH_START = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec", re.I)


@dataclass(frozen=True)
class DateHit:
    """A date found in a text: its ISO form (None when no year could be given), span and whether the year was
    printed."""

    iso: str | None
    start: int
    end: int
    has_year: bool
    text: str


def _make(year: int | None, month: int, day: int, ref: dt.date | None) -> tuple[str | None, bool]:
    has_year = year is not None
    if year is None:
        if ref is None:
            return None, False
        year = ref.year
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            return None, False
        if cand > ref:
            year -= 1
    try:
        return dt.date(year, month, day).isoformat(), has_year
    except ValueError:
        return None, has_year


def find_dates(text: str, ref: str | dt.date | None = None) -> list[DateHit]:
    """Every date printed in ``text``, in order. ``ref`` (ISO or date) resolves dates printed without a year."""
    if not text or not _DIGIT.search(text):  # every form of date has a digit
        return []
    return list(_find_dates(text, ref))


@lru_cache(maxsize=4096)
def _find_dates(text: str, ref: str | dt.date | None) -> tuple[DateHit, ...]:
    """:func:`find_dates`, memoised: the extractors read the same lines (headers, letterheads) for dates."""
    if isinstance(ref, str):
        try:
            ref = dt.date.fromisoformat(ref)
        except ValueError:
            ref = None
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    named = _MONTH_START.search(text) is not None
    for m in _MDY.finditer(text) if named else ():
        iso, hy = _make(int(m["year"]), month_number(m["month"]), int(m["day"]), ref)
        hits.append(DateHit(iso, m.start(), m.end(), hy, m.group(0)))
        taken.append((m.start(), m.end()))
    for m in _DMY.finditer(text) if named else ():
        if not free(m.start(), m.end()):
            continue
        year = int(m["year"]) if m["year"] else None
        iso, hy = _make(year, month_number(m["month"]), int(m["day"]), ref)
        hits.append(DateHit(iso, m.start(), m.end(), hy, m.group(0)))
        taken.append((m.start(), m.end()))
    numeric = "-" in text or "/" in text or "." in text
    for rx in (_ISO, _NUMERIC) if numeric else ():
        for m in rx.finditer(text):
            if not free(m.start(), m.end()):
                continue
            y = int(m["year"])
            if y < 100:
                y += 2000
            month, day = int(m["month"]), int(m["day"])
            if not (1 <= month <= 12):
                continue
            iso, hy = _make(y, month, day, ref)
            if iso:
                hits.append(DateHit(iso, m.start(), m.end(), hy, m.group(0)))
                taken.append((m.start(), m.end()))
    hits.sort(key=lambda h: h.start)
    return tuple(hits)


def parse_date(text: str | None, ref: str | dt.date | None = None) -> str | None:
    """The first date in ``text`` as ISO, or None."""
    for h in find_dates(text or "", ref):
        if h.iso:
            return h.iso
    return None


_ONLY_DATE = re.compile(r"^[\W_]*(?:date[d]?\s*[:\-]?\s*)?(?P<body>.{6,40}?)[\W_]*$", re.I)


def date_line(text: str) -> str | None:
    """ISO date when the whole line is a full date (with a year) such as a letterhead "15th December 2014" or
    "Date: 5 Dec 2014", else None."""
    m = _ONLY_DATE.match(text.strip())
    if not m:
        return None
    hits = find_dates(m["body"])
    if len(hits) == 1 and hits[0].has_year and hits[0].iso:
        rest = (m["body"][: hits[0].start] + m["body"][hits[0].end:]).strip(" ,.")
        if not rest:
            return hits[0].iso
    return None
