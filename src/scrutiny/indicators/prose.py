"""Read indicator observations out of performance-report prose and minutes.

A document is cut into blocks at major headings (``Agenda Item N``, numbered capitalised minute titles). A block
whose text talks about performance (``performance report``, ``performance indicators``, ``KPI``, ``RAG``,
``red flagged`` …) is read sentence by sentence: a sentence may name an indicator (the subject, carried on to
later sentences) and may give values for a period — a year-to-date figure with its change and last year's
figure, a quarter's figure "(4,355 down from 4,520)", a figure "against a target of 51", a rate "17 of 59 …
(28.8%)", a guideline band "28-40%" — and printed RAG ratings, either named ("the green rated indicator related
to …", "a red RAG status (… those being: A and B)") or only counted ("two were red flagged and one was green").
Nothing here names a particular document: the cues are the genre's wording.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..casefold import fold
from ..extract._dates import month_number
from .model import Observation, Period, normalise_rag
from .text import (NUM, PCT_UNIT, Paragraph, Sentence, doc_paragraphs, folds_plainly, has_digit, kept_sentences,
                   to_number)

# ---------------------------------------------------------------------------------------------------------------
# Vocabulary

#: Acronyms of the genre with their long forms (a document's own "Long Name (ACR)" definitions come first).
GLOSSARY: dict[str, str] = {
    "ASB": "anti-social behaviour", "TNO": "total notifiable offences", "DV": "domestic violence",
    "DA": "domestic abuse", "VAP": "violence against the person", "VWI": "violence with injury",
    "MARAC": "multi-agency risk assessment conference", "IDVA": "independent domestic violence advocate",
    "NEET": "not in education, employment or training", "NEETS": "not in education, employment or training",
    "KSI": "killed or seriously injured", "SD": "sanction detection", "CSE": "child sexual exploitation",
    "VAWG": "violence against women and girls", "RTC": "road traffic collisions", "FTE": "first time entrants",
    "ADF": "accidental dwelling fires", "SSO": "serious sexual offences",
}
MEASURE_NOUNS = (r"(?:offences|offenses|crimes|incidents|fires|injuries|casualties|reports|referrals|cases|calls|"
                 r"victims|arrests|detections|collisions|burglaries|robberies|thefts|assaults|complaints|deaths|"
                 r"admissions|reoffending|re-offending|outcomes|searches|notifications|entrants|attendances|"
                 r"rate|ratio|percentage|proportion|NEETs?)")
GENERIC = set("the a an of to and in on for by with all total number numbers reported recorded reports report "
              "incidents incident cases case calls call level levels count volume indicator indicators figure "
              "figures this that its their from our".split())
_WORD = re.compile(r"[a-z0-9]+")

_MONTHS = {m: i for i, m in enumerate(("january february march april may june july august september october "
                                       "november december").split(), start=1)}
_DATE_RX = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(_MONTHS) + r")\s+(\d{4})\b", re.I)
# a month's name with its year after it, read backwards (led by the year's digits, fast): what every _DATE_RX match
# holds, searched in the reversed text
_DATE_REV = re.compile(r"\d{4}\s+(?:" + "|".join(m[::-1] for m in _MONTHS) + ")", re.I)

# ---------------------------------------------------------------------------------------------------------------
# Blocks

_MAJOR = re.compile(r"^\s*(?:[Pp]ublic [Dd]ocument [Pp]ack\s+)?(?:[Aa]genda [Ii]tem|AGENDA ITEM)\s+\d+\b|"
                    r"^\s*(?:[Ii]tem\s+)?\d{1,3}[.)]?\s+(?=[^a-z]*[A-Z]{3})[^a-z]{4,}$")
_DIGIT = re.compile(r"\d")
_PERF_LITERAL = re.compile(r"performance (?:report|indicator|summary|dashboard)|direction of travel")
_PERF_RATED = re.compile(r"(?:red|amber|green)[- ](?:flagged|rated)")


def is_performance_text(text: str) -> bool:
    """Whether a block talks about performance indicators (fast on long texts: literal-led patterns only)."""
    return _is_performance_low(text.lower())


# _PERF_LITERAL's alternatives, and "\bkpis?\b|\brag\b", each led by its literal (the word boundary before it checked
# just after it): searched one by one, each skips ahead at C speed
_PERF_REPORT = re.compile(r"performance (?:report|indicator|summary|dashboard)")
_KPI = re.compile(r"kpi(?<=\bkpi)s?\b")
_RAG = re.compile(r"rag(?<=\brag)\b")


def _is_performance_low(low: str) -> bool:
    """:func:`is_performance_text` of a text given lower-cased."""
    if "direction of travel" in low or _PERF_REPORT.search(low):  # _PERF_LITERAL
        return True
    if "kpi" in low and _KPI.search(low) or "rag" in low and _RAG.search(low):
        return True
    return ("flagged" in low or "rated" in low) and bool(_PERF_RATED.search(low))


_PERIOD_CUE = re.compile(r"\bQ[1-4]\b|\bquarter\s*[1-4]\b|\b(?:last|previous|this|latest)\s+quarter\b|"
                         r"year[\s-]to[\s-]date|\bRAG\b|\b(?:red|amber|green)[- ](?:flagged|rated)\b", re.I)
# _PERIOD_CUE's alternatives for the lower case of a text that folds plainly: each led by its literal (the word
# boundary before it is checked just after it), so that a search skips ahead at C speed; the two led by several
# words are tried only where a word they need is
_PERIOD_CUE_LED = tuple(re.compile(p) for p in (r"q(?<=\bq)[1-4]\b", r"quarter(?<=\bquarter)\s*[1-4]\b",
                                                r"year[\s-]to[\s-]date", r"rag(?<=\brag)\b"))
_PERIOD_CUE_LAST_Q = re.compile(r"\b(?:last|previous|this|latest)\s+quarter\b")
_PERIOD_CUE_RATED = re.compile(r"\b(?:red|amber|green)[- ](?:flagged|rated)\b")


def _has_period_cue(text: str, low: str) -> bool:
    """Whether ``_PERIOD_CUE`` matches ``text`` (``low`` is ``text.lower()``)."""
    if not folds_plainly(text):
        return _PERIOD_CUE.search(text) is not None
    return (any(rx.search(low) is not None for rx in _PERIOD_CUE_LED) or
            "quarter" in low and _PERIOD_CUE_LAST_Q.search(low) is not None or
            ("flagged" in low or "rated" in low) and _PERIOD_CUE_RATED.search(low) is not None)
_PERIOD_HEAD = re.compile(r"\b(?:Q|Quarter\s*)(?P<q>[1-4])\b", re.I)


@dataclass
class Block:
    """A run of paragraphs between two major headings."""

    title: str
    start_line: int
    paragraphs: list[Paragraph]
    period: Period | None = None
    anchor: dt.date | None = None  # the date the block was written or discussed (meeting date)


def _caps_title(text: str) -> bool:
    t = text.replace("*", "").strip()
    return len(t) < 160 and not t.endswith(".") and bool(_MAJOR.match(t))


def split_blocks(pars: list[Paragraph]) -> list[Block]:
    """Cut the paragraphs at major headings."""
    blocks: list[Block] = []
    cur = Block("", pars[0].first_line if pars else 1, [])
    for p in pars:
        if _caps_title(p.text) and cur.paragraphs:
            blocks.append(cur)
            cur = Block(p.text.replace("*", "").strip(), p.first_line, [])
        elif not cur.paragraphs:
            cur.title = p.text.replace("*", "").strip()[:160]
        cur.paragraphs.append(p)
    if cur.paragraphs:
        blocks.append(cur)
    return blocks


_MEETING_HEAD = re.compile(r"^\W*(?:public document pack\s+)?(?:agenda item \d+\s+)?minutes\s+of\s+(?:a|the)\s+"
                           r"(?:\w+\s+)?meeting", re.I)


def _header_dates(pars: list[Paragraph]) -> list[tuple[int, dt.date]]:
    """Dates printed on header-like lines (meeting headers, front sheets), with their line numbers."""
    out = []
    for p in pars:
        t = p.text
        # a long text, or one ending with a full stop, is read only as a meeting's header
        if (len(t) > 220 or t.rstrip().endswith(".")) and not _MEETING_HEAD.match(t):
            continue
        m = _DATE_RX.search(t) if has_digit(t) and _DATE_REV.search(t[::-1]) else None
        month = month_number(m.group(2)) if m else None  # (matched case-blind: "ſeptember", "aprıl" too)
        if month:
            try:
                d = dt.date(int(m.group(3)), month, int(m.group(1)))
            except ValueError:
                continue
            out.append((p.first_line, d))
    return out


def resolve_quarter(q: int, anchor: dt.date | None, fy: int | None = None) -> Period | None:
    """Quarter ``q`` with no year printed: of ``fy`` when known, else the latest one that had ended by ``anchor``."""
    if fy is not None:
        return Period(fy, q)
    if anchor is None:
        return None
    fy = anchor.year if anchor.month >= 4 else anchor.year - 1
    p = Period(fy, q)
    return p if p.end <= anchor else Period(fy - 1, q)


_QUARTER_PHRASE = re.compile(r"(?:\bQ|\bQuarter\s*)[1-4]\b[^.\n]{0,20}", re.I)


def _block_period(block: Block) -> Period | None:
    head = " ".join(p.text for p in block.paragraphs[:8])[:1500]
    p = Period.parse(block.title) or None
    if p is not None and p.quarter:
        return p
    for m in _QUARTER_PHRASE.finditer(head):
        p = Period.parse(m.group(0))
        if p is not None and p.quarter:
            return p
    m = _PERIOD_HEAD.search(block.title)
    if m:
        return resolve_quarter(int(m.group("q")), block.anchor)
    return None


# ---------------------------------------------------------------------------------------------------------------
# What is found


@dataclass
class Finding:
    """Values of one indicator for one period, as one block states them."""

    period: Period
    value: float | None = None
    ytd: float | None = None
    last_year: float | None = None
    last_year_ytd: float | None = None
    ytd_change: float | None = None  # stated % change of the YTD against last year's
    ytd_change_text: str | None = None
    value_change: float | None = None
    value_change_text: str | None = None
    target: str | None = None
    label: str | None = None  # a period label when the document words it differently ("H1 2016/17")
    lines: list[int] = field(default_factory=list)

    @property
    def line(self) -> int:
        return self.lines[0]


@dataclass
class Series:
    """One indicator as one block reports it."""

    name: str
    key: frozenset[str]
    unit: str  # count | percent
    line: int
    block: Block
    code: str | None = None
    introduced: bool = False  # named as an "indicator" by the text
    findings: dict[Period, Finding] = field(default_factory=dict)
    rags: list[tuple[str, int]] = field(default_factory=list)  # printed RAGs in document order
    band: tuple[float, float, int] | None = None  # a stated guideline band (low, high, line)
    band_claims: list[tuple[float, bool, int]] = field(default_factory=list)
    comparator: tuple[str, float, int] | None = None
    target_text: str | None = None

    def finding(self, period: Period, line: int) -> Finding:
        f = self.findings.get(period)
        if f is None:
            f = self.findings[period] = Finding(period)
        if line not in f.lines:
            f.lines.append(line)
        return f

    @property
    def rag(self) -> str | None:
        return self.rags[0][0] if self.rags else None

    def observations(self) -> list[Observation]:
        """The findings as rating-engine observations (the printed RAG on the block's period)."""
        out = []
        for per, f in sorted(self.findings.items()):
            out.append(Observation(code=self.code or self.name, period=per, value=f.value, ytd=f.ytd,
                                   last_year=f.last_year, last_year_ytd=f.last_year_ytd,
                                   stated_rag=self.rag if per == self.block.period else None, line=f.line))
        return out


@dataclass
class Reading:
    """Everything the prose reader found in one document."""

    blocks: list[Block]
    series: list[Series]
    acronyms: dict[str, str]


# ---------------------------------------------------------------------------------------------------------------
# Names and identity



_ACR_PAREN = re.compile(r"\(([A-Z]{2,6})s?\)")
_LONG_NAME = re.compile(r"((?:[A-Z][\w'’\-]*\s+){1,7}[A-Z][\w'’\-]*)\s*$")


def document_acronyms(pars: list[Paragraph]) -> dict[str, str]:
    """Acronyms the document defines as "Long Name (ACR)" (initials must agree), over the genre glossary."""
    out = dict(GLOSSARY)
    for p in pars:
        for m in (_ACR_PAREN.finditer(p.text) if "(" in p.text else ()):
            lm = _LONG_NAME.search(p.text[max(0, m.start() - 90):m.start()])
            if not lm:
                continue
            words = _WORD_SEP.split(lm.group(1).strip())
            acr = m.group(1)
            initials = "".join(w[0] for w in words if w).upper()
            if initials.endswith(acr.upper()):
                out[acr.upper()] = " ".join(words[len(words) - len(acr):]).lower()
    return out


_WORD_SEP = re.compile(r"[\s\-]+")
_ES_PLURAL = re.compile(r"(?:ss|x|ch|sh|z)es$")
_ACRONYM = re.compile(r"\b[A-Z]{2,6}s?\b")
_LEAD_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
_LEAD_NUMBER_OF = re.compile(r"^(?:total\s+)?number\s+of\s+(?:the\s+)?", re.I)
_LEAD_ACRONYM = re.compile(r"^([A-Z]{2,6})\b(.*)$")
_TRAILING_ACRONYM = re.compile(r"^(.*?)\s*\(([A-Z]{2,6})\)$")


def _stem(w: str) -> str:
    """Fold a plural: injuries → injury, searches → search, offences → offence."""
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and _ES_PLURAL.search(w):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def name_key(name: str, acronyms: dict[str, str]) -> frozenset[str]:
    """Content words of an indicator name, acronyms expanded, plurals folded."""
    text = name
    for acr in _ACRONYM.findall(name):
        exp = acronyms.get(acr.rstrip("s").upper()) or acronyms.get(acr.upper())
        if exp:
            text += " " + exp
    words = {_stem(w) for w in _WORD.findall(text.lower().replace("-", " ")) if w not in GENERIC}
    return frozenset(words)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def display_name(raw: str, acronyms: dict[str, str]) -> str:
    """A readable indicator name: trimmed, and a bare acronym given its long form ("ASB reports" →
    "anti-social behaviour (ASB) reports")."""
    name = _LEAD_ARTICLE.sub("", raw.strip(" ,.;:"))
    name = _LEAD_NUMBER_OF.sub("", name) if len(name.split()) > 3 else name
    m = _LEAD_ACRONYM.match(name)
    if m and m.group(1) in acronyms:
        name = f"{acronyms[m.group(1)]} ({m.group(1)}){m.group(2)}"
    m = _TRAILING_ACRONYM.search(name)
    if m and m.group(2) in acronyms:
        exp = acronyms[m.group(2)]
        inner = {w for w in _WORD.findall(m.group(1).lower()) if w not in GENERIC}
        if inner <= set(_WORD.findall(exp.lower())):
            name = f"{exp[:1].upper()}{exp[1:]} ({m.group(2)})"
    return name[:1].upper() + name[1:]


# ---------------------------------------------------------------------------------------------------------------
# Sentence patterns

P = rf"(?:[+\-−]\s?)?(?:{NUM}){PCT_UNIT}"
_NAME_STOP = r"(?=\s*(?:[.,;:]|\((?![A-Z]{2,6}\))|\bwhich\b|\bwhere\b|\bwho\b|$))"
SUBJ_INDICATOR = re.compile(
    r"(?:\b(?P<rag>red|amber|green)[- ](?:rated|flagged|RAG)\s+)?\bindicators?\s+(?:was\s+|is\s+|were\s+)?"
    r"(?:for|related\s+to|relates\s+to|relating\s+to|concerns|concerned|covers|on)\s+(?P<name>[^.,;:]+?)" + _NAME_STOP,
    re.I)
SUBJ_NUMBER = re.compile(
    r"\b(?:the\s+)?(?:total\s+)?number\s+of\s+(?P<name>[A-Za-z][\w'’\- ]*?(?:\s*\([A-Z]{2,6}\))?)"
    r"(?=\s+(?:recorded|reported|this|in|to|was|were|is|are|has|have|had|for|during|over|since|between|at|so)\b"
    r"|\s*[.,;:]|$)")
SUBJ_HEAD = re.compile(rf"^(?:The\s+)?(?P<name>[A-Z][\w'’\-]*(?:\s+[\w'’\-]+){{0,5}}?\s+\b{MEASURE_NOUNS})\s+"
                       r"(?:were|was|had been|have been|has been|are|is|stood at|totalled|rose|fell|increased|"
                       r"decreased|remained)\b")
SUBJ_CHANGE = re.compile(rf"\b(?:reduction|increase|rise|fall|decrease|drop)s?\s+in\s+(?:the\s+)?(?:number\s+of\s+)?"
                         rf"(?P<name>[a-z][\w'’\- ]{{0,60}}?\b{MEASURE_NOUNS})\b")
SUBJ_CONCERN = re.compile(rf"\b(?:concern|priority|focus|issue)\b[^.;]{{0,60}}?\b(?:was|were|is|are)\s+"
                          rf"(?P<name>[a-z][\w'’\- ]{{0,60}}?\b{MEASURE_NOUNS})\b")

_YTD_CUE = re.compile(r"year[\s-]to[\s-]date|\bto\s+date\b|\bFYTD\b|so\s+far\s+this\s+(?:financial\s+)?year", re.I)
_LAST_Q = re.compile(r"\b(?:in\s+)?the\s+(?:last|previous|latest)\s+quarter\b", re.I)
_SENT_Q = re.compile(r"\b(?:Q|quarter\s*)(?P<q>[1-4])\b(?:\s*\(?(?P<fy>(?:20)?\d{2}\s*[/\-–]\s*\d{2,4})\)?)?", re.I)
_DIR = r"(?P<dir>increase|rise|decrease|reduction|fall|drop|decline)"
VAL_CHANGE = re.compile(
    rf"(?:\bis|\bwas|\bwere|\bare|\bstood\s+at|\btotalled|\bof)\s+(?P<b>{NUM})(?!\s?%|\s?per)"
    rf"(?:\s+[a-z]+){{0,2}},?\s+(?:an?\s+)?{_DIR}\s+of\s+(?P<p>{P})"
    rf"(?:\s+(?:from|on|compared\s+(?:to|with))\s+(?P<a>{NUM})(?!\s?%))?", re.I)
VAL_PAREN = re.compile(rf"\((?P<b>{NUM})\s+(?:(?P<dir>up|down)\s+)?(?:from|on|vs\.?|against)\s+(?P<a>{NUM})"
                       rf"(?:,\s*(?P<p>{P}))?\)", re.I)
VAL_TARGET = re.compile(rf"(?P<b>{NUM})(?:\s+[a-z]+){{0,2}}\s+against\s+(?:a|the|its)\s+target\s+of\s+"
                        rf"(?P<t>{NUM}\s?%?)", re.I)
VAL_IN_Q = re.compile(rf"(?P<b>{NUM})(?:\s+[a-z]+){{0,2}}\s+in\s+(?:Q|quarter\s*)(?P<q>[1-4])\b", re.I)
VAL_H1 = re.compile(rf"(?P<b>{NUM})(?:\s+[a-z]+){{0,2}}\s+in\s+the\s+first\s+(?:6|six)\s+months", re.I)
VAL_RATE = re.compile(rf"(?P<n>{NUM})\s+(?:out\s+)?of\s+(?:the\s+)?(?P<d>{NUM})\s+(?P<name>[^()%]+?(?:\([A-Z]{{2,6}}\))?)"
                      rf"\s+(?:were|was|are|is|had\s+been|have\s+been)\s+(?P<sub>[^()%.;]+?)\s*\((?P<p>{P})\)")
VAL_RATE_YTD = re.compile(rf"(?P<name>\b[\w'’\- ]*?\brate)\b[^.;]{{0,40}}?year[\s-]to[\s-]date\s+(?:is|was|stood\s+at)\s+"
                          rf"(?P<p>{P})", re.I)
BAND = re.compile(rf"\b(?P<rel>within|outside|inside|below|above)\s+(?:of\s+)?(?:the\s+)?[\w ]{{0,30}}?"
                  rf"(?:guidelines?|range|band|target)\s+(?:of\s+)?(?P<lo>{NUM})\s*%?\s*(?:-|–|to)\s*(?P<hi>{NUM})\s*%",
                  re.I)
COMPARATOR = re.compile(rf"\b(?P<label>national average|London[- ]wide|London average|regional average|"
                        rf"family (?:group )?average|England and Wales)\b[^.;%]{{0,40}}?(?P<p>{P})", re.I)
TARGET_TEXT = re.compile(r"\btarget\s+to\s+(?P<t>(?:increase|reduce|decrease|maintain|improve|achieve)\b[^,.;(]+)",
                         re.I)
RAG_COUNT = re.compile(r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b\s*(?:\([^)]*\)\s*)?"
                       r"(?:are|is|were|was)\s+(?:currently\s+)?(?:shown\s+as\s+having\s+an?\s+|rated\s+(?:as\s+)?)?"
                       r"'?(?P<rag>red|amber|green)'?(?:[- ]flagged|[- ]rated)?\b", re.I)
