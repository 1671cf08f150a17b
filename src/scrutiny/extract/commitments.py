"""Commitments in plans: "We will…", "We propose to:" lists, "MOPAC will…", "The MPS will…", "We commit to…".

Where: parts of kind ``plan`` when the segmenter finds them; otherwise the stretches of the document between
agenda-item markers and blank-page notices whose opening lines name a plan or strategy and that make several
first-person commitments; and letters answering a plan ("your response to the draft Police and Crime Plan").

Each commitment is one sentence (or one bullet of a commitments list) with:

- ``theme``: the plan chapter it sits in (the nearest chapter heading; the nearest heading when no chapter is
  recognised; a letter's bold topic heading);
- ``section``: the nearest heading, when it differs from the theme;
- ``owner``: the body that commits: "we" → the plan's author where the document names one, "I" → the foreword's
  author, "MOPAC will" → MOPAC;
- ``measures``: the objectives its chapter lists under "What success would look like" (or "How we will measure
  success").

Not commitments: headings (a council goal "WE WILL CARE FOR THE ENVIRONMENT"), quoted speech ("We will not give up
on you"), forecasts ("we will have to make further savings"), descriptions of the plan ("this Plan sets out what we
will do"), questions. A commitment repeated (foreword and chapter) is one record with several locations.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..gazetteer import normalise_body
from ..indicators.text import folds_plainly
from ..records import Commitment, Provenance
from . import Context
from ._text import Block, doc_blocks_paged, is_heading_block, split_sentences, strip_quotes, word_set
from .recommendation_updates import block_index

KEY = "commitments"
EXTRACTOR = "commitments"

_PLAN_TITLE = re.compile(
    r"\b(?:police,? (?:fire )?and crime plan|(?:community safety|crime (?:reduction|prevention)|policing|strategic|"
    r"delivery|business|corporate|action|partnership|improvement|safer \w+) plan|plan for [A-Z]\w+|strategy)\b",
    re.I,
)
_PERFORMANCE_TITLE = re.compile(r"\b(?:scorecard|dashboard|performance\s+(?:report|monitoring|update|summary|"
                                r"exceptions?|digest)|monitoring\s+report|quarterly\s+(?:performance|monitoring))\b",
                                re.I)
_PLAN_MENTION = re.compile(r"\b(?:draft |final |new )?(?:police,? (?:fire )?and crime|community safety|"
                           r"crime reduction|policing) plan\b", re.I)
_BOUNDARY = re.compile(r"^\s*(?:public document pack|agenda item\s+\d+\w?\s*$|this page (?:is )?(?:has been )?"
                       r"(?:intentionally|deliberately) (?:left )?blank)", re.I)

_WE_WILL = re.compile(r"\b(?:we|i|(?:my|our)\s+(?:own\s+)?(?:office|team|staff|officers))\b(?:\s*,[^,]{1,90},)?"
                      r"(?:\s+(?:also|then|now|further|additionally|jointly|"
                      r"still|always|each|both|all|continue to))*\s+(?:will|shall)\b|\b(?:we|i)['’]ll\b", re.I)
_WE_AND_WILL = re.compile(r"^(?:[\w,'’]+\s+){0,4}?(?:we|i)\b[^.;:]{0,220}?\band\s+(?:we\s+)?will\b", re.I)
_WE_PROPOSE = re.compile(r"\b(?:we|i)\s+(?:also\s+|would\s+)?propose\s+to\b", re.I)
_WE_COMMIT = re.compile(
    r"\b(?:we|i)\s+(?:also\s+|have\s+(?:also\s+)?|are\s+|am\s+|remain\s+)?(?:commit(?:ted)?|pledge[d]?|promise[d]?|"
    r"undertake)\s+to\b|\b(?:we|i)\s+(?:are|am|remain)\s+(?:(?:fully|firmly|also|absolutely)\s+)?committed\s+to\b|\bour\s+(?:\w+\s+){0,2}commitments?\s+to\b|\bone of our\s+(?:\w+\s+)?commitments\b|"
    r"(?<!if )\bwe\s+are\s+to\s+[a-z]+\b|\bincludes? our commitment\b|\bsets out (?:our |its )?plans? to [a-z]+",
    re.I,
)
# a named body or role as subject: "MOPAC will", "The MPS will", "TfL and the MPS will", "The Mayor is to appoint"
# (a word's letters and a clause up to its comma are taken whole, "*+": giving some back leaves no space or comma
# to go on with)
_NAMED = re.compile(
    r"(?P<subj>(?:[Tt]he\s+)?[A-Z][\w'’&-]*+(?:\s+(?:and|of|for|the|&|[A-Z][\w'’&-]*+|\([A-Z][A-Za-z]++\)))*)"
    r"(?:\s*,\s*[^,]{1,90}+,)?\s+(?:(?:also|then|now|jointly|still|further)\s+)?"
    r"(?P<verb>will(?!\s+(?:have|need)\s+to)|(?:is|are)\s+to\s+[a-z]+|(?:has|have)\s+(?:also\s+)?committed\s+to)\b"
)
_NAMED_AND_WILL = re.compile(
    r"^(?P<subj>(?:[Tt]he\s+)?[A-Z][\w'’&-]*(?:\s+(?:and|of|for|the|&|[A-Z][\w'’&-]*))*)\s+(?:is|are|has|have|"
    r"remains?)\b[^.;:]{0,220}?\band\s+will\b"
)
_PASSIVE = re.compile(r"\bwill\s+be\s+(?:published|launched|produced|introduced|set up|established|made available|"
                      r"reviewed|refreshed)\b", re.I)
_ROLE_SUBJECT = re.compile(r"\b(?:mayor|mayoralty|commissioner|deputy mayor|council|partnership|board|panel|"
                           r"police|constabulary|force|service|office|authority|government|command|team|unit|"
                           r"chief constable)\b",
                           re.I)
# national and independent bodies: what they will do is not a local plan's (or a responder's) undertaking
_INDEPENDENT = re.compile(r"\b(?:ministry|home office|home secretary|government|department|secretary of state|minister|"
                          r"treasury|parliament|college of policing|npcc|national police chiefs|inspectorate|hmicfrs|"
                          r"hmic|iopc|ipcc|crown prosecution|cps|nhs|national crime agency|courts?|judiciary|"
                          r"ofsted|ombudsman|noms|national probation|youth justice board)\b", re.I)
_NOT_COMMITMENT = re.compile(
    r"\b(?:what|whether)\s+(?:we|i)\s+(?:will|propose|would)\b|\bhow\s+(?:we|i)\s+(?:propose|would)\b|"
    r"\bif\s+(?:we|i)\s+(?:are|am)\s+to\b|\b(?:we|i)\s+will\s+(?:have|need)\s+to\b|"
    r"\bif\s+(?:we|i)\s+will\b|\b(?:do|would|will)\s+you\b|\bplease\b|"
    r"\bwill\s+not\s+(?:stand\s+(?:idly\s+)?by|tolerate|accept|rest|give\s+up|turn\s+a\s+blind\s+eye|shy\s+away)\b",
    re.I,
)
_PLAN_SUBJECT = re.compile(r"\b(?:plan|strategy|details|data|priorities|report|framework|document|results|findings)\b",
                           re.I)
_PRONOUN_SUBJECT = re.compile(r"(?:^|[,;–-]\s*)(?:this|it|that|which|these|they|there)\s+will\b", re.I)

# a lead-in that opens a list of commitments
_LIST_LEAD = re.compile(
    r"(?:\b(?i:we|i)\s+(?i:will|shall|propose to|commit to|are committed to|pledge to)"
    r"|\b(?:[A-Z][\w'’&-]*\s+){1,4}(?:will|is to|commits to)"
    r"|\b(?i:what (?:we|i) will do|our (?:proposed\s+)?commitments(?:\s+are)?))\s*(?:[\w,' ]{0,40})?:\s*$",
)
_LIST_TAIL = re.compile(r"\s*(?:;|,)?\s*(?:and|or)?\s*$|;\s*$")
_LIST_HEADING = re.compile(r"^(?:our\s+(?:proposed\s+|key\s+|main\s+)?(?:commitments|pledges|promises)|"
                           r"(?:key\s+)?commitments|what (?:we|i) will do|how (?:we|i) will (?:do|deliver|achieve) "
                           r"(?:this|it)|we will)\s*:?$", re.I)
_MEASURES_HEADING = re.compile(
    r"^(?:what success (?:would |will |should )?looks? like|how (?:we|will we) (?:will )?(?:measure|know|judge)\b.*|"
    r"(?:measures|indicators) of success|success measures|measuring success|how success will be measured|"
    r"what (?:we|you) (?:will|should) see|our (?:draft )?objectives|outcomes we (?:want|expect))\s*:?\??$",
    re.I,
)
_STRUCTURAL = re.compile(
    r"^(?:our\s+(?:proposed\s+)?commitments|consultation questions?|questions?|case study\b.*|contents|"
    r"what success\b.*|how we will measure\b.*|key (?:facts|figures)|did you know\??|"
    r"in future,? we will:?|we propose to:?)\s*:?$",
    re.I,
)
_CHAPTER_CUE = re.compile(r"^(?:foreword|introduction|priority\s+\w+|chapter\s+\w+|section\s+\d+|part\s+\w+|"
                          r"theme\s+\w+|objective\s+\d+|\d{1,2}\.?\s+[A-Z])", re.I)
_CHAPTER_END = re.compile(r"^(?:consultation questions?|questions? for consultation)\s*:?$", re.I)
_SIGNATURE_ROLE = re.compile(r"\b(?:mayor|commissioner|chair|leader|chief constable|chief executive|director)\b", re.I)
_CONTENTS_LINE = re.compile(r"(?:\.{4,}|…{2,}|\t)\s*\d{1,3}\s*$")
_LETTER_TOPIC = re.compile(r"^\s*(?:[-•*]\s*)?\*\*(?P<topic>[^*]{2,120})\*\*\s*[–—:-]\s*")


@dataclass
class _Region:
    start: int
    end: int
    author: str | None
    letter: bool = False
    first_person_only: bool = False  # a letter not about a plan: only the writer's own "we will" / "I will"
    active_only: bool = False  # an answer to recommendations: no passive "… will be published"


@dataclass
class _Found:
    text: str
    line: int
    theme: str | None
    section: str | None
    owner: str | None
    lines: list[int] = field(default_factory=list)


def extract(ctx: Context) -> list[Commitment]:
    """Every commitment made in the document's plans (and letters answering a plan)."""
    blocks = doc_blocks_paged(ctx)
    found: list[_Found] = []
    measures_by_theme: dict[str | None, list[str]] = {}
    starts = block_index(ctx, blocks).first_lines
    regions = plan_regions(ctx, blocks)
    for region in regions:
        inside = blocks[bisect_left(starts, region.start):bisect_right(starts, region.end)]
        found.extend(_commitments_in(inside, region, measures_by_theme))
    found.extend(_in_responses(ctx, blocks, regions))
    return _merge(ctx, found, measures_by_theme)


