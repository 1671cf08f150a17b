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

Owner is the body responsible (normalised by the gazetteer: "Metropolitan Police Service (MPS)" → "MPS"); person
keeps who gave the undertaking; status keeps the document's words with ``status_code`` from
:mod:`scrutiny.status`; deadline keeps the words with ``deadline_date`` when they are a date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..gazetteer import normalise_body
from ..records import Action, Provenance
from ..status import is_status_text, status_code
from . import Context
from ._common import BLANK_PAGE, clean, find_dates, title_like
from .meetings import MeetingBlock, _texts, minutes_blocks
from .resolutions import decisions, item_spans

KEY = "actions"

# --- table columns ---------------------------------------------------------------------------------------------------

_ROLE_RX: list[tuple[str, re.Pattern[str]]] = [
    ("owner", re.compile(r"^(?:action(?:ed)? by|owner|responsib|lead\b|who\b|by whom|action officer|assigned|"
                         r"officer|responsible)", re.I)),
    ("deadline", re.compile(r"^(?:deadline|due|target date|by when|timescale|completion date|date due|"
                            r"date for completion|expected completion|timeframe)", re.I)),
    ("date", re.compile(r"^(?:meeting date|date of meeting|date raised|date of action|date agreed|date|meeting)$",
                        re.I)),
    ("minute", re.compile(r"^(?:minute(?: item| no\.?| number| ref(?:erence)?)?|min\.? (?:no|ref)|item(?: no\.?)?|"
                          r"agenda item|ref(?:erence)?\.?|no\.?|#|action (?:no|ref)\.?)$", re.I)),
    ("status", re.compile(r"^(?:status|progress|update|response|outcome|comments?|current position|rag)", re.I)),
    ("text", re.compile(r"(?:action|subject|description|issue|request|undertaking|matter|detail|summary)", re.I)),
]
_MEETING_HEAD = re.compile(
    r"^\W*(?:(?:actions?\s+(?:arising\s+)?(?:from\s+)?(?:the\s+)?)?meeting\s+(?:of|held on|on)|"
    r"actions?\s+from\s+(?:the\s+)?(?:meeting\s+(?:of|on|held on)\s+)?|committee\s+meeting\s+(?:of|on)\s+)"
    r"(?P<date>.+?)\W*$", re.I)
_LIST_CUE = re.compile(r"summary list of actions|actions? (?:arising|log|tracker|list)|list of actions|"
                       r"outstanding actions|action (?:log|tracker|sheet)", re.I)