RAG_LIST = re.compile(r"\ban?\s+(?P<rag>red|amber|green)\s+(?:RAG\s+)?(?:status|rating)\s*\((?P<inner>[^)]*)\)", re.I)
RAG_RATED_AS = re.compile(r"\brated\s+(?:as\s+)?['‘\"]?(?P<rag>Red|Amber|Green)['’\"]?", re.I)
CODE_LINE = re.compile(r"^[\s•\-*]*\**(?P<code>[A-Z]{2,6}\s?\d{1,4}[a-z]?)\**\s*[–\-:]\s*(?P<name>.+)$")
CODE_INLINE = re.compile(r"\b(?:indicator|PI|KPI)\s+(?P<code>[A-Z]{2,6}\d{1,4}[a-z]?)\s*\((?P<name>[^)]+)\)", re.I)
_WORDNUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10}


def _count(word: str) -> int:
    return _WORDNUM.get(fold(word)) or int(word)  # (matched case-blind: "fıve" is five)


_RATED_LIST = re.compile(r"following|below|these|indicators?\s+rated", re.I)
_RAG_LIST_LEAD = re.compile(r"those being:|;|:")
_RAG_LIST_SEP = re.compile(r",|\band\b")
_RAG_COUNT_CUE = re.compile(r"\bindicators?\b|\bRAG\b", re.I)
_FLAGGED = re.compile(r"flagged", re.I)
_PCT_UNIT_END = re.compile(PCT_UNIT + "$")
_BAND_WORDS = ("within", "outside", "inside", "below", "above")  # BAND's first words: one is in every match

