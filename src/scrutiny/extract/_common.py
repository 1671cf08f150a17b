"""Helpers shared by the meeting, minute, resolution and action extractors.

- dates and times as printed ("Thursday 8 January 2015", "8th Jan 2015", "17.01.2017", "10.00 am", "(7.00 - 8.35
  pm)") → ISO date and 24-hour "HH:MM";
- markup left by PDF/HTML conversion (``**bold**``, ``<p>``, ``<u>``) removed;
- lists of people ("Councillors A (Chairman), B and +C (In place of D)") split into names;
- numbered item headings ("5 Safeguarding… (Item 5)", "12 OPERATION HERCULES", "39/20 APOLOGIES") recognised.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ._dates import find_dates, parse_date  # noqa: F401  (re-exported for the extractors)

# --- text clean-up -------------------------------------------------------------------------------------------------

_TAGS = re.compile(r"</?(?:p|u|b|i|em|strong|span|br|li|ul|ol|div|font|sup|sub|td|th|tr)\b[^>]*>", re.I)
_MD = re.compile(r"\*\*|__|(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)")
_DIGITS = re.compile(r"\d+")
_NUMBERED_PARA = re.compile(r"^\d+\.\d")  # "5.4 During the discussion…"
_MDLINK = re.compile(r"<(https?://[^>]+)>")
_WS = re.compile(r"[ \t\u00a0]+")
_LEAD_BULLET = re.compile(r"^\s*(?:[-•*▪◦●·‣–—■]\s*)+")
_BULLET_CHARS = frozenset("-•*▪◦●·‣–—■")


def clean(text: str | None) -> str:
    """``text`` without markup, leading bullets and extra white space."""
    if not text:
        return ""
    return _clean(text)


@lru_cache(maxsize=16384)
def _clean(text: str) -> str:
    t = text
    if "<" in t:
        t = _MDLINK.sub(r"\1", t)
        t = _TAGS.sub(" ", t)
    if "*" in t or "_" in t:
        t = _MD.sub("", t)
    if "\uf0b7" in t or "\u2022" in t:
        t = t.replace("\uf0b7", " ").replace("\u2022", " • ")
    if "  " in t or "\t" in t or "\u00a0" in t:  # else the pattern would put each single space back
        t = _WS.sub(" ", t)
    t = t.strip()
    if t[:1] in _BULLET_CHARS:  # the only way the (stripped) line can open with a bullet
        t = _LEAD_BULLET.sub("", t).strip()
    return t


def squash(text: str) -> str:
    """Collapse white space only."""
    return _WS.sub(" ", text).strip()


# --- times ---------------------------------------------------------------------------------------------------------

_TIME = re.compile(
    r"(?<![\d.:])(?P<h>[0-2]?\d)(?:[.:](?P<m>[0-5]\d))?\s*(?P<ap>a\.?\s?m\.?|p\.?\s?m\.?|noon)?(?![\d])",
    re.I)
_TIME_RANGE = re.compile(
    r"(?<![\d.:])(?P<h1>[0-2]?\d)(?:[.:](?P<m1>[0-5]\d))?\s*(?P<ap1>[ap]\.?\s?m\.?)?\s*(?:-|–|to|until)\s*"
    r"(?P<h2>[0-2]?\d)(?:[.:](?P<m2>[0-5]\d))?\s*(?P<ap2>[ap]\.?\s?m\.?)", re.I)


def _hhmm(h: int, m: int, ap: str | None) -> str | None:
    ap = (ap or "").lower().replace(".", "").replace(" ", "")
    if ap == "pm" and h < 12:
        h += 12
    elif ap == "am" and h == 12:
        h = 0
    elif ap == "noon":
        h, m = 12, 0
    if not (0 <= h <= 23 and 0 <= m <= 59):
        return None
    return f"{h:02d}:{m:02d}"


def parse_time(text: str | None, require_marker: bool = True) -> str | None:
    """The first time of day in ``text`` as "HH:MM": "10.00 am" → "10:00", "(7.00 - 8.35 pm)" → "19:00".

    A bare "19.00" counts only when ``require_marker`` is False (a "Time:" field)."""
    if not text:
        return None
    r = _TIME_RANGE.search(text)
    if r:
        h1, h2 = int(r["h1"]), int(r["h2"])
        ap1 = r["ap1"]
        if not ap1:  # "7.00 - 8.35 pm": the start shares the end's half of the day when it is earlier
            ap1 = r["ap2"] if h1 <= h2 or h2 == 12 else ("am" if r["ap2"].lower().startswith("p") else None)
        return _hhmm(h1, int(r["m1"] or 0), ap1)
    for m in _TIME.finditer(text):
        if m["ap"]:
            return _hhmm(int(m["h"]), int(m["m"] or 0), m["ap"])
        if not require_marker and m["m"]:
            return _hhmm(int(m["h"]), int(m["m"]), None)
    return None


# --- names ---------------------------------------------------------------------------------------------------------

_TITLES = re.compile(
    r"^(?:(?:the\s+)?(?:county\s+|district\s+|borough\s+|city\s+|parish\s+)?councill?ors?|cllrs?\.?|mr\.?|mrs\.?|"
    r"ms\.?|miss|dr\.?|prof(?:essor)?\.?|sir|dame|lord|lady|baroness|rev(?:d|erend)?\.?|mayor)\s+", re.I)
_ROLE_PAREN = re.compile(r"\s*\(([^)]*)\)")
_NOT_A_NAME = re.compile(
    r"\b(?:council|borough|county|authority|committee|panel|board|service|police|constabulary|office|department|"
    r"member|members|officer|officers|independent|co-opted|partnership|trust|university|limited|ltd|group|"
    r"substitute|none|nil|vacancy|vacant|representative|commissioner|director|manager|clerk|secretary)\b", re.I)
_NAME_OK = re.compile(r"^[A-Z][\w'’\-.]*(?:\s+(?:[A-Z][\w'’\-.]*|de|da|del|van|von|der|den|la|le|du|di|St\.?|O'))*"
                      r"(?:\s+[A-Z][\w'’\-.]*)*$")


_LEAD_JOINER = re.compile(r"^\s*(?:and|from|with)\s+", re.I)


def display_name(raw: str) -> str | None:
    """A person's name as printed, without list markers, titles ("Councillor", "Cllr", "Mr") and bracketed roles;
    post-nominals ("AM", "MBE AM") are kept: "+Councillor Jane Roe (In place of John Doe)" → "Jane Roe"."""
    s = clean(raw)
    if "(" in s:  # (a bracketed role needs an opening bracket)
        s = _ROLE_PAREN.sub("", s)
    s = s.strip(" +*.,;:–-")
    s = _LEAD_JOINER.sub("", s)
    for _ in range(3):
        s2 = _TITLES.sub("", s)
        if s2 == s:
            break
        s = s2
    s = s.strip(" +*.,;:–-")
    if not s or len(s) > 60:
        return None
    words = len(s.split())
    if words > 7 or words < 2 and not s.isupper():
        return None
    if _NOT_A_NAME.search(s) or not _NAME_OK.match(s):
        return None
    return s


_SPLIT_NAMES = re.compile(r"\s*(?:;|,|\band\b|\t|&)\s*")
_LIST_LEAD = re.compile(r"^(?:councill?ors?|cllrs?\.?|members?)\s*:?\s+", re.I)
_BRACKETS_AND_COMMAS = re.compile(r"([(),])")
_RUN_TOGETHER = re.compile(r"(?<=\))\s+(?=[+A-Z])")


def _protect_commas(t: str) -> str:
    """``t`` with each comma inside brackets replaced by "\\u0001" (an unmatched ")" closes nothing)."""
    depth = 0
    out = []
    # (the text between brackets and commas is copied as it is, a run at a time)
    for tok in _BRACKETS_AND_COMMAS.split(t):
        if tok == "(":
            depth += 1
        elif tok == ")":
            depth = max(0, depth - 1)
        elif tok == "," and depth:
            tok = "\u0001"
        out.append(tok)
    return "".join(out)


def split_names(text: str) -> list[tuple[str, str | None, str]]:
    """``(name, role, raw)`` for each person in a printed list ("A (Chairman), B, C and +D (In place of E)").

    The role is the bracketed text after a name ("Chairman", "In place of E"), or None."""
    t = clean(text)
    t = _LIST_LEAD.sub("", t)
    # protect commas inside brackets (only a comma after an opening bracket can be inside one)
    if "(" in t and "," in t:
        t = _protect_commas(t)
    out: list[tuple[str, str | None, str]] = []
    for piece in _SPLIT_NAMES.split(t):
        piece = piece.replace("\u0001", ",").strip()
        if not piece:
            continue
        # "A (Chairman) B (Vice-Chair) C" — several names run together on one line, split after a bracket
        sub = _RUN_TOGETHER.split(piece) if ")" in piece else [piece]
        for p in sub:
            roles = _ROLE_PAREN.findall(p) if "(" in p else []
            name = display_name(p)
            if name:
                out.append((name, roles[0].strip() if roles else None, p))
    return out


# --- numbered headings ---------------------------------------------------------------------------------------------

_HEAD = re.compile(
    r"^(?:#+\s*)?(?:(?:minute|item|agenda item)\s+)?(?P<num>\d{1,3}(?:/\d{2,4})?|[A-Z]?\d{1,3}[a-z]?)\.?\)?"
    r"(?:\s+|\t+)(?P<title>\S.*)$", re.I)
_ITEM_REF = re.compile(r"\s*\(\s*(?:agenda\s+)?item\s+(?P<ref>\d{1,3}[a-z]?)\s*\)\s*\.?\s*$", re.I)
_PAGES = re.compile(r"\s*\(\s*pages?\s+\d+(?:\s*[-–]\s*\d+)?\s*\)\s*$", re.I)
_PDF_ICON = re.compile(r"\s*pdf icon\s+PDF\s+[\d.]+\s*[KM]B\s*$", re.I)
_SENTENCE_VERB = re.compile(r"\b(?:was|were|had|has|have|is|are|will|would|said|advised|noted|received|agreed)\b")
_MINOR = {"a", "an", "and", "the", "of", "on", "in", "to", "for", "from", "by", "with", "at", "or", "into", "under",
          "-", "–", "&", "vs", "v", "its", "their", "as", "about"}


def heading_number_value(num: str) -> int | None:
    """The integer order of an item number: "12" → 12, "39/20" → 39, "A3" → 3."""
    m = _DIGITS.search(num or "")
    return int(m.group(0)) if m else None


@lru_cache(maxsize=16384)
def parse_item_heading(line: str) -> tuple[str, str, str | None] | None:
    """``(number, title, agenda item ref)`` when ``line`` is a numbered item heading, else None (memoised: the
    meeting, minute-item and action readers ask it of the same lines).

    "5 Safeguarding in London (Item 5)" → ("5", "Safeguarding in London", "5"); "12 **OPERATION HERCULES**" →
    ("12", "OPERATION HERCULES", None). A numbered sentence ("4 boroughs were joint responding.") is not one."""
    t = clean(line)
    if not t or _NUMBERED_PARA.match(t):  # "5.4 During the discussion…": a numbered paragraph
        return None
    m = _HEAD.match(t)
    if not m:
        return None
    num, title = m["num"], m["title"].strip()
    title = _PDF_ICON.sub("", title)
    ref = None
    r = _ITEM_REF.search(title)
    if r:
        ref = r["ref"]
        title = title[: r.start()].strip()
    title = _PAGES.sub("", title).strip()
    title = title.strip(" :*")
    if not title_like(title, allow_period=ref is not None):
        return None
    return num, title, ref


_TITLE_WORD = re.compile(r"[A-Za-z][\w'’\-]*")


def title_like(title: str, allow_period: bool = False) -> bool:
    """A short heading: capitalised, no closing full stop, mostly capitalised words or all in capitals."""
    if not title or len(title) > 160 or len(title.split()) > 22:
        return False
    if not (title[0].isupper() or title[0].isdigit() or title[0] in "'\"‘“"):
        return False
    if title.endswith((".", ",", ";")) and not allow_period and not title.endswith(("etc.", "Ltd.")):
        return False
    letters = [c for c in title if c.isalpha()]
    if letters and len([c for c in letters if c.isupper()]) / len(letters) > 0.7:
        return True
    words = _TITLE_WORD.findall(title)
    if not words:
        return False
    sig = [w for w in words if w.lower() not in _MINOR]
    if not sig:
        return False
    caps = sum(1 for w in sig if w[0].isupper())
    if caps / len(sig) >= 0.6:
        return True
    # sentence-case headings ("Date of next meeting") are accepted when short and verb-free
    return len(words) <= 8 and not _SENTENCE_VERB.search(title.lower())


# --- block ends ----------------------------------------------------------------------------------------------------

BLANK_PAGE = re.compile(r"^\s*this page (?:is )?(?:has been )?(?:intentionally|deliberately) (?:left )?blank", re.I)
