"""Tables in every layout we meet, read cell by cell, with row types and row lines."""
from __future__ import annotations

import json

import pytest

from scrutiny.clean import mark_noise
from scrutiny.extract import Context
from scrutiny.read import read_document
from scrutiny.tables import find_tables, parse_cell

from conftest import FIXTURES, seed

TAB = FIXTURES / "tables"


def _tables(path):
    doc = read_document(path)
    return doc, find_tables(Context(doc=doc, noise=mark_noise(doc), parts=[]))


@pytest.mark.parametrize("text, value", [
    ("1,234", 1234), ("22%", 22.0), ("24.5%", 24.5), ("7766", 7766), ("3.0", 3.0), ("9025 ¹⁵", 9025),
    ("-", "-"), ("116 47 1", "116 47 1"), ("Barnet", "Barnet"), ("£1,500", 1500), ("−4", -4),
])
def test_parse_cell(text, value):
    got = parse_cell(text)
    assert got == value and type(got) is type(value)


def test_tab_separated_table_across_a_footnote():
    doc, tables = _tables(TAB / "tabs.txt")
    assert len(tables) == 1
    t = tables[0]
    assert t.title == "Stop and search by district"
    assert t.columns == ["District", "Searches", "Arrests", "Arrest rate"]
    assert t.rows == [["North", 1204, 230, 19.1], ["East", 988, 151, 15.3], ["South", 1530, 402, 26.3],
                      ["Total", 3722, 783, 21.0]]
    assert t.row_types == ["data", "data", "data", "total"]
    assert [doc.text(n).split("\t")[0] for n in t.row_lines] == ["North", "East", "South", "Total"]
    assert t.prov.start_line == 1 and doc.text(t.prov.end_line).startswith("Total")


def test_aligned_columns_with_subtotal():
    doc, tables = _tables(TAB / "aligned.txt")
    assert len(tables) == 1
    t = tables[0]
    assert t.title == "Complaints received by quarter"
    assert t.columns == ["Category", "Q1", "Q2", "Q3"]
    assert t.rows[1] == ["Use of force", 12, 9, 14]
    assert t.row_types == ["data", "data", "data", "subtotal", "data", "total"]
    assert t.row_lines == [4, 5, 6, 7, 8, 9]


def test_label_and_numbers_with_single_spaces():
    doc, tables = _tables(TAB / "numeric.txt")
    assert len(tables) == 1
    t = tables[0]
    assert t.title == "Repeat victims 12 months to March 2022 – key figures"
    assert t.rows == [["Domestic abuse", 4210, 1180, 28.0], ["Stalking", 640, 212, 33.1],
                      ["Harassment", 1902, "-", 12.0], ["Total", 6752, 1392, 20.6]]
    assert t.row_types[-1] == "total"
    assert t.row_lines == [4, 5, 6, 7]


def test_flattened_one_cell_per_line():
    doc, tables = _tables(TAB / "flat.txt")
    assert len(tables) == 1
    t = tables[0]
    assert t.columns == ["District", "Arrests", "Charges"]
    assert t.rows == [["North", 230, 120], ["East", 151, 88], ["South", 402, 197], ["Force total", 783, 405]]
    assert t.row_types == ["data", "data", "data", "total"]
    assert [doc.text(n) for n in t.row_lines] == ["North", "East", "South", "Force total"]
    assert t.title == "Arrests by district"


def test_html_table_in_text():
    doc, tables = _tables(TAB / "html.txt")
    assert len(tables) == 1
    t = tables[0]
    assert t.title == "Officer recruitment 2021/22"
    assert t.columns == ["Intake", "Joined", "Left"]
    assert t.rows == [["Spring", 1020, 312], ["Autumn & winter", 880, 290], ["Total", 1900, 602]]
    assert t.row_types == ["data", "data", "total"]
    assert t.row_lines == [3, 4, 5]


def test_prose_with_numbers_is_not_a_table():
    from scrutiny.read import read_bytes

    doc = read_bytes(("Incidents fell from 60 in 2019 to 30 in 2020.\nOffences rose by 12 to 56.\n"
                      "The rate was 10% against 8% last year.\n").encode(), "p.txt")
    assert find_tables(Context(doc=doc, noise=mark_noise(doc), parts=[])) == []


def test_seed_002_tables_cell_for_cell(gold_dir):
    """The borough tables of the annual report seed: every numeric gold cell comes out right."""
    path = seed("002")
    gold = json.loads((gold_dir / f"{path.stem}.json").read_text())["tables"]
    doc, tables = _tables(path)
    right = total = 0
    for g in gold:
        rows = g.get("rows") or []
        want = {_key(r[0]): [c for c in r[1:] if isinstance(c, (int, float))] for r in rows}
        total += sum(len(v) for v in want.values())
        best = 0
        for t in tables:  # the table that matches this gold table best
            got = {_key(r[0]): [c for c in r[1:] if isinstance(c, (int, float))] for r in t.rows}
            best = max(best, sum(1 for k, v in want.items() for a, b in zip(v, got.get(k, [])) if abs(a - b) < 0.051))
        right += best
    assert total > 100
    assert right / total >= 0.95


