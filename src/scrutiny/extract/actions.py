"""Actions arising: rows of a "Summary List of Actions" (action log, tracker) and undertakings in minutes.

Tables are read from the lines whatever their rendering:

- one row per line with tab- or pipe-separated cells, the cells holding HTML (``<p>``, ``<ul>``, "•" bullets);
- one cell per line (a PDF table read cell by cell), rows starting at a minute number;
- a row holding several actions whose Status / Action-by / Deadline cells are parallel lists;
- grouped under "Meeting of <date>" headings. A table fragment whose heading was lost at a page break (its first
  row continues a row we never saw) gets ``meeting_date`` None rather than the nearest heading above.

Undertakings in minutes are sentences such as "X undertook to provide…", "agreed to write to the Chair about…",
"would be sent to … next week", lettered (a)–(d) lists after "undertook to:". The same undertaking in the minutes
and again in the actions list is one item with ``locations``.

Owner is the body responsible, as the document names it: the gazetteer's canonical bodies ("Metropolitan Police
Service (MPS)" → "MPS"); the Commissioner and the OPCC's officers → "Office of the Police and Crime Commissioner
(OPCC)" (OPFCC where the document says so); chief officers and ranks → the force the document names; a council's
officers → the council; a post or name in the attendance list → the body given there ("Chief Executive, OPCC").
An "ACTION: <owner>" line under an undertaking is a second location of it. Person keeps who gave the undertaking
("He agreed…" takes the speaker reported before it); status keeps the document's words with ``status_code`` from
:mod:`scrutiny.status`; deadline keeps the words with ``deadline_date`` when they are a date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..casefold import fold
from ..gazetteer import normalise_body
from ..records import Action, Provenance
from ..status import is_status_text, status_code
from . import Context
from ._common import BLANK_PAGE, clean, find_dates, title_like
from ._dates import month_number
from .meetings import MeetingBlock, _texts, minutes_blocks
from .resolutions import _decisions_of, item_spans

KEY = "actions"

# --- table columns ---------------------------------------------------------------------------------------------------

_ROLE_RX: list[tuple[str, re.Pattern[str]]] = [
    ("owner", re.compile(r"^(?:action(?:ed)? by|(?:action\s+)?owner|responsib|lead\b|who\b|by whom|action officer|assigned|"
                         r"officer|responsible)", re.I)),
    ("deadline", re.compile(r"^(?:deadline|due|target date|by when|timescale|completion date|date due|"
                            r"date for completion|expected completion|timeframe)", re.I)),
    ("date", re.compile(r"^(?:meeting date|date of meeting|date raised|date of action|date agreed|date|meeting)$",
                        re.I)),
    ("minute", re.compile(r"^(?:minute(?: item| no\.?| number| ref(?:erence)?)?|min\.?(?: (?:no|ref)\.?)?|item(?: no\.?)?|"
                          r"agenda item|ref(?:erence)?\.?|no\.?|#|action (?:no|ref)\.?)$", re.I)),
    ("status", re.compile(r"^(?:status|progress|update|response|outcome|comments?|current position|rag|"
                          r"(?:latest|current|progress)\s+(?:update|position|status)|position)", re.I)),
    ("text", re.compile(r"(?:action|subject|description|issue|request|undertaking|matter|detail|summary)", re.I)),
]
_MEETING_HEAD = re.compile(
    r"^\W*(?:(?:\d{1,2}(?:\.\d{1,2})?\.?|[A-Z]\.|\(\w{1,3}\))\s+)?"  # a section number: "2.", "B.", "(ii)"
    r"(?:(?:actions?\s+(?:arising\s+)?(?:from\s+)?(?:the\s+)?)?"
    r"(?:(?:panel|committee|board|authority|previous|last)\s+)?meeting\s+(?:of|held on|on|held)|"
    r"actions?\s+from\s+(?:the\s+)?(?:meeting\s+(?:of|on|held on)\s+)?|committee\s+meeting\s+(?:of|on)\s+)"
    r"(?P<date>.+?)\W*$", re.I)
_MINUTE_CELL = re.compile(r"^\s*(?:item|minute|min\.?)?\s*(?P<n>(?:[A-Z]{1,6}/)?\d{1,4}(?:[./]\d{1,3}){0,2}[a-z]?)"
                          r"\.?\s*$", re.I)
_MINUTE_LEAD = re.compile(r"^\s*(?:item|minute|min\.?)?\s*(?P<n>(?:[A-Z]{1,6}/)?\d{1,4}(?:[./]\d{1,3}){0,2}[a-z]?)"
                          r"\.?\s*(?:[-–—:]\s+|\s{2,})\S", re.I)  # "4 - Neighbourhood Policing"
_INTRO = re.compile(r"\b(?:set out below|as follows|the following(?: information| actions)?\s*[:.]?$|"
                    r"agreed to provide the information)\b", re.I)
_ALSO_SPLIT = re.compile(r"(?<=[.;])\s+(?=(?:He|She|They|[A-Z][a-z]+(?: [A-Z][a-z]+)?) also (?:undertook|agreed|"
                         r"promised|offered)\b)")
_TRAIL = re.compile(r"[\s;,]*(?:\band\b)?[\s;,]*$", re.I)

# --- undertakings in minutes -----------------------------------------------------------------------------------------

_VERBS = (r"provide|write|send|circulate|share|supply|report back|report|forward|confirm|check|investigate|"
          r"look into|look at|explore|find out|arrange|update|inform|advise|clarify|follow up|ask|raise|bring|"
          r"present|produce|prepare|liaise|contact|feed back|review|consider|invite|make enquiries|seek|obtain|"
          r"circulate|respond|give|brief|discuss|take back|progress|set up|organise|publish")
_UNDERTAKING = re.compile(
    rf"\b(?:undertook|undertakes?|agreed|agrees|promised|offered|committed|pledged|(?:was|were|had been) asked|"
    rf"would|will|to)\s+(?:(?:also|further|kindly)\s+)?(?:to\s+)?(?:{_VERBS})\b", re.I)
_STRONG = re.compile(r"\b(?:undertook|undertakes?|agreed|agrees|promised|offered|committed|pledged)\s+(?:also\s+)?to\b"
                     r"(?!\s*(?:[.;,)]|$|the\b|a\b|an\b|this\b|that\b|these\b|those\b|it\b|its\b|their\b|by\b))|"
                     r"\b(?:was|were|had been) asked to\b|^\W*to (?:write|provide|make enquiries|send|circulate|"
                     r"confirm|inform|arrange|report)\b", re.I)
_INTENT = re.compile(
    r"\b(?P<looking>would be looking (?:to|at))\b|"
    r"\b(?P<passive>would be (?:sent|circulated|provided|shared|invited|made available|published|reported back|"
    r"presented|brought back|submitted|forwarded|arranged|scheduled|issued|written))\b|"
    r"\b(?P<future>would be (?:making|providing|sending|bringing|presenting|reporting|publishing|undertaking|"
    r"circulating|arranging|writing)|would be available|would (?:shortly |soon )?(?:start|begin|commence)\b|"
    r"expected to be (?:resolved|completed|available|in place|published|delivered|finalised))|"
    r"\b(?P<progress>(?:is|are|was|were) (?:driving|leading|undertaking|carrying out|conducting|developing|"
    r"preparing) (?:a|the) (?:piece of work|review|programme of work|work))\b", re.I)
# "A written reply would be sent to Mr Brierley": something promised to someone named, with no time given
_TO_RECIPIENT = re.compile(r"\bwould be (?:sent|circulated|provided|forwarded|shared|issued|written|supplied|"
                           r"e-?mailed)\s+(?:\w+\s+){0,2}?to\s+(?:all\s+)?(?:the\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr|"
                           r"Councill?or|Cllr)\b|[Mm]embers\b|[Cc]ouncillors\b|(?:Panel|Committee|Board|Chair)\b|"
                           r"(?:him|her|them)\b)")
_ACTION_LABEL = re.compile(r"^\W*(?:agreed\s+|new\s+)?action(?:s)?(?:\s+(?:point|required|agreed))?(?:\s+(?:no\.?\s*|ref\.?\s*)?"
                           r"(?P<ref>[A-Z]{0,6}[/\-]?\d[\w/.\-]*))?\s*[:\-–—]\s*(?P<text>\S.+)$", re.I)
# the fields written after a labelled action: "… Owner: Deputy Chief Constable. Due: 31 July 2025."
_LABEL_FIELD = re.compile(r"(?:^|(?<=[\s.;,(]))(?P<label>owner|lead(?: officer)?|responsible(?: officer)?|action by|"
                          r"by whom|due(?: date| by)?|deadline|target(?: date)?|by when|timescale|status)\s*:\s*", re.I)
_NEGATED = re.compile(r"\b(?:would|will|could|did|was|were) not\b|\bno longer\b|\bunable to\b", re.I)
_NON_PERSON = re.compile(r"^(?:the\s+)?(?:committee|sub-committee|panel|board|members?|meeting|chair(?:man)?|"
                         r"guests?|he|she|they|it|this|these|officers?|we|council|cabinet)$", re.I)
_SUBJECT = re.compile(r"^(?:(?i:(?:during|in)\s+(?:the\s+)?(?:course\s+of\s+(?:the\s+)?)?discussion,?\s+)|"
                      r"(?i:(?:at|in) (?:response|answer) to [^,]+,\s*)|"
                      r"(?:.*?\b(?:advised|informed|reported|said|stated|explained|told|confirmed)\s+(?:the\s+[\w\-]+\s+)?"
                      r"that\s+)|(?i:it\s+was\s+(?:agreed|noted|confirmed)\s+that\s+))?(?P<who>.+?),?\s+(?:also\s+|further\s+)?"
                      r"(?:undertook|undertakes|agreed|agrees|promised|offered|committed|pledged|was asked|"
                      r"were asked|would|will|to (?:provide|write|send|circulate|confirm|make|inform|arrange|report))\b")
_ORG_WORDS = re.compile(r"\b(?:service|brigade|company|police|council|group|board|partnership|team|trust|office|"
                        r"commission|panel|agency|unit|authority|probation|nhs|fire|constabulary|mopac|mps|"
                        r"department|directorate|ministry|crc|nps|noms|prison|hospital|college|university|"
                        r"support|leader|mayor|commissioner's office)\b", re.I)
_POST_WORDS = re.compile(r"\b(?:commissioner|commander|superintendent|inspector|officer|director|head|chief|"
                         r"manager|mayor|chair|leader|minister|secretary|lead|coordinator|sergeant|constable)\b", re.I)
_TITLE_TAIL = re.compile(r"\s*(?:[-–:]\s*)?(?:verbal\s+)?(?:update|report|presentation|briefing|overview)s?\s*$", re.I)
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DEADLINE = re.compile(
    rf"\b(?:(?:at|by|before|until)\s+(?:its|the|their|our)\s+(?:next\s+)?(?:{_MONTH}\s+(?:\d{{4}}\s+)?|"
    rf"[A-Z][a-z]+\s+)?meeting(?:\s+(?:on|of)\s+\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+\d{{4}})?|"
    r"\s+of\s+the\s+(?:Panel|Committee|Board|Council|Sub-Committee))?|"
    r"(?:by|before|within|at|during|in|until)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:next\s+\w+(?:'s\s+\w+"
    rf"\s+meeting)?|{_MONTH}"
    r"(?:\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4}|\d+\s+(?:working\s+)?(?:days|weeks|months)|"
    r"the new year|due course|the (?:coming|following) (?:weeks?|months?)|(?<=the )(?:spring|summer|autumn))|"
    r"next (?:week|month|year|meeting)(?:'s\s+\w+\s+meeting)?|shortly|in due course|as soon as possible|"
    r"(?:once|when|after)\s+(?:it\s+(?:had|has)\s+been\s+|it\s+(?:was|is)\s+)?(?:published|finalised|available))\b",
    re.I)
_PRONOUN_START = re.compile(r"^(?:this|these|it|they|those|that|such)\b|"
                            r"^(?:(?:further\s+)?details|a copy|copies|the results|an update|a summary) of "
                            r"(?:the|this|these|that|those)\b", re.I)
# an undertaking whose object is a pronoun ("agreed this would be provided", "undertook to send it", "agreed to do
# so"): the sentence before says what
_PRONOUN_OBJECT = re.compile(r"\b(?:agreed|undertook|promised|offered|confirmed|said|indicated)\s+(?:that\s+)?"
                             r"(?:this|these|it|they|that|such (?:information|figures|data))\s+(?:would|will|could)\b|"
                             r"\bto\s+(?:provide|send|circulate|share|supply|forward|publish)\s+(?:this|these|it|them|"
                             r"that|those)\b(?!\s+(?:to|with)\s+the\s+\w+\s+\w+)|\bto\s+do\s+so\b", re.I)
# an answer ("Officers advised that…") to a question or comment in the sentence before: the question gives the topic
_ANSWER_START = re.compile(r"^[\w\s,]{0,60}?\b(?:advised|responded|replied|explained|confirmed|informed|said|stated)\b",
                           re.I)
_QUESTION = re.compile(r"\b(?:asked|commented|queried|questioned|raised|enquired|sought)\b", re.I)
_RESPONSE_REF = re.compile(r"^\(?\d{1,3}\)\.?\s+")


# --- cheap tests first: most lines and sentences hold none of the words a costly search needs ----------------------
# (a case-insensitive search tries every position of the text; a substring test on the folded text is one C scan)


def _negated(text: str, low: str) -> bool:
    """``_NEGATED.search(text)``, tested first for the words it needs (``low`` is ``fold(text)``)."""
    return (" not" in low or "no longer" in low or "unable to" in low) and _NEGATED.search(text) is not None


def _strong(text: str, low: str) -> bool:
    """``_STRONG.search(text)``, tested first for the words it needs (``low`` is ``fold(text)``)."""
    return ("undert" in low or "agree" in low or "promised" in low or "offered" in low or "committed" in low or
            "pledged" in low or "asked to" in low or _LEAD_TO.match(text) is not None) and \
        _STRONG.search(text) is not None


_LEAD_TO = re.compile(r"\W*to ", re.I)  # the start _STRONG's "^\W*to (?:write|…)" needs
_WOULD_VERB = re.compile(r"\b(?:would|will)\s+(?:also\s+)?(?:" + _VERBS + r")\b", re.I)
_IT_WAS_THAT = re.compile(r"^it\s+was\s+(?:agreed|noted|confirmed|reported|understood)\s+that\s+", re.I)


def _cue_words(low: str) -> bool:
    """A folded text holds a word that one of _STRONG (besides its "^to …" start), "would/will <verb>" and
    _INTENT needs (substring tests: faster than one search for them all)."""
    return ("would" in low or "will" in low or "agree" in low or "undert" in low or "offered" in low or
            "promised" in low or "committed" in low or "pledged" in low or "asked to" in low or
            "expected to be" in low or "driving" in low or "leading" in low or "carrying out" in low or
            "conducting" in low or "developing" in low or "preparing" in low)


_PROGRESS_VERB = re.compile(r"driving|leading|undertaking|carrying out|conducting|developing|preparing")
# words (in a folded text) one of which any _DEADLINE match holds
_DEADLINE_WORD = re.compile(r"meeting|next|january|february|march|april|may|june|july|august|september|october|"
                            r"november|december|\d|new year|due course|coming|following|spring|summer|autumn|"
                            r"shortly|as soon as possible|published|finalised|available")


def _deadline(text: str) -> re.Match[str] | None:
    """``_DEADLINE.search(text)``, tested first for the words it needs."""
    return _DEADLINE.search(text) if _DEADLINE_WORD.search(fold(text)) else None


def _intro(text: str) -> bool:
    """``_INTRO.search(text)``, tested first for the words it needs."""
    low = fold(text)
    return ("set out below" in low or "as follows" in low or "the following" in low or
            "agreed to provide the information" in low) and _INTRO.search(text) is not None


# --- owners: the body responsible, as the document names it ---------------------------------------------------------

_OFFICE_ACR = re.compile(r"\bOP(?:F|FR)?CC\b")
_PCC_WORDS = re.compile(r"\bpolice,?\s+(?:fire\s+(?:and\s+rescue\s+)?)?and\s+crime\s+commissioner\b|\bP(?:F)?CC\b|"
                        r"\bOP(?:F|FR)?CC\b", re.I)
_FIRE_PCC = re.compile(r"\bpolice,?\s+fire\s+(?:and\s+rescue\s+)?and\s+crime\s+commissioner\b|\bOPFR?CC\b|\bPFCC\b",
                       re.I)
_FORCE = re.compile(r"\b(?:Police(?: Service)?|Constabulary)\b(?!,?\s+(?:Fire\s+)?(?:and|&)\s+Crime|\s+(?:Chiefs?|"
                    r"Federation|Authority|Officers?|Staff|Community|Fire|Panel|Committee|Station|Headquarters|HQ|"
                    r"Scotland|Service of)\b)")
_FORCE_STOP = {"the", "chief", "deputy", "assistant", "local", "neighbourhood", "community", "support", "national",
               "acting", "temporary", "a", "and", "of", "for", "by", "with", "to", "in", "at", "commissioner",
               "constable", "superintendent", "inspector", "sergeant", "detective", "officer", "officers"}
_COUNCIL = re.compile(r"\b(?:London\s+Borough\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|"
                      r"[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,2}\s+(?:(?:Metropolitan\s+)?Borough|County|District|City|"
                      r"Town)\s+Council|[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,2}\s+Council)\b")
_COUNCIL_NOT = re.compile(r"\b(?:Chiefs|Police|Security|Sentencing|Safety|Advisory|Youth|Parish)\s+Council\b")
_FORCE_RANK = re.compile(r"\b(?:(?:deputy\s+|assistant\s+)?chief\s+constable|d?cc|acc|(?:chief\s+|ch\.?\s+)?superintendent|"
                         r"(?:chief\s+|ch\.?\s+|det\.?\s+)?supt|c/?supt|(?:chief\s+|det\.?\s+)?insp|dci|sgt|"
                         r"(?:chief\s+)?inspector|sergeant|commander|constable|the\s+force|the\s+constabulary|"
                         r"the\s+police)\b", re.I)
_BARE_COMMISSIONER = re.compile(r"^(?:the\s+)?(?:(?:police,?\s+(?:fire\s+)?and\s+crime\s+)?commissioner|"
                                r"deputy\s+(?:police,?\s+(?:fire\s+)?and\s+crime\s+)?commissioner|"
                                r"(?:the\s+)?commissioner['’]s\s+office)"
                                r"(?:\s+[A-Z][\w'’\-.]*){0,3}$", re.I)
_THE_FORCE = re.compile(r"^(?:the\s+)?(?:force|constabulary|police(?:\s+service)?)$", re.I)
_FIRE_RANK = re.compile(r"\b(?:(?:deputy\s+|assistant\s+)?chief\s+fire\s+officer|(?:area|group|station|watch)\s+"
                        r"manager|(?:the\s+)?fire\s+(?:and\s+rescue\s+)?service)\b", re.I)
# the officers who serve the body that met (its clerk, treasurer, chief executive), not a force or the OPCC
_HOST_POST = re.compile(r"\b(?:treasurer|clerk|monitoring\s+officer|chief\s+executive|(?:chief\s+)?finance\s+officer|"
                        r"director\s+of\s+\w+|head\s+of\s+\w+|governance\s+officer|democratic\s+services?|"
                        r"(?:board|committee)\s+secretary|solicitor|legal\s+adviser|community\s+safety\s+"
                        r"(?:manager|officer)|scrutiny\s+officer)\b", re.I)
_HOST_BODY = re.compile(r"\b(?:[A-Z][\w'’\-]+\s+){1,4}?(?:Combined\s+Authority|Fire\s+and\s+Rescue\s+Authority|"
                        r"Fire\s+Authority|Police\s+Authority|(?:(?:Metropolitan\s+)?Borough|County|District|City|"
                        r"Town)\s+Council)\b")
_FIRE_SERVICE = re.compile(r"\b(?:[A-Z][\w'’\-]+\s+){1,3}?Fire\s+(?:and|&)\s+Rescue\s+Service\b|"
                           r"\b(?:[A-Z][\w'’\-]+\s+){1,3}?Fire\s+(?:Service|Brigade)\b")
_NOT_SURNAME = {"crime", "minute", "item", "agenda", "report", "appendix", "member", "members", "councillor",
                "councillors", "independent", "co-opted", "chair", "vice-chair", "present", "apologies"}
_OFFICERS = re.compile(r"^(?:the\s+)?(?:council\s+)?officers?$", re.I)
_ATTEND_LABEL = re.compile(r"^\W*(?P<label>officers?(?:\s+present)?|also\s+(?:present|in\s+attendance)|"
                           r"in\s+attendance|present)\s*:?\s*(?P<rest>.*)$", re.I)
# a council service's head: "Director of Public Health", "the council's Head of Community Safety"
_SERVICE_POST = re.compile(r"\b(?:(?:assistant|deputy|executive|strategic)\s+)?(?:director|head|manager)\s+of\s+"
                           r"(?P<svc>[A-Za-z][a-z]+(?:\s+(?:and\s+)?[A-Za-z][a-z]+){0,3}?)(?=\s*(?:[,;.()]|$|\s+(?:at|for|in)\b))", re.I)
# posts that own an action in their own name, as the seed keeps "Leader of the Council"
_KEPT_POST = re.compile(r"^(?:the\s+)?(?:(?:council|county|borough)['’]s\s+)?(?:(?P<service>democratic\s+services|"
                        r"member\s+services|committee\s+services|scrutiny\s+(?:team|support))|"
                        r"(?:deputy\s+)?cabinet\s+member\b|portfolio\s+holder\b|executive\s+member\b|"
                        r"(?:deputy\s+)?leader\s+of\s+the\s+council\b|monitoring\s+officer\b)", re.I)
# "DUNHOLM POLICE AND CRIME PANEL" with no force named anywhere: the area's force is "<Area> Police"
_AREA_PCC = re.compile(r"\b(?P<area>(?:[A-Z][a-z'’\-]+\s+){1,3})Police,?\s+(?:Fire\s+(?:and\s+Rescue\s+)?)?(?:and|&)\s+"
                       r"Crime\s+(?:Panel|Commissioner)\b")
_PAREN_ENTRY = re.compile(r"(?P<before>(?:[A-Z][\w'’.\-]*\s+){0,6}?[A-Z][\w'’.\-]*)\s*\((?P<inner>[^()]{3,120})\)")


def _clean_line(raw: str) -> str:
    """:func:`clean` of a line of the document. A plain line (no markup, list bullet, tab, non-breaking space or run
    of spaces) is one clean only strips, so it is stripped here without a call to clean's memo (most lines are
    read once, and this is most of the text)."""
    if "<" not in raw and "*" not in raw and "_" not in raw and "  " not in raw and "\t" not in raw and \
            "\u00a0" not in raw and "\u2022" not in raw and "\uf0b7" not in raw:
        t = raw.strip()
        if t and t[0] not in "-•*▪◦●·‣–—■":  # (clean drops a leading bullet or dash)
            return t
    return clean(raw)


_SMALL_WORD_START = re.compile(r"(?:The|Of|For|And)\b")
_MAYOR = re.compile(r"^(?:the\s+)?(?:deputy\s+)?mayor\b", re.I)
_LEAD_THE_LOW = re.compile(r"^the\s+")
_NOT_HOST_WORDS = re.compile(r"\b(?:panel|police|fire|commissioner)\b", re.I)
_STATUTORY_OFFICER = re.compile(r"chief\s+executive|finance\s+officer|treasurer", re.I)
_COMMISSIONER = re.compile(r"\bcommissioner\b", re.I)
_SLASH = re.compile(r"\s*/\s*")
_POST_LEAD = re.compile(r"^the\s+|^(?:council|county|borough)['’]s\s+", re.I)
_LOW_WORD = re.compile(r"[a-z][a-z'’\-]+")
_MEMBERS_WORDS = re.compile(r"\b(?:members?|panel|committee)\b")


@dataclass
class _Bodies:
    """How the document names the bodies an undertaking can fall to, and the posts its attendance lists give."""

    office: str | None = None  # the Commissioner's office: "Office of the Police and Crime Commissioner (OPCC)"
    force: str | None = None  # "Severnmoor Police"
    council: str | None = None  # the council whose committee met (a council's own minutes)
    host: str | None = None  # the body whose meeting it is: a council, a combined authority, a fire or police authority
    fire: str | None = None  # the fire and rescue service ("Tamarfield Fire and Rescue Service")
    panel: bool = False  # a police and crime panel's papers
    area_council: str | None = None  # a council the papers name (a panel's host authority), for its services
    posts: dict[str, str] = field(default_factory=dict)  # "chief executive" → body
    names: dict[str, str] = field(default_factory=dict)  # surname → body
    # the answers of owner_of, once the document's bodies and posts are all known (set by _doc_bodies at the end:
    # the same posts and names are asked about again and again, from the table rows, speakers and undertakings)
    answers: dict | None = field(default=None, repr=False, compare=False)

    def owner_of(self, who: str | None, ranks: bool = True) -> str | None:
        """The body a person, post or body named in ``who`` stands for, or None when the document does not say.
        ``ranks``: a police rank alone ("The Superintendent") stands for the document's force. A council's service
        head stands for the council and the service: "Director of Public Health" → "<council> (Public Health)"."""
        if self.answers is None:
            return self._owner(who, ranks)
        key = (who, ranks)
        if key in self.answers:
            return self.answers[key]
        body = self.answers[key] = self._owner(who, ranks)
        return body

    def _owner(self, who: str | None, ranks: bool) -> str | None:
        """:meth:`owner_of`, worked out."""
        body = self._owner_of(who, ranks)
        if body is None and who and "Council" in who:
            cm = _COUNCIL.search(clean(who))  # "Director of Public Health, Dunholm County Council"
            if cm and not _COUNCIL_NOT.search(cm.group(0)) and not _SMALL_WORD_START.match(cm.group(0)):
                body = cm.group(0)
        if body and who and body.endswith("Council") and ("of" in who or "Of" in who):
            sm = _SERVICE_POST.search(clean(who))
            if sm:
                return f"{body} ({_title_case(sm['svc'])})"
        return body

    def _owner_of(self, who: str | None, ranks: bool = True) -> str | None:
        if not who:
            return None
        w = " ".join(clean(who).split()).strip(" ,.;:")
        if not w:
            return None
        if "/" in w:
            joint = self._joint(w, ranks)
            if joint:
                return joint
        kept = self._kept_post(w)
        if kept:
            return kept
        force = self._force_named(w)
        if force:
            return force
        if self.office and (_PCC_WORDS.search(w) or _BARE_COMMISSIONER.match(w)):
            return self.office
        if self.host and "Combined Authority" in self.host and _MAYOR.match(w):
            return self.host  # a mayoral combined authority's (Deputy) Mayor for Policing
        body = normalise_body(w)
        if body and body not in ("Police and Crime Commissioner", "Police and Crime Panel"):
            return body
        low = _LEAD_THE_LOW.sub("", w.lower())
        if (self.council or (self.host and not self.panel)) and _OFFICERS.match(w):
            return self.council or self.host
        hit = self._post_or_name(low)
        if hit:
            return hit
        if self.force and _THE_FORCE.match(w):
            return self.force
        if self.fire and _FIRE_RANK.search(w):
            return self.fire
        if self.host and _HOST_POST.search(w) and not _NOT_HOST_WORDS.search(w):
            if self.panel and self.office and _STATUTORY_OFFICER.search(w):
                return self.office  # at a panel, the Commissioner's statutory officers
            return self.host
        if ranks and self.force and _FORCE_RANK.search(w) and not _COMMISSIONER.search(w):
            return self.force
        return None

    def _joint(self, w: str, ranks: bool) -> str | None:
        """"OPCC / Force" → "<office> / <force>": a joint owner, each part the body it stands for."""
        parts = [x.strip() for x in _SLASH.split(w)]
        if not 2 <= len(parts) <= 3 or any(not x or not x[:1].isalpha() or len(x.split()) > 8 for x in parts):
            return None
        got = [self.owner_of(x, ranks) or normalise_body(x) for x in parts]
        if not all(got):
            return None
        return " / ".join(dict.fromkeys(got))

    def _kept_post(self, w: str) -> str | None:
        """A council's member or governance post owns an action in its own name ("Cabinet Member for …",
        "Leader of the Council", "Democratic Services", "Monitoring Officer"): the post as written, in full where the
        attendance list gives it, with the council for its services."""
        m = _KEPT_POST.match(w)
        if not m:
            return None
        post = _POST_LEAD.sub("", w)
        post = post[:1].upper() + post[1:]
        low = post.lower()
        for known in self.posts:
            if known.startswith(low + " ") and _KEPT_POST.match(self.posts[known]):
                post = self.posts[known]
                break
        home = self.council or (self.host if self.host and "Council" in self.host else None) or self.area_council
        if m["service"] and home and home.lower() not in post.lower():
            return f"{post} ({home})"
        return post

    def _force_named(self, w: str) -> str | None:
        for m in _FORCE.finditer(w):
            name = _force_name(w, m)
            if name:
                return normalise_body(name) or name
        return None

    def _post_or_name(self, low: str) -> str | None:
        if low in self.posts:
            return self.posts[low]
        head, tail = low + " ", " " + low
        for post, body in self.posts.items():
            if post.startswith(head) or post.endswith(tail):
                return body
        toks = [t for t in _LOW_WORD.findall(low)]
        if toks and toks[-1] in self.names and not _MEMBERS_WORDS.search(low):
            return self.names[toks[-1]]
        return None


_CAP_WORD = re.compile(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?")


def _force_name(text: str, m: re.Match[str]) -> str | None:
    """"Chief Constable, Severnmoor Police" → "Severnmoor Police": the capitalised words before "Police"."""
    words = text[:m.start()].rsplit(None, 3)  # (the last three words are all it can take)
    name: list[str] = []
    while words and len(name) < 3:
        w = words[-1].lstrip("(\"'‘“[")
        if w != words[-1]:
            if _CAP_WORD.fullmatch(w) and w.lower() not in _FORCE_STOP:
                name.insert(0, w)
            break
        if not _CAP_WORD.fullmatch(w) or w.lower() in _FORCE_STOP:
            break
        name.insert(0, words.pop())
    if not name:
        return None
    return " ".join(name) + " " + m.group(0)


_CRIME_PANEL = re.compile(r"\bcrime\s+panel\b", re.I)
_FIRE_WORD = re.compile(r"\bFire\b")
_AUTHORITY_END = re.compile(r"\s+Authority$")


def _doc_bodies(lines: list[str], lows: list[str] | None = None) -> _Bodies:
    """One pass over the document: the Commissioner's office, the force and the council as named, and the bodies
    of the posts in its attendance lists ("Simon Lacey  Chief Executive, OPCC"; "Karen Doyle (Head of …)").
    ``lows``: the lines lower-cased (``ctx.lows``: a noise line, blank in ``lines``, may be there as written), to
    pick out first the lines that hold a word naming a body."""
    from collections import Counter

    out = _Bodies()
    acr: Counter[str] = Counter()
    forces: Counter[str] = Counter()
    pcc = fire = mopac = False
    head_seen = 0
    head: list[str] = []
    if lows is None:
        lows = [t.lower() for t in lines]
    # the lines that can name the Commissioner's office ("OPCC", "OPFCC", "OPFRCC" for _OFFICE_ACR; "pcc"), the
    # Commissioner, the Mayor's office, a force or a fire service: the tests below need one of these words
    named = [j for j, low in enumerate(lows) if "police" in low or "commissioner" in low or "fire" in low or
             "pcc" in low or "constabulary" in low or "mopac" in low or "mayor" in low or "opfcc" in low or
             "opfrcc" in low]
    for j in named:
        raw = lines[j]
        if not raw or len(raw) > 2000:
            continue
        if "CC" in raw:
            acr.update(_OFFICE_ACR.findall(raw))
        low = lows[j]
        if "commissioner" in low or "pcc" in low:
            # (once the Commissioner is found, a line matters only if it may name a fire commissioner)
            folded = fold(raw)
            maybe_fire = not fire and ("fire" in folded or "pfcc" in folded or "opfrcc" in folded)
            if (not pcc or maybe_fire) and ("cc" in folded or "police" in folded and "commissioner" in folded) and \
                    _PCC_WORDS.search(raw):
                pcc = True
                fire = fire or (maybe_fire and bool(_FIRE_PCC.search(raw)))
        if "mopac" in low or "mayor's office for policing" in low or "mayor’s office for policing" in low:
            mopac = True
        if "Police" in raw or "Constabulary" in raw:
            for m in _FORCE.finditer(raw):
                name = _force_name(raw, m)
                if name:
                    forces[normalise_body(name) or name] += 1
        if (out.fire is None and ("Fire" in raw or "FIRE" in raw) and
                (fm := _FIRE_SERVICE.search(_title_case(raw) if raw.isupper() else raw))):
            out.fire = _tidy_name(fm.group(0))
    for raw in lines[1:]:
        if head_seen >= 6:
            break
        if not raw or len(raw) > 2000:
            continue
        if raw.strip():
            head_seen += 1
            head.append(raw)
            text = _title_case(clean(raw)) if raw.isupper() else clean(raw)
            if head_seen <= 3 and out.council is None and "Council" in text:
                cm = _COUNCIL.search(text)
                if cm and not _COUNCIL_NOT.search(cm.group(0)) and len(text) <= len(cm.group(0)) + 40:
                    out.council = cm.group(0)
            if out.host is None:
                hm = _HOST_BODY.search(text)
                if hm and not _COUNCIL_NOT.search(hm.group(0)):
                    out.host = _tidy_name(hm.group(0))
    if acr or (pcc and not mopac):
        a = acr.most_common(1)[0][0] if acr else ("OPFCC" if fire else "OPCC")
        long = "Office of the Police, Fire and Crime Commissioner" if "F" in a else \
            "Office of the Police and Crime Commissioner"
        out.office = f"{long} ({a})"
    if forces:
        out.force = forces.most_common(1)[0][0]
    else:
        out.force = _area_force(lines)
    if out.council is None and out.host is None:
        for raw in lines[1:200]:
            if "Council" in raw:
                cm = _COUNCIL.search(raw)
                if cm and not _COUNCIL_NOT.search(cm.group(0)) and not _SMALL_WORD_START.match(cm.group(0)):
                    out.area_council = cm.group(0)
                    break
    if _CRIME_PANEL.search(" ".join(head)):
        # a panel's papers: its officers serve the panel, not the council that hosts it
        out.council = None
        out.panel = True
    if out.fire is None and out.host and _FIRE_WORD.search(out.host):
        out.fire = _AUTHORITY_END.sub(" Service", out.host)  # the authority's service
    _attendance_posts(lines, out)
    out.answers = {}  # (the bodies and posts are all known now)
    return out


def _area_force(lines: list[str]) -> str | None:
    """"<Area> Police" from the panel's or commissioner's title when the papers never name the force itself."""
    for raw in lines[1:60]:
        if "police" not in raw.lower() or "crime" not in raw.lower():
            continue
        text = _title_case(clean(raw)) if raw.isupper() else clean(raw)
        m = _AREA_PCC.search(text)
        if m:
            words = [x for x in m["area"].split() if x.lower() not in _FORCE_STOP and x.lower() not in
                     ("office", "minutes", "meeting", "report", "agenda", "notes")]
            if words and m["area"].split()[-len(words):] == words:
                return " ".join(words) + " Police"
    return None


def _title_case(text: str) -> str:
    small = {"and", "of", "the", "for", "in", "on", "to", "a"}
    return " ".join(w.lower() if w.lower() in small and i else w.capitalize() for i, w in enumerate(text.split()))


_TIDY_LEAD = re.compile(r"^(?:the|of|for|and|minutes|meeting)\s+", re.I)
_TIDY_SMALL = re.compile(r"\b(And|Of|The|For)\b")


def _tidy_name(name: str) -> str:
    name = " ".join(name.split())
    name = _TIDY_LEAD.sub("", name)
    return _TIDY_SMALL.sub(lambda m: m.group(1).lower(), name)


_ATTEND_END = re.compile(r"^\W*(?:apolog|\d+\.?\s|minute\b|item\b)", re.I)
_COLUMN_GAP = re.compile(r"\t|\s{3,}")


def _attendance_posts(lines: list[str], out: _Bodies) -> None:
    """Posts and names with their bodies from the attendance lists of minutes: a paragraph at a time (an entry
    "Bethan Rees (Chief Executive, OPCC)" may break across lines), and a line at a time for column layouts."""
    label = None
    para: list[str] = []

    def entries_of(text: str, lab: str | None) -> None:
        for pm in _paren_entries(text):
            _add_post(out, pm["before"], pm["inner"], lab)

    for raw in lines[1:200] + [""]:
        c = _clean_line(raw)
        if not c:
            if para:
                entries_of(" ".join(para), label)
                para = []
            continue
        m = _ATTEND_LABEL.match(c)
        if m:
            if para:
                entries_of(" ".join(para), label)
                para = []
            label = m["label"].lower()
            c = m["rest"]
        elif label and (_ATTEND_END.match(c) or
                        (c.isupper() and title_like(c))):
            label = None
        if not c:
            continue
        para.append(c)
        # (a line whose only white space is single spaces has no column gap: every other white space character is
        # unprintable)
        cols = _COLUMN_GAP.split(raw.strip()) if "  " in raw or not raw.isprintable() else None
        if cols is not None and len(cols) == 2 and "(" not in cols[0] and len(cols[0].split()) <= 5:
            _add_post(out, cols[0], cols[1], label)
        elif label and label != "present":
            em = _COMMA_ENTRY.match(c)  # "Lesley Baird, Chief Executive, Strathkell Police Authority"
            if em and "(" not in c and em["inner"].count(",") <= 1 and len(em["inner"]) <= 90:
                _add_post(out, em["name"], em["inner"], label)


# a bracket of 3–120 characters: every _PAREN_ENTRY match ends with one
_PAREN_SPAN = re.compile(r"\([^()]{3,120}\)")
# characters that are never in the names before a bracket (not word characters, ’'.- or white space)
_NAME_STOP = frozenset(",;:()[]{}<>\"!?/\\|@#$%^&*+=~`“”")


def _paren_entries(text: str):
    """``_PAREN_ENTRY.finditer(text)``, searching only the names before each bracket: a match's names (one to
    seven words of name characters) end at its bracket, so it starts after the last character before the bracket
    that cannot be in a name, and after the eighth word back."""
    end = 0
    for pm in _PAREN_SPAN.finditer(text):
        i = pm.start()
        words = 0
        in_word = False
        while i > end:
            ch = text[i - 1]
            if ch in _NAME_STOP:
                break
            if ch in " \t\n\r\f\v":
                in_word = False
            elif not in_word:
                in_word = True
                words += 1
                if words > 7:
                    break
            i -= 1
        m = _PAREN_ENTRY.search(text, i, pm.end())
        if m:
            yield m
            end = m.end()


_BODY_NAME = re.compile(r"(?:[A-Z][\w'’\-]*\s+){0,5}(?:Authority|Council|Service|Office|Board|Partnership|Trust|"
                        r"Commission|Brigade|Agency)")
_COMMA_ENTRY = re.compile(r"^(?P<name>(?:[A-Z][\w'’.\-]*\s+){0,5}[A-Z][\w'’.\-]+)\s*(?:,|\s[-–—]\s)\s*(?P<inner>[A-Z].+?)"
                          r"[\s.;]*$")


_CAP_NAME = re.compile(r"\b[A-Z][a-z'’\-]{2,}\b")
_RANK_WORD = re.compile(r"\b(?:Deputy|Assistant|Chief|Constable|Superintendent|Inspector|Commander|"
                        r"Commissioner|Sergeant)\b")


def _add_post(out: _Bodies, before: str, inner: str, label: str | None) -> None:
    if _KEPT_POST.match(clean(inner)) and len(inner) <= 80:
        # "Councillor L. Sheard (Cabinet Member for Communities …)": the post owns in its own name
        post = clean(inner).strip(" ,.")
        out.posts.setdefault(post.lower(), post)
        names = _CAP_NAME.findall(before)
        if names and names[-1].lower() not in _NOT_SURNAME and not _POST_WORDS.fullmatch(names[-1]):
            out.names.setdefault(names[-1].lower(), post)
        return
    post, _, body_words = inner.rpartition(",")
    if not post:
        post, body_words = inner, inner
    body = out.owner_of(body_words) if body_words.strip() else None
    if body is None and _BODY_NAME.fullmatch(clean(body_words).strip(" .")):
        body = clean(body_words).strip(" .")  # a body the document names ("Strathkell Police Authority")
    if body is None and label and label.startswith("officer") and out.council:
        body = out.council
    if body is None:
        return
    rank = " ".join(_RANK_WORD.findall(before))
    for p in (post, rank):
        p = clean(p).lower().strip(" ,.")
        if p and len(p) <= 60 and p != body.lower() and not normalise_body(p):
            out.posts.setdefault(p, body)
    names = [n for n in _CAP_NAME.findall(before)
             if n.lower() not in _FORCE_STOP and not _POST_WORDS.fullmatch(n) and not _ORG_WORDS.fullmatch(n)]
    if names and len(before.split()) >= 2 and names[-1].lower() not in _NOT_SURNAME:
        out.names.setdefault(names[-1].lower(), body)


@dataclass
class Row:
    """One table row: its line and the cells by role (each cell a list of paragraphs)."""

    line: int
    cells: dict[str, str] = field(default_factory=dict)


def extract(ctx: Context) -> list[Action]:
    """Actions from action-list tables and undertakings in minutes, merged where they are the same."""
    lines = _texts(ctx)
    bodies = _doc_bodies(lines, ctx.lows)
    table = table_actions(ctx, lines, bodies)
    minutes = minutes_actions(ctx, lines, bodies)
    out = list(table)
    for a in minutes:
        twin = _find_twin(a, out)
        if twin is None:
            out.append(a)
            continue
        twin.locations.append(a.prov.start_line)
        twin.meeting_date = twin.meeting_date or a.meeting_date
        twin.minute_item = twin.minute_item or a.minute_item
        twin.person = twin.person or a.person
        twin.owner = twin.owner or a.owner
    for a in out:
        if ctx.gazetteer is not None and a.person:
            ctx.gazetteer.add_person(a.person, post=a.person, body=a.owner)
    return out


# --- tables ----------------------------------------------------------------------------------------------------------

_MD_RULE = re.compile(r"\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*\|?\s*")  # a markdown table's rule line
_FIELD_COLON = re.compile(r":\s+\S")  # "Action: Provide…"

_RULE_CELL = re.compile(r"\s*:?-{2,}:?\s*")


def _split_cells(text: str) -> list[str] | None:
    if "\t" in text:
        return text.split("\t")
    s = text.strip()
    if (s.startswith("|") and s.count("|") >= 3) or (s.count("|") >= 2 and "||" not in s):
        cells = (s[1:] if s.startswith("|") else s)
        cells = (cells[:-1] if cells.endswith("|") else cells).split("|")
        if all(_RULE_CELL.fullmatch(c) for c in cells):
            return None
        return cells
    return None


@lru_cache(maxsize=65536)
def _role_of(text: str) -> str | None:
    """The column role a header cell's text names ("Status", "Action by" …), or None (memoised: the same short
    texts recur on every page)."""
    low = fold(text)
    m = _HEAD_ROLE.match(text) if low.startswith(_ROLE_STARTS) else None  # the roles named at the start, in order
    if m:
        return m.lastgroup
    if ("action" in low or "subject" in low or "description" in low or "issue" in low or "request" in low or
            "undertaking" in low or "matter" in low or "detail" in low or "summary" in low) and \
            _ROLE_RX[-1][1].search(text):  # its words first
        return "text"
    return None


# every role but the last ("text", named anywhere) is named at the start: one pattern with a group per role, in
# the order of _ROLE_RX, finds the first of them that matches
assert _ROLE_RX[-1][0] == "text" and all(rx.pattern.startswith("^") and not rx.groups for _, rx in _ROLE_RX[:-1])
_HEAD_ROLE = re.compile("|".join(f"(?P<{name}>{rx.pattern})" for name, rx in _ROLE_RX[:-1]), re.I)
# how a text (folded) naming one of those roles starts: the first words of each of their alternatives
_ROLE_STARTS = ("action", "owner", "responsib", "lead", "who", "by whom", "assigned", "officer",  # owner
                "deadline", "due", "target", "by when", "timescale", "completion", "date", "expected", "timeframe",
                "meeting",  # (date)
                "min", "item", "agenda", "ref", "no", "#",  # minute
                "status", "progress", "update", "response", "outcome", "comment", "current", "rag", "latest",
                "position")


_MINUTE_WORD = re.compile(r"^\W*(?:minute|min\b|item|agenda)", re.I)


def _roles(cells: list[str]) -> list[str | None] | None:
    """The role of each header cell, or None when the cells are not an action table's header."""
    roles: list[str | None] = []
    for c in cells:
        t = clean(c).strip(" :")
        roles.append(_role_of(t) if t and len(t) <= 60 else None)
    named = [r for r in roles if r]
    if "text" not in named or not ({"status", "owner"} & set(named)) or len(named) < 3:
        return None
    if len(named) < len([c for c in cells if clean(c)]) - 1:
        return None
    if named.count("minute") > 1:  # "Ref" and "Minute" columns: the minute number is the minute column's
        roles = [None if r == "minute" and not _MINUTE_WORD.match(clean(c)) else r
                 for r, c in zip(roles, cells)]
    return roles


