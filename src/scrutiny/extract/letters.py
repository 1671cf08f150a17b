"""Letters: letterhead date, sender and recipient, subject, the meeting a letter follows up, and its questions.

A letter is found from its own lines, whatever the segmenter made of the document: a salutation ("Dear Joanne",
"Dear Colleagues"), a sign-off further on ("Yours sincerely", "Kind regards") with the signatory's name and post
under it, and above the salutation a letterhead block (logo text, addresses, date, reference) that runs back to
the previous letter, a page break, a run of blank lines or a paragraph of prose. The same letter printed twice in
one pack (a cover copy and an appendix) is one item with ``locations``.

:func:`find_letters` returns the raw :class:`LetterBlock` structures; ``responses`` and ``questions`` reuse them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..records import Letter, LetterQuestion, Provenance
from . import Context
from ._dates import date_line, find_dates
from ..casefold import fold
from ._text import clean_text, split_marker

KEY = "letters"

_SALUTATION = re.compile(r"^[\W_]{0,3}Dear\s+(?P<who>[A-Z][\w.'’ &-]{0,60}?)\s*[,:;]?[\W_]*$")
_SIGN_OFF = re.compile(
    r"^[\W_]{0,3}(?:Yours\s+(?:sincerely|faithfully|truly|ever|respectfully)|Yours|With\s+(?:best|kind)\s+regards|"
    r"Kind(?:est)?\s+regards|Best\s+(?:wishes|regards)|Warm\s+regards|Regards|Many\s+thanks)\b[\s,.!]*"
    r"(?P<rest>.*)$", re.I)
_GENERIC_ADDRESSEE = re.compile(r"^(?:colleagues?|all|sir|madam|sirs|sir or madam|sir/madam|members?|friends?|"
                                r"councillors?|chair|chairman|chairperson|chair and members|panel members?|"
                                r"committee members?|team|colleague|everyone)$", re.I)
_STAMP = re.compile(r"^[\W_]*(?:RECEIVED|DATE RECEIVED|REC'?D)\b", re.I)
_SUBJECT_LABEL = re.compile(r"^[\W_]*(?:Re|RE|Subject|SUBJECT|Ref)\s*[:\-–]\s*(?P<s>\S.*)$")
_REF_LABEL = re.compile(r"^[\W_]*(?:Our|Your)\s+ref\b|^[\W_]*(?:Tel|Telephone|Fax|Email|E-mail|Web|www\.|Direct line)",
                        re.I)
# (patterns once written inline: compiled here once)
_SENTENCE_JOIN = re.compile(r"[a-z]\.\s+[A-Z]")
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
_SHORT_LABEL = re.compile(r"^\w[\w ]{0,25}:")
_DATE_WORD = re.compile(r"\bdate[d]?\b", re.I)
_CHAIR = re.compile(r"chair", re.I)
_STREET = re.compile(r"\b(?:City Hall|Town Hall|Civic Centre|County Hall|The Queen's Walk|\d+\s+[A-Z])")
_RESPONDING = re.compile(r"\b(?:respond(?:ing)?|responses?|repl(?:y|ying))\s+(?:below\s+|here\s+)?(?:to\s+)"
                         r"(?P<s>[^.;]{8,160})", re.I)
_YOUR = re.compile(r"\byour\b", re.I)
_BELOW_TAIL = re.compile(r"\s+(?:below|as follows|here)$", re.I)
_WRITING_ABOUT = re.compile(r"\bwrit(?:e|ing)\s+(?:to\s+you\s+)?(?:about|regarding|on|concerning|in relation to|"
                            r"with)\s+(?P<s>[^.;]{8,160})", re.I)
_REGARDING = re.compile(r"\b(?:regarding|concerning|in relation to|following)\s+(?P<s>[^.;]{8,160})", re.I)
_SENTENCE_GAP = re.compile(r"(?<=[.;?!])\s+")
_DASH_END = re.compile(r"[—–-]\s*$")
_LETTER_OF_END = re.compile(r"\b(?:letter|email|e-mail|correspondence)\s+(?:of|dated)\s*$", re.I)
_IMAGE_DESC = re.compile(r"\b(?:signature|signed|handwritten|image of|logo)\b", re.I)
_APPENDIX_HEAD = re.compile(r"^(?:Appendix|Annex|Annexe|Enclosure|Agenda\s+Item|Item\s+\d)\b", re.I)
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_NAME_TOKEN = re.compile(r"^(?:[A-Z][a-zA-Z'’\-]+|[A-Z]\.?|de|van|von|der|den|la|le|du|da|di|bin|al)$")
_POST_NOMINAL = re.compile(r"^(?:AM|MP|MBE|OBE|CBE|KBE|DBE|QPM|KPM|JP|DL|QC|KC|MEP|BEM|CB|CVO|PhD|FRSA)$")
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Cllr|Councillor|Rt|Hon|Prof|Professor|"
                        r"Rev|Revd)\.?$")
_MEETING_WORD = re.compile(r"\b(?:committee|sub-committee|panel|board|meeting|session|hearing|q\s?&\s?a|"
                           r"question time|scrutiny|inquiry|forum|assembly)\b", re.I)
_FOLLOW_CUE = re.compile(r"\b(?:further to|following|after|arising|attendance|attended|at the|held on|"
                         r"at your|at its|at our|during|your questions|raised at|on)\b", re.I)
_REQUEST_WORD = re.compile(r"^(?:any|confirmation|confirm|assurance|details?|information|clarification|"
                           r"clarify|an?\s+update|update|an?\s+summary|summary|whether|data|figures|number|"
                           r"an?\s+copy|copy|an?\s+explanation|explanation|explain|provide|please|how|what|why|"
                           r"when|where|which|who|is|are|can|could|will|would|do|does|did|has|have)\b", re.I)
_QUESTION_LABEL = re.compile(r"^\s*(?:Q(?:uestion)?\s*\d{0,3}\s*[:.)\-–]|Question\s+\d{1,3}\b)\s*(?P<q>.*)$", re.I)
_ANSWER_LABEL = re.compile(r"^\s*(?:A\s*\d{0,3}|Answer|Response|Reply)\s*[:.)\-–]\s*", re.I)
_TOPIC_BOLD = re.compile(r"^\*\*(?P<topic>[^*]{2,140}?)\*\*\s*(?:[–—:\-]+\s*)(?P<rest>\S.*)$")
_TOPIC_PLAIN = re.compile(r"^(?P<topic>[A-Z][^–—:.?]{2,90}?)\s+[–—]\s+(?P<rest>\S.{30,})$")
_BOLD_LINE = re.compile(r"^\*\*(?P<t>[^*].*?)\*\*\s*$")
_RECOMMENDATION_REF = re.compile(r"\brec(?:ommendation)?s?\.?\s*(?P<n>\d+[a-z]?)\b", re.I)
_WORD = re.compile(r"[a-z0-9]+")

MAX_LETTER_LINES = 900
MAX_HEADER_LINES = 40


@dataclass
class Topic:
    """One topic a letter answers under its own heading (a ``responses`` item)."""

    topic: str
    line: int
    responds_to: str | None = None


@dataclass
class LetterBlock:
    """A letter found in the lines, with everything read from it."""

    start: int
    salutation: int
    signoff: int | None
    end: int
    date: str | None = None
    from_name: str | None = None
    from_role: str | None = None
    to_name: str | None = None
    to_role: str | None = None
    subject: str | None = None
    responds_to_meeting_date: str | None = None
    questions: list[LetterQuestion] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    words: set[str] = field(default_factory=set)
    copies: list[int] = field(default_factory=list)  # start lines of later copies of the same letter
    copy_topics: list[list[Topic]] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------------------------
# helpers over lines


def _plain(text: str) -> str:
    """A line without markup, bullets or surrounding punctuation."""
    return clean_text(text).strip(" *_#")


def _is_blank(ctx: Context, n: int) -> bool:
    return ctx.is_noise(n) or not ctx.doc.text(n).strip()


def _looks_like_prose(text: str) -> bool:
    """A sentence-like paragraph rather than a letterhead or address line."""
    t = _plain(text)
    words = t.split()
    if len(words) < 12:
        return False
    return t.endswith((".", ";", ":", "?")) or bool(_SENTENCE_JOIN.search(t))


def _is_sentence(text: str) -> bool:
    """A finished sentence ("The Panel considered the plan."), which no letterhead line is."""
    t = _plain(text)
    return len(t.split()) >= 5 and t.endswith(".") and bool(_LOWER_WORD.search(t))


def _name_tokens(text: str) -> list[str] | None:
    """The tokens of ``text`` when it reads as a person's name (with honorifics and post-nominals), else None."""
    t = _plain(text).rstrip(",.")
    toks = t.split()
    if not 2 <= len(toks) <= 7:
        return None
    core = [x for x in toks if not _HONORIFIC.match(x) and not _POST_NOMINAL.match(x)]
    if not 1 <= len(core) <= 4 or not all(_NAME_TOKEN.match(x) for x in core):
        return None
    if sum(1 for x in core if x[:1].isupper()) < 2:
        return None
    return toks


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


