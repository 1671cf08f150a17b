"""Transcript speaker turns: one item per labelled turn, with the speaker resolved through the gazetteer.

A turn starts at a speaker label at the head of a line: "Jane Doe (Assistant Commissioner, MPS): …",
"Jane Doe AM (Chair): …", "Tom Smith AM: …", "Cllr Ann Lee: …", "The Chair: …", "Q12 Chair: …" or an upper-case
"JANE DOE: …". Unlabelled paragraphs continue the previous turn; bracketed editorial notes ("[Interruption]",
"[2019]") are not turns. A plain "Jane Doe: …" counts only once the same person has had a firmer label, or the
same label recurs, so that "Contact Officer: …" and similar fields are not taken for speakers. Labels come in
runs: a lone label outside a run of at least three is ignored. A label after a question number ("Q13  Ben Oduya:")
is firm.

The document's roster ("Members present: Dame A B (Chair); C D; …", "Present:", "Witnesses: Chief Constable E F,
…") resolves labels: "Chair:" becomes the member listed as chair, a short form ("Chief Constable Hale:",
"Professor Royce:") the full name listed, and a plain-name label of a listed person counts as attested.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from ..gazetteer import Gazetteer, clean_person_name, split_name_post
from ..records import Provenance, Turn
from . import Context

KEY = "turns"

_NAME_TOK = r"(?:Mc[A-Z][a-zA-Z'’\-]+|[A-Z][a-zA-Z'’\-]+|[A-Z]\.?|de|van|von|der|den|la|le|du|da|di|bin|al)"
_POST_NOMINALS = r"(?:AM|MP|MBE|OBE|CBE|KBE|DBE|QPM|KPM|JP|DL|QC|KC|MEP|BEM|CB|CVO|MSP|MS|MLA|PhD)"
_HONORIFICS = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|Cllr|Councillor|Rt\.? Hon\.?|Prof|Professor|" \
              r"Rev|Revd|Insp|Supt|Ch Supt|DCI|DI|DS|PC|Sgt|Commander|Chief Constable|Deputy Chief Constable|" \
              r"Assistant Chief Constable|Chief Superintendent|Superintendent|Chief Inspector|Inspector|" \
              r"Detective Chief Superintendent|Detective Superintendent|Detective Chief Inspector|Det Supt|" \
              r"Assistant Commissioner|Deputy Commissioner|Commissioner)"
_LABEL = re.compile(
    rf"^[\s*_]*(?:Q\s?\d{{1,4}}\s+)?(?P<label>(?P<hon>{_HONORIFICS}\.?\s+)?(?P<name>{_NAME_TOK}(?:\s+{_NAME_TOK}){{0,4}})"
    rf"(?P<post>(?:,?\s+{_POST_NOMINALS})*)\s*(?:\((?P<role>[^()]{{1,160}})\))?)[\s*_]*:[\s*_]*(?P<text>.*)$")
_Q_PREFIX = re.compile(r"^[\s*_]*Q\s?\d{1,4}\s+")
_POST_NOMINAL_RX = re.compile(rf"^{_POST_NOMINALS}$")
_ROLE_LABEL = re.compile(
    r"^[\s*_]*(?:Q\s?\d{1,4}\s+)?(?P<label>(?:The\s+)?(?P<role>Chair(?:man|person|woman)?|Deputy Chair(?:man)?|"
    r"Vice[- ]Chair(?:man)?|Mayor|Deputy Mayor|Clerk|Police and Crime Commissioner|Commissioner|Presiding Officer|"
    r"Speaker|Witness|Member))[\s*_]*:[\s*_]*(?P<text>.*)$", re.I)
_CAPS_LABEL = re.compile(r"^[\s*_]*(?P<label>(?P<name>[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+){1,3})"
                         r"(?:\s*\((?P<role>[^()]{1,160})\))?)\s*:\s*(?P<text>.*)$")
# "The Commissioner (Ms Rhys):", "Chief Constable (Mr Pryce):" — the post outside, the person in brackets
_POST_WORDS = re.compile(r"\b(?:commissioner|constable|chair(?:man|person|woman)?|chief|officer|director|executive|"
                         r"mayor|leader|superintendent|inspector|commander|clerk|treasurer|secretary|minister|head|"
                         r"manager|lead|deputy|assistant|pcc|opcc|cabinet member|portfolio holder)\b", re.I)
_POST_PERSON = re.compile(
    rf"^[\s*_]*(?:Q\s?\d{{1,4}}\s+)?(?P<label>(?P<the>The\s+)?(?P<post>[A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|and|of|for|"
    rf"the|&)){{0,6}})\s*\((?P<person>(?P<hon>{_HONORIFICS}\.?\s+)?{_NAME_TOK}(?:\s+{_NAME_TOK}){{0,3}})\))"
    rf"[\s*_]*:[\s*_]*(?P<text>.*)$")
_BRACKETED = re.compile(r"^\s*[\[(][^\])]*[\])]\s*$")
# a bracket after a name that is a reference, not a role: "(pages 3-5)", "(Item 4)", "(2019)"
_NOT_A_ROLE = re.compile(r"^\s*(?:pages?|item|appendix|part|section|para)\b|^\s*\d", re.I)
# first words of "Field: value" lines that are not speakers
_FIELD_WORDS = {
    "contact", "officer", "officers", "telephone", "tel", "email", "e-mail", "date", "time", "place", "venue",
    "subject", "report", "reports", "note", "notes", "source", "present", "apologies", "agenda", "item", "items",
    "minutes", "action", "actions", "recommendation", "recommendations", "resolved", "response", "question",
    "questions", "answer", "appendix", "title", "ward", "wards", "purpose", "summary", "key", "status", "owner",
    "deadline", "meeting", "members", "membership", "part", "section", "table", "figure", "chart", "page", "author",
    "lead", "background", "decision", "decisions", "outcome", "outcomes", "target", "measure", "indicator", "period",
    "priority", "theme", "objective", "risk", "risks", "issue", "issues", "update", "progress", "rag", "web",
    "website", "address", "fax", "mobile", "ref", "reference", "contacts", "attendees", "guests", "in", "attendance",
    "declarations", "interest", "interests", "declaration", "chief", "executive", "director", "head", "manager",
    "financial", "legal", "implications", "equalities", "equality", "exempt", "information", "classification",
    "committee", "panel", "board", "council", "borough", "total", "overall", "policy", "strategy", "plan",
}
_CAPS_STOP = {"NOTE", "NOTES", "SUBJECT", "DATE", "TIME", "PLACE", "AGENDA", "MINUTES", "ITEM", "PRESENT",
              "APOLOGIES", "RESOLVED", "RECOMMENDATION", "RECOMMENDATIONS", "PURPOSE", "SUMMARY", "BACKGROUND",
              "REPORT", "ACTION", "ACTIONS", "CONTACT", "APPENDIX", "PART", "SECTION", "TITLE", "WARD", "WARDS",
              "DECISION", "OUTCOME", "KEY", "LEAD", "STATUS", "AUTHOR", "PRIORITIES", "DELIVERY", "MEASURING",
              "COMMITMENTS", "SUCCESS", "AND", "OF", "THE", "FOR", "TO"}

MIN_RUN = 3
RUN_GAP = 120  # lines without a label that end a run


@dataclass
class Label:
    line: int
    label: str
    name: str | None  # a person's name, or None for a role-only label ("The Chair")
    role: str | None
    strength: int  # 2: firm (role in brackets, post-nominal, honorific, upper case or role label); 1: plain name


def _parse_label(text: str) -> Label | None:
    t = text.strip()
    # every form of label has a colon (tested first: it is the cheapest way to rule a line out)
    if ":" not in t or len(t) < 4 or _BRACKETED.match(t):
        return None
    m = _ROLE_LABEL.match(t)
    if m:
        return Label(0, m["label"].strip(), None, m["role"].strip().title(), 2)
    m = _POST_PERSON.match(t) if "(" in t else None
    if m and _POST_WORDS.search(m["post"]) and not _POST_WORDS.search(m["person"].replace(m["hon"] or "", "")) \
            and (m["hon"] or m["the"]) and len(m["text"]) >= 2:
        person = clean_person_name(m["person"]) or m["person"]
        return Label(0, m["label"].strip(), person, m["post"].strip(), 2)
    m = _CAPS_LABEL.match(t)
    if m and not any(x in _CAPS_STOP for x in m["name"].split()) and len(m["text"]) >= 2:
        name = " ".join(x.capitalize() for x in m["name"].split())
        return Label(0, m["label"].strip(), clean_person_name(name) or name,
                     m["role"].strip() if m["role"] else None, 2)
    m = _LABEL.match(t)
    if m:
        q_prefixed = bool(_Q_PREFIX.match(t))
        name = m["name"]
        toks = name.split()
        if any(x.lower() in _FIELD_WORDS for x in toks):
            return None
        post_in_name = bool(toks) and bool(_POST_NOMINAL_RX.match(toks[-1]))
        while toks and _POST_NOMINAL_RX.match(toks[-1]):
            toks = toks[:-1]
        firm = bool(m["role"] or m["post"].strip() or m["hon"] or post_in_name or q_prefixed)
        if len(toks) < 2 and not m["hon"]:
            return None
        if m["role"] and _NOT_A_ROLE.match(m["role"]):
            return None
        if len(m["text"]) < 2 and m["role"] is None and not m["post"].strip():
            return None
        role = m["role"].strip() if m["role"] else None
        label = m["label"].strip()
        return Label(0, label, clean_person_name(label) or name, role, 2 if firm else 1)
    return None


def _low_text(ctx: Context) -> tuple[str, list[int]]:
    """The document's lower-cased text (``ctx.lows`` joined by line breaks) and where each line starts in it, made
    once per document."""
    joined = getattr(ctx, "_turns_low_text", None)
    if joined is None:
        lows = ctx.lows[1:]
        joined = ctx._turns_low_text = ("\n".join(lows), list(accumulate([len(t) + 1 for t in lows], initial=0)))
    return joined


def low_lines(ctx: Context, words) -> set[int]:
    """Numbers of the lines whose lower-cased text (``ctx.lows``) has one of ``words`` (plain strings without a line
    break), found by a quick search for each word over the whole lower-cased text rather than line by line."""
    text, starts = _low_text(ctx)
    out: set[int] = set()
    for w in words:
        i = text.find(w)
        while i >= 0:
            number = bisect_right(starts, i)
            out.add(number)
            i = text.find(w, starts[number])  # on from the next line
    return out


# the characters that a case-blind pattern (re.I) matches to "i", "k" or "s" but str.lower() does not turn into
# them in place: a line where such a pattern matches has its words in the lower-cased text, or one of these
ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")  # İ ı ſ K


def odd_case_lines(ctx: Context) -> list[int]:
    """Numbers of the lines with an ODD_CASE character that keeps a case-blind match out of the lower-cased text
    (İ, ı, ſ: "K" is lowered to "k"). They are looked for only when the lower-cased text has what those become: most
    documents have none, and a text without such characters at all is ruled out at once."""
    text, _ = _low_text(ctx)
    if "\u0307" in text or "\u0131" in text or "\u017f" in text:  # İ is lowered to "i" and a combining dot
        return ctx.grep(ODD_CASE)
    return []


# ---------------------------------------------------------------------------------------------------------------
# the roster: who is present, who chairs, who gives evidence

_ROSTER_LABEL = re.compile(r"^[\s*_]*(?:(?:Committee\s+|Panel\s+|Board\s+)?Members?\s+present|Present|Witness(?:es)?|"
                           r"Members?\s+in\s+attendance)\b[\s*_]*[:\-–]?[\s*_]*(?P<rest>.*)$", re.I)
_PANEL_NUMERAL = re.compile(r"^\s*(?:[IVX]{1,4}|Panel\s+\d{1,2})\s*[:.)]\s+")
_CHAIR_MARK = re.compile(r"\((?:in\s+the\s+)?Chair(?:man|person|woman)?\)|,\s*Chair(?:man|person|woman)?\s*$", re.I)
_BARE_ROSTER_LINE = re.compile(r"^[\s*_]*[A-Za-z ]+[\s*_]*:?\s*$")
_MEMBER_WORD = re.compile(r"members?|present", re.I)
_LEAD_AND = re.compile(r"^\s*and\s+")
_WIDE_GAP = re.compile(r"\t+|\s{3,}")


@dataclass
class Roster:
    people: list[tuple[str, str | None]]  # (full name, post or role)
    chair: str | None


def _roster(ctx: Context) -> Roster:
    """People the document lists as present or as witnesses, with the chair."""
    texts = ctx.texts
    n = len(ctx.doc.lines)
    people: list[tuple[str, str | None]] = []
    chair = None
    # a roster label has "present", "witness" or "attendance" in any case: only those lines are read
    cands = low_lines(ctx, ("present", "witness", "attendance"))
    cands.update(odd_case_lines(ctx))
    for number in sorted(cands):
        t = texts[number]
        if len(t) > 400 or t.lstrip()[:1] not in "MPWmpw*_" or not t.strip() or ctx.is_noise(number):
            continue
        m = _ROSTER_LABEL.match(t)
        if not m:
            continue
        bare = not m["rest"].strip()
        if bare and not _BARE_ROSTER_LINE.match(t):
            continue
        chunks = [m["rest"].strip()] if not bare else []
        j, blanks = number + 1, 0
        while j <= n and j - number <= 30:
            u = texts[j].strip()
            if not u or ctx.is_noise(j):
                blanks += 1
                if chunks and blanks >= 1 or blanks >= 2:
                    break
                j += 1
                continue
            if not bare and _parse_label(u) is not None:
                break
            if bare and len(u) > 300:
                break
            chunks.append(u)
            j += 1
        member_list = bool(_MEMBER_WORD.search(t[:m.start("rest")]))
        sep = ";" if any(";" in c for c in chunks) else None
        items: list[str] = []
        if sep:  # one list run over several lines
            chunks = [" ".join(_PANEL_NUMERAL.sub("", c) for c in chunks)]
        for c in chunks:
            c = _PANEL_NUMERAL.sub("", c)
            items.extend(c.split(sep) if sep else _WIDE_GAP.split(c))
        for it in items:
            it = it.strip(" .;,")
            if it.lstrip().startswith("and"):
                it = _LEAD_AND.sub("", it)
            if not it or len(it) > 200:
                continue
            is_chair = _CHAIR_MARK.search(it) is not None
            role = "Chair" if is_chair else None
            it2 = (_CHAIR_MARK.sub("", it) if is_chair else it).strip(" ,")
            name, post = split_name_post(it2)
            words = name.split() if name else ()
            if not name or len(words) < 2 or len(words) > 4 or not all(w[:1].isupper() for w in words):
                continue
            people.append((name, role or post or ("Member" if member_list else None)))
            if is_chair and chair is None:
                chair = name
    return Roster(people, chair)


def _labels(ctx: Context) -> list[Label]:
    """Every speaker label in runs of turns, weak labels kept only where the speaker is otherwise attested."""
    found: list[Label] = []
    texts = ctx.texts
    for number in ctx.grep(":"):  # a label has a colon: only those lines are read
        t = texts[number]
        if ":" not in t[:220] or ctx.is_noise(number):
            continue
        lab = _parse_label(t[:400])
        if lab is not None:
            lab.line = number
            found.append(lab)
    if not found:
        return []
    firm_names = {lab.name.lower() for lab in found if lab.strength == 2 and lab.name}
    firm_names |= {name.lower() for name, _ in _roster_cached(ctx).people}
    firm_surnames = {n.split()[-1] for n in firm_names}
    counts: dict[str, int] = {}
    for lab in found:
        counts[lab.label] = counts.get(lab.label, 0) + 1
    kept = [lab for lab in found if lab.strength == 2 or
            (lab.name and (lab.name.lower() in firm_names or lab.name.lower().split()[-1] in firm_surnames
                           or counts[lab.label] >= 3))]
    # keep runs of labels (a transcript), not a lone "Name (Role): …" line in a report
    runs: list[list[Label]] = []
    for lab in kept:
        if runs and lab.line - runs[-1][-1].line <= RUN_GAP:
            runs[-1].append(lab)
        else:
            runs.append([lab])
    return [lab for run in runs if len(run) >= MIN_RUN and len({x.label for x in run}) >= 2 for lab in run]


def _roster_cached(ctx: Context) -> Roster:
    """:func:`_roster`, computed once per document (kept on the context)."""
    r = getattr(ctx, "_turns_roster", None)
    if r is None:
        r = ctx._turns_roster = _roster(ctx)
    return r


def find_turn_labels(ctx: Context) -> list[Label]:
    """The speaker labels of the document's transcripts (computed once per document, kept on the context)."""
    labels = getattr(ctx, "_turn_labels", None)
    if labels is None:
        labels = ctx._turn_labels = _labels(ctx)
    return labels