_MINUTE_CELL = re.compile(r"^\s*(?:item|minute|min\.?)?\s*(?P<n>\d{1,3}(?:[./]\d{1,3})?[a-z]?)\.?\s*$", re.I)
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
_STRONG = re.compile(r"\b(?:undertook|undertakes?|agreed|agrees|promised|offered|committed|pledged)\s+(?:also\s+)?to\b|"
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
_ACTION_LABEL = re.compile(r"^\W*action(?:s)?(?:\s+(?:point|required))?\s*[:\-–]\s*(?P<text>\S.+)$", re.I)
_NEGATED = re.compile(r"\b(?:would|will|could|did|was|were) not\b|\bno longer\b|\bunable to\b", re.I)
_NON_PERSON = re.compile(r"^(?:the\s+)?(?:committee|sub-committee|panel|board|members?|meeting|chair(?:man)?|"
                         r"guests?|he|she|they|it|this|these|officers?|we|council|cabinet)$", re.I)
_SUBJECT = re.compile(r"^(?:(?i:(?:during|in)\s+(?:the\s+)?(?:course\s+of\s+(?:the\s+)?)?discussion,?\s+)|"
                      r"(?i:(?:at|in) (?:response|answer) to [^,]+,\s*)|"
                      r"(?:.*?\b(?:advised|informed|reported|said|stated|explained|told|confirmed)\s+(?:the\s+[\w\-]+\s+)?"
                      r"that\s+))?(?P<who>.+?),?\s+(?:also\s+|further\s+)?"
                      r"(?:undertook|undertakes|agreed|agrees|promised|offered|committed|pledged|was asked|"
                      r"were asked|would|will|to (?:provide|write|send|circulate|confirm|make|inform|arrange|report))\b")
_ORG_WORDS = re.compile(r"\b(?:service|brigade|company|police|council|group|board|partnership|team|trust|office|"
                        r"commission|panel|agency|unit|authority|probation|nhs|fire|constabulary|mopac|mps|"
                        r"department|directorate|ministry|crc|nps|noms|prison|hospital|college|university|"
                        r"support|leader|mayor|commissioner's office)\b", re.I)
_POST_WORDS = re.compile(r"\b(?:commissioner|commander|superintendent|inspector|officer|director|head|chief|"
                         r"manager|mayor|chair|leader|minister|secretary|lead|coordinator|sergeant|constable)\b", re.I)
_TITLE_TAIL = re.compile(r"\s*(?:[-–:]\s*)?(?:verbal\s+)?(?:update|report|presentation|briefing|overview)s?\s*$", re.I)
_DEADLINE = re.compile(
    r"\b(?:(?:by|before|within|at|during|in|until)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:next\s+\w+(?:'s\s+\w+"
    r"\s+meeting)?|(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4}|\d+\s+(?:working\s+)?(?:days|weeks|months)|"
    r"the new year|due course|the (?:coming|following) (?:weeks?|months?))|"
    r"next (?:week|month|year|meeting)(?:'s\s+\w+\s+meeting)?|shortly|in due course|as soon as possible)\b", re.I)
_PRONOUN_START = re.compile(r"^(?:this|these|it|they|those|that|such)\b|"
                            r"^(?:(?:further\s+)?details|a copy|copies|the results|an update|a summary) of "
                            r"(?:the|this|these|that|those)\b", re.I)
# an answer ("Officers advised that…") to a question or comment in the sentence before: the question gives the topic
_ANSWER_START = re.compile(r"^[\w\s,]{0,60}?\b(?:advised|responded|replied|explained|confirmed|informed)\b", re.I)
_QUESTION = re.compile(r"\b(?:asked|commented|queried|questioned|raised|enquired|sought)\b", re.I)
_RESPONSE_REF = re.compile(r"^\(?\d{1,3}\)\.?\s+")


@dataclass
class Row:
    """One table row: its line and the cells by role (each cell a list of paragraphs)."""

    line: int
    cells: dict[str, str] = field(default_factory=dict)


def extract(ctx: Context) -> list[Action]:
    """Actions from action-list tables and undertakings in minutes, merged where they are the same."""
    lines = _texts(ctx)
    table = table_actions(ctx, lines)
    minutes = minutes_actions(ctx, lines)
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

def _split_cells(text: str) -> list[str] | None:
    if "\t" in text:
        return text.split("\t")
    s = text.strip()
    if s.startswith("|") and s.count("|") >= 3:
        cells = s.strip("|").split("|")
        if all(re.fullmatch(r"\s*:?-{2,}:?\s*", c) for c in cells):
            return None
        return cells
    return None


@lru_cache(maxsize=65536)
def _role_of(text: str) -> str | None:
    """The column role a header cell's text names ("Status", "Action by" …), or None (memoised: the same short
    texts recur on every page)."""
    for name, rx in _ROLE_RX:
        if rx.search(text):
            return name
    return None


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
    return roles


def table_actions(ctx: Context, lines: list[str]) -> list[Action]:
    """Actions from every action table in the document."""
    out: list[Action] = []
    n = len(lines) - 1
    date: str | None = None
    roles: list[str | None] | None = None
    last_row_complete = True
    section_seen = False
    j = 1
    while j <= n:
        raw = lines[j]
        c = clean(raw)
        if not c:
            j += 1
            continue
        if BLANK_PAGE.match(raw):
            roles = None
            j += 1
            continue
        if "--" in raw and _MD_RULE.fullmatch(raw):
            j += 1  # a markdown table's rule line
            continue
        cells = _split_cells(raw)
        if cells is not None:
            hdr = _roles(cells)
            if hdr:
                roles = hdr
                section_seen = True
                j += 1
                continue
            if roles is not None:
                row = Row(j, {})
                for role, cell in zip(roles, cells):
                    if role:
                        row.cells[role] = (row.cells.get(role, "") + " " + cell).strip()
                acts, orphan, complete = _row_actions(ctx, row, date, last_row_complete)
                if orphan:
                    date = None
                out.extend(acts)
                last_row_complete = complete
                j += 1
                continue
            j += 1
            continue
        # one cell per line: a header made of consecutive column names
        vhead = _vertical_header(lines, j) if len(c) <= 45 else None
        if vhead is not None:
            hdr_roles, after = vhead
            section_seen = True
            rows, stop = _vertical_rows(lines, after, hdr_roles)
            for row in rows:
                if row.cells.get("_date"):
                    date = row.cells.pop("_date") or None
                    continue
                acts, orphan, complete = _row_actions(ctx, row, date, last_row_complete)
                if orphan:
                    date = None
                out.extend(acts)
                last_row_complete = complete
            j = stop + 1
            continue
        mh = _MEETING_HEAD.match(c)
        hits = [h for h in find_dates(mh["date"]) if h.iso and h.has_year] if mh else []
        if mh and hits and len(c) < 80:
            date = hits[0].iso
            roles = None
            last_row_complete = True
            j += 1
            continue
        if section_seen and len(c) < 140 and not re.search(r"[.;:]$", c) and title_like(c):
            # another section heading ("Additional correspondence", a standing item): rows under it are not of
            # the meeting above
            date = None
        roles = None
        j += 1
    return out


def _vertical_header(lines: list[str], j: int) -> tuple[list[str], int] | None:
    """Column names one per line ("Minute item" / "Action" / "Status" / "Action by" / "Deadline")."""
    roles: list[str] = []
    k = j
    while k < len(lines) and len(roles) < 8:
        t = clean(lines[k]).strip(" :")
        if not t:
            if roles:
                k += 1
                if k < len(lines) and not clean(lines[k]):
                    break
                continue
            return None
        if len(t) > 45 or "\t" in lines[k]:
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


def _is_deadline_cell(t: str) -> bool:
    return bool(re.fullmatch(r"(?:n/?a|none|tbc|tba|ongoing|asap|immediate(?:ly)?|-)", t.strip(" .").lower())) or \
        (len(t) < 40 and bool(find_dates(t) or re.search(r"\bnext meeting\b|\b(?:january|february|march|april|may|"
                                                         r"june|july|august|september|october|november|"
                                                         r"december)\b", t, re.I)))


def _is_owner_cell(t: str) -> bool:
    s = t.strip(" .")
    if not s or len(s) > 60 or s.endswith(".") or is_status_text(s):
        return False
    return bool(normalise_body(s)) or (len(s.split()) <= 6 and bool(re.match(r"^[A-Z]", s)) and
                                       bool(_POST_WORDS.search(s) or _ORG_WORDS.search(s) or s.isupper()))


def _paragraphs(cell: str) -> list[tuple[str, str]]:
    """A cell's content as ``(kind, text)`` pieces: kind "p" for a paragraph, "li" for a list item."""
    t = cell or ""
    t = re.sub(r"<ul[^>]*>", "\n<UL>\n", t, flags=re.I)
    t = re.sub(r"</ul>", "\n</UL>\n", t, flags=re.I)
    t = re.sub(r"<li[^>]*>", "\n• ", t, flags=re.I)
    t = re.sub(r"</?(?:p|div|br|li)\b[^>]*>", "\n", t, flags=re.I)
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
            for part in re.split(r";\s*(?:and\s+)?(?=[A-Z])", p):
                if part.strip():
                    out.append(("li", part.strip()))
            continue
        out.append(("li" if bullet or in_ul else "p", p))
    return out


def _row_actions(ctx: Context, row: Row, date: str | None, last_complete: bool) -> tuple[list[Action], bool, bool]:
    """The actions of one row, whether the row is an orphan fragment (its meeting unknown), and whether its text
    ends a sentence."""
    text_cell = row.cells.get("text", "")
    paras = _paragraphs(text_cell)
    if not paras:
        return [], False, True
    minute = None
    mc = _MINUTE_CELL.match(clean(row.cells.get("minute", "")) or "-")
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
        owner = _owner_name(owner_words) if owner_words else None
        deadline = deadlines[i]
        out.append(Action(
            prov=Provenance(ctx.doc.sha256, row.line, row.line, ctx.doc.page_of(row.line), "actions.table", 0.85),
            meeting_date=row_date or date, minute_item=minute, text=t, owner=owner, person=person,
            status=statuses[i], status_code=status_code(statuses[i]), deadline=deadline,
            deadline_date=_deadline_date(deadline)))
    complete = bool(re.search(r"[.;:!?)]$", texts[-1]))
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
        if kind == "p" and _INTRO.search(text) and not text.rstrip().endswith(":"):
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
        if has_list or _UNDERTAKING.search(text) or _STRONG.search(text) or not out:
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


def _owner_name(words: str | None) -> str | None:
    if not words:
        return None
    w = clean(words).strip(" .;,")
    if not w or re.fullmatch(r"n/?a|-|tbc|none", w, re.I):
        return None
    return normalise_body(w) or re.sub(r"^the\s+", "", w, flags=re.I)


def _person(text: str) -> str | None:
    """Who gave the undertaking: "Assistant Commissioner Dick undertook…" → "Assistant Commissioner Dick"."""
    m = _SUBJECT.match(text)
    if not m:
        return None
    who = m["who"].strip(" ,")
    if len(who.split()) > 9 or not re.match(r"^[A-Z]", who) or _NON_PERSON.match(who) or \
            re.match(r"^(?:to|these|this|it|they|there|in|at|on|for|if|when|as)\b", who, re.I) or \
            re.search(r"\b(?:had|have|has|was|were|is|are)\b", who):
        return None
    if re.match(r"^(?:details|information|the (?:details|information|report|draft|results))\b", who, re.I):
        return None
    body = normalise_body(who)
    if body and not _POST_WORDS.search(who) and not re.search(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b", who):
        return None  # a body, not a person ("The MPS agreed…")
    if not (_POST_WORDS.search(who) or re.search(r"\b[A-Z][a-z'’\-]+\s+[A-Z][a-z'’\-]+", who)):
        return None
    return who


def _deadline_date(words: str | None) -> str | None:
    if not words:
        return None
    hits = [h for h in find_dates(words) if h.iso and h.has_year]
    return hits[0].iso if hits else None


# --- minutes ---------------------------------------------------------------------------------------------------------

def minutes_actions(ctx: Context, lines: list[str]) -> list[Action]:
    """Undertakings recorded in the minutes (not in transcripts, letters or reports)."""
    from ._text import blocks, sentences

    out: list[Action] = []
    for block in minutes_blocks(ctx):
        for num, title, start, end in item_spans(block):
            skip: set[int] = set()
            for d in decisions(lines, start, end):
                skip.update(range(d.marker_line, (d.end or d.line) + 1))
            title_org = _title_org(title)
            lead: str | None = None
            prev_sentence = ""
            for b in blocks(ctx.doc, ctx.noise, start + (1 if num else 0), end):
                if b.start in skip:
                    lead = None
                    continue
                if lead and b.kind == "bullet" and b.numbered:
                    out.append(_minute_action(ctx, block, num, b.start, lead + " " + b.text, title_org, "strong"))
                    continue
                lead = None
                label = _ACTION_LABEL.match(b.text)
                if label:
                    out.append(_minute_action(ctx, block, num, b.start, label["text"], title_org, "strong"))
                    continue
                for s in sentences(b):
                    text = _RESPONSE_REF.sub("", s.text)
                    kind = _cue(text)
                    if kind is None:
                        prev_sentence = text
                        continue
                    if text.rstrip().endswith(":") and kind == "strong":
                        lead = text.rstrip()
                        prev_sentence = text
                        continue
                    full = text
                    if prev_sentence and (_PRONOUN_START.match(text) or (_ANSWER_START.match(text) and
                                                                         _QUESTION.search(prev_sentence))):
                        full = prev_sentence + " " + text
                    out.append(_minute_action(ctx, block, num, s.line, full, title_org, kind, cue_text=text))
                    prev_sentence = text
    return [a for a in out if a is not None]


def _cue(text: str) -> str | None:
    """"strong" for an explicit undertaking, the intent kind for a reported intention, None otherwise."""
    if _NEGATED.search(text):
        return None
    if _STRONG.search(text):
        return "strong"
    if _UNDERTAKING.search(text) and re.search(r"\b(?:would|will)\s+(?:also\s+)?(?:" + _VERBS + r")\b", text, re.I):
        subj = text.split(" would ")[0].split(" will ")[0]
        if not _PRONOUN_START.match(subj.strip()):
            return "strong"
    m = _INTENT.search(text)
    if m:
        kind = next(k for k, v in m.groupdict().items() if v)
        if kind in ("passive", "future") and not _DEADLINE.search(text):
            return None  # "would be available for…" with no time given is a benefit, not an undertaking
        return kind
    return None


def _minute_action(ctx: Context, block: MeetingBlock, num: str | None, line: int, text: str,
                   title_org: str | None, kind: str, cue_text: str | None = None) -> Action:
    text = " ".join(text.split())
    cue_text = cue_text or text
    person = _person(cue_text)
    owner = _subject_owner(cue_text, kind, title_org)
    if owner is None and person:
        owner = normalise_body(person) or (ctx.gazetteer.resolve(person).body
                                            if ctx.gazetteer is not None and ctx.gazetteer.resolve(person) else None)
    dl = _DEADLINE.search(cue_text)
    deadline = dl.group(0) if dl else None
    status = _intent_status(kind, cue_text, deadline)
    return Action(
        prov=Provenance(ctx.doc.sha256, line, line, ctx.doc.page_of(line), "actions.minutes",
                        0.8 if kind == "strong" else 0.55),
        meeting_date=block.date, minute_item=num, text=text, owner=owner, person=person, status=status,
        status_code=status_code(status) if status else "open", deadline=deadline,
        deadline_date=_deadline_date(deadline))


def _intent_status(kind: str, text: str, deadline: str | None) -> str | None:
    """A reported intention's state in plain words, with the document's own words in brackets."""
    m = _INTENT.search(text)
    words = m.group(0) if m else None
    if kind == "progress":
        return f"in progress ({words})"
    if kind == "looking":
        return f"planned ({words})" if deadline else f"under consideration ({words})"
    if kind in ("passive", "future"):
        return f"planned ({words})"
    return None


def _subject_owner(text: str, kind: str, title_org: str | None) -> str | None:
    """The body responsible: the sentence's subject when it names a body or a post of one, else the item's
    organisation (a guest's item such as "LONDON FIRE BRIGADE - UPDATE")."""
    subj = None
    m = re.match(r"^(?:.*?\b(?:advised|informed|reported|said|stated|confirmed|explained|told)\s+(?:the\s+[\w\-]+\s+)?"
                 r"(?:that\s+)?)?(?P<s>.+?)\s+(?:would|will|were|was|is|are|undertook|agreed|promised|offered|"
                 r"expected)\b", text)
    if m:
        subj = m["s"].strip(" ,")
        subj = re.sub(r"^(?:that|the)\s+", "", subj, flags=re.I)
    if kind == "passive" or not subj:
        return title_org or (normalise_body(subj) if subj else None)
    acr = re.fullmatch(r"[A-Z]{2,6}", subj)
    if acr and title_org and "".join(w[0] for w in title_org.split() if w[0].isupper()) == subj:
        return title_org
    body = normalise_body(subj)
    if body:
        return body
    if _ORG_WORDS.search(subj) and len(subj.split()) <= 8 and not re.search(r"\b(?:of the changes|draft)\b", subj):
        return subj[:1].upper() + subj[1:]
    if acr:
        return subj
    return title_org


def _title_org(title: str | None) -> str | None:
    """The organisation a minute item is about: "LONDON FIRE BRIGADE - UPDATE" → "London Fire Brigade"."""
    if not title:
        return None
    t = _TITLE_TAIL.sub("", clean(title)).strip(" -–:")
    if not t or not _ORG_WORDS.search(t) or len(t.split()) > 9:
        return None
    if re.search(r"\b(?:report|plan|minutes|performance|indicators|statistics|strategy|assessment)\b", t, re.I):
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
