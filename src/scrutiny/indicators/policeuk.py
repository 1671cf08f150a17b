"""police.uk street-level crime CSVs (``YYYY-MM-<force>-street.csv``) aggregated to counts per area, crime type and
UK financial-year quarter, so a borough can rate its crime indicators from open data.

Columns (data.police.uk): Crime ID, Month (``YYYY-MM``), Reported by, Falls within, Longitude, Latitude, Location,
LSOA code, LSOA name, Crime type, Last outcome category, Context. The area is, by default, the local authority
named in the LSOA name ("Havering 012A" → "Havering"); ``area="force"`` uses "Falls within", ``area="lsoa"`` the
LSOA code.
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path
from typing import Iterable

from .model import Observation, Period

REQUIRED = ("Month", "Crime type")
_LSOA_SUFFIX = re.compile(r"\s+\d{3}[A-Z]$")
AREA_ALL = "All areas"


class PoliceUKFormatError(ValueError):
    """A file that is not a police.uk street-level crime CSV."""


def area_of(row: dict[str, str], area: str = "local_authority") -> str:
    """The area a row counts towards."""
    if area == "force":
        return (row.get("Falls within") or row.get("Reported by") or "").strip() or "Unknown"
    if area == "lsoa":
        return (row.get("LSOA code") or "").strip() or "Unknown"
    name = (row.get("LSOA name") or "").strip()
    return _LSOA_SUFFIX.sub("", name) if name else "Unknown"


def count_rows(rows: Iterable[dict[str, str]], area: str = "local_authority",
               source: str = "") -> Counter[tuple[str, str, Period]]:
    """Counts keyed by (area, crime type, quarter)."""
    counts: Counter[tuple[str, str, Period]] = Counter()
    for i, row in enumerate(rows, start=2):
        month = (row.get("Month") or "").strip()
        if not re.fullmatch(r"\d{4}-\d{2}", month):
            raise PoliceUKFormatError(f"{source} line {i}: Month must be YYYY-MM, not {month!r}".strip())
        ctype = (row.get("Crime type") or "").strip() or "Unknown"
        counts[(area_of(row, area), ctype, Period.of_month(month))] += 1
    return counts


def aggregate(paths: Iterable[str | Path], area: str = "local_authority") -> Counter[tuple[str, str, Period]]:
    """Count the crimes of one or more street-level CSVs per (area, crime type, quarter)."""
    total: Counter[tuple[str, str, Period]] = Counter()
    for path in paths:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
            if missing:
                raise PoliceUKFormatError(f"{path}: not a police.uk street-level CSV (missing {', '.join(missing)})")
            total.update(count_rows(reader, area, str(path)))
    return total


def with_totals(counts: Counter[tuple[str, str, Period]]) -> Counter[tuple[str, str, Period]]:
    """Add an "All crime" row per area and quarter (the sum over crime types)."""
    out = Counter(counts)
    for (a, _t, p), n in counts.items():
        out[(a, "All crime", p)] += n
    return out


def observations(counts: Counter[tuple[str, str, Period]], area: str, crime_type: str,
                 code: str | None = None) -> list[Observation]:
    """Quarterly observations of one area and crime type, with year-to-date and last-year values filled in
    where the quarters are present (a quarter with no crimes in a covered year counts 0)."""
    series = {p: n for (a, t, p), n in counts.items() if a == area and t == crime_type}
    if not series:
        return []
    present = sorted({p for (a, _t, p) in counts if a == area})
    covered: set[Period] = set()
    p = present[0]
    while p <= present[-1]:  # every quarter between the first and the last with data for the area
        covered.add(p)
        p = Period(p.fy, p.quarter + 1) if p.quarter < 4 else Period(p.fy + 1, 1)  # type: ignore[operator]
    code = code or f"{area}: {crime_type}"

    def value(p: Period) -> float | None:
        return float(series.get(p, 0)) if p in covered else None

    def ytd(p: Period) -> float | None:
        vals = [value(q) for q in p.quarters_to_date()]
        return None if any(v is None for v in vals) else sum(vals)  # type: ignore[arg-type]

    out = []
    for p in sorted(covered):
        out.append(Observation(code=code, period=p, value=value(p), ytd=ytd(p), last_year=value(p.last_year()),
                               last_year_ytd=ytd(p.last_year()), source="police.uk"))
    return out
