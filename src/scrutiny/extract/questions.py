"""Questions put to bodies outside letters and transcripts.

Four forms:

- **Request lists**: an introduction that asks for something ("Haringey were asked to follow up on;", "The Board
  would like the following information included in the report:") followed by bullets or short paragraphs; each
  item is a question to the body named in the introduction, whether or not it ends with a question mark
  ("Haringey BOCU to outline…", "Number of crimes flagged…"). Sub-labels ("B2: Policy compliance") and footnotes
  do not end the list; an appendix or section heading does. Questions put to the public (consultation questions,
  "you may wish to respond to…") are not questions to a body and are left out.
- **Numbered questions**: order-paper and Mayor's Question Time questions ("Question No: 2014/4962") and
  "Question 3: …" / "Q3." items, with the "Answer:" / "Response:" that follows.
- **Questions in minutes**: "The Sub-Committee asked the Borough Commander whether…", "Members queried…",
  "In response to a question from Cllr X about…", with the reply that follows ("He advised…").
- **Requests in reports**: "the Board usually asks boroughs to provide assurance that…", "the Board will ask for an
  explanation".
- **Public questions in minutes**: under a "Public Questions" item (or after "a question had been received from a
  member of the public"), the question as printed, usually in quotation marks.

Members' questions reported in the discussion of minutes ("Mrs X asked how many…", "In response to a question
from Cllr Y…") are part of the minute, not formal questions put to a body, and are not items; requests in reports
are.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from ..gazetteer import normalise_body
from ..records import Provenance, Question
from . import Context
from ._text import Block, blocks, clean_text, doc_blocks, is_heading_block, is_heading_text, sentences
from .letters import letter_line_spans
from .turns import ODD_CASE, low_lines, transcript_spans

KEY = "questions"

_INTRO = re.compile(
    r"\b(?:were|was|is|are|been|be|being)\s+(?:also\s+)?asked\s+to\s+(?:follow[\s-]*up|provide|report|respond|"
    r"explain|consider|outline|address|update|supply|clarify|confirm|look|feed\s?back|answer|submit|share)"
    r"|\b(?:would\s+like|wish(?:es)?\s+to\s+(?:see|receive)|request(?:s|ed)?|require(?:s|d)?|ask(?:s|ed)?\s+for|"
    r"asks?|asked)\s+(?:to\s+see\s+|to\s+receive\s+)?(?:the\s+)?following"
    r"|\bfollowing\s+(?:questions?|information|points|issues|requests?|matters|actions)\s+(?:were|was|are|is|have\s+"
    r"been|has\s+been|to\s+be)?\s*(?:asked|put|raised|requested|submitted|provided|addressed)"
    r"|\b(?:questions?|information|points)\s+(?:to|for)\s+(?:be\s+)?(?:answered|addressed|covered|included)"
    r"|\bto\s+(?:provide|report\s+back\s+on|respond\s+to|answer)\s+the\s+following", re.I)
_INTRO_ADDRESSEE = re.compile(r"^(?P<to>.{2,80}?)\s+(?:were|was|is|are|have\s+been|has\s+been)\s+(?:also\s+)?asked\b",
                              re.I)
_PUBLIC = re.compile(r"\byou(?:r)?\b|\bconsultation\b|\bsurvey\b|\brespondents?\b", re.I)
_STOP_HEADING = re.compile(r"^(?:Appendix|Annex|Annexe|Section|Part|Chapter|Schedule|Glossary|Contact|Background|"
                           r"Conclusions?|Recommendations?|Summary|Introduction)\b", re.I)
_SUBLABEL = re.compile(r"^[A-Z]\d{1,2}(?:\.\d{1,2})?\s*[:.)\-–]\s")
_PRIVATE_BULLET = re.compile(r"^\s*[\ue000-\uf8ff]\s*")
_TWO_LETTERS = re.compile(r"[A-Za-z]{2}")
_ITEM_SUBJECT = re.compile(r"^(?P<to>(?:[A-Z(][\w()&'’/-]*\s+){0,5}?[A-Z(][\w()&'’/-]*)\s+to\s+[a-z]+")

# numbered questions
_ORDER_NO_CUE = re.compile(r"/\d\d\d")  # in every order number (a quick search: it starts with a plain "/")
_ORDER_NO = re.compile(r"\b(?:Question\s+(?:No\.?|Number|Ref\.?)\s*[:.]?\s*)?(?P<no>(?:19|20)\d{2}/\d{3,5})\b", re.I)
_QUESTION_LABEL = re.compile(r"^\s*(?:Question\s*(?:No\.?\s*)?(?P<n1>\d{1,3})|Q\s?(?P<n2>\d{1,3}))\s*"
                             r"(?:[:.)\-–]|\s+from\b|\s+(?=[A-Z]))\s*(?P<rest>.*)$"
                             # a bare label in a written-questions layout: "Q. How many…" / "Question: What…"
                             r"|^\s*(?:Q|Question)\s*[.:]\s+(?P<rest2>(?=\S).*)$", re.I)
# the header of a written question: "Ref: MQ/25/118", "Question ref. 2025/0123", "To: The Mayor"
_REF_FIELD = re.compile(r"\b(?:Ref(?:erence)?|Question\s+(?:ref(?:erence)?|no\.?|number))\s*(?:no\.?)?\s*[:.]\s*"
                        r"(?P<ref>[A-Z0-9][\w/.\-]*\d)", re.I)
_TO_FIELD = re.compile(r"(?:^|\s)(?:To|Addressed\s+to)\s*:\s*(?P<to>[A-Z][^\n]{1,80}?)\s*(?=$|\s{2,}|\n)", re.M)
_ANSWER_LABEL = re.compile(r"^\s*(?:Answer|Response|Reply|(?:Written|Oral)\s+(?:response|answer|reply)|A\d{0,3})\b"
                           r"(?:\s+(?:from|by)\s+[^:.]{1,80}?)?\s*(?:[:.\-–]\s*(?P<rest>.*))?$", re.I)
_INTERROGATIVE = re.compile(r"^(?:Will|Can|Could|What|How|Why|When|Where|Which|Who|Is|Are|Does|Do|Has|Have|Please|"
                            r"Would|Should)\b")
_ANSWERER = re.compile(r"^(?:The\s+)?(?:Mayor|Deputy\s+Mayor(?:\s+for\s+[A-Z][\w ,]{2,40})?|Minister(?:\s+(?:of\s+State\s+)?"
                       r"for\s+[A-Z][\w ,]{2,40})?|Secretary\s+of\s+State(?:\s+for\s+[A-Z][\w ,]{2,40})?|"
                       r"(?:Police(?:,\s+Fire)?\s+and\s+Crime\s+)?Commissioner|Chief\s+Constable|Leader(?:\s+of\s+the\s+"
                       r"Council)?|Cabinet\s+Member(?:\s+for\s+[A-Z][\w ,]{2,40})?)$")
_QUESTIONS_TO = re.compile(r"\bquestions?\s+(?:to|for)\s+(?:the\s+)?(?P<to>[A-Z][\w'’ &-]{2,80})", re.I)

# questions in minutes and requests in reports
_ASKER = (r"(?:(?:A|The|Other|Several|Some)\s+)?(?:Members?|Councillors?(?:\s+[A-Z][\w'’-]+){0,2}|"
          r"Cllr\.?(?:\s+[A-Z][\w'’-]+){1,2}|(?:Mr|Mrs|Ms|Miss|Dr)\.?(?:\s+[A-Z][\w'’-]+){1,2}|"
          r"(?:Sub-)?Committee|Panel(?:\s+Members?)?|Board|Chair(?:man|person)?|Vice[- ]Chair(?:man)?|"
          r"Deputy\s+Chair(?:man)?|[A-Z]{2,8}|the\s+[A-Z][\w-]*\s+(?:Committee|Panel|Board|Partnership))")
_ASK = re.compile(
    rf"(?:^|[\s,;(])(?P<asker>{_ASKER})\s+(?:(?:will|would|usually|also|then|always|routinely|regularly|may|"
    r"should|has|have|had|did|does|further|specifically|subsequently)\s+)*"
    r"(?P<verb>ask(?:s|ed)?|quer(?:y|ies|ied)|question(?:s|ed)|enquired|inquired|sought\s+clarification|"
    r"raised\s+(?:a\s+)?(?:questions?|quer(?:y|ies))|had\s+questions)\b(?P<rest>.*)$")
_ASK_REST = re.compile(
    r"^\s*(?:for\s+(?:an?\s+|the\s+|some\s+|further\s+)?[a-z]+"
    r"|(?:(?:each|all|every|the|its|their|our)\s+)?(?P<obj>(?!(?:them|us|you|him|her|it|me|those|these|about|"
    r"whether|if|how|what|why|when|where|which|who|that)\b)[A-Za-z&()/'’-]+(?:\s+(?!to\b|whether\b|if\b|how\b|"
    r"what\b|why\b|when\b|about\b)[A-Za-z&()/'’-]+){0,3})\s+(?:to\s+[a-z]+|whether|if|how|what|why|when|where|"
    r"about|for)\b"
    r"|(?:whether|if|how|what|why|when|where|which|who|about|around|on|regarding|in\s+relation\s+to)\b)")
# "The Chairman asked Members to note the report" is procedure, not a question
_PROCEDURAL = re.compile(r"^\s*(?:\w+\s+){0,3}?to\s+(?:note|agree|approve|consider|declare|introduce|sign|join|"
                         r"welcome|move|stand|observe|vote|leave|withdraw|remain|be\s+seated|turn\s+off)\b", re.I)
_ASK_WORDS = ("ask", "quer", "enquir", "inquir", "question", "sought")  # one must be in a block for _asked to read it
_ASK_WORDS_RE = re.compile("|".join(_ASK_WORDS))
_IN_RESPONSE = re.compile(r"\b(?:in\s+(?:response|reply|answer)\s+to\s+(?:a\s+|the\s+)?(?:questions?|quer(?:y|ies))|"
                          r"responding\s+to\s+(?:a\s+)?(?:questions?|quer(?:y|ies)))\b(?P<rest>.*)", re.I)
_REPLY = re.compile(r"\b(?:advised|explained|responded|replied|confirmed|said|stated|informed|reported|assured|"
                    r"clarified|answered|undertook|agreed|noted|indicated|acknowledged|told)\b", re.I)
_SOME_WORDS = re.compile(r"^\s*(?:\w+\s+){0,6}\w")
_ASKER_MEMBERLIKE = re.compile(r"^(?:(?:A|The|Other|Several|Some)\s+)?(?:Members?|Councillors?|Cllr|Mr|Mrs|Ms|"
                               r"Miss|Dr|(?:Sub-)?Committee|Panel|Chair|Vice|Deputy)", re.I)


def _skip_mask(n: int, spans: list[tuple[int, int]]) -> bytearray:
    """One byte per line (index = line number): 1 inside any of ``spans``."""
    mask = bytearray(n + 2)
    for a, b in spans:
        a, b = max(a, 0), min(b, n + 1)
        if a <= b:
            mask[a:b + 1] = b"\x01" * (b + 1 - a)
    return mask


def _question(ctx: Context, line: int, text: str, to: str | None, rule: str, conf: float,
              answer_line: int | None = None, answer: str | None = None, number: str | None = None) -> Question:
    prov = Provenance(ctx.doc.sha256, line, line, ctx.doc.page_of(line), f"questions.{rule}", conf)
    return Question(prov=prov, to=to, text=text.strip(), number=number, answer=answer, answer_line=answer_line)


def _body_to(text: str | None) -> str | None:
    """A body or unit named in ``text``: the gazetteer's canonical body, else the phrase as written."""
    if not text:
        return None
    t = clean_text(text).strip(" ,.;:")
    t = re.sub(r"^(?:the|each|all|every)\s+", "", t, flags=re.I)
    canon = normalise_body(t)
    if canon and len(t.split()) <= 4:
        return canon
    return t or None


