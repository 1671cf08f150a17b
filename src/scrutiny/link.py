"""Linking rules: which item answers, updates or repeats which.

Input is a flat list of :class:`StoredItem` (every item of every ingested document, as the store holds them);
output a list of :class:`Link`. Each rule is a small function that blocks candidates cheaply (by meeting date, by
document, by recommendation number, by an inverted index of informative words) before scoring, so linking stays
roughly linear in the number of items. Rules:

- :func:`rule_meeting_followup` — a letter answers the actions of the meeting it follows up (meeting date, the
  sender's body/name/post against the action's owner/person, topic overlap);
- :func:`rule_appendix_reference` — an action whose status says "the letter … is attached at Appendix N" is
  answered by the letter held in that appendix of the same document;
- :func:`rule_recommendation_updates` — an update restates (number + text) the recommendation it updates;
- :func:`rule_topic_responses` — a topic response answers the plan section, commitment theme or recommendation
  whose topic matches; weak matches stay proposed;
- :func:`rule_same_as` — the same letter, recommendation or action (an action list reprinted in the next pack)
  in two documents is one record with two locations; :func:`same_as_groups` gathers the copies.

Every link carries its rule, the evidence (which fields matched and how) and a score 0–1; it is "asserted" when the
score reaches the threshold and "proposed" (for the review queue) otherwise. When two rules find the same link,
their scores combine (noisy-or) and both evidences are kept.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Iterable

from .extract._dates import month_number
from .gazetteer import clean_person_name, normalise_body
from .similarity import (TokenIndex, lexical_similarity, near_duplicate, token_set, tokens, topic_overlap)
from .tracking import to_date

PROPOSE_FLOOR = 0.3  # links scoring below this are not worth a reviewer's time and are dropped
TIE_MARGIN = 0.05  # candidates this close to the best one are kept as equals
OUTRANKED_CAP = 0.55  # an outranked candidate that still scored high stays in the queue at most at this score
MAX_BLOCK = 40  # blocks larger than this are paired through the word index instead of all-pairs
WEAK_TOPIC_MAX = 0.58  # a topic response matched on content only never asserts (with the default threshold)
MAX_PROPOSALS = 3  # at most this many equally good proposals per response


@dataclass
class StoredItem:
    """One extracted item as the store holds it: its contract fields in ``data`` plus where it came from."""

    id: str
    document_id: str
    document_name: str
    kind: str  # a contract key: actions, letters, recommendations, recommendation_updates, responses, parts …
    data: dict
    start_line: int
    end_line: int
    text: str | None = None  # the item's full source text, when available
    document_date: str | None = None


@dataclass
class Link:
    """``source_id`` —relation→ ``target_id``: the answer (letter, update, response, later copy) is the source."""

    source_id: str
    target_id: str
    relation: str  # answers | updates | same_as | responds_to_topic
    rule: str  # the rule(s) that made it, "+"-joined when several agree
    evidence: dict  # rule name → what matched and how (with that rule's own score)
    score: float
    state: str  # asserted | proposed
    date: str | None = None  # the source's date (when the answer was given), for "as of" evaluation


# --- small helpers ----------------------------------------------------------------------------------------------

_APPENDIX = re.compile(r"\bappendi(?:x|ces)\s+([0-9]{1,2}|[A-Z]\b|[ivx]{1,4}\b)", re.I)
_ISO = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_TEXT_DATE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|"
                        r"September|October|November|December)\s+(\d{4})\b", re.I)
_NUMBER_KEY = re.compile(r"(\d+[a-z]?|[ivxlc]+\b|[a-z]\b)", re.I)
_LEADING_WORDS = re.compile(r"^(?:the|a|an)\s+", re.I)
# posts that name their body without naming it ("Commissioner of Police of the Metropolis" heads the MPS)
_EXTRA_BODY_CUES = [(re.compile(r"police of the metropolis|scotland yard", re.I), "MPS")]
_LETTER_HEADER_LINES = 25
APPENDIX_HEADING_GAP = 12  # an "Appendix N" heading this close above a letter introduces it
_SALUTATION = re.compile(r"^\s*dear\b", re.I | re.M)
_MEETING_WORDS = re.compile(r"\b(?:meeting|committee|panel|attendance|attended|session|hearing)\b", re.I)


def _d(item: StoredItem, name: str, default: Any = None) -> Any:
    value = item.data.get(name, default)
    return default if value is None else value


@lru_cache(maxsize=65536)
def _body(text: str | None) -> str | None:
    if not text:
        return None
    found = normalise_body(text)
    if found:
        return found
    for rx, canon in _EXTRA_BODY_CUES:
        if rx.search(text):
            return canon
    return None


@lru_cache(maxsize=16384)
def _surname(name: str | None) -> str | None:
    clean = clean_person_name(name)
    return clean.split()[-1].lower() if clean else None


def number_key(value: Any) -> str | None:
    """A recommendation number normalised for matching: "Recommendation 3" / "3." / "R3" → "3"."""
    if value is None:
        return None
    s = str(value).strip()
    s = re.sub(r"^(?:recommendation|rec|r)\.?\s*", "", s, flags=re.I)
    m = _NUMBER_KEY.search(s)
    return m.group(1).lower() if m else None


def _dates_in(text: str | None) -> list[str]:
    """ISO dates written in ``text`` (ISO or "9 October 2014" style)."""
    if not text:
        return []
    out = _ISO.findall(text)
    for day, month, year in _TEXT_DATE.findall(text):
        try:
            out.append(to_date(f"{int(year):04d}-{month_number(month):02d}-{int(day):02d}").isoformat())
        except (ValueError, AttributeError, TypeError):
            continue
    return out


def _doc_date(item: StoredItem) -> str | None:
    d = to_date(item.document_date)
    return d.isoformat() if d else None


def _item_date(item: StoredItem) -> str | None:
    d = to_date(item.data.get("date")) or to_date(item.document_date)
    return d.isoformat() if d else None


def _not_later(source: StoredItem, target: StoredItem) -> bool:
    """False when the target's document is dated after the source's (an answer cannot precede its ask)."""
    a, b = to_date(source.document_date), to_date(target.document_date)
    return not (a and b and b > a)


def _letter_questions(letter: StoredItem) -> list[str]:
    return [q.get("text") or "" for q in _d(letter, "questions", []) if isinstance(q, dict)]


def _letter_content(letter: StoredItem) -> str:
    """Everything a letter says about its topics: subject, questions and full text."""
    parts = [_d(letter, "subject", ""), *_letter_questions(letter), letter.text or ""]
    return "\n".join(p for p in parts if p)


def _letter_sender_body(letter: StoredItem) -> tuple[str | None, str]:
    """The sender's body and where it was read from (the post, the name, else the letterhead and signature of the
    text, leaving out the recipient's body)."""
    return _sender_body(_d(letter, "from_role"), _d(letter, "from_name"), _d(letter, "to_role"), _d(letter, "to_name"),
                        letter.text)