def transcript_spans(ctx: Context) -> list[tuple[int, int]]:
    """(first, last) line of each run of turns: the transcripts of the document."""
    spans: list[tuple[int, int]] = []
    n = len(ctx.doc.lines)
    texts = ctx.texts
    for lab in find_turn_labels(ctx):
        if spans and lab.line - spans[-1][1] <= RUN_GAP:
            spans[-1] = (spans[-1][0], lab.line)
        else:
            spans.append((lab.line, lab.line))
    out = []
    for a, b in spans:
        # the last turn runs on over its continuation paragraphs, to a run of blank lines or a blank page
        end, blanks = b, 0
        j = b + 1
        while j <= n and j - b <= 60:
            if ctx.is_noise(j) or not texts[j].strip():
                blanks += 1
                if blanks >= 3 or ctx.is_noise(j):
                    break
            else:
                blanks = 0
                end = j
            j += 1
        out.append((a, end))
    return out


def _add_person(gaz: Gazetteer, name: str, role: str | None, added: dict) -> object:
    """``gaz.add_person(name, role)``, not made again when the same call was made before and the gazetteer has gained
    nobody since (``added`` holds the earlier calls of this document). People are only ever added to a gazetteer,
    so the same size means the same people: the call would resolve to the same person and add nothing to it (its
    alias and post are there already)."""
    size = len(gaz.people)
    hit = added.get((name, role))
    if hit is not None and hit[0] == size:
        return hit[1]
    person = gaz.add_person(name, role)
    added[(name, role)] = (len(gaz.people), person)
    return person


