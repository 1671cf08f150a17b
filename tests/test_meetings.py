"""Meetings from agenda front sheets and minutes headers in three styles."""
from __future__ import annotations

import json

from _meeting_helpers import run, run_text
from scrutiny.extract._common import display_name, parse_time, split_names


def _by_date(obj: dict) -> dict:
    return {m["date"]: m for m in obj["meetings"]}


def test_assembly_agenda_and_minutes_give_one_meeting_per_date():
    obj = run("assembly_pack.txt")
    ms = _by_date(obj)
    assert set(ms) == {"2020-03-11", "2020-02-05"}
    agenda = ms["2020-03-11"]
    assert agenda["body"] == "Community Safety Committee"
    assert agenda["time"] == "14:00"
    assert agenda["place"] == "Committee Room 5, City Hall, Riverside Walk, London, SE9 9ZZ"  # wrapped value
    assert agenda["chair"] == "Alice Marsh AM"
    assert agenda["present"] == []  # an agenda lists members, not attendance
    assert [a["number"] for a in agenda["agenda_items"]] == ["1", "2", "3", "4", "5"]
    assert agenda["agenda_items"][2]["title"] == "Summary List of Actions"  # "(Pages …)" dropped
    assert agenda["line"] == 3 and 20 in agenda["locations"]  # the second agenda listing is the same meeting


def test_assembly_minutes_attendance_and_substitution_in_prose():
    m = _by_date(run("assembly_pack.txt"))["2020-02-05"]
    assert m["present"] == ["Alice Marsh AM", "Brian Okafor MBE AM", "Omar Patel AM", "Tim Rowe AM"]
    assert m["apologies"] == ["Sarah Lind AM", "Hannah Gough AM"]
    assert m["substitutes"] == ["Tim Rowe AM"]
    assert m["chair"] == "Alice Marsh AM"
    assert m["agenda_items"][2] == {"number": "3", "title": "Knife Crime in the Capital"}


def test_moderngov_front_sheet_and_minutes_header():
    ms = _by_date(run("moderngov_pack.txt"))
    agenda, minutes = ms["2023-03-13"], ms["2023-01-16"]
    assert agenda["body"] == "Community Safety Overview & Scrutiny Sub-Committee"
    assert agenda["time"] == "18:30"
    assert agenda["place"] == "Council Chamber, Civic Centre, High Street, Easton"
    assert agenda["chair"] == "Maria Deacon"
    assert agenda["agenda_items"][3] == {"number": "4", "title": "YOUTH OFFENDING SERVICE - UPDATE"}
    assert minutes["time"] == "18:30"  # "(6.30 - 8.10 pm)": the start shares the end's pm
    assert minutes["place"] == "Committee Room 2, Civic Centre, High Street, Easton"
    assert minutes["present"] == ["Maria Deacon", "Paul Frost", "Imran Sadiq", "Olive Barrett", "Nadia Cole"]
    assert minutes["apologies"] == ["Kevin Lowe", "Gerald Price"]
    assert minutes["substitutes"] == ["Nadia Cole"]


def test_panel_minutes_header_in_one_sentence():
    (m,) = run("panel_minutes.txt")["meetings"]
    assert m["body"] == "Westshire Police and Crime Panel"
    assert (m["date"], m["time"], m["place"]) == ("2023-06-09", "10:30", "County Hall, Westbury")
    assert m["chair"] == "Ann Hale"
    assert m["present"] == ["Ann Hale", "Raj Mehta", "Tom Ellis", "Oliver Grant"]
    assert m["apologies"] == ["Fiona Webb", "Dev Nair"]
    assert m["substitutes"] == ["Tom Ellis"]


def test_split_header_over_lines_and_no_meeting_in_a_letter(tmp_path):
    obj = run_text(tmp_path, "MINUTES OF A MEETING OF THE\nPOLICE AND CRIME PANEL\nCouncil Chamber, Town Hall\n"
                             "4 July 2022 (2.00 - 4.00 pm)\n\nPresent:\n\nCouncillors Amy Roe (Chair) and Ben Lee\n\n"
                             "1 APOLOGIES\n\nNone.\n")
    (m,) = obj["meetings"]
    assert (m["body"], m["date"], m["time"]) == ("Police and Crime Panel", "2022-07-04", "14:00")
    assert m["place"] == "Council Chamber, Town Hall"
    assert m["present"] == ["Amy Roe", "Ben Lee"] and m["chair"] == "Amy Roe"
    letter = run_text(tmp_path, "15 March 2021\n\nDear Chair\n\nI agreed to write to you after the meeting of the "
                                "Committee on 4 March 2021.\n\nYours sincerely\n", name="letter.txt")
    assert letter["meetings"] == [] and letter["actions"] == []


def test_helpers():
    assert parse_time("10.00 am") == "10:00"
    assert parse_time("(7.00 - 8.35 pm)") == "19:00"
    assert parse_time("19.00", require_marker=False) == "19:00"
    assert parse_time("12 noon") == "12:00"
    assert display_name("+Councillor Jane Roe (In place of John Doe)") == "Jane Roe"
    assert display_name("East Herts District Council") is None
    names = [n for n, _, _ in split_names("Councillors A. Smith (Chairman), Bea Jones, Carl Dyer and +Di Hart (In place "
                                          "of Ed Fox, Deputy)")]
    assert names == ["A. Smith", "Bea Jones", "Carl Dyer", "Di Hart"]


def test_seed_meetings_against_gold(gold_dir):
    from conftest import seed

    path = seed("004")
    from scrutiny.contract import to_contract
    from scrutiny.pipeline import extract_path

    obj = to_contract(extract_path(path))
    gold = json.loads((gold_dir / (path.stem + ".json")).read_text())
    got = _by_date(obj)
    for g in gold["meetings"]:
        assert g["date"] in got
        if g.get("present"):
            assert sorted(got[g["date"]]["present"]) == sorted(g["present"])
            assert sorted(got[g["date"]]["apologies"]) == sorted(g["apologies"])