@lru_cache(maxsize=4096)
def _sender_body(from_role: str | None, from_name: str | None, to_role: str | None, to_name: str | None,
                 text: str | None) -> tuple[str | None, str]:
    for field_name, value in (("from_role", from_role), ("from_name", from_name)):
        b = _body(value)
        if b:
            return b, field_name
    if not text:
        return None, ""
    recipient = {_body(to_role), _body(to_name)} - {None}
    lines = text.splitlines()
    m = _SALUTATION.search(text)
    head = text[: m.start()].splitlines() if m else lines[:_LETTER_HEADER_LINES]
    for line in [*lines[-8:], *head]:  # signature block first: the letterhead also holds the recipient's address
        b = _body(line)
        if b and b not in recipient:
            return b, "letter text"
    return None, ""


@lru_cache(maxsize=16384)
def _post_phrase(person: str | None) -> str | None:
    """The post part of a person reference ("The Deputy Commissioner, MPS" → "deputy commissioner")."""
    if not person:
        return None
    s = _LEADING_WORDS.sub("", person.split(",")[0].strip()).lower()
    s = re.sub(r"\s+", " ", s)
    return s if len(s) >= 5 else None


# --- link assembly ----------------------------------------------------------------------------------------------


@dataclass
class _Candidate:
    source: StoredItem
    target: StoredItem
    relation: str
    rule: str
    score: float
    evidence: dict = field(default_factory=dict)


def _best_per(cands: list[_Candidate], key: Callable[[_Candidate], str], threshold: float,
              max_keep: int | None = None) -> list[_Candidate]:
    """Keep, per ``key`` group, the best candidate and those within TIE_MARGIN of it (at most ``max_keep`` of
    them); an outranked candidate that reached the threshold stays as a proposal (score capped), weaker outranked
    ones are dropped."""
    groups: dict[str, list[_Candidate]] = defaultdict(list)
    for c in cands:
        groups[key(c)].append(c)
    out = []
    for _, group in sorted(groups.items()):
        group.sort(key=lambda c: (-c.score, c.source.id, c.target.id))
        best = group[0]
        for rank, c in enumerate(group):
            if c.score >= best.score - TIE_MARGIN and (max_keep is None or rank < max_keep):
                out.append(c)
            elif c.score >= threshold:
                c.evidence["outranked_by"] = {"source": best.source.id, "target": best.target.id,
                                              "score": round(best.score, 3)}
                c.score = min(c.score, OUTRANKED_CAP, threshold - 0.01)
                out.append(c)
    return out


