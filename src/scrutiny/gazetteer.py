"""Bodies and people: a small gazetteer built from what the documents say.

Bodies are normalised to one canonical name ("the MPS", "Metropolitan Police Service (MPS)", "the Met" → "MPS").
People are keyed on their surname and given names with honorifics and post-nominals removed ("Joanne McCartney AM
(Chair)" → "Joanne McCartney"), and a misspelt variant ("Graig Mackey") resolves to a person already seen when it
is close enough and shares the surname's shape. Every extractor uses the same instance through ``ctx.gazetteer``.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from .casefold import fold

# canonical body → patterns that name it (matched case-insensitively on word boundaries)
BODY_ALIASES: dict[str, list[str]] = {
    "MPS": [r"metropolitan police service", r"metropolitan police", r"\bthe met\b", r"\bmet police\b", r"\bmps\b",
            r"new scotland yard", r"\bmet\b(?=['’]s)"],
    "MOPAC": [r"mayor['’]?s office for policing and crime", r"\bmopac\b", r"deputy mayor for policing and crime",
              r"\bdmpc\b"],
    "Mayor of London": [r"\bthe mayor\b(?! of \w)", r"mayor of london"],
    "GLA": [r"greater london authority", r"\bgla\b"],
    "London Assembly": [r"london assembly", r"police and crime committee"],
    "MPA": [r"metropolitan police authority", r"\bmpa\b"],
    "CPS": [r"crown prosecution service", r"\bcps\b"],
    "Home Office": [r"home office", r"home secretary"],
    "IPCC": [r"independent police complaints commission", r"\bipcc\b"],
    "IOPC": [r"independent office for police conduct", r"\biopc\b"],
    "HMICFRS": [r"\bhmicfrs\b", r"\bhmic\b", r"inspectorate of constabulary"],
    "College of Policing": [r"college of policing"],
    "London Councils": [r"london councils"],
    "NHS": [r"\bnhs\b", r"national health service"],
    "Ministry of Justice": [r"ministry of justice", r"\bmoj\b"],
    "London Fire Brigade": [r"london fire brigade", r"\blfb\b"],
    "Transport for London": [r"transport for london", r"\btfl\b"],
    "British Transport Police": [r"british transport police", r"\bbtp\b"],
    "Police and Crime Commissioner": [r"police and crime commissioner", r"\bpcc\b", r"\bopcc\b"],
    "NOMS": [r"national offender management service", r"\bnoms\b"],
    "National Probation Service": [r"national probation service", r"\bnps\b"],
    "Youth Justice Board": [r"youth justice board", r"\byjb\b"],
    "Victim Support": [r"victim support"],
    "Police and Crime Panel": [r"police and crime panel"],
    "Community Safety Partnership": [r"community safety partnership", r"\bcsp\b"],
}
_BODY_RX = [(canon, re.compile("|".join(pats), re.I)) for canon, pats in BODY_ALIASES.items()]
# every alias in one pattern, one named group per body in the order above: the leftmost match is the first body
# named, and at one position the earlier body wins — what searching body by body and keeping the first gives
_CANONS = list(BODY_ALIASES)
_ANY_BODY = re.compile("|".join(f"(?P<b{i}>{'|'.join(pats)})" for i, pats in enumerate(BODY_ALIASES.values())),
                       re.I)

HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "baroness", "cllr", "councillor",
              "rt", "hon", "the", "prof", "professor", "rev", "revd", "supt", "ch", "det", "di", "dci", "dcs",
              "insp", "sgt", "pc"}
POST_NOMINALS = {"am", "mp", "mbe", "obe", "cbe", "kbe", "dbe", "qpm", "kpm", "jp", "dl", "qc", "kc", "mep", "frsa",
                 "phd", "bem", "cvo", "lvo", "kcvo", "cb"}
RANK_WORDS = {"commissioner", "deputy", "assistant", "commander", "chief", "superintendent", "inspector",
              "sergeant", "constable", "detective", "acting", "temporary", "chair", "chairman", "deputy chair",
              "mayor"}


def _alias_words(pattern: str) -> str:
    """The plain words a gazetteer alias pattern starts with (after any ``\\b``): every text it matches holds
    them ("mayor['’]?s office…" → "mayor"; an optional last letter is left out). "" when it has alternatives."""
    m = re.match(r"(?:\\b)?([a-z ]*)(.?)", pattern)
    words = m.group(1)
    if m.group(2) in ("?", "*", "{"):
        words = words[:-1]
    return "" if "|" in pattern else words


# the words at least one of which a text naming a body holds (a word holding another word on the list is left out);
# None when some alias does not start with plain words (then every text is searched)
_ALIAS_WORDS = sorted({_alias_words(p) for pats in BODY_ALIASES.values() for p in pats})
_ALIAS_WORDS = [w for w in _ALIAS_WORDS if not any(o != w and o in w for o in _ALIAS_WORDS)]
_ALIAS_WORD = re.compile("|".join(re.escape(w) for w in _ALIAS_WORDS)) \
    if all(len(w) >= 3 for w in _ALIAS_WORDS) else None


def normalise_body(text: str | None) -> str | None:
    """The canonical body named in ``text`` (the first one named), or None. Most texts name no body: the words
    every alias needs are looked for first (one search over every alias costs about a microsecond a character)."""
    if not text or (_ALIAS_WORD is not None and not _ALIAS_WORD.search(fold(text))):
        return None
    m = _ANY_BODY.search(text)
    return _CANONS[int(m.lastgroup[1:])] if m else None


def bodies_in(text: str) -> list[str]:
    return [canon for canon, rx in _BODY_RX if rx.search(text or "")]


_PAREN = re.compile(r"\s*\([^)]*\)")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*\.?")


def clean_person_name(name: str | None) -> str | None:
    """Drop bracketed posts, honorifics, leading ranks and post-nominals: "Cllr Jane Doe MBE AM (Chair)" → "Jane
    Doe"; "Assistant Commissioner Jane Doe" → "Jane Doe". A bare post ("The Deputy Commissioner, MPS") → None."""
    if not name:
        return None
    s = _PAREN.sub("", name)
    s = s.split(",")[0]
    toks = [t.strip(".") for t in _TOKEN.findall(s)]
    while toks and toks[0].lower() in HONORIFICS:
        toks.pop(0)
    while toks and toks[-1].lower() in POST_NOMINALS:
        toks.pop()
    ranks = 0
    while ranks < len(toks) and toks[ranks].lower() in RANK_WORDS:
        ranks += 1
    if ranks:
        rest = toks[ranks:]
        if not rest or rest[0][:1].islower() or any(t in ("of", "for", "to") for t in rest):
            return None  # a post, not a person: "Deputy Commissioner", "Chief Executive of …"
        toks = rest
    out = " ".join(toks).strip()
    return out or None


