"""Split a document into parts (agenda, minutes, letter, report, …) with a kind, title, line span and date.

An agenda pack binds many documents. Their boundaries are found from the generic cues of the genre:

* pack headers (ModernGov's "Public Document Pack", "Agenda Item N"), "AGENDA", "MINUTES (OF A MEETING OF …)",
  "Transcript of Item …", report header blocks ("Subject:", "Subject Heading:", "Report to:");
* a letter: "Dear …" with its letter head (date, addresses, logo) before it and its sign-off ("Yours sincerely",
  name, post) after it;
* the ends of documents: "This page is intentionally left blank", a report's closing contact block, a letter's
  sign-off. What follows an end starts a new part, whose kind is read from its opening lines.

The parts are sequential and never overlap: a letter appended inside an actions report is its own part, and so
is a transcript appended to minutes.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate
from operator import add

from .casefold import fold
from .clean import BLANK_NOTICE_TAIL
from .extract._dates import month_number
from .records import DocumentText, Part, Provenance

_STRIP = re.compile(r"[*_#`>|]+")
_MARKUP = "*_#`>|"  # the characters of _STRIP
_DIGIT = re.compile(r"\d")

# --- boundary cues (matched against a line with markup stripped) -------------------------------------------------
_PACK = re.compile(r"^(?:public document pack\b|agenda item\s*:?\s*\d+[a-z]?\b)", re.I)
_HEADER_LABEL = re.compile(r"^(?:public document pack|agenda item\s*:?\s*\d+[a-z]?|(?:appendix|annex|annexe|enclosure)"
                           r"\s+[a-z0-9]{1,3}|item\s+\d+[a-z]?)\s*[.:–-]?\s*$", re.I)
_AGENDA = re.compile(r"^(?:(?:supplementary|revised)\s+)?agenda(?:\s+items?|\s+and\s+reports?|\s+pack)?\s*$", re.I)
_MINUTES = re.compile(r"^(?:(?:draft|unconfirmed|confirmed|signed)\s+)?minutes\s*$|"
                      r"^(?:(?:draft|unconfirmed|confirmed)\s+)?minutes\s+of\s+(?:a|an|the)\s+(?:[\w&,-]+\s+){0,3}"
                      r"meeting\b|^(?:(?:draft|unconfirmed)\s+)?minutes\s+of\s+.{3,120}\bheld\b", re.I)
_TRANSCRIPT = re.compile(r"(?:^|\*\*|[-–:]\s*|\d{4}\s+)(?:verbatim\s+|draft\s+)?transcript(?:\s+of\b|\s*$)",
                         re.I)
_SUBJECT = re.compile(r"^(?:subject(?:\s+heading)?|report\s+title|title\s+of\s+report)\s*:\s*(.*)$", re.I)
_REPORT_TO = re.compile(r"^report\s+(?:to|of|from|by)\s*:", re.I)
_DEAR = re.compile(r"^dear\s+[A-Za-z][\w.'’/&-]*(?:\s+[\w.'’/&-]+){0,5}\s*[,:]?$", re.I)
_SIGNOFF = re.compile(r"^(?:yours\s+(?:sincerely|faithfully|truly|ever)|(?:with\s+)?(?:kind(?:est)?|best|warm)\s+"
                      r"(?:regards|wishes)|regards)\b[\s,.!]*", re.I)
_CONTACT = re.compile(r"^contact\s+officers?\s*:", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")

# --- kinds (matched against the opening lines of a part) ---------------------------------------------------------
_STRONG: list[tuple[str, re.Pattern[str]]] = [
    ("transcript", _TRANSCRIPT),
    ("minutes", _MINUTES),
    ("action_list", re.compile(r"summary list of actions|\b(?:list|log|schedule|tracker) of actions\b|"
                               r"\bactions?\s+(?:arising|log|tracker|sheet|list)\b|\boutstanding actions\b", re.I)),
    ("declarations", re.compile(r"^(?:subject\s*:\s*)?declarations?\s+of\s+(?:\w+\s+)?interests?\b", re.I)),
    ("work_programme", re.compile(r"\bwork\s+programme\b|\bwork\s+program\b|\bforward\s+work\s+plan\b", re.I)),
    ("agenda", _AGENDA),
    ("briefing", re.compile(r"\bbriefing\b", re.I)),
]
_WEAK: list[tuple[str, re.Pattern[str]]] = [
    ("performance_report", re.compile(r"\bperformance\s+(?:report|update|monitoring|scorecard|dashboard|overview|"
                                      r"summary)\b|\bq(?:uarter)?\s*[1-4]\b.{0,20}\bperformance\b", re.I)),
    ("annual_report", re.compile(r"\bannual\s+report\b", re.I)),
    ("plan", re.compile(r"\b(?:police(?:,)?\s+(?:and|&)\s+crime|community\s+safety|crime\s+(?:and\s+disorder\s+)?"
                        r"reduction|policing|strategic|partnership|delivery)\s+plan\b", re.I)),
]
# a word every match of a kind's pattern holds (lower-cased as re.I folds: ``fold``), to test before the pattern
_KIND_WORD = {"transcript": "transcript", "minutes": "minutes", "action_list": "action",
              "declarations": "declaration", "work_programme": "work", "agenda": "agenda", "briefing": "briefing",
              "performance_report": "performance", "annual_report": "annual", "plan": "plan"}
_REPORT_HEADINGS = re.compile(r"^(?:\d+\.?\s+)?(?:executive\s+summary|contents|table\s+of\s+contents|foreword|"
                              r"chair'?s\s+foreword|introduction|recommendations?|summary|background|conclusions?|"
                              r"terms\s+of\s+reference)\s*$", re.I)
_REPORT_WORD = re.compile(r"\breport\b", re.I)
_REPORT_FAMILY = {"report", "performance_report", "action_list", "declarations", "work_programme"}

# --- dates -------------------------------------------------------------------------------------------------------
_MONTH_RX = r"(january|february|march|april|may|june|july|august|september|october|november|december|" \
            r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_DATE_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_RX + r",?\s+(\d{4})\b", re.I)
_DATE_MDY = re.compile(r"\b" + _MONTH_RX + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I)
_DATE_NUM = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_MONTH_YEAR = re.compile(r"^\W*" + _MONTH_RX + r"\s+(\d{4})\W*$", re.I)
_DATE_FIELD = re.compile(r"^(?:date(?:\s+of\s+(?:meeting|report))?|meeting\s+date)\s*:?\s+", re.I)
_DATE_ONLY = re.compile(r"^\W*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
                        + _MONTH_RX + r",?\s+\d{4}\W*$", re.I)

HEAD_ZONE = 8  # lines after a part's start in which further start cues only describe it
WINDOW = 14  # content lines read to decide a part's kind, title and date


@dataclass
class _Seg:
    start: int  # 0-based index of the first line
    cue: str | None = None  # kind named by the cue that started it, if any
    source: str = "cue"  # cue | after_end | letter | continuation
    end: int | None = None  # 0-based index of the last line (exclusive bound computed later)
    inherit: str | None = None  # kind of the part this one continues (after a nested letter)
    inherit_title: str | None = None


def segment(doc: DocumentText, noise: list[bool] | None = None) -> list[Part]:
    """Return the parts of ``doc`` in order, each with a kind, title, line span and date (ISO or None)."""
    n = len(doc.lines)
    if n == 0:
        return []
    noise = noise if noise is not None else [False] * n
    clean = _clean_all([ln.text for ln in doc.lines])
    segs = _boundaries(clean, noise)
    segs = _add_letters(clean, noise, segs)
    parts = _build_parts(doc, clean, noise, segs)
    return parts


def _clean(text: str) -> str:
    t = text.strip()
    if not t:
        return ""
    if "*" in t or "_" in t or "#" in t or "`" in t or ">" in t or "|" in t:
        t = _STRIP.sub(" ", t)
    return " ".join(t.split())  # the same as collapsing r"\s+" and stripping, without a regex


def _clean_all(texts: list[str]) -> list[str]:
    """``[_clean(t) for t in texts]``, quicker: a line without markup keeps its words and single plain spaces
    (every other white space character is unprintable), and only the lines that hold markup are cleaned in full."""
    out = []
    for t in texts:
        s = t.strip()
        if "  " in s or not s.isprintable():
            s = " ".join(s.split())
        out.append(s)
    big = "\n".join(texts)
    starts = None
    for ch in _MARKUP:
        i = big.find(ch)
        if i >= 0 and starts is None:
            starts = list(map(add, accumulate(map(len, texts), initial=0), range(len(texts) + 1)))  # in ``big``
        while i >= 0:
            k = bisect_right(starts, i) - 1
            out[k] = _clean(texts[k])
            i = big.find(ch, starts[k + 1])  # on from the next line
    return out


def _boundaries(clean: list[str], noise: list[bool]) -> list[_Seg]:
    """Start cues and document ends, merged: a cue in the head zone of a part describes that part."""
    segs: list[_Seg] = []
    n = len(clean)
    after_end = False  # the previous line ended a document
    cur_start = -10 ** 9
    cur_subject = False
    contact_at = -1
    for i in range(n):
        t = clean[i]
        if not t or noise[i]:
            if noise[i] and t and _is_blank_notice(t):
                after_end = True
            continue
        # _start_cue names nothing unless the line starts with one of its letters or speaks of a transcript
        cue = _start_cue(clean, noise, i) if t[0] in _CUE_FIRST or "ranscript" in t or "RANSCRIPT" in t else None
        if cue is None and after_end:
            cue = (None, "after_end")
        if cue is not None:
            kind, source = cue
            if i - cur_start <= HEAD_ZONE and _header_only(clean, cur_start, i) and source != "after_end":
                if segs and segs[-1].cue is None:
                    segs[-1].cue = kind
                cur_subject = cur_subject or source == "subject"
            else:
                segs.append(_Seg(start=_extend_back(clean, noise, i, cur_start), cue=kind, source=source))
                cur_start = segs[-1].start
                cur_subject = source == "subject"
            after_end = False
        if ("lank" in t or "LANK" in t) and BLANK_NOTICE_TAIL.search(t):
            after_end = True
        elif cur_subject and _CONTACT.match(t):
            contact_at = i
        elif contact_at >= 0 and i - contact_at <= 6 and _EMAIL.search(t):
            nxt = _next_content(clean, noise, i + 1)
            if nxt is not None and (nxt - i >= 2 or not _field_line(clean[nxt])):
                after_end = True  # the closing contact block of a report
                contact_at = -1
                cur_subject = False
    if not segs or segs[0].start > 0:
        first = _next_content(clean, noise, 0)
        if first is not None and (not segs or first < segs[0].start):
            segs.insert(0, _Seg(start=first, cue=None, source="top"))
    return segs


_CUE_FIRST = "pPaAmMsSrRtT"  # the first letters _start_cue reads on (no other character lower-cases to them)


def _is_blank_notice(t: str) -> bool:
    return ("lank" in t or "LANK" in t) and bool(BLANK_NOTICE_TAIL.search(t))


def _field_line(t: str) -> bool:
    return bool(re.match(r"^[A-Za-z -]{2,30}:", t))


def _start_cue(clean: list[str], noise: list[bool], i: int) -> tuple[str | None, str] | None:
    """The kind named by a start cue on line ``i`` (kind may be None for a pack header), or None."""
    t = clean[i]
    if len(t) > 400:
        return None
    low = t[:1].lower()
    if low == "p" or low == "a":
        if _PACK.match(t):
            return None, "pack"
        if _AGENDA.match(t):
            return "agenda", "agenda"
    if low == "m" and _MINUTES.match(t) and _date_near(clean, noise, i):
        return "minutes", "minutes"
    if ("ranscript" in t or "RANSCRIPT" in t) and _TRANSCRIPT.search(t) and len(t) < 250:
        return "transcript", "transcript"
    if (low == "s" or low == "r" or low == "t") and ":" in t:  # both patterns need a colon
        m = _SUBJECT.match(t)
        if m:
            return None, "subject"
        if _REPORT_TO.match(t) and not _subject_above(clean, i):
            return None, "subject"
    return None


def _date_near(clean: list[str], noise: list[bool], i: int) -> bool:
    """Minutes headings are followed closely by the meeting's date (an agenda line "Minutes" is not)."""
    seen = 0
    for j in range(i, min(len(clean), i + 20)):
        if clean[j] and not noise[j]:
            if _find_date(clean[j]):
                return True
            seen += 1
            if seen > 6:
                break
    return False