def _finish(cands: Iterable[_Candidate], threshold: float) -> list[Link]:
    merged: dict[tuple[str, str, str], list[_Candidate]] = defaultdict(list)
    for c in cands:
        if c.score >= PROPOSE_FLOOR:
            merged[(c.source.id, c.target.id, c.relation)].append(c)
    links = []
    for (sid, tid, rel), group in sorted(merged.items()):
        group.sort(key=lambda c: c.rule)
        miss = 1.0
        evidence = {}
        for c in group:
            miss *= 1.0 - c.score
            evidence[c.rule] = {**c.evidence, "score": round(c.score, 3)}
        score = round(1.0 - miss, 3)
        src = group[0].source
        links.append(Link(sid, tid, rel, "+".join(c.rule for c in group), evidence, score,
                          "asserted" if score >= threshold else "proposed", _item_date(src)))
    return links


# --- rule 1: a letter answers the actions of the meeting it follows up ------------------------------------------


def _letter_meeting_dates(letter: StoredItem) -> tuple[list[str], str]:
    """The meeting(s) a letter follows up: its responds_to_meeting_date, else dates in its subject, else dates on
    its opening lines that speak of a meeting ("Further to my attendance at the Committee on 9 October 2014")."""
    stated = to_date(_d(letter, "responds_to_meeting_date"))
    if stated:
        return [stated.isoformat()], "responds_to_meeting_date"
    own = _item_date(letter)
    found = [d for d in _dates_in(_d(letter, "subject")) if d != own]
    if found:
        return sorted(set(found)), "dates in the subject"
    head = (letter.text or "").splitlines()[:_LETTER_HEADER_LINES + 10]
    opening = [ln for ln in head if _MEETING_WORDS.search(ln)]
    found = [d for ln in opening for d in _dates_in(ln) if d != own]
    return sorted(set(found)), "dates on the opening lines"


def sender_match(letter: StoredItem, action: StoredItem) -> tuple[float, dict]:
    """How far the letter's sender is who owed the action: 1.0 for the same person (surname) or body, 0.8 for the
    same post, 0.5 when nothing is known, 0.0 when both bodies are known and differ. Returns (score, evidence)."""
    owner, person, text = _d(action, "owner"), _d(action, "person"), _d(action, "text", "")
    ev: dict[str, Any] = {}
    surname = _surname(_d(letter, "from_name"))
    if surname and len(surname) > 2:
        words = set(re.findall(r"[a-z'’\-]+", f"{person or ''} {text}".lower()))
        if surname in words:
            ev["person"] = {"from_name": _d(letter, "from_name"), "action_person": person}
            return 1.0, ev
    post = _post_phrase(person)
    role = (_d(letter, "from_role") or "").lower()
    post_match = bool(post and role and post in role)
    sender_body, where = _letter_sender_body(letter)
    owner_body = _body(owner) or _body(person)
    if sender_body and owner_body:
        ev["body"] = {"sender": sender_body, "sender_from": where, "owner": owner_body}
        if sender_body == owner_body:
            return 1.0, ev
        if post_match:
            ev["post"] = {"from_role": _d(letter, "from_role"), "action_person": person}
            return 0.8, ev
        ev["mismatch"] = True
        return 0.0, ev
    if post_match:
        ev["post"] = {"from_role": _d(letter, "from_role"), "action_person": person}
        return 0.8, ev
    ev["unknown"] = {"sender": sender_body, "owner": owner_body}
    return 0.5, ev


def _people_tokens(*values: str | None) -> set[str]:
    out: set[str] = set()
    for v in values:
        out |= token_set(v)
    return out


