"""Due dates, UK working days and status "as of" a date.

- :func:`parse_deadline` turns deadline words ("by March 2015", "within 28 days", "within 20 working days", "by the
  next meeting", "31 March 2015") — or, when the text gives none, a per-body default such as "within two months"
  for responses to recommendations — into a :class:`Due`: a date and an explanation of how it was computed.
- :func:`add_working_days` / :func:`working_days_between` count working days in England and Wales: Monday to
  Friday, skipping the bank holidays of the maintained ``holidays`` library (``country_holidays("GB",
  subdiv="ENG")``, substitute days included).
- :func:`status_as_of` normalises an item's status (open | in_progress | answered | completed | overdue |
  withdrawn) from the document's words and the item's answering links, as things stood on a given date.

Dates are ISO strings at the edges (``datetime.date`` accepted too); everything is deterministic given ``as_of``.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Iterable, Mapping

import holidays
from dateutil.relativedelta import relativedelta

from .extract._dates import month_number
from .status import classify_status

STATUSES = ("open", "in_progress", "answered", "completed", "overdue", "withdrawn")
OPEN_STATUSES = frozenset({"open", "in_progress", "overdue"})
ANSWERING_RELATIONS = frozenset({"answers", "updates", "responds_to_topic"})

# --- dates ------------------------------------------------------------------------------------------------------


def to_date(value: str | date | None) -> date | None:
    """``value`` as a date: a date passes through, an ISO string (YYYY-MM-DD, longer strings cut) is parsed, None
    and unparseable strings give None."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _long(d: date) -> str:
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"


# --- working days -----------------------------------------------------------------------------------------------


@lru_cache(maxsize=256)
def _bank_holidays_of(year: int) -> dict[date, str]:
    return dict(holidays.country_holidays("GB", subdiv="ENG", years=year).items())


def bank_holiday(d: date) -> str | None:
    """The name of the England-and-Wales bank holiday on ``d``, or None."""
    return _bank_holidays_of(d.year).get(d)


def is_working_day(d: str | date) -> bool:
    """True for Monday–Friday that is not an England-and-Wales bank holiday."""
    d = to_date(d)
    return d.weekday() < 5 and bank_holiday(d) is None


def add_working_days(start: str | date, n: int) -> date:
    """The date ``n`` working days after ``start`` (before it when ``n`` is negative); ``start`` itself is never
    counted, so 1 working day after a Friday is the Monday (or Tuesday after an Easter Monday). ``n == 0`` gives
    ``start``."""
    d = to_date(start)
    if d is None:
        raise ValueError(f"not a date: {start!r}")
    step = 1 if n >= 0 else -1
    left = abs(n)
    while left:
        d += timedelta(days=step)
        if is_working_day(d):
            left -= 1
    return d


def working_days_between(a: str | date, b: str | date) -> int:
    """Working days ``d`` with ``a < d <= b`` (negative when ``b`` is before ``a``), so that
    ``working_days_between(a, add_working_days(a, n)) == n``."""
    da, db = to_date(a), to_date(b)
    if da is None or db is None:
        raise ValueError(f"not dates: {a!r}, {b!r}")
    if db < da:
        return -working_days_between(db, da)
    count = 0
    d = da
    while d < db:
        d += timedelta(days=1)
        if is_working_day(d):
            count += 1
    return count


def bank_holidays_between(a: date, b: date) -> list[tuple[date, str]]:
    """Bank holidays falling on weekdays with ``a < d <= b`` (the ones working-day arithmetic skips)."""
    out = []
    d = a
    while d < b:
        d += timedelta(days=1)
        name = bank_holiday(d)
        if name and d.weekday() < 5:
            out.append((d, name))
    return out


# --- deadlines --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Due:
    """A due date and how it was computed. ``date`` is None when no deadline could be worked out."""

    date: str | None
    explanation: str
    rule: str | None = None  # explicit_date | end_of_month | calendar_days | working_days | weeks | months |
    #                          next_meeting | next_week | end_of_year | end_of_financial_year | None
    source: str | None = None  # "text" | "default" | None
    words: str | None = None  # the phrase the date was computed from