# --- answers to recommendations ----------------------------------------------------------------------------------

_LABEL = re.compile(r"^[^:]{2,60}:\s*")
_SIGN_OFF = re.compile(r"^(?:yours\s+(?:sincerely|faithfully)|i am copying|cc:?\s)", re.I)
_RESPONSE_HEAD = re.compile(r"^(?:[\w'’&.-]+\s+){0,3}?(?:response|reply)\b", re.I)
_RESPONDER = re.compile(r"^(?:the\s+)?(?P<who>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})\s+(?:response|reply)\b")


def _in_responses(ctx: Context, blocks: list[Block], regions: list[_Region]) -> list[_Found]:
    """The undertakings in a response to recommendations ("Recommendation 3 … Government response: The Government
    accepts this recommendation. We will publish…"): each "we will / we propose to / X will" sentence of an answer,
    with the recommendation's label as its theme. Only the active voice counts here ("An evaluation will be
    published" is not an undertaking of anyone in particular)."""
    from .responses import rec_responses

    answered = rec_responses(ctx)
    if not answered:
        return []
    out: list[_Found] = []
    starts = block_index(ctx, blocks).first_lines
    heads = sorted(r.heading_line for r in answered)
    for r in answered:
        if any(g.start <= r.line <= g.end for g in regions):
            continue  # already read as part of a plan or letter
        later = bisect_right(heads, r.line)  # the first heading after the answer
        stop = heads[later] - 1 if later < len(heads) else len(ctx.doc.lines)
        first = bisect_left(starts, r.line)
        label = blocks[first] if first < len(blocks) else None
        who = _RESPONDER.match(label.text) if label is not None else None
        author = (normalise_body(who.group("who")) or who.group("who")) if who else None
        region = _Region(r.line, stop, author, active_only=True)
        theme = r.label
        headings: list[Block] = []  # the short headings since the theme was last settled (see _theme_after)
        for b in _rejoin(blocks[first:bisect_right(starts, stop)]):
            if b.kind == "note":
                continue
            text = b.text
            if is_heading_block(b) and len(text.split()) <= 10:
                if b is not label:
                    headings.append(b)
                continue
            # a block in capitals is passed over; the sign-off ends the answer; a block with no cue word holds no
            # commitment (see _commitment_owner)
            sign_off = text[:1] in "YyIiCcİı" and _SIGN_OFF.match(text)
            if not sign_off and not _may_cue(text) or _uppercase(text):
                continue
            if sign_off:
                break
            if not _has_cue(text):
                continue  # (a sentence's cue is the block's own: a sentence ends next to a space or the label's colon)
            if headings:
                theme = _theme_after(theme, headings)
                headings.clear()
            for sent in split_sentences(b):
                text = sent.text
                if b is label and sent.offset == 0:
                    text = _LABEL.sub("", text)  # "Response: We will…"
                owner = _commitment_owner(text, region, theme)
                if owner is _NO:
                    continue
                out.append(_Found(text, sent.line, theme, None, owner))
    return out