def score_letter_action(letter: StoredItem, action: StoredItem, index: TokenIndex | None = None
                        ) -> tuple[float, dict]:
    """Score a letter answering an action of the meeting it follows up (the meeting date already agrees):
    0.25 for the date, up to 0.15 for the sender and 0.6 for the topic (the share of the action's words the
    letter covers, or the best letter question restating it, mapped from 0.2–0.6 onto 0–1). A letter whose
    questions or text share nothing with the action scores 60% of that; a known mismatch of bodies caps the score
    at 0.45."""
    s, sender_ev = sender_match(letter, action)
    ignore = _people_tokens(_d(action, "person"), _d(action, "owner"), _d(letter, "from_name"),
                            _d(letter, "from_role"), _d(letter, "to_name"), _d(letter, "to_role"))
    ask = _d(action, "text", "")
    overlap = topic_overlap(ask, _letter_content(letter), index, ignore=ignore)
    best_q, best_q_text = 0.0, None
    for q in _letter_questions(letter):
        sim = lexical_similarity(ask, q)
        if sim > best_q:
            best_q, best_q_text = sim, q
    topic = max(overlap, best_q * 0.9)
    topic_score = min(1.0, max(0.0, (topic - 0.2) / 0.4))
    score = 0.25 + 0.15 * s + 0.6 * topic_score
    if topic_score == 0 and _letter_content(letter).strip() != (_d(letter, "subject") or "").strip():
        score *= 0.6  # the letter says what it is about, and none of it is this action
    if sender_ev.get("mismatch"):
        score = min(score, 0.45)
    ev = {"meeting_date": _d(action, "meeting_date"), "sender": sender_ev, "topic_overlap": round(overlap, 3)}
    if best_q_text:
        ev["best_question"] = {"text": best_q_text[:160], "similarity": round(best_q, 3)}
    return round(score, 3), ev


def rule_meeting_followup(items: list[StoredItem], index: TokenIndex | None = None,
                          threshold: float = 0.6) -> list[_Candidate]:
    """Letters → the actions of the meeting they follow up (blocked by meeting date)."""
    actions_by_date: dict[str, list[StoredItem]] = defaultdict(list)
    for it in items:
        if it.kind == "actions":
            d = to_date(_d(it, "meeting_date"))
            if d:
                actions_by_date[d.isoformat()].append(it)
    cands = []
    for letter in items:
        if letter.kind != "letters":
            continue
        dates, how = _letter_meeting_dates(letter)
        written = _item_date(letter)
        for d in dates:
            if written and written < d:
                continue  # a letter cannot follow up a meeting held after it was written
            for action in actions_by_date.get(d, ()):
                score, ev = score_letter_action(letter, action, index)
                ev["meeting_date_from"] = how
                cands.append(_Candidate(letter, action, "answers", "meeting_followup", score, ev))
    return _best_per(cands, lambda c: c.target.id, threshold)


# --- rule 2: "The letter … is attached at Appendix N" ------------------------------------------------------------


def _appendix_labels(text: str | None) -> list[str]:
    return [m.group(1).lower() for m in _APPENDIX.finditer(text or "")]


def letter_appendix(letter: StoredItem, parts: list[StoredItem], other_starts: Iterable[int] = ()
                    ) -> tuple[str | None, str]:
    """The appendix label holding ``letter`` in its document and how it was found: the smallest part titled
    "Appendix N …" containing the letter's span; else an "Appendix N" part or heading starting at most
    APPENDIX_HEADING_GAP lines before the letter with no other letter starting in between (``other_starts``: the
    first lines of the document's other letters); else "Appendix N" in the letter's own first lines."""
    containing = [p for p in parts if p.start_line <= letter.start_line and letter.end_line <= p.end_line
                  and _appendix_labels(_d(p, "title"))]
    if containing:
        p = min(containing, key=lambda p: (p.end_line - p.start_line, p.start_line))
        return _appendix_labels(_d(p, "title"))[0], f"part '{_d(p, 'title')}' (lines {p.start_line}–{p.end_line})"
    starts = sorted(other_starts)
    before = [p for p in parts if p.start_line <= letter.start_line and _appendix_labels(_d(p, "title"))
              and letter.start_line - p.start_line <= APPENDIX_HEADING_GAP
              and not any(p.start_line <= s < letter.start_line for s in starts)]
    if before:
        p = max(before, key=lambda p: (p.start_line, -p.end_line))
        return _appendix_labels(_d(p, "title"))[0], f"heading '{_d(p, 'title')}' at line {p.start_line}"
    if letter.text:
        head = "\n".join(letter.text.splitlines()[:3])
        labels = _appendix_labels(head)
        if labels:
            return labels[0], "the letter's first lines"
    return None, ""


