"""Minute items and resolutions in London Assembly, ModernGov council and panel minutes."""
from __future__ import annotations

from _meeting_helpers import run, run_text


def test_assembly_minute_items_and_lettered_resolutions():
    obj = run("assembly_pack.txt")
    items = {m["number"]: m for m in obj["minute_items"]}
    assert list(items) == ["1", "2", "3", "4"]
    assert items["3"]["title"] == "Knife Crime in the Capital"  # "(Item 3)" dropped
    assert items["3"]["meeting_date"] == "2020-02-05"
    assert items["2"]["outcome"].startswith("resolved")
    res = obj["resolutions"]
    assert [(r["item"], r["line"]) for r in res] == [("2", 62), ("3", 79), ("3", 80)]
    assert res[1]["text"] == "That the report and the answers given by the invited guests be noted; and"
    assert all(r["meeting_date"] == "2020-02-05" for r in res)
    # numbered paragraphs ("3.3 During…") and the transcript after the minutes are not minute items
    assert all(m["line"] < 90 for m in obj["minute_items"])


def test_moderngov_items_continue_numbering_with_outcomes():
    obj = run("moderngov_pack.txt")
    got = [(m["number"], m["title"], m["outcome"]) for m in obj["minute_items"]]
    assert got == [
        ("21", "MINUTES OF THE MEETING", "agreed and signed"),
        ("22", "EASTON PROBATION SERVICE - UPDATE", "noted"),
        ("23", "STREET LIGHTING TASK GROUP", None),
        ("24", "ANTI-SOCIAL BEHAVIOUR PERFORMANCE", "resolved: noted"),
    ]
    (r,) = obj["resolutions"]
    assert r["item"] == "24" and r["text"].startswith("that the report be noted")


def test_panel_unanimous_and_inline_numbered_resolutions():
    obj = run("panel_minutes.txt")
    items = {m["number"]: m["outcome"] for m in obj["minute_items"]}
    assert items["2"] == "unanimously resolved: signed"
    assert items["4"] == "agreed"  # a bare "Agreed." line
    assert items["1"] is None  # "There were none."
    texts = [r["text"] for r in obj["resolutions"] if r["item"] == "3"]
    assert texts == ["that the report be noted;",
                     "that the Commissioner be asked to report on call handling at the next meeting."]


def test_number_alone_on_a_line_with_title_below(tmp_path):
    obj = run_text(tmp_path, "Minutes of the meeting of the Safer Borough Board held at the Guildhall on 3 May 2022\n\n"
                             "Present: Councillor Lucy Park (Chair)\n\n"
                             "5.\n\nPUBLIC QUESTIONS\n\nThere were no questions.\n\n"
                             "6.\n\nPOLICING UPDATE\n\nRESOLVED:\n\n(a) That the update be noted.\n\n"
                             "(b) That the Inspector report back in September.\n")
    assert [(m["number"], m["title"]) for m in obj["minute_items"]] == [("5", "PUBLIC QUESTIONS"),
                                                                         ("6", "POLICING UPDATE")]
    assert [r["text"] for r in obj["resolutions"]] == ["That the update be noted.",
                                                       "That the Inspector report back in September."]


def test_seed_resolutions_match_gold(gold_dir):
    import json

    from conftest import seed

    from scrutiny.contract import to_contract
    from scrutiny.pipeline import extract_path

    path = seed("004")
    obj = to_contract(extract_path(path))
    gold = json.loads((gold_dir / (path.stem + ".json")).read_text())
    assert [(r["item"], r["line"]) for r in obj["resolutions"]] == [(g["item"], g["line"]) for g in gold["resolutions"]]


# --- other numbering styles, resolution markers and outcomes ----------------------------------------------------

def test_prefixed_reference_numbering_and_lead_in_with_lower_case_sub_points():
    obj = run("panel_columns.txt")
    got = [(m["number"], m["title"], m["outcome"]) for m in obj["minute_items"]]
    assert [g[0] for g in got] == ["PCP/25/31", "PCP/25/32", "PCP/25/33", "PCP/25/34", "PCP/25/35"]
    assert got[4][2] == "noted"  # a bare "NOTED."
    assert got[3][2] == "unanimously resolved: noted"  # "RESOLVED UNANIMOUSLY: That the Panel (a) notes…"
    res = [(r["item"], r["text"], r["line"]) for r in obj["resolutions"]]
    assert res[1:] == [
        ("PCP/25/33", "the update be noted; and", 40),  # "RESOLVED: That" only introduces (a) and (b)
        ("PCP/25/33", "the Commissioner report on wildlife crime to the Panel in January 2026.", 41),
        ("PCP/25/34", "notes the report;", 48),
        ("PCP/25/34", "asks for victim satisfaction figures in every future report.", 49),
    ]