# ---------------------------------------------------------------------------------------------------------------
# finding letters


def find_letters(ctx: Context) -> list[LetterBlock]:
    """Every distinct letter in the document (copies merged), in order. Computed once per document and kept on the
    context: responses and questions reuse the letters found."""
    letters = getattr(ctx, "_letter_blocks", None)
    if letters is None:
        letters = _merge_copies([lb for lb in (_read_letter(ctx, *span) for span in _letter_spans(ctx))
                                 if not _is_summons(ctx, lb)])
        ctx._letter_blocks = letters
    return letters


_SUMMONS = re.compile(
    r"\byou\s+are\s+(?:hereby\s+|now\s+|cordially\s+)?(?:invited|summoned|requested|required)\s+to\s+attend\b"
    r"|\bnotice\s+is\s+(?:hereby\s+)?given\s+(?:that|of)\b", re.I)
_SUMMONS_ADDRESSEE = re.compile(r"^(?:(?:all\s+|panel\s+|committee\s+|board\s+)?members?|councillors?|"
                                r"sir(?:\s+or\s+|/)madam)$", re.I)
_SUMMONS_SIGNER = re.compile(r"\b(?:monitoring\s+officer|democratic|committee\s+services|member\s+services|"
                             r"proper\s+officer|clerk|chief\s+executive|head\s+of\s+(?:legal|governance))\b", re.I)