# ---------------------------------------------------------------------------------------------------------------
# request lists


def _request_lists(ctx: Context, bl: list[Block], skip: bytearray) -> tuple[list[Question], set[int]]:
    out: list[Question] = []
    used: set[int] = set()
    i = 0
    while i < len(bl):
        b = bl[i]
        if b.kind == "note" or skip[b.pieces[0][1]] or not _is_intro(b):  # (pieces[0][1]: b.start, read directly)
            i += 1
            continue
        m = _INTRO_ADDRESSEE.match(b.text)
        to = _body_to(m["to"]) if m else None
        mode = None  # "bullet" or "para", set by the first item
        prev_open = False  # the previous item ended with ":" and its continuation follows
        j = i + 1
        while j < len(bl) and j - i <= 80:
            c = bl[j]
            raw = ctx.doc.text(c.start)
            if c.kind == "note" or not _TWO_LETTERS.search(c.text):
                j += 1
                continue
            if skip[c.start] or _is_intro(c):
                break
            is_bullet = c.kind == "bullet" or bool(_PRIVATE_BULLET.match(raw))
            text = _PRIVATE_BULLET.sub("", c.text).strip()
            if prev_open:  # the previous item ended "…, i.e.:" and this is its continuation
                prev_open = False
                j += 1
                continue
            if _SUBLABEL.match(text):
                if mode == "bullet":
                    mode = None
                j += 1
                continue
            if c.kind == "heading" and not is_bullet:
                if _STOP_HEADING.match(text) or text.isupper() or mode == "bullet":
                    break
                if not (text.endswith("?") or len(text.split()) >= 5):
                    j += 1  # a sub-heading inside the list
                    continue
            if mode is None:
                mode = "bullet" if is_bullet else "para"
            elif mode == "bullet" and not is_bullet and not _continues_list(text, to):
                break
            if is_bullet:
                items = [(c.start, text)]
            else:
                items = [(s.line, s.text) for s in sentences(c)] if len(text) < 600 else [(c.start, text)]
            for line, t in items:
                item_to = to
                if item_to is None:
                    ms = _ITEM_SUBJECT.match(t)
                    item_to = _body_to(ms["to"]) if ms else None
                out.append(_question(ctx, line, t, item_to, "request_list", 0.8))
                used.add(line)
            prev_open = text.rstrip().endswith(":") and not is_bullet
            j += 1
        i = j if j > i + 1 else i + 1
    return out, used


