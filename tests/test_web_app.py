"""The web app end to end in-process: lists, item pages, search, login, CSRF, review, feeds and exports."""
from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET

import pytest
from fastapi.testclient import TestClient

from scrutiny import review
from scrutiny.ingest import ingest_paths
from scrutiny.records import CONTRACT_KEYS
from scrutiny.store import open_store
from scrutiny.web.app import create_app


@pytest.fixture
def store(db_url, samples_dir):
    s = open_store(db_url)
    assert not ingest_paths(s, [samples_dir]).errors
    review.add_user(s, "clerk", "correct horse battery")
    return s


@pytest.fixture
def client(store):
    return TestClient(create_app(store=store))


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', html)
    assert m, "no CSRF token in the page"
    return m.group(1)


def login(client) -> str:
    page = client.get("/login")
    r = client.post("/login", data={"username": "clerk", "password": "correct horse battery",
                                    "csrf": csrf_of(page.text)}, follow_redirects=False)
    assert r.status_code == 303
    return csrf_of(client.get("/").text)


def first_item(client, kind="parts"):
    j = client.get(f"/{kind}.json").json()
    assert j["total"] >= 1
    return j["items"][0]


@pytest.mark.parametrize("kind", list(CONTRACT_KEYS))
def test_every_kind_has_a_page_json_and_csv(client, kind):
    assert client.get(f"/{kind}").status_code == 200
    j = client.get(f"/{kind}.json").json()
    assert j["kind"] == kind and "items" in j and "total" in j
    r = client.get(f"/{kind}.csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.text)))
    assert rows[0][:3] == ["id", "document", "line"]
    assert len(rows) - 1 == j["total"]


def test_list_filters_are_in_the_url(client):
    j = client.get("/parts.json", params={"sort": "date", "page": 1}).json()
    assert j["filters"]["sort"] == "date"
    assert client.get("/parts.json", params={"sort": "nonsense"}).status_code == 422
    assert client.get("/parts.json", params={"page": 0}).json()["error"]["code"] == "invalid_input"


def test_item_page_shows_source_lines(client):
    it = first_item(client)
    r = client.get(f"/item/{it['id']}")
    assert r.status_code == 200
    assert f'id="L{it["start_line"]}"' in r.text and " hl" in r.text
    j = client.get(f"/item/{it['id']}.json").json()
    assert j["item"]["id"] == it["id"] and j["context"]
    assert client.get("/item/nope.json").status_code == 404


def test_search_page_and_json(client):
    j = client.get("/search.json", params={"q": "machinery"}).json()
    assert j["total"] >= 1 and j["hits"][0]["snippet"]
    html = client.get("/search", params={"q": "machinery"}).text
    assert "<mark>" in html
    for q in ['"', "NEAR(", "'; drop table documents; --"]:
        assert client.get("/search.json", params={"q": q}).status_code == 200


def test_reading_is_public_writing_needs_login(client):
    it = first_item(client)
    page = client.get(f"/item/{it['id']}")
    assert "Save correction" not in page.text
    token = csrf_of(client.get("/login").text)  # a valid token of this session, but nobody logged in
    r = client.post(f"/item/{it['id']}/status", data={"status_code": "completed", "csrf": token})
    assert r.status_code == 403 and "log in" in r.text
    assert client.get("/review").status_code == 403
    assert client.get("/review.json").json()["error"]["code"] == "forbidden"


def test_csrf_is_required(client):
    login(client)
    it = first_item(client)
    r = client.post(f"/item/{it['id']}/status", data={"status_code": "completed", "csrf": "forged"})
    assert r.status_code == 403
    r = client.post(f"/item/{it['id']}/status", data={"status_code": "completed"})
    assert r.status_code == 403


def test_editor_corrects_and_changes_status_audited(client):
    csrf = login(client)
    it = first_item(client)
    r = client.post(f"/item/{it['id']}/correct", data={"f_title": "Agenda, corrected", "note": "clerk fix",
                                                       "csrf": csrf}, follow_redirects=True)
    assert r.status_code == 200 and "Agenda, corrected" in r.text
    same = client.post(f"/item/{it['id']}/correct", data={"f_title": "Agenda, corrected", "csrf": csrf},
                       follow_redirects=True)
    assert same.status_code == 200 and "Nothing changed" in same.text
    r = client.post(f"/item/{it['id']}/status", data={"status_code": "completed", "note": "done",
                                                      "csrf": csrf}, follow_redirects=True)
    assert r.status_code == 200
    j = client.get(f"/item/{it['id']}.json").json()
    assert j["item"]["status_code"] == "completed"
    assert [h["action"] for h in j["history"]][:2] == ["status", "correct"]
    audit = client.get("/audit.json").json()["entries"]
    assert audit[0]["username"] == "clerk" and audit[0]["note"] == "done"
    assert "clerk fix" in client.get("/audit").text
    r = client.post("/logout", data={"csrf": csrf}, follow_redirects=False)
    assert r.status_code == 303
    r = client.post(f"/item/{it['id']}/status", data={"status_code": "open", "csrf": csrf})
    assert r.status_code == 403


def test_wrong_password(client):
    page = client.get("/login")
    r = client.post("/login", data={"username": "clerk", "password": "nope", "csrf": csrf_of(page.text)})
    assert r.status_code == 401 and "Wrong username or password" in r.text


def test_upload_needs_editor_and_ingests(client):
    assert client.get("/upload").status_code == 403
    csrf = login(client)
    files = {"file": ("note.txt", b"MINUTES\nThe Panel noted the report.\n", "text/plain")}
    r = client.post("/upload", data={"csrf": csrf}, files=files, follow_redirects=True)
    assert r.status_code == 200 and "note.txt" in r.text
    bad = {"file": ("x.exe", b"MZ\x90\x00", "application/octet-stream")}
    r = client.post("/upload", data={"csrf": csrf}, files=bad)
    assert r.status_code == 422 and "unsupported file type" in r.text


def test_feeds_and_calendar(client):
    r = client.get("/feeds/documents.atom")
    assert r.status_code == 200
    root = ET.fromstring(r.content)
    assert len(root.findall("{http://www.w3.org/2005/Atom}entry")) == 3
    r = client.get("/feeds/search.atom", params={"q": "rural"})
    assert r.status_code == 200 and ET.fromstring(r.content).findall("{http://www.w3.org/2005/Atom}entry")
    assert client.get("/feeds/nothing.atom").status_code == 404
    r = client.get("/calendar.ics")
    assert r.status_code == 200 and r.text.startswith("BEGIN:VCALENDAR")


def test_dashboard_and_bodies(client):
    j = client.get("/index.json").json()
    assert {"outstanding", "counts", "documents", "latest_responses"} <= set(j)
    assert client.get("/bodies").status_code == 200
    assert "bodies" in client.get("/bodies.json").json()


def test_openapi_lists_the_json_twins(client):
    paths = client.get("/openapi.json").json()["paths"]
    for p in ["/documents.json", "/actions.json", "/search.json", "/item/{item_id}.json", "/index.json"]:
        assert p in paths


def test_report_downloads_and_people(client):
    r = client.get("/reports/actions.html", params={"body": "Northshire Police and Crime Panel", "as_of": "2025-03-12"})
    assert r.status_code == 200 and "<table" in r.text
    r = client.get("/reports/actions.docx", params={"body": "Northshire Police and Crime Panel"})
    assert r.status_code == 200 and r.content[:2] == b"PK"
    bad = client.get("/reports/actions.html", params={"body": "MPS", "as_of": "not-a-date"})
    assert bad.status_code in (400, 422) and "as_of" in bad.text
    assert client.get("/people").status_code == 200
    assert isinstance(client.get("/people.json").json()["people"], list)