def _subject_above(clean: list[str], i: int) -> bool:
    for j in range(max(0, i - 6), i):
        if _SUBJECT.match(clean[j]) or _REPORT_TO.match(clean[j]):
            return True
    return False


def _header_only(clean: list[str], a: int, b: int) -> bool:
    """Lines a..b-1 are all short (a title block, not body text)."""
    return all(len(clean[j]) < 160 for j in range(max(a, 0), b))


def _extend_back(clean: list[str], noise: list[bool], i: int, floor: int) -> int:
    """Take in a header label ("Agenda Item 4", "Appendix 2") just above a start cue."""
    start = i
    j = i - 1
    steps = 0
    while j > floor and j >= 0 and steps < 5:
        t = clean[j]
        if t and not noise[j]:
            if _HEADER_LABEL.match(t):
                start = j
            else:
                break
        j -= 1
        steps += 1
    return start


def _next_content(clean: list[str], noise: list[bool], i: int, limit: int = 10 ** 9) -> int | None:
    for j in range(i, min(len(clean), limit)):
        if clean[j] and not noise[j]:
            return j
    return None


# --- letters -----------------------------------------------------------------------------------------------------

def _add_letters(clean: list[str], noise: list[bool], segs: list[_Seg]) -> list[_Seg]:
    """Each "Dear …" with a sign-off after it is a letter part running from its letter head to its signature."""
    starts = sorted(s.start for s in segs)
    n = len(clean)
    out = list(segs)
    floor = -1  # the last line of the previous letter
    i = 0
    while i < n:
        t = clean[i]
        if not (t and t[:4].lower() == "dear" and len(t) <= 70 and _DEAR.match(t) and not noise[i]):
            i += 1
            continue
        nxt_boundary = next((s for s in starts if s > i), n)
        sign = _find_signoff(clean, noise, i + 1, min(nxt_boundary, i + 600))
        if sign is None:
            i += 1
            continue
        head = _letter_head(clean, noise, i, max(floor, _last_before(starts, i) - 1))
        end = _signature_end(clean, noise, sign, nxt_boundary)
        out = [s for s in out if not (head <= s.start <= end)] + [_Seg(start=head, cue="letter", source="letter",
                                                                        end=end)]
        # what follows the letter, before the next boundary, carries on the part it sat in
        after = _next_content(clean, noise, end + 1, nxt_boundary)
        if after is not None and not any(s.start == after for s in out):
            out.append(_Seg(start=after, cue=None, source="continuation"))
        floor = end
        i = end + 1
    out.sort(key=lambda s: s.start)
    return out


