"""Full-text search behind one interface on SQLite FTS5 and PostgreSQL tsvector."""
from __future__ import annotations

import pytest

from scrutiny.ingest import ingest_paths
from scrutiny.search import fts5_query, parse_query, pg_tsquery, snippet_html
from scrutiny.store import open_store

HOSTILE = ['"', "NEAR(", "'; drop table items; --", "*", "a OR b AND NOT c", "(((", "^col:x", "\\", "%_", "-x",
           "title:foo", "\x00", "é" * 500, '"unclosed phrase', "{}", ":*", "<->", "!!", "&&", "||"]


@pytest.fixture
def store(db_url, samples_dir):
    s = open_store(db_url)
    assert not ingest_paths(s, [samples_dir]).errors
    return s


def test_word_search_finds_document_text(store):
    res = store.search("machinery")
    assert res.total >= 1
    assert any(h["kind"] == "text" for h in res.hits)
    hit = res.hits[0]
    assert hit["line"] >= 1 and hit["document_name"]
    assert "⟦" in hit["snippet"]


def test_phrase_and_prefix(store):
    phrase = store.search('"rural crime team"')
    assert phrase.total >= 1
    wrong_order = store.search('"team crime rural"')
    assert wrong_order.total == 0
    prefix = store.search("machin*")
    assert prefix.total >= store.search("machinery").total
    assert store.search("zzzyqx").total == 0


def test_facets_and_filters(store):
    res = store.search("officers")
    assert res.total >= 1
    assert "kind" in res.facets and sum(res.facets["kind"].values()) == res.total
    only_text = store.search("officers", kind="text")
    assert only_text.total == res.facets["kind"].get("text", 0)
    assert all(h["kind"] == "text" for h in only_text.hits)


@pytest.mark.parametrize("q", HOSTILE)
def test_user_input_never_breaks_the_query(store, q):
    res = store.search(q)
    assert res.total >= 0


def test_injection_leaves_the_data_alone(store):
    before = store.count_documents()
    store.search("'; DROP TABLE documents; --")
    store.search('" OR 1=1 --')
    assert store.count_documents() == before


def test_query_building_is_safe():
    terms = parse_query('police "rural crime" machin* NEAR( "')
    assert [t.words for t in terms] == [("police",), ("rural", "crime"), ("machin",), ("near",)]
    assert terms[2].prefix
    assert fts5_query(terms) == '"police" "rural crime" "machin"* "near"'
    assert pg_tsquery(terms) == "police & (rural <-> crime) & machin:* & near"
    assert parse_query('"";:*&|!') == []


def test_snippets_are_escaped_then_marked():
    html = snippet_html("<script>x</script> the ⟦rural⟧ team")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html and "<mark>rural</mark>" in html
