"""police.uk street-level crime CSVs aggregated per area, crime type and financial-year quarter."""
from __future__ import annotations

import csv

import pytest

from scrutiny.indicators.model import Period
from scrutiny.indicators.policeuk import PoliceUKFormatError, aggregate, observations, with_totals

COLUMNS = ["Crime ID", "Month", "Reported by", "Falls within", "Longitude", "Latitude", "Location", "LSOA code",
           "LSOA name", "Crime type", "Last outcome category", "Context"]
FORCE = "Metropolitan Police Service"


def _write(path, rows):
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(COLUMNS)
        for i, (month, lsoa, ctype) in enumerate(rows):
            w.writerow([f"{i:064x}" if ctype != "Anti-social behaviour" else "", month, FORCE, FORCE, "0.18", "51.57",
                        "On or near High Street", "E0100" + lsoa[-4:], lsoa, ctype,
                        "" if ctype == "Anti-social behaviour" else "Under investigation", ""])
    return path


def test_counts_per_area_type_and_quarter(tmp_path):
    a = _write(tmp_path / "2019-03-metropolitan-street.csv", [
        ("2019-03", "Havering 001A", "Burglary"),  # March: Q4 of 2018/19
        ("2019-03", "Havering 002B", "Burglary"),
    ])
    b = _write(tmp_path / "2019-04-metropolitan-street.csv", [
        ("2019-04", "Havering 001A", "Burglary"),  # April: Q1 of 2019/20
        ("2019-06", "Havering 010C", "Burglary"),
        ("2019-06", "Havering 010C", "Anti-social behaviour"),
        ("2019-07", "Redbridge 003D", "Burglary"),  # July: Q2, another borough
    ])
    counts = aggregate([a, b])
    assert counts[("Havering", "Burglary", Period(2018, 4))] == 2
    assert counts[("Havering", "Burglary", Period(2019, 1))] == 2
    assert counts[("Havering", "Anti-social behaviour", Period(2019, 1))] == 1
    assert counts[("Redbridge", "Burglary", Period(2019, 2))] == 1
    assert sum(counts.values()) == 6
    totals = with_totals(counts)
    assert totals[("Havering", "All crime", Period(2019, 1))] == 3
    by_force = aggregate([a, b], area="force")
    assert by_force[(FORCE, "Burglary", Period(2019, 1))] == 2


def test_observations_fill_ytd_and_last_year(tmp_path):
    rows = [(f"2018-{m:02d}", "Havering 001A", "Robbery") for m in (4, 5, 7, 12)]
    rows += [(f"2019-{m:02d}", "Havering 001A", "Robbery") for m in (1, 2, 4, 4, 4, 8)]
    counts = aggregate([_write(tmp_path / "all.csv", rows)])
    obs = {o.period: o for o in observations(counts, "Havering", "Robbery")}
    q1 = obs[Period(2019, 1)]
    assert (q1.value, q1.last_year) == (3, 2)
    q2 = obs[Period(2019, 2)]
    assert (q2.value, q2.ytd, q2.last_year_ytd) == (1, 4, 3)
    assert obs[Period(2018, 4)].value == 2
    assert obs[Period(2018, 3)].value == 1
    rows.remove(("2018-12", "Havering 001A", "Robbery"))
    obs = {o.period: o for o in observations(aggregate([_write(tmp_path / "gap.csv", rows)]), "Havering", "Robbery")}
    assert obs[Period(2018, 3)].value == 0  # a quarter inside the data's span with no crimes counts 0
    assert obs[Period(2018, 4)].ytd == 5
    assert Period(2019, 3) not in obs  # beyond the data: unknown, not zero


def test_not_a_police_uk_file(tmp_path):
    p = tmp_path / "x.csv"
    p.write_text("a,b\n1,2\n")
    with pytest.raises(PoliceUKFormatError):
        aggregate([p])
    q = tmp_path / "y.csv"
    q.write_text("Month,Crime type\n03/2019,Burglary\n")
    with pytest.raises(PoliceUKFormatError, match="line 2"):
        aggregate([q])
