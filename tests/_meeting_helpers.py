"""Run the pipeline over a fixture and return the contract object (shared by the meeting/minute/action tests)."""
from __future__ import annotations

from pathlib import Path

from scrutiny.contract import to_contract
from scrutiny.pipeline import extract_path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "meetings"


def run(name: str) -> dict:
    return to_contract(extract_path(FIXTURES / name))


def run_text(tmp_path: Path, text: str, name: str = "doc.txt") -> dict:
    p = tmp_path / name
    p.write_text(text)
    return to_contract(extract_path(p))