def rule_appendix_reference(items: list[StoredItem]) -> list[_Candidate]:
    """Actions whose status points to "Appendix N" ("Completed. The letter from the MPS is attached at Appendix
    1.") → the letter in that appendix of the same document (the nearest after the action when several appendices
    share the label). A body named in the status that is not the sender's lowers the score."""
    by_doc: dict[str, dict[str, list[StoredItem]]] = defaultdict(lambda: defaultdict(list))
    for it in items:
        if it.kind in ("actions", "letters", "parts"):
            by_doc[it.document_id][it.kind].append(it)
    cands = []
    for doc_id in sorted(by_doc):
        kinds = by_doc[doc_id]
        pointing = [(a, lab) for a in kinds["actions"]
                    for lab in _appendix_labels(f"{_d(a, 'status', '')}")[:1]]
        if not pointing:
            continue
        parts = sorted(kinds["parts"], key=lambda p: (p.start_line, p.id))
        letters = kinds["letters"] or [p for p in parts if _d(p, "kind") == "letter"]
        held: dict[str, list[tuple[StoredItem, str]]] = defaultdict(list)
        for letter in letters:
            others = [lt.start_line for lt in letters if lt.id != letter.id]
            label, how = letter_appendix(letter, [p for p in parts if p.id != letter.id], others)
            if label:
                held[label].append((letter, how))
        for action, label in pointing:
            found = held.get(label, [])
            if not found:
                continue
            after = [(lt, how) for lt, how in found if lt.start_line > action.start_line]
            pool = sorted(after or found, key=lambda lh: (abs(lh[0].start_line - action.start_line), lh[0].id))
            letter, how = pool[0]
            score = 0.85 if len(found) == 1 else 0.7
            status = _d(action, "status", "")
            ev: dict[str, Any] = {"status": status, "appendix": label, "located_by": how}
            named = _body(status)
            if named:
                sender, _ = _letter_sender_body(letter)
                ev["body"] = {"named": named, "sender": sender}
                if sender == named:
                    score += 0.1
                elif sender:
                    score -= 0.3
            if len(found) > 1:
                ev["chosen_from"] = len(found)
            cands.append(_Candidate(letter, action, "answers", "appendix_reference", round(score, 3), ev))
    return cands


# --- rule 3: recommendation updates → the recommendations they restate ------------------------------------------


def score_update(update: StoredItem, rec: StoredItem) -> tuple[float, dict]:
    """Score an update restating a recommendation: 0.85 × text similarity (mean of token-set similarity and
    word-pair overlap: a restatement is near verbatim) + 0.15 × number agreement when the update restates the
    text; otherwise 0.5 × number agreement + 0.4 × the overlap of the update's text; +0.1 when the recommendation
    is printed just above the update in the same document."""
    un, rn = number_key(_d(update, "recommendation_number")), number_key(_d(rec, "number"))
    num = 0.5 if un is None or rn is None else (1.0 if un == rn else 0.0)
    restated = _d(update, "recommendation_text")
    ev: dict[str, Any] = {"number": {"update": un, "recommendation": rn, "match": num}}
    if restated:
        rec_text = _d(rec, "text", "")
        sim = (lexical_similarity(restated, rec_text) + near_duplicate(restated, rec_text)) / 2
        ev["text_similarity"] = round(sim, 3)
        score = 0.85 * sim + 0.15 * num
    else:
        ov = topic_overlap(_d(rec, "text", ""), update.text or "")
        ev["text_overlap"] = round(ov, 3)
        score = 0.5 * num + 0.4 * ov
    if update.document_id == rec.document_id and 0 <= update.start_line - rec.end_line <= 4:
        ev["printed_above"] = True
        score += 0.1
    return round(min(score, 1.0), 3), ev


def rule_recommendation_updates(items: list[StoredItem], threshold: float = 0.6) -> list[_Candidate]:
    """Updates → recommendations, candidates blocked by number and by shared informative words."""
    recs = {it.id: it for it in items if it.kind == "recommendations"}
    updates = [it for it in items if it.kind == "recommendation_updates"]
    if not recs or not updates:
        return []
    by_number: dict[str, list[str]] = defaultdict(list)
    index = TokenIndex()
    for rid, rec in sorted(recs.items()):
        key = number_key(_d(rec, "number"))
        if key:
            by_number[key].append(rid)
        index.add(rid, _d(rec, "text", ""))
    cands = []
    for up in updates:
        query = _d(up, "recommendation_text") or up.text or ""
        same_number = by_number.get(number_key(_d(up, "recommendation_number")) or "", [])
        if len(same_number) > MAX_BLOCK:  # a big store: only the same document's, the words decide the rest
            same_number = [rid for rid in same_number if recs[rid].document_id == up.document_id]
        ids = set(same_number) | {rid for rid, _ in index.candidates(query, limit=10)}
        for rid in sorted(ids):
            rec = recs[rid]
            if not _not_later(up, rec):
                continue
            score, ev = score_update(up, rec)
            cands.append(_Candidate(up, rec, "updates", "recommendation_update", score, ev))
    # an update restates one recommendation per earlier report: candidates compete within each document
    return _best_per(cands, lambda c: f"{c.source.id}\n{c.target.document_id}", threshold)


# --- rule 4: topic responses → plan sections, commitment themes, recommendations --------------------------------

_TARGET_PART_KINDS = frozenset({"plan"})


