"""The web app in a real headless Chromium (Debian's package) driven by Playwright."""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None and not os.environ.get("CI"),
                                reason="Debian's chromium is not installed (apt-get install chromium)")

HOSTILE = """Minutes of a hostile meeting
<script>window.__pwned = 1; document.title = "pwned"</script>
<img src=x onerror="window.__pwned = 2">
<a href="javascript:window.__pwned=3">click me</a>
<table><tr><td>cell</td></tr></table>
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory, samples_dir):
    import uvicorn

    from scrutiny import review
    from scrutiny.ingest import ingest_paths
    from scrutiny.store import open_store
    from scrutiny.web.app import create_app

    tmp = tmp_path_factory.mktemp("browser")
    (tmp / "hostile.txt").write_text(HOSTILE)
    store = open_store(f"sqlite:///{tmp / 'b.db'}")
    assert not ingest_paths(store, [samples_dir, tmp / "hostile.txt"]).errors
    review.add_user(store, "clerk", "correct horse battery")
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(store=store), host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    t.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    yield pg
    ctx.close()


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_clerk_journey(server, page):
    page.goto(server + "/")
    assert page.locator("h1").first.inner_text() == "What is outstanding"
    shot(page, "dashboard")

    # search for a phrase and open a hit at its line
    page.fill("#q", '"rural crime team"')
    page.click("form.search button")
    page.wait_for_selector("li.hit")
    hit = page.locator("li.hit a.hit-link").first
    hit.click()
    page.wait_for_load_state()
    assert "#L" in page.url or "/item/" in page.url
    if "#L" in page.url:
        line = page.url.rsplit("#L", 1)[1]
        row = page.locator(f"tr#L{line}")
        assert row.is_visible()
        assert "hl" in (row.get_attribute("class") or "")

    # log in as an editor
    page.goto(server + "/login")
    page.fill("input[name=username]", "clerk")
    page.fill("input[name=password]", "correct horse battery")
    page.click("form.stack button[type=submit]")
    page.wait_for_selector("text=Signed in as")

    # open an action, correct its owner, mark it completed with a note
    page.goto(server + "/actions")
    first = page.locator("table.items tbody tr td a").first
    first.click()
    page.wait_for_selector("#correct-form")
    item_url = page.url
    page.fill("#correct-form input[name=f_owner]", "Northshire Police Headquarters")
    page.fill("#correct-form input[name=note]", "owner named in the letter")
    page.click("#correct-form button[type=submit]")
    page.wait_for_selector("text=Correction saved.")
    assert page.locator("#record dd[data-field=owner]").inner_text() == "Northshire Police Headquarters"
    page.select_option("#status-form select[name=status_code]", "completed")
    page.fill("#status-form input[name=note]", "answered by letter of 3 February")
    page.click("#status-form button[type=submit]")
    page.wait_for_selector("text=Status changed.")
    assert page.locator("#status-code").inner_text() == "completed"
    shot(page, "item")

    # the audit entry
    page.goto(server + "/audit")
    audit = page.locator("#audit tbody").inner_text()
    assert "clerk" in audit and "answered by letter of 3 February" in audit and "owner named in the letter" in audit

    # log out; editing is refused
    page.click("header form.inline button")
    page.wait_for_selector("text=Log in")
    page.goto(item_url)
    assert page.locator("#correct-form").count() == 0
    resp = page.request.post(item_url + "/status", form={"status_code": "open", "csrf": "x"})
    assert resp.status == 403


def test_hostile_text_runs_no_script(server, page):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + "/documents.json")
    docs = page.evaluate("() => JSON.parse(document.body.innerText).documents")
    hostile = next(d for d in docs if d["name"] == "hostile.txt")
    for url in (f"/documents/{hostile['id']}", "/search?q=pwned", "/search?q=javascript"):
        page.goto(server + url)
        assert page.evaluate("() => window.__pwned") is None
        assert page.title() != "pwned"
        assert page.locator("script:not([src])").count() <= 1  # only our own upload script may exist elsewhere
        assert page.locator("a[href^='javascript:']").count() == 0
        assert page.locator("img[src=x]").count() == 0
    page.goto(server + f"/documents/{hostile['id']}")
    assert "<script>window.__pwned" in page.locator("table.source").inner_text()
    assert dialogs == []
