"""Indicator definitions and observations from CSV: the versioned format ``scrutiny.indicators/1``.

The first line names the format and what the file holds; a header row follows; ``#`` lines are comments.

Definitions::

    # scrutiny.indicators/1 definitions
    code,name,unit,polarity,basis,target,tolerance
    CSP1,Total notifiable offences,count,lower,ytd,12500,2%
    CSP2,Repeat MARAC referrals,percent,band,quarter,28-40,0

- ``polarity``: ``higher`` | ``lower`` | ``band`` (better is higher, lower, or inside the band);
- ``basis``: ``quarter`` | ``ytd`` — which value is compared with the target;
- ``target``: a number, or ``low-high`` for a band (the default target of every period); may be empty;
- ``tolerance``: absolute (``2``) or relative to the target (``5%``); empty means 0.

Observations::

    # scrutiny.indicators/1 observations
    code,period,value,ytd,last_year,last_year_ytd,comparator,comparator_label,stated_rag,target
    CSP1,Q3 2016/17,4355,13143,4520,12573,,,Red,12573

- ``period``: a UK financial-year quarter (``Q3 2016/17``, ``Q3 2016-17``); ``target`` (optional) sets that
  period's own target. Empty cells are unknown values.

Every bad row is reported with its line number (1-based, counting the format line); nothing is loaded from a file
that has errors.
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from .model import Basis, IndicatorDefinition, Observation, Period, Polarity, Target, Tolerance, normalise_rag

FORMAT = "scrutiny.indicators/1"
_MAGIC = re.compile(r"^#\s*scrutiny\.indicators/(\d+)\s+(definitions|observations)\s*$")
DEFINITION_COLUMNS = ["code", "name", "unit", "polarity", "basis", "target", "tolerance"]
OBSERVATION_COLUMNS = ["code", "period", "value", "ytd", "last_year", "last_year_ytd", "comparator",
                       "comparator_label", "stated_rag", "target"]


class IndicatorCSVError(ValueError):
    """A CSV file that cannot be loaded; ``errors`` lists ``(line, message)`` for every bad row."""

    def __init__(self, errors: list[tuple[int, str]]):
        self.errors = errors
        super().__init__("; ".join(f"line {n}: {msg}" for n, msg in errors))


def _rows(text: str, kind: str, required: list[str]):
    lines = text.splitlines()
    if not lines:
        raise IndicatorCSVError([(1, f"empty file; expected '# {FORMAT} {kind}'")])
    m = _MAGIC.match(lines[0].strip())
    if not m:
        raise IndicatorCSVError([(1, f"the first line must be '# {FORMAT} {kind}'")])
    if m.group(1) != "1":
        raise IndicatorCSVError([(1, f"unsupported format version {m.group(1)} (this reader knows 1)")])
    if m.group(2) != kind:
        raise IndicatorCSVError([(1, f"this file holds {m.group(2)}, not {kind}")])
    numbered = [(i, ln) for i, ln in enumerate(lines[1:], start=2) if ln.strip() and not ln.lstrip().startswith("#")]
    if not numbered:
        raise IndicatorCSVError([(2, "no header row")])
    reader = csv.reader(io.StringIO("\n".join(ln for _, ln in numbered)))
    rows = list(reader)
    header = [h.strip().lower() for h in rows[0]]
    missing = [c for c in required if c not in header]
    if missing:
        raise IndicatorCSVError([(numbered[0][0], f"missing column(s): {', '.join(missing)}")])
    for (lineno, _), row in zip(numbered[1:], rows[1:]):
        if len(row) > len(header):
            yield lineno, None, f"{len(row)} cells but {len(header)} columns"
            continue
        yield lineno, {h: (row[i].strip() if i < len(row) else "") for i, h in enumerate(header)}, None


def _number(cell: str, what: str) -> float | None:
    if cell == "":
        return None
    try:
        return float(cell.replace(",", "").rstrip("%"))
    except ValueError:
        raise ValueError(f"{what} is not a number: {cell!r}") from None


def _target(cell: str) -> Target | None:
    if cell == "":
        return None
    m = re.fullmatch(r"\s*(-?[\d.,]+)\s*%?\s*(?:-|–|to)\s*(-?[\d.,]+)\s*%?\s*", cell)
    if m:
        return Target.band(_number(m.group(1), "band low"), _number(m.group(2), "band high"))  # type: ignore[arg-type]
    return Target(_number(cell, "target"))


def parse_definitions(text: str) -> list[IndicatorDefinition]:
    """Definitions from the text of a ``definitions`` file; raises :class:`IndicatorCSVError`."""
    out, errors, seen = [], [], set()
    for lineno, row, problem in _rows(text, "definitions", ["code", "name", "polarity"]):
        if problem:
            errors.append((lineno, problem))
            continue
        try:
            if not row["code"]:
                raise ValueError("code is empty")
            if row["code"] in seen:
                raise ValueError(f"code {row['code']} is defined twice")
            try:
                polarity = Polarity(row["polarity"].lower())
            except ValueError:
                raise ValueError(f"polarity must be higher, lower or band, not {row['polarity']!r}") from None
            try:
                basis = Basis((row.get("basis") or "quarter").lower())
            except ValueError:
                raise ValueError(f"basis must be quarter or ytd, not {row.get('basis')!r}") from None
            target = _target(row.get("target", ""))
            if polarity is Polarity.BAND and target is not None and not target.is_band:
                raise ValueError("a band indicator needs a target written low-high")
            tol_cell = row.get("tolerance", "")
            tol = Tolerance(_number(tol_cell, "tolerance") or 0.0, False)
            if tol_cell.endswith("%"):
                tol = Tolerance(tol.value / 100, True)
            seen.add(row["code"])
            out.append(IndicatorDefinition(code=row["code"], name=row["name"], unit=row.get("unit") or "count",
                                           polarity=polarity, basis=basis, default_target=target, tolerance=tol))
        except ValueError as e:
            errors.append((lineno, str(e)))
    if errors:
        raise IndicatorCSVError(errors)
    return out


def parse_observations(text: str, definitions: list[IndicatorDefinition] | None = None) -> list[Observation]:
    """Observations from the text of an ``observations`` file. A ``target`` cell is added to the matching
    definition's targets for that period (``definitions`` must then be given)."""
    defs = {d.code: d for d in definitions or []}
    out, errors, seen = [], [], set()
    for lineno, row, problem in _rows(text, "observations", ["code", "period"]):
        if problem:
            errors.append((lineno, problem))
            continue
        try:
            if not row["code"]:
                raise ValueError("code is empty")
            if defs and row["code"] not in defs:
                raise ValueError(f"unknown indicator code {row['code']!r}")
            period = Period.parse(row["period"])
            if period is None or period.quarter is None:
                raise ValueError(f"period must be a quarter such as 'Q3 2016/17', not {row['period']!r}")
            if (row["code"], period) in seen:
                raise ValueError(f"{row['code']} {period.label} is given twice")
            rag_cell = row.get("stated_rag", "")
            rag = normalise_rag(rag_cell)
            if rag_cell and rag is None:
                raise ValueError(f"stated_rag must be Red, Amber or Green, not {rag_cell!r}")
            obs = Observation(code=row["code"], period=period, value=_number(row.get("value", ""), "value"),
                              ytd=_number(row.get("ytd", ""), "ytd"),
                              last_year=_number(row.get("last_year", ""), "last_year"),
                              last_year_ytd=_number(row.get("last_year_ytd", ""), "last_year_ytd"),
                              comparator=_number(row.get("comparator", ""), "comparator"),
                              comparator_label=row.get("comparator_label") or None, stated_rag=rag, line=lineno,
                              source="csv")
            target = _target(row.get("target", ""))
            if target is not None:
                if row["code"] not in defs:
                    raise ValueError("a target needs the indicator's definition")
                defs[row["code"]].targets[period] = target
            seen.add((row["code"], period))
            out.append(obs)
        except ValueError as e:
            errors.append((lineno, str(e)))
    if errors:
        raise IndicatorCSVError(errors)
    return out


def load_definitions(path: str | Path) -> list[IndicatorDefinition]:
    return parse_definitions(Path(path).read_text(encoding="utf-8-sig"))


def load_observations(path: str | Path, definitions: list[IndicatorDefinition] | None = None) -> list[Observation]:
    return parse_observations(Path(path).read_text(encoding="utf-8-sig"), definitions)