def _continues_list(text: str, to: str | None) -> bool:
    """A paragraph after a bulleted list that is one more item of it (its bullet lost in extraction): it names the
    list's addressee or reads "X to <verb> …", and does not introduce a list of its own."""
    if text.rstrip().endswith((":", ";")):
        return False
    if to and text.lower().startswith(to.lower().split()[0]):
        return True
    return bool(_ITEM_SUBJECT.match(text))


def _is_intro(b: Block) -> bool:
    t = b.text.strip()
    if not t.endswith((":", ";")) or len(t) > 400:
        return False
    return bool(_INTRO.search(t)) and not _PUBLIC.search(t)


# ---------------------------------------------------------------------------------------------------------------
# numbered questions (order paper, Question Time, "Question 3:")


def _numbered(ctx: Context, bl: list[Block], skip: bytearray, used: set[int]) -> list[Question]:
    out: list[Question] = []
    heading_to: str | None = None
    for i, b in enumerate(bl):
        if b.kind == "note" or skip[b.pieces[0][1]]:  # (pieces[0][1]: b.start, read directly)
            continue
        text = b.text.strip()
        if b.kind == "heading" and ("question" in text.lower() or not text.isascii()):
            mh = _QUESTIONS_TO.search(text)
            if mh:
                heading_to = _body_to(mh["to"])
        # cheap tests first: an order number has a "/" and three digits after it, a label starts with "Q"
        m_no = _ORDER_NO.search(text) if "/" in text and _ORDER_NO_CUE.search(text) else None
        if m_no and _is_year_pair(m_no["no"]):
            m_no = None
        m_label = _QUESTION_LABEL.match(text) if text[:1] in "qQ" else None
        if not m_no and not m_label:
            continue
        number = m_no["no"] if m_no else (m_label["n1"] or m_label["n2"])
        header_to = None
        if m_label and m_label["rest2"] is not None:  # "Q. …": the number and addressee are in the header above
            number, header_to = _written_header(bl, i)
        # the question: this block's own text after the label when it asks something, else the next block that
        # does (skipping the asker's name and a subject line)
        q_line, q_text = None, None
        rest = (m_label["rest"] if m_label["rest"] is not None else m_label["rest2"]).strip() if m_label else ""
        if rest and ("?" in rest or len(rest.split()) > 6) and not re.match(r"^from\b", rest, re.I):
            q_line, q_text = b.start, rest
        else:
            for c in bl[i + 1:i + 6]:
                ct = c.text.strip()
                if _ANSWER_LABEL.match(ct) or _QUESTION_LABEL.match(ct) or _ORDER_NO.search(ct):
                    break
                q_line, ct = _without_asker(c)
                if "?" in ct or _INTERROGATIVE.match(ct):
                    q_text = ct
                    break
        if q_text is None or q_line in used:
            continue
        used.add(q_line)
        answer_line, answer, answerer = None, None, None
        for k, c in enumerate(bl[i + 1:i + 8], i + 1):
            if c.start <= q_line:
                continue
            ct = c.text.strip()
            if _QUESTION_LABEL.match(ct) or _ORDER_NO.search(ct):
                break
            first = c.text[: c.pieces[1][0]].strip() if len(c.pieces) >= 2 else ct
            ma = _ANSWER_LABEL.match(first)
            if ma:
                if ma["rest"]:
                    answer_line, answer = c.start, ma["rest"].strip()
                    if len(c.pieces) >= 2:  # the answer runs on over the block's next lines
                        answer = f"{answer} {c.text[c.pieces[1][0]:].strip()}".strip()
                elif len(c.pieces) >= 2:  # the label on its own line, the answer under it
                    answer_line, answer = c.pieces[1][1], c.text[c.pieces[1][0]:].strip()
                    # a line naming who answers ("The Mayor", "Minister for Policing") before the answer itself
                    nxt_end = c.pieces[2][0] if len(c.pieces) >= 3 else len(c.text)
                    who = c.text[c.pieces[1][0]:nxt_end].strip()
                    if _ANSWERER.match(who):
                        answerer = who
                        if len(c.pieces) >= 3:
                            answer_line, answer = c.pieces[2][1], c.text[c.pieces[2][0]:].strip()
                else:  # (k is c's place in bl: blocks are distinct, they hold different lines)
                    following = [d for d in bl[k + 1:k + 4] if d.kind != "note"]
                    nxt = following[0] if following else None
                    if nxt is not None and len(nxt.pieces) == 1 and _ANSWERER.match(nxt.text.strip()):
                        answerer = nxt.text.strip()
                        nxt = following[1] if len(following) > 1 else None
                    if nxt is not None and not (_QUESTION_LABEL.match(nxt.text) or _ORDER_NO.search(nxt.text)
                                                or nxt.kind == "heading"):
                        answer_line, answer = nxt.start, nxt.text.strip()
                break
        to = header_to or heading_to
        if to is None and answerer:
            to = normalise_body(answerer) or re.sub(r"^the\s+", "", answerer, flags=re.I)
        if to is None:
            if re.search(r"\bMayor\b", q_text) or (m_no and re.search(r"\bMayor\b", ctx.doc.span_text(
                    max(1, b.start - 40), b.start))):
                to = "Mayor of London"
            else:
                to = normalise_body(q_text)
        out.append(_question(ctx, q_line, q_text, to, "numbered", 0.85, answer_line, answer, number))
    return out


