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


class _Ctx:
    class doc:
        sha256 = "x"

        @staticmethod
        def page_of(n):
            return 1


def test_value_column_chosen_from_header_semantics():
    # comparator columns (baseline, same period last year, previous quarter, direction of travel) never hold the
    # value: the report's own quarter does, and the items carry that quarter
    t = Table(prov=Provenance("x", 5, 8), title="Indicator table",
              columns=["Ref", "Measure", "Baseline", "Target", "Same period last year", "Q1", "Q2", "YTD", "RAG",
                       "Direction of travel"],
              rows=[["WV1", "Burglary offences", 410, 380, 402, 377, 361, 738, "Green", "Improving"],
                    ["WV2", "Victims satisfied (%)", 78, 80, 79, 76, 74, 75, "Red", "Worse"]],
              row_types=["data", "data"], row_lines=[6, 7])
    out = ind_extractor.from_tables(_Ctx, [t], Period(2024, 2))
    assert [(i.code, i.value, i.period, i.rag) for i in out] == [
        ("WV1", 361.0, "Q2 2024/25", "Green"), ("WV2", 74.0, "Q2 2024/25", "Red")]
    # no stated report period: the latest period column
    out = ind_extractor.from_tables(_Ctx, [t])
    assert [i.value for i in out] == [361.0, 74.0]
    # only a year-to-date column beside the comparators: it holds the value
    t2 = Table(prov=Provenance("x", 5, 7), title="Quarter 3 2023/24",
               columns=["Indicator", "Target", "Previous year", "Year to date", "Status"],
               rows=[["Road casualties", 120, 131, 97, "Amber"]], row_types=["data"], row_lines=[6])
    out = ind_extractor.from_tables(_Ctx, [t2])
    assert [(i.value, i.period) for i in out] == [(97.0, "Q3 2023/24")]


def test_performance_report_table_with_narrative_restatements(tmp_path):
    doc = tmp_path / "perf.txt"
    doc.write_text(
        "Westvale Partnership\nQuarterly Performance Report\nQuarter 2 2024/25\n\n"
        "Ref\tIndicator\tQ2 target\tQ2 2023/24\tQ1 2024/25\tQ2 2024/25\tRAG\tDoT\n"
        "WV1\tBurglary offences\t380\t402\t377\t361\tGreen\tUp\n"
        "WV2\tVehicle crime offences\t250\t240\t262\t281\tRed\tDown\n"
        "WV3\tVictims satisfied (%)\t80\t79\t76\t74\tRed\tDown\n\n"
        "Exceptions\n\nWV2 Vehicle crime offences - RED\n\n"
        "There were 281 vehicle crimes in Quarter 2, up from 262 in Quarter 1, and the total number of vehicle\n"
        "crimes this year is 543.\n")
    rec = extract_path(doc)
    items = {i.code: i for i in rec.items["indicators"] if i.code}
    assert {c: (i.value, i.period) for c, i in items.items()} == {
        "WV1": (361.0, "Q2 2024/25"), "WV2": (281.0, "Q2 2024/25"), "WV3": (74.0, "Q2 2024/25")}
    assert sorted(items["WV2"].locations) == [12, 14]
    # the narrative restatement is the table's item, not a second one
    assert len(rec.items["indicators"]) == 3


def test_rates_quoted_in_minutes():
    rec = extract_path(FIX / "minutes_figures.txt")
    got = [(i.line, i.name, i.period, i.value) for i in rec.items["indicators"]]
    assert got == [
        (8, "Proportion of 999 calls answered within 10 seconds", "Q3 2024/25", 88.5),
        (9, "Positive outcome rate for burglary", "Q3 2024/25", 7.2),
        (10, "Non-emergency calls abandoned", "December 2024", 21.0),
        (13, "Vehicle thefts", "nine months to December 2024", 295.0),
        (19, "Victim satisfaction rate", "2024", 74.0),
        (19, "Victim satisfaction rate", "2023", 79.0),  # the comparison is an observation of its own year
    ]
    # a duration ("25 minutes") and a share of a whole ("represented 12% of") are not indicators


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