def _last_before(starts: list[int], i: int) -> int:
    best = -1
    for s in starts:
        if s <= i:
            best = s
        else:
            break
    return best


def _find_signoff(clean: list[str], noise: list[bool], a: int, b: int) -> int | None:
    for j in range(a, b):
        t = clean[j]
        if t and len(t) < 60 and _SIGNOFF.match(t) and not noise[j]:
            return j
    return None


def _letter_head(clean: list[str], noise: list[bool], dear: int, floor: int) -> int:
    """Walk back from "Dear …" over the letter head (date, addresses, references, logo) to where it starts."""
    start = dear
    blank_run = 0
    j = dear - 1
    while j > floor and dear - j <= 40:
        t = clean[j]
        if not t or noise[j]:
            blank_run += 1
            if blank_run >= 3 and start < dear:
                break
            j -= 1
            continue
        blank_run = 0
        if len(t) > 200 or (len(t) > 100 and t.endswith((".", "?", "!"))) or _SIGNOFF.match(t) \
                or _CONTACT.match(t):
            break
        start = j
        j -= 1
    if floor >= 0 and start <= floor:
        start = floor + 1
    return start


def _signature_end(clean: list[str], noise: list[bool], sign: int, limit: int) -> int:
    """The last line of a signature block: name, post and organisation under the sign-off."""
    end = sign
    taken = 0
    blank_run = 0
    for j in range(sign + 1, min(limit, sign + 14)):
        t = clean[j]
        if noise[j]:
            continue
        if not t:
            blank_run += 1
            if blank_run >= (2 if taken else 4):
                break
            continue
        if blank_run >= 2 and taken:
            break
        if len(t) > 90 or _DEAR.match(t) or _start_cue(clean, noise, j):
            break
        blank_run = 0
        end = j
        taken += 1
        if taken >= 6:
            break
    return end


