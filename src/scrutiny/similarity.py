"""Lexical similarity, with an optional embedding ranker.

The lexical measures are always available: texts are lower-cased, split into words, stripped of stop-words (general
English plus the procedural words every oversight paper repeats: "committee", "provide", "letter" …) and lightly
stemmed, then compared with rapidfuzz. Three measures serve three questions:

- :func:`lexical_similarity` — do these two short texts say the same thing? (token-set ratio: a restatement that
  drops or adds a clause still scores high);
- :func:`near_duplicate` — are these two long texts the same text laid out differently? (word-pair overlap: a
  different letter from the same sender with the same letterhead scores low);
- :func:`topic_overlap` — how much of a short ask (an action, a topic heading) does a longer text cover?
  (IDF-weighted containment, the weights taken from a :class:`TokenIndex` of everything being linked).

:class:`TokenIndex` is also the blocking device: it finds the few candidates sharing informative words with a text
without comparing everything with everything.

An embedding ranker (:class:`EmbeddingRanker`) is used only when ``model2vec`` is importable and a model is named
(``SCRUTINY_EMBEDDING_MODEL``: a local directory or a packaged model); nothing is ever downloaded here. Without it,
:func:`rank` falls back to the lexical measure.
"""
from __future__ import annotations

import heapq
import importlib
import math
import os
import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Callable, Iterable, Sequence

from rapidfuzz import fuzz, process

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")

STOP_WORDS: frozenset[str] = frozenset("""
a about above after again against all also am an and any are as at be because been before being below between both
but by can could did do does doing done down during each either etc few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just least less let may me might more most must
my myself no nor not now of off on once only or other others otherwise our ours ourselves out over own per please
rather re same shall she should since so some such than that the their theirs them themselves then there these they
this those through thus to too under until up upon us very via was we were what when where whether which while who
whom whose why will with within without would yet you your yours yourself also however therefore whereas whilst
one two three four five six seven eight nine ten many much well new still via etc i.e e.g
""".split())

# words every oversight paper uses about itself; they say nothing about the topic of an ask or an answer
PROCEDURAL_WORDS: frozenset[str] = frozenset("""
committee chair chairman members member meeting meetings agenda item items minute minutes letter letters write
writing wrote written provide provided providing information details detail further confirm confirmation agreed
agree undertook undertake undertaken dear sincerely yours regards appendix attached response respond responded
responses answer answered question questions update updates note noted report reports recommendation
recommendations action actions request requested requests regarding following follow re subject copy
""".split())

_ALL_STOPS = STOP_WORDS | PROCEDURAL_WORDS

_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "s")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix-stripping stem ("reviews", "reviewed", "reviewing" → "review"); keeps words of four or
    fewer letters and never strips below four letters."""
    if len(word) <= 4 or word.isdigit():
        return word
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 4:
            base = word[: -len(suf)]
            if suf in ("ies", "ied"):
                return base + "y"
            if suf == "es" and not base.endswith(("s", "x", "z", "ch", "sh")):
                base = word[:-1]  # "offences" → "offence"
            elif suf == "s" and base.endswith(("s", "u", "i")):
                return word  # "process", "status", "analysis"
            word = base
            break
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]  # "police" and "policing" → "polic"
    return word


def tokens(text: str | None, procedural: bool = True) -> list[str]:
    """Content tokens of ``text``: lower-cased words, stop-words removed (and the procedural words too unless
    ``procedural`` is False), lightly stemmed. Numbers are kept; single letters are dropped."""
    if not text:
        return []
    return list(_tokens(text, procedural))


@lru_cache(maxsize=32768)
def _tokens(text: str, procedural: bool) -> tuple[str, ...]:
    stops = _ALL_STOPS if procedural else STOP_WORDS
    out = []
    for w in _WORD.findall(text.lower().replace("’", "'")):
        w = w.split("'")[0]
        if len(w) < 2 or w in stops:
            continue
        out.append(stem(w))
    return tuple(out)


def lexical_similarity(a: str | None, b: str | None) -> float:
    """How far two texts say the same thing, 0–1: rapidfuzz's token-set ratio over stemmed content words, so a
    restatement that adds or drops a clause still scores high. Texts sharing no content word at all get half
    that (the ratio is character-based and gives unrelated short phrases 0.3–0.4). Empty input scores 0."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    score = fuzz.token_set_ratio(" ".join(ta), " ".join(tb)) / 100.0
    return score if set(ta) & set(tb) else score / 2