def _written_header(bl: list[Block], i: int) -> tuple[str | None, str | None]:
    """(reference, addressee) from the field lines just above a bare "Q." label ("Ref: …", "To: …"), stopping at
    the previous question's answer."""
    ref = to = None
    for c in reversed(bl[max(0, i - 3):i]):
        ct = c.text
        if _QUESTION_LABEL.match(ct.strip()) or _ANSWER_LABEL.match(ct.strip()):
            break
        if ref is None and ("Ref" in ct or "ref" in ct or "uestion" in ct):
            mr = _REF_FIELD.search(ct)
            ref = mr["ref"] if mr else None
        if to is None and "To" in ct:
            lines = [ct[a:b] for a, b in zip([p[0] for p in c.pieces], [p[0] for p in c.pieces[1:]] + [len(ct)])] \
                if c.pieces else [ct]
            for piece in lines:
                mt = _TO_FIELD.search(piece)
                if mt:
                    to = mt["to"].strip(" .,;")
                    break
    return ref, to


def _without_asker(b: Block) -> tuple[int, str]:
    """The block's text and first line, without a leading line that only names the asker ("Jane Doe AM")."""
    if len(b.pieces) >= 2:
        first = b.text[: b.pieces[1][0]].strip()
        toks = first.split()
        if 2 <= len(toks) <= 5 and all(t[:1].isupper() for t in toks) and not first.endswith(("?", ".")):
            return b.pieces[1][1], b.text[b.pieces[1][0]:].strip()
    return b.start, b.text.strip()