def _theme_after(theme: str | None, headings: list[Block]) -> str | None:
    """The theme after ``headings`` (short headings met in order, after ``theme`` was set): the last of them that
    names a section after the answers ("Next steps"), not a heading in capitals or a response label; else ``theme``.
    (Only the last such heading counts, so the headings are judged only when a commitment needs the theme.)"""
    for h in reversed(headings):
        text = h.text
        if not _uppercase(text) and not (_holds(text, ("response", "reply")) and _RESPONSE_HEAD.match(text)):
            return text.strip()
    return theme


def _rejoin(run: list[Block]) -> list[Block]:
    """A long prose line the text reader took for a heading, joined to the paragraph it opens (the next line)."""
    out: list[Block] = []
    for b in run:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "heading" and b.kind == "para" and len(prev.text.split()) > 10 and \
                b.start == prev.end + 1 and prev.text.rstrip()[-1:] not in ".:?!":
            shift = len(prev.text) + 1
            out[-1] = Block("para", f"{prev.text} {b.text}", prev.pieces + [(o + shift, ln) for o, ln in b.pieces],
                            head=prev.head)
            continue
        out.append(b)
    return out


# --- where plans are ---------------------------------------------------------------------------------------------

def plan_regions(ctx: Context, blocks: list[Block] | None = None) -> list[_Region]:
    """The spans of the document that are plans, or letters answering a plan."""
    blocks = blocks if blocks is not None else doc_blocks_paged(ctx)
    n = len(ctx.doc.lines)
    spans: list[tuple[int, int, bool]] = []  # (start, end, is_plan_part)
    fine_parts = [p for p in ctx.parts if p.prov.end_line - p.prov.start_line < n * 0.95 or len(ctx.parts) > 1]
    if fine_parts:
        plan_open = False  # the part before is a plan: an untyped part after it (past a blank page) goes on with it
        for p in sorted(fine_parts, key=lambda p: p.prov.start_line):
            is_plan = p.kind == "plan" or (plan_open and p.kind == "other")
            plan_open = is_plan
            spans.append((p.prov.start_line, p.prov.end_line, is_plan))
    else:
        cuts = [ln.number for ln in ctx.doc.lines if _BOUNDARY.match(ln.text)]
        edges = [1] + cuts + [n + 1]
        for a, b in zip(edges, edges[1:]):
            if b - 1 >= a:
                spans.append((a, b - 1, bool(ctx.parts) and ctx.parts[0].kind == "plan"))
    out: list[_Region] = []
    idx = block_index(ctx, blocks)
    starts = idx.first_lines
    # each regex below runs only on a block whose lower case holds a word every match of it holds (or one where the
    # lower case is no sure test, see _holds)
    lows = idx.lows
    risky = set(idx.risky)
    for start, end, is_plan in spans:
        lo = bisect_left(starts, start)
        inside = blocks[lo:bisect_right(starts, end)]
        if not inside:
            continue
        if any(len(b.text) < 160 and (k in risky or "scorecard" in lows[k] or "dashboard" in lows[k] or
                                      "performance" in lows[k] or "monitoring" in lows[k])
               and _PERFORMANCE_TITLE.search(b.text) for k, b in enumerate(inside[:4], lo)):
            continue  # a scorecard or performance report against a plan: its corrective actions are not pledges
        titled = any(len(b.text) < 160 and (k in risky or "plan" in lows[k] or "strategy" in lows[k])
                     and _PLAN_TITLE.search(b.text) for k, b in enumerate(inside[:10], lo))
        part = ctx.part_at(start)
        # (a salutation in the first 16 blocks: those of _is_letter among them)
        any_letter = (part is not None and part.kind == "letter") or \
            any(lows[k][:4] == "dear" and _DEAR.match(b.text) for k, b in enumerate(inside[:16], lo))
        letter = any_letter and any((k in risky or "plan" in lows[k]) and _PLAN_MENTION.search(b.text)
                                    for k, b in enumerate(inside[:8], lo))
        if not (is_plan or titled or letter):
            if any_letter and any(b.kind != "heading" and (k in risky or _first_person_words(lows[k])) and
                                  _first_person(b.text) for k, b in enumerate(inside, lo)):
                # a letter answering a panel or committee: the writer's own undertakings ("we will publish…")
                out.append(_Region(start, end, _author(inside, True), True, first_person_only=True))
            continue
        need = 0 if is_plan else (1 if letter else 3)
        cues = 0
        for k, b in enumerate(inside, lo):
            if cues >= need:
                break
            if b.kind != "heading" and (k in risky or _first_person_words(lows[k])) and _first_person(b.text):
                cues += 1
        if cues >= need:
            out.append(_Region(start, end, _author(inside, letter), letter and not is_plan))
    return out


