"""Minute items: the numbered items of a set of minutes, with their title and outcome.

Headings are read from the lines ("5 Safeguarding… (Item 5)", "12 OPERATION HERCULES", "39/20 APOLOGIES FOR
ABSENCE", a number alone with the title on the next line), numbered upwards within one set of minutes (council
minutes continue the numbering of earlier meetings). The outcome is the decision the item records: "resolved" /
"unanimously resolved" when it has a resolution, else the verb of its closing decision ("The Sub-Committee noted
the report" → "noted"; "The minutes … were agreed and signed by the Chairman" → "agreed and signed"; a line
"Agreed.") or None when the item records no decision.
"""
from __future__ import annotations

import re

from ..records import MinuteItem, Provenance
from . import Context
from ._common import clean
from .meetings import _texts, minutes_blocks
from .resolutions import Decision, _cue_lines, _decisions_of, decisions, item_spans

KEY = "minute_items"

_BODY_VERB = re.compile(
    r"\b(?:the\s+)?(?:sub-committee|committee|panel|board|members|meeting|cabinet|council|group|forum|partnership)"
    r"\s+(?:(?:formally|unanimously|duly|then)\s+)?"
    r"(?P<v>noted|agreed|approved|endorsed|accepted|deferred|rejected|adopted|supported|confirmed|ratified)"
    r"\b(?!\s+(?:that|with|to\s+(?:write|ask|invite|receive|consider|provide|send|hold|look|request|seek)))", re.I)
_PASSIVE = re.compile(
    r"\b(?:minutes?|report|reports|recommendations?|proposals?|item|update|plan|budget|precept|notes?|"
    r"work programme|terms of reference|action (?:log|list|plan)|record)\b[^.]{0,160}?\b(?:were|was|be|been)\s+"
    r"(?:duly\s+|formally\s+|unanimously\s+)?(?P<v>(?:agreed|approved|confirmed)(?:\s+and\s+signed)?|"
    r"signed|noted|accepted|deferred|withdrawn|endorsed|adopted)\b", re.I)
_ALONE = re.compile(r"^\W*(?P<v>agreed|noted|approved|deferred|withdrawn|none|nil|no declarations)\W*$", re.I)
# every verb the three patterns above can give (a line with none of them states no decision)
_VERBS = ("noted", "agreed", "approved", "confirmed", "signed", "accepted", "deferred", "withdrawn", "endorsed",
          "adopted", "rejected", "supported", "ratified")


def extract(ctx: Context) -> list[MinuteItem]:
    """Every numbered item of every set of minutes in the document."""
    out: list[MinuteItem] = []
    lines = _texts(ctx)
    for block in minutes_blocks(ctx):
        for num, title, start, end in item_spans(block):
            if num is None:
                continue
            out.append(MinuteItem(
                prov=Provenance(ctx.doc.sha256, start, end, ctx.doc.page_of(start), "minute_items", 0.85),
                meeting_date=block.date, number=num, title=title,
                outcome=outcome(lines, start + 1, end, _decisions_of(ctx, lines, start + 1, end))))
    return out


def outcome(lines: list[str], start: int, end: int, res: list[Decision] | None = None) -> str | None:
    """The decision recorded between ``start`` and ``end``: the last one stated wins. ``res``: the
    :func:`decisions` of those lines, when the caller has them."""
    found: tuple[int, str] | None = None
    if res is None:
        res = decisions(lines, start, end)
    in_resolution: set[int] = set()
    if res:
        d = res[-1]
        said = _marker_verb(d)
        if said:  # "AGREED that …", "Decision: NOTED the …": the body's own verb is the outcome
            # several decisions each stated with its own verb ("a) NOTED …; b) AGREED …") → "noted; agreed"
            verbs = [_marker_verb(x) for x in res]
            if all(verbs):
                said = "; ".join(dict.fromkeys(v for v in verbs if v))
            found = (d.end or d.line, ("unanimously " if d.unanimous else "") + said)
        else:
            word = "unanimously resolved" if d.unanimous else "resolved"
            verbs = [v for x in res if x.marker_line == d.marker_line for v in _decision_verbs(x.text)]
            verbs = list(dict.fromkeys(verbs))
            found = (d.end or d.line, word + (": " + ", ".join(verbs) if verbs else ""))
        for x in res:
            in_resolution.update(range(x.marker_line, (x.end or x.line) + 1))
    # a decision stated on a later line wins, one above the resolution's last line cannot: the lines that may state
    # one (a verb in them), read from the end, down to there
    low_line = start if found is None else max(start, found[0])
    for j in reversed(_cue_lines(lines, low_line, end, _VERBS)):
        if j in in_resolution:
            continue
        c = clean(lines[j])
        if not c:
            continue
        verb = None
        m = _ALONE.match(c)
        if m and m["v"].lower() in ("agreed", "noted", "approved", "deferred", "withdrawn"):
            verb = m["v"].lower()
        else:
            hits = [x for x in _PASSIVE.finditer(c)] + [x for x in _BODY_VERB.finditer(c)]
            if hits:
                verb = " ".join(max(hits, key=lambda x: x.start())["v"].lower().split())
        if verb:
            return verb
    return found[1] if found else None