def table_actions(ctx: Context, lines: list[str], bodies: _Bodies | None = None) -> list[Action]:
    """Actions from every action table in the document."""
    out: list[Action] = []
    n = len(lines) - 1
    date: str | None = None
    roles: list[str | None] | None = None
    last_row_complete = True
    section_seen = False
    prev_row: tuple[Row, int, int] | None = None  # the last table row, where its actions start in ``out``, lines added
    prev_date: str | None = None
    prev_complete = True
    lows = ctx.lows  # lows[j] is lines[j] lower-cased, where lines[j] is not blank (noise)
    j = 1
    while j <= n:
        raw = lines[j]
        if not raw:
            j += 1  # (a blank line: its clean text is empty)
            continue
        if roles is None and (date is None or not section_seen) and _quiet(raw, lows[j]):
            j += 1  # a line of prose: it can start nothing, and there is no table or heading state it could end
            continue
        c = _clean_line(raw)
        if not c:
            j += 1
            continue
        if "blank" in lows[j] and BLANK_PAGE.match(raw):  # (the notice's last word first)
            roles = None
            j += 1
            continue
        if "--" in raw and _MD_RULE.fullmatch(raw):
            j += 1  # a markdown table's rule line
            continue
        cells = _split_cells(raw) if "\t" in raw or "|" in raw else None
        if cells is not None:
            hdr = _roles(cells)
            if hdr:
                roles = hdr
                section_seen = True
                j += 1
                continue
            if roles is not None:
                if prev_row is not None and prev_row[0].line + prev_row[2] == j - 1 and \
                        _continues_row(cells, roles):
                    # a wrapped row ("|      | continued text |   |"): its cells go on in the row above
                    prow, at, wrapped = prev_row
                    for role, cell in zip(roles, cells):
                        if role and cell.strip():
                            prow.cells[role] = (prow.cells.get(role, "") + " " + cell.strip()).strip()
                    del out[at:]
                    acts, _, last_row_complete = _row_actions(ctx, prow, prev_date, prev_complete, bodies)
                    out.extend(acts)
                    prev_row = (prow, at, wrapped + 1)
                    j += 1
                    continue
                row = Row(j, {})
                for role, cell in zip(roles, cells):
                    if role:
                        _put(row, role, cell)
                prev_date, prev_complete = date, last_row_complete
                acts, orphan, complete = _row_actions(ctx, row, date, last_row_complete, bodies)
                if orphan:
                    date = None
                prev_row = (row, len(out), 0)
                out.extend(acts)
                last_row_complete = complete
                j += 1
                continue
            j += 1
            continue
        # columns aligned with spaces, rows wrapped onto continuation lines
        if "  " in raw:
            cols = _aligned_header(raw)
            if cols is not None:
                section_seen = True
                rows, stop = _aligned_rows(lines, j + 1, cols)
                for row in rows:
                    acts, orphan, complete = _row_actions(ctx, row, date, last_row_complete, bodies)
                    out.extend(acts)
                    last_row_complete = complete
                roles = None
                j = stop
                continue
        # one field per line: "Action: …" / "Owner: …" / "Due: …" / "Status: …" blocks
        if ":" in c:
            fb = _field_block(lines, j)
            if fb is not None:
                row, stop = fb
                section_seen = True
                acts, _, _ = _row_actions(ctx, row, date, True, bodies)
                out.extend(acts)
                roles = None
                j = stop
                continue
        # one cell per line: a header made of consecutive column names
        vhead = _vertical_header(lines, j) if len(c) <= 45 and _role_of(c.strip(" :")) else None
        if vhead is not None:
            hdr_roles, after = vhead
            section_seen = True
            rows, stop = _vertical_rows(lines, after, hdr_roles)
            for row in rows:
                if row.cells.get("_date"):
                    date = row.cells.pop("_date") or None
                    continue
                acts, orphan, complete = _row_actions(ctx, row, date, last_row_complete, bodies)
                if orphan:
                    date = None
                out.extend(acts)
                last_row_complete = complete
            j = stop + 1
            continue
        low = fold(c) if len(c) < 80 else ""
        mh = _MEETING_HEAD.match(c) if "meeting" in low or "action" in low else None
        hits = [h for h in find_dates(mh["date"]) if h.iso and h.has_year] if mh else []
        if mh and hits:
            date = hits[0].iso
            roles = None
            last_row_complete = True
            j += 1
            continue
        if date is not None and section_seen and len(c) < 140 and not _END_PUNCT.search(c) and title_like(c):
            # another section heading ("Additional correspondence", a standing item): rows under it are not of
            # the meeting above
            date = None
        roles = None
        j += 1
    return out