def test_item_year_numbering_decision_agreed_and_noted():
    obj = run("moderngov_decisions.txt")
    got = [(m["number"], m["outcome"]) for m in obj["minute_items"]]
    assert got == [("61/25", None), ("62/25", "resolved: approved"), ("63/25", "agreed"), ("64/25", "noted")]
    res = [(r["item"], r["text"]) for r in obj["resolutions"]]
    assert res == [("62/25", "that the minutes of the meeting held on 2 October 2025 be approved."),  # "It was RESOLVED"
                   ("63/25", "to ask the Cabinet Member to publish the knife crime action plan;"),  # i) / ii)
                   ("63/25", "to review progress at the March meeting."),
                   ("64/25", "NOTED the quarterly performance report.")]


def test_resolved_unanimously_with_lettered_that_clauses():
    obj = run("initials_minutes.txt")
    assert [(m["number"], m["outcome"]) for m in obj["minute_items"]] == [
        ("11", None), ("12", "unanimously resolved: supported")]  # "supports" read as the outcome "supported"
    assert [r["line"] for r in obj["resolutions"]] == [31, 33]


def test_commons_resolved_comma_that_but_not_ordered():
    (r,) = run("commons_formal_minutes.txt")["resolutions"]
    assert (r["item"], r["text"]) == (None, "That the Report be the Second Report of the Committee to the House.")


def test_minute_and_item_labels_and_prefix_item_year(tmp_path):
    obj = run_text(tmp_path, "Minutes of the meeting of the Moor Panel held on 3 March 2025\n\nPresent: Cllr Amy Roe\n\n"
                             "Minute 4   Commissioner's response to the Panel's report on the precept\n\n"
                             "The Panel AGREED:\n(a) to note the response;\n(b) to ask for a briefing on estates.\n\n"
                             "Minute 5   Date of next meeting\n\n7 July 2025.\n")
    assert [(m["number"], m["outcome"]) for m in obj["minute_items"]] == [("4", "agreed"), ("5", None)]
    assert [r["text"] for r in obj["resolutions"]] == ["to note the response;", "to ask for a briefing on estates."]
    obj = run_text(tmp_path, "Minutes of the meeting of the Moor Panel held on 24 January 2025\n\nPresent: Cllr Amy Roe\n\n"
                             "PCP 1/25  Declarations of interest\nNone.\n\nPCP 2/25  Minutes\n"
                             "RESOLVED: That the minutes be agreed.\n\nPCP 3/25  Precept\nNoted.\n", name="b.txt")
    assert [m["number"] for m in obj["minute_items"]] == ["PCP 1/25", "PCP 2/25", "PCP 3/25"]  # item 1 of 2025, …
    obj = run_text(tmp_path, "Minutes of the meeting of the Moor Panel held on 24 January 2025\n\nPresent: Cllr Amy Roe\n\n"
                             "Item 1   Apologies\nNone.\n\nItem 2   Precept\nRESOLVED UNANIMOUSLY that the precept be "
                             "supported.\n", name="c.txt")
    assert [(m["number"], m["outcome"]) for m in obj["minute_items"]] == [
        ("1", None), ("2", "unanimously resolved: supported")]


# --- numbering in brackets, blank pages, capitalised decisions -------------------------------------------------------

def test_bracketed_numbers_run_past_a_blank_page_notice():
    obj = run("fire_authority_minutes.txt")
    assert [(m["number"], m["title"], m["outcome"]) for m in obj["minute_items"]] == [
        ("12", "MINUTES", "resolved: confirmed"),
        ("13", "SPRINKLER PROGRAMME", "resolved: noted"),
        ("14", "ANY OTHER BUSINESS", None),  # after "This page is intentionally left blank"
    ]
    # "(1) the report be noted" is a sub-point, not a heading, and "(13) SPRINKLER…" is not a resolution
    assert [(r["item"], r["text"]) for r in obj["resolutions"]] == [
        ("12", "that the minutes of the meeting held on 1 April 2025 be confirmed."),
        ("13", "the report be noted; and"),
        ("13", "the Chief Fire Officer reports again in the autumn."),
    ]


