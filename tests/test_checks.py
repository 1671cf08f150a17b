"""Figure checks: totals, rates and changes recomputed from the document's own numbers."""
from __future__ import annotations

from pathlib import Path


from conftest import seed
from scrutiny.check import agreement, check_figures
from scrutiny.clean import mark_noise
from scrutiny.extract import Context
from scrutiny.pipeline import extract_path
from scrutiny.records import DocumentText, Line, Provenance, Table

FIX = Path(__file__).parent / "fixtures" / "indicators"


def _ctx(text: str, tables=()) -> Context:
    lines = [Line(i, 1, t) for i, t in enumerate(text.split("\n"), start=1)]
    doc = DocumentText(name="t.txt", sha256="0" * 64, source_format="txt", lines=lines, pages=1)
    return Context(doc=doc, noise=mark_noise(doc), parts=[], tables=list(tables))


def _bad(checks):
    return [c for c in checks if not c.ok]


def test_agreement_accepts_rounding_and_truncation():
    assert agreement(28.8, 1, 28.814) == "exact"
    assert agreement(42.8, 1, 42.779) == "rounded"
    assert agreement(15.9, 1, 15.965) == "truncated"
    assert agreement(5, 0, 12.42) == "mismatch"
    assert agreement(50, 0, 47.0, "almost") == "qualified"
    assert agreement(50, 0, 22.3, "almost") == "mismatch"
    assert agreement(50, 0, 53.0, "over") == "qualified"


def test_prose_changes_rates_and_truncation_rule():
    checks = extract_path(FIX / "report_q3.txt")["checks"]
    assert len(checks) >= 8
    bad = _bad(checks)
    # 3,150 → 3,250 is +3.17%: "+3.1%" is a truncation where the same paragraph rounds (6.45% → "+6.5%")
    assert [(c.kind, c.stated) for c in bad] == [("stated_change", "+3.1%")]
    assert "rounded" in bad[0].explanation
    kinds = {c.kind for c in checks}
    assert {"stated_change", "stated_rate", "stated_total"} <= kinds
    ytd = [c for c in checks if c.kind == "stated_total"]
    assert all(c.ok for c in ytd) and {c.computed for c in ytd} == {9900, 9430}


def test_minutes_month_breakdown_and_rag_counts():
    checks = extract_path(FIX / "panel_q2.txt")["checks"]
    month = [c for c in checks if c.kind == "stated_total"]
    assert month and month[0].ok and month[0].computed == 41
    assert all(c.ok for c in checks)


def test_band_claim_and_contradicting_rag():
    text = ("PERFORMANCE REPORT: QUARTER 1 (2020/21)\n\n"
            "The RAG ratings follow.\n\n"
            "In Q1, 9 of 40 cases referred to the MARAC were repeat referrals (22.5%). This is within the "
            "recommended range of 28-40%.\n\n"
            "The following indicator rated as 'Red' needs attention:\n\n"
            "• MAR1 – Repeat referrals to the MARAC\n")
    checks = check_figures(_ctx(text))
    band = [c for c in checks if "within" in str(c.stated)]
    assert band and not band[0].ok and band[0].computed == "outside"
    rate = [c for c in checks if c.stated == "22.5%"]
    assert rate and rate[0].ok


def test_rag_against_band_and_direction():
    text = ("PERFORMANCE REPORT: QUARTER 2 (2020/21)\n\n"
            "Currently there are two indicators, of which one is shown as having a green RAG status (those being: "
            "repeat referrals to the MARAC), and one is shown as having a red RAG status (those being: the "
            "burglary offences).\n\n"
            "In Q2, 12 of 40 cases referred to the MARAC were repeat referrals (30.0%). This is within the "
            "recommended range of 28-40%.\n\n"
            "The total number of burglary offences recorded this financial year to date is 900, a decrease of 10.0% "
            "from 1,000 in the previous corresponding period.\n")
    checks = check_figures(_ctx(text))
    rags = [c for c in checks if c.kind == "stated_rag"]
    assert len(rags) == 2
    green = next(c for c in rags if c.stated == "Green")
    assert green.ok
    red = next(c for c in rags if c.stated == "Red")
    assert not red.ok and red.computed == "improved or maintained"  # Red needs "not improved"


def test_fraction_words_and_share_of_a_stated_count():
    text = ("Background\n\n"
            "Last year the force recorded 2,400 burglaries in the borough.\n\n"
            "Of these, 600 burglaries, being 40% of all recorded burglaries, were of sheds. Nearly a fifth (19%) "
            "were repeat victims, and a third (25%) of residents felt unsafe, while one in eight (13%) said so "
            "often.\n")
    checks = check_figures(_ctx(text))
    share = next(c for c in checks if c.stated == "40%")
    assert not share.ok and share.computed == 25.0 and "line 3" in share.explanation
    by = {c.stated: c for c in checks}
    assert by["19%"].ok and by["13%"].ok and not by["25%"].ok


def test_no_checks_without_inputs():
    text = "Report\n\nCrime rose by 4.5% this year and 60% of residents feel safe.\n"
    assert check_figures(_ctx(text)) == []


def _table(rows, types, columns, start=10):
    return Table(prov=Provenance("x", start, start + len(rows)), title="t", columns=columns, rows=rows,
                 row_types=types, row_lines=list(range(start + 1, start + 1 + len(rows))))


