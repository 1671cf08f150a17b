"""Recommendations: what a committee, board or review asks another body to do.

Forms recognised (in cover reports, report bodies, appendices, executive summaries and findings):

- a "Recommendation 3" heading (or "Recommendation 3: …", "R3 …") followed by its paragraph and sub-bullets;
- a list under a recommendations cue ("Recommendations", "DSVB Recommendations:", "… made the following
  recommendations:"): numbered, lettered or bulleted items, or "<body> to <do>" / "<body> should <do>" paragraphs;
- the earlier recommendations restated in an "Update on recommendations" section (see
  :mod:`.recommendation_updates`);
- a recommendation in prose: "we would recommend that this be addressed by the Borough Commanders", "the IPCC has
  recommended that …".

Procedural lines ("The Committee is recommended to note…", "That the Committee agrees its report") are decisions
asked of the meeting itself, not recommendations, and are skipped. A recommendation printed several times (cover
report, report body, appendix) is one record: copies are matched on number and wording, and every copy's lines go
into ``locations``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate

from ..gazetteer import BODY_ALIASES, normalise_body
from ..indicators.text import folds_plainly
from ..records import Provenance, Recommendation
from . import Context
from ._text import Block, clean_text, doc_blocks_paged, is_heading_block, split_sentences, word_set
from .recommendation_updates import block_index

KEY = "recommendations"
EXTRACTOR = "recommendations"

# "Recommendation 3", "Recommendation 3:", "Recommendation 3 – The Met should…", "R3."
_REC_HEADING = re.compile(r"^(?:recommendation|rec\.?)\s+(?P<num>R?\d{1,2}(?:\.\d{1,2})?[a-z]?|[A-Z]{2,3}\d{1,2}[a-z]?|[A-Z]|"
                          r"[ivx]{1,5})\b"
                          r"\s*(?:\((?:[^)]{0,30}\d{4}[^)]{0,30}|para(?:graph)?s?\.?\s*[^)]{1,20})\)\s*)?[:.–—-]?\s*(?P<rest>.*)$",
                          re.I)
# "Recommendations 9 and 10": one label over several recommendations restated together
_REC_HEADING_MANY = re.compile(r"^recommendations\s+(?P<nums>R?\d{1,2}[a-z]?(?:\s*(?:,|and|&)\s*R?\d{1,2}[a-z]?)+)\s*[:.–—-]?\s*"
                               r"(?P<rest>.*)$", re.I)
# the label of an answer that follows a restated recommendation ("Response:", "Government response:")
_ANSWER_LABEL = re.compile(r"^(?:(?:the\s+)?[\w'’&.-]+\s+){0,3}?(?:response|reply|update|progress|status)\s*(?::|[–—-]\s|$)",
                           re.I)
# a block that introduces a list of recommendations
_REC_CUE = re.compile(r"\brecommendations?\b", re.I)
_CUE_LEAD = re.compile(
    r"(?:^|\b)(?:(?:the )?(?:following|resulting|our|its|key|main|summary of|list of)\b.{0,60}\brecommendations?\b"
    r"|recommendations?\b.{0,60}\b(?:are|is|were) (?:as follows|proposed as follows|set out below|listed below|below)"
    r"|(?:has|have|had) made the following recommendations?"
    r"|^[\w&'’ -]{0,40}\brecommendations?\s*:?$)",
    re.I,
)
# a decision asked of the meeting itself, not a recommendation to another body
_MEETING = r"(?:the\s+)?(?:(?:sub[- ]?)?committee|panel|board|members?(?:\s+of\s+the\s+[\w&' -]{1,40}?)?|meeting|forum)"
_DECISION_VERB = (r"(?:note|notes|noted|agree|agrees|agreed|approve|approves|confirm|confirms|consider|considers|"
                  r"receive|receives|comment|comments|endorse|endorses|delegate|delegates|resolve|resolves|scrutinise|"
                  r"scrutinises|question|questions|put questions|decide|decides|be noted|be agreed|be approved|"
                  r"submit|submits|forward|forwards|refer|refers)")
_PROC_MEETING = re.compile(rf"^(?:that\s+)?{_MEETING}\b[^.]{{0,80}}?\b{_DECISION_VERB}\b", re.I)
_PROC_ASKED = re.compile(r"\b(?:is|are)\s+(?:recommended|asked|invited|requested)\s+to\b", re.I)
_PROC_BARE = re.compile(rf"^(?:to\s+)?(?:note|notes|agree|approve|confirm|endorse|receive|comment on)\b", re.I)
_PROC_EXEC = re.compile(r"^(?:that\s+)?(?:the\s+)?(?:cabinet|council|executive|assembly|authority|commissioner|"
                        r"mayor)\b[^.]{0,40}?\b(?:note|notes|agree|agrees|approve|approves|endorse|endorses|receive|"
                        r"receives)\b[^.]{0,30}?\b(?:report|minutes|update|contents?|recommendations|progress)\b", re.I)
# "That the report be noted", "That the update and its appendices be received"
_PROC_PASSIVE = re.compile(r"^(?:that\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:report|minutes|update|contents?|information|"
                           r"progress|position|appendix|appendices)\b[^.]{0,60}?\bbe\s+(?:noted|agreed|approved|received|"
                           r"accepted|endorsed|considered)\b", re.I)
_REC_TO_OTHER = re.compile(rf"^(?:that\s+)?{_MEETING}\b[^.]{{0,60}}?\b(?:recommends?|requests?|asks|calls on|urges?)\b",
                           re.I)


def is_procedural(text: str) -> bool:
    """A decision asked of the meeting itself ("That the Committee notes the report", "The Committee is
    recommended to agree…"), as opposed to a recommendation to another body."""
    t = clean_text(text)
    if _REC_TO_OTHER.search(t):
        return False
    return bool((_may_be_asked(t) and _PROC_ASKED.search(t)) or _PROC_MEETING.search(t) or _PROC_BARE.search(t)
                or _PROC_EXEC.search(t) or (_may_be_passive(t) and _PROC_PASSIVE.search(t)))


def _may_be_passive(t: str) -> bool:
    """Whether :data:`_PROC_PASSIVE` can match: it names a report (or minutes, update…) and says "be" (see
    ``folds_plainly``)."""
    if not t.isascii() and not folds_plainly(t):
        return True
    low = t.lower()
    return "be" in low and ("report" in low or "minutes" in low or "update" in low or "content" in low
                            or "information" in low or "progress" in low or "position" in low or "appendi" in low)


def _may_be_asked(t: str) -> bool:
    """Whether :data:`_PROC_ASKED` can match: each form holds one of its four verbs (see ``folds_plainly``)."""
    if not t.isascii() and not folds_plainly(t):
        return True
    low = t.lower()
    return "recommended" in low or "asked" in low or "invited" in low or "requested" in low


# (its colon comes within 146 characters: 1 + 60 + a bracket of 83 + a space)
_TRANSCRIPT_TURN = re.compile(r"^[A-Z][\w.'’\- ]{2,60}(?:\s\([^)]{1,80}\))?\s?:\s")
_SUBJECT_LINE = re.compile(r"^\s*(?:subject|report title|title of report|title)\s*:\s*(?P<t>.+?)\s*$", re.I)
# "X to ensure …", "X should …", "X must …", "X needs to …", "X review their …"
_ADDRESSEE = re.compile(
    r"^(?:that\s+)?(?P<subj>(?:the\s+)?[A-Z0-9][\w&'’./-]*(?:,?\s+(?:and\s+|&\s+|of\s+|for\s+|the\s+)*"
    r"[A-Z0-9][\w&'’./-]*){0,9}(?:\s+[a-z][\w-]*){0,3}?)"
    r"\s+(?:should|must|needs?\s+to|to|are\s+to|is\s+to|will\s+need\s+to|review|ensure|consider|develop|work)\b"
)
_SHOULD = re.compile(
    r"(?P<subj>\b(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:and\s+|of\s+|the\s+)*[A-Z][\w&'’.-]*){0,6})\s+"
    r"(?:should|must|needs?\s+to|is\s+asked\s+to|are\s+asked\s+to)\b"
)
_RECOMMEND_THAT = re.compile(
    r"\brecommend(?:s|ed)?\s+that\s+(?P<subj>(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:and\s+|of\s+|for\s+|the\s+)*"
    r"[A-Z][\w&'’.-]*){0,6})\b"
)
_ROLE_NOUN = re.compile(r"\b(?:police|constabulary|cabinet|commission|managers?|officers?|commanders?|units?|teams?|boroughs?|councils?|partnerships?|"
                        r"boards?|services?|directorates?|commands?|forces?|authorit(?:y|ies)|leads?|chiefs?|"
                        r"commissioners?|agencies|partners|government|ministers?|department|trusts?|groups?|"
                        r"treasury|office|ministry|college|inspectorate|executive|constables|courts?|prisons?|schools|"
                        r"hospitals)$", re.I)


def _role_noun(text: str) -> re.Match | None:
    """``_ROLE_NOUN.search(text)``: the pattern ends at the text's end and its longest noun has 13 letters, so the
    search starts 32 characters from the end (a word boundary there still sees the character before)."""
    return _ROLE_NOUN.search(text, max(0, len(text) - 32))


# a subject in lower case: "chief constables should…", "By 2027, all forces should…", "local authorities to…"
_LOWER_SUBJECT = re.compile(
    r"^(?:[A-Z][^,]{0,60},\s*)?(?:[Tt]he\s+)?(?P<subj>(?:[Aa]ll\s+|[Ee]very\s+|[Ee]ach\s+)?(?:[a-z]+\s+){0,3}?(?:chief\s+constables?|"
    r"(?:police\s+)?forces?|local\s+authorit(?:y|ies)|councils?|commissioners?|partnerships?|(?:community\s+safety\s+)?partners|"
    r"health\s+boards?|trusts?|police|(?:[a-z]+\s+){0,3}?(?:teams?|services?|units?|agenc(?:y|ies)|providers?|schools?|"
    r"officers|managers|leads)))\s+(?:should|must|needs?\s+to|to)\b")
_NOT_SUBJECT = {"this", "that", "these", "there", "it", "they", "we", "i", "he", "she", "which", "who", "as",
                "in", "to", "for", "while", "where", "when", "however", "although", "relating", "given"}
# a recommendation in prose (a word's letters are taken whole, "*+": giving some back leaves no space to go on)
_PROSE = re.compile(
    r"\b(?P<who>we|i|(?:the\s+)?(?:[A-Z][\w&'’-]*+\s+){0,5}(?:committee|panel|board|review|group|inquiry|"
    r"sub-committee)|(?:the\s+)?[A-Z]{2,}+[\w]*+)\s+(?:would\s+|also\s+|therefore\s+|strongly\s+|further\s+)*"
    r"(?:recommends?|recommended|(?:has|have|had)\s+recommended)\s+(?:to\s+(?P<to>[^,.;]{2,60}?)\s+)?that\b",
    re.I,
)
# "The Board is concerned that … and therefore recommends that …": the recommending body is the sentence's subject
_PROSE_AND = re.compile(
    r"^(?P<who>we|i|(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){0,5}(?:committee|panel|board|review|group|inquiry|"
    r"sub-committee))\b[^.;]{3,300}?(?:,\s*|\s)(?:and|so)\s+(?:would\s+|also\s+|therefore\s+|strongly\s+|further\s+)*"
    r"recommends?\s+(?:to\s+(?P<to>[^,.;]{2,60}?)\s+)?that\b",
    re.I,
)
# "… (Recommendation R1)": the number of a recommendation stated again in prose
_REC_REF = re.compile(r"\((?:see\s+)?recommendation\s+(?P<num>R?\d{1,2}[a-z]?)\)\s*\.?\s*$", re.I)
_BY_WHOM = re.compile(r"\b(?:addressed|taken forward|led|considered|reviewed|done|carried out)\s+by\s+"
                      r"(?P<who>(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w&'’-]*){0,5})")
# a status or progress sentence inside a list item ("Statistics now published on the website.")
_STATUS_SENTENCE = re.compile(r"\b(?:now|already|currently)\s+(?:being\s+|been\s+)?\w+ed\b|\b(?:has|have) been\b|"
                              r"\b(?:is|are) being\b|\bcompleted\b|\bin place\b", re.I)
_COMMITTEE_BODIES = {"London Assembly", "Police and Crime Panel"}


@dataclass
class _Copy:
    number: str | None
    text: str
    lines: list[int]  # the lines of this copy (heading and text)
    report: str | None
    addressee: str | None
    confidence: float = 0.8
    block: int = -1  # the index of the block it was read from, where known


def extract(ctx: Context) -> list[Recommendation]:
    """Every recommendation in the document, one record per recommendation with its copies' lines."""
    blocks = doc_blocks_paged(ctx)
    reports = _ReportTitles(ctx, blocks)
    used: set[int] = set()  # indexes of blocks already read as (part of) a recommendation
    copies: list[_Copy] = []

    from .recommendation_updates import table_recommendations, update_sections

    for sec in update_sections(ctx):
        for item in sec.items:
            copies.append(_Copy(item.number, item.text, [item.line], sec.report or reports.at(item.line),
                                addressee_of(item.text) or sec.addressee, 0.8))
        used.update(range(sec.first_block, sec.last_block + 1))
    rows = table_recommendations(ctx)
    if rows:
        # the rows of a recommendations table (a monitor or an implementation plan)
        starts = block_index(ctx, blocks).first_lines  # (each block's first line, made once per document)
        for r in rows:
            if is_procedural(r.text):
                continue
            # an "Addressed to" column names the addressee; a "Lead" column only where the text names none
            to = (_clean_addressee(r.addressee) or r.addressee) if r.addressee else None
            first = to if r.addressed else None
            copies.append(_Copy(r.number, r.text, [r.line], _table_report(r.title) or reports.at(r.line),
                                first or addressee_of(r.text) or to or _default_addressee(ctx, r.line), 0.85))
            used.update(range(bisect_left(starts, r.line), bisect_right(starts, r.end)))

    found, sec_used, bold_doc = _conclusions_sections(ctx, blocks, reports)
    copies.extend(found)
    used.update(sec_used)
    if bold_doc:
        copies.extend(_bold_in_body(ctx, blocks, used, reports))

    # the blocks the tests below can pass (the loop skips the others): a heading opens with "rec", a cue names
    # "recommendation" (see _is_cue)
    idx = block_index(ctx, blocks)
    cands = sorted(set(idx.starting("rec")).union(idx.holding("ecommendation"), idx.risky))
    i = 0
    while True:
        k = bisect_left(cands, i)
        if k == len(cands):
            break
        i = cands[k]
        if i in used:
            i += 1
            continue
        b = blocks[i]
        # both headings open with "rec" (in any case): the regexes run only then
        rec = b.kind in ("heading", "para") and b.text[:3].lower() == "rec"
        mm = _REC_HEADING_MANY.match(b.text) if rec and len(b.text) < 60 else None
        if mm and not mm.group("rest").strip():
            j, found = _read_many(ctx, blocks, i, mm, reports)
            if found:
                copies.extend(found)
                used.update(range(i, j))
                i = j
                continue
        m = _REC_HEADING.match(b.text) if rec else None
        if m and not _is_contents_line(b.text):
            j, copy = _read_numbered(ctx, blocks, i, m, reports)
            if copy is not None:
                copies.append(copy)
                used.update(range(i, j))
                i = j
                continue
        if _is_cue(b) and not _contents_entry(blocks, i):
            j, found = _read_list(ctx, blocks, i, reports, used)
            if found:
                copies.extend(found)
                used.update(range(i, j))
                i = j
                continue
        i += 1

    copies.extend(_prose(ctx, blocks, used, reports))
    force = None
    for c in copies:
        if c.addressee and _THE_FORCE.match(c.addressee):
            force = force or _doc_force(ctx) or "-"
            if force != "-":
                m = _THE_FORCE.match(c.addressee)
                c.addressee = (f"Chief Constable of {force}" if m.group("cc") else force) + (m.group("rest") or "")
    return _merge(ctx, copies)


# "the force", "Force, with the integrated care board", "the chief constable": the force the document is about
_THE_FORCE = re.compile(r"^(?:the\s+)?(?:(?P<cc>chief\s+constable)|force)(?P<rest>,\s.*)?$", re.I)
_FORCE_NAME = re.compile(r"\b(?P<n>(?:[A-Z][a-z]+(?:[- ](?:and\s+)?[A-Z][a-z]+)?)\s+(?:Constabulary|Police(?:\s+Service)?))\b"
                         r"(?!\s+(?:and\s+(?:Crime|Fire)|Federation|Authority|Panel|Board|Commissioner|Station))")
_NOT_FORCE_WORD = {"The", "National", "Local", "British", "Transport", "Military", "Civil", "Home", "Royal", "Our",
                   "Their", "Your", "Every", "Each", "All", "Other", "Neighbouring", "Metropolitan", "Chief", "Joint"}


def _doc_force(ctx: Context) -> str | None:
    """The police force the document names most ("Westmarch Constabulary", "Eastmere Police")."""
    counts: Counter[str] = Counter()
    for ln in ctx.doc.lines[:400]:
        t = ln.text
        if "Police" not in t and "Constabulary" not in t:
            continue
        for m in _FORCE_NAME.finditer(t):
            n = m.group("n")
            if n.split()[0] not in _NOT_FORCE_WORD:
                counts[n] += 1
    if not counts:
        return None
    return counts.most_common(1)[0][0]


# --- reading the forms ---------------------------------------------------------------------------------------------

def _read_numbered(ctx: Context, blocks: list[Block], i: int, m: re.Match | None, reports: "_ReportTitles"):
    """A "Recommendation N" heading: its text is the rest of the line or the next paragraph, with its bullets.
    ``m`` is a match of :data:`_REC_HEADING`, or None for a "Recommendations 9 and 10" heading (see
    :func:`_read_many`)."""
    head = blocks[i]
    number = _plain_number(m.group("num"))
    parts: list[str] = []
    lines = [head.start]
    rest = m.group("rest").strip()
    j = i + 1
    if rest and len(rest.split()) >= 4:
        parts.append(rest)
    else:
        j, body, first = _text_after(ctx, blocks, i + 1)
        if not body:
            return i + 1, None
        parts.append(body)
        lines.append(first)
    # sub-points: bullets straight after, and lettered items
    while j < len(blocks):
        nb = blocks[j]
        if nb.kind == "note":
            j += 1
            continue
        if nb.kind == "bullet" and not _dotted_number(nb.marker) and not _REC_HEADING.match(nb.text):
            parts.append(nb.text)
            j += 1
            continue
        break
    text = _join(parts)
    if is_procedural(text):
        return j, None
    return j, _Copy(number, text, lines, reports.at(head.start), addressee_of(text) or _default_addressee(ctx, head.start),
                    0.9)


def _read_many(ctx: Context, blocks: list[Block], i: int, m: re.Match, reports: "_ReportTitles"):
    """"Recommendations 9 and 10" then their texts in one paragraph: one sentence each when the counts agree,
    else one record under the first number."""
    numbers = [_plain_number(n) for n in re.findall(r"R?\d{1,2}[a-z]?", m.group("nums"))]
    j, body, first = _text_after(ctx, blocks, i + 1)
    if not body or is_procedural(body):
        return i + 1, []
    report = reports.at(blocks[i].start)
    # one paragraph each: "Recommendations 4 and 5" then two paragraphs, before the answer
    paras = [(body, first)]
    k = j
    while len(paras) < len(numbers):
        k2, more, line = _text_after(ctx, blocks, k)
        if not more or is_procedural(more) or not _REC_CUE_WORD.search(more):
            break
        paras.append((more, line))
        k = k2
    if len(paras) == len(numbers) > 1 and all(_REC_CUE_WORD.search(t) for t, _ in paras):
        return k, [_Copy(n, t, [ln], report, addressee_of(t) or _default_addressee(ctx, ln), 0.8)
                   for n, (t, ln) in zip(numbers, paras)]
    sents = [x for b in blocks[i + 1:j] if b.kind != "note" for x in split_sentences(b)]
    if len(sents) == len(numbers) and all(_REC_CUE_WORD.search(x.text) for x in sents):
        return j, [_Copy(n, x.text, [x.line], report, addressee_of(x.text) or _default_addressee(ctx, x.line), 0.8)
                   for n, x in zip(numbers, sents)]
    return j, [_Copy(numbers[0], body, [blocks[i].start, first], report,
                     addressee_of(body) or _default_addressee(ctx, first), 0.8)]


_REC_CUE_WORD = re.compile(r"\b(?:should|must|recommends?|needs? to|ought to|urges?|calls? on)\b", re.I)


def _text_after(ctx: Context, blocks: list[Block], j: int) -> tuple[int, str, int]:
    """The paragraph after a recommendation's heading: (index after it, its text, its first line). A paragraph
    broken without a blank line (PDF text, or a first line that reads as a heading) goes on in the next block."""
    while j < len(blocks) and blocks[j].kind == "note":
        j += 1
    if j >= len(blocks):
        return j, "", 0
    b = blocks[j]
    if _REC_HEADING.match(b.text) or _ANSWER_LABEL.match(b.text) or b.kind == "bullet":
        return j, "", 0
    if b.kind == "heading" and not (j + 1 < len(blocks) and _wraps_into(blocks[j], blocks[j + 1])):
        return j, "", 0
    if b.kind not in ("para", "heading"):
        return j, "", 0
    parts = [b.text]
    first = b.start
    j += 1
    while j < len(blocks) and _wraps_into(blocks[j - 1], blocks[j]):
        parts.append(blocks[j].text)
        j += 1
    return j, _join(parts), first


def _wraps_into(prev: Block, nxt: Block) -> bool:
    """``nxt`` carries on the paragraph ``prev`` (the next line, not a new recommendation, answer or heading)."""
    if nxt.kind not in ("para", "heading") or nxt.start != prev.end + 1:
        return False
    if _REC_HEADING.match(nxt.text) or _ANSWER_LABEL.match(nxt.text):
        return False
    if nxt.kind == "heading" and prev.text.rstrip().endswith((".", ":", "?", "!")):
        return False
    return prev.kind == "para" or not prev.text.rstrip().endswith((".", ":", "?", "!"))


def _marker_style(b: Block) -> str:
    """"R" for "R3", "9" for "3", "a" for "a" or "iv", "-" for a symbol."""
    mk = b.marker or ""
    if not b.numbered:
        return "-"
    if mk[:1] in "Rr" and mk[1:].isdigit():
        return "R"
    return "9" if mk.isdigit() else "a"


def _plain_number(num: str) -> str:
    """A recommendation's number without its "R" ("R3" → "3"), as the seed annotations write it."""
    return num[1:] if len(num) > 1 and num[0] in "Rr" and num[1:2].isdigit() else num


# a heading about recommendations rather than over a list of them: "Monitoring the Panel's Recommendations",
# "Agenda Item 8 - Progress on Recommendations", "Areas for improvement and recommendations"
_NOT_A_CUE = re.compile(r"\b(?:monitor(?:ing)?|progress|update|updates|implementation|tracker|tracking|follow[- ]?up|"
                        r"response|responses)\b[^.]{0,60}\brecommendations?\s*:?\s*$|^(?:agenda\s+)?item\s+\d", re.I)
_NOT_AN_ITEM = re.compile(r"^(?:(?:january|february|march|april|may|june|july|august|september|october|november|"
                          r"december)\s+\d{4}\b|(?:this|the purpose of this)\s+(?:report|paper|note)\b|"
                          r"areas?\s+for\s+improvement\b)", re.I)


_CUE_HEADING = re.compile(r"recommendations?(?:\s+and\s+(?:conclusions|findings))?\s*:?\s*$", re.I)


def _may_not_be_cue(t: str) -> bool:
    """Whether :data:`_NOT_A_CUE` can match: a heading that opens "item" or "agenda", or one that ends with
    "recommendation(s)" (and maybe a colon) and names monitoring, progress, an update… (see ``folds_plainly``)."""
    if not t.isascii() and not folds_plainly(t):
        return True
    low = t.lower()
    if low.startswith(("item", "agenda")):
        return True
    end = low.rstrip()
    end = end[:-1].rstrip() if end.endswith(":") else end
    return end.endswith(("recommendation", "recommendations")) and (
        "monitor" in low or "progress" in low or "update" in low or "implementation" in low or "track" in low
        or "follow" in low or "response" in low)


def _is_cue(b: Block) -> bool:
    if "ecommendation" not in b.text.lower() and folds_plainly(b.text):
        return False  # (the lower case finds every word _REC_CUE would)
    if not _REC_CUE.search(b.text) or _is_contents_line(b.text):
        return False
    t = b.text.strip()
    if _may_not_be_cue(t) and _NOT_A_CUE.search(t):
        return False
    if b.kind == "heading" or (b.kind == "bullet" and b.numbered and len(t.split()) <= 8 and not t.endswith(".")):
        return bool(_CUE_HEADING.search(t)) and \
            len(t.split()) <= 8
    return t.endswith(":") and bool(_CUE_LEAD.search(t))


def _contents_entry(blocks: list[Block], i: int) -> bool:
    """A numbered section title in a contents list or a run of section headings ("2. Executive summary and
    recommendations" between "1. Foreword" and "3. The data"), not a lead-in to recommendations."""
    b = blocks[i]
    if b.kind != "bullet" or not b.numbered or not (b.marker or "").isdigit():
        return False
    n = int(b.marker)
    for k in (i - 1, i + 1):
        if 0 <= k < len(blocks):
            o = blocks[k]
            if o.kind == "bullet" and (o.marker or "").isdigit() and abs(int(o.marker) - n) == 1 and \
                    (int(o.marker) - n) == (k - i) and len(o.text.split()) <= 10:
                return True
    return False


def _read_list(ctx: Context, blocks: list[Block], i: int, reports: "_ReportTitles", used: set[int]):
    """The items after a recommendations cue, up to the first block that is not one."""
    cue = blocks[i]
    lead_text = cue.text
    procedural = is_procedural(lead_text) or bool(re.search(r"\bthat\s+(?:members|the\s+[\w-]*\s*committee)\b",
                                                             lead_text, re.I))
    default = _addressee_in_lead(lead_text) or _default_addressee(ctx, cue.start)
    report = _recommender(blocks, i) or reports.at(cue.start)
    out: list[_Copy] = []
    j = i + 1
    bold_items: bool | None = None
    numbered_seen = False
    sub_open = False  # the item before is taking sub-points
    while j < len(blocks):
        b = blocks[j]
        if j in used:
            break
        if b.kind == "note" or (out and _is_para_ref(b.text)):
            j += 1  # a footnote, or the report paragraph an item comes from ("(Paragraph 40)") on its own line
            continue
        if out and out[-1].block >= 0 and _ANSWER_LABEL.match(b.text):
            # the answer given to the item before ("Government response", "Response: …"): the list goes on at the
            # next item in the same numbering
            k = _next_item(blocks, j, blocks[out[-1].block])
            if k is None:
                break
            j = k
            continue
        if b.kind == "heading" or _REC_HEADING.match(b.text) or _dotted_number(b.marker):
            break
        if b.kind == "bullet" and out and out[0].block >= 0 and is_heading_block(b) and (
                _marker_style(b) != _marker_style(blocks[out[0].block]) or b.text.upper() == b.text):
            break  # the next numbered section ("3. THE DATA") after a list of "R1"-style items
        if b.kind == "bullet" and _NOT_AN_ITEM.match(b.text):
            break  # a date line ("25 September 2025") or the report's own first paragraph, not an item
        if b.kind == "bullet":
            if bold_items is None:
                bold_items = b.bold
            elif b.bold and not bold_items:
                break  # the next bold question of a letter, not another recommendation
            sub = out and numbered_seen and _list_number(b) is None and (
                b.numbered or out[-1].text.rstrip().endswith(":") or sub_open)
            if sub:
                # a lettered or bulleted sub-point of the numbered recommendation before it
                prev = out[-1]
                prev.text = _join([prev.text, b.text])
                sub_open = True
                j += 1
                continue
            sub_open = False
            text = _drop_status(b.text)
            if text is None:
                j += 1
                continue
            number = _list_number(b)
            if number is None and not numbered_seen and (not out or out[0].block < 0 or
                                                         _marker_style(blocks[out[0].block]) == "a"):
                number = _list_letter(b)  # a lettered list: "(a)" → "a"
            numbered_seen = numbered_seen or (number is not None and number.isdigit())
            out.append(_Copy(number, text, [b.start], report, addressee_of(text) or default, 0.8, block=j))
            j += 1
            continue
        # the item's text wrapped onto a line that did not join it ("R2 The Commissioner should extend the Early
        # Advice" / "Service for…")
        if out and b.start == blocks[j - 1].end + 1 and b.kind in ("para", "heading") and blocks[j - 1].kind == "bullet" \
                and not blocks[j - 1].text.rstrip().endswith((".", ":", ";", "?", "!")):
            out[-1].text = _join([out[-1].text, b.text])
            j += 1
            continue
        # a paragraph: only one that reads as a recommendation ("MPS to ensure…", "Review the…")
        if not _rec_like(b.text):
            break
        out.append(_Copy(None, b.text, [b.start], report, addressee_of(b.text) or default, 0.7))
        j += 1
    if procedural or any(is_procedural(c.text) for c in out[:1]):
        return j, []
    _infer_numbers(out)
    return j, out


def _next_item(blocks: list[Block], j: int, item: Block, reach: int = 12) -> int | None:
    """The index of the next list item after ``item`` (same marker style, the next number or letter) within
    ``reach`` blocks of ``j``, past the answer between them; None when the list does not go on."""
    want = _successor(item.marker or "")
    if want is None:
        return None
    for k in range(j + 1, min(len(blocks), j + reach)):
        b = blocks[k]
        if b.kind == "bullet" and b.numbered and _marker_style(b) == _marker_style(item) and \
                (b.marker or "").strip("().").lower() == want:
            return k
        if b.kind == "heading" and not _ANSWER_LABEL.match(b.text) and len(b.text.split()) <= 8 and \
                not _is_para_ref(b.text):
            return None  # a new section
    return None


def _successor(marker: str) -> str | None:
    """"3" → "4", "a" → "b", "R3" → "r4"."""
    m = marker.strip("().").lower()
    if m.isdigit():
        return str(int(m) + 1)
    if len(m) == 1 and "a" <= m < "z":
        return chr(ord(m) + 1)
    if m[:1] == "r" and m[1:].isdigit():
        return f"r{int(m[1:]) + 1}"
    return None


_MADE_BY = re.compile(
    r"^(?P<who>(?:the\s+)?[\w&'’ -]{2,80}?)\s+(?:has|have|had)\s+(?:made|put forward|set out)\s+(?:the\s+following|these|"
    r"\w+)\s+recommendations|\brecommendations\s+(?:made|put forward)\s+by\s+(?P<by>(?:the\s+)?[A-Z][^:,.;]{2,80})",
    re.I,
)


def _recommender(blocks: list[Block], i: int) -> str | None:
    """The body that made the recommendations a lead line introduces ("The group has made the following
    recommendations:"), resolved to its full name from the lines just before when the lead only says "the group"."""
    m = _MADE_BY.search(blocks[i].text)
    if not m:
        return None
    who = (m.group("who") or m.group("by") or "").strip()
    if re.match(r"^(?:we|i|it|they|this report|the report|our report)$", who, re.I):
        return None
    if not re.match(r"^(?:the\s+)?(?:group|board|panel|review|inquiry|committee|team|forum|commission)s?$", who, re.I):
        return re.sub(r"^the\s+", "", who, flags=re.I)
    noun = who.split()[-1].rstrip("s")
    name = re.compile(rf"\b(?:[A-Z][\w'’&-]*\s+)+(?i:{noun})s?(?:\s*\(s\))?"
                      rf"(?:\s+(?:for|on|of)\s+(?:the\s+)?[A-Z][\w'’&-]*)*")
    for b in reversed(blocks[max(0, i - 4):i]):
        found = [x.group(0) for x in name.finditer(b.text) if x.group(0)[:1].isupper()]
        found = [f for f in found if f.split()[0][:1].isupper() and f.split()[0].lower() not in ("any", "the", "a")]
        if found:
            return found[-1]
    return None


def _recommender_ok(m: re.Match) -> bool:
    """The subject of "… recommends that" is a body that makes recommendations (not "the report", "and")."""
    who = m.group("who")
    if who.lower() not in ("we", "i") and not normalise_body(who) and not re.search(
            r"committee|panel|board|review|group|inquiry", who, re.I):
        return False
    return not re.search(r"\b(?:report|study|survey|paper|article)\b", who, re.I)


def _prose(ctx: Context, blocks: list[Block], used: set[int], reports: "_ReportTitles") -> list[_Copy]:
    out: list[_Copy] = []
    transcript_spans = [(p.prov.start_line, p.prov.end_line) for p in ctx.parts_of("transcript", "minutes", "agenda")
                        if p.prov.end_line - p.prov.start_line < len(ctx.doc.lines) * 0.9]
    # the blocks that say "recommend" (in any case: no letter of it folds from outside ASCII, so the lower case
    # finds every one)
    for i in block_index(ctx, blocks).holding("recommend"):
        b = blocks[i]
        if i in used or b.kind not in ("para", "bullet") or (":" in b.text[:146] and _TRANSCRIPT_TURN.match(b.text)):
            continue
        if any(a <= b.start <= z for a, z in transcript_spans):
            continue
        for s in split_sentences(b):
            # both patterns hold "recommend" and, after it, "that" (letters that fold only from ASCII)
            low = s.text.lower()
            at = low.find("recommend")
            if at < 0 or low.find("that", at + 9) < 0:
                continue
            plain = _strip_quoted(s.text)
            m = next((x for x in (_PROSE.search(plain), _PROSE_AND.search(plain)) if x and _recommender_ok(x)), None)
            if not m:
                continue
            addressee = None
            if m.group("to"):
                addressee = _clean_addressee(m.group("to"))
            if addressee is None:
                mb = _BY_WHOM.search(s.text[m.end():])
                if mb:
                    addressee = _clean_addressee(mb.group("who"))
            if addressee is None:
                addressee = addressee_of(s.text[m.end():].strip()) or _default_addressee(ctx, s.line)
            ref = _REC_REF.search(s.text)
            number = _plain_number(ref.group("num")) if ref else None
            out.append(_Copy(number, s.text, [s.line], reports.at(s.line), addressee, 0.6))
    return out


# --- "Conclusions and recommendations" (a select committee report) -------------------------------------------------

_CONCLUSIONS_HEAD = re.compile(r"^(?:\d{1,2}\.?\s+)?(?:summary\s+of\s+|list\s+of\s+)?(?:(?:our|the)\s+)?(?:key\s+)?"
                               r"(?:conclusions\s+and\s+recommendations|recommendations\s+and\s+conclusions)\s*:?$", re.I)
_BOLD_SPAN = re.compile(r"\*\*(?P<t>[^*]{8,}?)\*\*")
_PARA_REF = re.compile(r"\s*\((?:see\s+)?paragraphs?\s+[\d\s,–-]+(?:and\s+\d+)?\)\s*\.?\s*$", re.I)


def _drop_para_ref(text: str) -> str:
    """``text`` without a closing "(paragraph 40)" (:data:`_PARA_REF`, run only where there is a bracket)."""
    return _PARA_REF.sub("", text) if "(" in text else text


def _is_para_ref(text: str) -> bool:
    """``text`` is a paragraph reference alone ("(Paragraph 40)")."""
    return "(" in text and bool(_PARA_REF.fullmatch(" " + text))


def _conclusions_sections(ctx: Context, blocks: list[Block], reports: "_ReportTitles"):
    """The numbered paragraphs of a "Conclusions and recommendations" section. A paragraph's recommendation is its
    bold text that asks for something (conclusions are printed plain), or, where the section has no bold, the
    sentences from the first that recommends ("We recommend…", "X should…"). Returns (copies, block indexes read,
    whether the recommendations are marked in bold)."""
    copies: list[_Copy] = []
    used: set[int] = set()
    bold_doc = False
    for i in block_index(ctx, blocks).holding("onclusions"):  # (the heading names its conclusions)
        b = blocks[i]
        if b.kind not in ("heading", "bullet") or "onclusions" not in b.text or not _CONCLUSIONS_HEAD.match(b.text):
            continue
        items = _numbered_run(blocks, i + 1)
        if len(items) < 2:
            continue
        spans = [(k, _item_blocks(blocks, k, nxt)) for k, nxt in zip(items, items[1:] + [None])]
        raws = [(k, _raw_lines(ctx, bl)) for k, bl in spans]
        has_bold = any("**" in text for _, lines in raws for _, text in lines)
        bold_doc = bold_doc or has_bold
        for (k, bl), (_, lines) in zip(spans, raws):
            used.update(range(k, bl[-1] + 1 if bl else k + 1))
            number = blocks[k].marker
            for text, line in _rec_part(lines, has_bold):
                copies.append(_Copy(number, text, [line], reports.at(line),
                                    addressee_of(text) or _default_addressee(ctx, line), 0.85))
        used.add(i)
    return copies, used, bold_doc


def _numbered_run(blocks: list[Block], j: int) -> list[int]:
    """Indexes of the numbered paragraphs 1, 2, 3 … from ``j`` on; sub-headings, page headers and paragraph references
    may come between them, and the run ends when the next number does not come within a few blocks."""
    out: list[int] = []
    expected = 1
    k = j
    gap = 0
    while k < len(blocks) and gap <= 6:
        b = blocks[k]
        if b.kind == "bullet" and b.marker == str(expected):
            out.append(k)
            expected += 1
            gap = 0
        else:
            gap += 1
        k += 1
    return out


def _item_blocks(blocks: list[Block], k: int, nxt: int | None) -> list[int]:
    """The blocks of the numbered paragraph at ``k``: itself and the plain paragraphs that carry it on (not the
    sub-headings or page headers before the next number)."""
    out = [k]
    end = nxt if nxt is not None else min(len(blocks), k + 8)
    for m in range(k + 1, end):
        b = blocks[m]
        if b.kind == "note":
            continue
        if b.kind == "para" or (b.kind == "heading" and _is_para_ref(b.text)):
            out.append(m)
            continue
        break
    return out


def _raw_lines(ctx: Context, idxs: list[int]) -> list[tuple[int, str]]:
    """(line, raw text) of the blocks' lines, markup kept, the first line's list marker dropped."""
    blocks = doc_blocks_paged(ctx)
    out: list[tuple[int, str]] = []
    for n, idx in enumerate(idxs):
        for ln in blocks[idx].lines:
            raw = ctx.doc.lines[ln - 1].text.strip()
            if n == 0 and not out:
                raw = re.sub(r"^\s*\d{1,2}[.)]?\s+", "", raw)
            out.append((ln, raw))
    return out


def _rec_part(lines: list[tuple[int, str]], bold: bool) -> list[tuple[str, int]]:
    """The recommendation in a numbered paragraph: [(text, line)]."""
    text = ""
    starts: list[tuple[int, int]] = []  # (offset, line)
    for ln, raw in lines:
        if text:
            text += " "
        starts.append((len(text), ln))
        text += raw
    def line_at(off: int) -> int:
        best = starts[0][1]
        for o, ln in starts:
            if o > off:
                break
            best = ln
        return best
    out: list[tuple[str, int]] = []
    if bold:
        for m in _BOLD_SPAN.finditer(text):
            t = _drop_para_ref(clean_text(m.group("t"))).strip()
            if _REC_CUE_WORD.search(t) and not is_procedural(t):
                lead = len(m.group("t")) - len(m.group("t").lstrip())
                out.append((t, line_at(m.start("t") + lead)))
        return out
    plain = _drop_para_ref(clean_text(text))
    offs = [m.start() for m in re.finditer(r"(?:^|(?<=[.!?])\s+)(?=[A-Z])", plain)]
    for o in offs:
        rest = plain[o:].strip()
        if re.match(r"^(?i:we|i)\s+(?:\w+\s+)?recommend|^(?:[Tt]he\s+)?[A-Z][^.]{0,80}?\b(?:should|must)\b", rest) and \
                addressee_of(rest.split(". ")[0] + ".") is not None:
            # the sentence's line: find its first words among the raw lines
            head = " ".join(rest.split()[:3])
            line = next((ln for ln, raw in lines if head in clean_text(raw)), lines[0][0])
            out.append((rest, line))
            break
    return out


def _bold_in_body(ctx: Context, blocks: list[Block], used: set[int], reports: "_ReportTitles") -> list[_Copy]:
    """Bold recommendations in a report's body paragraphs (the copies of those in its conclusions section)."""
    out: list[_Copy] = []
    bold = set(ctx.grep(r"\*\*"))  # the lines marked "**" (one search of the document)
    for i, b in enumerate(blocks):
        if i in used or b.kind not in ("para", "bullet") or not any(ln in bold for _, ln in b.pieces):
            continue
        lines = [(ln, ctx.doc.lines[ln - 1].text.strip()) for ln in b.lines]
        if not any("**" in raw for _, raw in lines):
            continue
        for text, line in _rec_part(lines, True):
            out.append(_Copy(None, text, [line], reports.at(line), addressee_of(text) or _default_addressee(ctx, line),
                             0.7))
    return out


def _table_report(title: str | None) -> str | None:
    """The report a table of recommendations comes from: its caption without "Table 1:"."""
    if not title:
        return None
    t = re.sub(r"^(?:table|figure|appendix)\s+[\w.]{1,5}\s*[:.–—-]\s*", "", title.strip(), flags=re.I)
    return t or None


# --- addressees ------------------------------------------------------------------------------------------------

# a time or purpose clause before the subject: "By 30 June 2026, …", "Within six months of this report, …"
_LEAD_CLAUSE = re.compile(r"^(?:by|within|before|no later than|in|during|from|as part of|as soon as|when|following|"
                          r"after|over|to|for|once|until)\b[^,;:]{1,90},\s+(?=(?:the\s+|all\s+|every\s+|each\s+)?\w)",
                          re.I)
# a name: capitalised words joined by "and", "of", "for", "the", "&"
_NAME = r"[A-Z][\w'’&.-]*(?:\s+(?:(?:and|of|for|the|&|on)\s+)*[A-Z][\w'’&.-]*)*"
# "That the Cabinet funds…", "That the Council's licensing team works…", "That the Cabinet Member for X ensures…"
_THAT_ROLE = re.compile(rf"^(?:the\s+)?(?P<subj>{_NAME}(?:\s+[a-z][\w-]*){{0,2}}?\s+(?:team|service|unit|board|panel|"
                        r"partnership|group|office|department|directorate|officers?|leads?|managers?|committee))\s+"
                        r"(?!of\b|for\b|and\b|in\b|on\b|to\b|at\b)[a-z]+\b")
_THAT_NAME = re.compile(rf"^(?:the\s+)?(?P<subj>{_NAME})\s+(?:(?:jointly|together|also|urgently)\s+)?"
                        r"(?!of\b|for\b|and\b|in\b|on\b|at\b|with\b|from\b)"
                        r"(?:[a-z]+s|should|must|to|be|ensure|fund|write|work|ask|review|consider|publish|develop|make|"
                        r"set|provide|seek|commission)\b")
# "the National Police Chiefs' Council lead for stalking should…": a name opening the subject of "should"
_NAME_BEFORE_MODAL = re.compile(rf"^(?:the\s+)?(?P<subj>{_NAME})\b[^.;:]{{0,70}}?\s(?:should|must|needs?\s+to|ought\s+to)\b")


def addressee_of(text: str) -> str | None:
    """The body a recommendation's text addresses: its subject ("MPS to…", "the Met should…", "That the Cabinet
    funds…"), normalised."""
    t = clean_text(text)
    that_form = t[:4].lower() == "that" and bool(_THAT_LEAD.match(t))
    if that_form:
        t = _THAT_LEAD.sub("", t)
    t = _LEAD_CLAUSE.sub("", t, count=1) if t[:1].isupper() and "," in t[:100] else t
    # "the force, with the integrated care board, should…": the partner named between commas goes with the subject
    partner = None
    pm = _WITH_CLAUSE.search(t[:160]) if "with" in t[:160] else None
    if pm and not _with_partner(pm.group("with")):
        pm = None
    if pm:
        partner = pm.group("with").strip()
        t = t[:pm.start("c")] + t[pm.end("c"):]
    a = _addressee_core(t, that_form)
    return f"{a}, {partner}" if a and partner else a


_THAT_LEAD = re.compile(r"^that\s+", re.I)
# ", with the integrated care board,", ", working with the College of Policing,"
_WITH_CLAUSE = re.compile(r"^(?:the\s+)?[A-Za-z][\w'’&. -]{1,60}?(?P<c>,\s*(?P<with>(?:(?:working|together|jointly|in "
                          r"partnership)\s+)?with\s+[^,;.]{3,80}?),)\s+(?:should|must|needs?\s+to|to|is\s+to|are\s+to)\b")


_POSSESSED_LEAD = re.compile(r"^(?:[Tt]he\s+)?(?P<subj>(?i:council|authority)['’]s\s+[A-Z][\w'’-]*(?:\s+(?:of|for|and|the|"
                             r"[A-Z][\w'’-]*))*)\s+(?:[a-z]+s|should|must|to)\b")


def _with_partner(clause: str) -> bool:
    """"with the integrated care board" names a partner body; "with support from…" does not."""
    rest = re.sub(r"^(?:(?:working|together|jointly|in partnership)\s+)?with\s+", "", clause, flags=re.I)
    if re.match(r"^(?:the\s+)?(?:support|help|assistance|input|advice|agreement|consent|approval)\b", rest, re.I):
        return False
    return bool(normalise_body(rest) or _role_noun(rest.rstrip()))


def _addressee_core(t: str, that_form: bool) -> str | None:
    m = _POSSESSED_LEAD.match(t)
    if m:
        return _clean_addressee(m.group("subj"))
    if that_form:
        m = _THAT_ROLE.match(t) or _THAT_NAME.match(t)
        if m:
            subj = m.group("subj").strip()
            bare = _THE.sub("", subj)
            return _office(bare) or _joint(bare) or normalise_body(subj) or bare
    m = _ADDRESSEE.match(t)
    if m:
        a = _clean_addressee(m.group("subj"))
        if a:
            return a
    # (the next three patterns are case-sensitive: each runs only where its verb is in the text)
    m = _RECOMMEND_THAT.search(t) if "recommend" in t else None
    if m:
        a = _clean_addressee(m.group("subj"))
        if a:
            return a
    modal = "should" in t or "must" in t or "need" in t
    for m in (_SHOULD.finditer(t) if modal or "asked" in t else ()):
        a = _clean_addressee(m.group("subj"))
        if a:
            return a
    m = _NAME_BEFORE_MODAL.match(t) if modal or "ought" in t else None
    if m:
        a = _clean_addressee(m.group("subj")) or (m.group("subj") if len(m.group("subj").split()) >= 2 else None)
        if a:
            return a
    m = _LOWER_SUBJECT.match(t)
    if m:
        subj = m.group("subj")
        if re.match(r"^(?:every|each)\s", subj, re.I) and not subj.endswith("s"):
            subj = subj[:-1] + "ies" if subj.endswith("y") else subj + "s"  # "every force" → "forces"
        subj = re.sub(r"^(?:all|every|each)\s+", "", subj, flags=re.I)
        return subj[:1].upper() + subj[1:]
    return None


_THE = re.compile(r"^the\s+", re.I)
_DETERMINER = re.compile(r"^(?:the|all|each|every|both)\s+", re.I)


def _clean_addressee(subj: str | None) -> str | None:
    """A body's canonical name, or the words themselves when they name a plausible addressee."""
    if not subj:
        return None
    full = subj.strip(" ,;:")
    s = _DETERMINER.sub("", full)
    words = s.split()
    if not words or words[0].lower() in _NOT_SUBJECT or len(words) > 10:
        return None
    office = _office(s)
    if office:
        return office
    pm = _POSSESSED_POST.match(s)
    if pm:
        return pm.group("post")  # "the council's Head of Community Safety" → the post
    joint = _joint(s)
    if joint:
        return joint
    body = normalise_body(full) or (s != full and normalise_body(s)) or normalise_body("the " + s)
    if body:
        return body
    if all(w[:1].isupper() or w[:1].isdigit() or w.lower() in ("and", "of", "&", "the", "for") for w in words) and (
            _role_noun(s) or any(sum(c.isupper() for c in w) >= 2 for w in words)):
        return s
    if _role_noun(s) and len(words) <= 6 and words[0][:1].isupper():
        return s
    return None


# the commissioner's office, kept apart from the commissioner: "OPCC", "OPFCC", "Office of the Police and Crime
# Commissioner", "the Commissioner's office"
_OFFICE_ACRONYM = re.compile(r"^(?:the\s+)?(?P<a>O(?:P|PF|PFC)CC)$")
_OFFICE_NAME = re.compile(r"^(?:the\s+)?(?:office\s+of\s+the\s+(?:police,?\s+(?:fire\s+(?:and\s+rescue\s+)?)?and\s+crime\s+)?"
                          r"commissioner|(?:police\s+and\s+crime\s+)?commissioner['’]s\s+office)$", re.I)
# "council's Head of Community Safety", "Council's Director of Public Health": a council post
_POSSESSED_POST = re.compile(r"^(?:[A-Z][\w-]*\s+){0,3}?(?i:council|authority)['’]s\s+(?P<post>[A-Z][\w'’-]*"
                             r"(?:\s+(?:of|for|and|the|[A-Z][\w'’-]*))*)$")


def _office(s: str) -> str | None:
    m = _OFFICE_ACRONYM.match(s)
    if m:
        return m.group("a")
    return "OPCC" if _OFFICE_NAME.match(s) else None


_POST_WORDS = re.compile(r"\b(?:cabinet\s+member|member|leader|head|director|chief\s+(?:constable|executive|officer)|"
                         r"commissioner|mayor|minister|secretary|officer|chair|manager)\b", re.I)


def _body_like(x: str) -> bool:
    """A body, a post or an acronym: one side of a joint addressee."""
    x = _THE.sub("", x.strip())
    words = x.split()
    if not words or len(words) > 8 or not all(w[:1].isupper() or w.lower() in ("and", "of", "for", "the", "&", "on")
                                              for w in words):
        return False
    return bool(normalise_body(x) or _role_noun(x) or _POST_WORDS.search(x) or
                (len(words) == 1 and sum(c.isupper() for c in x) >= 2))


_AND = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?")


def _joint(s: str) -> str | None:
    """"Home Office and the NPCC", "Cabinet Member for Neighbourhoods and the Police and Crime Commissioner": two
    bodies addressed together, kept as written (a body whose own name has "and" in it is not split)."""
    if " and " not in s and " & " not in s:
        return None
    low = s.lower()
    spans = [m.span() for _, pieces, rx in _BODY_PROBES if any(p in low for p in pieces)
             for m in rx.finditer(s)] if _PIECES is None or _PIECES.search(low) else []
    for m in _AND.finditer(s):
        if any(a < m.start() < b for a, b in spans):
            continue
        left, right = s[:m.start()], s[m.end():]
        if "," not in left and _body_like(left) and _body_like(right):
            return s
    return None


def _addressee_in_lead(text: str) -> str | None:
    m = re.search(r"recommendations?\s+(?:to|for)\s+(?P<to>(?:the\s+)?[A-Z][^.;:,]{1,80})", text)
    if m:
        return _clean_addressee(m.group("to"))
    return None


def _default_addressee(ctx: Context, line: int) -> str | None:
    """The body most named around ``line`` (the body under scrutiny), when a recommendation names none."""
    memo: dict[int, list[str]] = ctx.__dict__.setdefault("_rec_bodies_by_line", {})
    lo, hi = max(1, line - 60), min(len(ctx.doc.lines), line + 20)
    todo = [n for n in range(lo, hi + 1) if n not in memo]
    if todo:
        _name_bodies(ctx, todo, memo)
    counts: Counter[str] = Counter()
    for n in range(lo, hi + 1):
        found = memo[n]
        if found:
            counts.update(found)
    if not counts:
        return None
    return counts.most_common(1)[0][0]


def _name_bodies(ctx: Context, numbers: list[int], memo: dict[int, list[str]]) -> None:
    """``memo[n] = _bodies_named(line n)`` for each line of ``numbers`` ([] for noise and blank lines). Each literal
    piece of the aliases is looked for once in the lines' lower-cased texts joined together (a scan at C speed; a
    piece holds no line end, so an occurrence lies inside one line), and a body's regex runs only on the lines that
    hold one of its pieces."""
    texts, lows, noise = ctx.texts, ctx.lows, ctx.noise
    keep: list[int] = []
    for n in numbers:
        if noise[n - 1] or not texts[n].strip():
            memo[n] = []
        else:
            keep.append(n)
    if not keep:
        return
    starts = list(accumulate([len(lows[n]) + 1 for n in keep], initial=0))  # (and one past the end)
    joined = "\n".join([lows[n] for n in keep])
    found: dict[int, set[int]] = {}  # index in ``keep`` → the probes with a piece in that line
    for k, p in _PIECE_OF:
        at = joined.find(p)
        while at >= 0:
            i = bisect_right(starts, at) - 1
            found.setdefault(i, set()).add(k)
            at = joined.find(p, starts[i + 1])  # (on from the next line)
    for i, n in enumerate(keep):
        ks = found.get(i)
        memo[n] = [_BODY_PROBES[k][0] for k in sorted(ks) if _BODY_PROBES[k][2].search(texts[n])] if ks else []


def _bodies_named(text: str) -> list[str]:
    """The bodies ``text`` names (the aliases of :func:`scrutiny.gazetteer.normalise_body`); a body's regex runs only
    when a literal piece of one of its patterns is in the text, which keeps this cheap on long paragraphs."""
    low = text.lower()
    present = {k for k, p in _PIECE_OF if p in low}
    if not present:
        return []
    return [_BODY_PROBES[k][0] for k in sorted(present) if _BODY_PROBES[k][2].search(text)]


def _literal_piece(pattern: str) -> str:
    """The longest literal run of a simple alias pattern ("\\bthe met\\b" → "the met")."""
    plain = re.sub(r"\\[bBdwsW]|\(\?[=!<][^)]*\)|\[[^\]]*\]\??|[()?*+|^$]", "\x00", pattern)
    runs = [r for r in plain.split("\x00") if r.strip()]
    return max(runs, key=len).strip() if runs else ""


_BODY_PROBES = [(canon, [_literal_piece(p) for p in pats], re.compile("|".join(pats), re.I))
                for canon, pats in BODY_ALIASES.items()]


# (index of the probe, piece) of every body but the committees, which are never the body under scrutiny; a piece
# that holds another piece of its body is left out ("metropolitan police" holds "met"): it adds no line to those
_PIECE_OF = [(k, p) for k, (canon, pieces, _) in enumerate(_BODY_PROBES) if canon not in _COMMITTEE_BODIES
             for p in pieces if not any(q != p and q in p for q in pieces)]


def _trie_pattern(words: set[str]) -> str:
    """A regex matching where any of ``words`` starts (the words as a trie, so the engine tries one branch per
    letter; a word that another word starts with stands for both)."""
    groups: dict[str, set[str]] = {}
    for w in words:
        groups.setdefault(w[0], set()).add(w[1:])
    alts = [re.escape(c) if "" in rest else re.escape(c) + _trie_pattern(rest) for c, rest in sorted(groups.items())]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


# where a piece of some alias starts, in lower case (None if a piece is empty)
_PIECES = re.compile(_trie_pattern({p for _, pieces, _ in _BODY_PROBES for p in pieces})) if all(
    p for _, pieces, _ in _BODY_PROBES for p in pieces) else None


# --- report titles ------------------------------------------------------------------------------------------------

class _ReportTitles:
    """The title of the report each line belongs to: the nearest "Subject:" line, part title or document title."""

    def __init__(self, ctx: Context, blocks: list[Block]):
        anchors: list[tuple[int, str]] = []
        for p in ctx.parts:
            if p.title and p.kind in ("report", "annual_report", "letter", "plan", "briefing", "other") and \
                    p.prov.end_line - p.prov.start_line < len(ctx.doc.lines) * 0.9:
                anchors.append((p.prov.start_line, p.title))
        # a "Subject:" line names "subject" or "title" (in any case, see BlockIndex.risky) and opens with s, r or t (or a long s)
        idx = block_index(ctx, blocks)
        for k in sorted(set(idx.holding("subject")).union(idx.holding("title"), idx.risky)):
            b = blocks[k]
            if b.kind in ("heading", "para") and len(b.text) < 200 and b.text.lstrip()[:1] in "SsRrTtſ":
                m = _SUBJECT_LINE.match(b.text)
                if m:
                    anchors.append((b.start, m.group("t")))
        anchors.sort()
        self.anchors = anchors
        self.default = _document_title(ctx, blocks)

    def at(self, line: int) -> str | None:
        best = None
        for start, title in self.anchors:
            if start <= line:
                best = title
            else:
                break
        return best or self.default


def _document_title(ctx: Context, blocks: list[Block]) -> str | None:
    heads = [b.text for b in blocks[:12] if b.kind in ("heading", "para") and len(b.text) < 120]
    for t in heads:
        if re.search(r"\b(?:report|review|plan|strategy|inquiry|investigation)\b", t, re.I):
            return t
    if ctx.parts and ctx.parts[0].title:
        return ctx.parts[0].title
    return heads[0] if heads else None


# --- merging copies ----------------------------------------------------------------------------------------------

def _merge(ctx: Context, copies: list[_Copy]) -> list[Recommendation]:
    """Group the copies of each recommendation: same number and similar wording, or (unnumbered) near-identical
    wording."""
    groups: list[list[_Copy]] = []
    numbers: list[str | None] = []  # each group's first number
    words: dict[int, frozenset[str]] = {}  # id(copy) → the copy's word set (see _text.similarity)

    def sim(a: _Copy, b: _Copy) -> float:
        wa, wb = words[id(a)], words[id(b)]
        if not wa or not wb:
            return 0.0
        return len(wa & wb) / min(len(wa), len(wb))

    for c in copies:
        words[id(c)] = word_set(c.text)
        target = None
        for gi, g in enumerate(groups):
            first, last = g[0], g[-1]
            number = numbers[gi]
            if c.number and number:
                if c.number == number and max(sim(c, first), sim(c, last)) >= 0.6:
                    target = gi
                    break
                continue
            s = sim(c, first) if first is last else max(sim(c, first), sim(c, last))
            if s >= 0.8 and (c.report == first.report or s >= 0.9):
                target = gi
                break
        if target is None:
            groups.append([c])
            numbers.append(c.number or None)
        else:
            groups[target].append(c)
            if not numbers[target] and c.number:
                numbers[target] = c.number
    out: list[Recommendation] = []
    for g in groups:
        g.sort(key=lambda c: c.lines[0])
        first = g[0]
        number = next((c.number for c in g if c.number), None)
        addressee = next((c.addressee for c in g if c.addressee), None)
        lines = sorted({ln for c in g for ln in c.lines})
        start = first.lines[0]
        end = max(first.lines)
        rec = Recommendation(
            prov=Provenance(ctx.doc.sha256, start, end, ctx.doc.page_of(start), EXTRACTOR,
                            min(1.0, first.confidence + 0.05 * (len(g) - 1))),
            locations=lines if len(lines) > 1 else [],
            report=first.report, number=number, text=first.text, addressee=addressee,
        )
        out.append(rec)
    out.sort(key=lambda r: r.prov.start_line)
    return out


# --- helpers ----------------------------------------------------------------------------------------------------------

def _join(parts: list[str]) -> str:
    return " ".join(p.strip() for p in parts if p.strip())


_DOTTED = re.compile(r"\d{1,2}\.\d{1,2}(?:\.\d{1,2})*")


def _dotted_number(marker: str | None) -> bool:
    """A report's paragraph number ("4.3"), which ends a recommendation."""
    return bool(marker) and bool(_DOTTED.fullmatch(marker or ""))


def _is_contents_line(text: str) -> bool:
    """A table-of-contents entry ("Appendix 1 Recommendations<TAB>32", "Recommendations ....... 12")."""
    return ("..." in text or "\t" in text) and bool(_CONTENTS.search(text))


_CONTENTS = re.compile(r"(?:\.{3,}|\t)\s*\.?\s*\d{1,3}\s*$")


_IMPERATIVE = {
    "review", "ensure", "develop", "explore", "disseminate", "introduce", "consider", "establish", "provide",
    "publish", "work", "commission", "conduct", "set", "create", "improve", "undertake", "make", "recognise",
    "seek", "increase", "reduce", "monitor", "assess", "identify", "adopt", "implement", "clarify", "appoint",
    "extend", "share", "support", "engage", "encourage", "put", "lobby", "press", "promote", "produce", "report",
    "write", "invest", "use", "agree", "build", "carry", "collect", "continue", "deliver", "enable", "evaluate",
    "examine", "expand", "give", "investigate", "maintain", "map", "prioritise", "raise", "record", "require",
    "strengthen", "take", "train", "update", "audit", "fund", "look", "pilot", "roll", "tackle", "urge", "write",
}


_WORDS = re.compile(r"[A-Za-z]+")


def _rec_like(text: str) -> bool:
    """A paragraph that reads as a recommendation: a body and "to"/"should", or an imperative verb first."""
    t = clean_text(text)
    if is_procedural(t):
        return True  # let the caller drop the whole list as procedural
    first = _WORDS.findall(t[:30])
    if first and first[0].lower() in _IMPERATIVE and t[:1].isupper():
        return True
    m = _ADDRESSEE.match(t)
    return bool(m and _clean_addressee(m.group("subj")))


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _drop_status(text: str) -> str | None:
    """A list item without the progress sentences a letter appends to it; None when it is all progress."""
    sents = _SENTENCE_END.split(_drop_para_ref(text))
    keep: list[str] = []
    for k, s in enumerate(sents):
        if _STATUS_SENTENCE.search(s) and not (k == 0 and _REC_CUE_WORD.search(s)):
            break  # (a first sentence that asks for something is the recommendation: "… where X has been …")
        keep.append(s)
    if not keep:
        return None
    return " ".join(keep)


_R_NUMBER = re.compile(r"R?(\d{1,2})")
_LETTER = re.compile(r"\(?([a-z])\)?\.?")


def _list_number(b: Block) -> str | None:
    """The number of a numbered list item ("3." → "3", "R3" → "3"); None for bullets and letters."""
    if not b.numbered or not b.marker:
        return None
    m = _R_NUMBER.fullmatch(b.marker)
    return m.group(1) if m else None


def _list_letter(b: Block) -> str | None:
    """The letter of a lettered list item ("a", "(b)", "c)") → "a"; None otherwise."""
    if not b.numbered or not b.marker:
        return None
    m = _LETTER.fullmatch(b.marker.strip())
    return m.group(1) if m else None


def _infer_numbers(items: list[_Copy]) -> None:
    """Give an unnumbered item of a numbered list the number between its neighbours ("3.", "–", "5.")."""
    for k, c in enumerate(items):
        if c.number:
            continue
        prev = items[k - 1].number if k > 0 else None
        nxt = items[k + 1].number if k + 1 < len(items) else None
        if prev and prev.isdigit() and (nxt is None or (nxt.isdigit() and int(nxt) == int(prev) + 2)):
            if nxt is not None or k == len(items) - 1:
                c.number = str(int(prev) + 1)
        elif nxt and nxt.isdigit() and int(nxt) > 1 and k == 0:
            c.number = str(int(nxt) - 1)


_QUOTED = re.compile(r"“[^”]{0,400}”|\"[^\"]{0,400}\"")


def _strip_quoted(text: str) -> str:
    return _QUOTED.sub(" ", text)
