"""Answers that are not question and answer: one ``responses`` item per topic or recommendation answered.

Two forms:

- a letter that answers a committee's recommendations or questions by topic puts each topic in a heading or a
  bold lead-in ("**Health and policing** – We commit…"). The topic is kept as written; ``responds_to`` is the
  recommendation the heading names ("Recommendation 3: …"), if it names one. Letters are found by
  :mod:`scrutiny.extract.letters`; a topic repeated in a second copy of the same letter is one item with
  ``locations``.
- a response that restates each recommendation and answers it (a government or MOPAC response, in a letter or a
  report): "Recommendation 3" (the recommendation restated) then "Response: The Government partially accepts…".
  The item's topic is the label ("Recommendation 3", "Recommendations 9 and 10"), ``responds_to`` names the
  recommendation(s), and its line is the "Response:" line (or, with no label, the first paragraph that states a
  stance: "The Government accepts this recommendation"). The restated recommendation itself is a
  ``recommendations`` item (see :mod:`.recommendations`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Provenance, Response
from . import Context
from ._text import Block, clean_text, doc_blocks_paged
from .letters import find_letters
from .recommendation_updates import BlockIndex, block_index

KEY = "responses"

# "Recommendation 3", "Recommendations 9 and 10", "Recommendation R2 (paragraph 18)", "Recommendation 4: …"
REC_LABEL = re.compile(
    r"^(?:\*\*)?(?P<label>(?:committee\s+)?recommendations?\s+(?P<nums>R?\d{1,3}[a-z]?(?:\s*(?:,|and|&|to|-|–)\s*"
    r"R?\d{1,3}[a-z]?)*))\b(?:\*\*)?\s*(?:\([^)]{1,60}\))?\s*[:.–—-]?\s*(?P<rest>.*)$",
    re.I,
)
# "Response:", "Government response:", "MOPAC response", "Response from the Home Office:", "Reply: Accepted."
_RESPONSE_LABEL = re.compile(
    r"^(?:\*\*)?(?:(?:the\s+)?[\w'’&.-]+\s+){0,3}?(?:response|reply)(?:\s+(?:from|of|by)\s+[^:]{2,60})?(?:\*\*)?"
    r"\s*(?::|[–—-]\s|$)",
    re.I,
)
# a paragraph that states where the responder stands on the recommendation
_STANCE = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){0,5}?(?:we\s+|i\s+)?(?:(?:fully|partially|partly|broadly)\s+)?"
    r"(?:accepts?|does\s+not\s+accept|do\s+not\s+accept|rejects?|notes|agrees?|disagrees?|welcomes?|supports?)\b"
    r"|^(?:accepted|not accepted|partially accepted|rejected|agreed|noted)\b",
    re.I,
)


@dataclass
class RecResponse:
    """One recommendation (or group) restated and answered."""

    label: str  # "Recommendation 3"
    numbers: list[str]
    heading_line: int
    line: int  # the "Response:" line or the stance paragraph
    first_block: int
    last_block: int  # the last block of the restated recommendation (before the response)
    topic: str = ""  # the label, or for an unlabelled item the label and the item's text


def extract(ctx: Context) -> list[Response]:
    """One item per topic a letter answers under its own heading, and per recommendation a response answers."""
    out: list[Response] = []
    answered = rec_responses(ctx)
    spans = [(r.heading_line, r.line) for r in answered]
    for lb in find_letters(ctx):
        by_topic: dict[str, Response] = {}
        # what the whole letter says it answers ("Response to the recommendations made by the … Committee")
        stated = lb.subject[len("Response to "):] if lb.subject and lb.subject.startswith("Response to ") else None
        for t in lb.topics:
            if any(a <= t.line <= z for a, z in spans):
                continue  # a recommendation label the restated form below answers
            key = t.topic.lower()
            if key in by_topic:
                by_topic[key].locations.append(t.line)
                continue
            prov = Provenance(ctx.doc.sha256, t.line, t.line, ctx.doc.page_of(t.line), "responses.topic", 0.8)
            by_topic[key] = Response(prov=prov, topic=t.topic, responds_to=t.responds_to or stated)
        for copy in lb.copy_topics:
            for t in copy:
                r = by_topic.get(t.topic.lower())
                if r is not None:
                    r.locations.append(t.line)
        out.extend(by_topic.values())
    for r in answered:
        prov = Provenance(ctx.doc.sha256, r.line, r.line, ctx.doc.page_of(r.line), "responses.recommendation", 0.8)
        out.append(Response(prov=prov, topic=r.topic or r.label, responds_to=r.label))
    out.sort(key=lambda x: x.prov.start_line)
    return out


def rec_responses(ctx: Context) -> list[RecResponse]:
    """Every "Recommendation N … Response: …" pair in the document (computed once, shared with recommendations)."""
    cached = getattr(ctx, "_rec_responses", None)
    if cached is not None:
        return cached
    blocks = doc_blocks_paged(ctx)
    heads: list[tuple[int, str, list[str], str]] = []  # (block index, label, numbers, topic)
    # the blocks the tests below can pass (the loop reads only those): a label says "ecommendation" or opens with
    # "a" or "i" (in any case), an answered item is a numbered bullet. The index is the one recommendations builds.
    idx = block_index(ctx, blocks)
    cands = set(idx.holding("ecommendation")).union(idx.starting("a"), idx.starting("i"))
    cands.update(idx.numbered)
    for i in sorted(cands):
        b = blocks[i]
        if b.kind == "note":
            continue
        m = REC_LABEL.match(b.text) if "ecommendation" in b.text[:40].lower() else None  # (any case: the label may be in capitals)
        if m:
            label = clean_text(m.group("label"))
            label = label[:1].upper() + label[1:]
            heads.append((i, label, numbers_in(m.group("nums")), label))
            continue
        m = AFI_LABEL.match(b.text) if b.text[:1] in "AaIi" else None
        if m:
            label = clean_text(m.group("label"))
            heads.append((i, label[:1].upper() + label[1:], [m.group("num")], label[:1].upper() + label[1:]))
            continue
        item = _answered_item(blocks, i, idx) if b.kind == "bullet" and b.numbered else None  # (its first test)
        if item is not None:
            heads.append((i, *item))
    out: list[RecResponse] = []
    for k, (i, label, numbers, topic) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else min(len(blocks), i + 40)
        found = _response_in(blocks, i, stop, idx)
        if found is None:
            continue
        j, line = found
        out.append(RecResponse(label, numbers, blocks[i].start, line, i, j - 1, topic))
    ctx._rec_responses = out
    return out


# "Area for improvement 2", "AFI 2", "Area for improvement 2:": an inspection's lesser finding, answered like a
# recommendation
AFI_LABEL = re.compile(r"^(?:\*\*)?(?P<label>(?:areas?\s+for\s+improvement|AFI)\s*(?P<num>\d{1,3}[a-z]?))\b(?:\*\*)?\s*"
                       r"[:.–—-]?\s*(?P<rest>.*)$", re.I)
# "(Paragraph 21)", "(paras 4-6)": the report paragraph a restated recommendation comes from
PARA_REF = re.compile(r"\s*\((?:see\s+)?(?:paragraphs?|paras?\.?)\s+[\d\s,–-]+(?:and\s+\d+)?\)\s*\.?\s*$", re.I)
_ITEM_MARKER = re.compile(r"[a-z]|\d{1,2}|R\d{1,2}")  # "a", "3", "R2"
_NAMES_REC = re.compile(r"recommendation|proposal", re.I)
_ASKS = re.compile(r"\b(?:should|must|recommends?|needs?\s+to|ought\s+to|urges?|calls?\s+on)\b", re.I)


def _answered_item(blocks: list[Block], i: int, idx: BlockIndex) -> tuple[str, list[str], str] | None:
    """A recommendation restated as a numbered or lettered item ("(a) The Home Office should…", "3. Forces
    should…") with an answer label straight after it ("Government response", "Response:"): (label, numbers,
    topic). The label is made from the item's marker ("Recommendation (a)"), and the topic adds the item's text,
    since the document gives the recommendation no label of its own."""
    b = blocks[i]
    if b.kind != "bullet" or not b.numbered or not b.marker or b.text.rstrip().endswith("?"):
        return None
    mk = b.marker.strip("().")
    if not _ITEM_MARKER.fullmatch(mk):
        return None
    if not _may_ask(idx, i) or not _ASKS.search(b.text):
        return None
    for j in range(i + 1, min(len(blocks), i + 4)):
        nb = blocks[j]
        t = nb.text.strip()
        if nb.kind == "note" or PARA_REF.fullmatch(" " + t):
            continue
        if not (_may_label(idx, j) and _RESPONSE_LABEL.match(t)
                and not t.lower().startswith(("in response", "our response to"))):
            return None
        break
    else:
        return None
    num = mk[1:] if mk[:1] == "R" else mk
    label = f"Recommendation ({num})" if num.isalpha() else f"Recommendation {num}"
    text = PARA_REF.sub("", clean_text(b.text)).strip()
    return label, [num], f"{label}: {text}"


def _response_in(blocks: list[Block], i: int, stop: int, idx: BlockIndex) -> tuple[int, int] | None:
    """(index of the first response block, the line it starts) between a recommendation label and ``stop``."""
    lows, risky = idx.lows, idx.risky_set
    for j in range(i + 1, stop):
        b = blocks[j]
        if b.kind == "note":
            continue
        # (both tests need words in the block's lower case, unless it holds a letter that folds oddly)
        low = lows[j]
        plain = j not in risky
        if plain and "response" not in low and "reply" not in low and (
                "recommendation" not in low and "proposal" not in low):
            continue
        t = b.text.strip()
        if (not plain or "response" in low or "reply" in low) and _RESPONSE_LABEL.match(t) \
                and not t.lower().startswith(("in response", "our response to")):
            return j, b.start
        if j > i + 1 and b.kind == "para" and _STANCE.match(t) and _NAMES_REC.search(t[:160]):
            return j, b.start
    return None


def _may_label(idx: BlockIndex, j: int) -> bool:
    """Whether :data:`_RESPONSE_LABEL` can match block ``j``: it says "response" or "reply" (in the lower case,
    unless the block holds a letter that folds oddly, see ``BlockIndex.risky``)."""
    low = idx.lows[j]
    return "response" in low or "reply" in low or j in idx.risky_set


def _may_ask(idx: BlockIndex, j: int) -> bool:
    """Whether :data:`_ASKS` can match block ``j``: each of its words is in the lower case (see _may_label)."""
    low = idx.lows[j]
    return ("should" in low or "must" in low or "recommend" in low or "need" in low or "ought" in low
            or "urge" in low or "call" in low or j in idx.risky_set)


def numbers_in(nums: str) -> list[str]:
    """The numbers a label names: "9 and 10" → ["9", "10"], "3 to 5" → ["3", "4", "5"]."""
    found = re.findall(r"R?(\d{1,3}[a-z]?)", nums, re.I)
    if len(found) == 2 and re.search(r"\bto\b|[-–]", nums) and found[0].isdigit() and found[1].isdigit() \
            and 0 < int(found[1]) - int(found[0]) <= 20:
        return [str(n) for n in range(int(found[0]), int(found[1]) + 1)]
    return found