# the words the subject patterns need (they are case-sensitive): a cheap test before the costly search
_MEASURE_WORDS = frozenset(re.findall(r"[\w\-]+", MEASURE_NOUNS.replace("NEETs?", "NEET|NEETs")))


def _subject_patterns(t: str, low: str) -> tuple[re.Pattern, ...]:
    """The subject patterns worth trying on ``t``, in order: each where its cue is in ``low`` and the words every
    match holds are in ``t`` (the patterns are case-sensitive). ``SUBJ_HEAD`` needs a capital at the start and its
    measure noun as one of the first eight words (its name is at most "The" and seven words)."""
    number = "number of" in low
    head = "A" <= t[:1] <= "Z" and not _MEASURE_WORDS.isdisjoint(t.split(None, 8)[:8])
    concern = " was" in low and ("concern" in t or "priority" in t or "focus" in t or "issue" in t)
    change = " in " in low and ("reduction" in t or "increase" in t or "rise" in t or "fall" in t or
                                "decrease" in t or "drop" in t)
    if not (number or head or concern or change):
        return ()
    return tuple(rx for rx, worth in ((SUBJ_NUMBER, number), (SUBJ_HEAD, head), (SUBJ_CONCERN, concern),
                                      (SUBJ_CHANGE, change)) if worth)