def _is_summons(ctx: Context, lb: LetterBlock) -> bool:
    """A meeting summons on an agenda front sheet ("Dear Member, You are invited to attend a meeting of the Panel to
    be held …", signed for the proper officer): it has a salutation and a sign-off but is not correspondence. It is
    told by its wording together with a generic addressee or a signatory who is an office rather than a person, or
    one who is the body's meeting officer."""
    doc = ctx.doc
    end = lb.signoff or lb.end
    body = " ".join(doc.text(j).strip() for j in range(lb.salutation + 1, min(end, lb.salutation + 12)))
    if not _SUMMONS.search(body):
        return False
    m = _SALUTATION.match(doc.text(lb.salutation).strip())
    who = _plain(m["who"]) if m else ""
    sig = " ".join(_plain(doc.text(j)) for j in range(lb.signoff + 1, lb.end + 1)) if lb.signoff else ""
    return bool(_SUMMONS_ADDRESSEE.match(who) or not lb.from_name or _SUMMONS_SIGNER.search(sig or ""))


def letter_line_spans(ctx: Context) -> list[tuple[int, int]]:
    """(start, end) of every letter copy in the document, for extractors that must skip letters."""
    spans = []
    for lb in find_letters(ctx):
        spans.append((lb.start, lb.end))
        length = lb.end - lb.start
        spans.extend((c, c + length) for c in lb.copies)
    return spans


