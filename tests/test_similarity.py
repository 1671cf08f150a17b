"""Lexical similarity and the optional embedding ranker (scrutiny.similarity)."""
from __future__ import annotations

import sys
import types

import pytest

from scrutiny import similarity
from scrutiny.similarity import (EmbeddingRanker, TokenIndex, lexical_similarity, near_duplicate, rank, stem,
                                 tokens, topic_overlap)

LETTER_A = """Dear Councillor Hughes
Panel meeting of 3 March 2016
Further to my attendance at the Panel I agreed to write on two topics.
Rural crime: the force has trained forty wildlife crime officers and set up a farm watch scheme across
the county, with quarterly meetings of the rural crime partnership.
Yours sincerely
Chief Constable"""

# the same letter, laid out differently (address lines merged, bullets added)
LETTER_A_COPY = """Dear Councillor Hughes Panel meeting of 3 March 2016
- Further to my attendance at the Panel I agreed to write on two topics.
- Rural crime: the force has trained forty wildlife crime officers and set up a farm watch scheme across the county,
with quarterly meetings of the rural crime partnership.
Yours sincerely Chief Constable"""

# another letter on the same letterhead to the same person
LETTER_B = """Dear Councillor Hughes
Panel meeting of 3 March 2016
Further to my attendance at the Panel I agreed to write on two topics.
Custody: the new custody suite opens in May and detention officers have been recruited to staff it,
with independent custody visitors reporting to the Commissioner.
Yours sincerely
Chief Constable"""


def test_stemming_joins_word_forms():
    assert stem("reviews") == stem("reviewed") == stem("reviewing") == "review"
    assert stem("police") == stem("policing")
    assert stem("strategies") == "strategy"
    assert stem("process") == "process" and stem("status") == "status"


def test_tokens_drop_stop_words_and_procedural_words():
    toks = tokens("The Committee agreed to provide details of the review of the custody suites")
    assert toks == ["review", "custody", "suit"]
    assert stem("committee") in tokens("The Committee agreed", procedural=False)


def test_lexical_similarity_of_a_restatement_is_high_and_of_unrelated_text_low():
    a = "Review the use of stop and search powers in each borough to ensure proportionality."
    b = "Review the use of stop and search powers in each borough to ensure proportionality and fairness."
    assert lexical_similarity(a, b) > 0.9
    assert lexical_similarity(a, "Improve the recruitment of special constables.") < 0.4
    assert lexical_similarity("", a) == 0.0 and lexical_similarity(None, None) == 0.0


def test_near_duplicate_tells_one_letter_from_another_on_the_same_letterhead():
    assert near_duplicate(LETTER_A, LETTER_A_COPY) > 0.9
    assert near_duplicate(LETTER_A, LETTER_B) < 0.5
    assert near_duplicate(LETTER_A, "") == 0.0


def test_topic_overlap_measures_how_much_of_an_ask_a_text_covers():
    ask = "Provide details of the number of wildlife crime officers trained"
    assert topic_overlap(ask, LETTER_A) > 0.7
    assert topic_overlap(ask, LETTER_B) < 0.3
    assert topic_overlap("", LETTER_A) == 0.0
    # words of the people involved can be left out of the ask
    assert topic_overlap("Chief Constable to write", LETTER_B, ignore={"chief", "constabl"}) == 0.0


def test_topic_overlap_tolerates_ocr_slips_in_long_words():
    assert topic_overlap("partnership meetings", "the rural crime partnersihp met") == 1.0


def test_token_index_finds_candidates_by_informative_words():
    index = TokenIndex()
    index.add("r1", "Review the use of stop and search powers in each borough")
    index.add("r2", "Improve the recruitment of special constables in each borough")
    index.add("r3", "Publish stop and search data monthly")
    found = index.candidates("stop and search powers", limit=2)
    assert [k for k, _ in found] == ["r1", "r3"]
    assert [k for k, _ in index.candidates("stop and search", exclude=lambda k: k == "r1")] == ["r3"]
    assert index.idf("borough") < index.idf("constabl")
    assert index.candidates("nothing in common") == []


def test_token_index_skips_words_found_almost_everywhere():
    index = TokenIndex(max_share=0.2)
    for i in range(60):
        index.add(f"x{i}", f"borough report number {i}")
    index.add("special", "borough custody suite")
    assert index.candidates("borough") == []  # in every text: uninformative
    assert index.candidates("borough custody")[0][0] == "special"


@pytest.fixture
def no_ranker_cache():
    similarity.reset_ranker()
    yield
    similarity.reset_ranker()


def test_lexical_fallback_when_model2vec_is_absent(monkeypatch, no_ranker_cache):
    monkeypatch.setitem(sys.modules, "model2vec", None)  # import model2vec now raises ImportError
    monkeypatch.setenv(similarity.MODEL_ENV, "some-packaged-model")
    assert EmbeddingRanker.load() is None
    ranked = rank("wildlife crime officers", [("b", LETTER_B), ("a", LETTER_A)])
    assert [r[0] for r in ranked] == ["a", "b"]
    assert {r[2] for r in ranked} == {"lexical"}


def test_no_model_named_means_no_ranker(monkeypatch, no_ranker_cache):
    monkeypatch.delenv(similarity.MODEL_ENV, raising=False)
    assert EmbeddingRanker.load() is None
    assert similarity.get_ranker() is None


class _FakeModel:
    """Embeds a text as counts of three marker words, enough to check the ranking plumbing."""

    def encode(self, texts):
        return [[t.lower().count("wildlife") + 0.01, t.lower().count("custody") + 0.01, 0.01] for t in texts]


def test_embedding_ranker_is_used_when_model2vec_is_importable(monkeypatch, no_ranker_cache):
    fake = types.ModuleType("model2vec")
    loaded = []

    class StaticModel:
        @staticmethod
        def from_pretrained(name):
            loaded.append(name)
            return _FakeModel()

    fake.StaticModel = StaticModel
    monkeypatch.setitem(sys.modules, "model2vec", fake)
    monkeypatch.setenv(similarity.MODEL_ENV, "local/model/dir")
    ranked = rank("custody suite", [("a", LETTER_A), ("b", LETTER_B)])
    assert loaded == ["local/model/dir"]
    assert ranked[0][0] == "b" and ranked[0][2] == "embedding"
    assert 0.0 <= ranked[1][1] <= ranked[0][1] <= 1.0


def test_a_broken_model_falls_back_to_lexical(monkeypatch, no_ranker_cache):
    fake = types.ModuleType("model2vec")

    class StaticModel:
        @staticmethod
        def from_pretrained(name):
            raise OSError("model files missing")

    fake.StaticModel = StaticModel
    monkeypatch.setitem(sys.modules, "model2vec", fake)
    monkeypatch.setenv(similarity.MODEL_ENV, "missing")
    assert rank("custody", [("b", LETTER_B)])[0][2] == "lexical"