def _is_year_pair(no: str) -> bool:
    """"2016/2017" is a year range, not a question number."""
    a, b = no.split("/")
    return len(b) == 4 and int(b) == int(a) + 1


# ---------------------------------------------------------------------------------------------------------------
# questions in minutes, requests in reports


def _asked(ctx: Context, bl: list[Block], skip: bytearray, used: set[int]) -> list[Question]:
    out: list[Question] = []
    for i, b in enumerate(bl):
        if b.kind == "note" or b.kind == "heading" or skip[b.pieces[0][1]]:  # (pieces[0][1]: b.start)
            continue
        low = b.text.lower()
        # (plain substring tests: the same as searching for _ASK_WORDS_RE, and quicker)
        if not ("ask" in low or "quer" in low or "enquir" in low or "inquir" in low or "question" in low
                or "sought" in low) or not _could_ask(b.text, low):
            continue
        sents = sentences(b)
        for k, s in enumerate(sents):
            if s.line in used:
                continue
            to, ok = _ask_target(s.text)
            if not ok:
                continue
            answer_line, answer = _reply_after(sents[k + 1:], bl[i + 1:i + 3])
            if _IN_RESPONSE.search(s.text):
                answer_line, answer = s.line, s.text
            out.append(_question(ctx, s.line, s.text, to, "asked", 0.7, answer_line, answer))
            used.add(s.line)
    return out


def _may_ask(text: str) -> bool:
    """Whether _ASK can match ``text``: a quick test to run first (every verb of _ASK has one of these as written)."""
    return "ask" in text or "quer" in text or "question" in text or "nquired" in text or "sought" in text