def _first_person_words(low: str) -> bool:
    """Whether :func:`_first_person` can hold for a text whose lower case is ``low`` (one that folds plainly): each of
    its patterns needs one of these words, and taking quotations out (see ``strip_quotes``) only splits words."""
    return ("will" in low or "shall" in low or "'ll" in low or "’ll" in low or "propose" in low or "commit" in low
            or "pledge" in low or "promise" in low or "undertake" in low or "sets" in low
            or ("we" in low and "are" in low))


def _first_person(text: str) -> bool:
    t = strip_quotes(text)
    if not folds_plainly(t):
        return bool(_WE_WILL.search(t) or _WE_PROPOSE.search(t) or _WE_COMMIT.search(t))
    # cheap tests first: each pattern is tried only when the text holds a word every match of it holds (and then on
    # the lower case, see _low_twin)
    low = t.lower()
    if _we_will(t, low):
        return True
    if "propose" in low and _search(_WE_PROPOSE, t, low):
        return True
    return bool(("commit" in low or "pledge" in low or "promise" in low or "undertake" in low or "sets out" in low
                 or ("are" in low and _WE_ARE_TO.search(low))) and _search(_WE_COMMIT, t, low))  # _COMMIT_WORDS


# words every match of _WE_WILL holds, and of _WE_COMMIT but for "we are to …" (lower-cased)
_WILL_WORDS = ("will", "shall", "'ll", "’ll")
_COMMIT_WORDS = ("commit", "pledge", "promise", "undertake", "sets out")
_WE_ARE_TO = re.compile(r"we\s+are\s+to\s")
_DEAR = re.compile(r"^dear\b", re.I)


