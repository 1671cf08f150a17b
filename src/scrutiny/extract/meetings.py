"""Meetings: body, date, time, place, chair, present, apologies, substitutes and agenda items.

Meetings are found from the lines themselves, so the extractor works whatever the segmenter made of the document:

- field blocks: "Meeting: …", "Date: …", "Time: …", "Place:/Venue: …" (with or without colons, values in bold,
  a value wrapped onto the next line) under an "AGENDA" or "MINUTES" cue (London Assembly and many councils);
- ModernGov minutes headers: "MINUTES OF A MEETING OF THE <BODY> <place> <date> (<start> - <end>)" on one line or
  several, and "Minutes of the meeting of the <body> held at <place> on <date> at <time>";
- ModernGov agenda front sheets: "<BODY>" / "AGENDA" / "<time> <date> <place>" (tab-separated or on lines);
- panel headers such as "MEETING OF POLICE AND CRIME PANEL" followed by a date line, and web pages
  "<Body> - Tuesday, 15 September 2020 10.30 am" / "Venue: …";
- header sentences "Minutes of the meeting held at <place> on <date> at <time>" (the body on a line above),
  "Minutes of the <body> meeting held on …", "At a meeting of the <body> held at …", and summonses on agenda front
  sheets ("You are invited to attend a meeting of the <BODY> to be held in <place> on <date> at <time>");
- records with no header sentence: a date line and "Members present: …" under it (Commons formal minutes, the head
  of an oral evidence transcript), the body taken from the nearest line naming one.

Present lists are read in columns ("Cllr A (Chair)    Ludford District Council"), in labelled groups
("Councillors:", "Independent Members:", "Co-optee:") and with initials ("B. Hetherington"); item numbers include
"23.", "41/25", "PCP/24/15", "Minute 5" and "Item 7".

A pack holds the meeting it is for plus the meetings whose minutes it contains: one :class:`Meeting` per date.
The scan (:func:`scan`) is shared with the minute-item, resolution and action extractors, which need each
minutes block's span, date and item headings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import compress

from ..records import AgendaItem, Meeting, Provenance
from . import Context
from ._common import (BLANK_PAGE, clean, display_name, find_dates, heading_number_value, parse_item_heading,
                      parse_time, split_names)

KEY = "meetings"

# --- cues ----------------------------------------------------------------------------------------------------------

_FIELD = re.compile(
    r"^\s*(?:\*\*)?(?P<label>meeting|committee|date(?: and time)?|time|place|venue|location)(?:\*\*)?"
    r"(?:\s*[:\t|]\s*|\s+(?=\*\*))(?P<value>\S.*)$", re.I)
_AGENDA_CUE = re.compile(r"^\W*(?:agenda|agenda (?:and|&) (?:reports|papers)|summons(?: and agenda)?)\W*$", re.I)
_MINUTES_CUE = re.compile(r"^\W*(?:draft\s+|confirmed\s+|unconfirmed\s+)?minutes\W*$", re.I)
_MINUTES_OF = re.compile(r"^\W*(?:draft\s+|confirmed\s+|unconfirmed\s+)?minutes\s+of\s+(?:a|the)\s+"
                         r"(?:(?:special|extraordinary|annual|ordinary|adjourned|reconvened|public|formal)\s+)?"
                         r"meeting\s+of\s+(?:the\s+)?(?P<rest>.*)$", re.I)
_MEETING_OF = re.compile(r"^\W*(?:(?:special|extraordinary|annual)\s+)?meeting\s+of\s+(?:the\s+)?(?P<rest>[A-Z][^a-z]{5,})$")
_DAY_CUE = re.compile(r"mon|tue|wed|thu|fri|sat|sun")  # in the lower-cased line: _WEB_HEAD's weekday
_WEB_HEAD = re.compile(r"^(?P<body>[A-Z][^\t]{3,90}?)\s+[-–]\s+(?P<rest>(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+"
                       r"\d{1,2}(?:st|nd|rd|th)?\s+\w+,?\s+\d{4}.*)$", re.I)
_PRESENT = re.compile(r"^\W*(?:(?:(?:panel|committee|board|voting|elected)\s+)?members|councill?ors|those)?\s*present\b"
                      r"\s*(?:were)?\s*:?\s*(?P<rest>.*)$", re.I)
_ALSO_PRESENT = re.compile(r"^\W*(?:also\s+(?:present|in attendance)|in attendance|officers?(?:\s+present)?|guests?\b|"
                           r"witnesses\b|speakers?\b|invited\b|"
                           r"others?\s+present|officers in attendance|apolog|absent|substitut|\+\s*substitut|"
                           r"note\b|declarations?)", re.I)
_APOLOGIES = re.compile(r"\bapologies(?:\s+for\s+(?:absence|lateness))?\s*(?:were|was|had been|have been)?\s*"
                        r"(?:received|submitted|given|tendered|reported|noted)?\s*(?:from|:)\s*(?P<rest>.+)", re.I)
_FOR_WHOM = re.compile(r",?\s*for whom\s+(?P<sub>.+?)\s+(?:substituted|attended(?: as (?:a )?substitute)?|"
                       r"was (?:a |the )?substitute)\s*,?", re.I)
_SUB_LINE = re.compile(r"^\W*\+?\s*substitute(?:\s+members?)?\s*:?\s*(?P<rest>.+)$", re.I)
_IN_PLACE = re.compile(r"(?P<sub>(?:(?:councill?or|cllr\.?|mr|mrs|ms|dr)\s+)?[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})"
                       r"\s+(?:attended|was present|substituted)\s+(?:as (?:a )?substitute\s+)?"
                       r"(?:for|in place of)\s+(?P<for>(?:(?:councill?or|cllr\.?|mr|mrs|ms|dr)\s+)?"
                       r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})")
# "Board Members:      Fiona Cargill (Chair)" / "Members:" — a members list under a minutes header (Scottish boards)
_MEMBERS_LABEL = re.compile(r"^\W*(?:(?:panel|committee|board|authority|voting|elected)\s+)?members"
                            r"(?:\s+(?:in attendance|attending))?\s*:\s*(?P<rest>.*)$", re.I)
_CHAIR_ROLE = re.compile(r"^(?:the\s+)?(?:chair|chairman|chairwoman|chairperson|chair of the (?:panel|committee|"
                         r"meeting)|in the chair|presiding|convener|convenor|cadeirydd)$", re.I)
_IN_THE_CHAIR = re.compile(r"(?P<name>(?:(?:councill?or|cllr\.?|mr|mrs|ms|dr)\s+)?[A-Z][\w'’.\-]*"
                           r"(?:\s+[A-Za-z][\w'’.\-]*){0,4})\s+in the chair", re.I)
_CHAIR_LABEL = re.compile(r"^\W*(?:chair(?:man|person|woman)?|conven[eo]r)\s*:\s*(?P<name>.+)$", re.I)
_SUBSTITUTE_ROLE = re.compile(r"\b(?:in place of|substitut|deputising for|for\s+(?:councill?or|cllr))", re.I)
_BLOCK_END = re.compile(r"^\W*(?:public document pack|agenda item \d+|appendix \d+\b|transcript of\b|subject\s*:|"
                        r"report (?:of|to)\s*:|this page is intentionally)", re.I)
_MEETING_CLOSED = re.compile(r"\b(?:the )?meeting (?:ended|closed|finished|concluded|terminated|rose)\b|"
                             r"^\W*(?:\d+(?:\.\d+)?\s+)?close of (?:the )?meeting\W*$", re.I)
_SIGNATURE = re.compile(r"^\W*(?:chair|chairman|chairperson|chairwoman|signed|signed by the chair(?:man)?|"
                        r"chair(?:man)?['’]?s signature)\W*$", re.I)
_ADJ = r"(?:(?:special|extraordinary|annual|ordinary|adjourned|reconvened|public|formal|informal|inaugural|budget|" \
       r"precept|confirmation)\s+)?"
# "Minutes of the meeting held at …", "Minutes of the Police and Crime Panel meeting held on …", "At a meeting of the
# <body> held at …": a sentence naming the meeting, its place and date (the body may be on the line above)
# the record may be called minutes, notes, a note, a record or a summary ("Notes of the meeting held on …", "Action
# notes of the …", "Record of the meeting …"): boards and officer groups keep notes rather than minutes
_RECORD_WORD = r"(?:minutes?|(?:(?:action|decision|meeting)\s+)?notes?|record|summary(?:\s+notes?)?)"
_HELD_START = re.compile(r"^\W*(?:(?:draft|confirmed|unconfirmed|approved|agreed)\s+)?(?:" + _RECORD_WORD +
                         r"\s+of\s+(?:a|an|the)\b|at\s+(?:a|an|the)\s+" + _ADJ + r"meeting\s+of\b)", re.I)
_HELD_SENTENCE = re.compile(
    r"^\W*(?:(?:draft|confirmed|unconfirmed|approved|agreed)\s+)?(?:" + _RECORD_WORD + r"\s+of\s+(?:a|an|the)\s+" + _ADJ +
    r"(?:(?P<body1>[A-Z][^.]*?)\s+)?meeting|at\s+(?:a|an|the)\s+" + _ADJ + r"meeting\s+of\s+(?:the\s+)?(?P<body2>[^.]+?))"
    r"\s*,?\s+(?:held|convened)\b(?P<rest>.*)$", re.I)
# a summons on an agenda front sheet: "You are invited to attend a meeting of the <BODY> to be held in <place> on <date>"
_SUMMONS = re.compile(r"^\W*(?:you\s+are\s+(?:hereby\s+)?(?:invited|summoned|requested|required)\s+to\s+attend|"
                      r"notice\s+is\s+(?:hereby\s+)?given\s+that)\b", re.I)
_SUMMONS_BODY = re.compile(r"\b(?:a|an|the)\s+" + _ADJ + r"meeting\s+of\s+(?:the\s+)?(?P<body>[^.]+?)\s*,?\s+"
                           r"(?:to\s+be|will\s+be|is\s+to\s+be|which\s+will\s+be)\s+held\b(?P<rest>.*)$", re.I)
_PLACE_BEFORE_DATE = re.compile(r"^\s*,?\s*(?:at|in)\s+(?P<place>.+?)\s*,?\s*(?:on\s*)?(?:(?:mon|tues|wednes|thurs|fri|"
                                r"satur|sun)day,?)?\s*$", re.I)
_PLACE_AFTER_DATE = re.compile(r"^\s*,?\s*(?:at|in)\s+(?P<place>(?:the\s+)?[A-Z].*?)\s*,?\s*(?:(?:at|from|commencing(?:\s+at)?)\s+"
                               r"\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?\s?m\.?)?)?\s*\.?\s*$")
_TIME_24 = re.compile(r"\b(?:at|from|commencing(?:\s+at)?)\s+(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)\b(?!\s*[ap]\.?\s?m)",
                      re.I)
_TIME_LINE = re.compile(r"^\W*(?:at|from|commencing(?:\s+at)?|time\s*:)\s+\d", re.I)
_VENUE_LINE = re.compile(r"^\W*(?:venue|place|location)\s*:\s*(?P<place>\S.+)$", re.I)
_DATE_LINE = re.compile(r"^\W*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}"
                        r"|[A-Za-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4}\W*$", re.I)
_DATE_LEAD = re.compile(r"^\W*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}"
                        r"|[A-Za-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4}\s*(?:[,;|–-]|\bat\b)\s*(?P<rest>\S.*)$", re.I)
# a line naming a body: "Home Affairs Committee", "SEVERNMOOR POLICE AND CRIME PANEL"
_BODY_LINE = re.compile(r"\b(?:committee|sub-committee|panel|board|commission|partnership|forum|assembly|cabinet|"
                        r"authority|executive)(?:\s+(?:for|of)\s+[A-Za-z][\w&'’ -]{2,40})?\s*(?:\([^)]{1,20}\))?\W*$", re.I)
_TRANSCRIPT_CUE = re.compile(r"\b(?:oral evidence|transcript|verbatim|uncorrected evidence)\b", re.I)
_AGENDA_HEAD = re.compile(r"^\W*(?:agenda(?: items)?|business|items|order of business)\W*$", re.I)
_MINOR = {"and", "of", "the", "for", "in", "on", "to", "a", "an", "at", "by", "with"}


@dataclass
class MeetingBlock:
    """A meeting header and the lines that belong to it (an agenda front sheet or a set of minutes)."""

    kind: str  # "agenda" | "minutes"
    header: int  # the header's first line
    start: int  # first line after the header
    end: int  # last line of the block
    meeting: Meeting
    headings: list[tuple[int, str, str, str | None]] = field(default_factory=list)  # (line, number, title, ref)

    @property
    def date(self) -> str | None:
        return self.meeting.date


# --- public entry points -------------------------------------------------------------------------------------------

def extract(ctx: Context) -> list[Meeting]:
    """One :class:`Meeting` per date found in the document (agenda front sheets and minutes headers)."""
    by_date: dict[str, Meeting] = {}
    out: list[Meeting] = []
    for b in scan(ctx):
        m = b.meeting
        if m.date is None:
            continue
        if m.date in by_date:
            _merge(by_date[m.date], m)
            continue
        by_date[m.date] = m
        out.append(m)
    for m in out:
        for name in m.present + m.apologies + m.substitutes:
            if ctx.gazetteer is not None:
                ctx.gazetteer.add_person(name, body=m.body)
    return out


def scan(ctx: Context) -> list[MeetingBlock]:
    """Every meeting header with its block, in document order (cached on the context)."""
    cached = getattr(ctx, "_meeting_blocks", None)
    if cached is not None:
        return cached
    lines = _texts(ctx)
    heads = _find_headers(ctx, lines)
    blocks: list[MeetingBlock] = []
    for i, h in enumerate(heads):
        nxt = heads[i + 1]["line"] if i + 1 < len(heads) else len(lines) + 1
        blocks.append(_build_block(ctx, lines, h, nxt))
    ctx._meeting_blocks = blocks  # type: ignore[attr-defined]
    return blocks


def minutes_blocks(ctx: Context) -> list[MeetingBlock]:
    return [b for b in scan(ctx) if b.kind == "minutes"]


# --- header detection ----------------------------------------------------------------------------------------------

def _texts(ctx: Context) -> list[str]:
    """Line texts by number (index 0 unused); noise lines read as blank, except blank-page notices (block ends)."""
    cached = getattr(ctx, "_meeting_texts", None)
    if cached is not None:
        return cached
    out = list(ctx.texts)  # (a copy: the shared view is not to be changed)
    for n in compress(range(1, len(out)), ctx.noise):  # the noise lines (ctx.is_noise)
        if not BLANK_PAGE.match(out[n]):
            out[n] = ""
    ctx._meeting_texts = out  # type: ignore[attr-defined]
    return out


def _next_nonblank(lines: list[str], i: int, limit: int = 6) -> list[int]:
    out = []
    j = i + 1
    while j < len(lines) and len(out) < limit and j <= i + limit * 3:
        if lines[j].strip():
            out.append(j)
        j += 1
    return out


def _prev_nonblank(lines: list[str], i: int, limit: int = 4) -> list[int]:
    out = []
    j = i - 1
    while j >= 1 and len(out) < limit and j >= i - limit * 4:
        if lines[j].strip():
            out.append(j)
        j -= 1
    return out


def _find_headers(ctx: Context, lines: list[str]) -> list[dict]:
    heads: list[dict] = []
    taken_until = 0
    n = len(lines) - 1
    lows = ctx.lows  # the lines lower-cased (a line read here is the document's own: noise reads as blank)
    i = 1
    while i <= n:
        t = lines[i]
        if not t.strip() or i <= taken_until:
            i += 1
            continue
        low = lows[i]
        h = None
        # every test below needs one of these words (or " - ", or a field label at the start); a non-ASCII line, where
        # case may map otherwise, is tested in full
        if len(t) < 400 and ("minute" in low or "meeting" in low or "note" in low or "record" in low or "attend" in low
                             or "given" in low or "agenda" in low or "present" in low or " - " in t
                             or not t.isascii() or _FIELD.match(t)):
            h = ((_field_header(lines, i) if _FIELD.match(t) else None)
                 or (_minutes_of_header(lines, i) if "minutes" in low else None)
                 or (_held_header(lines, i) if "minute" in low[:30] or "meeting" in low[:40] or "note" in low[:30]
                     or "record" in low[:30] else None)
                 or (_summons_header(lines, i) if "attend" in low or "given" in low else None)
                 or (_agenda_front(lines, i) if len(t) < 60 and "agenda" in low else None)
                 or (_meeting_of_header(lines, i) if ("meeting of" in low[:40] if t.isascii() else
                                                     "MEETING OF" in t.upper()[:40]) else None)
                 or (_web_header(lines, i) if (" - " in t or " – " in t) and len(t) < 200 else None))
            if h is None and "present" in low[:40] and (not heads or i - heads[-1]["header_end"] > 40):
                h = _present_header(ctx, lines, i)
        if h:
            heads.append(h)
            taken_until = h["header_end"]
            i = h["header_end"] + 1
            continue
        i += 1
    return heads


_MINUTES_WORD = re.compile(r"^\W*minutes\b", re.I)
_AGENDA_WORD = re.compile(r"^\W*agenda\b", re.I)


def _kind_near(lines: list[str], i: int, default: str = "agenda") -> str:
    for j in [i] + _prev_nonblank(lines, i, 4):
        t = clean(lines[j])
        if _MINUTES_CUE.match(t) or _MINUTES_OF.match(t) or _MINUTES_WORD.match(t):
            return "minutes"
        if _AGENDA_CUE.match(t) or _AGENDA_WORD.match(t):
            return "agenda"
    return default


def _field_header(lines: list[str], i: int) -> dict | None:
    m = _FIELD.match(lines[i])
    if not m:
        return None
    fields: dict[str, tuple[int, str]] = {}
    j = i
    last = i
    misses = 0
    while j < len(lines) and misses <= 3 and j <= i + 25:
        fm = _FIELD.match(lines[j]) if lines[j].strip() else None
        if fm:
            label = fm["label"].lower()
            label = {"committee": "meeting", "venue": "place", "location": "place"}.get(label, label)
            if label.startswith("date and"):
                label = "date"
            if label in fields:
                break
            value, end = _field_value(lines, j, fm["value"])
            fields[label] = (j, value)
            last = end
            j = end + 1
            misses = 0
            continue
        if lines[j].strip():
            misses += 1
        j += 1
    if "date" not in fields or len(fields) < 2:
        return None
    hits = [h for h in find_dates(fields["date"][1]) if h.iso and h.has_year]
    if not hits:
        return None
    time = None
    if "time" in fields:
        time = parse_time(fields["time"][1], require_marker=False)
    if time is None:
        time = parse_time(fields["date"][1][hits[0].end:])
    body = fields.get("meeting", (i, None))[1] or _body_above(lines, i, 3)
    return {"line": i, "header_end": last, "kind": _kind_near(lines, i), "date": hits[0].iso, "time": time,
            "place": fields.get("place", (i, None))[1], "body": body}


def _field_value(lines: list[str], j: int, value: str) -> tuple[str, int]:
    """A field's value and the last line it occupies (values wrap onto following lines)."""
    parts = [value]
    end = j
    open_bold = value.count("**") % 2 == 1
    k = j + 1
    while k < len(lines) and k <= j + 3:
        nxt = lines[k]
        if not nxt.strip() or _FIELD.match(nxt):
            break
        if open_bold or (parts[-1].rstrip().endswith((",", "-")) or nxt.strip()[:1].islower()):
            parts.append(nxt.strip())
            end = k
            open_bold = (open_bold + nxt.count("**")) % 2 == 1 if open_bold else nxt.count("**") % 2 == 1
            k += 1
            continue
        break
    return clean(" ".join(parts)), end