def _could_ask(text: str, low: str) -> bool:
    """Whether :func:`_ask_target` can find a question in ``text`` or any part of it (``low`` is ``text.lower()``): a
    quick test to run first. Every verb of _ASK has "ask", "quer", "question", "nquired" or "sought" as written, and
    _IN_RESPONSE (case-blind) needs "quer" or "question" in the lower-cased text, or a letter of ODD_CASE."""
    return ("ask" in text or "sought" in text or "nquired" in text or "quer" in low or "question" in low
            or not text.isascii() and ODD_CASE.search(text) is not None)


def _ask_target(sentence: str) -> tuple[str | None, bool]:
    """(body asked, is a question) for one sentence."""
    if not _could_ask(sentence, sentence.lower()):
        return None, False
    m = _IN_RESPONSE.search(sentence)
    if m:
        return None, True
    for m in _ASK.finditer(sentence) if _may_ask(sentence) else ():
        asker, verb, rest = m["asker"], m["verb"].lower(), m["rest"]
        if asker.isupper() and len(asker) <= 1:
            continue
        if verb.startswith(("ask",)):
            mr = _ASK_REST.match(rest)
            if not mr or _PROCEDURAL.search(rest[:80]):
                continue
            obj = mr.groupdict().get("obj")
            if asker.isupper() and not obj and not rest.strip().startswith("for"):
                continue  # "the BOARD asked whether" needs an object; members' questions do not
            return _body_to(obj) if obj else None, True
        # queried / questioned / enquired / sought clarification: only members and committees
        if _ASKER_MEMBERLIKE.match(asker) and _SOME_WORDS.match(rest):
            return None, True
    return None, False


def _reply_after(rest_sents, next_blocks) -> tuple[int | None, str | None]:
    for s in rest_sents[:2]:
        if _REPLY.search(s.text):
            return s.line, s.text
    for b in next_blocks:
        if b.kind in ("note",):
            continue
        first = sentences(b)[:1]
        if first and _REPLY.search(first[0].text) and not (_may_ask(first[0].text) and _ASK.search(first[0].text)):
            return first[0].line, first[0].text
        break
    return None, None


# ---------------------------------------------------------------------------------------------------------------


# words that must be on a line (or near it) for it to hold a question; plain substring tests keep this cheap
_TRIGGER_WORDS = ("ask", "quer", "enquir", "inquir", "question", "following", "request", "require", "would like",
                  "wish")
_TRIGGER_RE = re.compile("|".join(re.escape(w) for w in _TRIGGER_WORDS))
# a question number (an order number "2025/123" or "Q12"), as two patterns, each tried only on a line with its "/"
# or "Q" (one search for both is slow: it tries the "Q" half at every position)
_TRIGGER_ORDER_NO = re.compile(r"\d{4}/\d{3}")
_TRIGGER_Q_NO = re.compile(r"^\W*Q\s?\d")
# a few short strings, one of which is in every trigger word ("qu" in "quer", "enquir", "question", "request"…)
_TRIGGER_PARTS = ("ask", "qu", "following", "would like", "wish")
assert all(any(p in w for p in _TRIGGER_PARTS) for w in _TRIGGER_WORDS)
WINDOW_BEFORE = 15
WINDOW_AFTER = 150


def _windows(ctx: Context, skip: bytearray) -> list[tuple[int, int]]:
    """Stretches of the document around lines that could hold a question, outside letters and transcripts; the
    rest of the document is not split into paragraphs at all."""
    n = len(ctx.doc.lines)
    texts, lows = ctx.texts, ctx.lows
    # the lines that can pass the test below: those whose lower-cased text has a part of a trigger word (found by a
    # search for each part over the whole text, far quicker than a search for all the words on every line), and
    # those with a "/" or a "Q" for the trigger numbers
    cands = low_lines(ctx, _TRIGGER_PARTS)
    cands.update(ctx.grep("/"))
    cands.update(ctx.grep("Q"))
    order = sorted(cands)

    def trigger(number: int) -> bool:
        if skip[number]:
            return False
        text = texts[number]
        return bool(_TRIGGER_RE.search(lows[number]) or ("/" in text and _TRIGGER_ORDER_NO.search(text))
                    or ("Q" in text and _TRIGGER_Q_NO.match(text)))

    # the windows are the trigger lines' spans (WINDOW_BEFORE above, WINDOW_AFTER below) merged where they touch.
    # Inside a window only its last trigger line sets where it ends, so after each trigger line the candidates up to
    # the reach of its span are tested from the far end back, and the first that is a trigger line is the next step
    # (the ones between could only end the window sooner)
    out: list[tuple[int, int]] = []
    k, m = 0, len(order)
    while k < m:
        number = order[k]
        k += 1
        if not trigger(number):
            continue
        a, b = max(1, number - WINDOW_BEFORE), min(n, number + WINDOW_AFTER)
        while True:
            # a trigger line x joins the window when max(1, x - WINDOW_BEFORE) <= b + 1
            top = bisect_right(order, b + 1 + WINDOW_BEFORE, k)
            j = top - 1
            while j >= k and not trigger(order[j]):
                j -= 1
            if j < k:
                k = top
                break
            b = max(b, min(n, order[j] + WINDOW_AFTER))
            k = j + 1
        out.append((a, b))
    return out