@dataclass
class _Topic:
    target: StoredItem  # the item a link points at (a part, the first commitment of a theme, a recommendation)
    title: str  # what the topic is called ("" for a recommendation)
    content: str  # the text under it
    what: str  # plan_section | commitment_theme | recommendation
    evidence: dict


def _topic_targets(items: list[StoredItem]) -> list[_Topic]:
    out: list[_Topic] = []
    themes: dict[tuple[str, str], list[StoredItem]] = defaultdict(list)
    for c in items:
        theme = " ".join(str(_d(c, "theme", "")).split()) if c.kind == "commitments" else ""
        if theme:
            themes[(c.document_id, theme)].append(c)
    part_titles: dict[str, set[str]] = defaultdict(set)
    for p in items:
        if p.kind == "parts" and _d(p, "kind") in _TARGET_PART_KINDS and _d(p, "title"):
            inside = {t for (doc, t), members in themes.items() if doc == p.document_id
                      and any(p.start_line <= c.start_line <= p.end_line for c in members)}
            # a part holding several themed sections is a container: match it on its title only
            content = "" if len(inside) > 1 else (p.text or "")
            out.append(_Topic(p, _d(p, "title"), content, "plan_section",
                              {"title": _d(p, "title"), "lines": [p.start_line, p.end_line]}))
            part_titles[p.document_id].add(" ".join(tokens(_d(p, "title"))))
    for (doc_id, theme), members in sorted(themes.items()):
        if " ".join(tokens(theme)) in part_titles[doc_id]:
            continue  # the plan section of that title is already a target
        members.sort(key=lambda c: (c.start_line, c.id))
        content = "\n".join(_d(c, "text", "") for c in members)
        out.append(_Topic(members[0], theme, content, "commitment_theme",
                          {"theme": theme, "commitments": len(members),
                           "lines": [members[0].start_line, members[-1].end_line]}))
    for r in items:
        if r.kind == "recommendations":
            out.append(_Topic(r, "", _d(r, "text", ""), "recommendation",
                              {"report": _d(r, "report"), "number": _d(r, "number")}))
    return out


def score_response(response: StoredItem, topic: _Topic, index: TokenIndex | None = None) -> tuple[float, dict]:
    """Score a topic response against a plan section / commitment theme (by title, then content) or a
    recommendation (by content). Only a title that matches (similarity ≥ 0.75) can assert (0.6 + up to 0.4);
    a match on content alone — the response's heading or text found among the section's words — stays at or
    below WEAK_TOPIC_MAX (0.58), a proposal for review."""
    heading = _d(response, "topic", "") or ""
    body = "\n".join(x for x in (_d(response, "responds_to"), response.text) if x)
    ev: dict[str, Any] = {"target": topic.what, **topic.evidence}
    if topic.what == "recommendation":
        head_ov = topic_overlap(heading, topic.content, index)
        body_ov = topic_overlap(topic.content, body, index) if body else 0.0
        ev.update(topic_in_recommendation=round(head_ov, 3), recommendation_in_response=round(body_ov, 3))
        score = (0.5 * head_ov + 0.5 * body_ov) if body else 0.55 * head_ov
        return round(score, 3), ev
    title_sim = lexical_similarity(heading, topic.title)
    head_ov = topic_overlap(heading, topic.content, index) if topic.content else 0.0
    body_ov = topic_overlap(body, topic.content, index) if topic.content and body else 0.0
    content_ov = max(head_ov, body_ov)
    ev.update(title_similarity=round(title_sim, 3), topic_in_content=round(head_ov, 3))
    if body:
        ev["response_in_content"] = round(body_ov, 3)
    if title_sim >= 0.75:
        score = 0.6 + 0.4 * title_sim * (0.75 + 0.25 * content_ov) if topic.content else 0.6 + 0.35 * title_sim
    else:
        score = WEAK_TOPIC_MAX * min(1.0, 0.25 * title_sim + 1.2 * content_ov)
    return round(min(score, 1.0), 3), ev