_END_PUNCT = re.compile(r"[.;:]$")
_BULLET_START = frozenset("-•*▪◦●·‣–—■")  # the characters _clean_line drops from the start of a line


def _quiet(raw: str, low: str) -> bool:
    """A line of :func:`table_actions` that can be no header, field, row or meeting heading, tested with no call
    of clean or a pattern (``low`` is ``raw.lower()``): no cell separator, column gap, colon, markup or character
    that clean or fold would change (so its clean text is the line itself, and fold is lower), no "meeting" or
    "action", and no column name one per line (longer than one, or not a column name)."""
    return not (":" in low or "  " in low or "\t" in low or "|" in low or "meeting" in low or "action" in low or
                "<" in low or "*" in low or "_" in low or
                (not low.isascii() and ("\u00a0" in low or "\u2022" in low or "\uf0b7" in low or "\u0307" in low or
                                        "\u0131" in low or "\u017f" in low))) and \
        not raw[0].isspace() and not raw[-1].isspace() and raw[0] not in _BULLET_START and \
        (len(raw) > 45 or not _may_name_role(low) or _role_of(raw) is None)


def _may_name_role(low: str) -> bool:
    """A folded text that has what :func:`_role_of` needs to name a column: a role's first word at its start, or
    a word of the "text" role."""
    return low.startswith(_ROLE_STARTS) or "action" in low or "subject" in low or "description" in low or \
        "issue" in low or "request" in low or "undertaking" in low or "matter" in low or "detail" in low or \
        "summary" in low