# --- building parts ----------------------------------------------------------------------------------------------

def _build_parts(doc: DocumentText, clean: list[str], noise: list[bool], segs: list[_Seg]) -> list[Part]:
    n = len(clean)
    parts: list[Part] = []
    pack_date: str | None = None
    prev_kind: str | None = None
    prev_title: str | None = None
    before_letter: tuple[str, str | None] | None = None
    for k, seg in enumerate(segs):
        hard_end = segs[k + 1].start - 1 if k + 1 < len(segs) else n - 1
        end = seg.end if seg.end is not None else hard_end
        end = min(end, hard_end)
        while end > seg.start and (not clean[end] or noise[end] or _is_blank_notice(clean[end])):
            end -= 1
        window = _window(clean, noise, seg.start, end)
        if not window:
            continue
        cue_line = None
        if seg.source == "letter":
            kind = "letter"
        else:
            kind, cue_line = _classify(clean, window, seg)
            if kind is None:
                if seg.source == "continuation" and before_letter is not None:
                    kind = before_letter[0]
                else:
                    kind = "report" if _reportish(clean, window) else "other"
        title = _title(doc, clean, noise, window, kind, seg, end)
        if cue_line is not None and kind in ("annual_report", "plan", "performance_report", "work_programme",
                                             "action_list") and not _SUBJECT.match(clean[cue_line]):
            title = _cut(doc.lines[cue_line].text)
        if seg.source == "continuation" and before_letter is not None and kind == before_letter[0]:
            title = before_letter[1]
        date, partial = _part_date(clean, noise, window, kind)
        if kind == "agenda" and date and pack_date is None:
            pack_date = date
        if date is None and not partial and (kind in _REPORT_FAMILY or kind == "agenda"):
            date = pack_date
        if kind == "letter" and prev_kind not in (None, "letter"):
            before_letter = (prev_kind, prev_title)
        elif kind != "letter":
            before_letter = None
        conf = 0.9 if seg.source in ("letter", "subject", "minutes", "transcript", "agenda") else 0.7
        parts.append(Part(prov=Provenance(doc.sha256, seg.start + 1, end + 1, doc.lines[seg.start].page,
                                          f"segment.{seg.source}", conf), kind=kind, title=title, date=date))
        if kind != "letter":
            prev_kind, prev_title = kind, title
    return _merge_orphans(parts)


