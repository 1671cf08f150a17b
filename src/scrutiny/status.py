"""Map the words a document uses for the state of an action or request to a small vocabulary.

Vocabulary (see BRIEF.md §4): ``open`` | ``in_progress`` | ``answered`` | ``completed`` | ``overdue`` |
``withdrawn``. The document's own words are always kept beside the code; this module only classifies them.
"""
from __future__ import annotations

import re

from .casefold import fold

STATUS_CODES = ("open", "in_progress", "answered", "completed", "overdue", "withdrawn")

_NOT_DONE = re.compile(r"\bnot (?:yet |been |yet been )*(?:complete[d]?|done|achieved|implemented|"
                       r"delivered|actioned|provided|sent|resolved|met|received|started)\b", re.I)

# checked in order: the first rule whose pattern matches the START of the status text wins; then anywhere
_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("withdrawn", re.compile(r"\b(?:withdrawn|no longer (?:required|needed|relevant|applicable)|superseded|"
                             r"cancell?ed|not (?:to be )?pursued|dropped|removed from (?:the )?(?:list|log)|"
                             r"not accepted|rejected|declined|not required|deleted)\b", re.I)),
    ("overdue", re.compile(r"\b(?:overdue|past (?:its|the) deadline|late|chased|chaser sent|awaiting (?:a )?"
                           r"response (?:since|despite)|deadline (?:missed|passed))\b", re.I)),
    # a negated completion ("Not achieved", "not yet implemented") is not a completion
    ("open", _NOT_DONE),
    ("in_progress", re.compile(r"\b(?:not fully|partially|partly|(?:largely|substantially) (?:complete[d]?|"
                               r"implemented|achieved|met|done))\b", re.I)),
    ("completed", re.compile(r"\b(?:complete[d]?|done|closed|finished|achieved|actioned|implemented|delivered|"
                             r"discharged|resolved|fulfilled|signed off|circulated|provided|sent)\b", re.I)),
    ("answered", re.compile(r"\b(?:answered|response (?:received|attached|circulated|provided|sent|given)|"
                            r"responded|see (?:the )?(?:letter|response)|"
                            r"(?:letter|reply|response|information|briefing)\b.{0,60}\b(?:attached|appended|"
                            r"enclosed|received|at appendix))\b", re.I)),
    ("in_progress", re.compile(r"\b(?:in (?:progress|hand)|on-?going|under way|underway|progressing|being "
                               r"(?:progressed|considered|taken forward|prepared|drafted|reviewed)|partially|"
                               r"partly|started|in train|work(?:ing)? (?:is )?(?:continuing|under way)|"
                               r"work has (?:started|begun)|under review|"
                               r"no (?:disclosures|complaints|matters)(?: \w+)? to report|standing item|"
                               r"monitor(?:ed|ing)|were driving|is driving|are driving|driving a piece of work|"
                               r"on (?:track|target|schedule)|"
                               r"raised at)\b", re.I)),
    ("open", re.compile(r"\b(?:open|outstanding|pending|awaiting|awaited|incomplete|not yet|accepted|agreed|"
                        r"not (?:yet )?(?:started|complete[d]?|received)|to be sent|"
                        r"to be (?:confirmed|provided|arranged|scheduled)|tbc|planned|under consideration|"
                        r"would be looking|looking to|new|not started|requested)\b", re.I)),
]

# a status cell opening with one of these words is classified by it alone ("Completed. The letter … attached")
_LEADING: list[tuple[str, re.Pattern[str]]] = [
    ("open", re.compile(r"^\W*" + _NOT_DONE.pattern[2:], re.I)),
    ("withdrawn", re.compile(r"^\W*(?:not accepted|rejected|declined)\b", re.I)),
    ("completed", re.compile(r"^\W*(?:complete[d]?|done|closed|finished|achieved|actioned|implemented)\b", re.I)),
    ("in_progress", re.compile(r"^\W*(?:in progress|on-?going|under way|underway|progressing|partially|"
                               r"partly complete[d]?)\b", re.I)),
    ("answered", re.compile(r"^\W*(?:answered|response received|responded)\b", re.I)),
    ("overdue", re.compile(r"^\W*overdue\b", re.I)),
    ("withdrawn", re.compile(r"^\W*(?:withdrawn|superseded|cancell?ed|no longer required)\b", re.I)),
    ("open", re.compile(r"^\W*(?:open|outstanding|pending|awaiting|not started|new|planned|under consideration|"
                        r"to be (?:confirmed|provided|arranged))\b", re.I)),
]


# a RAG rating as the status ("AMBER", "Red - awaiting data", "G"): trackers' legends read green as complete (blue
# where green means on track), amber as in progress and red as overdue or at risk
_RAG = re.compile(r"^\W*(?P<rag>green|blue|amber|red|[GAR])\b(?=\s*(?:$|[-–—:;,(/]))", re.I)
_RAG_CODES = {"green": "completed", "blue": "completed", "amber": "in_progress", "red": "overdue",
              "g": "completed", "a": "in_progress", "r": "overdue"}


def classify_status(words: str | None) -> str | None:
    """The vocabulary code the document's status words name, or None when they name none ("See minute 5").

    "In progress" → in_progress; "Completed. The letter … is attached at Appendix 1." → completed; "Ongoing" →
    in_progress; "Awaiting response" → open; "Not achieved" → open; "Response received 3 May" → answered;
    "RED - awaiting data" → overdue. Extraction files unrecognised words as open (:func:`status_code`); tracking
    lets links and due dates decide them."""
    if not words or not words.strip():
        return None
    t = " ".join(words.split())
    rag = _RAG.match(t)
    if rag and (len(rag["rag"]) > 1 or len(t) == len(rag.group(0))):
        code = _RAG_CODES[fold(rag["rag"])]
        if code == "completed" and re.search(r"\bon (?:track|target|schedule)\b", t, re.I):
            return "in_progress"
        return code
    for code, rx in _LEADING:
        if rx.search(t):
            return code
    for code, rx in _RULES:
        if rx.search(t):
            return code
    return None


def status_code(words: str | None) -> str | None:
    """The vocabulary code for a status as the document wrote it (:func:`classify_status`), "open" for words it
    does not recognise, None when there are no words."""
    if not words or not words.strip():
        return None
    return classify_status(words) or "open"


def is_status_text(text: str) -> bool:
    """True when ``text`` opens with a status word (used to split a status cell into per-action parts)."""
    return any(rx.search(text or "") for _, rx in _LEADING)