@lru_cache(maxsize=16384)
def _bigrams(text: str) -> frozenset[tuple[str, ...]]:
    words = _tokens(text, False)
    if len(words) == 1:
        return frozenset({(words[0],)})
    return frozenset(tuple(words[i:i + 2]) for i in range(len(words) - 1))


def near_duplicate(a: str | None, b: str | None) -> float:
    """How far two (long) texts are the same text, 0–1, whatever their layout and punctuation: the Dice overlap of
    their word pairs (bigrams of all words but stop-words, procedural words kept: they are part of the text). Two
    different letters from one sender on one letterhead share words but few word pairs, and score low."""
    if not a or not b:
        return 0.0
    ba, bb = _bigrams(a), _bigrams(b)
    if not ba or not bb:
        return 0.0
    return 2 * len(ba & bb) / (len(ba) + len(bb))


class TokenIndex:
    """An inverted index of content tokens over a collection of texts keyed by id, with IDF weights.

    ``candidates(text)`` returns the ids sharing the most informative tokens with ``text`` — the blocking step
    that keeps linking linear in the number of items rather than quadratic.
    """

    def __init__(self, max_postings: int = 500, max_share: float = 0.2) -> None:
        self._postings: dict[str, list[str]] = defaultdict(list)
        self._docs = 0
        self._df: Counter[str] = Counter()
        self.max_postings = max_postings
        self.max_share = max_share
        self._idf: dict[str, float] = {}
        self._idf_docs = 0

    def add(self, key: str, text: str | None) -> None:
        """Index ``text`` under ``key`` (each key once)."""
        toks = token_set(text)
        self._docs += 1
        for t in toks:
            self._df[t] += 1
            self._postings[t].append(key)

    def count(self, text: str | None) -> None:
        """Count ``text``'s tokens towards document frequency only (no postings)."""
        self._docs += 1
        self._df.update(token_set(text))

    def df(self, token: str) -> int:
        """In how many counted texts ``token`` occurs."""
        return self._df.get(token, 0)

    def idf(self, token: str) -> float:
        """Smoothed inverse document frequency of ``token`` (1 + ln((N+1)/(df+1)))."""
        if self._idf_docs != self._docs:
            self._idf.clear()
            self._idf_docs = self._docs
        w = self._idf.get(token)
        if w is None:
            w = self._idf[token] = 1.0 + math.log((self._docs + 1) / (self._df.get(token, 0) + 1))
        return w

    def candidates(self, text: str | None, limit: int = 10, exclude: Callable[[str], bool] | None = None,
                   min_share: float = 0.25) -> list[tuple[str, float]]:
        """Up to ``limit`` (id, weight) pairs sharing tokens with ``text``, best first (ties by id), leaving out
        those weighing less than ``min_share`` of the best. Tokens found in more than ``max_postings`` texts, or in
        more than ``max_share`` of them (at least 10), are skipped as uninformative."""
        scores: dict[str, float] = defaultdict(float)
        cap = max(10, min(self.max_postings, int(self.max_share * self._docs)))
        for t in token_set(text):
            post = self._postings.get(t)
            if not post or len(post) > cap:
                continue
            w = self.idf(t)
            for key in post:
                scores[key] += w
        if exclude:
            scores = {k: s for k, s in scores.items() if not exclude(k)}
        if not scores:
            return []
        floor = max(scores.values()) * min_share
        kept = [(k, s) for k, s in scores.items() if s >= floor]
        if len(kept) > 4 * limit:
            return heapq.nsmallest(limit, kept, key=lambda ks: (-ks[1], ks[0]))
        return sorted(kept, key=lambda ks: (-ks[1], ks[0]))[:limit]


@lru_cache(maxsize=8192)
def token_set(text: str | None) -> frozenset[str]:
    """The set of :func:`tokens` of ``text`` (cached: linking asks the same texts many times)."""
    return frozenset(tokens(text))


