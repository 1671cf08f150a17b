"""Accounts, corrections, status changes and links: every change audited, corrections survive re-ingest."""
from __future__ import annotations

import pytest

from scrutiny import review
from scrutiny.ingest import ingest_paths
from scrutiny.store import open_store


@pytest.fixture
def store(db_url, samples_dir):
    s = open_store(db_url)
    assert not ingest_paths(s, [samples_dir]).errors
    return s


def _some_item(store):
    rows, total = store.query_items(kind="parts")
    assert total >= 1
    return rows[0]


def test_accounts_hash_passwords(store):
    review.add_user(store, "clerk", "correct horse battery")
    assert review.authenticate(store, "clerk", "correct horse battery") == {"username": "clerk", "role": "editor"}
    assert review.authenticate(store, "clerk", "wrong password") is None
    assert review.authenticate(store, "nobody", "correct horse battery") is None
    with store.engine.connect() as c:
        from sqlalchemy import select

        from scrutiny.store.schema import users

        h = c.execute(select(users.c.password_hash)).scalar()
    assert h.startswith("$argon2") and "battery" not in h
    with pytest.raises(review.InvalidInput):
        review.add_user(store, "clerk", "another password")
    with pytest.raises(review.InvalidInput):
        review.add_user(store, "x y", "password123")
    with pytest.raises(review.InvalidInput):
        review.add_user(store, "shorty", "short")


def test_editing_needs_an_account(store):
    it = _some_item(store)
    with pytest.raises(review.PermissionDenied):
        review.correct_item(store, None, it["id"], {"title": "x"})
    with pytest.raises(review.PermissionDenied):
        review.set_status(store, {"username": "anon", "role": "reader"}, it["id"], "completed")


def test_correction_is_audited_and_survives_reingest(store, samples_dir):
    review.add_user(store, "clerk", "correct horse battery")
    user = review.authenticate(store, "clerk", "correct horse battery")
    it = _some_item(store)
    fixed = review.correct_item(store, user, it["id"], {"title": "Corrected title"}, note="typo in the source")
    assert fixed["data"]["title"] == "Corrected title" and fixed["review_state"] == "corrected"
    h = review.history(store, it["id"])
    assert h[0]["action"] == "correct" and h[0]["username"] == "clerk"
    assert h[0]["before"] == {"title": it["data"]["title"]} and h[0]["after"] == {"title": "Corrected title"}
    assert h[0]["note"] == "typo in the source"
    ingest_paths(store, [samples_dir], force=True)
    again = store.get_item(it["id"])
    assert again["data"]["title"] == "Corrected title" and again["review_state"] == "corrected"
    assert store.search('"Corrected title"').total >= 1
    with pytest.raises(review.InvalidInput):
        review.correct_item(store, user, it["id"], {"not_a_field": "x"})


def test_status_change_with_note(store):
    review.add_user(store, "clerk", "correct horse battery")
    user = review.authenticate(store, "clerk", "correct horse battery")
    it = _some_item(store)
    out = review.set_status(store, user, it["id"], "completed", note="letter received 3 Feb")
    assert out["status_code"] == "completed"
    assert review.history(store, it["id"])[0]["note"] == "letter received 3 Feb"
    with pytest.raises(review.InvalidInput):
        review.set_status(store, user, it["id"], "finished")


def test_reject_hides_from_lists_and_search(store):
    review.add_user(store, "clerk", "correct horse battery")
    user = review.authenticate(store, "clerk", "correct horse battery")
    it = _some_item(store)
    n_before = store.query_items(kind="parts")[1]
    review.reject_item(store, user, it["id"], note="not a real part")
    assert store.query_items(kind="parts")[1] == n_before - 1
    assert store.get_item(it["id"])["review_state"] == "rejected"


def test_links_keep_human_decisions(store):
    review.add_user(store, "clerk", "correct horse battery")
    user = review.authenticate(store, "clerk", "correct horse battery")
    rows, _ = store.query_items()
    a, b = rows[0], rows[1]
    review.save_links(store, [{"source_id": a["id"], "target_id": b["id"], "relation": "answers",
                               "rule": "test", "evidence": {"why": "fixture"}, "score": 0.4, "state": "proposed"}])
    q = review.review_queue(store)
    assert len(q["links"]) == 1 and q["links"][0]["evidence"] == {"why": "fixture"}
    lid = q["links"][0]["id"]
    review.set_link_state(store, user, lid, "rejected", note="wrong letter")
    review.save_links(store, [{"source_id": a["id"], "target_id": b["id"], "relation": "answers",
                               "rule": "test", "evidence": {}, "score": 0.9, "state": "asserted"}])
    assert review.links_of(store, b["id"]) == []  # still rejected after the rules ran again
    manual = review.add_manual_link(store, user, a["id"], b["id"], "answers", note="checked by hand")
    assert manual == lid
    assert review.links_of(store, b["id"])[0]["state"] == "confirmed"
    actions = [h["action"] for h in review.history(store, b["id"])]
    assert "link" in actions and "link_unlink" in actions


def test_a_letter_is_linked_to_the_meeting_it_follows_up(store):
    letters, _ = store.query_items(kind="letters", limit=100)
    feb = [r for r in letters if r["data"].get("responds_to_meeting_date") == "2025-01-15"]
    assert feb, [r["data"] for r in letters]
    followed = [lk for lk in review.links_of(store, feb[0]["id"]) if lk["relation"] == "follows_up"]
    assert followed and followed[0]["state"] == "asserted"
    meeting = store.get_item(followed[0]["target_id"])
    assert meeting["kind"] == "meetings" and meeting["data"]["date"] == "2025-01-15"