_OPEN_BRACKET_NUMBER = re.compile(r"\(\s*\d[^)]*$")  # "… (7.00 -": a time range going on below


def _minutes_of_header(lines: list[str], i: int) -> dict | None:
    if _simple(lines[i]) and not _MINUTES_OF.match(lines[i]):
        return None  # (a simple line fails as its cleaned text would: see _simple)
    t = clean(lines[i])
    m = _MINUTES_OF.match(t)
    if not m:
        return None
    text = m["rest"]
    end = i
    # the header may run over several lines: gather until a date (and a time range after it) is seen
    for j in _next_nonblank(lines, i, 5):
        if find_dates(text) and not _OPEN_BRACKET_NUMBER.search(text):
            break
        nxt = clean(lines[j])
        if _PRESENT.match(nxt) and not find_dates(nxt):
            break
        text += " " + nxt
        end = j
    hits = [h for h in find_dates(text) if h.iso and h.has_year]
    if not hits:
        return None
    d = hits[0]
    before, after = text[: d.start], text[d.end:]
    body, place = _split_body_place(before)
    time = _time_of(after) or parse_time(before)
    if time is None:
        time, end = _time_below(lines, end)
    if place is None:
        place = _place_after(after)
    return {"line": i, "header_end": end, "kind": "minutes", "date": d.iso, "time": time, "place": place,
            "body": body}


