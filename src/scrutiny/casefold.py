"""Lower-casing that agrees with ``re.IGNORECASE``, for cheap substring tests in front of case-blind patterns."""
from __future__ import annotations

# the letters besides plain case changes that ``re.I`` matches with ASCII ones: dotless i, long s, and the combining
# dot "İ" lower-cases to (the Kelvin sign lower-cases to k by itself)
_FOLD_ODD = str.maketrans({"\u0131": "i", "\u017f": "s", "\u0307": None})


def fold(text: str) -> str:
    """``text`` lower-cased so that every ASCII literal an ``re.I`` pattern matches in ``text`` is a substring of
    the result ("ſeptember" → "september", "İtem" → "item")."""
    low = text.lower()
    return low if low.isascii() else low.translate(_FOLD_ODD)