def test_year_grid_gives_each_quarter_and_the_year_to_date_which_carries_the_rag():
    """A Q1…Q4 grid with a year-to-date column (pipes, no outer pipes): one item per reported quarter, and one for
    the year to date with the RAG (a letter defined by the key); a measure named "Total …" is not a total row."""
    items = extract_path(FIX / "year_grid_pipes.txt")["indicators"]
    vehicle = [i for i in items if i.name == "Vehicle crime"]
    assert [(i.period, i.value, i.rag) for i in vehicle] == [
        ("Q1 2024/25", 210, None), ("Q2 2024/25", 198, None), ("Q3 2024/25", 187, None),
        ("2024/25 year to date (Q1-Q3)", 595, "Green")]
    assert 12 in vehicle[2].locations  # "Vehicle crime fell to 187 offences in Quarter 3"
    crime = [i for i in items if i.name == "Total recorded crime"]
    assert len(crime) == 4 and crime[-1].rag == "Red"
    assert not any(i.name == "Total" for i in items)
    assert all(i.period != "Last year to date" for i in items)


def test_quarter_grid_without_year_to_date_rates_the_latest_quarter():
    items = extract_path(FIX / "quarter_grid_aligned.txt")["indicators"]
    fires = [i for i in items if i.name == "Dwelling fires"]
    assert [(i.period, i.value, i.rag, i.target) for i in fires] == [
        ("Q1 2025/26", 41, None, None), ("Q2 2025/26", 37, "Green", "40")]


def test_measures_table_in_markdown_pipes():
    items = extract_path(FIX / "measures_pipes.txt")["indicators"]
    m1 = next(i for i in items if i.code == "M1")
    assert (m1.name, m1.period, m1.value, m1.target, m1.rag) == (
        "Emergency calls answered in 10 seconds (%)", "Q1 2025/26", 92.5, "90.0", "Green")
    m2 = next(i for i in items if i.code == "M2")
    assert m2.value == 131 and m2.rag == "Amber" and m2.locations == [10]
    assert len(items) == 2


def test_figures_stated_in_clauses_of_minutes():
    # verbs with counts ("had completed 57 referral orders"), "there were N …", passives ("76 households had been
    # rehoused"), a comparison with its own period as a second item, "of which" parts, a change "from X in P1 to Y
    # in P2" as two items, and the period from the item heading ("Quarter 3 monitoring")
    items = extract_path(FIX / "clause_minutes.txt")["indicators"]
    got = {(i.value, i.period) for i in items}
    assert (57, "Q3 2025/26") in got and (49, "Q3 2024/25") in got
    assert _by(items, "fixed penalty notices").period == "Q3 2025/26"
    assert (14, "December 2025") in got and (19, "December 2024") in got
    assert _by(items, "households").value == 76
    assert _by(items, "inspections").period == "October to December 2025"
    assert _by(items, "unannounced visits").value == 31
    assert (18, "Q2 2025/26") in got and (12, "Q3 2025/26") in got
    # approximate figures, a consultation, a count without a period and a relative clause are not observations
    assert not {300, 640, 3, 95} & {i.value for i in items}


def test_single_quarter_scorecard_with_year_to_date_column():
    # a tab scorecard with the quarter's own column and a year-to-date column: two observations, the RAG (G/A/R
    # defined by a key) on the quarter's
    t = Table(prov=Provenance("x", 5, 7), title="Scorecard Quarter 2 2025/26",
              columns=["Ref", "Measure", "Q2 2025/26", "Target", "Year to date", "RAG"],
              rows=[["SC1", "Burglary offences", 310, 300, 640, "A"]], row_types=["data"], row_lines=[6])
    out = ind_extractor.from_tables(_Ctx, [t], Period(2025, 2))
    assert [(i.value, i.period, i.rag) for i in out] == [(310.0, "Q2 2025/26", "Amber"),
                                                           (640.0, "2025/26 year to date (Q1-Q2)", None)]


def test_header_dates_with_letters_that_fold_oddly_do_not_crash(tmp_path):
    """A case-blind month pattern matches "aprıl" (dotless i) and "ſeptember" (long s); reading their month must
    not fail (it raised KeyError and lost the document's indicators and checks)."""
    from scrutiny.pipeline import extract_path

    text = ("Community Safety Panel, 3 aprıl 2025\n\nPerformance report\n\nMeeting held on 4 ſeptember 2025\n\n"
            "Recorded burglary fell from 412 offences in 2023/24 to 371 in 2024/25, a fall of 10%.\n")
    path = tmp_path / "odd.txt"
    path.write_text(text, encoding="utf-8")
    ex = extract_path(path, strict=True)
    assert not ex.warnings
    assert any("burglary" in (i.name or "").lower() for i in ex.items["indicators"])