@lru_cache(maxsize=8192)
def _long_tokens(text: str | None) -> tuple[str, ...]:
    return tuple(sorted(t for t in token_set(text) if len(t) >= 6))


def topic_overlap(ask: str | None, text: str | None, index: TokenIndex | None = None,
                  ignore: Iterable[str] = ()) -> float:
    """The share of ``ask``'s content (IDF-weighted when ``index`` is given) found in ``text``, 0–1. A word counts
    as found when its stem occurs in ``text`` or a close spelling does (rapidfuzz ratio ≥ 90, words of six letters
    or more that are rare in ``index``: OCR slips). Tokens in ``ignore`` (e.g. the names and posts of the people
    involved) are left out."""
    ask_toks = token_set(ask) - set(ignore)
    if not ask_toks:
        return 0.0
    text_toks = token_set(text)
    if not text_toks:
        return 0.0
    total = found = 0.0
    for t in sorted(ask_toks):
        w = index.idf(t) if index else 1.0
        total += w
        if t in text_toks:
            found += w
        elif len(t) >= 6 and (index is None or index.df(t) <= 2) and \
                process.extractOne(t, _long_tokens(text), scorer=fuzz.ratio, score_cutoff=90):
            found += w  # a rare word close to one of the text's: an OCR slip or variant spelling
    return found / total if total else 0.0


# --- optional embedding ranker --------------------------------------------------------------------------------

MODEL_ENV = "SCRUTINY_EMBEDDING_MODEL"


class EmbeddingRanker:
    """Cosine similarity of static embeddings from a ``model2vec`` model. Build with :meth:`load`."""

    def __init__(self, model: object) -> None:
        self.model = model

    @classmethod
    def load(cls, model_name: str | None = None) -> "EmbeddingRanker | None":
        """A ranker when ``model2vec`` is importable and a model is named (argument or ``SCRUTINY_EMBEDDING_MODEL``)
        and loads; otherwise None. Never installs or downloads anything itself."""
        name = model_name or os.environ.get(MODEL_ENV)
        if not name:
            return None
        try:
            m2v = importlib.import_module("model2vec")
        except ImportError:
            return None
        try:
            return cls(m2v.StaticModel.from_pretrained(name))
        except Exception:  # a missing or broken model must not break linking
            return None

    def similarities(self, query: str, texts: Sequence[str]) -> list[float]:
        """Cosine similarity (clipped to 0–1) of ``query`` with each of ``texts``."""
        vecs = self.model.encode([query, *texts])
        q = [float(x) for x in vecs[0]]
        qn = math.sqrt(sum(x * x for x in q)) or 1.0
        out = []
        for v in vecs[1:]:
            v = [float(x) for x in v]
            vn = math.sqrt(sum(x * x for x in v)) or 1.0
            out.append(max(0.0, min(1.0, sum(a * b for a, b in zip(q, v)) / (qn * vn))))
        return out


_RANKER: list[EmbeddingRanker | None] = []


def get_ranker() -> EmbeddingRanker | None:
    """The process-wide embedding ranker, or None when embeddings are unavailable (loaded once)."""
    if not _RANKER:
        _RANKER.append(EmbeddingRanker.load())
    return _RANKER[0]


def reset_ranker() -> None:
    """Forget the cached ranker (tests, or after changing ``SCRUTINY_EMBEDDING_MODEL``)."""
    _RANKER.clear()


def rank(query: str, candidates: Iterable[tuple[str, str]], ranker: EmbeddingRanker | None = None
         ) -> list[tuple[str, float, str]]:
    """Rank ``(id, text)`` candidates against ``query``: (id, score, method) best first, ties by id. The method is
    "embedding" when a ranker is available (the given one, else :func:`get_ranker`), else "lexical"."""
    cands = list(candidates)
    if not cands:
        return []
    ranker = ranker or get_ranker()
    if ranker is not None:
        sims = ranker.similarities(query, [t for _, t in cands])
        scored = [(cid, s, "embedding") for (cid, _), s in zip(cands, sims)]
    else:
        scored = [(cid, lexical_similarity(query, t), "lexical") for cid, t in cands]
    return sorted(scored, key=lambda r: (-r[1], r[0]))