def _letter_spans(ctx: Context) -> list[tuple[int, int, int | None, int]]:
    """(start, salutation, sign-off, end) of every letter, in order."""
    texts = ctx.texts
    n = len(ctx.doc.lines)
    # a salutation has "Dear": only those lines are read
    salutations = [j for j in ctx.grep("Dear")
                   if len(texts[j]) <= 90 and not ctx.is_noise(j) and _SALUTATION.match(texts[j].strip())]
    letter_parts = ctx.parts_of("letter")
    spans: list[tuple[int, int, int | None, int]] = []
    prev_end = 0
    for k, sal in enumerate(salutations):
        if sal <= prev_end:
            continue
        limit = min(salutations[k + 1] - 1 if k + 1 < len(salutations) else n, sal + MAX_LETTER_LINES)
        signoff = None
        for j in range(sal + 1, limit + 1):
            t = texts[j].strip()
            if len(t) <= 60 and not ctx.is_noise(j) and _SIGN_OFF.match(t):
                signoff = j
                break
        if signoff is None:
            part = next((p for p in letter_parts if p.prov.start_line <= sal <= p.prov.end_line), None)
            if part is None:
                continue
            end = part.prov.end_line
        else:
            end = _signature_end(ctx, signoff)
        start = _header_start(ctx, sal, prev_end)
        spans.append((start, sal, signoff, end))
        prev_end = end
    return spans


def _header_start(ctx: Context, sal: int, floor: int) -> int:
    """First line of the letterhead above the salutation ``sal``, not above ``floor``."""
    doc = ctx.doc
    page = doc.page_of(sal)
    start = sal
    blanks = 0
    j = sal - 1
    while j > floor and sal - j <= MAX_HEADER_LINES:
        if doc.page_of(j) != page:
            break
        if _is_blank(ctx, j):
            blanks += 1
            if blanks >= 3:
                break
            j -= 1
            continue
        blanks = 0
        t = doc.text(j)
        if _looks_like_prose(t) or _SIGN_OFF.match(t.strip()) or _APPENDIX_HEAD.match(_plain(t)) \
                or _is_sentence(t):
            break
        start = j
        j -= 1
    # a received stamp ("RECEIVED / 15 DEC 2014") on top of the letterhead is not part of the letter
    while start < sal:
        t = doc.text(start).strip()
        if not t or ctx.is_noise(start):
            start += 1
        elif _STAMP.match(t):
            start += 1
            nxt = start
            while nxt < sal and not doc.text(nxt).strip():
                nxt += 1
            if nxt < sal and date_line(doc.text(nxt)):
                start = nxt + 1
        else:
            break
    return start


def _signature_lines(ctx: Context, signoff: int) -> list[int]:
    """Lines of the signature block under the sign-off: the typed name and post, skipping signature images. (Found
    once per sign-off and kept on the context: finding the letter's end and reading its sender both ask.)"""
    known = ctx.__dict__.setdefault("_letter_signatures", {})
    if signoff not in known:
        known[signoff] = _find_signature_lines(ctx, signoff)
    return list(known[signoff])


def _find_signature_lines(ctx: Context, signoff: int) -> list[int]:
    doc = ctx.doc
    n = len(doc.lines)
    out: list[int] = []
    gap = 0
    j = signoff + 1
    page = doc.page_of(signoff)
    while j <= n and j <= signoff + 14:
        if doc.page_of(j) != page and out:
            break
        if _is_blank(ctx, j):
            gap += 1
            # a name is followed at once by its post, or after one blank line
            if out and gap >= 2 or (not out and gap >= 5):
                break
            j += 1
            continue
        t = _plain(doc.text(j))
        if _IMAGE_DESC.search(t) and len(t.split()) > 4:
            j += 1
            gap = 0
            continue
        if not out:
            if _name_tokens(t):
                out.append(j)
            elif len(t.split()) > 10:
                break
        else:
            if gap >= 1 and len(out) >= 2:
                break
            if len(t) > 90 or len(t.split()) > 10 or find_dates(t) or _SUBJECT_LABEL.match(t) or _SHORT_LABEL.match(t) or _STAMP.match(t) \
                    or date_line(t) or t.isupper() and len(t.split()) <= 3 and len(out) >= 2:
                break
            out.append(j)
        gap = 0
        j += 1
    return out


