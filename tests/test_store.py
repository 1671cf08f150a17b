"""Store: migrations, idempotent ingest, atomic documents, corrections surviving re-extraction."""
from __future__ import annotations

import json

from sqlalchemy import func, inspect, select, update

from scrutiny.ingest import ingest_paths
from scrutiny.pipeline import extract_path
from scrutiny.store import open_store
from scrutiny.store.schema import document_lines, documents, items


def test_migrations_create_the_schema(db_url):
    store = open_store(db_url)
    names = set(inspect(store.engine).get_table_names())
    assert {"documents", "document_lines", "items", "alembic_version"} <= names
    # running them again is harmless
    open_store(db_url)


def test_ingest_twice_stores_once(db_url, samples_dir):
    store = open_store(db_url)
    first = ingest_paths(store, [samples_dir])
    assert not first.errors and first.count("added") == 3
    second = ingest_paths(store, [samples_dir])
    assert second.count("unchanged") == 3 and second.count("added") == 0
    with store.engine.connect() as c:
        assert c.execute(select(func.count()).select_from(documents)).scalar() == 3
        n_items = c.execute(select(func.count()).select_from(items)).scalar()
        n_lines = c.execute(select(func.count()).select_from(document_lines)).scalar()
    third = ingest_paths(store, [samples_dir], force=True)
    assert third.count("updated") == 3
    with store.engine.connect() as c:
        assert c.execute(select(func.count()).select_from(items)).scalar() == n_items
        assert c.execute(select(func.count()).select_from(document_lines)).scalar() == n_lines


def test_lines_are_stored_with_pages(db_url, samples_dir):
    store = open_store(db_url)
    f = samples_dir / "northshire-pcc-response-2025-04-02.txt"
    ingest_paths(store, [f])
    doc = store.list_documents()[0]
    lines = store.document_lines(doc["id"])
    assert len(lines) == doc["line_count"] == len(f.read_text().split("\n")) - 1
    assert lines[4]["text"] == f.read_text().split("\n")[4]
    assert all(ln["page"] == 1 for ln in lines)


def test_bad_files_are_reported_and_the_rest_stored(db_url, tmp_path, samples_dir):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7 not a pdf at all")
    good = tmp_path / "good.txt"
    good.write_text((samples_dir / "northshire-pcc-response-2025-04-02.txt").read_text())
    store = open_store(db_url)
    report = ingest_paths(store, [tmp_path / "empty.txt", tmp_path / "broken.pdf", good, tmp_path / "missing.txt"])
    assert len(report.errors) == 3
    reasons = " | ".join(str(e) for e in report.errors)
    assert "empty file" in reasons and "corrupt" in reasons and "no such file" in reasons
    assert [d["name"] for d in store.list_documents()] == ["good.txt"]


def test_failed_write_leaves_no_partial_document(db_url, samples_dir, monkeypatch):
    store = open_store(db_url)
    ex = extract_path(samples_dir / "northshire-panel-2025-03-12-agenda-pack.txt")
    original = store._upsert
    calls = {"n": 0}

    def failing(conn, table, rows, keys, upd):
        calls["n"] += 1
        if table is items:
            raise RuntimeError("disk full")
        return original(conn, table, rows, keys, upd)

    monkeypatch.setattr(store, "_upsert", failing)
    try:
        store.save_extraction(ex)
    except RuntimeError:
        pass
    assert calls["n"] >= 1
    with store.engine.connect() as c:
        assert c.execute(select(func.count()).select_from(documents)).scalar() == 0
        assert c.execute(select(func.count()).select_from(document_lines)).scalar() == 0


def test_reviewed_items_survive_reextraction(db_url, samples_dir):
    store = open_store(db_url)
    f = samples_dir / "northshire-panel-2025-03-12-agenda-pack.txt"
    ingest_paths(store, [f])
    with store.engine.begin() as c:
        row = c.execute(select(items.c.id, items.c.data).limit(1)).first()
        assert row is not None
        c.execute(update(items).where(items.c.id == row.id).values(
            review_state="corrected", corrected=json.dumps({"title": "Corrected by a clerk"})))
    ingest_paths(store, [f], force=True)
    with store.engine.connect() as c:
        again = c.execute(select(items).where(items.c.id == row.id)).first()
    assert again.review_state == "corrected"
    assert json.loads(again.corrected) == {"title": "Corrected by a clerk"}
    shown = [i for i in store.list_items() if i["id"] == row.id][0]
    assert shown["data"]["title"] == "Corrected by a clerk"


def _store_snapshot(store) -> tuple:
    with store.engine.connect() as c:
        docs = sorted(tuple(r) for r in c.execute(select(documents.c.id, documents.c.name, documents.c.kind,
                                                          documents.c.line_count)))
        its = sorted((r.id, r.kind, r.start_line, r.data) for r in c.execute(select(items)))
    return docs, its


def test_worker_processes_store_what_one_process_stores(db_url, tmp_path, samples_dir):
    """A batch extracted by worker processes stores exactly what extracting one by one stores, errors included
    (they cross the process boundary as the same one-line reasons)."""
    import sqlalchemy

    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7 not a pdf at all")
    batch = [samples_dir, tmp_path / "broken.pdf", tmp_path / "missing.txt"]
    one = open_store(f"sqlite:///{tmp_path / 'one.db'}")
    r1 = ingest_paths(one, batch, workers=1)
    many = open_store(db_url)
    r2 = ingest_paths(many, batch, workers=2)
    assert r1.count("added") == r2.count("added") == 3
    assert [str(e) for e in r1.errors] == [str(e) for e in r2.errors]
    assert [type(e) for e in r2.errors] == [type(e) for e in r1.errors] and len(r2.errors) == 2
    assert "corrupt" in str(r2.errors[0]) and "no such file" in str(r2.errors[1])
    assert _store_snapshot(one) == _store_snapshot(many)
    sqlalchemy.inspect(many.engine)  # the store is still usable after the pool has gone


def test_stored_files_are_not_read_again(db_url, samples_dir, monkeypatch):
    """Re-ingesting a folder reads only the new files: a stored file (same bytes) is known by its hash."""
    import scrutiny.pipeline as pipeline

    store = open_store(db_url)
    ingest_paths(store, [samples_dir], workers=1)
    seen: list = []
    real = pipeline.extract_path
    monkeypatch.setattr(pipeline, "extract_path", lambda p, strict=None: seen.append(p) or real(p, strict))
    again = ingest_paths(store, [samples_dir], workers=1)
    assert again.count("unchanged") == 3 and seen == []
    ingest_paths(store, [samples_dir], workers=1, force=True)
    assert len(seen) == 3


def test_untracked_items_are_filtered_by_the_status_their_words_give(db_url):
    """A recommendation's update has no tracked status; its status words still file it under the vocabulary
    ("Not achieved" is open, not completed)."""
    from pathlib import Path

    fixture = Path(__file__).parent / "fixtures" / "recommendations" / "annual_report_updates.txt"
    store = open_store(db_url)
    assert not ingest_paths(store, [fixture], workers=1).errors
    by_code = {}
    for code in ("open", "in_progress", "completed"):
        rows, total = store.query_items(kind="recommendation_updates", status=code)
        by_code[code] = sorted(r["data"]["status"] for r in rows)
        assert total == len(rows)
    assert by_code == {"open": ["Not achieved"], "in_progress": ["Partially achieved"], "completed": ["Achieved"]}