def _is_letter(inside: list[Block]) -> bool:
    return any(_DEAR.match(b.text) for b in inside[:8])


def _holds(text: str, words: tuple[str, ...]) -> bool:
    """Whether a case-insensitive regex whose every match holds one of ``words`` can match ``text``: False when the
    lower case holds none of them (see ``folds_plainly``)."""
    if not folds_plainly(text):
        return True
    low = text.lower()
    return any(w in low for w in words)


def _author(inside: list[Block], letter: bool) -> str | None:
    """The body the plan (or letter) speaks for: from a signature at its end or its title page."""
    tail = [b for b in inside[-6:] if len(b.text) < 120]
    head = [b for b in inside[:8] if len(b.text) < 200]
    order = (tail + head) if letter else (head + tail)
    for b in order:
        # "cc: …, Police and Crime Commissioner" names who else receives the letter, not its writer
        copied = _COPIED.search(b.text)
        text = b.text[:copied.start()] if copied else b.text
        if not text.strip():
            continue
        if letter and b.kind == "para" and len(text) > 40 and text.rstrip().endswith("."):
            continue  # a sentence near the end ("I am copying this to the Commissioner.") names others, not the writer
        body = normalise_body(text)
        if body and body not in ("London Assembly", "Police and Crime Panel") and not (
                b.kind == "para" and _INDEPENDENT.search(body)):
            return body  # (a national body named in passing in a paragraph is not the author)
    return None


_COPIED = re.compile(r"(?:^|\s)(?:cc|c\.c\.|copy to|copies to|copied to)\s*:", re.I)


# --- reading a plan ------------------------------------------------------------------------------------------------

_TOPIC_DASH = re.compile(r"^[^–—]{2,120}?\s+[–—-]\s+")


def _commitments_in(inside: list[Block], region: _Region, measures_by_theme: dict) -> list[_Found]:
    out: list[_Found] = []
    chapter: str | None = None
    heading: str | None = None
    chapter_next = True  # the next plain heading starts a chapter
    chapters = _chapter_titles(inside)
    list_lead: Block | None = None
    lead_text = ""
    in_measures = False
    asked: str | None = None
    for k, b in enumerate(inside):
        if b.kind == "note":
            continue
        if region.first_person_only and b.text.rstrip().endswith("?"):
            asked = b.text.strip()  # a question the letter answers: the theme of the answer after it
            continue
        if is_heading_block(b):
            t = b.text.strip()
            if ("...." in t or "……" in t or "\t" in t) and _CONTENTS_LINE.search(t):
                continue  # a contents entry ("Priority 1: … ........ 6"), not the chapter itself
            if _MEASURES_HEADING.match(t):
                in_measures = True
                list_lead = None
                continue
            in_measures = False
            if _LIST_HEADING.match(t):
                list_lead, lead_text = b, t
                continue
            if _CHAPTER_END.match(t):
                chapter_next = True
                list_lead = None
                continue
            if _STRUCTURAL.match(t) or _stat_heading(t) or _signature(t):
                continue
            if _uppercase(t) and _ANY_CUE.search(t):
                continue  # a slogan in capitals ("WE WILL NOT TOLERATE …"), not a section
            list_lead = None
            if chapter_next or _CHAPTER_CUE.match(t) or _norm(t) in chapters or _before_commitments(inside, k):
                chapter = t
                chapter_next = False
            heading = t
            continue
        if b.kind == "para" and b.text.lstrip()[:1] in "CcQq" and _CHAPTER_END.match(b.text.strip()):
            chapter_next = True
            list_lead = None
            in_measures = False
            continue
        theme = (asked if region.first_person_only else None) or chapter or heading
        topic = _LETTER_TOPIC.match(b.head) if region.letter and "**" in b.head else None
        if topic:
            theme = topic.group("topic").strip()
        if in_measures:
            if b.kind == "bullet":
                measures_by_theme.setdefault(theme, []).append(b.text)
                continue
        section = heading if heading and heading != theme else None
        if b.kind == "bullet" and list_lead is not None:
            item = _LIST_TAIL.sub("", b.text)
            text = item if not item[:1].islower() else f"{lead_text} {item}"
            owner = _owner_of(lead_text, region, theme) or region.author
            out.append(_Found(text, b.start, theme, section, owner))
            continue
        sents = None
        if b.kind == "para":
            list_lead = None
            if b.text.rstrip().endswith(":"):
                sents = split_sentences(b)
                if sents and _LIST_LEAD.search(strip_quotes(sents[-1].text)):
                    # "… In future, we will:" opens a list; the sentences before it are read as usual
                    list_lead, lead_text = b, sents[-1].text
                    sents = sents[:-1]
        if _uppercase(b.text) or not _may_cue(b.text) or not _has_cue(b.text):
            continue  # (a block with no cue has no commitment: see _commitment_owner)
        for s in (sents if sents is not None else split_sentences(b)):
            text = s.text
            if topic and s.offset == 0:
                text = _TOPIC_DASH.sub("", text, count=1)
            owner = _commitment_owner(text, region, theme)
            if owner is _NO:
                continue
            out.append(_Found(text, s.line, theme, section, owner))
    return out