def _time_of(text: str) -> str | None:
    """The time in the words after a meeting's date: "at 10.30 am", "(7.00 - 9.20 pm)", "at 10:00" (24-hour)."""
    t = parse_time(text)
    if t is None and text:
        m = _TIME_24.search(text)
        if m:
            t = f"{int(m['h']):02d}:{m['m']}"
    return t


_LEAD_AT_TIME = re.compile(r"^\s*,?\s*(?:at|from|commencing(?:\s+at)?)\s+\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?\s?m\.?)?",
                           re.I)
_LEAD_BRACKETED_TIME = re.compile(r"^\s*\([^)]*\d[^)]*\)")
_PURPOSE = re.compile(r",?\s+(?:for|to|when|where|which)\s+(?:the\s+)?(?:purpose|transact|consider|business)")


def _place_after(after: str) -> str | None:
    """The place named after a header's date: "… 2025 at 10.00 am in the Council Chamber, Guildhall"."""
    t = _LEAD_AT_TIME.sub("", after)
    t = _LEAD_BRACKETED_TIME.sub("", t)  # "(7.00 - 9.20 pm)"
    t = _PURPOSE.split(t, 1)[0]
    am = _PLACE_AFTER_DATE.match(t)
    return am["place"] if am else None


def _time_below(lines: list[str], end: int) -> tuple[str | None, int]:
    """A header's time on the line under it ("… on Thursday, 14 November 2024" / "at 10.30 am")."""
    for j in _next_nonblank(lines, end, 1):
        c = clean(lines[j])
        if len(c) < 60 and _TIME_LINE.match(c):
            t = _time_of(c) or parse_time(c, require_marker=False)
            if t:
                return t, j
    return None, end


_IN_PLACE_LINE = re.compile(r"^(?:in|at)\s+(?:the\s+)?(?P<place>[A-Z][^:]{3,110})$", re.I)
_CLOCK = re.compile(r"\d[.:]\d\d")


def _place_below(lines: list[str], end: int) -> tuple[str | None, int]:
    """A header's place on the line under it ("HELD ON THURSDAY 29 MAY 2025 AT 10:00" / "IN THE COUNCIL CHAMBER")."""
    for j in _next_nonblank(lines, end, 1):
        c = clean(lines[j])
        pm = _IN_PLACE_LINE.match(c)
        if pm and not _date_hits(c) and not _PRESENT.match(c) and not _CLOCK.search(c):
            return pm["place"].strip(" .,"), j
    return None, end


def _date_hits(text: str) -> list:
    return [h for h in find_dates(text) if h.iso and h.has_year]


_VERB_AFTER = re.compile(r"^\W*(?:be|were|was|is|are|as|and)\b", re.I)


def _held_header(lines: list[str], i: int) -> dict | None:
    """"Minutes of the meeting held at <place> on <date> at <time>" (the body on a line above), "Minutes of the
    <body> meeting held on <date>", "At a meeting of the <body> held at <place>, on <date> at <time>"."""
    if _simple(lines[i]) and not _HELD_START.match(lines[i]):
        return None  # (a simple line fails as its cleaned text would: see _simple)
    t = clean(lines[i])
    if not _HELD_START.match(t) or not t[:1].isupper():
        return None
    text, end = t, i
    for j in _next_nonblank(lines, i, 3):
        if (_date_hits(text) and not _place_runs_on(text, lines[j], j - end)) or j > end + 3:
            break
        nxt = clean(lines[j])
        if _PRESENT.match(nxt) or len(nxt) > 200:
            break
        text += " " + nxt
        end = j
    m = _HELD_SENTENCE.match(text)
    if not m:
        return None
    rest = m["rest"]
    hits = _date_hits(rest)
    if not hits:
        return None
    d = hits[0]
    before, after = rest[: d.start], rest[d.end:]
    if _VERB_AFTER.match(after):
        return None  # "Minutes of the meeting held on 4 May 2024 were approved": a sentence about other minutes
    # a header is followed by the attendance (or sits under the body's name), unlike an agenda item's description
    below = (clean(lines[k]) for k in _next_nonblank(lines, end, 8))  # (cleaned only up to the first that says so)
    if not any(_PRESENT.match(x) or _MEMBERS_LABEL.match(x) for x in below) and \
            not any(_body_of(lines[k]) for k in _prev_nonblank(lines, i, 2)):
        return None
    time = _time_of(after)
    rm = _LEAD_RANGE.match(after)
    if rm:  # "…, 10:00 - 12:30, Conference Room 1, Police Headquarters": a bare 24-hour range, then the place
        time = time or f"{int(rm['h']):02d}:{rm['m']}"
        after = after[rm.end():]
    if time is None:
        time, end = _time_below(lines, end)
    pm = _PLACE_BEFORE_DATE.match(before)
    place = pm["place"] if pm else None
    if place is None:
        place = _place_after(after)
    if place is None and rm:
        rest = after.strip(" ,;.")
        place = rest if rest[:1].isupper() and not _date_hits(rest) and len(rest) < 160 else None
    if place is None:
        place, end = _place_below(lines, end)
    body = _tidy_body(m["body1"] or m["body2"]) or _body_above(lines, i)
    return {"line": i, "header_end": end, "kind": "minutes", "date": d.iso, "time": time, "place": place,
            "body": body}