# ---------------------------------------------------------------------------------------------------------------
# The reader


class _BlockReader:
    def __init__(self, block: Block, acronyms: dict[str, str]):
        self.block = block
        self.acr = acronyms
        self.series: list[Series] = []
        self.current: Series | None = None
        self.pending_rags: list[tuple[str, str, int]] = []  # (name, rag, line) resolved at the end
        self.counts: dict[str, int] = {}
        self.rated_as: tuple[str, int] | None = None

    # -- series -------------------------------------------------------------------------------------------
    def subject(self, raw: str, line: int, unit: str = "count", introduced: bool = False) -> Series | None:
        name = display_name(raw, self.acr)
        key = name_key(raw, self.acr)
        if not key:
            return None
        best, score = None, 0.0
        for s in self.series:
            if s.unit != unit:
                continue
            sc = similarity(key, s.key)
            if sc > score:
                best, score = s, sc
        if best is not None and score >= 0.75:
            best.introduced = best.introduced or introduced
            self.current = best
            return best
        s = Series(name=name, key=key, unit=unit, line=line, block=self.block, introduced=introduced)
        self.series.append(s)
        self.current = s
        return s

    def find(self, raw: str, unit: str | None = None) -> Series | None:
        key = name_key(raw, self.acr)
        best, score = None, 0.0
        for s in self.series:
            if unit and s.unit != unit:
                continue
            sc = len(key & s.key) / max(len(key), 1)
            if sc > score:
                best, score = s, sc
        return best if score >= 0.5 else None

    # -- periods ------------------------------------------------------------------------------------------
    def sentence_period(self, text: str, low: str | None = None) -> Period | None:
        """``low``: the text lower-cased, when the caller has it."""
        low = text.lower() if low is None else low
        if "q" not in low:  # no "Q3" and no "quarter"
            return self.block.period
        plain = folds_plainly(text)
        m = _SENT_Q.search(text) if not plain or _SENT_Q_LOW.search(low) else None
        if m:
            fy = Period.parse(m.group(0)).fy if m.group("fy") and Period.parse(m.group(0)) else None
            if fy is None and self.block.period is not None:
                fy = self.block.period.fy
            return resolve_quarter(int(m.group("q")), self.block.anchor, fy)
        if self.block.period is None and self.block.anchor is not None and (not plain or "quarter" in low) and \
                _LAST_Q.search(text):
            return Period.last_complete_before(self.block.anchor)
        return self.block.period

    def quarter_before(self, text: str, pos: int) -> Period | None:
        last = None
        for m in _SENT_Q.finditer(text[:pos]):
            last = m
        if last is None:
            return None
        fy = self.block.period.fy if self.block.period else None
        p = Period.parse(last.group(0), fy)
        if p is not None and p.quarter:
            return p
        return resolve_quarter(int(last.group("q")), self.block.anchor, fy)

    # -- reading ------------------------------------------------------------------------------------------
    def read(self) -> list[Series]:
        for par in self.block.paragraphs:
            self.read_code_line(par)
            sents = kept_sentences(par)
            # whether each sentence holds a digit, where the paragraph tells: none if it has none, and a paragraph
            # of one sentence holds it (else each sentence is tested)
            digit = has_digit(par.text)
            digit = digit if len(sents) == 1 or not digit else None
            for s in sents:
                self.read_sentence(s, digit)
        self.finish()
        return self.series

    def read_code_line(self, par: Paragraph) -> None:
        m = CODE_LINE.match(par.text) if len(par.text) <= 200 else None
        if not m or len(par.text) > 200:
            if not par.text.lstrip().startswith(("•", "-", "*")):
                self.rated_as = None
            return
        name = m.group("name").strip(" *")
        target = self.find(name, "percent") or self.find(name)
        if target is not None:
            target.code = target.code or m.group("code").replace(" ", "")
            if len(name) > len(target.name) // 2:
                target.name = display_name(name, self.acr)
            if self.rated_as is not None:
                target.rags.append((self.rated_as[0], par.first_line))

    def read_sentence(self, s: Sentence, digit: bool | None = None) -> None:
        """``digit``: whether the sentence holds a digit, when the caller knows."""
        t = s.text
        low = t.lower()
        # the lower case stands in for a case-insensitive search only where it folds plainly
        plain = folds_plainly(t)
        if "red" in low or "amber" in low or "green" in low:
            self.read_rags(s, low if plain else None)
        self.read_subjects(s, low, plain)
        if not (has_digit(t) if digit is None else digit):
            return
        # (read_rate reads only a percentage)
        if ("%" in t or "per cent" in low or "percent" in low) and self.read_rate(s, low):
            return
        self.read_values(s, low, plain)

    def read_rags(self, s: Sentence, low: str | None = None) -> None:
        """``low``: the text lower-cased, where it folds plainly (cheap word tests come before the patterns)."""
        t = s.text
        if low is None and folds_plainly(t):
            low = t.lower()
        m = RAG_RATED_AS.search(t) if low is None or "rated" in low else None
        if m and _RATED_LIST.search(t):
            self.rated_as = (normalise_rag(m.group("rag")), s.line)
        for m in (RAG_LIST.finditer(t) if "(" in t and (low is None or "status" in low or "rating" in low) else ()):
            inner = _RAG_LIST_LEAD.split(m.group("inner"))[-1]
            for name in _RAG_LIST_SEP.split(inner):
                if len(name.strip()) > 3:
                    self.pending_rags.append((name.strip(), normalise_rag(m.group("rag")), s.line_at(m.start())))
        if (low is None or "indicator" in low or "rag" in low or "flagged" in low) and (
                _RAG_COUNT_CUE.search(t) or _FLAGGED.search(t)):
            for m in (RAG_COUNT.finditer(t) if low is None or _RAG_COUNT_LOW.search(low) else ()):
                rag = normalise_rag(m.group("rag"))
                self.counts.setdefault(rag, _count(m.group("n")))

    def read_subjects(self, s: Sentence, low: str, plain: bool | None = None) -> None:
        """``plain``: whether the text folds plainly, when the caller knows."""
        t = s.text
        if "(" not in t and "indicator" not in low:
            # no RAG list to blank out, no indicator phrase and no code in brackets: only the subject patterns
            self.read_subject_patterns(s, t, low)
            return
        if ("status" in low or "rating" in low) and "(" in t:  # (a RAG list is in brackets)
            t = RAG_LIST.sub(lambda m: " " * len(m.group(0)), t)
        # the text searched, lower-cased where it folds plainly (else None): for cheap tests before costly patterns
        if t is not s.text or plain is None:
            plain = folds_plainly(t)
        tlow = None if not plain else low if t is s.text else t.lower()
        m = SUBJ_INDICATOR.search(t) if "indicator" in low and (tlow is None or _SUBJ_INDICATOR_LOW.search(tlow)) \
            else None
        if m:
            ser = self.subject(m.group("name"), s.line_at(m.start("name")), introduced=True)
            if ser is not None and m.group("rag"):
                ser.rags.append((normalise_rag(m.group("rag")), s.line_at(m.start())))
            return
        if self.read_subject_patterns(s, t, low):
            return
        m = CODE_INLINE.search(t) if "(" in t and (tlow is None or ("indicator" in tlow or "pi" in tlow) and
                                                   _CODE_INLINE_LOW.search(tlow)) else None
        if m:
            ser = self.find(m.group("name"))
            if ser is not None and not ser.code:
                ser.code = m.group("code")

    def read_subject_patterns(self, s: Sentence, t: str, low: str) -> bool:
        """The subject named by the first of the subject patterns that matches ``t`` (``s``'s text, perhaps with
        its RAG list blanked out; ``low``: ``s``'s text lower-cased), if any: whether one was."""
        for rx in _subject_patterns(t, low):
            m = rx.search(t)
            if m and not _DIGIT.search(m.group("name")):
                self.subject(m.group("name"), s.line_at(m.start("name")))
                return True
        return False

    def read_rate(self, s: Sentence, low: str) -> bool:
        t = s.text
        if "%" not in t and "per cent" not in low and "percent" not in low:
            return False
        m = VAL_RATE.search(t) if " of " in t and "(" in t and _VAL_RATE_CUE.search(t) else None
        if not m:
            m2 = VAL_RATE_YTD.search(t) if "rate" in low and "date" in low and (
                _VAL_RATE_YTD_LOW.search(low) or not folds_plainly(t)) else None
            cur = self.current if self.current is not None and self.current.unit == "percent" else None
            ser = cur or (self.find(m2.group("name"), "percent") if m2 else None)
            if m2 and ser is not None and self.block.period is not None:
                f = ser.finding(self.block.period, s.line_at(m2.start()))
                f.ytd = to_number(_PCT_UNIT_END.sub("", m2.group("p")).lstrip("+"))
            self.read_band(s, low)
            return bool(m2)
        per = self.sentence_period(t, low)
        count = self.subject(m.group("name"), s.line_at(m.start("name")))
        if per is not None and count is not None:
            count.finding(per, s.line_at(m.start())).value = to_number(m.group("d"))
        rate_name = f"{m.group('sub').strip()} – {m.group('name').strip()}"
        rate = self.subject(rate_name, s.line_at(m.start()), unit="percent")
        if per is not None and rate is not None:
            rate.finding(per, s.line_at(m.start())).value = _pct(m.group("p"))
        return True

    def read_band(self, s: Sentence, low: str | None = None) -> None:
        """``low``: the text lower-cased, when the caller has it."""
        ser = self.current
        if ser is None or ser.unit != "percent":
            return
        t = s.text
        # cheap word tests first, where the lower case folds plainly
        low = None if not folds_plainly(t) else t.lower() if low is None else low
        m = BAND.search(t) if low is None or any(w in low for w in _BAND_WORDS) else None
        if m:
            ser.band = (to_number(m.group("lo")), to_number(m.group("hi")), s.line_at(m.start()))
        m = COMPARATOR.search(t) if low is None or "average" in low or "london" in low or "england" in low else None
        if m:
            ser.comparator = (m.group("label"), _pct(m.group("p")), s.line_at(m.start()))

    def read_values(self, s: Sentence, low: str | None = None, plain: bool | None = None) -> None:
        """``low``, ``plain``: the text lower-cased and whether it folds plainly, when the caller has them."""
        t = s.text
        # cheap tests on the lower case before the costly patterns (a text whose case folds differently is tested
        # fully)
        low = t.lower() if low is None else low
        full = not (folds_plainly(t) if plain is None else plain)
        ser = self.current
        m = TARGET_TEXT.search(t) if full or "target" in low and _TARGET_TEXT_LOW.search(low) else None
        if m and ser is not None:
            found = self.find(m.group("t"))
            (found or ser).target_text = m.group("t").strip()
        if ser is None:
            return
        # each pattern below needs its cue ("(", "against", "months", a quarter's "q", a change): without any, the
        # sentence gives no value (and its period is not needed)
        if not (full or "(" in t or "against" in low or "months" in low or "q" in low or _val_change_cue(low)):
            return
        per = self.sentence_period(t, low)
        used = False
        for m in (VAL_CHANGE.finditer(t) if per is not None and (full or _val_change_cue(low)) else ()):
            f = ser.finding(per, s.line_at(m.start()))
            b = to_number(m.group("b"))
            change = _signed(m.group("p"), m.group("dir"))
            if _YTD_CUE.search(t):
                f.ytd, f.ytd_change, f.ytd_change_text = b, change, m.group("p")
                if m.group("a"):
                    f.last_year_ytd = to_number(m.group("a"))
            else:
                f.value, f.value_change, f.value_change_text = b, change, m.group("p")
                if m.group("a"):
                    f.last_year = to_number(m.group("a"))
            used = True
        for m in (VAL_PAREN.finditer(t) if "(" in t else ()):
            qp = self.quarter_before(t, m.start()) or (None if used else per)
            if qp is None:
                continue
            f = ser.finding(qp, s.line_at(m.start()))
            f.value, f.last_year = to_number(m.group("b")), to_number(m.group("a"))
            if m.group("p"):
                f.value_change, f.value_change_text = _pct(m.group("p")), m.group("p")
            used = True
        if used:
            return
        m = VAL_TARGET.search(t) if full or "against" in low and _VAL_TARGET_LOW.search(low) else None
        if m and per is not None:
            f = ser.finding(per, s.line_at(m.start()))
            f.value, f.target = to_number(m.group("b")), m.group("t").strip()
            return
        m = VAL_H1.search(t) if full or "months" in low and _VAL_H1_LOW.search(low) else None
        if m and per is None and self.block.anchor is not None:
            per = Period.last_complete_before(self.block.anchor)
        if m and per is not None:
            h1 = Period(per.fy, 2)
            f = ser.finding(h1, s.line_at(m.start()))
            f.ytd, f.label = to_number(m.group("b")), f"H1 {h1.fy_label}"
            return
        for m in (VAL_IN_Q.finditer(t) if full or "q" in low and _Q_LOW.search(low) and _VAL_IN_Q_LOW.search(low)
                  else ()):
            if _AFTER_BEFORE_Q.search(t[max(0, m.start() - 25):m.start()]):
                continue
            qp = resolve_quarter(int(m.group("q")), self.block.anchor,
                                 self.block.period.fy if self.block.period else None)
            if qp is not None:
                ser.finding(qp, s.line_at(m.start())).value = to_number(m.group("b"))

    def finish(self) -> None:
        for name, rag, line in self.pending_rags:
            ser = self.find(name, "percent") if _RATE_WORD.search(name) else None
            ser = ser or self.find(name)
            if ser is not None:
                _best_match(self, name, ser).rags.append((rag, line))
        for ser in self.series:
            ser.rags.sort(key=lambda r: r[1])
        # ratings only counted ("two were red flagged and one green"): give the leftover colour to the
        # indicators the text introduced without a rating, when the numbers agree exactly
        if self.counts:
            rated: dict[str, int] = {}
            for ser in self.series:
                if ser.rag:
                    rated[ser.rag] = rated.get(ser.rag, 0) + 1
            missing = {rag: n - rated.get(rag, 0) for rag, n in self.counts.items() if n - rated.get(rag, 0) > 0}
            unrated = [s for s in self.series if s.introduced and not s.rag]
            if len(missing) == 1 and unrated:
                rag, n = next(iter(missing.items()))
                if n == len(unrated):
                    for ser in unrated:
                        ser.rags.append((rag, ser.line))