def test_table_totals_with_subtotals_and_grand_total():
    t = _table([["North", 10, 5], ["South", 20, 7], ["Area Total", 30, 12],
                ["Unit A", 4, 1], ["Unit B", 6, 2], ["Unit Total", 11, 3],
                ["Force Total", 41, 15]],
               ["data", "data", "subtotal", "data", "data", "subtotal", "total"], ["Area", "Crimes", "Detections"])
    checks = check_figures(_ctx("x\n" * 30, [t]))
    assert len(checks) == 6
    bad = _bad(checks)
    assert [(c.line, c.stated, c.computed) for c in bad] == [(16, 11.0, 10.0)]  # the unit total is one over
    assert all(c.kind == "table_total" for c in checks)
    assert "Unit Total" in bad[0].explanation


def test_subtotal_of_the_rows_just_above_and_rate_columns_skipped():
    t = _table([["Assault", 100, 40, "40%"], ["Rape", 30, 9, "30%"], ["Other sexual", 70, 21, "30%"],
                ["All sexual offences", 100, 30, "30%"]],
               ["data", "data", "data", "subtotal"], ["Offence", "Offences", "Detections", "Detection rate"])
    checks = check_figures(_ctx("x\n" * 30, [t]))
    assert len(checks) == 2 and all(c.ok for c in checks)


def test_table_percentage_rows_recomputed():
    t = _table([["Incidents", 400, 200], ["Crimes", 300, 151], ["Crimes as a % of Incidents", "75.0%", "75.6%"]],
               ["data", "data", "data"], ["Measure", "2019/20", "2018/19"])
    checks = check_figures(_ctx("x\n" * 30, [t]))
    assert [(c.stated, c.ok) for c in checks] == [("75.0%", True), ("75.6%", False)]


def test_tables_with_no_totals_give_no_total_checks():
    t = _table([["A", 1, 2], ["B", 3, 4]], ["data", "data"], ["x", "y", "z"])
    assert check_figures(_ctx("x\n" * 30, [t])) == []


def test_seed_checks_find_disagreements_of_every_kind():
    ex = extract_path(seed("001"))
    checks = ex["checks"]
    bad = _bad(checks)
    assert {c.kind for c in bad} >= {"stated_total", "stated_change", "stated_rate", "stated_rag"}
    assert len(checks) >= 4 * len(bad)
    for c in bad:
        assert c.explanation and c.stated is not None and c.computed is not None


def _doc_checks(path: Path):
    """Checks of a fixture document run through the real table finder (no other extractors)."""
    from scrutiny.read import read_document
    from scrutiny.segment import segment
    from scrutiny.tables import find_tables

    doc = read_document(path)
    noise = mark_noise(doc)
    ctx = Context(doc=doc, noise=noise, parts=segment(doc, noise), tables=[])
    ctx.tables = find_tables(ctx)
    return check_figures(ctx)


def test_prose_rates_recomputed_from_the_tables_they_name():
    checks = _doc_checks(FIX / "checks_ward_tables.txt")
    rates = [c for c in checks if c.kind == "stated_rate" and "table '" in (c.explanation or "")]
    # "respectively" lists, "(of which N% were cautions)", rows matched by label, table chosen by its theme
    assert {(c.stated, c.ok) for c in rates if c.line == 34} == {("40%", True), ("25%", True), ("22%", True),
                                                                ("33%", True)}
    assert any("Table 3: Stalking" in c.explanation for c in rates if c.line == 36)
    bad = {(c.line, c.stated) for c in _bad(checks)}
    assert (36, "25%") in bad  # Riverside's stalking cautions are 6 of 30 SDs = 20%
    assert (38, "40%") in bad  # "almost 40% of all offences … a caution": the total row gives 9.5%
    assert (40, "reduction") in bad  # the two-period table shows a rise 520 → 640
    assert (8, "26.0") in bad  # headline % whose SD count is in the ward table (100 / 400 = 25%)
    assert len(bad) == 4 and len(checks) >= 20


def test_prose_rates_stay_quiet_when_period_or_pairing_is_not_the_tables():
    rows = [["Northgate", 100, 40, 10], ["Riverside", 200, 50, 5], ["Hillcrest", 50, 10, 1],
            ["Area Total", 350, 100, 16]]
    t = _table(rows, ["data", "data", "data", "total"], ["Ward", "Offences", "SDs", "Cautions"], start=1)
    text = "\n" * 8 + "\n".join([
        "In 2019/20 Northgate had an SD rate of 12%.",  # another period than the table's
        "",
        "Northgate and Riverside unit dealt with 30 rapes and 40 other offences, with SD rates of 5% and 9% "
        "respectively.",  # the list pairs with rapes / other offences, not the wards
        "",
        "Riverside had an SD rate of 25% (of which 10% were cautions).",  # agrees: 50/200, 5/50
        "",
        "The force target is a 60% SD rate for Hillcrest.",
    ]) + "\n"
    checks = [c for c in check_figures(_ctx(text, [t])) if c.kind == "stated_rate"]
    assert [(c.stated, c.ok) for c in checks] == [("25%", True), ("10%", True)]


def test_seed_002_prose_against_its_tables():
    checks = _doc_checks(seed("002"))
    bad = _bad(checks)
    kinds = {c.kind for c in bad}
    assert {"table_total", "stated_rate", "stated_change"} <= kinds
    assert len(checks) >= 40 and len([c for c in checks if "table '" in (c.explanation or "")]) >= 15
    assert any(c.kind == "stated_change" and c.stated.startswith("reduction") for c in bad)