def split_name_post(text: str | None) -> tuple[str | None, str | None]:
    """"Helen Bailey, Chief Operating Officer, MOPAC" → ("Helen Bailey", "Chief Operating Officer, MOPAC");
    "Assistant Commissioner Cressida Dick, MPS" → ("Cressida Dick", "Assistant Commissioner, MPS")."""
    if not text:
        return None, None
    s = " ".join(_PAREN.sub(lambda m: m.group(0) if re.search(r"[A-Z]{2,}", m.group(0)) else "", text).split())
    s = s.strip(" ;.")
    head, _, rest = s.partition(",")
    toks = head.split()
    ranks = []
    while toks and toks[0].lower().strip(".") in RANK_WORDS | HONORIFICS:
        ranks.append(toks.pop(0))
    name = clean_person_name(" ".join(toks)) if toks else None
    rank = " ".join(r for r in ranks if r.lower().strip(".") in RANK_WORDS)
    post = ", ".join(x for x in (rank, rest.strip()) if x) or None
    return name, post


def person_key(name: str | None) -> str | None:
    n = clean_person_name(name)
    return n.lower() if n else None


@dataclass
class Person:
    name: str  # canonical display name
    posts: set[str] = field(default_factory=set)
    body: str | None = None
    aliases: set[str] = field(default_factory=set)


