"""Run extraction over the corpus and score it against the gold annotations with the shared scorer."""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from .contract import to_contract
from .errors import ConfigError
from .pipeline import extract_path


def write_predictions(gold_dir: Path, corpus_dir: Path, out_dir: Path) -> list[Path]:
    """Extract every corpus file named by a gold file; write ``<stem>.json`` into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for g in sorted(gold_dir.glob("*.json")):
        name = json.loads(g.read_text()).get("file") or f"{g.stem}.txt"
        src = corpus_dir / name
        if not src.exists():
            continue
        obj = to_contract(extract_path(src))
        dest = out_dir / f"{Path(name).stem}.json"
        dest.write_text(json.dumps(obj, ensure_ascii=False, indent=1))
        written.append(dest)
    return written


def find_scorer(gold_dir: Path) -> Path:
    """The shared scorer: next to the gold folder (``../tools/score.py``), else in the shared folder."""
    from .config import get_settings

    here = Path(__file__).resolve().parents[2]
    for cand in (gold_dir.parent / "tools" / "score.py", get_settings().shared_dir / "tools" / "score.py",
                 here.parent / "shared" / "tools" / "score.py"):
        if cand.exists():
            return cand.resolve()
    raise ConfigError(f"scorer not found next to {gold_dir} nor in the shared folder (tools/score.py)")


def run_eval(gold_dir: str | Path, corpus_dir: str | Path, as_json: bool = False,
             keep: str | Path | None = None) -> str:
    gold, corpus = Path(gold_dir), Path(corpus_dir)
    if not gold.is_dir():
        raise ConfigError(f"gold folder {gold} not found (the shared folder is not beside this checkout)")
    if not corpus.is_dir():
        raise ConfigError(f"corpus folder {corpus} not found")
    scorer = find_scorer(gold)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(keep) if keep else Path(tmp)
        write_predictions(gold, corpus, out)
        cmd = [sys.executable, str(scorer), str(gold), str(out)] + (["--json"] if as_json else [])
        res = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if res.returncode != 0:
            raise ConfigError(f"scorer failed: {res.stderr.strip().splitlines()[-1] if res.stderr else res.returncode}")
        return res.stdout