_CHUNK = re.compile(r"\S+(?: \S+)*")  # text separated by two or more spaces
_RULE_LINE = re.compile(r"^\s*[-=_+|: ]*[-=_]{3,}[-=_+|: ]*$")


def _chunks(raw: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _CHUNK.finditer(raw.expandtabs(8))]


def _aligned_header(raw: str) -> list[tuple[int, str | None]] | None:
    """A header of columns aligned with spaces ("Meeting   Min   Action   Action by   RAG"): each column's start
    and role, or None."""
    ch = _chunks(raw)
    if len(ch) < 3 or any(len(t) > 40 for _, _, t in ch):
        return None
    roles = _roles([t for _, _, t in ch])
    if roles is None:
        return None
    return [(a, r) for (a, _, _), r in zip(ch, roles)]


def _split_aligned(raw: str, starts: list[int]) -> list[str]:
    """A line cut at the column starts. A cell that runs into the next column ("Panel Secretariat 04/09/2025") is
    cut at the single space nearest the next column's start."""
    cells = [""] * len(starts)
    for a, b, text in _chunks(raw):
        pieces = [(a, text)]
        for k in range(1, len(starts)):
            pa, pt = pieces[-1]
            cut = starts[k]
            if pa + 1 < cut < pa + len(pt):
                sp = [i for i, ch in enumerate(pt) if ch == " "]
                # a long value overflows to the right, so the next cell starts at or after the column's start
                after = [i for i in sp if 0 <= pa + i + 1 - cut <= 10]
                i = after[0] if after else min(sp, key=lambda i: abs(pa + i + 1 - cut), default=None)
                if i is not None and -6 <= pa + i + 1 - cut <= 10:
                    pieces[-1] = (pa, pt[:i])
                    pieces.append((pa + i + 1, pt[i + 1:]))
        for pa, pt in pieces:
            k = max([i for i, st in enumerate(starts) if st <= pa + 2] or [0])
            cells[k] = (cells[k] + " " + pt).strip()
    return cells