# lower-cased forms of what every match of a pattern holds, searched in the lower case of a text that folds plainly
# (a literal lead word makes them fast): a cheap test before the costly pattern
_SENT_Q_LOW = re.compile(r"q(?<=\bq)(?:uarter\s*)?[1-4]\b")  # _SENT_Q ("q" led, the boundary before it checked after)
_Q_LOW = re.compile(r"q(?:uarter\s*)?[1-4]\b")  # a quarter: what _VAL_IN_Q_LOW holds, "q" led
_VAL_IN_Q_LOW = re.compile(r"in\s+(?:q|quarter\s*)[1-4]\b")  # VAL_IN_Q
_VAL_RATE_CUE = re.compile(r"of\s+(?:the\s+)?\d")  # VAL_RATE's "of (the) <figure>" (it is case-sensitive)
_VAL_RATE_YTD_LOW = re.compile(r"year[\s-]to[\s-]date\s+(?:is|was|stood\s+at)\s+(?:[+\-−]\s?)?\d")  # VAL_RATE_YTD
_TARGET_TEXT_LOW = re.compile(r"target\s+to\s+(?:increase|reduce|decrease|maintain|improve|achieve)\b")  # TARGET_TEXT
_SUBJ_INDICATOR_LOW = re.compile(  # SUBJ_INDICATOR's indicator phrase
    r"indicators?\s+(?:was\s+|is\s+|were\s+)?(?:for|related\s+to|relates\s+to|relating\s+to|concerns|concerned|covers|"
    r"on)\s+[^.,;:]")