def _merge_orphans(parts: list[Part]) -> list[Part]:
    """A kindless scrap (a few lines between documents) joins the part before it."""
    out: list[Part] = []
    for p in parts:
        small = p.prov.end_line - p.prov.start_line < 3
        if out and p.kind == "other" and small and out[-1].kind != "letter":
            out[-1].prov.end_line = p.prov.end_line
            continue
        out.append(p)
    return out


def _window(clean: list[str], noise: list[bool], a: int, b: int, size: int = WINDOW) -> list[int]:
    out = []
    for j in range(a, b + 1):
        if clean[j] and not noise[j]:
            out.append(j)
            if len(out) >= size:
                break
    return out


def _classify(clean: list[str], window: list[int], seg: _Seg) -> tuple[str | None, int | None]:
    """The kind named by the opening lines: genre words first (transcript, minutes, …), then titles."""
    subject = None
    for j in window:
        t = clean[j]
        m = _SUBJECT.match(t)
        if m:
            subject = m.group(1)
            break
    if subject is not None:
        low = fold(subject)
        for kind, rx in _STRONG + _WEAK:
            if kind in ("agenda", "plan", "minutes"):
                continue
            if _KIND_WORD[kind] in low and rx.search(subject):
                return kind, None
        return "report", None
    briefing_end = window[min(len(window) - 1, 8)]
    for j in window:
        t = clean[j]
        if len(t) > 300:
            continue
        low = fold(t)
        for kind, rx in _STRONG:
            if kind == "briefing" and j > briefing_end:
                continue
            if _KIND_WORD[kind] in low and (rx.search(t) if kind != "minutes" else rx.match(t)):
                return kind, j
    if seg.cue:
        return seg.cue, None
    for j in window[:10]:
        t = clean[j]
        if len(t) > 160:
            continue
        low = fold(t)
        for kind, rx in _WEAK:
            if _KIND_WORD[kind] in low and rx.search(t):
                return kind, j
    if any(_REPORT_TO.match(clean[j]) for j in window):
        return "report", None
    return None, None