_CHAIR_ONLY = re.compile(r"^(?:the\s+)?chair(?:man|person|woman)?$", re.I)
_LEAD_THE = re.compile(r"^the\s+", re.I)
_AM = re.compile(r"\bAM\b")
_MP = re.compile(r"\bMP\b")


def extract(ctx: Context) -> list[Turn]:
    """One item per speaker turn."""
    out: list[Turn] = []
    labels = find_turn_labels(ctx)
    if not labels:
        return out
    gaz = ctx.gazetteer
    roster = _roster_cached(ctx)
    # the roster's people, resolvable by surname ("Chief Constable Hale" → "Daniel Hale"). Their posts are kept here,
    # not in ``listed``: it is only asked to resolve names, which its people's posts have no part in (and storing a
    # post there costs a search for the bodies it names)
    listed = Gazetteer()
    posts: dict[str, str] = {}
    for name, post in roster.people:
        p = listed.add_person(name)
        if p is not None and post and p.name not in posts:
            posts[p.name] = post
    last_role: dict[str, str] = {}
    # a speaker's labels recur turn after turn: each distinct one is looked up once in this document
    listed_known: dict[str, object] = {}  # listed.resolve(label) (the roster's gazetteer does not change here)
    added: dict[tuple[str, str | None], tuple[int, object]] = {}  # for _add_person
    for lab in labels:
        speaker = lab.name
        role = lab.role
        if speaker is None and roster.chair and _CHAIR_ONLY.match(lab.label):
            speaker, role = roster.chair, "Chair"  # "Chair:" is the member listed as chair
        elif speaker:
            said = lab.name if lab.label.isupper() else lab.label
            if said in listed_known:
                known = listed_known[said]
            else:  # (nobody resolves against an empty roster)
                known = listed_known[said] = listed.resolve(said) if listed.people else None
            if known is not None:
                speaker = known.name
                role = role or posts.get(known.name)
        if speaker and gaz is not None:
            bracketed = "(" in lab.label and bool(lab.name) and lab.name in lab.label.split("(", 1)[1]
            person = _add_person(gaz, speaker if speaker != lab.name else
                                 (lab.name if lab.label.isupper() or bracketed else lab.label), role, added)
            if person is not None:
                speaker = person.name
        if speaker is None:
            speaker = lab.label.strip()
            if _LEAD_THE.match(speaker):
                speaker = speaker[4:].strip()
        if role is None:
            role = last_role.get(speaker)
            if role is None and "AM" in lab.label and _AM.search(lab.label):
                role = "Assembly Member"
            elif role is None and "MP" in lab.label and _MP.search(lab.label):
                role = "Member of Parliament"
        elif lab.name:
            last_role[speaker] = role
        prov = Provenance(ctx.doc.sha256, lab.line, lab.line, ctx.doc.page_of(lab.line), "turns",
                          0.9 if lab.strength == 2 else 0.7)
        out.append(Turn(prov=prov, speaker=speaker, role=role))
    return out