def _signature_end(ctx: Context, signoff: int) -> int:
    lines = _signature_lines(ctx, signoff)
    return lines[-1] if lines else signoff


# ---------------------------------------------------------------------------------------------------------------
# reading one letter


def _read_letter(ctx: Context, start: int, sal: int, signoff: int | None, end: int) -> LetterBlock:
    doc = ctx.doc
    lb = LetterBlock(start=start, salutation=sal, signoff=signoff, end=end)
    header = [j for j in range(start, sal) if not _is_blank(ctx, j)]
    body_end = (signoff - 1) if signoff else end
    body = [j for j in range(sal + 1, body_end + 1) if not _is_blank(ctx, j)]

    lb.date = _letter_date(ctx, header, signoff, end)
    _read_sender(ctx, lb, header)
    _read_recipient(ctx, lb, header)
    lb.subject = _subject(ctx, header, body)
    lb.responds_to_meeting_date = _meeting_followed(ctx, lb, body)
    lb.questions, lb.topics = _questions_and_topics(ctx, body)
    lb.words = _words(" ".join(doc.text(j) for j in body))
    if ctx.gazetteer is not None and lb.from_name:
        ctx.gazetteer.add_person(lb.from_name, lb.from_role)
    if ctx.gazetteer is not None and lb.to_name:
        ctx.gazetteer.add_person(lb.to_name, lb.to_role)
    return lb


def _letter_date(ctx: Context, header: list[int], signoff: int | None, end: int) -> str | None:
    doc = ctx.doc
    for j in header:
        t = doc.text(j)
        if _STAMP.match(t) or (j - 1 in header and _STAMP.match(doc.text(j - 1))):
            continue
        iso = date_line(t)
        if iso:
            return iso
    for j in header:  # "Date: 5 December 2014  Our ref: AB/12" and the like
        t = doc.text(j)
        if _DATE_WORD.search(t):
            hits = [h for h in find_dates(t) if h.iso and h.has_year]
            if hits:
                return hits[0].iso
    if signoff:  # dated under the signature
        for j in range(end + 1, min(end + 4, len(doc.lines)) + 1):
            iso = date_line(doc.text(j))
            if iso:
                return iso
    return None


def _read_sender(ctx: Context, lb: LetterBlock, header: list[int]) -> None:
    doc = ctx.doc
    sig = _signature_lines(ctx, lb.signoff) if lb.signoff else []
    if sig:
        lb.from_name = _plain(doc.text(sig[0])).rstrip(",.")
        posts = [_plain(doc.text(j)).rstrip(",") for j in sig[1:]]
        lb.from_role = ", ".join(p for p in posts if p) or None
    if not lb.from_name:
        return
    # the letterhead often prints the name in full, with post-nominals: prefer that form
    name_low = lb.from_name.lower() if lb.from_name.isascii() else None
    for j in header:
        t = _plain(doc.text(j))
        # (an ASCII name a case-blind search finds is in the folded line: most lines are passed over without a
        # search, whose pattern, made from the name, would take a place in re's cache of compiled patterns)
        if name_low is not None and name_low not in fold(t):
            continue
        m = re.search(re.escape(lb.from_name), t, re.I)
        if not m:
            continue
        tail = t[m.end():].split()
        extra = []
        for tok in tail:
            if _POST_NOMINAL.match(tok.strip(",")):
                extra.append(tok.strip(","))
            else:
                break
        if extra:
            lb.from_name = " ".join([t[m.start():m.end()]] + extra)
        if not lb.from_role:
            nxt = [k for k in header if k > j][:2]
            role = ", ".join(_plain(doc.text(k)) for k in nxt if not _REF_LABEL.match(doc.text(k)))
            lb.from_role = role or None
        break