def _aligned_rows(lines: list[str], start: int, cols: list[tuple[int, str | None]]) -> tuple[list[Row], int]:
    """The rows under an aligned header, up to a blank line or a line that is not a row. A line whose first
    column is empty continues the row above (a wrapped cell). Returns the rows and the line to resume at."""
    starts = [a for a, _ in cols]
    rows: list[Row] = []
    cur: Row | None = None
    k = start
    while k < len(lines):
        raw = lines[k]
        if not raw.strip():
            nxt = next((i for i in range(k + 1, min(k + 3, len(lines))) if lines[i].strip()), None)
            # a table broken by a blank line (or a page footer read as blank) goes on when the next line is a row
            if cur is None or nxt is None or nxt > k + 2 or not _is_aligned_row(lines[nxt], starts, first=True):
                break
            k += 1
            continue
        if _RULE_LINE.match(raw):
            if not rows and cur is None:  # the header's rule gives the exact column starts
                rule = [a for a, _, _ in _chunks(raw.replace("|", " "))]
                if len(rule) == len(starts):
                    starts = rule
            k += 1
            continue
        if not _is_aligned_row(raw, starts, first=False):
            break
        cells = _split_aligned(raw, starts)
        again = cur is not None and any(c and r in ("minute", "date", "deadline") and r in cur.cells
                                        for (_, r), c in zip(cols, cells))
        if cells[0] or cur is None or again:
            cur = Row(k, {})
            rows.append(cur)
        for (a, role), cell in zip(cols, cells):
            if role and cell:
                cur.cells[role] = (cur.cells.get(role, "") + " " + cell).strip()  # a wrapped cell goes on
        k += 1
    return rows, k


def _is_aligned_row(raw: str, starts: list[int], first: bool) -> bool:
    """A line that fits the columns: its pieces start at (or near) column starts; a new row has a first cell."""
    ch = _chunks(raw)
    if not ch:
        return False
    lead = ch[0][0]
    if first and lead > starts[0] + 2:
        return False
    if lead < starts[0] - 2:
        return False
    if len(ch) == 1 and lead <= starts[0] + 2 and len(ch[0][2]) > (starts[1] - starts[0]) + 20:
        return False  # a paragraph of prose at the margin
    return all(any(abs(a - st) <= 2 for st in starts) or a > starts[-1] for a, _, _ in ch)


_FIELD_LINE = re.compile(r"^(?P<ind>\s*)(?P<label>[A-Z][A-Za-z'’ /]{0,28}?)(?P<ref>\s+(?:no\.?\s*)?[A-Z]{0,6}[/\-]?\d"
                         r"[\w/.\-]*)?\s*:\s*(?P<val>.*)$")  # "Owner:   OPCC", "Action 3: Provide…"


_ACTION_FIELD = re.compile(r"\b(?:actions?|undertaking|request)\b", re.I)
_MINUTE_LABEL = re.compile(r"^(?:minute|min\b|item|agenda)", re.I)


_DIGIT = re.compile(r"\d")


def _field_block(lines: list[str], j: int) -> tuple[Row, int] | None:
    """A block of "Label: value" lines naming an action's fields (Action / Owner / Due / Status …), values
    wrapped onto indented lines. Returns the row (at the Action line) and the line after the block."""
    line = lines[j].replace("**", "")
    head = line.partition(":")[0].strip()
    if not "A" <= head[:1] <= "Z" or (not _DIGIT.search(head) and (len(head) > 29 or not _role_of(head))):
        # no field label before the first colon: a label is a capital and 28 letters at most, or has a number;
        # without a number, the label is all the text before the colon
        return None
    m = _FIELD_LINE.match(line)
    if not m or not _role_of(m["label"].strip()):
        return None
    fields: list[list] = []  # [label, role, line, value]
    k = j
    seen: set[str] = set()
    while k < len(lines):
        raw = lines[k].replace("**", "")
        if not raw.strip():
            break
        m = _FIELD_LINE.match(raw)
        role = _role_of(m["label"].strip()) if m else None
        if m and role and (m["label"].strip().lower() in seen or (role == "text" and any(f[1] == "text" for f in fields))):
            break  # the next block, with no blank line between
        if m and (role or len(m["ind"]) <= len(lines[j]) - len(lines[j].lstrip())):
            seen.add(m["label"].strip().lower())
            fields.append([m["label"].strip(), role, k, m["val"].strip()])
        elif fields and raw[:1].isspace():
            fields[-1][3] = (fields[-1][3] + " " + raw.strip()).strip()
        else:
            break
        k += 1
    named = [f[1] for f in fields if f[1]]
    if len(named) < 3 or "text" not in named or not ({"owner", "status"} & set(named)):
        return None
    if not any(f[1] == "text" and _ACTION_FIELD.search(f[0]) and f[3]
               for f in fields):
        return None  # a report's cover ("Subject: … / Status: Public / Lead officer: …") is not an action
    minutes = [f for f in fields if f[1] == "minute"]
    if len(minutes) > 1:  # "Action No" and "Agenda item": the item is the minute
        keep = [f for f in minutes if _MINUTE_LABEL.match(f[0])] or minutes[-1:]
        for f in minutes:
            if f is not keep[0]:
                f[1] = None
    text_line = next(f[2] for f in fields if f[1] == "text")
    row = Row(text_line, {})
    for _, role, _, val in fields:
        if role and val:
            _put(row, role, val)
    return row, k


def _continues_row(cells: list[str], roles: list[str | None]) -> bool:
    """A row that wraps the row above (a pipe row, or a tab row as the PDF reader gives a long cell's next lines):
    its first cell and minute cell empty, no date or deadline cell holding a date of its own (the end of one cut
    short above, "2025" under "22 September", is not), and fewer than half its cells filled."""
    if not cells or cells[0].strip():
        return False
    filled = [r for r, c in zip(roles, cells) if c.strip()]
    if not filled or "minute" in filled:
        return False
    if any(r in ("date", "deadline") and any(h.iso for h in find_dates(c)) for r, c in zip(roles, cells)):
        return False
    return len(filled) * 2 < len([r for r in roles if r])


_STATUS_END = re.compile(r"[.;:!?)>]$")


def _put(row: Row, role: str, cell: str) -> None:
    """Add a cell to the row's text for its role; two status columns ("Status", "Update") read as
    "Complete. Shared 24 September."."""
    old = row.cells.get(role, "").strip()
    cell = cell.strip()
    if old and cell and role == "status" and not _STATUS_END.search(old):
        old += "."
    row.cells[role] = (old + " " + cell).strip()


def _vertical_header(lines: list[str], j: int) -> tuple[list[str], int] | None:
    """Column names one per line ("Minute item" / "Action" / "Status" / "Action by" / "Deadline")."""
    roles: list[str] = []
    k = j
    while k < len(lines) and len(roles) < 8:
        t = _clean_line(lines[k]).strip(" :")
        if not t:
            if roles:
                k += 1
                if k < len(lines) and not _clean_line(lines[k]):
                    break
                continue
            return None
        if len(t) > 45 or "\t" in lines[k] or _FIELD_COLON.search(t):  # "Action: Provide…" is a field, not a name
            break
        role = _role_of(t)
        if role is None:
            break
        roles.append(role)
        k += 1
    if "text" not in roles or not ({"status", "owner"} & set(roles)) or len(roles) < 3:
        return None
    return roles, k


def _vertical_rows(lines: list[str], start: int, roles: list[str]) -> tuple[list[Row], int]:
    """Rows of a cell-per-line table: a row starts at a minute number (or a meeting heading) and its lines are
    assigned to status / owner / deadline by what they say, the rest being the action text."""
    rows: list[Row] = []
    cur: list[tuple[int, str]] = []
    starts: list[int] = []
    k = start
    end = start
    blank_run = 0

    def flush():
        if cur:
            rows.append(_assign_vertical(cur, roles))

    while k < len(lines):
        raw = lines[k]
        c = clean(raw)
        if not c:
            blank_run += 1
            if blank_run >= 3:
                break
            k += 1
            continue
        blank_run = 0
        if BLANK_PAGE.match(raw) or _vertical_header(lines, k) is not None:
            break
        mh = _MEETING_HEAD.match(c)
        if mh and any(h.iso and h.has_year for h in find_dates(mh["date"])):
            flush()
            cur = []
            iso = [h.iso for h in find_dates(mh["date"]) if h.iso][0]
            rows.append(Row(k, {"_date": iso}))
            end = k
            k += 1
            continue
        if _MINUTE_CELL.match(c):
            flush()
            cur = [(k, c)]
            starts.append(k)
        elif cur:
            cur.append((k, c))
        elif not rows:
            cur = [(k, "")]  # a fragment before the first minute number
            cur.append((k, c))
        else:
            break
        end = k
        k += 1
    flush()
    return rows, end