_NO = object()
_ANY_CUE = re.compile(r"\b(?:will|shall|propose|commit|committed|commitments?|pledge|promise|undertake|we['’]ll|"
                      r"i['’]ll|are to|is to|plans? to)\b", re.I)


# the words of _ANY_CUE, each to be found whole (no letter, digit or "_" either side: its \b…\b)
_CUE_ALTERNATIVES = ("will", "shall", "propose", "commit", "committed", "commitment", "commitments", "pledge",
                     "promise", "undertake", "we'll", "we’ll", "i'll", "i’ll", "are to", "is to", "plan to", "plans to")


def _cue_in(low: str) -> bool:
    """Whether :data:`_ANY_CUE` matches a text that folds plainly, given its lower case ``low``: one of its words
    stands whole (each starts and ends with a letter, so its ``\\b`` asks for no word character next to it). Plain
    searches, quicker than the regex on a sentence."""
    n = len(low)
    for w in _CUE_ALTERNATIVES:
        at = low.find(w)
        while at >= 0:
            end = at + len(w)
            if (at == 0 or not _word_char(low[at - 1])) and (end == n or not _word_char(low[end])):
                return True
            at = low.find(w, at + 1)
    return False


def _has_cue(text: str) -> bool:
    """Whether :data:`_ANY_CUE` matches ``text`` (by :func:`_cue_in` where the text folds plainly)."""
    return _cue_in(text.lower()) if folds_plainly(text) else bool(_ANY_CUE.search(text))


def _word_char(c: str) -> bool:
    """A character ``\\w`` matches (in a ``str`` pattern: a letter, digit or numeral, or "_")."""
    return c.isalnum() or c == "_"


def _may_cue(text: str) -> bool:
    """Whether :data:`_ANY_CUE` can match ``text`` (or any part of it): False when the lower case holds none of the
    words one of its matches holds (see ``folds_plainly``). A cheap test to run first."""
    if not text.isascii() and not folds_plainly(text):
        return True
    low = text.lower()
    return ("will" in low or "shall" in low or "propose" in low or "commit" in low or "pledge" in low
            or "promise" in low or "undertake" in low or "'ll" in low or "’ll" in low or "are to" in low
            or "is to" in low or "plan" in low)


def _commitment_owner(sentence: str, region: _Region, theme: str | None):
    """The owner if ``sentence`` is a commitment, else ``_NO``."""
    if sentence.rstrip().endswith("?") or not _may_cue(sentence):
        return _NO
    # the case-insensitive patterns search the lower case where that finds the same (see _low_twin), and each runs
    # only where the lower case holds a word every match of it holds; ``low`` is None where neither shortcut is sure
    low = sentence.lower() if folds_plainly(sentence) else None
    if not (_cue_in(low) if low is not None else _ANY_CUE.search(sentence)):  # (_has_cue)
        return _NO
    t = strip_quotes(sentence)
    if t is not sentence and low is not None:
        low = t.lower()
    will = low is None or "will" in low
    if _may_not_commit(low) and _search(_NOT_COMMITMENT, t, low):
        twin = _LOW[_NOT_COMMITMENT] if low is not None else None
        rest = twin.sub(" ", low) if twin is not None else _NOT_COMMITMENT.sub(" ", t)
        if not _we_will(rest, rest if twin is not None else None):
            return _NO
    sure = low is None
    m = (_we_will(t, low)
         or (sure or "propose" in low) and _search(_WE_PROPOSE, t, low)
         or (sure or "commit" in low or "pledge" in low or "promise" in low or "undertake" in low or "sets out" in low
             or ("are" in low and _WE_ARE_TO.search(low))) and _search(_WE_COMMIT, t, low)  # _COMMIT_WORDS
         or will and _search(_WE_AND_WILL, t, low))
    if m:
        who = m.group(0).lower()
        if _I.search(who):
            return _foreword_owner(theme) or region.author
        return region.author
    if region.first_person_only:
        return _NO
    # (_NAMED is case-sensitive and ends at "will", "is/are to …" or "has/have (also) committed to")
    for m in (_NAMED.finditer(t) if "will" in t or "committed" in t or ("to" in t and ("is" in t or "are" in t))
              else ()):
        subj = m.group("subj")
        body = _named_owner(subj)
        if body:
            return body if _own_body(body, region) else _NO
    m = _NAMED_AND_WILL.search(t) if "will" in t and "and" in t else None
    if m:
        body = _named_owner(m.group("subj"))
        if body:
            return body if _own_body(body, region) else _NO
    m = _search(_PASSIVE, t, low) if not region.active_only and will else None
    if m and _search(_PLAN_SUBJECT, t[:m.start()], low and low[:m.start()]) and \
            not _search(_PRONOUN_SUBJECT, t[:m.end()], low and low[:m.end()]):
        return region.author
    return _NO