_MONTH_RX = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|" \
            r"apr|jun|jul|aug|sept|sep|oct|nov|dec)"
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "twenty-one": 21,
    "twenty-eight": 28, "thirty": 30, "forty": 40, "forty-five": 45, "sixty": 60, "ninety": 90,
}
# "a"/"an" are left to _WITHIN_A, which insists on "within" ("twice a month" is not a deadline)
_NUM_RX = r"(?:\d{1,3}|" + "|".join(sorted((re.escape(k) for k in _NUMBER_WORDS if k not in ("a", "an")),
                                           key=len, reverse=True)) + r")"

_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DMY_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})\b")
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RX})\.?,?(?:\s+(\d{{4}}))?\b", re.I)
_MONTH_DAY = re.compile(rf"\b({_MONTH_RX})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_MONTH_YEAR = re.compile(rf"\b({_MONTH_RX})\.?,?\s+(\d{{4}})\b", re.I)
# a month without a year needs a preposition before it ("by November", "end of March"): "may" is also a verb
_MONTH_ALONE = re.compile(
    rf"\b(?:by|before|in|during|until|till|end of|end-of)\s+(?:the\s+end\s+of\s+)?({_MONTH_RX})\b", re.I)
_WITHIN = re.compile(
    rf"\b(?:(?:within|in|no\s+later\s+than|not\s+later\s+than|not\s+more\s+than)\s+(?:the\s+)?(?:next\s+)?)?"
    rf"({_NUM_RX})\s+(working|business|calendar|clear)?\s*(day|week|month|year)s?\b", re.I)
_WITHIN_A = re.compile(r"\bwithin\s+(?:a|one|the\s+next)\s+(working\s+day|day|week|fortnight|month|year)\b", re.I)
_NEXT_MEETING = re.compile(r"\b(?:next|following|subsequent|forthcoming)\s+(?:\w+\s+){0,2}?meeting\b", re.I)
_NEXT_WEEK = re.compile(r"\bnext\s+week\b", re.I)
_NEXT_MONTH = re.compile(r"\bnext\s+month\b", re.I)
_END_OF_MONTH = re.compile(r"\b(?:end\s+of\s+(?:the|this)\s+month|month[- ]end)\b", re.I)
_FIN_YEAR = re.compile(r"\b(?:end\s+of\s+(?:the|this)\s+financial\s+year|financial\s+year[- ]end|year[- ]end)\b",
                       re.I)
_END_OF_YEAR = re.compile(r"\b(?:end\s+of\s+(?:the|this)\s+(?:calendar\s+)?year)\b", re.I)
_NEXT_YEAR = re.compile(r"\bnext\s+year\b", re.I)
_NO_DEADLINE = re.compile(r"^\s*(?:n/?a|none|nil|tbc|tba|-+|–|ongoing|not applicable|no deadline)\s*\.?\s*$", re.I)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _year(y: str) -> int:
    n = int(y)
    return n + 2000 if n < 100 else n


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _next_meeting(ref: date | None, meetings: Iterable[str | date] | None) -> date | None:
    later = sorted(d for d in (to_date(m) for m in meetings or ()) if d and (ref is None or d > ref))
    return later[0] if later else None


def _working_explanation(ref: date, n: int, result: date, anchor: str) -> str:
    skipped = bank_holidays_between(ref, result)
    text = f"{n} working days after {ref.isoformat()}{anchor}"
    if skipped:
        names = ", ".join(f"{_long(d)} ({name})" for d, name in skipped)
        text += f", skipping weekends and the bank holidays {names}"
    else:
        text += ", skipping weekends (no bank holidays in between)"
    return f"{text} → {result.isoformat()}"


def _parse_text(words: str, ref: date | None, meetings, anchor: str) -> Due | None:
    """The first deadline rule that ``words`` match, or None when none does."""
    text = " ".join(words.split())
    need_ref = "no reference date to count from"

    m = _ISO_DATE.search(text)
    if m and (d := _safe_date(int(m[1]), int(m[2]), int(m[3]))):
        return Due(d.isoformat(), f"explicit date '{m[0]}' → {d.isoformat()}", "explicit_date", "text", m[0])
    m = _DMY_NUMERIC.search(text)
    if m and (d := _safe_date(_year(m[3]), int(m[2]), int(m[1]))):
        return Due(d.isoformat(), f"explicit date '{m[0]}' (day/month/year) → {d.isoformat()}", "explicit_date",
                   "text", m[0])
    m = _DAY_MONTH.search(text)
    if m:
        month = month_number(m[2])
        if m[3]:
            d = _safe_date(int(m[3]), month, int(m[1]))
            if d:
                return Due(d.isoformat(), f"explicit date '{m[0]}' → {d.isoformat()}", "explicit_date", "text", m[0])
        elif ref:
            d = _safe_date(ref.year, month, int(m[1]))
            if d and d < ref:
                d = _safe_date(ref.year + 1, month, int(m[1]))
            if d:
                why = f"'{m[0]}' with no year: the next such date on or after {ref.isoformat()}{anchor}"
                return Due(d.isoformat(), f"{why} → {d.isoformat()}", "explicit_date", "text", m[0])
    m = _MONTH_DAY.search(text)
    if m and (d := _safe_date(int(m[3]), month_number(m[1]), int(m[2]))):
        return Due(d.isoformat(), f"explicit date '{m[0]}' → {d.isoformat()}", "explicit_date", "text", m[0])
    m = _MONTH_YEAR.search(text)
    if m:
        d = _month_end(int(m[2]), month_number(m[1]))
        return Due(d.isoformat(), f"'{m[0]}' means by the end of that month → {d.isoformat()}", "end_of_month",
                   "text", m[0])
    m = _MONTH_ALONE.search(text)
    if m:
        if ref is None:
            return Due(None, f"'{m[0]}' gives no year and there is {need_ref}", "end_of_month", "text", m[0])
        month = month_number(m[1])
        year = ref.year if month >= ref.month else ref.year + 1
        d = _month_end(year, month)
        return Due(d.isoformat(), f"'{m[0]}' with no year: the end of the next {calendar.month_name[month]} on or "
                                  f"after {ref.isoformat()}{anchor} → {d.isoformat()}", "end_of_month", "text", m[0])

    m = _WITHIN.search(text)
    n_unit = None
    if m:
        n_raw = m[1].lower()
        n_unit = (int(n_raw) if n_raw.isdigit() else _NUMBER_WORDS[n_raw], (m[2] or "").lower(), m[3].lower(), m[0])
    else:
        m = _WITHIN_A.search(text)
        if m:
            unit = m[1].lower()
            if unit == "fortnight":
                n_unit = (2, "", "week", m[0])
            elif unit == "working day":
                n_unit = (1, "working", "day", m[0])
            else:
                n_unit = (1, "", unit, m[0])
    if n_unit:
        n, kind, unit, phrase = n_unit
        if ref is None:
            return Due(None, f"'{phrase}' but there is {need_ref}", None, "text", phrase)
        if unit == "day" and kind in ("working", "business"):
            d = add_working_days(ref, n)
            return Due(d.isoformat(), _working_explanation(ref, n, d, anchor), "working_days", "text", phrase)
        if unit == "day":
            d = ref + timedelta(days=n)
            return Due(d.isoformat(), f"{n} calendar days after {ref.isoformat()}{anchor} → {d.isoformat()}",
                       "calendar_days", "text", phrase)
        if unit == "week":
            d = ref + timedelta(weeks=n)
            return Due(d.isoformat(), f"{n} week{'s' * (n != 1)} after {ref.isoformat()}{anchor} → {d.isoformat()}",
                       "weeks", "text", phrase)
        months = n * 12 if unit == "year" else n
        d = ref + relativedelta(months=months)
        return Due(d.isoformat(), f"{n} {unit}{'s' * (n != 1)} after {ref.isoformat()}{anchor} → {d.isoformat()}",
                   "months", "text", phrase)

    m = _NEXT_MEETING.search(text)
    if m:
        nxt = _next_meeting(ref, meetings)
        if nxt:
            return Due(nxt.isoformat(), f"'{m[0]}': the first meeting after {ref.isoformat() if ref else 'now'}"
                                        f"{anchor} is on {nxt.isoformat()}", "next_meeting", "text", m[0])
        return Due(None, f"'{m[0]}' but the date of the next meeting is not known", "next_meeting", "text", m[0])

    if ref is None:
        return None
    for rx, rule in ((_END_OF_MONTH, "end_of_month"), (_NEXT_MONTH, "next_month"), (_NEXT_WEEK, "next_week"),
                     (_FIN_YEAR, "end_of_financial_year"), (_END_OF_YEAR, "end_of_year"), (_NEXT_YEAR, "next_year")):
        m = rx.search(text)
        if not m:
            continue
        if rule == "end_of_month":
            d, how = _month_end(ref.year, ref.month), "the end of the month of"
        elif rule == "next_month":
            nm = ref + relativedelta(months=1)
            d, how = _month_end(nm.year, nm.month), "the end of the month after"
        elif rule == "next_week":
            d, how = ref + timedelta(days=(4 - ref.weekday()) + 7), "the Friday of the week after"
        elif rule == "end_of_financial_year":
            year = ref.year if ref.month <= 3 else ref.year + 1
            d, how = date(year, 3, 31), "the end of the financial year (31 March) of"
        elif rule == "end_of_year":
            d, how = date(ref.year, 12, 31), "the end of the calendar year of"
        else:
            d, how = date(ref.year + 1, 12, 31), "the end of the calendar year after"
        return Due(d.isoformat(), f"'{m[0]}': {how} {ref.isoformat()}{anchor} → {d.isoformat()}", rule, "text", m[0])
    return None


def parse_deadline(words: str | None, reference_date: str | date | None,
                   meetings: Iterable[str | date] | None = None, *, defaults: Mapping[str, str] | None = None,
                   kind: str | None = None, anchor: str | None = None) -> Due:
    """The due date that ``words`` give, counted from ``reference_date`` (the meeting, the publication or the
    letter the deadline runs from).

    ``words`` may be a bare deadline ("by March 2015", "within 20 working days", "by the next meeting", "31/03/2015")
    or a sentence containing one ("The Committee requests a response to each recommendation by March 2015").
    "By <month> <year>" means the end of that month; a month without a year is the next such month; "within N
    working days" counts England-and-Wales working days; "next meeting" takes the first of ``meetings`` after
    the reference date. When ``words`` give no date, ``defaults[kind]`` (or ``defaults["*"]``) — itself a deadline
    phrase such as "within two months" — is applied. ``anchor`` names what the reference date is ("publication")
    in the explanation. Returns a :class:`Due` whose ``date`` is None when nothing could be computed.
    """
    ref = to_date(reference_date)
    anchor_txt = f" ({anchor})" if anchor else ""
    stated = (words or "").strip()
    due = None
    if stated and not _NO_DEADLINE.match(stated):
        due = _parse_text(stated, ref, meetings, anchor_txt)
        if due and due.date:
            return due
    default = None
    if defaults:
        default = defaults.get(kind or "") or defaults.get("*")
    if default:
        dd = _parse_text(default, ref, meetings, anchor_txt)
        lead = f"no deadline in the text ('{stated}')" if stated else "no deadline in the text"
        if due and not due.date:
            lead = due.explanation
        if dd and dd.date:
            return Due(dd.date, f"{lead}; default for {kind or 'all items'}: '{default}' → {dd.explanation}", dd.rule,
                       "default", default)
        if dd:
            return Due(None, f"{lead}; default for {kind or 'all items'}: '{default}' → {dd.explanation}", dd.rule,
                       "default", default)
    if due:
        return due
    if not stated:
        return Due(None, "no deadline stated")
    if _NO_DEADLINE.match(stated):
        return Due(None, f"the text gives no deadline ('{stated}')", None, None, stated)
    return Due(None, f"no deadline could be read from '{stated}'", None, None, stated)


# --- status -----------------------------------------------------------------------------------------------------

def normalise_status_words(words: str | None) -> str | None:
    """What a document's status words say, in the normalised vocabulary, or None when they say nothing — the one
    vocabulary of :mod:`scrutiny.status` ("In progress" → in_progress, "Completed. The letter … is attached" →
    completed, "Response awaited" → open, "Withdrawn" → withdrawn, "Not yet completed" → open, "Partially
    implemented" → in_progress, "AMBER" → in_progress)."""
    return classify_status(words)


@dataclass(frozen=True)
class Status:
    """An item's normalised status as of a date, with how it was reached."""

    code: str  # one of STATUSES
    as_of: str
    explanation: str
    words: str | None = None
    word_code: str | None = None
    due_date: str | None = None
    days_overdue: int | None = None
    working_days_overdue: int | None = None
    answered_by: tuple[str, ...] = field(default_factory=tuple)  # ids of the answering items
    answered_on: str | None = None

    @property
    def is_open(self) -> bool:
        """True while something is still owed (open, in progress or overdue)."""
        return self.code in OPEN_STATUSES


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(name, default)
    return getattr(obj, name, default)


def answering_links(links: Iterable[Any], as_of: date, item_id: str | None = None) -> tuple[list[Any], list[Any]]:
    """Split ``links`` into (answers in force on ``as_of``, answers dated after it). Only asserted links of an
    answering relation count, and only those pointing at ``item_id`` when it is given. Undated links count as in
    force (their date is unknown, not later)."""
    current, later = [], []
    for link in links or ():
        if _get(link, "relation") not in ANSWERING_RELATIONS or _get(link, "state") != "asserted":
            continue
        if item_id is not None and _get(link, "target_id") != item_id:
            continue
        d = to_date(_get(link, "date"))
        (later if d and d > as_of else current).append(link)
    return current, later


def status_as_of(item_status_words: str | None, links: Iterable[Any], due_date: str | date | None,
                 as_of: str | date | None = None, *, status_date: str | date | None = None,
                 item_id: str | None = None) -> Status:
    """The item's status as it stood on ``as_of`` (today when None).

    ``item_status_words`` are the document's words ("In progress", "Completed", "Response awaited"); they count
    only if the document stating them (``status_date``) is not later than ``as_of``. ``links`` are the item's links
    (Link objects or dicts with relation, state, source_id, target_id, date); an asserted answering link dated on
    or before ``as_of`` makes the item answered. Precedence: withdrawn / completed words, then an answer, then
    answered words, then overdue (past ``due_date`` with no answer), then in progress, else open.
    """
    day = to_date(as_of) or date.today()
    due = to_date(due_date)
    sdate = to_date(status_date)
    words_in_force = item_status_words if (sdate is None or sdate <= day) else None
    word_code = normalise_status_words(words_in_force)
    current, later = answering_links(links, day, item_id)
    answered_by = tuple(sorted({str(_get(link, "source_id")) for link in current}))
    dates = sorted(d for d in (to_date(_get(link, "date")) for link in current) if d)
    answered_on = _iso(dates[0]) if dates else None

    notes: list[str] = []
    if item_status_words and not words_in_force:
        notes.append(f"the words '{item_status_words.strip()}' are from {sdate.isoformat()}, after "
                     f"{day.isoformat()}, so they are not used")
    elif words_in_force:
        notes.append(f"the document says '{words_in_force.strip()}'" + (f" ({word_code})" if word_code else
                                                                          " (no recognised status)"))
    if later:
        notes.append(f"{len(later)} answer(s) dated after {day.isoformat()} not counted")

    def make(code: str, why: str, overdue_days: int | None = None, wd: int | None = None) -> Status:
        return Status(code, day.isoformat(), "; ".join([*notes, why]), item_status_words, word_code, _iso(due),
                      overdue_days, wd, answered_by, answered_on)

    if word_code in ("withdrawn", "completed"):
        return make(word_code, f"status {word_code} from the document's words")
    if current:
        when = f" on {answered_on}" if answered_on else " (undated)"
        return make("answered", f"answered by {', '.join(answered_by)}{when}")
    if word_code == "answered":
        return make("answered", "answered according to the document's words")
    if due and day > due:
        days = (day - due).days
        wd = working_days_between(due, day)
        return make("overdue", f"due {due.isoformat()} with no answer by {day.isoformat()}: {days} days "
                               f"({wd} working days) overdue", days, wd)
    if word_code == "overdue":
        return make("overdue", "overdue according to the document's words")
    if word_code == "in_progress":
        return make("in_progress", "in progress, not yet answered" + (f"; due {due.isoformat()}" if due else ""))
    why = "no answer yet" + (f"; due {due.isoformat()}" if due else "; no due date")
    return make("open", why)


def latest_words(observations: Iterable[tuple[str | date | None, str | None]], as_of: str | date
                 ) -> tuple[str | None, str | None]:
    """The status words in force on ``as_of``: of ``observations`` — (document date, words) pairs, one per document
    that printed the item (e.g. successive action lists) — the latest dated on or before ``as_of``. Undated
    observations count as older than any dated one. Returns (words, their date)."""
    day = to_date(as_of)
    best: tuple[date, str | None] | None = None
    for when, words in observations:
        d = to_date(when) or date.min
        if d <= day and (best is None or d >= best[0]):
            best = (d, words)
    if best is None:
        return None, None
    return best[1], (best[0].isoformat() if best[0] != date.min else None)


def status_history(observations: Iterable[tuple[str | date | None, str | None]], links: Iterable[Any],
                   due_date: str | date | None, until: str | date | None = None, *,
                   item_id: str | None = None) -> list[Status]:
    """How the item's status changed over time, up to ``until`` (today when None): the status is evaluated on each
    observation's date, each answering link's date and the day after the due date, and a :class:`Status` is
    returned for the first evaluation and every change of code."""
    obs = list(observations)
    links = list(links or ())
    end = to_date(until) or date.today()
    due = to_date(due_date)
    days = {d for d in (to_date(w) for w, _ in obs) if d}
    days |= {d for d in (to_date(_get(lk, "date")) for lk in links) if d}
    if due:
        days.add(due + timedelta(days=1))
    days = sorted(d for d in days if d <= end) or [end]
    history: list[Status] = []
    for day in days:
        words, said_on = latest_words(obs, day)
        st = status_as_of(words, links, due, day, status_date=said_on, item_id=item_id)
        if not history or history[-1].code != st.code:
            history.append(st)
    return history


# --- one item at a time -----------------------------------------------------------------------------------------

DEFAULT_ANCHORS = {"actions": "the meeting", "recommendations": "publication", "questions": "the question",
                   "commitments": "publication"}


def track_item(kind: str, data: Mapping[str, Any], links: Iterable[Any], as_of: str | date | None = None, *,
               document_date: str | None = None, meetings: Iterable[str | date] | None = None,
               defaults: Mapping[str, str] | None = None, item_id: str | None = None,
               deadline_words: str | None = None) -> tuple[Due, Status]:
    """Due date and status of one contract item (``kind`` a contract key, ``data`` its fields) as of ``as_of``.

    The deadline comes from ``deadline_words`` (e.g. a sentence of the report), else ``data["deadline"]``, else the
    body's ``defaults``; it runs from the item's meeting date (actions) or the document's date. The status words
    are ``data["status"]``, dated by the document.
    """
    reference = data.get("meeting_date") if kind == "actions" else None
    reference = reference or document_date
    due = parse_deadline(deadline_words or data.get("deadline"), reference, meetings, defaults=defaults, kind=kind,
                         anchor=DEFAULT_ANCHORS.get(kind))
    status = status_as_of(data.get("status"), links, due.date, as_of, status_date=document_date, item_id=item_id)
    return due, status
