"""The CLI as a user runs it: a real subprocess, exit codes, stdout/stderr."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from scrutiny.contract import validate_contract

SCRUTINY = [sys.executable, "-m", "scrutiny.cli"]


def run(*args, cwd=None, env=None):
    e = {**os.environ, **(env or {})}
    return subprocess.run([*SCRUTINY, *map(str, args)], capture_output=True, text=True, cwd=cwd, env=e, timeout=300)


def test_extract_prints_contract_json(samples_dir):
    r = run("extract", samples_dir / "northshire-pcc-response-2025-04-02.txt", "--format", "json")
    assert r.returncode == 0, r.stderr
    obj = json.loads(r.stdout)
    assert obj["document"]["name"] == "northshire-pcc-response-2025-04-02.txt"
    assert validate_contract(obj) == []


def test_extract_bad_file_is_one_line(tmp_path):
    f = tmp_path / "empty.pdf"
    f.write_bytes(b"")
    r = run("extract", f)
    assert r.returncode != 0
    assert r.stderr.strip().count("\n") == 0
    assert "empty.pdf" in r.stderr and "empty file" in r.stderr
    assert "Traceback" not in r.stderr


def test_ingest_db_option_and_env(tmp_path, samples_dir):
    db = tmp_path / "x.db"
    r = run("ingest", "--db", db, samples_dir)
    assert r.returncode == 0, r.stderr
    assert "3 added" in r.stdout
    r2 = run("ingest", samples_dir, env={"SCRUTINY_DATABASE_URL": f"sqlite:///{db}"})
    assert r2.returncode == 0 and "3 unchanged" in r2.stdout
    r3 = run("documents", "--db", db, "--format", "json")
    assert len(json.loads(r3.stdout)) == 3


def test_ingest_default_db_is_in_the_working_folder(tmp_path, samples_dir):
    env = {k: v for k, v in os.environ.items() if k != "SCRUTINY_DATABASE_URL"}
    r = subprocess.run([*SCRUTINY, "ingest", str(samples_dir / "northshire-pcc-response-2025-04-02.txt")],
                       capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "scrutiny.db").exists()


def test_ingest_reports_bad_files_and_keeps_going(tmp_path, samples_dir):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "locked.pdf").write_bytes(b"%PDF-1.4 broken")
    (tmp_path / "in" / "ok.txt").write_text((samples_dir / "northshire-pcc-response-2025-04-02.txt").read_text())
    r = run("ingest", "--db", tmp_path / "y.db", tmp_path / "in", tmp_path / "missing.docx")
    assert r.returncode == 1
    errs = [ln for ln in r.stderr.splitlines() if ln.startswith("error:")]
    assert len(errs) == 3
    assert any("missing.docx" in e and "no such file" in e for e in errs)
    assert "1 added" in r.stdout and "3 failed" in r.stdout


def test_unknown_command_fails():
    r = run("frobnicate")
    assert r.returncode != 0


def test_eval_prints_the_scorer_table(seeds_dir, gold_dir):
    r = run("eval", "--gold", gold_dir, "--corpus", seeds_dir)
    assert r.returncode == 0, r.stderr
    assert "macro" in r.stdout and "kind" in r.stdout


def test_eval_without_shared_is_a_clear_error(tmp_path):
    r = run("eval", "--gold", tmp_path / "nogold", "--corpus", tmp_path)
    assert r.returncode != 0
    assert "gold folder" in r.stderr and "Traceback" not in r.stderr