_I = re.compile(r"\bi\b|\bi['’]ll")


def _low_twin(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-insensitive pattern written in lower case, compiled case-sensitively to search the lower-cased text
    instead (quicker). Both find the same matches, at the same places, in a text that ``folds_plainly``: each of its
    letters matches a pattern letter just when its lower case is that letter, and lower-casing it keeps every
    character's place and whether it is a word character. None for a pattern with an upper-case letter."""
    if not rx.flags & re.I or re.search(r"[A-Z]", re.sub(r"\\.", "", rx.pattern)):
        return None
    return re.compile(rx.pattern, rx.flags & ~re.I)


_LOW = {rx: _low_twin(rx) for rx in (_ANY_CUE, _NOT_COMMITMENT, _WE_WILL, _WE_PROPOSE, _WE_COMMIT, _WE_AND_WILL,
                                     _PASSIVE, _PLAN_SUBJECT, _PRONOUN_SUBJECT)}


def _we_will(text: str, low: str | None) -> re.Match[str] | None:
    """``_WE_WILL.search(text)``; on the lower case ``low`` where given (see :func:`_search`), only up to one
    character past the last "will", "shall" or "'ll" (every match ends at one of them, and its ``\\b`` looks just one
    character on), and not at all where there is none."""
    if low is None:
        return _WE_WILL.search(text)
    end = -1
    for w in _WILL_WORDS:
        at = low.rfind(w)
        if at >= 0 and at + len(w) > end:
            end = at + len(w)
    if end < 0:
        return None
    twin = _LOW.get(_WE_WILL)
    return twin.search(low, 0, end + 1) if twin is not None else _WE_WILL.search(text)


def _search(rx: re.Pattern[str], text: str, low: str | None) -> re.Match[str] | None:
    """``rx.search(text)``, run as its lower-case twin on ``low`` (``text`` lower-cased, where it folds plainly)."""
    twin = _LOW.get(rx) if low is not None else None
    return twin.search(low) if twin is not None else rx.search(text)


def _may_not_commit(low: str | None) -> bool:
    """Whether :data:`_NOT_COMMITMENT` can match (``low``: the lower case, or None where it is no sure test): each
    of its forms holds "wh", "how", "if", "you" or "please", or "will" with "have", "need" or "not"."""
    return low is None or "wh" in low or "how" in low or "if" in low or "you" in low or "please" in low or (
        "will" in low and ("have" in low or "need" in low or "not" in low))


def _own_body(body: str, region: _Region) -> bool:
    """A named subject's undertaking counts unless it is a national or independent body that is not the author
    ("The Ministry of Justice will open…" in a local plan, "The NPCC will then ask…" in a Government response)."""
    if region.author is None and region.active_only:
        return True  # an answer whose responder is not named: the body it names may well be itself
    if region.author and (body == region.author or body.lower() in region.author.lower()
                          or region.author.lower() in body.lower()):
        return True
    if region.author and _CENTRAL.search(region.author) and _CENTRAL.search(body):
        return True  # a Government response speaks for its departments ("The Home Office will…")
    if region.active_only:
        return False  # an answer: what another body will do is not the responder's undertaking
    return not _INDEPENDENT.search(body)


_CENTRAL = re.compile(r"\b(?:government|home office|ministry|department|minister|secretary of state|treasury)\b", re.I)


_AND_OF = re.compile(r"^(?:and|of)\s+", re.I)
_THE = re.compile(r"^the\s+", re.I)


def _named_owner(subj: str) -> str | None:
    """The body a named subject stands for ("The Mayor" → Mayor of London), or None if it is not a body."""
    s = _AND_OF.sub("", subj.strip())
    bare = _THE.sub("", s)
    if not bare or bare.split()[0].lower() in ("this", "it", "that", "these", "there", "which", "they", "who", "each",
                                               "in", "to", "for", "as", "if", "when", "where", "once", "by"):
        return None
    if _PLAN_SUBJECT.search(bare):
        return None  # "The Police and Crime Plan will be delivered…" describes the plan
    body = normalise_body(s) or normalise_body(bare)
    if body:
        return body
    if _ROLE_SUBJECT.search(bare) and len(bare.split()) <= 8:
        return bare
    return None


_WE_OUR = re.compile(r"\bwe\b|\bour\b", re.I)
_I_WORD = re.compile(r"\bi\b")


def _owner_of(lead: str, region: _Region, theme: str | None) -> str | None:
    t = strip_quotes(lead)
    if _WE_OUR.search(t):
        return region.author
    if _I_WORD.search(t):
        return _foreword_owner(theme) or region.author
    m = _NAMED.search(t)
    if m:
        return _named_owner(m.group("subj"))
    return None


_FOREWORD = re.compile(r"^foreword", re.I)


def _foreword_owner(theme: str | None) -> str | None:
    if theme and _FOREWORD.match(theme):
        return normalise_body(theme)
    return None


# --- headings and chapters ---------------------------------------------------------------------------------------

_CONTENTS_ENTRY = re.compile(r"^(?P<t>[A-Z][^\t.]{3,100}?)\s*(?:\.{3,}|\t)\s*\d{1,3}\s*$")
_OUR_PRIORITIES = re.compile(r"^our (?:\w+\s+)?(?:priorities|themes|aims|objectives)$", re.I)


def _chapter_titles(inside: list[Block]) -> set[str]:
    """Titles listed in the plan's contents or priorities list: headings matching them open chapters."""
    out: set[str] = set()
    for b in inside[:40]:
        m = _CONTENTS_ENTRY.match(b.text) if "..." in b.text or "\t" in b.text else None
        if m:
            out.add(_norm(m.group("t")))
    for k, b in enumerate(inside):
        if b.kind == "heading" and _OUR_PRIORITIES.match(b.text):
            for nb in inside[k + 1:k + 12]:
                if nb.kind == "bullet":
                    out.add(_norm(nb.text))
    return out


_PROPOSE_COMMIT = re.compile(r"\bpropose\b|\bcommit", re.I)


def _before_commitments(inside: list[Block], k: int) -> bool:
    """The heading opens a section whose commitments list follows it before any other plain heading."""
    for b in inside[k + 1:k + 15]:
        if is_heading_block(b):
            t = b.text.strip()
            if _LIST_HEADING.match(t):
                return True
            if _stat_heading(t) or _signature(t):
                continue
            return False
        if b.kind == "para" and b.text.rstrip().endswith(":") and _LIST_LEAD.search(b.text) and \
                _PROPOSE_COMMIT.search(b.text):
            return True
    return False


def _stat_heading(t: str) -> bool:
    """A call-out figure ("Nearly 63,000", "74% of residents feel safe") rather than a heading."""
    if not _DIGIT.search(t) or _CHAPTER_CUE.match(t):
        return False  # ("Priority 1: Roads" is a chapter)
    return len(t.split()) <= 4 or "%" in t or bool(_CALL_OUT.match(t))


_DIGIT = re.compile(r"\d")
_CALL_OUT = re.compile(r"^(?:only|nearly|over|almost|around|about|more than|less than|fewer than|up to|just)?\s*[£$]?\d",
                       re.I)


_NOT_A_NAME = re.compile(r"^(?:the|a|an|our|foreword|how|what|why)\b", re.I)


def _signature(t: str) -> bool:
    """A signature line: a name and a post ("Jane Smith Mayor of Anytown")."""
    words = t.split()
    return 3 <= len(words) <= 10 and words[0][:1].isupper() and words[1][:1].isupper() and \
        _holds(t, ("mayor", "commissioner", "chair", "leader", "chief", "director")) and \
        bool(_SIGNATURE_ROLE.search(t)) and not _NOT_A_NAME.match(t)


def _uppercase(text: str) -> bool:
    """Written in capitals (a goal heading such as "WE WILL KEEP THE TOWN SAFE")."""
    head = text[:40]  # (a letter of it that upper-casing changes settles it)
    return len(text) <= 300 and head == head.upper() and text == text.upper() and sum(c.isalpha() for c in head) >= 8


def _norm(t: str) -> str:
    return " ".join(_ALNUM.findall(t.lower()))


_ALNUM = re.compile(r"[a-z0-9]+")


# --- merging repeats -------------------------------------------------------------------------------------------

def _merge(ctx: Context, found: list[_Found], measures_by_theme: dict) -> list[Commitment]:
    groups: list[list[_Found]] = []
    index: dict[str, list[int]] = {}  # a rare content word → groups holding it (to avoid comparing all pairs)
    from ._text import content_words

    for f in found:
        words = content_words(f.text)
        keys = sorted(set(words), key=len, reverse=True)[:3]
        target = None
        if len(words) >= 6:
            cands = {gi for k in keys for gi in index.get(k, ())}
            mine = frozenset(words)  # (similarity's word set of f.text)
            for gi in sorted(cands):
                theirs = word_set(groups[gi][0].text)
                if mine and theirs and len(mine & theirs) / min(len(mine), len(theirs)) >= 0.85:  # similarity()
                    target = gi
                    break
        if target is None:
            groups.append([f])
            target = len(groups) - 1
        else:
            groups[target].append(f)
        for k in keys:
            index.setdefault(k, []).append(target)
    out: list[Commitment] = []
    for g in groups:
        first = g[0]
        lines = sorted({x.line for x in g})
        c = Commitment(
            prov=Provenance(ctx.doc.sha256, first.line, first.line, ctx.doc.page_of(first.line), EXTRACTOR, 0.7),
            locations=lines if len(lines) > 1 else [],
            text=first.text, theme=first.theme, owner=first.owner, section=first.section,
            measures=list(measures_by_theme.get(first.theme, [])),
        )
        out.append(c)
    return out