# "…, 10:00 - 12:30, <place>" / "… 14.00-16.00 in …": a time range with no "at" before it, straight after the date
_LEAD_RANGE = re.compile(r"^\s*,?\s*(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)\s*(?:[-–]|to|until)\s*(?:[01]?\d|2[0-3])[:.][0-5]\d"
                         r"\s*(?:hrs|hours)?\s*(?=[,;]|\s+(?:at|in)\b|$)", re.I)


_STOP_END = re.compile(r"[.:;]\s*$")
_PLACE_BEGUN = re.compile(r",\s*[A-Z][^,]*$")


def _place_runs_on(text: str, nxt: str, gap: int) -> bool:
    """Whether a header line that already has its date goes on, on the very next line, with the rest of its place
    ("…, 10:00 - 12:30, Conference Room 1, Police" / "Headquarters, Carrick Road, Glenbarrow")."""
    if gap != 1 or not nxt.strip() or _STOP_END.search(text):
        return False
    hits = _date_hits(text)
    after = text[hits[-1].end:]
    if not _PLACE_BEGUN.search(after) and not _LEAD_RANGE.match(after):
        return False  # nothing of a place begun after the date
    c = clean(nxt)
    return (len(c) < 120 and c[:1].isupper() and not _date_hits(c) and ":" not in c and not item_heading(nxt)
            and not _PRESENT.match(c) and not _SENTENCE.search(c))


def _summons_header(lines: list[str], i: int) -> dict | None:
    """An agenda front sheet's summons: "You are invited to attend a meeting of the <BODY> to be held in <place> on
    <date> at <time>" (over one line or a few)."""
    if _simple(lines[i]) and not _SUMMONS.match(lines[i]):
        return None  # (a simple line fails as its cleaned text would: see _simple)
    t = clean(lines[i])
    if not _SUMMONS.match(t):
        return None
    text, end = t, i
    for j in _next_nonblank(lines, i, 3):
        if _date_hits(text) or j > end + 2:
            break
        text += " " + clean(lines[j])
        end = j
    m = _SUMMONS_BODY.search(text)
    if not m:
        return None
    rest = m["rest"]
    hits = _date_hits(rest)
    if not hits:
        return None
    d = hits[0]
    pm = _PLACE_BEFORE_DATE.match(rest[: d.start])
    return {"line": i, "header_end": end, "kind": "agenda", "date": d.iso, "time": _time_of(rest[d.end:]),
            "place": pm["place"] if pm else _place_after(rest[d.end:]), "body": _tidy_body(m["body"])}


_LEAD_TIME = re.compile(r"^(?:(?:at|from)\s+)?\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?\s?m\.?)?\s*(?:[,;|–-]\s*)?", re.I)
_LEAD_IN_AT = re.compile(r"^(?:in|at)\s+(?:the\s+)?", re.I)


def _present_header(ctx: Context, lines: list[str], i: int) -> dict | None:
    """A record with no header sentence: a date line, then "Members present: …" a few lines below (Commons formal
    minutes, an oral evidence transcript). The body is the nearest line naming one above, else the document's."""
    c = clean(lines[i])
    if not _PRESENT.match(c) or _ALSO_PRESENT.match(c):
        return None
    date_line = None
    time = place = None
    for j in _prev_nonblank(lines, i, 6):
        cj = clean(lines[j])
        if len(cj) < 60 and _DATE_LINE.match(cj):
            date_line = j
            break
        dm = _DATE_LEAD.match(cj) if len(cj) < 160 else None
        if dm:  # "Thursday 2 October 2025, 10.00 am, Council Chamber, Guildhall"
            date_line = j
            rest = dm["rest"]
            time = _time_of(rest) or parse_time(rest, require_marker=False)
            where = _LEAD_TIME.sub("", rest) if time else rest
            where = _LEAD_IN_AT.sub("", where.strip(" ,;|–-"))
            place = where if where[:1].isupper() and not _date_hits(where) else None
            break
    if date_line is None:
        return None
    hits = _date_hits(clean(lines[date_line]))
    if not hits:
        return None
    near = " ".join(clean(lines[k]) for k in range(max(1, date_line - 8), i + 1))
    kind = "transcript" if _TRANSCRIPT_CUE.search(near) else "minutes"
    body = _body_above(lines, date_line, 6) or _body_top(lines)
    return {"line": date_line, "header_end": i - 1, "kind": kind, "date": hits[0].iso, "time": time, "place": place,
            "body": body}


def _body_above(lines: list[str], i: int, reach: int = 4) -> str | None:
    """The nearest short line above ``i`` that names a body ("GLANMOR POLICE AND CRIME PANEL")."""
    for j in _prev_nonblank(lines, i, reach):
        if len(lines[j]) > 120:
            break
        body = _body_of(lines[j])
        if body:
            return body
    return None


def _body_top(lines: list[str]) -> str | None:
    """The body named in the document's opening lines (a report's or transcript's title block)."""
    for j in range(1, min(len(lines), 16)):
        body = _body_of(lines[j]) if len(lines[j]) <= 120 else None
        if body:
            return body
    return None


_CELL_GAP = re.compile(r"\t|\s{3,}")
_NOT_A_BODY = re.compile(r"\d{3,}|@|:")


def _body_of(raw: str) -> str | None:
    c = clean(_CELL_GAP.split(raw.strip())[0]) if raw.strip() else ""
    if not c or len(c) > 100 or not _BODY_LINE.search(c) or _NOT_A_BODY.search(c) or _date_hits(c):
        return None
    return _tidy_body(c)


_HELD = re.compile(r"\s+held\s+(?:(?:at|in)\s+(?P<place>.+?))?\s*(?:on|,)?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)"
                   r"day,?)?\s*$", re.I)


_TRAILING_ON_DAY = re.compile(r"\s*,?\s*(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)?\s*$", re.I)
_LOWER_LETTER = re.compile(r"[a-z]")


def _split_body_place(text: str) -> tuple[str | None, str | None]:
    """Body and place from "CRIME & DISORDER SUB- COMMITTEE Committee Room 1, Town Hall" or "the X held at Y on"."""
    t = text.strip(" ,.-–")
    m = _HELD.search(t)
    if m:
        return _tidy_body(t[: m.start()]), (m["place"] or "").strip(" ,") or None
    t = _TRAILING_ON_DAY.sub("", t)
    words = t.split()
    k = 0
    while k < len(words) and (not _LOWER_LETTER.search(words[k]) or words[k].lower() in ("&", "-")):
        k += 1
    if k == 0:
        return _tidy_body(t), None
    body = " ".join(words[:k])
    place = " ".join(words[k:]).strip(" ,") or None
    return _tidy_body(body), place


_HYPHEN_GAP = re.compile(r"(\w)-\s+(\w)")
_LEAD_ARTICLE = re.compile(r"^(?:the|a)\s+", re.I)
_ACRONYM = re.compile(r"\b(Mopac|Pcc|Csp|Gla|Mps|Asb|Lfb)\b")