def rule_topic_responses(items: list[StoredItem], index: TokenIndex | None = None,
                         threshold: float = 0.6) -> list[_Candidate]:
    """Responses → the plan sections, commitment themes or recommendations of other (earlier) documents whose
    topic matches; candidates blocked through an index of titles and contents."""
    responses = [it for it in items if it.kind == "responses"]
    if not responses:
        return []
    targets = _topic_targets(items)
    title_index, content_index = TokenIndex(), TokenIndex()
    for i, t in enumerate(targets):
        key = f"{i:08d}"
        if t.title:
            title_index.add(key, t.title)
        content_index.add(key, t.content)
    cands = []
    for resp in responses:
        heading = _d(resp, "topic", "") or ""
        query = " ".join(x for x in (heading, _d(resp, "responds_to")) if x)

        def foreign(key: str, resp: StoredItem = resp) -> bool:
            return targets[int(key)].target.document_id == resp.document_id

        keys = {k for k, _ in title_index.candidates(query, limit=8, exclude=foreign)}
        keys |= {k for k, _ in content_index.candidates(query, limit=8, exclude=foreign)}
        for key in sorted(keys):
            topic = targets[int(key)]
            if not _not_later(resp, topic.target):
                continue
            score, ev = score_response(resp, topic, index)
            cands.append(_Candidate(resp, topic.target, "responds_to_topic", "topic_response", score, ev))
    return _best_per(cands, lambda c: c.source.id, threshold, MAX_PROPOSALS)


# --- rule 5: the same letter or recommendation in two documents -------------------------------------------------


def _canonical_order(a: StoredItem, b: StoredItem) -> tuple[StoredItem, StoredItem]:
    """(later copy, earlier copy): the earlier document (by date, then id) holds the canonical record."""
    def key(it: StoredItem) -> tuple:
        return (_doc_date(it) or "9999-99-99", it.document_id, it.start_line, it.id)
    return (b, a) if key(a) <= key(b) else (a, b)


def score_same_letter(a: StoredItem, b: StoredItem) -> tuple[float, dict] | None:
    """Score two letters (same date) being one letter: the body text decides when both have it (token-sort
    ratio ≥ 0.5 needed), else their questions, else sender and subject alone (at most 0.5, a proposal)."""
    sa, sb = _surname(_d(a, "from_name")), _surname(_d(b, "from_name"))
    if sa and sb and sa != sb:
        return None
    sender = 1.0 if sa and sa == sb else 0.5
    subj = lexical_similarity(_d(a, "subject"), _d(b, "subject")) if _d(a, "subject") and _d(b, "subject") else 0.5
    meta = (sender + subj) / 2
    ev: dict[str, Any] = {"date": _item_date(a), "sender": sender, "subject_similarity": round(subj, 3)}
    if a.text and b.text:
        body = near_duplicate(a.text, b.text)
        ev["text_similarity"] = round(body, 3)
    elif _letter_questions(a) and _letter_questions(b):
        body = near_duplicate(" ".join(_letter_questions(a)), " ".join(_letter_questions(b)))
        ev["questions_similarity"] = round(body, 3)
    else:
        return round(0.5 * meta, 3), ev
    if body < 0.5:
        return None
    return round(0.2 * meta + 0.8 * body, 3), ev


def score_same_recommendation(a: StoredItem, b: StoredItem) -> tuple[float, dict] | None:
    """Score two recommendations being one: text (mean of token-set and token-sort similarity, ≥ 0.6 needed) and
    number agreement."""
    ta, tb = _d(a, "text", ""), _d(b, "text", "")
    text = (lexical_similarity(ta, tb) + near_duplicate(ta, tb)) / 2
    if text < 0.6:
        return None
    na, nb = number_key(_d(a, "number")), number_key(_d(b, "number"))
    num = 0.5 if na is None or nb is None else (1.0 if na == nb else 0.0)
    ev = {"text_similarity": round(text, 3), "number": {"a": na, "b": nb, "match": num}}
    if _d(a, "report") and _d(b, "report"):
        ev["report_similarity"] = round(lexical_similarity(_d(a, "report"), _d(b, "report")), 3)
    return round(0.8 * text + 0.2 * num, 3), ev


def _pairs_in_block(block: list[StoredItem], text_of: Callable[[StoredItem], str], limit: int = 10
                    ) -> set[tuple[str, str]]:
    """Pairs of items from different documents in ``block``: all of them for a small block, else each item with
    the ``limit`` items sharing the most informative words with it."""
    pairs: set[tuple[str, str]] = set()
    if len(block) <= MAX_BLOCK:
        for i, a in enumerate(block):
            for b in block[i + 1:]:
                if a.document_id != b.document_id:
                    pairs.add((min(a.id, b.id), max(a.id, b.id)))
        return pairs
    index = TokenIndex()
    by_id = {it.id: it for it in block}
    for it in block:
        index.add(it.id, text_of(it))
    for a in block:
        for bid, _ in index.candidates(text_of(a), limit=limit):
            if by_id[bid].document_id != a.document_id:
                pairs.add((min(a.id, bid), max(a.id, bid)))
    return pairs


