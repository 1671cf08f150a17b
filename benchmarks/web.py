"""Benchmark: web response times with a large store (not a test).

Builds a SQLite store holding the bundled samples plus N synthetic items (default 100,000) spread over
synthetic documents, serves the app with uvicorn on a free loopback port, and times sequential requests to the
dashboard, an item list (a filtered, later page) and a search — reporting p50/p95/max in milliseconds.
Target: p95 under 100 ms on SQLite.

    .venv/bin/python benchmarks/web.py [--items 100000] [--requests 60]
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

BODIES = ["MPS", "MOPAC", "Northshire Police", "Police and Crime Commissioner", "Home Office", "CPS",
          "London Councils", "NHS", "Probation Service", "Youth Justice Board"]
STATUSES = ["open", "in_progress", "answered", "completed", "overdue", "withdrawn"]
WORDS = ("report response times rural crime team officers neighbourhood district funding precept domestic abuse "
         "victims stop search knife crime referrals panel commissioner recruitment vetting training letter "
         "update review survey custody complaints misconduct youth offending burglary robbery").split()
KINDS = ["actions", "questions", "recommendations", "commitments", "letters"]


def vocabulary(rng: random.Random, size: int = 3000) -> tuple[list[str], list[float]]:
    """Domain words plus made-up ones, with Zipf weights: real text has a few common words and many rare ones,
    so a two-word query matches a small share of the record, not a third of it."""
    made_up = {"".join(rng.choice("bcdfghklmnprstvw") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))
               for _ in range(size * 2)}
    words = WORDS + sorted(made_up)[: size - len(WORDS)]
    rng.shuffle(words)
    cum, total = [], 0.0
    for rank in range(len(words)):
        total += 1.0 / (rank + 1)
        cum.append(total)
    return words, cum


def sentence(rng: random.Random, vocab, n: int) -> str:
    return " ".join(rng.choices(vocab[0], cum_weights=vocab[1], k=n))


def build_store(url: str, n_items: int, seed: int = 7):
    from sqlalchemy import insert

    from scrutiny import search as fts
    from scrutiny.ingest import ingest_paths
    from scrutiny.store import open_store
    from scrutiny.store.db import _index_row_for_item, _item_row
    from scrutiny.store.schema import document_lines, documents, items

    rng = random.Random(seed)
    vocab = vocabulary(rng)
    store = open_store(url)
    ingest_paths(store, [ROOT / "samples"])
    now = dt.datetime.now(dt.timezone.utc).isoformat()
    n_docs = max(1, n_items // 500)
    with store.engine.begin() as conn:
        for d in range(n_docs):
            doc_id = hashlib.sha256(f"bench-doc-{d}".encode()).hexdigest()
            conn.execute(insert(documents).values(
                id=doc_id, name=f"bench-{d:04d}.pdf", source_format="pdf", kind="minutes", title=f"Minutes {d}",
                body=None, published=f"20{10 + d % 15}-0{1 + d % 9}-15", pages=40, line_count=1200, size=1,
                source_path=None, ingested_at=now, extracted_at=now))
            conn.execute(insert(document_lines), [
                {"document_id": doc_id, "number": i, "page": 1 + i // 30, "noise": False,
                 "text": sentence(rng, vocab, 12)} for i in range(1, 1201)])
            rows, index = [], []
            for j in range(500):
                kind = rng.choice(KINDS)
                text = sentence(rng, vocab, 14).capitalize() + "."
                owner = rng.choice(BODIES)
                date = f"20{10 + d % 15}-{1 + j % 12:02d}-{1 + j % 28:02d}"
                data = {"text": text, "owner": owner, "status": rng.choice(["In progress", "Completed", None]),
                        "meeting_date": date, "line": 1 + j * 2}
                r = {"id": hashlib.sha256(f"{doc_id}{j}".encode()).hexdigest()[:24], "document_id": doc_id,
                     "kind": kind, "start_line": 1 + j * 2, "end_line": 2 + j * 2, "page": 1 + j // 15,
                     "summary": text, "data": json.dumps(data), "extractor": "bench", "confidence": rng.random(),
                     "review_state": "extracted", "corrected": None, "updated_at": now,
                     "status_code": rng.choice(STATUSES), "owner": owner, "item_date": date, "due_date": date,
                     "tracking": None}
                rows.append(r)
                index.append(_index_row_for_item(_item_row(r)))
            conn.execute(insert(items), rows)
            fts.insert_rows(conn, store.dialect, index)
    store.common_words = vocab[0][:2]  # the two most frequent words: the worst case for a search
    return store


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=60)
    a = ap.parse_args()
    import httpx
    import uvicorn

    from scrutiny.web.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        store = build_store(f"sqlite:///{tmp}/bench.db", a.items)
        print(f"built a store of {a.items:,} synthetic items (+ samples) in {time.perf_counter() - t0:.1f} s")
        port = free_port()
        server = uvicorn.Server(uvicorn.Config(create_app(store=store), host="127.0.0.1", port=port,
                                               log_level="warning"))
        th = threading.Thread(target=server.run, daemon=True)
        th.start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        targets = {
            "dashboard /": "/",
            "item list /actions?status=open&sort=date&page=20": "/actions?status=open&sort=date&page=20",
            "item list JSON /recommendations.json?owner=MPS": "/recommendations.json?owner=MPS",
            "search /search?q=rural crime": "/search?q=rural+crime",
            'search /search?q="knife crime" victim*': "/search?q=%22knife+crime%22+victim*",
            f"search, the two commonest words ({' '.join(store.common_words)})":
                "/search?q=" + "+".join(store.common_words),
        }
        print(f"{'page':58} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
        with httpx.Client(base_url=base, timeout=60) as client:
            for name, path in targets.items():
                client.get(path)  # warm-up
                times = []
                for _ in range(a.requests):
                    t = time.perf_counter()
                    r = client.get(path)
                    times.append((time.perf_counter() - t) * 1000)
                    assert r.status_code == 200, (path, r.status_code)
                times.sort()
                p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
                print(f"{name:58} {statistics.median(times):8.1f} {p95:8.1f} {times[-1]:8.1f}")
        server.should_exit = True
        th.join(timeout=10)


if __name__ == "__main__":
    main()