def _tidy_body(text: str | None) -> str | None:
    """"CRIME & DISORDER SUB- COMMITTEE" → "Crime & Disorder Sub-Committee"."""
    if not text:
        return None
    t = clean(text).strip(" ,.:-–")
    t = _HYPHEN_GAP.sub(r"\1-\2", t)
    t = _LEAD_ARTICLE.sub("", t)
    if not t:
        return None
    letters = [c for c in t if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        words = []
        for k, w in enumerate(t.split()):
            parts = w.split("-")
            parts = [p.lower() if (p.lower() in _MINOR and k > 0) else p[:1].upper() + p[1:].lower() for p in parts]
            words.append("-".join(parts))
        t = " ".join(words)
        t = _ACRONYM.sub(lambda m: m.group(1).upper(), t)
    return t


_CELLS = re.compile(r"\t+|\s{3,}")
_RULE = re.compile(r"[-–—=\s]+")
_NOT_A_TITLE = re.compile(r"\d{3,}|@|www\.")
_DOCUMENT_PACK = re.compile(r"^\W*public document pack", re.I)
_PLACE_LABEL = re.compile(r"^(?:place|venue|location)\s*:?\s*(.+)$", re.I)


def _agenda_front(lines: list[str], i: int) -> dict | None:
    """"<BODY>" / "AGENDA" / "<time> <date> <place>"."""
    t = clean(lines[i])
    if not _AGENDA_CUE.match(t):
        return None
    date = time = place = None
    body = None
    end = i
    after = _next_nonblank(lines, i, 5)
    for j in after:
        raw = lines[j]
        c = clean(raw)
        if _FIELD.match(raw):
            return None  # a field block follows: the field detector handles it
        if item_heading(raw):
            break  # the list of items has begun: a date below belongs to an item
        hits = [h for h in find_dates(c) if h.iso and h.has_year]
        if hits and date is None:
            date = hits[0].iso
            end = j
            cells = [clean(x) for x in _CELLS.split(raw) if clean(x)]
            for cell in cells:
                ch = [h for h in find_dates(cell) if h.iso]
                tm = parse_time(cell)
                if ch:
                    rest = (cell[: ch[0].start] + " " + cell[ch[0].end:]).strip(" ,")
                    if time is None:
                        time = parse_time(rest)
                    continue
                if tm and len(cell) < 20:
                    time = time or tm
                    continue
                if not _RULE.fullmatch(cell):
                    place = place or cell
            break
        if body is None and len(c) < 90 and not _NOT_A_TITLE.search(c) and not _AGENDA_CUE.match(c):
            body = c
            end = j
    if date is None:
        return None
    if body is None or _DOCUMENT_PACK.match(body):
        body = None
        for j in _prev_nonblank(lines, i, 3):
            c = clean(lines[j])
            if c and not _DOCUMENT_PACK.match(c) and len(c) < 90:
                body = c
                break
    if place is None:
        for j in _next_nonblank(lines, end, 2):
            c = clean(lines[j])
            pm = _PLACE_LABEL.match(c)
            if pm:
                place = pm.group(1)
                end = j
                break
    return {"line": i, "header_end": end, "kind": "agenda", "date": date, "time": time, "place": place,
            "body": _tidy_body(body)}


_LEAD_TIMES = re.compile(r"^\(?[^)]*\d[.:]\d\d[^)]*\)?\s*")


def _meeting_of_header(lines: list[str], i: int) -> dict | None:
    """"MEETING OF POLICE AND CRIME PANEL" then a date (and place) line."""
    t = clean(lines[i])
    m = _MEETING_OF.match(t)
    if not m:
        return None
    for j in _next_nonblank(lines, i, 2):
        c = clean(lines[j])
        hits = [h for h in find_dates(c) if h.iso and h.has_year]
        if hits:
            rest = c[hits[0].end:].strip(" ,")
            time = parse_time(rest)
            place = _LEAD_TIMES.sub("", rest).strip(" ,") or None if time else rest or None
            kind = "minutes" if any(_PRESENT.match(clean(lines[k])) and clean(lines[k]).lower().startswith("present")
                                    for k in _next_nonblank(lines, j, 6)) else _kind_near(lines, i)
            return {"line": i, "header_end": j, "kind": kind, "date": hits[0].iso, "time": time, "place": place,
                    "body": _tidy_body(m["rest"])}
    return None


_VIEW_DIRECTIONS = re.compile(r"\.?\s*view directions\s*$", re.I)
_MINUTES_ANYWHERE = re.compile(r"\bminutes\b", re.I)


def _web_header(lines: list[str], i: int) -> dict | None:
    """ModernGov web page: "Surrey Police and Crime Panel - Tuesday, 15 September 2020 10.30 am" / "Venue: X"."""
    if _plain(lines[i]) and not _DAY_CUE.search(lines[i].lower()):
        return None  # the header names a weekday: not this plain line (tested before the cleaning it would need)
    t = clean(lines[i])
    m = _WEB_HEAD.match(t)
    if not m:
        return None
    hits = [h for h in find_dates(m["rest"]) if h.iso and h.has_year]
    if not hits:
        return None
    place = None
    end = i
    for j in _next_nonblank(lines, i, 3):
        pm = _PLACE_LABEL.match(clean(lines[j]))
        if pm:
            place = _VIEW_DIRECTIONS.sub("", pm.group(1)).strip()
            end = j
            break
    kind = "minutes" if _MINUTES_ANYWHERE.search(" ".join(lines[max(1, i - 3): i])) else "agenda"
    return {"line": i, "header_end": end, "kind": kind, "date": hits[0].iso,
            "time": parse_time(m["rest"][hits[0].end:]), "place": place, "body": _tidy_body(m["body"])}


# --- blocks --------------------------------------------------------------------------------------------------------

def _build_block(ctx: Context, lines: list[str], h: dict, next_header: int) -> MeetingBlock:
    doc = ctx.doc
    start = h["header_end"] + 1
    limit = min(next_header - 1, len(lines) - 1, h["line"] + 3000)
    meeting = Meeting(prov=Provenance(doc.sha256, h["line"], h["header_end"], doc.page_of(h["line"]),
                                      "meetings." + h["kind"], 0.8),
                      body=_qualified_body(lines, h), date=h["date"], time=h["time"], place=_tidy_place(h["place"]))
    block = MeetingBlock(h["kind"], h["line"], start, limit, meeting)
    if meeting.place is None:
        for j in _next_nonblank(lines, h["header_end"], 3):
            vm = _VENUE_LINE.match(clean(lines[j]))
            if vm:
                meeting.place = _tidy_place(vm["place"])
                break
    if h["kind"] == "transcript":  # a transcript's header: who was there, no minute items
        block.end = min(block.end, start + 40)
        _attendance(lines, block)
    elif h["kind"] == "minutes":
        _minutes_block(lines, block)
        _attendance(lines, block)
        refs = [(hd[3], hd[2]) for hd in block.headings if hd[3]]
        if refs:
            meeting.agenda_items = [AgendaItem(r, t) for r, t in refs]
    else:
        _agenda_block(lines, block)
        meeting.agenda_items = [AgendaItem(num, title) for _, num, title, _ in block.headings]
        meeting.chair = _chair_from_members(lines, block)
    meeting.prov.end_line = max(meeting.prov.end_line, block.end)
    return block


_GENERIC_BODY = re.compile(r"^(?:(?:authority|board|panel|committee|sub-committee|council|cabinet|commission|executive|"
                           r"forum|partnership|assembly)\s*){1,2}$", re.I)


def _qualified_body(lines: list[str], h: dict) -> str | None:
    """A header that names the body only by its kind ("Minutes of the meeting of the Authority", "MINUTE OF THE
    AUTHORITY BOARD MEETING") takes the full name from the title line above it ("TAMARFIELD FIRE AND RESCUE
    AUTHORITY" → "Tamarfield Fire and Rescue Authority"; "… POLICE AUTHORITY" + "Authority Board" → "… Police
    Authority Board")."""
    body = h["body"]
    if not body or not _GENERIC_BODY.match(body):
        return body
    above = _body_above(lines, h["line"], 4)
    if not above or above.lower() == body.lower():
        return body
    low, words = above.lower(), body.split()
    if low.endswith(body.lower()):
        return above
    if low.split()[-1] == words[0].lower():
        return " ".join([above] + words[1:])
    return above + " " + body


_VIEW_DIRECTIONS_END = re.compile(r"\s*view directions$", re.I)
_LEAD_THE_NAME = re.compile(r"^the\s+(?=[A-Z])")
_DASH_GAP = re.compile(r"\s*-\s*")
_NUMBER_DASH_NAME = re.compile(r"\d\s*-\s*[A-Z]")


def _tidy_place(place: str | None) -> str | None:
    if not place:
        return None
    p = clean(place).strip(" ,.")
    p = _VIEW_DIRECTIONS_END.sub("", p)
    p = _LEAD_THE_NAME.sub("", p)
    p = _DASH_GAP.sub("-", p) if _NUMBER_DASH_NAME.search(p) else p
    return p or None


_REF_HEAD = re.compile(r"^(?:#+\s*)?(?:(?:minute|min\.?|item)\s+(?:no\.?\s*)?)?(?P<num>[A-Z]{1,8}\s?[/.\-]?\d{1,4}"
                       r"[/.\-]\d{1,4}(?:[/.\-]\d{1,4})?)\.?\)?\s+(?P<title>\S.*)$", re.I)
_PREFIXED_HEAD = re.compile(r"^(?:#+\s*)?(?i:minute|min\.?|mins?\.|item|agenda item)\s+(?i:no\.?\s*)?(?P<num>\d{1,3}(?:/\d{2,4})?"
                            r"[a-z]?)\s*[.:)]?\s+(?P<title>[A-Z0-9'‘“][^\t]{2,159})$")
# "(4)  PERFORMANCE MONITORING": a number in brackets (fire authorities, some councils); "(a)" is a sub-point
_PAREN_HEAD = re.compile(r"^(?:#+\s*)?\((?P<num>\d{1,3}[a-z]?)\)\s+(?P<title>\S.*)$")
_SENTENCE = re.compile(r"\b(?:was|were|had|has|have|is|are|will|would|said|advised|asked|received|agreed|noted)\b")
_PAGE_RANGE = re.compile(r"(?:\t+|\s{3,})(?:pages?\s+)?\d{1,4}(?:\s*[-–]\s*\d{1,4})?\s*$", re.I)
_ANY_DIGIT = re.compile(r"\d")
# what every heading form opens with, after any "#"s: a digit, "(", a short prefix then a digit ("PCP/24", "A3"), or
# "Minute"/"Min."/"Item"/"Agenda item" — a cheap necessary test before the heading patterns (same case folding)
_HEAD_CUE = re.compile(r"#*\s*(?:\(|\d|[^\W\d_]{1,8}\s?[/.\-]?\d|min|item|agenda)", re.I)
# the same test on a simple line as it is (see _simple): leading bullets and runs of white space allowed for
_HEAD_CUE_SIMPLE = re.compile(r"[\s\-▪◦●·‣–—■]*#*\s*(?:\(|\d|[^\W\d_]{1,8}\s*[/.\-]?\d|min|item|agenda)", re.I)


_ASCII_LETTER = re.compile(r"[A-Za-z]")
_THAT_TO = re.compile(r"(?:that|to)\b", re.I)


def item_heading(raw: str) -> tuple[str, str, str | None] | None:
    """``(number, title, agenda item ref)`` for a minute or agenda item heading: the shared forms ("5 Title",
    "23. TITLE", "Minute 5 Title", "Item 7 Title", "41/25 TITLE") and references with a prefix ("PCP/24/15 TITLE");
    a page range printed at the right ("MINUTES      1 - 8") is dropped."""
    if not raw.strip() or not _ANY_DIGIT.search(raw):  # every heading form has a digit (cleaning adds none)
        return None
    if raw.rstrip()[-1:].isdigit():
        raw = _PAGE_RANGE.sub("", raw)
    if _simple(raw) and not _HEAD_CUE_SIMPLE.match(raw):  # (cleaning is the costly part: see _simple)
        return None
    c = clean(raw)
    if not _HEAD_CUE.match(c):
        return None
    ph = parse_item_heading(raw)
    if ph is not None:
        return ph
    m = _REF_HEAD.match(c)
    if m and _ASCII_LETTER.match(m["num"]):
        ph = parse_item_heading("1 " + m["title"])
        if ph is not None:
            return m["num"], ph[1], ph[2]
    m = _PREFIXED_HEAD.match(c)
    if m and not m["title"].rstrip().endswith((".", ",", ";")) and not _SENTENCE.search(m["title"]):
        # "Minute 5  Commissioner's response to the Panel's report": the label makes a sentence-case title safe
        return m["num"], m["title"].strip(" :"), None
    m = _PAREN_HEAD.match(c)
    if m and not _THAT_TO.match(m["title"]):
        # "(4) PERFORMANCE MONITORING"; "(1) That the report be noted" is a resolution's sub-point, not a heading
        ph = parse_item_heading(m["num"] + " " + m["title"])
        if ph is not None:
            return ph
    return None


_DIGITS = re.compile(r"\d+")


_LETTER_PREFIX = re.compile(r"[A-Za-z]+\s?[/.\-]")


def item_value(num: str, year: int | None = None) -> int | None:
    """The order of an item number: "12" → 12, "39/20" → 39 (item/year), "PCP/24/15" → 15 (prefix/year/item),
    "PCP 1/25" → 1. Of two numbers the one that is the meeting's year (``year``, as printed) is not the item's."""
    nums = _DIGITS.findall(num or "")
    if len(nums) >= 2:
        first, last = int(nums[0]), int(nums[-1])
        if year is not None:
            years = {y % 100 for y in (year - 1, year, year + 1)} | {year - 1, year, year + 1}
            if first in years and last not in years:
                return last
            if last in years and first not in years:
                return first
        if num[:1].isalpha() and len(nums) >= 2 and _LETTER_PREFIX.match(num):
            return last  # "PCP/24/15": prefix, year, item
    return heading_number_value(num)


_NUMBER_ALONE = re.compile(r"^\s*(\d{1,3}(?:/\d{2,4})?)\.?\s*$")
_DIGIT_FIRST = re.compile(r"[\s\-]*\d")  # a plain line whose cleaned text opens with a digit (see _plain)


def _simple(raw: str) -> bool:
    """Whether cleaning ``raw`` can only trim it, turn runs of white space into one space and drop leading bullets:
    no markup ("<", "*", "_") and no bullet that cleaning replaces inside a line. A pattern that allows for that
    (white space as \\s+, \\W* or bullets at the start) fails on such a line as it is if it fails on the cleaned
    text, so it can be tried before (or instead of) the cleaning, which is the costly part."""
    return "<" not in raw and "*" not in raw and "_" not in raw and "\uf0b7" not in raw and "\u2022" not in raw


def _plain(raw: str) -> bool:
    """A simple line (see :func:`_simple`) that is ASCII too: a word found in ``raw.lower()`` is one a
    case-insensitive pattern finds in the cleaned text (no odd case folding: "ſ", "K", "ı")."""
    return raw.isascii() and _simple(raw)


def _may_end(raw: str) -> bool:
    """Whether the cleaned ``raw`` may match _BLOCK_END, _SIGNATURE or _MEETING_CLOSED: a cheap necessary test on a
    simple line (the first word of one of the first two, or the words of the third); any other line may."""
    if not _simple(raw) or _END_START.match(raw):
        return True
    if raw.isascii():
        low = raw.lower()
        return "meeting" in low and ("close" in low or "ended" in low or "finished" in low or "concluded" in low
                                     or "terminated" in low or "rose" in low)
    return _MEETING_WORD.search(raw) is not None


_MEETING_WORD = re.compile(r"meeting", re.I)


# the word _BLOCK_END or _SIGNATURE opens with, after what \W* passes over
_END_START = re.compile(r"\W*(?:public|agenda|appendix|transcript|subject|report|this|chair|signed)", re.I)


def _sequence_headings(lines: list[str], start: int, end: int, stop_at_break: bool,
                       year: int | None = None, known: dict[int, tuple | None] | None = None,
                       not_ends: set[int] | None = None) -> tuple[list, int]:
    """Numbered headings in order (each number above the last, by at most 3), and the line where the scan ended.
    ``known`` holds the :func:`item_heading` of lines already read (by line number) and ``not_ends`` the lines
    already found not to match _BLOCK_END, so no line is read twice."""
    out: list[tuple[int, str, str, str | None]] = []
    last_val: int | None = None
    known = known or {}
    not_ends = not_ends or set()
    j = start
    while j <= end:
        raw = lines[j]
        if not raw.strip():
            j += 1
            continue
        if out and (BLANK_PAGE.match(raw) or (j not in not_ends and _may_end(raw) and _BLOCK_END.match(clean(raw)))) \
                and not (BLANK_PAGE.match(raw) and _numbering_goes_on(lines, j, end, last_val, year)):
            return out, j - 1
        ph = known[j] if j in known else item_heading(raw)
        if ph is None and (not _plain(raw) or _DIGIT_FIRST.match(raw)):
            # "1." alone on a line with the title on the next line (web minutes); the cleaned line is stripped, so it
            # opens with the digit
            c = clean(raw)
            m = _NUMBER_ALONE.match(c) if c[:1].isdecimal() else None
            if m:
                nxt = _next_nonblank(lines, j, 1)
                if nxt and nxt[0] <= end:
                    ph2 = parse_item_heading(m.group(1) + " " + lines[nxt[0]])
                    if ph2 and nxt[0] - j <= 3:
                        ph = ph2
        if ph is not None:
            val = item_value(ph[0], year)
            if val is not None and (last_val is None or last_val < val <= last_val + 3):
                out.append((j, ph[0], ph[1], ph[2]))
                last_val = val
        j += 1
    return out, end


def _agenda_block(lines: list[str], block: MeetingBlock) -> None:
    start = block.start
    # start the item list after an "Agenda items" heading when there is one close by
    for j in range(block.start, min(block.end, block.start + 200) + 1):
        raw = lines[j]
        # the heading needs one of its words in the line (markup that cleaning removes could join one up; a non-ASCII
        # line may fold case otherwise): a cheap test first
        low = raw.lower()
        if not ("agenda" in low or "business" in low or "items" in low or "*" in raw or "_" in raw or "<" in raw
                or not raw.isascii()):
            continue
        if _AGENDA_HEAD.match(clean(raw)) and not _FIELD.match(raw):
            start = j + 1
            break
    heads, stop = _sequence_headings(lines, start, min(block.end, start + 600), stop_at_break=True,
                                     year=_year(block))
    # the agenda list starts at 1 (or the first number after an "Agenda" heading) and runs without gaps
    items = []
    for h in heads:
        val = item_value(h[1], _year(block))
        if not items:
            if val not in (1, 0):
                continue
        elif val != item_value(items[-1][1], _year(block)) + 1:
            break
        items.append(h)
    block.headings = items
    if items:
        block.end = min(max(stop, items[-1][0]), block.end)


def _numbering_goes_on(lines: list[str], j: int, end: int, last_val: int | None, year: int | None) -> bool:
    """Whether the item numbering carries on just after line ``j`` (a blank-page notice printed in the middle of a
    set of minutes, not at its end): the next heading a few lines on is the next number."""
    if last_val is None:
        return False
    for k in _next_nonblank(lines, j, 4):
        if k > end:
            break
        ph = item_heading(lines[k])
        if ph is not None:
            val = item_value(ph[0], year)
            return val is not None and last_val < val <= last_val + 2
    return False


def _minutes_block(lines: list[str], block: MeetingBlock) -> None:
    end = block.end
    seen_item = False
    last_val: int | None = None
    year = _year(block)
    known: dict[int, tuple | None] = {}  # item_heading by line, for _sequence_headings
    not_ends: set[int] = set()  # lines found not to match _BLOCK_END, for _sequence_headings
    for j in range(block.start, block.end + 1):
        raw = lines[j]
        if not raw.strip():
            continue  # (a line that cleans to nothing is no heading and no end either: it passes as this one)
        # the cleaned line, where an end of the block may be read from it (cleaning is the costly part)
        c = clean(raw) if seen_item and _may_end(raw) else ""
        if seen_item:
            if BLANK_PAGE.match(raw):
                if _numbering_goes_on(lines, j, block.end, last_val, year):
                    continue
                end = j - 1
                break
            if c and (_BLOCK_END.match(c) or (_SIGNATURE.match(c) and j > block.start + 3)):
                end = j - 1
                break
            not_ends.add(j)  # (the cleaned line is not read where it cannot match: see _may_end)
        ph = known[j] = item_heading(raw)
        # "the meeting closed at …" (the pattern needs "meeting": a cheap test first, in full on a non-ASCII line)
        if seen_item and ph is None and c and ("meeting" in c.lower() or not c.isascii()) and \
                _MEETING_CLOSED.search(c):
            end = j
            break
        if ph is not None:
            seen_item = True
            val = item_value(ph[0], year)
            if val is not None and (last_val is None or last_val < val <= last_val + 3):
                last_val = val
    block.end = end
    block.headings, _ = _sequence_headings(lines, block.start, end, stop_at_break=False, year=year, known=known,
                                           not_ends=not_ends)


def _year(block: MeetingBlock) -> int | None:
    return int(block.date[:4]) if block.date else None


# --- attendance ----------------------------------------------------------------------------------------------------

def _attendance(lines: list[str], block: MeetingBlock) -> None:
    m = block.meeting
    first_item = block.headings[0][0] if block.headings else block.end + 1
    second_item = block.headings[1][0] if len(block.headings) > 1 else min(block.end, first_item + 25)
    present: list[str] = []
    subs: list[str] = []
    apologies: list[str] = []
    chair = None
    j = block.start
    top = min(first_item - 1, block.start + 80)
    while j <= top:
        # both patterns need "present" or "members" (a cheap test first, on a plain line before cleaning it)
        low = lines[j].lower()
        if _plain(lines[j]) and "present" not in low and "members" not in low:
            j += 1
            continue
        c = clean(lines[j])
        low = c.lower()
        pm = (_PRESENT.match(c) or _MEMBERS_LABEL.match(c)) if c and (
            "present" in low or "members" in low or not c.isascii()) else None
        if pm and not _ALSO_OTHERS.match(c):
            chunk = [pm["rest"]] if pm["rest"] else []
            k = j + 1
            blank_run = 0
            while k <= top:
                ck = clean(lines[k])
                if not ck:
                    blank_run += 1
                    if blank_run >= 3 and chunk:
                        break
                    k += 1
                    continue
                if _ALSO_PRESENT.match(ck) or (("apologies" in ck.lower() or not ck.isascii()) and
                                               _APOLOGIES.search(ck)) or item_heading(lines[k]) and not split_names(ck):
                    break
                if "(" not in ck and _PROSE_VERB.search(ck):
                    break
                # after a gap the list goes on only with more names or a group label ("Independent Members:")
                if blank_run and chunk and not _LABEL_ONLY.match(ck) and not _names_line(ck):
                    break
                blank_run = 0
                chunk.append(lines[k])
                k += 1
            for name, role, raw, in_chair in _chunk_names(chunk):
                if name not in present:
                    present.append(name)
                if in_chair or (role and any(_CHAIR_ROLE.match(r) for r in _SLASH.split(role.strip()))):
                    chair = chair or name
                if (role and _SUBSTITUTE_ROLE.search(role)) or raw.strip().startswith("+"):
                    if name not in subs:
                        subs.append(name)
            j = k
            continue
        j += 1
    # apologies and substitutes: in the header area or the first minute item
    if not block.headings:
        second_item = min(second_item, block.start + 60)
    last = min(second_item, block.end)
    # only the paragraphs with the word are read (or with markup that cleaning removes, which could join it up)
    paragraphs = _paragraphs(lines, block.start, last, _APOLOGIES_CUE) \
        if _APOLOGIES_CUE.search("\n".join(lines[block.start: last + 1])) else []
    for am in (x for par in paragraphs for x in _APOLOGIES.finditer(par)):
        sentence = _sentence(am["rest"])
        for fm in _FOR_WHOM.finditer(sentence):
            for name, _, _ in split_names(fm["sub"]):
                if name not in subs:
                    subs.append(name)
        sentence = _FOR_WHOM.sub(", ", sentence)
        for name, _, _ in split_names(sentence):
            if name not in apologies and name not in subs:
                apologies.append(name)
    for k in range(block.start, last + 1):
        raw = lines[k]
        if _plain(raw) and ":" not in raw and "present" not in raw and "attended" not in raw and \
                "substitut" not in raw.lower() and "chair" not in raw.lower():
            continue  # none of the patterns below can match (a cheap test of their words first, before cleaning)
        c = clean(raw)
        if not c:
            continue
        # each pattern behind a cheap test of a word it needs (in full on a non-ASCII line where case may fold oddly)
        low = c.lower()
        sm = _SUB_LINE.match(c) if "substitut" in low or not c.isascii() else None
        if sm:
            for name, _, _ in split_names(sm["rest"]):
                if name not in subs:
                    subs.append(name)
        if "attended" in c or "present" in c or "substituted" in c:  # _IN_PLACE's words (it is case-sensitive)
            for sentence in _SENTENCE_END.split(c):
                for im in _IN_PLACE.finditer(sentence):
                    name = display_name(im["sub"])
                    if name and name not in subs:
                        subs.append(name)
        cm = _CHAIR_LABEL.match(c) if chair is None and ":" in c else None
        if cm and chair is None:
            got = split_names(cm["name"])
            chair = got[0][0] if got else None
        # a cheap test before the costly pattern (a non-ASCII line may fold case differently: test it fully)
        if chair is None and ("in the chair" in low or not c.isascii()):
            im = _IN_THE_CHAIR.search(c)
            if im:
                chair = display_name(im["name"])
    m.present = list(dict.fromkeys(_strip_rank(x) for x in present))
    m.apologies = list(dict.fromkeys(_strip_rank(x) for x in apologies))
    m.substitutes = list(dict.fromkeys(_strip_rank(x) for x in subs))
    chair = _strip_rank(chair) if chair else chair
    m.chair = chair


_SLASH = re.compile(r"\s*/\s*")
_ALSO_OTHERS = re.compile(r"^\W*(?:also|others?)\b", re.I)
_PROSE_VERB = re.compile(r"\b(?:were|was|had|welcomed)\b")
_APOLOGIES_CUE = re.compile(r"apologies|[*<]|__", re.I)
_SENTENCE_END = re.compile(r"(?<=[a-z]{2})\.\s+")
_COLUMN_GAP = re.compile(r"(?<=\S)(?:\t+|\s{3,})(?=\S)")
_LABEL = re.compile(r"^\s*(?P<label>[A-Z][A-Za-z'’ -]{1,30}?)\s*:\s*")
_LABEL_ONLY = re.compile(r"^[A-Z][A-Za-z'’ -]{1,30}:$")
_COLUMNS = re.compile(r"\S(?:\t+|\s{3,})\S")
_DASH_COLUMN = re.compile(r"\S\s+[-–—]\s+[A-Z]")
_COLUMN_SPLIT = re.compile(r"\t+|\s{3,}|\s+[-–—]\s+(?=[A-Z])")
_JOIN_AFTER = re.compile(r"(?:[,(&]|\b(?:and|councill?ors?|cllrs?\.?|mrs?|ms|dr|sir|dame|lord|lady|baroness))\s*$", re.I)
# a cell of a post or an organisation, printed beside a name in an attendance list
_POST_CELL = re.compile(r"\b(?:chief|executive|officer|director|head|manager|commissioner|constable|constabulary|"
                        r"police|council|service|authority|superintendent|inspector|sergeant|commander|clerk|adviser|"
                        r"advisor|lead|treasurer|secretary|solicitor|analyst|coordinator|co-ordinator|OPFCC|"
                        r"OPCC|PCC|NHS|trust|team|unit|department|directorate|partnership|representative)\b", re.I)
_TITLED = re.compile(r"^\W*(?:councill?or|cllr\.?|mr|mrs|ms|miss|dr|sir|dame|lord|lady|baroness)\s", re.I)
# police and fire ranks and posts printed before a name ("Chief Supt Ravi Menon", "ACC Donna Rowe"): not the name
_RANK = re.compile(r"^(?:(?:deputy\s+|assistant\s+)*chief\s+constable|(?:deputy\s+)?assistant\s+commissioner|"
                   r"(?:deputy\s+)?commissioner|[AD]CC|T/?ACC|(?:(?:acting|temporary|det(?:ective)?\.?)\s+)?"
                   r"(?:chief\s+)?(?:superintendent|supt\.?|inspector|insp\.?)|(?:det(?:ective)?\.?\s+)?"
                   r"(?:sergeant|sgt\.?|constable|PC|DC|DS|DI|DCI|DSupt|CSupt)|commander|"
                   r"(?:deputy\s+|assistant\s+)?chief\s+fire\s+officer|(?:station|group|area|watch|crew)\s+manager)\s+"
                   r"(?=[A-Z])", re.I)


def _strip_rank(name: str) -> str:
    """"Chief Supt Ravi Menon" → "Ravi Menon"; a name that is only a rank stays as it is."""
    out = _RANK.sub("", name, 1)
    return out if len(out.split()) >= 2 or (out.isupper() and out != name) else name


_HONOUR = re.compile(r"^\W*(?P<h>dame|sir|lord|lady|baroness|baron)\s+", re.I)
_IN_CHAIR_AFTER = re.compile(r"^\s*,?\s*\(?\s*in the chair\b", re.I)


_BRACKETED = re.compile(r"\([^)]*\)")
_NAME_SEPARATOR = re.compile(r"[,;\t]|\s{3,}|\band\b")


def _names_line(text: str) -> bool:
    """A line of names ("Ben Oduya", "Dr A. Mensah and Ms C. Robson"), not a sentence or a heading."""
    lm = _LABEL.match(text)
    if lm:
        text = text[lm.end():]
    bare = _BRACKETED.sub("", text)
    for piece in _NAME_SEPARATOR.split(bare):
        words = piece.split()
        if len(words) >= 2 and words[0][:1].islower():
            return False
    return bool(split_names(text))


_INNER_BRACKETS = re.compile(r"\([^()]*\)")
_PUNCT_END = re.compile(r"[,;.:)]\s*$")
_LIST_SEPARATOR = re.compile(r"[,;]|\s+and\s+")


def _chunk_names(chunk: list[str]) -> list[tuple[str, str | None, str, bool]]:
    """``(name, role, raw, in the chair)`` for each person in the lines of a "Present" list: group labels
    ("Councillors:", "Co-optee:") dropped, columns ("Cllr A (Chair)    Ludford District Council") read cell by cell,
    names wrapped over lines joined; "Dame"/"Sir" kept as part of a name."""
    units: list[str] = []
    joinable = False
    for raw in chunk:
        t = raw.strip()
        lm = _LABEL.match(t)
        labelled = bool(lm and not _ANY_DIGIT.search(lm["label"]))
        if labelled:
            t = t[lm.end():]
        if not t.strip():
            continue
        if _COLUMNS.search(t) or _DASH_COLUMN.search(t):
            # "Cllr A (Chair)    Ludford DC", "Councillor A (Chair) - Ludford District Council": name, then affiliation
            cells = [x for x in _COLUMN_SPLIT.split(t) if x.strip()]
            for cell in cells[1:]:  # "Cllr A - Vale Council (substitute for Cllr B)": the role is the name's
                sm = _INNER_BRACKETS.search(cell)
                if sm and (_SUBSTITUTE_ROLE.search(sm.group(0)) or _CHAIR_ROLE.match(sm.group(0).strip("() "))) \
                        and "(" not in cells[0] and not display_name(cell[: sm.start()]):
                    cells[0] += " " + sm.group(0)
            if len(cells) > 1 and split_names(cells[0]):
                # "Tom Whitaker      Chief Executive, OPCC": a name, then the post it holds (not more names)
                cells = cells[:1] + [x for x in cells[1:] if not _POST_CELL.search(x) or _TITLED.match(clean(x))]
            units.extend(cells)
            joinable = False
            continue
        c = clean(t)
        # a prose list wrapped inside a name: the line opens with a lone surname ("Morland, Councillor Gareth Lyle")
        wrapped = bool(units) and "," in units[-1] and not _PUNCT_END.search(units[-1]) and \
            len(_LIST_SEPARATOR.split(c)[0].split()) == 1
        if units and joinable and not labelled and (_JOIN_AFTER.search(units[-1]) or c[:1] in "(" or c[:1].islower()
                                                     or wrapped):
            units[-1] += " " + c  # a name wrapped over two lines of a prose list ("…, Councillor Tessa" / "Morland, …")
        else:
            units.append(c)
        joinable = True
    out = []
    for unit in units:
        cu = clean(unit)
        for name, role, raw in split_names(unit):
            hm = _HONOUR.match(clean(raw))
            if hm and not name.lower().startswith(hm["h"].lower()):
                name = hm["h"][:1].upper() + hm["h"][1:].lower() + " " + name
            at = cu.find(raw.strip())
            in_chair = at >= 0 and bool(_IN_CHAIR_AFTER.match(cu[at + len(raw.strip()):]))
            out.append((name, role, raw, in_chair))
    return out


_APOLOGIES_LABEL = re.compile(r"^\W*apologies(?:\s+for\s+absence)?\W*$", re.I)


def _paragraphs(lines: list[str], a: int, b: int, cue: re.Pattern[str] | None = None) -> list[str]:
    """The text of lines ``a``..``b`` as paragraphs (runs of lines between blank lines), columns read as a list
    ("Cllr T. Vesey    Wyebank BC" → "Cllr T. Vesey, Wyebank BC"); a bare "Apologies:" label takes the paragraph
    after it. With ``cue``, a paragraph none of whose lines matches it reads as "" (it is not cleaned), unless it
    is the one a label takes."""
    groups: list[list[str]] = []  # the lines of each paragraph
    cur: list[str] = []
    for k in range(a, b + 1):
        raw = lines[k]
        if not raw.strip():
            if cur:
                groups.append(cur)
                cur = []
            continue
        cur.append(raw)
    if cur:
        groups.append(cur)
    merged: list[str] = []
    for group in groups:
        label = bool(merged) and _APOLOGIES_LABEL.match(merged[-1]) is not None
        if cue is not None and not label and not cue.search("\n".join(group)):
            merged.append("")
            continue
        par = " ".join(clean(_COLUMN_GAP.sub(", ", t) if _COLUMNS.search(t) else t) for t in map(str.strip, group))
        if label:
            merged[-1] = "Apologies: " + par
        else:
            merged.append(par)
    return merged


_FULL_STOP = re.compile(r"\.(?=\s|$)")
_INITIAL_END = re.compile(r"(?:^|\s)[A-Z]$")


def _sentence(text: str) -> str:
    """Text up to the end of its first sentence (a full stop not after an initial)."""
    for mm in _FULL_STOP.finditer(text):
        before = text[: mm.start()]
        if _INITIAL_END.search(before):  # "K. Evans": an initial
            continue
        return before
    return text


_TABS = re.compile(r"\t+")
_MARKED_CHAIR = re.compile(r"(?:^|\)\s*|,\s*|;\s*)(?P<name>[+A-Z][^()\t,;]*?)\s*\((?:chair|chairman|chairwoman|"
                           r"chairperson)\)", re.I)


def _chair_from_members(lines: list[str], block: MeetingBlock) -> str | None:
    """The name marked "(Chair)" / "(Chairman)" in a members list printed under an agenda header."""
    top = block.headings[0][0] if block.headings else block.end
    for j in range(max(1, block.header - 40), min(top, block.start + 120) + 1):
        raw = lines[j]
        if "(" not in raw:
            lm = _CHAIR_LABEL.match(clean(raw)) if ":" in raw else None
            if lm:  # a membership block: "Chair:   Councillor Derek Penhallow"
                got = split_names(lm["name"])
                if got:
                    return got[0][0]
            continue
        for cell in _TABS.split(raw):
            cm = _MARKED_CHAIR.search(_LABEL.sub("", clean(cell), 1))
            if cm:
                name = display_name(cm["name"])
                if name:
                    return name
    return None


def _merge(into: Meeting, other: Meeting) -> None:
    """Fill ``into`` from another sighting of the same meeting (same date)."""
    for f in ("body", "time", "place", "chair"):
        if getattr(into, f) is None and getattr(other, f) is not None:
            setattr(into, f, getattr(other, f))
    for f in ("present", "apologies", "substitutes"):
        cur = getattr(into, f)
        for x in getattr(other, f):
            if x not in cur:
                cur.append(x)
    if not into.agenda_items and other.agenda_items:
        into.agenda_items = other.agenda_items
    into.locations.append(other.prov.start_line)