HEAD_LINES = 40  # lines of a window split on their own to find where its blocks meet the document's


def _window_blocks(ctx: Context, a: int, b: int) -> list[Block]:
    """``blocks(ctx.doc, ctx.noise, a, b)``, mostly taken from the document's blocks (:func:`doc_blocks`, computed
    once and shared by the extractors) rather than split again.

    :func:`blocks` reads lines in order, and what it does with a line that starts a block (not a note) depends on
    nothing before it. So from the first line at which both the window's own split and the document's start a block,
    the window has the document's blocks, except that the block open at the window's last line ``b`` ends there.
    The lines before that meeting point (a few, as a rule) are split on their own."""
    n = len(ctx.doc.lines)
    full = doc_blocks(ctx)
    if (a, b) == (1, n):
        return full
    index = getattr(ctx, "_questions_block_index", None)
    if index is None:  # (start lines of the document's blocks, block index by the start line of each non-note)
        starts = [blk.pieces[0][1] for blk in full]
        index = (starts, {at: k for k, at in enumerate(starts) if full[k].kind != "note"})
        ctx._questions_block_index = index
    starts, at = index
    e = min(b, a + HEAD_LINES)
    head = blocks(ctx.doc, ctx.noise, a, e)
    meet = next((h.start for h in head if h.kind != "note" and h.start in at), None)
    if meet is None:
        return head if e == b else blocks(ctx.doc, ctx.noise, a, b)
    out = [h for h in head if h.start < meet]
    out.extend(full[at[meet]:bisect_right(starts, b)])
    # the block open at line b (the last that is not a footnote) ends there
    k = len(out) - 1
    while out[k].kind == "note":
        k -= 1
    last = out[k]
    if last.end > b:
        keep = [p for p in last.pieces if p[1] <= b]
        text = last.text[:last.pieces[len(keep)][0] - 1]
        kind = last.kind
        if kind == "para" and len(keep) == 1 and is_heading_text(text) and not text.endswith(":"):
            kind = "heading"
        out[k] = replace(last, kind=kind, text=text, pieces=keep)
    return out


# ---------------------------------------------------------------------------------------------------------------
# minutes: where members' questions are discussion, and formal public questions


_MINUTES_HEAD = re.compile(r"^\W*(?:(?:draft|confirmed|unconfirmed)\s+)?(?:minutes\s+of\b|at\s+an?\s+(?:\w+\s+)?"
                           r"meeting\s+of\b|(?:\w+\s+){0,3}meeting\s+of\s+.{3,120}\bheld\s+(?:at|on|in)\b)", re.I)
_PRESENT_LINE = re.compile(r"^\W*(?:present|members\s+present|councillors\s+present)\b", re.I)
_RESOLVED_LINE = re.compile(r"^\W*(?:\(?[a-z0-9]{1,3}[.)]\s*)?(?:RESOLVED|Resolved\b|DECISION\b|Decision\s*:|"
                            r"AGREED\b|Apologies\b|APOLOGIES\b)")


def _minutes_spans(ctx: Context) -> list[tuple[int, int]]:
    """Line spans that are the record of a meeting: the minutes parts, else the whole document when it opens as
    minutes ("Minutes of the meeting…", "At a meeting of … held at …") or carries both a "Present" list and
    resolutions or apologies."""
    spans = [(p.prov.start_line, p.prov.end_line) for p in ctx.parts_of("minutes")]
    if spans:
        return spans
    n = len(ctx.doc.lines)
    present = resolved = False
    for ln in ctx.doc.lines:
        t = ln.text
        if not t.strip() or ctx.is_noise(ln.number):
            continue
        if ln.number <= 40 and len(t) < 300 and _MINUTES_HEAD.match(t):
            return [(1, n)]
        if not present and len(t) < 200 and _PRESENT_LINE.match(t):
            present = True
        elif not resolved and _RESOLVED_LINE.match(t):
            resolved = True
        if present and resolved:
            return [(1, n)]
    return []


