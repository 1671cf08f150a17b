"""Regression guard on our own corpora of other bodies' styles (tests/genre*): extraction must keep scoring
well on documents unlike the five seeds. Uses the shared scorer; skips without ../shared."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SHARED
from scrutiny.evaluate import write_predictions

HERE = Path(__file__).resolve().parent
# development corpora (tuned against) and the held-out one (measured only): floors well under today's scores
FLOORS = {"genre": 0.95, "genre3": 0.95, "genre4": 0.95, "genre2": 0.85}


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_genre_corpus_scores(corpus, tmp_path):
    scorer = SHARED / "tools" / "score.py"
    if not scorer.exists():
        pytest.skip(f"the shared scorer is not at {scorer}")
    root = HERE / corpus
    written = write_predictions(root / "gold", root / "docs", tmp_path)
    assert len(written) == len(list((root / "gold").glob("*.json")))
    r = subprocess.run([sys.executable, str(scorer), str(root / "gold"), str(tmp_path), "--json"],
                       capture_output=True, text=True, check=True)
    report = json.loads(r.stdout)
    assert not report["missing_predictions"]
    assert report["macro"] >= FLOORS[corpus], report["kinds"]