def _assign_vertical(cur: list[tuple[int, str]], roles: list[str]) -> Row:
    row = Row(cur[0][0], {})
    items = list(cur)
    first = items[0][1]
    if _MINUTE_CELL.match(first) or first == "":
        row.cells["minute"] = first
        items = items[1:]
    texts = [t for _, t in items]
    deadline: list[str] = []
    owner: list[str] = []
    status: list[str] = []
    while texts and "deadline" in roles and _is_deadline_cell(texts[-1]):
        deadline.insert(0, texts.pop())
    while texts and "owner" in roles and _is_owner_cell(texts[-1]):
        owner.insert(0, texts.pop())
    # status: from the first line that opens with a status word to the end
    for i, t in enumerate(texts):
        if i > 0 and is_status_text(t):
            status = texts[i:]
            texts = texts[:i]
            break
    row.cells["text"] = "\n".join("<p>" + t + "</p>" for t in texts)
    if status:
        row.cells["status"] = "".join("<p>" + t + "</p>" for t in status)
    if owner:
        row.cells["owner"] = "".join("<p>" + t + "</p>" for t in owner)
    if deadline:
        row.cells["deadline"] = "".join("<p>" + t + "</p>" for t in deadline)
    return row


_NO_DEADLINE = re.compile(r"(?:n/?a|none|tbc|tba|ongoing|asap|immediate(?:ly)?|-)")
_MONTH_OR_NEXT = re.compile(r"\bnext meeting\b|\b(?:january|february|march|april|may|june|july|august|september|"
                            r"october|november|december)\b", re.I)


def _is_deadline_cell(t: str) -> bool:
    return bool(_NO_DEADLINE.fullmatch(t.strip(" .").lower())) or \
        (len(t) < 40 and bool(find_dates(t) or _MONTH_OR_NEXT.search(t)))


_CAP_START = re.compile(r"^[A-Z]")


def _is_owner_cell(t: str) -> bool:
    s = t.strip(" .")
    if not s or len(s) > 60 or s.endswith(".") or is_status_text(s):
        return False
    return bool(normalise_body(s)) or (len(s.split()) <= 6 and bool(_CAP_START.match(s)) and
                                       bool(_POST_WORDS.search(s) or _ORG_WORDS.search(s) or s.isupper()))


_UL_OPEN = re.compile(r"<ul[^>]*>", re.I)
_UL_CLOSE = re.compile(r"</ul>", re.I)
_LI_OPEN = re.compile(r"<li[^>]*>", re.I)
_PARA_TAG = re.compile(r"</?(?:p|div|br|li)\b[^>]*>", re.I)
_LIST_SPLIT = re.compile(r";\s*(?:and\s+)?(?=[A-Z])")


def _paragraphs(cell: str) -> list[tuple[str, str]]:
    """A cell's content as ``(kind, text)`` pieces: kind "p" for a paragraph, "li" for a list item."""
    t = cell or ""
    if "<" in t:
        t = _UL_OPEN.sub("\n<UL>\n", t)
        t = _UL_CLOSE.sub("\n</UL>\n", t)
        t = _LI_OPEN.sub("\n• ", t)
        t = _PARA_TAG.sub("\n", t)
    t = t.replace("\u2022", "\n• ").replace("\uf0b7", "\n• ")
    out: list[tuple[str, str]] = []
    in_ul = False
    for piece in t.split("\n"):
        p = piece.strip()
        if p == "<UL>":
            in_ul = True
            continue
        if p == "</UL>":
            in_ul = False
            continue
        if not p:
            continue
        bullet = p.startswith("• ") or p == "•"
        p = clean(p.lstrip("• ").strip())
        if not p:
            continue
        if in_ul and not bullet:
            # list items run together without markers: "A; and B."
            for part in _LIST_SPLIT.split(p):
                if part.strip():
                    out.append(("li", part.strip()))
            continue
        out.append(("li" if bullet or in_ul else "p", p))
    return out


_TEXT_END = re.compile(r"[.;:!?)]$")


def _row_actions(ctx: Context, row: Row, date: str | None, last_complete: bool,
                 bodies: _Bodies | None = None) -> tuple[list[Action], bool, bool]:
    """The actions of one row, whether the row is an orphan fragment (its meeting unknown), and whether its text
    ends a sentence."""
    text_cell = row.cells.get("text", "")
    paras = _paragraphs(text_cell)
    if not paras:
        return [], False, True
    minute = None
    mcell = clean(row.cells.get("minute", ""))
    mc = _MINUTE_CELL.match(mcell or "-") or _MINUTE_LEAD.match(mcell)
    if mc:
        minute = mc["n"].rstrip(".")
    orphan = False
    first = paras[0][1]
    if minute is None and (first[:1].islower() or first.startswith(("...", "…"))) and last_complete:
        orphan = True
        date = None
    row_date = None
    if row.cells.get("date"):
        hits = [h for h in find_dates(clean(row.cells["date"])) if h.iso and h.has_year]
        row_date = hits[0].iso if hits else None
    texts = _action_texts(paras)
    if not texts:
        return [], orphan, True
    statuses = _parallel(_group_status(_paragraphs(row.cells.get("status", ""))), len(texts))
    owners = _parallel([t for _, t in _paragraphs(row.cells.get("owner", ""))], len(texts))
    deadlines = _parallel([t for _, t in _paragraphs(row.cells.get("deadline", ""))], len(texts))
    out = []
    for i, t in enumerate(texts):
        owner_words = owners[i]
        person = _person(t)
        owner = _owner_name(owner_words, bodies, table=True) if owner_words else None
        person = person or _post_in(owner_words, owner)
        deadline = deadlines[i]
        out.append(Action(
            prov=Provenance(ctx.doc.sha256, row.line, row.line, ctx.doc.page_of(row.line), "actions.table", 0.85),
            meeting_date=row_date or date, minute_item=minute, text=t, owner=owner, person=person,
            status=statuses[i], status_code=status_code(statuses[i]), deadline=deadline,
            deadline_date=_deadline_date(deadline, row_date or date)))
    complete = bool(_TEXT_END.search(texts[-1]))
    return out, orphan, complete


def _action_texts(paras: list[tuple[str, str]]) -> list[str]:
    """The separate actions in a text cell: the subject line, intros and lead-ins are not actions themselves."""
    items = list(paras)
    has_more = len(items) > 1
    if has_more and items[0][0] == "p" and title_like(items[0][1]) and not _UNDERTAKING.search(items[0][1]):
        items = items[1:]  # the subject (the minute's title)
    out: list[str] = []
    lead = ""
    plain: list[str] = []
    has_list = any(k == "li" for k, _ in items)
    for kind, text in items:
        if kind == "p" and _intro(text) and not text.rstrip().endswith(":"):
            continue
        if kind == "p" and text.rstrip().endswith(":") and has_list:
            lead = text.rstrip()
            continue
        if kind == "li":
            body = _TRAIL.sub("", text).rstrip(";,")
            for piece in _ALSO_SPLIT.split(body):
                piece = _TRAIL.sub("", piece).rstrip(";,")
                if piece:
                    out.append((lead + " " + piece).strip() if lead and not piece.startswith(("He ", "She ")) else piece)
            continue
        if has_list or not out or _UNDERTAKING.search(text) or _strong(text, fold(text)):
            for piece in _ALSO_SPLIT.split(text):
                if piece.strip():
                    out.append(piece.strip())
        else:
            out[-1] = out[-1] + " " + text
        plain.append(text)
    return out


def _group_status(paras: list[tuple[str, str]]) -> list[str]:
    """Status paragraphs grouped per action: a paragraph opening with a status word starts a new one."""
    groups: list[str] = []
    for _, t in paras:
        if not groups or is_status_text(t):
            groups.append(t)
        else:
            groups[-1] = groups[-1] + " " + t
    return groups


def _parallel(values: list[str], n: int) -> list[str | None]:
    """Spread a cell's values over ``n`` actions: one each when the counts agree, else the whole cell for all."""
    if not values:
        return [None] * n
    if len(values) == n:
        return list(values)
    joined = " ".join(values)
    return [joined] * n


_NO_OWNER = re.compile(r"n/?a|-|tbc|none", re.I)


def _owner_name(words: str | None, bodies: _Bodies | None = None, table: bool = False) -> str | None:
    """The owner as a body; in a log's owner column, an officer named with the body's acronym ("OPFCC
    Monitoring Officer") is kept as written, as the log names it."""
    if not words:
        return None
    w = clean(words).strip(" .;,")
    if not w or _NO_OWNER.fullmatch(w):
        return None
    if table and _ACR_POST.fullmatch(w) and (_POST_WORDS.search(w) or _HOST_POST.search(w)):
        return w
    return (bodies.owner_of(w) if bodies else None) or normalise_body(w) or _LEAD_THE.sub("", w)


_ACR_POST = re.compile(r"[A-Z]{2,6}\s+(?:[A-Z][a-z]+(?:\s+(?:of|and|for)\s+|\s+)?){1,5}")


def _post_in(words: str | None, owner: str | None) -> str | None:
    """The post an owner cell names beside its body: "Chief Constable, Northshire Police" → "Chief Constable"."""
    if not words or not owner:
        return None
    w = clean(words).strip(" .;,")
    head, sep, _ = w.partition(",")
    if sep and head.strip() and _POST_WORDS.search(head) and head.strip().lower() != owner.lower():
        return head.strip()
    return None


_THE_BEFORE_CAPITAL = re.compile(r"^the\s+(?=[A-Z])")
_NOT_WHO_START = re.compile(r"^(?:to|these|this|it|they|there|in|at|on|for|if|when|as)\b", re.I)
_AUXILIARY = re.compile(r"\b(?:had|have|has|was|were|is|are)\b")
_DETAILS_START = re.compile(r"^(?:details|information|the (?:details|information|report|draft|results))\b", re.I)
_TWO_NAMES = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")
_NAME_PAIR = re.compile(r"\b[A-Z][a-z'’\-]+\s+[A-Z][a-z'’\-]+")


def _person(text: str) -> str | None:
    """Who gave the undertaking: "Assistant Commissioner Dick undertook…" → "Assistant Commissioner Dick"."""
    return _person_of(_SUBJECT.match(text))


def _person_of(m: re.Match[str] | None) -> str | None:
    """:func:`_person` from the sentence's ``_SUBJECT`` match."""
    if not m:
        return None
    who = _THE_BEFORE_CAPITAL.sub("The ", m["who"].strip(" ,"))
    if len(who.split()) > 9 or not _CAP_START.match(who) or _NON_PERSON.match(who) or \
            _NOT_WHO_START.match(who) or _AUXILIARY.search(who):
        return None
    if _DETAILS_START.match(who):
        return None
    body = normalise_body(who)
    if body and not _POST_WORDS.search(who) and not _TWO_NAMES.search(who):
        return None  # a body, not a person ("The MPS agreed…")
    if not (_POST_WORDS.search(who) or _NAME_PAIR.search(who)):
        return None
    return who


_MONTH_YEAR = re.compile(rf"\b(?:(?:by|before|until|in|during)\s+(?:the\s+)?(?:end\s+of\s+)?)?(?P<m>{_MONTH})\s+"
                         r"(?P<y>(?:19|20)\d\d)\b", re.I)


_WITHIN = re.compile(r"\bwithin\s+(?P<n>\d{1,3})\s+(?:(?P<work>working\s+)?days?|(?P<w>weeks?))\b", re.I)


def _deadline_date(words: str | None, meeting_date: str | None = None) -> str | None:
    """The deadline as an ISO date: a full date as written; "by the end of April 2025" or "by March 2026" → the
    month's last day; "within 14 days" → that many days after the meeting (when its date is known)."""
    if not words:
        return None
    w = _WITHIN.search(words)
    if w and meeting_date and not w["work"]:
        import datetime as dt

        try:
            start = dt.date.fromisoformat(meeting_date)
        except ValueError:
            return None
        days = int(w["n"]) * (7 if w["w"] else 1)
        return (start + dt.timedelta(days=days)).isoformat()
    hits = [h for h in find_dates(words) if h.iso and h.has_year]
    if hits:
        return hits[0].iso
    m = _MONTH_YEAR.search(words)
    if m:
        import calendar

        month = month_number(m["m"])  # (matched case-blind: "aprıl" and "ſeptember" are months too)
        year = int(m["y"])
        return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    return None


# --- minutes ---------------------------------------------------------------------------------------------------------

