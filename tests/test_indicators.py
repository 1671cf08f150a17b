"""Indicator observations from performance prose, tables and the versioned CSV format."""
from __future__ import annotations

from pathlib import Path

import pytest

from scrutiny.extract import indicators as ind_extractor
from scrutiny.indicators.csv_import import IndicatorCSVError, parse_definitions, parse_observations
from scrutiny.indicators.model import Basis, Period, Polarity, Target
from scrutiny.indicators.rating import rate
from scrutiny.pipeline import extract_path
from scrutiny.records import Provenance, Table

FIX = Path(__file__).parent / "fixtures" / "indicators"


def _by(items, words, period=None):
    found = [i for i in items if words.lower() in (i.name or "").lower() and (period is None or i.period == period)]
    assert found, f"no indicator named like {words!r} for {period}: {[(i.name, i.period) for i in items]}"
    return found[0]


def test_period_parsing_and_arithmetic():
    assert Period.parse("Quarter 3 (2016/17)") == Period(2016, 3)
    assert Period.parse("CPR-Q3 16-17") == Period(2016, 3)
    assert Period.parse("Q2", default_fy=2019) == Period(2019, 2)
    assert Period.parse("2016/17") == Period(2016)
    assert Period(2016, 1).previous() == Period(2015, 4)
    assert Period(2016, 3).last_year() == Period(2015, 3)
    import datetime as dt
    assert Period.of_date(dt.date(2017, 1, 17)) == Period(2016, 4)
    assert Period.of_date(dt.date(2016, 4, 1)) == Period(2016, 1)
    assert Period.last_complete_before(dt.date(2016, 11, 1)) == Period(2016, 2)
    assert Period(2016, 4).end == dt.date(2017, 3, 31) and Period(2016, 2).start == dt.date(2016, 7, 1)


def test_minutes_of_a_panel_meeting():
    items = extract_path(FIX / "panel_q2.txt")["indicators"]
    burglary = _by(items, "burglary", "Q2 2019/20")
    assert burglary.value == 640  # the quarter's own value beats the year to date
    assert burglary.rag == "Red" and burglary.line == 11
    asb = _by(items, "anti-social behaviour", "Q2 2019/20")
    assert asb.value == 2050 and asb.rag == "Red"  # only the year to date is given
    vehicle = _by(items, "vehicle crime")
    assert vehicle.value is None and vehicle.rag == "Red"  # counted as red: 3 red, 1 green, one named green
    fte = _by(items, "first time entrants")
    assert fte.rag == "Green"
    fires = _by(items, "deliberate fires")
    assert (fires.value, fires.target, fires.period) == (41, "30", "Q2 2019/20")  # "last quarter" before 14 Nov
    assert fires.rag is None  # no rating printed for it
    assert len(items) == 5


def test_quarterly_report_with_rates_and_bands():
    items = extract_path(FIX / "report_q3.txt")["indicators"]
    rate_item = _by(items, "repeat referrals", "Q3 2019/20")
    assert rate_item.value == 27.5 and rate_item.rag == "Green"
    count = [i for i in items if i.value == 80]
    assert count and count[0].period == "Q3 2019/20"
    tno = _by(items, "notifiable offences", "Q3 2019/20")
    assert tno.value == 3250 and tno.rag == "Red"
    quarters = sorted(i.period for i in items if "notifiable" in i.name.lower())
    assert quarters == ["Q1 2019/20", "Q2 2019/20", "Q3 2019/20"]
    assert _by(items, "notifiable", "Q1 2019/20").value == 3300


def test_no_indicators_outside_performance_text(tmp_path):
    p = tmp_path / "plan.txt"
    p.write_text("Our Plan\n\nWe will cut burglary. The number of burglary offences fell from 900 to 850 last "
                 "year, a 5.6% fall.\n")
    assert extract_path(p)["indicators"] == []


def test_indicator_table_rows_become_items():
    t = Table(prov=Provenance("x", 10, 14), title="Quarter 3 2019/20 performance",
              columns=["Indicator", "Target", "Q3 actual", "RAG"],
              rows=[["CSP1 Total notifiable offences", 9430, 9900, "Red"], ["Repeat MARAC referrals", "28-40%", 27.5, "G"]],
              row_types=["data", "data"], row_lines=[12, 13])

    class Ctx:
        class doc:
            sha256 = "x"

            @staticmethod
            def page_of(n):
                return 1

    out = ind_extractor.from_tables(Ctx, [t])
    assert [(i.code, i.name, i.value, i.rag, i.line) for i in out] == [
        ("CSP1", "Total notifiable offences", 9900.0, "Red", 12), (None, "Repeat MARAC referrals", 27.5, "Green", 13)]
    assert out[0].target == "9430" and out[0].period == "Q3 2019/20"


def test_csv_definitions_and_observations_rate():
    defs = parse_definitions((FIX / "definitions.csv").read_text())
    assert [d.code for d in defs] == ["TNO", "MARAC"]
    tno, marac = defs
    assert tno.basis is Basis.YTD and tno.polarity is Polarity.LOWER and tno.tolerance.relative
    assert marac.default_target == Target.band(28, 40)
    obs = parse_observations((FIX / "observations.csv").read_text(), defs)
    q3 = Period(2019, 3)
    r = rate(tno, [o for o in obs if o.code == "TNO"], q3)
    assert r.rag == "Red" and r.agrees_with_stated is True
    m = rate(marac, [o for o in obs if o.code == "MARAC"], q3)
    assert m.rag == "Red"  # 27.5% is outside 28-40% and further from it than the quarter before (30.0%)
    assert m.short_dot == "↓" and m.agrees_with_stated is False


def test_csv_errors_name_their_lines():
    defs = parse_definitions((FIX / "definitions.csv").read_text())
    with pytest.raises(IndicatorCSVError) as e:
        parse_observations((FIX / "bad_observations.csv").read_text(), defs)
    lines = [n for n, _ in e.value.errors]
    assert lines == [4, 5, 6]
    assert "period" in e.value.errors[0][1] and "value" in e.value.errors[1][1] and "Purple" in e.value.errors[2][1]


def test_csv_format_line_is_required():
    with pytest.raises(IndicatorCSVError) as e:
        parse_definitions("code,name,polarity\nA,a,lower\n")
    assert e.value.errors[0][0] == 1
    with pytest.raises(IndicatorCSVError) as e:
        parse_definitions("# scrutiny.indicators/2 definitions\ncode,name,polarity\n")
    assert "version 2" in str(e.value)
    with pytest.raises(IndicatorCSVError) as e:
        parse_definitions("# scrutiny.indicators/1 definitions\ncode,name,polarity\nA,a,sideways\nA,b,band,,,5\n")
    assert [n for n, _ in e.value.errors] == [3, 4]


def test_seed_indicators_match_the_report():
    from conftest import seed

    items = extract_path(seed("001"))["indicators"]
    assert {i.rag for i in items if i.period == "Q3 2016/17"} == {"Red", "Green", None}
    assert sum(1 for i in items if i.code) >= 1
