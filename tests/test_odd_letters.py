"""Letters that case-blind patterns match but plain lower-casing does not turn into ASCII (dotless ı, long ſ, the
Kelvin sign, dotted İ) must never crash a stage: every document of our genre corpora, with its letters swapped for
them, is extracted strictly (an extractor's exception propagates) and still yields items."""
from __future__ import annotations

from pathlib import Path

import pytest

from scrutiny.pipeline import extract_path

TESTS = Path(__file__).parent
SWAPS = {
    "dotless i": str.maketrans({"i": "\u0131"}),
    "long s": str.maketrans({"s": "\u017f"}),
    "Kelvin sign and dotted I": str.maketrans({"k": "\u212a", "I": "\u0130"}),
}


@pytest.mark.parametrize("swap", list(SWAPS))
def test_documents_with_odd_letters_extract_without_errors(swap, tmp_path):
    files = sorted(TESTS.glob("genre*/docs/*.txt"))
    assert len(files) >= 40
    found = 0
    for f in files:
        path = tmp_path / f.name
        path.write_text(f.read_text(encoding="utf-8").translate(SWAPS[swap]), encoding="utf-8")
        ex = extract_path(path, strict=True)
        assert not ex.warnings, (f.name, ex.warnings)
        found += sum(len(v) for k, v in ex.items.items() if k not in ("parts", "tables"))
    assert found > 100