def minutes_actions(ctx: Context, lines: list[str], bodies: _Bodies | None = None) -> list[Action]:
    """Undertakings recorded in the minutes (not in transcripts, letters or reports)."""
    from ._text import blocks, sentences

    bodies = bodies or _Bodies()
    out: list[Action] = []
    for block in minutes_blocks(ctx):
        for num, title, start, end in item_spans(block):
            skip: set[int] = set()
            for d in _decisions_of(ctx, lines, start, end):  # (worked out once per document)
                skip.update(range(d.marker_line, (d.end or d.line) + 1))
            title_org = _title_org(title)
            lead: str | None = None
            prev_sentence = ""
            actor: str | None = None  # the last person or post the minutes reported as speaking in this item
            spoken: list[str] = []  # the sentences after those that gave ``actor`` (see _settle)
            last: Action | None = None  # the item's last undertaking, for an "ACTION: <owner>" line below it
            broken = ""  # a sentence cut at a line break ("The Chief" / "Constable said…")
            last_from = prev_start = -1  # the block that gave ``last``; the block before this one
            in_list = False  # under an "Actions agreed:" lead-in
            for b in blocks(ctx.doc, ctx.noise, start + (1 if num else 0), end):
                follows_last = last is not None and last_from == prev_start
                prev_start = b.start
                if b.start in skip:
                    lead = None
                    in_list = False
                    continue
                if in_list and b.kind == "bullet" and _ACTION_ITEM.match(b.text):
                    # an item under "Actions agreed:" ("- OPCC to circulate…")
                    text, owner_words, due = _label_fields(b.text)
                    actor = _settle(actor, spoken, bodies)
                    last = _minute_action(ctx, block, num, b.start, text, title_org, "strong", bodies, actor=actor,
                                          labelled=True)
                    last.owner = last.owner or _owner_name(owner_words, bodies)
                    if due:
                        last.deadline, last.deadline_date = due, _deadline_date(due, block.date)
                    out.append(last)
                    last_from = b.start
                    continue
                in_list = bool(_ACTION_LIST_HEAD.match(b.text))
                if in_list:
                    continue
                if follows_last and last is not None and _LABEL_FIELD.match(b.text) and len(b.text) < 120:
                    # "Owner: OPCC" / "Due: 30 April 2026" on the lines under an action
                    _, owner_words, due = _label_fields("x" * 10 + " " + b.text)
                    if owner_words and (last.owner is None or not labelled_subject(last.text)):
                        last.owner = _owner_name(owner_words, bodies)
                    if due and not last.deadline:
                        last.deadline, last.deadline_date = due, _deadline_date(due, block.date)
                    last_from = b.start
                    continue
                if lead and b.kind == "bullet" and b.numbered:
                    actor = _settle(actor, spoken, bodies)
                    last = _minute_action(ctx, block, num, b.start, lead + " " + b.text, title_org, "strong", bodies,
                                          actor=actor)
                    out.append(last)
                    last_from = b.start
                    continue
                lead = None
                label = _ACTION_LABEL.match(b.text)
                if label:
                    if _owner_only(label["text"]):
                        if last is not None:  # "ACTION: Chief Constable" names the owner of the undertaking above
                            last.locations.append(b.start)
                            last.owner = _owner_name(label["text"], bodies) or last.owner
                        continue
                    text, owner_words, due = _label_fields(label["text"])
                    actor = _settle(actor, spoken, bodies)
                    act = _minute_action(ctx, block, num, b.start, text, title_org, "strong", bodies, actor=actor,
                                         labelled=True)
                    act.owner = act.owner or _owner_name(owner_words, bodies)
                    if due:
                        act.deadline, act.deadline_date = due, _deadline_date(due, block.date)
                    if follows_last and last is not None and _restates(text, last.text):
                        # "ACTION 12: X to provide…" restating the undertaking just above: one action, two places
                        last.locations.append(b.start)
                        last.owner = act.owner if act.owner and labelled_subject(text) else last.owner or act.owner
                        if not last.deadline and act.deadline:
                            last.deadline, last.deadline_date = act.deadline, act.deadline_date
                        continue
                    last = act
                    out.append(last)
                    last_from = b.start
                    continue
                prev_line = b.start
                for s in sentences(b):
                    text = s.text
                    if text[:1] == "(" or text[:1].isdigit():  # "(12) The Chief Constable …"
                        text = _RESPONSE_REF.sub("", text)
                    kind = _cue(text)
                    label = _ACTION_LABEL.match(text) if "ction" in text[:20].lower() else None
                    if label:
                        # "… asked for a breakdown by district. Action: ACC Rowe." / "… ACTION - OPCC to provide …"
                        actor = _settle(actor, spoken, bodies)
                        got = _inline_label(ctx, block, num, label["text"], prev_sentence, prev_line, s.line,
                                            title_org, bodies, actor, last if last_from == b.start else None)
                        if got is not None:
                            if got is not last:
                                out.append(got)
                                last, last_from = got, b.start
                            prev_sentence, prev_line = text, s.line
                            continue
                    directed = _directed(text, bodies) if kind is None else None
                    if directed:
                        kind = "strong"  # "Chief Supt Menon to present …", "Members asked that the X report …"
                    said = (broken + " " + text).strip()  # the sentence whose speaker may be the next actor
                    broken = text if len(text) < 40 and not _ENDS_SENTENCE.search(text) else ""
                    if kind is None:
                        prev_sentence, prev_line = text, s.line
                        spoken.append(said)
                        continue
                    if text.rstrip().endswith(":") and kind == "strong":
                        lead = text.rstrip()
                        prev_sentence = text
                        spoken.append(said)
                        continue
                    full = text
                    if prev_sentence and (_PRONOUN_START.match(text) or _PRONOUN_OBJECT.search(text) or
                                          (_ANSWER_START.match(text) and _QUESTION.search(prev_sentence))):
                        full = prev_sentence + " " + text
                    actor = _settle(actor, spoken, bodies)
                    last = _minute_action(ctx, block, num, s.line, full, title_org, kind, bodies, cue_text=text,
                                          actor=actor)
                    if directed is None:
                        directed = _directed(text, bodies)
                    if directed:
                        last.owner = bodies.owner_of(directed) or last.owner or _owner_name(directed, bodies)
                        last.person = _as_person(directed) or (None if _REQUEST.search(text) else last.person)
                    out.append(last)
                    last_from = b.start
                    prev_sentence, prev_line = text, s.line
                    spoken.append(said)
    return [a for a in out if a is not None]


def _settle(actor: str | None, spoken: list[str], bodies: _Bodies) -> str | None:
    """The actor once the sentences in ``spoken`` are read: the speaker of the latest that reports one, else
    ``actor``; ``spoken`` is emptied. The minutes loop reads a speaker only when an undertaking needs the actor,
    and then only back to the latest sentence that names one (most sentences are never needed)."""
    for said in reversed(spoken):
        who = _speaker(said, bodies)
        if who:
            actor = who
            break
    spoken.clear()
    return actor


_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’)]$")
_OWNER_ONLY_BAD = re.compile(r"\bto\s+[a-z]|[.;:!?]\s+\S|\b(?:would|will|should|must|undertook|agreed)\b", re.I)
_AND_UNDERTOOK = re.compile(r",?\s+and\s+(?:also\s+)?(?:undertook|agreed|offered|promised|committed)\s+to\b")
_ACTION_LIST_HEAD = re.compile(r"^\W*(?:(?:agreed|new|summary\s+of|list\s+of)\s+)?actions?(?:\s+(?:agreed|arising|"
                               r"points?|required))?(?:\s*\(\w+\))?\s*:?\s*$", re.I)
_ACTION_ITEM = re.compile(r"^.{2,80}?\bto\s+(?:" + _VERBS + r")\b|^(?:" + _VERBS + r")\b", re.I)
_PRONOUN_SUBJ = re.compile(r"^(?:(?:he|she|they)\b|(?:[^,]{0,80},\s*)?(?:he|she|they)\s+(?:also\s+)?(?:would|will|"
                           r"undertook|agreed|promised|offered)\b)", re.I)
_REPORTED_PRONOUN = re.compile(r"^(?:[^,]{0,80},\s*)?(?P<who>(?:the\s+)?[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,5})"
                               r"\s+(?:said|confirmed|explained|advised|stated|replied|responded|indicated|added|"
                               r"accepted|agreed)\s+(?:[^.]{0,120}?\band\s+)?(?:that\s+)?(?:he|she|they|the\s+(?:force|constabulary|"
                               r"service|office|council|authority))\s+(?:also\s+)?"
                               r"(?:would|will)\b")
_SPEAKER = re.compile(r"^(?:[^,]{0,80},\s*)?(?P<who>(?:the\s+)?[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|of|for|and))"
                      r"{0,6}?)\s+(?:said|explained|reported|advised|accepted|confirmed|agreed|undertook|presented|"
                      r"introduced|outlined|replied|responded|stated|told|acknowledged|added|informed|set out|"
                      r"would|will)\b")
_NOT_SPEAKER = re.compile(r"^(?:the\s+)?(?:members?|panel|committee|board|chair(?:man)?|meeting|report|councill?ors?|"
                          r"cllr|it|this|these|there|he|she|they)\b", re.I)


# minutes shorthand naming who is to act: "Chief Supt Menon to present …", "Democratic Services to add …"; and a
# request with its actor: "Members asked that the Cabinet Member report …", "The Panel asked the OPCC to provide …"
_WHO = r"(?:the\s+)?[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|of|for|and|&|/)){0,7}?"
_SHORTHAND = re.compile(r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?P<who>" + _WHO + r"),?\s+to\s+(?P<v>[a-z]{2,})\b")
_REQUEST = re.compile(r"\b(?:asked|requested|required|instructed)\s+(?:that\s+(?P<who1>" + _WHO + r")\s+(?:should\s+)?"
                      r"(?P<v1>[a-z]{2,})\b|(?P<who2>" + _WHO + r")\s+to\s+(?P<v2>[a-z]{2,})\b)")
_NOT_VERB = {"be", "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "all",
             "date", "which", "whom", "what", "whether", "have", "been", "any", "some", "each", "every", "one",
             "and", "or", "not", "also", "only", "make", "ensure"}


_NOT_ACTOR = re.compile(r"^(?:the\s+)?(?:(?:panel|committee|sub-committee|board|meeting|chair(?:man)?|vice-chair|"
                        r"members?|councill?ors?|report|it|this|these|there|he|she|they|we)\b(?:\s+(?:members?|"
                        r"and\s+\w+))?$|(?:it|this|these|there|he|she|they|we|members?|councill?ors?)\b)", re.I)


def _directed(text: str, bodies: _Bodies) -> str | None:
    """Who a shorthand action or a directed request names to act, when it names a post, body or person the
    document can place; None for anything else ("Members to note …", "asked that the report be published")."""
    if " to " not in text and "asked" not in text and "quested" not in text and "quired" not in text and \
            "structed" not in text:
        return None
    m = _SHORTHAND.match(text)
    who, verb = (m["who"], m["v"]) if m else (None, None)
    request = "asked" in text or "requested" in text or "required" in text or "instructed" in text  # _REQUEST's
    if who is None and not request:
        return None
    negated = _negated(text, fold(text))
    if who is None or negated:
        rm = _REQUEST.search(text) if not negated and request else None
        if rm is None:
            return None
        who, verb = (rm["who1"], rm["v1"]) if rm["who1"] else (rm["who2"], rm["v2"])
    if verb in _NOT_VERB:
        return None
    w = who.strip(" ,")
    if _NOT_ACTOR.match(w):
        return None
    if bodies.owner_of(w) or _KEPT_POST.match(w) or _POST_WORDS.search(w) or _HOST_POST.search(w) or \
            _UNIT_OR_ACR.search(w) or _TITLED_NAME.fullmatch(w):
        return w
    return None


_UNIT_OR_ACR = re.compile(r"\b(?:services|team|office|unit)\b|\b[A-Z]{2,6}\b")
_TITLED_NAME = re.compile(r"(?:(?:the\s+)?[A-Z][a-z]+\s+)?(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'’\-]+")


_ACRONYMS = re.compile(r"[A-Z]{2,6}(?:\s*/\s*\w+)*")
_SERVICES = re.compile(r"\bservices\b", re.I)
_NAME_END = re.compile(r"[A-Z][a-z]+\s+[A-Z][a-z'’\-]+$")


def _as_person(who: str) -> str | None:
    """A post or person named as the actor ("Chief Supt Menon"), not a body ("Democratic Services", "OPCC")."""
    w = _LEAD_THE_LOW.sub("The ", who.strip(" ,"))
    if _ORG_WORDS.search(w) and not _POST_WORDS.search(w) or _ACRONYMS.fullmatch(w) or _SERVICES.search(w):
        return None
    return w if (_POST_WORDS.search(w) or _FORCE_RANK.search(w) or _NAME_END.search(w)) \
        else None


_REQUEST_WORD = re.compile(r"\brequest", re.I)