def test_capitalised_board_decisions_with_numbered_paragraphs():
    obj = run("scottish_board_minute.txt")
    assert [(m["number"], m["outcome"]) for m in obj["minute_items"]] == [
        ("1", "approved"),  # "1.1 The minute … was approved."
        ("2", "noted"),
        ("3", "approved; endorsed"),
    ]
    assert [(r["item"], r["text"], r["line"]) for r in obj["resolutions"]] == [
        ("2", "The Committee NOTED the report and REQUESTED a further update.", 20),
        ("3", "APPROVED the revised budget;", 25),  # "The Committee:" then i) / ii)
        ("3", "ENDORSED the savings plan.", 26),
    ]


def test_lower_case_body_verb_is_an_outcome_not_a_resolution(tmp_path):
    obj = run_text(tmp_path, "MINUTE OF THE SAFER CITY BOARD MEETING\nHELD ON 4 JUNE 2025 AT 10:00\n\n"
                             "Board Members: Ann Roe (Chair)\n\n1.  UPDATE\n\n1.1 The Board noted the update.\n\n"
                             "2.  PLAN\n\n2.1 The Board APPROVED the plan, subject to minor changes.\n")
    assert [(m["number"], m["outcome"]) for m in obj["minute_items"]] == [("1", "noted"), ("2", "approved")]
    assert [r["text"] for r in obj["resolutions"]] == ["The Board APPROVED the plan, subject to minor changes."]


def test_min_labels_and_several_decision_verbs_in_one_outcome(tmp_path):
    obj = run("welsh_panel_minutes.txt")
    assert [(m["number"], m["title"]) for m in obj["minute_items"]] == [("12", "APOLOGIES"), ("13", "PRECEPT")]
    obj = run_text(tmp_path, "Minutes of the meeting of the Moor Panel held on 3 March 2025\n\nPresent: Cllr Amy Roe\n\n"
                             "Mins. 7   Estates strategy\n\nRESOLVED that the strategy be noted and that the Panel "
                             "supports the sale of the depot.\n\nMins. 8   Scrutiny review\n\nRESOLVED that:\n"
                             "(a) the review be noted;\n(b) the findings be forwarded to the Commissioner.\n")
    assert [(m["number"], m["outcome"]) for m in obj["minute_items"]] == [
        ("7", "resolved: noted, supported"), ("8", "resolved: noted, forwarded")]


def test_board_notes_numbered_items_over_decimal_paragraphs():
    items = run("board_notes.txt")["minute_items"]
    assert [(i["number"], i["title"], i["outcome"]) for i in items] == [
        ("1", "Notes and actions of the last meeting", "agreed"), ("2", "Public protection", None),
        ("3", "Any other business", None)]


def test_sub_point_list_opened_inside_the_resolution_line_goes_on_below():
    # "That (i) … ; and" / "(ii) …": each sub-point its own resolution
    res = [r for r in run("council_minutes_asks.txt")["resolutions"] if r["item"] == "12"]
    assert [(r["line"], r["text"][:24]) for r in res] == [(18, "That (i) the report be n"),
                                                          (19, "the Committee's support ")]


def test_resolved_lead_in_carries_on_over_a_page_break(tmp_path):
    """"RESOLVED: That the Committee" at the foot of a page, its points after the next page's header and number."""
    from scrutiny.pipeline import extract_path

    text = ("ASHCOMBE BOROUGH COUNCIL\n\nMINUTES of a meeting of the Community Safety Scrutiny Committee held on "
            "Tuesday 7 October 2025 at 7.00 pm\n\nPresent: Councillors A Lee (Chair), B Fry and C Moss\n\n"
            "36. Public Spaces Protection Order\n\nMembers discussed the consultation results.\n\n"
            "RESOLVED: That the Committee\n\n\fPage 2\n\n"
            "(1) support the renewal of the order for three years; and\n"
            "(2) ask the Cabinet Member to consider extending the order to the station forecourt.\n\n"
            "37. Work Programme\n\nRESOLVED: That the work programme be noted.\n")
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    found = [r.text for r in extract_path(path, strict=True).items["resolutions"]]
    assert any(t.startswith("support the renewal of the order") for t in found), found
    assert any(t.startswith("ask the Cabinet Member to consider") for t in found), found
    assert any("work programme be noted" in t for t in found), found