_BE_VERB = re.compile(r"\b(?:be|is|are)\s+(?:duly\s+|formally\s+)?(?P<v>noted|agreed|approved|adopted|endorsed|"
                      r"accepted|confirmed|signed|deferred|rejected|refused|granted|appointed|elected|supported)\b", re.I)
_BARE_VERB = re.compile(r"^(?:that\s+)?(?:the\s+\w+(?:-\w+)?\s+)?(?P<v>note[sd]?|agree[sd]?|approve[sd]?|endorse[sd]?|"
                        r"accept[sd]?|support[sd]?|recommend[sd]?|defer[sd]?)\b", re.I)


_SAID = re.compile(r"^(?P<v>NOTED|AGREED|APPROVED|ENDORSED|ACCEPTED|DEFERRED|REJECTED|SUPPORTED|RECOMMENDED)\b")
_PAST = {"note": "noted", "agree": "agreed", "approve": "approved", "endorse": "endorsed", "accept": "accepted",
         "support": "supported", "recommend": "recommended", "defer": "deferred"}


def _marker_verb(d) -> str | None:
    """The verb a decision is stated with: "AGREED that …" → "agreed"; "Decision: NOTED the …" → "noted"; "The Board
    APPROVED …" → "approved"."""
    if d.word not in ("resolved", "decision"):
        return d.word
    if d.word == "decision":
        m = _SAID.match(d.text)
        if m:
            return m["v"].lower()
    return None


# "be conveyed", "be brought": any participle after "be" in a resolution; "and that the Authority supports …"
_BE_ANY = re.compile(r"\bbe\s+(?:duly\s+|formally\s+)?(?P<v>[a-z]{3,}ed|brought|made|sent|given|taken|held|written|"
                     r"sought|kept|set)\b")
_THAT_VERB = re.compile(r"\b(?:and\s+)?that\s+the\s+(?:panel|committee|sub-committee|board|authority|council|cabinet|"
                        r"commission|meeting|members)\s+(?P<v>notes|agrees|approves|endorses|accepts|supports|"
                        r"recommends|defers)\b", re.I)


def _decision_verbs(text: str) -> list[str]:
    """The decision verbs of a resolution: "That the progress be noted and that the Authority supports the proposal"
    → ["noted", "supported"]; "(2) the support be conveyed to …" → ["conveyed"] (a participle only when no usual
    verb is there)."""
    first = _decision_verb(text)
    if first is None:  # no usual verb: the participle the resolution is stated with
        bm = _BE_ANY.search(text or "")
        first = bm["v"].lower() if bm else None
    found: list[tuple[int, str]] = []
    for m in _THAT_VERB.finditer(text or ""):
        v = m["v"].lower()
        found.append((m.start(), _PAST.get(v[:-1], v)))
    out = ([first] if first else []) + [v for _, v in sorted(found)]
    return list(dict.fromkeys(out))


def _decision_verb(text: str) -> str | None:
    """"That the report be noted." → "noted"; "That the Panel supports the precept" → "supported"."""
    m = _BE_VERB.search(text or "")
    if m:
        return m["v"].lower()
    m = _BARE_VERB.search(text or "")
    if not m:
        return None
    v = m["v"].lower()
    stem = v[:-1] if v.endswith("s") and v[:-1] in _PAST else v
    return _PAST.get(stem, v)
