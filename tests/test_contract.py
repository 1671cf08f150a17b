"""`scrutiny extract` prints contract-valid scrutiny.extract/1 JSON for the seeds, the samples and a PDF."""
from __future__ import annotations

import json

import pytest
from conftest import make_pdf

from scrutiny.contract import to_contract, validate_contract
from scrutiny.pipeline import extract_path
from scrutiny.records import CONTRACT_KEYS

CONTRACT_TOP = {"document", *CONTRACT_KEYS}


def _check(obj, name):
    assert set(obj) == CONTRACT_TOP
    assert obj["document"]["name"] == name
    assert validate_contract(obj) == []
    json.dumps(obj)  # serialisable


def test_seeds_are_contract_valid(seeds_dir):
    files = sorted(seeds_dir.glob("*.txt"))
    assert len(files) >= 5
    for f in files:
        ex = extract_path(f, strict=False)
        assert ex.warnings == [], f"{f.name}: {ex.warnings}"
        obj = to_contract(ex)
        _check(obj, f.name)
        assert obj["document"]["lines"] == len(f.read_text(encoding="utf-8").split("\n")) - (
            1 if f.read_text(encoding="utf-8").endswith("\n") else 0)


def test_samples_are_contract_valid(samples_dir):
    files = sorted(p for p in samples_dir.iterdir() if p.is_file())
    assert files
    for f in files:
        _check(to_contract(extract_path(f)), f.name)


def test_generated_pdf_is_contract_valid(tmp_path):
    pdf = make_pdf(tmp_path / "letter.pdf", [["2 April 2025", "Dear Councillor Okafor,", "Text of the letter."],
                                              ["Yours sincerely,", "Laura Pennington"]])
    obj = to_contract(extract_path(pdf))
    _check(obj, "letter.pdf")
    assert obj["document"]["pages"] == 2
    for key in CONTRACT_KEYS:
        for item in obj[key]:
            if "page" in item:
                assert 1 <= item["page"] <= 2


def test_validator_catches_problems():
    bad = {"document": {"name": "x", "sha256": "00", "lines": 3, "pages": 1}, "parts": [{"kind": "nonsense",
           "start_line": 9, "end_line": 9}]}
    problems = validate_contract(bad)
    assert any("sha256" in p for p in problems)
    assert any("parts[0].kind" in p for p in problems)
    assert any("parts[0].start_line" in p for p in problems)
    assert any(p.startswith("meetings: missing") for p in problems)
    with pytest.raises(AssertionError):
        _check(bad, "x")


def test_extraction_is_deterministic_across_hash_seeds(seeds_dir):
    """Set and dict order must never change what is extracted (PYTHONHASHSEED varies between runs)."""
    import os
    import subprocess
    import sys

    f = sorted(seeds_dir.glob("001_*.txt"))[0]
    outs = set()
    for seed in ("1", "2", "3"):
        r = subprocess.run([sys.executable, "-m", "scrutiny.cli", "extract", str(f)], capture_output=True, text=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}, timeout=300)
        assert r.returncode == 0, r.stderr
        outs.add(r.stdout)
    assert len(outs) == 1