def _reportish(clean: list[str], window: list[int]) -> bool:
    """A titled document with the headings of a report (contents, summary, recommendations, foreword)."""
    last = window[-1] if window else 0
    extra = [j for j in range(last + 1, min(len(clean), last + 40)) if clean[j]]
    first = window[:4]
    for j in window + extra:
        t = clean[j]
        if _REPORT_HEADINGS.match(t) or (j in first and len(t) < 100 and _REPORT_WORD.search(t)):
            return True
    return False


def _title(doc: DocumentText, clean: list[str], noise: list[bool], window: list[int], kind: str, seg: _Seg,
           end: int) -> str | None:
    for j in window:
        m = _SUBJECT.match(clean[j])
        if m and m.group(1).strip():
            return _cut(doc.lines[j].text.split(":", 1)[1])
    if kind == "transcript":
        for j in window:
            t = doc.lines[j].text
            m = re.search(r"transcript\b.*", t, re.I)
            if m:
                return _cut(m.group(0))
    if kind == "letter":
        return _letter_title(clean, noise, window, end)
    first_word = None
    for j in window:
        t = clean[j]
        if _HEADER_LABEL.match(t) or _PACK.match(t) or _DATE_ONLY.match(t) or _MONTH_YEAR.match(t):
            continue
        if _AGENDA.match(t) or re.match(r"^(?:minutes|agenda)$", t, re.I):
            first_word = first_word or t.title()
            continue
        if len(t) > 160:
            continue
        title = _cut(t)
        return f"{first_word}: {title}" if first_word else title
    return first_word


def _letter_title(clean: list[str], noise: list[bool], window: list[int], end: int) -> str:
    """ "Letter from <name>, <post>" from the signature block, else "Letter"."""
    for j in range(end, max(window[0], end - 16), -1):
        if clean[j] and _SIGNOFF.match(clean[j]) and not noise[j]:
            names = [clean[k] for k in range(j + 1, end + 1) if clean[k] and not noise[k]]
            signoff_rest = _SIGNOFF.sub("", clean[j]).strip()
            if signoff_rest and not names:
                names = [signoff_rest]
            if names:
                return "Letter from " + ", ".join(names[:2])
            break
    return "Letter"


def _cut(text: str) -> str:
    t = _clean(text.strip().split("\t")[0])
    return t[:200]


def _part_date(clean: list[str], noise: list[bool], window: list[int], kind: str) -> tuple[str | None, bool]:
    """The part's date (ISO) from a "Date:" field, else the first full date of its opening lines; and whether
    a month-and-year date (no day) was seen instead."""
    partial = False
    look = window[:6]
    if kind == "letter":
        look = []
        for j in _window(clean, noise, window[0], len(clean) - 1, 40):
            if _DEAR.match(clean[j]):
                break
            look.append(j)
        for j in look:
            if _DATE_ONLY.match(clean[j]):
                return _find_date(clean[j]), False
    for j in look:
        t = clean[j]
        if _DATE_FIELD.match(t):
            d = _find_date(t)
            if d:
                return d, False
    for j in look:
        t = clean[j]
        if len(t) > 250 or (kind != "letter" and t.endswith(".")):
            continue  # a date inside a sentence is not the part's own
        d = _find_date(t)
        if d:
            return d, False
        if _MONTH_YEAR.match(t):
            partial = True
    return None, partial


def _find_date(text: str) -> str | None:
    """The first full date in ``text`` as ISO, or None."""
    if not _DIGIT.search(text):  # every pattern needs a (\d) digit
        return None
    m = _DATE_DMY.search(text)
    if m:
        return _iso(int(m.group(3)), month_number(m.group(2)), int(m.group(1)))
    m = _DATE_MDY.search(text)
    if m:
        return _iso(int(m.group(3)), month_number(m.group(1)), int(m.group(2)))
    m = _DATE_NUM.search(text)
    if m:
        return _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return None


def _iso(y: int, mo: int | None, d: int) -> str | None:
    import datetime as _dt

    try:
        return _dt.date(y, mo, d).isoformat() if mo else None
    except ValueError:
        return None