@dataclass
class Gazetteer:
    """People and bodies seen in a document (or a whole store)."""

    people: dict[str, Person] = field(default_factory=dict)  # key: lower-cased clean name
    # answers of :meth:`resolve` while ``people`` keeps its size (people are only ever added, and an answer depends
    # only on the keys and names held, so a new person is the only thing that can change one)
    _resolved: dict = field(default_factory=dict, repr=False, compare=False)
    _resolved_at: int = field(default=-1, repr=False, compare=False)
    _facts: dict = field(default_factory=dict, repr=False, compare=False)  # person key → :meth:`_facts_of`
    _slots: dict = field(default_factory=dict, repr=False, compare=False)  # (character, nth) → bit, for _char_bits
    _bodies: dict = field(default_factory=dict, repr=False, compare=False)  # text → normalise_body(text)

    def add_person(self, name: str, post: str | None = None, body: str | None = None) -> Person | None:
        cleaned = clean_person_name(name)  # (cleaned once: person_key and resolve would clean it again)
        key = cleaned.lower() if cleaned else None
        if not key or len(key) < 3:
            return None
        existing = self._resolve_key(key)
        if existing is None:
            existing = self.people[key] = Person(cleaned)
        existing.aliases.add(name.strip())
        if post:
            existing.posts.add(post.strip())
            existing.body = existing.body or self._body_of(post)
        if body:
            existing.body = existing.body or self._body_of(body) or body
        return existing

    def _body_of(self, text: str) -> str | None:
        """``normalise_body(text)``, worked out once per text for this gazetteer (callers pass the same body or
        post with each of many names: a meeting's body with each member present)."""
        try:
            return self._bodies[text]
        except KeyError:
            got = self._bodies[text] = normalise_body(text)
            return got

    def resolve(self, name: str | None, cutoff: float = 0.8) -> Person | None:
        """The known person ``name`` refers to: exact key, then surname with matching initial, then a close
        spelling (OCR slips such as "Graig" for "Craig")."""
        key = person_key(name)
        if not key:
            return None
        return self._resolve_key(key, cutoff)

    def _resolve_key(self, key: str, cutoff: float = 0.8) -> Person | None:
        """:meth:`resolve` for a name whose key (``person_key``) is ``key``."""
        if key in self.people:
            return self.people[key]
        if self._resolved_at != len(self.people):
            self._resolved.clear()
            self._resolved_at = len(self.people)
        memo = (key, cutoff)
        if memo in self._resolved:
            return self._resolved[memo]
        found = self._resolve_new(key, cutoff)
        self._resolved[memo] = found
        return found

    def _resolve_new(self, key: str, cutoff: float) -> Person | None:
        toks = key.split()
        surname = toks[-1]
        known, facts = self._facts.get, self._facts_of
        same_surname = [p for k, p in self.people.items() if (known(k) or facts(k))[0] == surname]
        if len(toks) == 1 and len(same_surname) == 1:
            return same_surname[0]
        if len(same_surname) == 1 and len(toks) > 1:
            first = person_key(same_surname[0].name).split()[0]
            if first[0] == toks[0][0] or difflib.SequenceMatcher(None, first, toks[0]).ratio() >= 0.6:
                return same_surname[0]
        close = self._close_match(key, cutoff)
        return self.people[close] if close is not None else None

    def _facts_of(self, k: str) -> tuple[str, int, int]:
        """A person key's surname, length and :meth:`_char_bits` (they depend on the key alone, so they are kept
        for the gazetteer's life)."""
        got = self._facts[k] = (k.split()[-1], len(k), self._char_bits(k))
        return got

    def _char_bits(self, text: str) -> int:
        """One bit for each character of ``text`` and each time it occurs (the bit of the first "a", of the
        second "a", …; numbered as they are first seen by this gazetteer), so that ``(x & y).bit_count()`` is the
        number of characters two texts share, each counted as often as the text with fewer of it has it: the
        matches of difflib's ``SequenceMatcher.quick_ratio``."""
        slots = self._slots
        seen: dict[str, int] = {}
        bits = 0
        for c in text:
            j = seen.get(c, 0)
            seen[c] = j + 1
            slot = slots.get((c, j))
            if slot is None:
                slot = slots[(c, j)] = len(slots)
            bits |= 1 << slot
        return bits

    def _close_match(self, key: str, cutoff: float) -> str | None:
        """``difflib.get_close_matches(key, list(self.people), n=1, cutoff=cutoff)[0]`` (None for no match), the
        same answer for less: difflib's two upper bounds on a candidate's ratio (from the lengths, then from the
        characters shared) are computed here from what is kept of each key, and only a candidate passing both has
        its ratio computed, by difflib itself. The best (ratio, key) wins, as in difflib."""
        if not 0.0 <= cutoff <= 1.0:
            raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
        lb = len(key)
        bits = self._char_bits(key)
        known, facts = self._facts.get, self._facts_of
        matcher = None
        best = None
        for x in self.people:
            _, la, xbits = known(x) or facts(x)
            if 2.0 * (la if la < lb else lb) / (la + lb) < cutoff:  # SequenceMatcher.real_quick_ratio
                continue
            if 2.0 * (xbits & bits).bit_count() / (la + lb) < cutoff:  # SequenceMatcher.quick_ratio
                continue
            if matcher is None:
                matcher = difflib.SequenceMatcher()
                matcher.set_seq2(key)
            matcher.set_seq1(x)
            ratio = matcher.ratio()
            if ratio >= cutoff and (best is None or (ratio, x) > best):
                best = (ratio, x)
        return best[1] if best is not None else None

    def canonical(self, name: str | None) -> str | None:
        p = self.resolve(name)
        return p.name if p else clean_person_name(name)