def score_same_action(a: StoredItem, b: StoredItem) -> tuple[float, dict] | None:
    """Score two actions of the same meeting (an action list reprinted in the next agenda pack with a new status)
    being one: text similarity (≥ 0.7 needed), lowered when their owners are different bodies."""
    ta, tb = _d(a, "text", ""), _d(b, "text", "")
    text = (lexical_similarity(ta, tb) + near_duplicate(ta, tb)) / 2
    if text < 0.7:
        return None
    oa, ob = _body(_d(a, "owner")), _body(_d(b, "owner"))
    ev: dict[str, Any] = {"meeting_date": _d(a, "meeting_date"), "text_similarity": round(text, 3),
                          "statuses": [_d(a, "status"), _d(b, "status")]}
    score = text
    if oa and ob and oa != ob:
        ev["owners_differ"] = [oa, ob]
        score *= 0.7
    return round(score, 3), ev


def rule_same_as(items: list[StoredItem]) -> list[_Candidate]:
    """Letters (blocked by date, else by subject), actions (blocked by meeting date) and recommendations (blocked
    by shared informative words) appearing in two documents → same_as, the later copy pointing at the earlier."""
    cands = []
    letters: dict[str, list[StoredItem]] = defaultdict(list)
    for it in items:
        if it.kind == "letters":
            key = _item_date(it) or ("subject:" + " ".join(tokens(_d(it, "subject", ""))))
            if key != "subject:":
                letters[key].append(it)
    by_id = {it.id: it for it in items if it.kind in ("letters", "recommendations")}
    for _, block in sorted(letters.items()):
        for aid, bid in sorted(_pairs_in_block(block, _letter_content)):
            res = score_same_letter(by_id[aid], by_id[bid])
            if res:
                src, tgt = _canonical_order(by_id[aid], by_id[bid])
                cands.append(_Candidate(src, tgt, "same_as", "same_letter", *res))
    actions: dict[str, list[StoredItem]] = defaultdict(list)
    for it in items:
        if it.kind == "actions" and to_date(_d(it, "meeting_date")):
            actions[to_date(_d(it, "meeting_date")).isoformat()].append(it)
            by_id[it.id] = it
    for _, block in sorted(actions.items()):
        for aid, bid in sorted(_pairs_in_block(block, lambda a: _d(a, "text", ""))):
            res = score_same_action(by_id[aid], by_id[bid])
            if res:
                src, tgt = _canonical_order(by_id[aid], by_id[bid])
                cands.append(_Candidate(src, tgt, "same_as", "same_action", *res))
    recs = [it for it in items if it.kind == "recommendations"]
    for aid, bid in sorted(_pairs_in_block(recs, lambda r: _d(r, "text", ""))):
        res = score_same_recommendation(by_id[aid], by_id[bid])
        if res:
            src, tgt = _canonical_order(by_id[aid], by_id[bid])
            cands.append(_Candidate(src, tgt, "same_as", "same_recommendation", *res))
    return cands


# --- everything -------------------------------------------------------------------------------------------------


def _content(it: StoredItem) -> str:
    if it.kind == "letters":
        return _letter_content(it)
    return it.text or _d(it, "text", "") or _d(it, "topic", "")


def _frequency_index(items: list[StoredItem]) -> TokenIndex:
    """Document frequencies over everything that carries text, so common words weigh little in topic overlap."""
    index = TokenIndex()
    for it in items:
        if it.kind in ("actions", "letters", "recommendations", "responses", "questions", "commitments",
                       "recommendation_updates"):
            index.count(_content(it))
    return index


def link_items(items: list[StoredItem], threshold: float = 0.6) -> list[Link]:
    """Run every rule over ``items`` (all documents together) and return the links, sorted and deterministic:
    "asserted" when the (combined) score reaches ``threshold``, "proposed" otherwise; scores below
    PROPOSE_FLOOR are dropped."""
    items = sorted(items, key=lambda it: (it.document_id, it.kind, it.start_line, it.id))
    index = _frequency_index(items)
    cands: list[_Candidate] = []
    cands += rule_meeting_followup(items, index, threshold)
    cands += rule_appendix_reference(items)
    cands += rule_recommendation_updates(items, threshold)
    cands += rule_topic_responses(items, index, threshold)
    cands += rule_same_as(items)
    return _finish(cands, threshold)


def same_as_groups(links: Iterable[Link], asserted_only: bool = True) -> list[list[str]]:
    """Items joined by same_as links, as groups of ids (each sorted; groups sorted): one record, many locations."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for link in links:
        if link.relation != "same_as" or (asserted_only and link.state != "asserted"):
            continue
        ra, rb = find(link.source_id), find(link.target_id)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for x in list(parent):
        groups[find(x)].append(x)
    return sorted(sorted(g) for g in groups.values() if len(g) > 1)