_PUBLIC_HEAD = re.compile(r"\bpublic\s+(?:questions?|question\s+time|participation|speaking|forum)\b|"
                          r"\bquestions?\s+(?:from|by|submitted\s+by)\s+(?:(?:members\s+of\s+)?the\s+public|"
                          r"residents|electors|local\s+people)\b", re.I)
_PUBLIC_CUE = re.compile(r"\bquestions?\b[^.]{0,80}\b(?:received|submitted|asked|put)\b[^.]{0,60}\b(?:an?\s+)?"
                         r"(?:members?\s+of\s+the\s+public|residents?|electors?|local\s+residents?)\b", re.I)
_QUOTE_OPEN = ("\"", "“", "'", "‘")
_ASKED_QUOTE = re.compile(r"\b(?:asked|question\s+was|questioned|enquired)\b[^\"“]{0,40}?[:,]?\s*[\"“](?P<q>[^\"”]{8,600}?\?)"
                          r"\s*[\"”]")


def _public_questions(ctx: Context, bl: list[Block], skip: bytearray, used: set[int]) -> list[Question]:
    """Formal questions from the public recorded in minutes: the question printed under a public-questions item
    (in quotation marks, or a paragraph that ends with a question mark)."""
    out: list[Question] = []
    active = 0  # blocks left in which a public question may appear
    for b in bl:
        kind = b.kind
        if kind == "note" or skip[b.pieces[0][1]]:  # (pieces[0][1]: b.start, read directly)
            continue
        text = b.text.strip()
        # (the tests of _may_match, inlined with the text lower-cased once: this runs on every block)
        low = text.lower()
        odd = not text.isascii() and ODD_CASE.search(text) is not None
        if (kind == "heading" or kind == "bullet" and is_heading_block(b)) and "?" not in text:
            active = 8 if ("public" in low or "question" in low or odd) and _PUBLIC_HEAD.search(text) else 0
            continue
        if ("question" in low or odd) and _PUBLIC_CUE.search(text):
            active = max(active, 4)
        if active <= 0:
            continue
        active -= 1
        quoted = text.startswith(_QUOTE_OPEN)
        q = text.strip("\"“”'‘’ ") if quoted else text
        mq = _ASKED_QUOTE.search(text) if not quoted and "?" in text else None
        if mq:  # "Mr X asked: “How many …?”"
            q = mq["q"]
        elif not (quoted and ("?" in text or _INTERROGATIVE.match(q))) and not (
                _is_question_end(text) and _INTERROGATIVE.match(q)):
            continue
        if b.start in used:
            continue
        used.add(b.start)
        to = normalise_body(q)
        if to is None and re.search(r"\bCommissioner\b", q):
            to = "Police and Crime Commissioner"
        out.append(_question(ctx, b.start, q, to, "public", 0.8))
    return out


def _may_match(text: str, *words: str) -> bool:
    """Whether a case-blind (re.I) pattern that needs one of ``words`` (lower-case ASCII) can match ``text``: a quick
    test to run first. One of the words is in the lower-cased text, or the text has a character that only re.I
    equates to a letter."""
    low = text.lower()
    for w in words:
        if w in low:
            return True
    return not text.isascii() and ODD_CASE.search(text) is not None


def _is_question_end(text: str) -> bool:
    return text.rstrip(")\"'’”").endswith("?")


def _outside(line: int, spans: list[tuple[int, int]]) -> bool:
    return not any(a <= line <= b for a, b in spans)


def extract(ctx: Context) -> list[Question]:
    """Questions put to bodies in the document, outside its letters and transcripts."""
    skip = _skip_mask(len(ctx.doc.lines), letter_line_spans(ctx) + transcript_spans(ctx))
    minutes = _minutes_spans(ctx)
    # an action log's notes report progress ("the OPCC has asked the force for a timetable"), not requests
    logs = [(p.prov.start_line, p.prov.end_line) for p in ctx.parts if p.kind == "action_list"]
    out: list[Question] = []
    for a, b in _windows(ctx, skip):
        bl = _window_blocks(ctx, a, b)
        found, used = _request_lists(ctx, bl, skip)
        found += _numbered(ctx, bl, skip, used)
        if minutes:
            found += _public_questions(ctx, bl, skip, used)
        # members' questions in the discussion of minutes are not formal questions
        found += [q for q in _asked(ctx, bl, skip, used) if _outside(q.prov.start_line, minutes)
                  and _outside(q.prov.start_line, logs)]
        out.extend(found)
    out.sort(key=lambda q: q.prov.start_line)
    return out
