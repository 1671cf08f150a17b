"""Shared fixtures. The real documents stay in ../shared: tests that need them skip when it is absent."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

# tests see extractor failures instead of the pipeline's isolation of them
os.environ.setdefault("SCRUTINY_STRICT", "1")

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SCRUTINY_SHARED_DIR", ROOT.parent / "shared"))
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold"
SAMPLES = ROOT / "samples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"the real corpus is not at {SEEDS} (../shared beside the checkout); skipping")
    return SEEDS


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    if not GOLD.is_dir():
        pytest.skip(f"the gold annotations are not at {GOLD}; skipping")
    return GOLD


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


def seed(name_prefix: str) -> Path:
    """The seed file whose name starts with ``name_prefix`` (e.g. "004"), or skip."""
    if not SEEDS.is_dir():
        pytest.skip(f"the real corpus is not at {SEEDS}; skipping")
    found = sorted(SEEDS.glob(f"{name_prefix}*"))
    if not found:
        pytest.skip(f"no seed {name_prefix}* in {SEEDS}")
    return found[0]


BACKENDS = [b for b in os.environ.get("SCRUTINY_TEST_BACKENDS", "sqlite,postgresql").split(",") if b]


@pytest.fixture(scope="session")
def pg_server():
    """One PostgreSQL server for the whole run, started on loopback and removed at the end."""
    from pgserver import PgServer

    server = PgServer()
    try:
        server.start()
    except RuntimeError as e:
        server.stop()
        if os.environ.get("CI"):
            raise
        pytest.skip(f"PostgreSQL tests need a server: {e}")
    yield server
    server.stop()


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path) -> str:
    """A fresh empty database on each back end: SQLite in a temporary file, and a throwaway PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    server = request.getfixturevalue("pg_server")
    name = server.create_database()
    yield server.url(name)
    from scrutiny.store.db import dispose_engines

    dispose_engines()
    server.drop_database(name)


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'test.db'}"


def make_pdf(path: Path, pages: list[list[str]], font_size: int = 11) -> Path:
    """Write a real PDF with reportlab: one list of lines per page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for lines in pages:
        y = height - 60
        c.setFont("Helvetica", font_size)
        for line in lines:
            c.drawString(60, y, line)
            y -= font_size * 1.5
        c.showPage()
    c.save()
    return path
