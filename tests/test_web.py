"""Web pages and their JSON twins (in-process client); document text is escaped."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from scrutiny.ingest import ingest_paths
from scrutiny.store import open_store
from scrutiny.web.app import create_app


@pytest.fixture
def client(db_url, samples_dir, tmp_path):
    store = open_store(db_url)
    hostile = tmp_path / "hostile.txt"
    hostile.write_text("Minutes\n<script>window.pwned=1</script>\n<a href=\"javascript:alert(1)\">x</a>\n")
    report = ingest_paths(store, [samples_dir, hostile])
    assert not report.errors
    return TestClient(create_app(store=store))


def test_home_lists_documents(client):
    r = client.get("/")
    assert r.status_code == 200
    assert "northshire-pcc-response-2025-04-02.txt" in r.text
    j = client.get("/index.json").json()
    assert j["total"] == 4


def test_documents_list_and_twin(client):
    html = client.get("/documents")
    assert html.status_code == 200 and "<table" in html.text
    j = client.get("/documents.json").json()
    assert j["total"] == 4 and len(j["documents"]) == 4
    assert {d["name"] for d in j["documents"]} >= {"northshire-rural-crime-review.html", "hostile.txt"}


def test_document_page_shows_numbered_escaped_text(client):
    docs = client.get("/documents.json").json()["documents"]
    hostile = next(d for d in docs if d["name"] == "hostile.txt")
    r = client.get(f"/documents/{hostile['id']}")
    assert r.status_code == 200
    assert "<script>window.pwned" not in r.text
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in r.text
    assert 'href="javascript:' not in r.text
    assert 'id="L2"' in r.text
    j = client.get(f"/documents/{hostile['id']}.json").json()
    assert [ln["number"] for ln in j["lines"]] == [1, 2, 3]
    assert j["lines"][1]["text"] == "<script>window.pwned=1</script>"


def test_line_window_and_highlight(client):
    docs = client.get("/documents.json").json()["documents"]
    pack = next(d for d in docs if d["name"].startswith("northshire-panel"))
    j = client.get(f"/documents/{pack['id']}.json", params={"start": 10, "end": 12}).json()
    assert [ln["number"] for ln in j["lines"]] == [10, 11, 12]
    r = client.get(f"/documents/{pack['id']}", params={"hl": "10-11"})
    assert r.text.count(' hl"') == 2


def test_errors_have_one_json_shape(client):
    r = client.get("/documents/nope.json")
    assert r.status_code == 404
    assert r.json() == {"error": {"code": "not_found", "message": "no document 'nope'", "status": 404}}
    r = client.get("/documents.json", params={"page": "zero"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_input"
    r = client.get("/documents/nope")
    assert r.status_code == 404 and "text/html" in r.headers["content-type"]
    r = client.get("/documents/x", params={"hl": "<script>"})
    assert r.status_code == 422 and "<script>" not in r.text


def test_openapi_describes_json_api(client):
    spec = client.get("/openapi.json").json()
    assert "/documents.json" in spec["paths"]