_CODE_INLINE_LOW = re.compile(r"(?:indicator|pi)\s+[a-z]{2,6}\d{1,4}[a-z]?\s*\([^)]+\)")  # CODE_INLINE
_RAG_COUNT_LOW = re.compile(  # RAG_COUNT from its verb on
    r"(?:are|is|were|was)\s+(?:currently\s+)?(?:shown\s+as\s+having\s+an?\s+|rated\s+(?:as\s+)?)?'?(?:red|amber|green)")
_VAL_TARGET_LOW = re.compile(r"against\s+(?:a|the|its)\s+target\s+of\s+\d")  # VAL_TARGET
_VAL_H1_LOW = re.compile(r"in\s+the\s+first\s+(?:6|six)\s+months")  # VAL_H1
_AFTER_BEFORE_Q = re.compile(r"\b(?:after|since|from|high of|low of|peak of)\b", re.I)


def _val_change_cue(low: str) -> bool:
    """False when ``VAL_CHANGE`` cannot match a text that folds plainly, given lower-cased: it needs a direction word
    and a percentage ("%" or "per cent")."""
    return ("%" in low or "cent" in low) and ("increase" in low or "rise" in low or "decrease" in low or
                                              "reduction" in low or "fall" in low or "drop" in low or "decline" in low)