def _read_recipient(ctx: Context, lb: LetterBlock, header: list[int]) -> None:
    doc = ctx.doc
    m = _SALUTATION.match(doc.text(lb.salutation).strip())
    who = _plain(m["who"]) if m else ""
    if not who:
        return
    if _GENERIC_ADDRESSEE.match(who):
        if _CHAIR.match(who):
            lb.to_role = "Chair"
        # a named recipient may still head the address block
    who_toks = [t for t in who.split() if not _HONORIFIC.match(t)]
    key = who_toks[-1].lower() if who_toks else ""
    first_key = who_toks[0].lower() if who_toks else ""
    for j in header:
        t = _plain(doc.text(j))
        if lb.from_name and t.lower().startswith(lb.from_name.split()[0].lower() + " "):
            continue
        head, _, rest = t.partition(",")
        toks = [x for x in head.split() if not _HONORIFIC.match(x)]
        if not toks:
            continue
        if key and not _GENERIC_ADDRESSEE.match(who) and (toks[0].lower() == first_key or
                                                            any(x.lower() == key for x in toks[1:3])):
            name_toks = _name_tokens(head)
            if name_toks is None:
                # a merged address line: the name is the first few capitalised tokens
                name_toks = head.split()[:3]
            lb.to_name = " ".join(name_toks).strip(" ,")
            role = rest.strip()
            if not role:
                nxt = [k for k in header if k > j][:1]
                role = _plain(doc.text(nxt[0])) if nxt else ""
            lb.to_role = _trim_address(role, lb.from_name) or lb.to_role
            return


def _trim_address(text: str, sender: str | None) -> str | None:
    """A post from an address line: cut at the sender's name, a postcode, or the street address."""
    t = text
    if sender:
        i = t.lower().find(sender.split()[0].lower() + " ")
        if i > 0:
            t = t[:i]
    m = _POSTCODE.search(t)
    if m:
        t = t[:m.start()]
    m = _STREET.search(t)
    if m and m.start() > 0:
        t = t[:m.start()]
    t = t.strip(" ,;")
    return t or None


def _subject(ctx: Context, header: list[int], body: list[int]) -> str | None:
    doc = ctx.doc
    for j in header + body[:3]:
        m = _SUBJECT_LABEL.match(_plain(doc.text(j)))
        if m and not _REF_LABEL.match(doc.text(j)):
            return m["s"].strip()
    if body:
        first = _plain(doc.text(body[0]))
        marker, _, _ = split_marker(doc.text(body[0]))
        if first and marker is None and len(first) <= 120 and not first.endswith((".", "?", ":", ",")) \
                and len(first.split()) <= 18:
            return first
    # no subject line: the subject the letter states in its opening paragraphs
    for j in body[:4]:
        t = _plain(doc.text(j))
        m = _RESPONDING.search(t)
        if m and _YOUR.search(t[max(0, m.start() - 30):m.start()]):
            m = None  # "thank you for your response to …" is the other side's letter
        if m:
            s = _BELOW_TAIL.sub("", m["s"].strip())
            return f"Response to {s}"
        m = _WRITING_ABOUT.search(t)
        if m:
            return m["s"].strip()[0].upper() + m["s"].strip()[1:]
        m = _REGARDING.search(t)
        if m:
            return m.group(0).strip()[0].upper() + m.group(0).strip()[1:]
    return None


def _meeting_followed(ctx: Context, lb: LetterBlock, body: list[int]) -> str | None:
    """The date of the meeting the letter follows up: a meeting word and, after it, a date, in the subject or the
    opening paragraphs ("Further to my attendance at the … Committee on 9 October 2014")."""
    doc = ctx.doc
    texts = ([lb.subject] if lb.subject else []) + [_plain(doc.text(j)) for j in body[:4]]
    for t in texts:
        for sentence in _SENTENCE_GAP.split(t):
            for h in find_dates(sentence, lb.date):
                if not h.iso:
                    continue
                before = sentence[max(0, h.start - 140):h.start]
                mw = list(_MEETING_WORD.finditer(before))
                if not mw:
                    continue
                if not _FOLLOW_CUE.search(sentence[:h.start]) and not _DASH_END.search(before):
                    continue
                # "your letter of 3 November about the meeting" names the letter's date, not the meeting's
                if _LETTER_OF_END.search(before):
                    continue
                if lb.date and h.iso > lb.date:
                    continue
                return h.iso
    return None


def _is_question_text(t: str) -> bool:
    """Ends with a question mark (allowing a closing bracket or quote after it)."""
    return t.rstrip(")\"'’”").endswith("?")