def _key(label) -> str:
    return " ".join(w for w in str(label).lower().replace("&", " ").split())


def test_pipe_table_with_rule_outer_pipes_and_caption_below():
    doc, tables = _tables(TAB / "pipes.txt")
    assert len(tables) == 1
    t = tables[0]
    assert t.columns == ["Area", "Searches", "Arrests", "Arrest rate"]
    assert t.rows == [["Northgate", 1210, 244, 20.2], ["Riverside", 965, 150, 15.5], ["Total", 2175, 394, 18.1]]
    assert t.row_types == ["data", "data", "total"]
    assert t.row_lines == [5, 6, 7]
    assert t.title == "Stop and search outcomes by area, 2023/24"


def test_pipe_table_without_outer_pipes_or_rule_and_a_wrapped_row():
    doc, tables = _tables(TAB / "pipes_bare.txt")
    assert len(tables) == 1
    t = tables[0]
    assert t.columns == ["Project", "Funder", "2024/25", "2025/26"]
    assert t.rows[1] == ["Youth diversion", "Office of the Police and Fire Commissioner", 55000, 60000]
    assert [r[0] for r in t.rows] == ["Safer routes", "Youth diversion", "Street lighting"]
    assert t.row_lines == [4, 5, 7]


def test_aligned_table_with_dashed_rule_wrapped_and_touching_cells():
    doc, tables = _tables(TAB / "aligned_wrapped.txt")
    assert len(tables) == 1
    t = tables[0]
    assert t.columns == ["No.", "Raised", "Action", "Lead", "Due", "Status"]
    assert t.rows[0] == [14, "02/02/2025", "Circulate the revised estates strategy to all members", "OPCC",
                         "31/03/2025", "Open"]
    assert t.rows[1][2] == "Report the outcome of the review of custody healthcare provision across the three suites"
    assert t.rows[2][3:] == ["Democratic Services", "30/06/2025", "Open"]
    assert t.row_lines == [5, 7, 10]


def test_aligned_header_wrapped_over_two_lines():
    doc, tables = _tables(TAB / "aligned_header_wrap.txt")
    assert len(tables) == 1
    t = tables[0]
    assert t.columns == ["Month", "Calls", "Answered within target (%)", "Abandoned"]
    assert t.rows[0] == ["April", 10402, 88.1, 4.2]


def test_tab_rows_with_wrapped_cells(tmp_path):
    """A PDF prints a cell too long for its column on the lines below its row; the reader gives those lines
    leading tabs up to the cell's column. They carry on the row above (a header's too), not rows of their own."""
    rows = ["Ref\tAction\tOwner\tSame period\tRAG",
            "\t\t\tlast year\t",
            "41\tProvide the number of officers trained\tChief Constable\t12\tGreen",
            "\tin trauma-informed interviewing",
            "\tsince April 2025",
            "42\tCirculate the response to the inspection\tOPCC\t9\tAmber",
            "\t\t18",  # a figure with no label is a row of its own, not a wrapped cell
            ""]
    path = tmp_path / "wrapped.txt"
    path.write_text("Outstanding actions\n\n" + "\n".join(rows) + "\n", encoding="utf-8")
    _, (table,) = _tables(path)
    assert table.columns == ["Ref", "Action", "Owner", "Same period last year", "RAG"]
    assert [r[1] for r in table.rows[:2]] == [
        "Provide the number of officers trained in trauma-informed interviewing since April 2025",
        "Circulate the response to the inspection"]
    assert table.row_lines[:2] == [5, 8]
    assert len(table.rows) == 3 and table.prov.end_line == 9


def test_long_text_under_a_header_repeated_at_a_page_break_is_a_row(tmp_path):
    """An action list's header is printed again at the top of a page and the row carried over starts with its
    label cell empty: a long text under the header is that row, not more words of the header."""
    long = ("were not; and what further work was needed. To write to the Chair about the rates of repeat "
            "victimisation in each borough")
    rows = ["Minute\tAction required\tStatus\tAction by", f"\t{long}\tCompleted\t",
            "", "", "Minute\tAction required\tStatus\tAction by", "6\tTo send the Committee the report\tOpen\tMOPAC"]
    path = tmp_path / "repeat.txt"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    _, tables = _tables(path)
    assert tables[0].columns == ["Minute", "Action required", "Status", "Action by"]
    assert tables[0].rows[0][1] == long