def _best_match(reader: _BlockReader, name: str, default: Series) -> Series:
    key = name_key(name, reader.acr)
    scored = sorted(reader.series, key=lambda s: -len(key & s.key) / max(len(key | s.key), 1))
    return scored[0] if scored else default


_RATE_WORD = re.compile(r"rate|repeat|percentage|%", re.I)
_PCT_UNIT_TAIL = re.compile(PCT_UNIT + r"\s*$")


def _pct(text: str) -> float:
    t = _PCT_UNIT_TAIL.sub("", text.strip()).replace("−", "-").replace(" ", "")
    return float(t.replace(",", ""))


def _signed(pct_text: str, direction: str | None) -> float:
    v = _pct(pct_text)
    if direction and direction.lower() in ("decrease", "reduction", "fall", "drop", "decline", "down") and v > 0:
        return -v
    return v


def read_paragraphs(pars: list[Paragraph]) -> Reading:
    """Read every performance block of a document's paragraphs."""
    acronyms = document_acronyms(pars)
    blocks = split_blocks(pars)
    dates = _header_dates(pars)
    first_date = dates[0][1] if dates else None
    series: list[Series] = []
    for b in blocks:
        before = [d for ln, d in dates if ln <= b.start_line + 5]
        b.anchor = before[-1] if before else first_date
        b.period = _block_period(b)
        text = " ".join(p.text for p in b.paragraphs)
        low = text.lower()
        if not _is_performance_low(low) or not _has_period_cue(text, low):
            continue
        series.extend(_BlockReader(b, acronyms).read())
    return Reading(blocks, series, acronyms)


def read_context(ctx) -> Reading:
    """The prose reading of a pipeline context's document, computed once and kept on the context."""
    cached = getattr(ctx, "_scrutiny_indicator_reading", None)
    if cached is None:
        cached = read_paragraphs(doc_paragraphs(ctx))
        try:
            setattr(ctx, "_scrutiny_indicator_reading", cached)
        except AttributeError:  # pragma: no cover
            pass
    return cached