def _questions_and_topics(ctx: Context, body: list[int]) -> tuple[list[LetterQuestion], list[Topic]]:
    """Questions (with the first line of their answer) and topic headings in the letter's body."""
    doc = ctx.doc
    kinds: list[tuple[int, str, str]] = []  # (line, kind, text) kind ∈ question | topic | heading | text
    for idx, j in enumerate(body):
        raw = doc.text(j).strip()
        marker, numbered, rest = split_marker(raw)
        inner = rest.strip() if marker is not None else raw
        t = _plain(inner)
        if not t:
            continue
        mq = _QUESTION_LABEL.match(t)
        if _ANSWER_LABEL.match(t):
            kinds.append((j, "text", t))
        elif mq and mq["q"]:
            kinds.append((j, "question", mq["q"].strip()))
        elif _is_question_text(t) and len(t) <= 600:
            kinds.append((j, "question", t))
        elif (mt := _TOPIC_BOLD.match(inner)) and len(mt["topic"].split()) <= 12:
            kinds.append((j, "topic", mt["topic"].strip(" -–—:")))
        elif marker is not None and not numbered and (mt := _TOPIC_PLAIN.match(t)) \
                and len(mt["topic"].split()) <= 10:
            kinds.append((j, "topic", mt["topic"].strip()))
        elif _BOLD_LINE.match(inner):
            kinds.append((j, "bold", t))
        else:
            kinds.append((j, "text", t))
    # a bold line alone: a heading when questions follow it, a request when it reads as one, else a topic
    resolved: list[tuple[int, str, str]] = []
    for i, (j, kind, t) in enumerate(kinds):
        if kind == "bold":
            nxt = kinds[i + 1][1] if i + 1 < len(kinds) else None
            if nxt == "question":
                kind = "heading"
            elif len(t.split()) >= 7 or _REQUEST_WORD.match(t):
                kind = "question"
            else:
                kind = "topic"
        resolved.append((j, kind, t))
    questions: list[LetterQuestion] = []
    topics: list[Topic] = []
    pending: list[LetterQuestion] = []
    for j, kind, t in resolved:
        if kind == "question":
            q = LetterQuestion(text=t, line=j)
            pending.append(q)
            questions.append(q)
            continue
        if kind == "topic":
            m = _RECOMMENDATION_REF.search(t)
            topics.append(Topic(t, j, f"Recommendation {m['n']}" if m else None))
        if kind in ("text", "topic") and pending:
            for q in pending:
                q.answer_line = j
            pending = []
    return questions, topics


# ---------------------------------------------------------------------------------------------------------------
# copies


def _merge_copies(letters: list[LetterBlock]) -> list[LetterBlock]:
    """Fold a letter printed again later in the document into its first copy."""
    out: list[LetterBlock] = []
    for lb in letters:
        twin = next((o for o in out if _same_letter(o, lb)), None)
        if twin is None:
            out.append(lb)
        else:
            twin.copies.append(lb.start)
            twin.copy_topics.append(lb.topics)
    return out


def _same_letter(a: LetterBlock, b: LetterBlock) -> bool:
    if a.date and b.date and a.date != b.date:
        return False
    if not a.words or not b.words:
        return False
    inter = len(a.words & b.words)
    return inter / len(a.words | b.words) >= 0.85


# ---------------------------------------------------------------------------------------------------------------


def extract(ctx: Context) -> list[Letter]:
    """The letters of the document, each with its questions."""
    out = []
    for lb in find_letters(ctx):
        prov = Provenance(ctx.doc.sha256, lb.start, lb.end, ctx.doc.page_of(lb.start), "letters",
                          0.9 if lb.signoff else 0.6)
        out.append(Letter(prov=prov, locations=list(lb.copies), date=lb.date, from_name=lb.from_name,
                          from_role=lb.from_role, to_name=lb.to_name, to_role=lb.to_role, subject=lb.subject,
                          responds_to_meeting_date=lb.responds_to_meeting_date, questions=list(lb.questions)))
    return out