def _inline_label(ctx: Context, block: MeetingBlock, num: str | None, label_text: str, prev_sentence: str,
                  prev_line: int, line: int, title_org: str | None, bodies: _Bodies, actor: str | None,
                  last: Action | None) -> Action | None:
    """An "ACTION: …" label inside a paragraph. Naming an owner only, it gives the owner of the undertaking just
    before it, or, after a request ("The Commissioner asked for a breakdown …"), makes the request the action.
    Naming an action ("ACTION - OPCC / Force to provide …"), it is an action of its own."""
    if _owner_only(label_text):
        owner = _owner_name(label_text, bodies)
        if last is not None:
            last.locations.append(line)
            last.owner = owner or last.owner
            return last
        if prev_sentence and _QUESTION.search(prev_sentence) or _REQUEST_WORD.search(prev_sentence or ""):
            act = _minute_action(ctx, block, num, prev_line, prev_sentence + " Action: " + label_text.strip(),
                                 title_org, "strong", bodies, cue_text=prev_sentence, actor=actor)
            act.owner = owner or act.owner
            act.person = _as_person(clean(label_text).strip(" .")) or act.person
            return act
        return None
    text, owner_words, due = _label_fields(label_text)
    act = _minute_action(ctx, block, num, line, text, title_org, "strong", bodies, actor=actor, labelled=True)
    act.owner = act.owner or _owner_name(owner_words, bodies)
    if due:
        act.deadline, act.deadline_date = due, _deadline_date(due, block.date)
    if last is not None and _restates(text, last.text):
        last.locations.append(line)
        last.owner = act.owner if act.owner and labelled_subject(text) else last.owner or act.owner
        return last
    return act


def _label_fields(text: str) -> tuple[str, str | None, str | None]:
    """A labelled action's text without the fields after it, its owner's words and its due date's words."""
    hits = list(_LABEL_FIELD.finditer(text))
    if not hits or hits[0].start() < 10:
        return text, None, None
    owner = due = None
    for i, m in enumerate(hits):
        val = text[m.end():hits[i + 1].start() if i + 1 < len(hits) else len(text)].strip(" .;,()")
        lab = m["label"].lower()
        if lab.startswith(("owner", "lead", "responsible", "action by", "by whom")):
            owner = owner or val or None
        elif not lab.startswith("status"):
            due = due or val or None
    return text[:hits[0].start()].strip(" ;,("), owner, due


def labelled_subject(text: str) -> bool:
    """"OPCC to confirm…": a labelled action that names who is to act."""
    return bool(_LABEL_SUBJECT.match(text))


_LABEL_SUBJECT_TO = re.compile(r"^.{2,60}?\s+to\s+(?=[a-z])")


def _restates(label_text: str, text: str) -> bool:
    """An action line that says again, in its own words, the undertaking just above it: most of its content
    words (beyond who acts) are in the undertaking."""
    from ._text import word_set

    body = _LABEL_SUBJECT_TO.sub("", label_text)
    lw = {w for w in word_set(body) if len(w) > 2 and not w.isdigit()}
    if not lw:
        return False
    return len(lw & word_set(text)) / len(lw) >= 0.4


def _clause(text: str) -> str:
    """The clause of a sentence that holds the undertaking: "Ms Kaur asked about…; the Deputy Chief Constable
    undertook to…" → "the Deputy Chief Constable undertook to…"."""
    if ";" not in text:
        return text
    parts = text.split(";")
    for p in parts:
        if _STRONG.search(p) or _UNDERTAKING.search(p):
            return p.strip()
    return text


_VERB_START = re.compile(r"^(?:" + _VERBS + r")\s+[a-z]", re.I)
_WORD_THEN_LOWER = re.compile(r"^\S+\s+[a-z]")


def _owner_only(text: str) -> bool:
    """"ACTION: Chief Executive (OPCC)" names an owner only; "ACTION: OPCC to add …" is an action of its own."""
    t = clean(text).strip(" .")
    if _VERB_START.match(t) and _WORD_THEN_LOWER.match(t):
        return False  # "ACTION 1: Provide the Panel with the data." is an action, not an owner
    return bool(t) and len(t.split()) <= 8 and not _OWNER_ONLY_BAD.search(t)


_SPEAKER_NAME = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z'’\-]+$")


def _speaker(text: str, bodies: _Bodies) -> str | None:
    """The person or post a sentence reports as speaking or acting ("The Chief Constable said…"), when it names
    one the reader can place (a post, a named person, a body's officer)."""
    m = _SPEAKER.match(text)
    if not m:
        return None
    who = m["who"].strip(" ,")
    if _NOT_SPEAKER.match(who) or len(who.split()) > 7:
        return None
    if _POST_WORDS.search(who) or _SPEAKER_NAME.search(who) or bodies.owner_of(who):
        return who[:1].upper() + who[1:]
    return None


def _cue(text: str) -> str | None:
    """"strong" for an explicit undertaking, the intent kind for a reported intention, None otherwise."""
    low = fold(text)
    if not _cue_words(low) and not _LEAD_TO.match(text):
        return None  # none of the words an undertaking or an intention needs
    if _negated(text, low):
        return None
    if _strong(text, low):
        return "strong"
    # (a "would provide" match is always an _UNDERTAKING match too, so that search is not needed first)
    if ("would" in low or "will" in low) and _WOULD_VERB.search(text):
        subj = text.split(" would ")[0].split(" will ")[0]
        subj = _IT_WAS_THAT.sub("", subj.strip())
        if not _PRONOUN_START.match(subj):
            return "strong"
    m = _INTENT.search(text) if ("would" in low or "expected to be" in low or
                                 ("work" in low or "review" in low) and _PROGRESS_VERB.search(low)) else None
    if m:
        kind = next(k for k, v in m.groupdict().items() if v)
        if kind in ("passive", "future") and not _deadline(text) and not _TO_RECIPIENT.search(text):
            return None  # "would be available for…" with no time given is a benefit, not an undertaking
        return kind
    return None


def _minute_action(ctx: Context, block: MeetingBlock, num: str | None, line: int, text: str,
                   title_org: str | None, kind: str, bodies: _Bodies | None = None, cue_text: str | None = None,
                   actor: str | None = None, labelled: bool = False) -> Action:
    bodies = bodies or _Bodies()
    text = " ".join(text.split())
    cue_text = cue_text or text
    clause = _clause(cue_text)
    sm = _SUBJECT.match(clause)
    person = _person_of(sm)
    if person is None and _THE_CAPITAL.search(clause):
        person = _person(_THE_WORD.sub(lambda m: m.group(1) + "The", clause, count=1))
    if person is None:
        rp = _REPORTED_PRONOUN.match(cue_text)  # "The Commissioner said that he would write…"
        if rp and not _NOT_SPEAKER.match(rp["who"]):
            person = rp["who"][:1].upper() + rp["who"][1:]
        elif actor and _PRONOUN_SUBJ.match(cue_text):  # "He agreed to provide…": the speaker before
            person = actor
        elif _AND_UNDERTOOK.search(cue_text):  # "The Treasurer stated that …, and undertook to provide…"
            person = _speaker(cue_text, bodies)
    owner = None
    if labelled:  # "ACTION: OPCC to add …"
        lm = _LABEL_SUBJECT.match(cue_text)
        owner = bodies.owner_of(lm["s"]) or _owner_name(lm["s"]) if lm else None
    subject = _LEAD_THE.sub("", sm["who"].strip(" ,")) if sm else None
    if subject and kind == "passive" and _THE_FORCE.match(subject):
        subject = None  # "The police would be invited…": who is acted on, not who acts
    for ranks in (False, True):  # a rank alone ("the Borough Commander") yields to the item's organisation
        if owner is None and person:
            owner = bodies.owner_of(person, ranks)
        if owner is None and subject:
            owner = bodies.owner_of(subject, ranks)
        if owner is None and not ranks:
            owner = _subject_owner(cue_text, kind, title_org)
    if owner is None and kind == "passive" and actor:
        owner = bodies.owner_of(actor)  # "A written reply would be sent…" after "The Commissioner replied…"
    if owner is None and person:
        body = normalise_body(person)
        known = ctx.gazetteer.resolve(person) if not body and ctx.gazetteer is not None else None
        owner = body or (known.body if known else None)
    dl = _deadline(cue_text)
    deadline = dl.group(0) if dl else None
    status = _intent_status(kind, cue_text, deadline)
    return Action(
        prov=Provenance(ctx.doc.sha256, line, line, ctx.doc.page_of(line), "actions.minutes",
                        0.8 if kind == "strong" else 0.55),
        meeting_date=block.date, minute_item=num, text=text, owner=owner, person=person, status=status,
        status_code=status_code(status) if status else "open", deadline=deadline,
        deadline_date=_deadline_date(deadline, block.date))


_THE_CAPITAL = re.compile(r"(?:^|,\s+)the\s+[A-Z]")
_THE_WORD = re.compile(r"(^|,\s+)the\b")
_LABEL_SUBJECT = re.compile(r"^(?P<s>.{2,60}?)\s+to\s+[a-z]")
_LEAD_THE = re.compile(r"^(?:the\s+)", re.I)


def _intent_status(kind: str, text: str, deadline: str | None) -> str | None:
    """A reported intention's state in plain words, with the document's own words in brackets."""
    if kind not in ("progress", "looking", "passive", "future"):
        return None
    m = _INTENT.search(text)
    words = m.group(0) if m else None
    if kind == "progress":
        return f"in progress ({words})"
    if kind == "looking":
        return f"planned ({words})" if deadline else f"under consideration ({words})"
    if kind in ("passive", "future"):
        return f"planned ({words})"
    return None


_SUBJECT_VERB = re.compile(r"^(?:.*?\b(?:advised|informed|reported|said|stated|confirmed|explained|told)\s+"
                           r"(?:the\s+[\w\-]+\s+)?(?:that\s+)?)?(?P<s>.+?)\s+(?:would|will|were|was|is|are|undertook|"
                           r"agreed|promised|offered|expected)\b")
_THAT_THE = re.compile(r"^(?:that|the)\s+", re.I)
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_NOT_A_BODY = re.compile(r"\b(?:of the changes|draft)\b")


def _subject_owner(text: str, kind: str, title_org: str | None) -> str | None:
    """The body responsible: the sentence's subject when it names a body or a post of one, else the item's
    organisation (a guest's item such as "LONDON FIRE BRIGADE - UPDATE")."""
    subj = None
    m = _SUBJECT_VERB.match(text)
    if m:
        subj = m["s"].strip(" ,")
        subj = _THAT_THE.sub("", subj)
    if kind == "passive" or not subj:
        return title_org or (normalise_body(subj) if subj else None)
    acr = _ACRONYM.fullmatch(subj)
    if acr and title_org and "".join(w[0] for w in title_org.split() if w[0].isupper()) == subj:
        return title_org
    body = normalise_body(subj)
    if body:
        return body
    if _ORG_WORDS.search(subj) and len(subj.split()) <= 8 and not _NOT_A_BODY.search(subj):
        return subj[:1].upper() + subj[1:]
    if acr:
        return subj
    return title_org


_NOT_AN_ORG_TITLE = re.compile(r"\b(?:report|plan|minutes|performance|indicators|statistics|strategy|"
                               r"assessment)\b", re.I)


_TITLE_TAIL_WORD = re.compile(r"update|report|presentation|briefing|overview")  # one is in any _TITLE_TAIL match


def _title_org(title: str | None) -> str | None:
    """The organisation a minute item is about: "LONDON FIRE BRIGADE - UPDATE" → "London Fire Brigade"."""
    if not title:
        return None
    t = clean(title)
    if _TITLE_TAIL_WORD.search(fold(t)):
        t = _TITLE_TAIL.sub("", t)
    t = t.strip(" -–:")
    if not t or len(t.split()) > 9 or not _ORG_WORDS.search(t):
        return None
    if _NOT_AN_ORG_TITLE.search(t):
        return None
    if t.isupper():
        small = {"and", "of", "the", "for", "in", "on", "to"}
        t = " ".join(w.lower() if w.lower() in small and i else w.capitalize() for i, w in enumerate(t.split()))
    return t


def _find_twin(a: Action, items: list[Action]) -> Action | None:
    """A table action stating the same undertaking as ``a`` (most of the shorter text's words shared)."""
    from ._text import similarity

    best = None
    best_s = 0.0
    for b in items:
        if a.meeting_date and b.meeting_date and a.meeting_date != b.meeting_date:
            continue
        s = similarity(a.text, b.text)
        if s > best_s:
            best, best_s = b, s
    return best if best_s >= 0.7 else None
