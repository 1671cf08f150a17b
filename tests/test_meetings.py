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


# --- other bodies' styles: the body above the header, summonses, Commons formal minutes and transcripts --------

def test_body_above_header_time_below_and_present_columns():
    (m,) = run("panel_columns.txt")["meetings"]
    assert m["body"] == "Marshfield Police and Crime Panel"  # the line above "Minutes of the meeting held in…"
    assert (m["date"], m["time"]) == ("2025-10-08", "10:30")  # "at 10.30 am" on the line under the header
    assert m["place"] == "Assembly Room, Old Market Hall, Brinton"  # "the" dropped
    assert m["present"] == ["Petra Quayle", "Owen Rudd", "Hana Sorensen", "Victor Tan"]  # name | council columns
    assert m["chair"] == "Petra Quayle"
    assert m["apologies"] == ["Wendy Xu", "Yusuf Zane"]  # a bare "Apologies:" label, the names below


def test_at_a_meeting_of_header_and_initials_in_labelled_groups():
    (m,) = run("initials_minutes.txt")["meetings"]
    assert m["body"] == "Fenwick Police, Fire and Crime Panel"
    assert (m["date"], m["time"], m["place"]) == ("2025-09-15", "14:30", "Shire Offices, Hexby")
    assert m["chair"] == "D. Amos"  # "(in the Chair)"
    assert m["present"] == ["D. Amos", "E. Birch", "F. Cole", "G. Drake", "H. Ennis", "I. Frost", "K. Holt",
                            "L. Irwin"]  # "Councillors:" / "Independent Members:" groups, three columns
    assert m["substitutes"] == ["I. Frost"]
    assert m["apologies"] == ["J. Gale", "N. Kerr"]


def test_councillors_present_co_optee_and_venue_line():
    (m,) = run("moderngov_decisions.txt")["meetings"]
    assert m["place"] == "Room 4, Tolland Civic Centre, Tolland"  # "Venue:" under the header
    assert m["present"] == ["Anna Pell", "Bram Quist", "Cora Reyes", "Dev Sahota", "Elsa Thorne"]
    assert m["chair"] == "Anna Pell" and m["apologies"] == ["Gus Varga"]


def test_summons_front_sheet_with_membership_and_page_numbers():
    (m,) = run("summons_agenda.txt")["meetings"]  # the date inside item 2 is not a meeting
    assert m["body"] == "Coldwater Police and Crime Panel"
    assert (m["date"], m["time"], m["place"]) == ("2026-02-03", "10:00", "Committee Room 1, Town Hall, Coldwater")
    assert m["chair"] == "O. Park"
    assert m["agenda_items"] == [{"number": "1", "title": "APOLOGIES FOR ABSENCE"}, {"number": "2", "title": "MINUTES"},
                                 {"number": "3", "title": "PROPOSED PRECEPT 2026/27"}]


def test_commons_formal_minutes_and_transcript_header(tmp_path):
    (m,) = run("commons_formal_minutes.txt")["meetings"]
    assert (m["body"], m["date"]) == ("Justice Scrutiny Committee", "2025-05-14")
    assert m["present"] == ["Sir Alan Brook", "Carla Dunn", "Eamon Fisk"]  # "Sir" kept; the prose below is not a name
    assert m["chair"] == "Sir Alan Brook"  # ", in the Chair"
    obj = run_text(tmp_path, "Justice Scrutiny Committee\nOral evidence: Youth custody, HC 101\nTuesday 6 May 2025\n\n"
                             "Members present: Sir Alan Brook (Chair); Carla Dunn; Eamon Fisk.\n\nQuestions 1 - 9\n\n"
                             "Witnesses\n\nI: Jane Roe, Governor, Eastfield Prison; and Professor Tom Lee.\n\n"
                             "Q1 Chair: Good morning.\n\nJane Roe: Good morning.\n")
    (t,) = obj["meetings"]
    assert (t["body"], t["date"], t["chair"]) == ("Justice Scrutiny Committee", "2025-05-06", "Sir Alan Brook")
    assert t["present"] == ["Sir Alan Brook", "Carla Dunn", "Eamon Fisk"]  # witnesses are not members present
    assert obj["minute_items"] == [] and obj["resolutions"] == []


def test_held_sentence_forms_and_no_meeting_from_an_agenda_item(tmp_path):
    obj = run_text(tmp_path, "ROWAN VALE POLICE AND CRIME PANEL\n\nMinutes of the meeting held at the Guildhall, Rowan, "
                             "on Monday 2 June 2025 at 10:00\n\nMembers present: Cllr Ann Bee (Chair), Mr Carl Dee\n\n"
                             "Minute 1   Apologies for absence\n\nNone.\n")
    (m,) = obj["meetings"]
    assert (m["body"], m["time"], m["place"]) == ("Rowan Vale Police and Crime Panel", "10:00", "Guildhall, Rowan")
    obj = run_text(tmp_path, "Minutes of the Safer Streets Board meeting held on 5 March 2025 at Town Hall, Esk\n\n"
                             "Present: Councillor Di Fay (Chair)\n\n1 Apologies\n\nNone.\n", name="b.txt")
    (m,) = obj["meetings"]
    assert (m["body"], m["date"], m["place"]) == ("Safer Streets Board", "2025-03-05", "Town Hall, Esk")
    agenda = run_text(tmp_path, "AGENDA\n\nDate: Monday, 12 May 2025\nTime: 10.00 am\nVenue: Room 1\n\n"
                                "1. Apologies\n\n2. Minutes\n   Minutes of the meeting held on 10 February 2025.\n",
                      name="c.txt")
    assert [m["date"] for m in agenda["meetings"]] == ["2025-05-12"]


# --- other header, attendance and chair forms ------------------------------------------------------------------------

def test_generic_body_in_header_takes_the_title_line_and_bracketed_numbering():
    (m,) = run("fire_authority_minutes.txt")["meetings"]
    assert m["body"] == "Eastmarsh Fire Authority"  # "…meeting of the Authority held at…"
    assert (m["date"], m["time"], m["place"]) == ("2025-06-09", "14:00", "Fire HQ, Quay Lane, Eastmarsh")
    assert (m["chair"], m["present"], m["apologies"]) == ("P. Quill", ["P. Quill", "A. Brent", "C. Dove"], ["E. Fenn"])


def test_singular_minute_header_with_place_below_and_members_label():
    (m,) = run("scottish_board_minute.txt")["meetings"]
    assert m["body"] == "Policing Committee"
    assert (m["date"], m["time"]) == ("2025-06-03", "14:00")
    assert m["place"] == "COMMITTEE ROOM 2, CITY CHAMBERS, GLENARDEN"  # "IN COMMITTEE ROOM 2, …" under the date
    assert m["present"] == ["Iain Moffat", "Shona Reid", "Alasdair Kerr"]  # "Committee Members:" column
    assert m["chair"] == "Iain Moffat"  # "(Convener)"
    assert m["apologies"] == ["Ewan Blair"]


def test_bilingual_chair_role_and_name_dash_council_lines():
    (m,) = run("welsh_panel_minutes.txt")["meetings"]
    assert m["body"] == "Upper Vale Police and Crime Panel"
    assert m["chair"] == "Siân Lloyd"  # "(Chair / Cadeirydd)"
    assert m["present"] == ["Siân Lloyd", "Huw Rees", "Gareth Price"]  # "Name - Council" lines
    assert m["substitutes"] == ["Huw Rees"]  # "(substitute for …)" printed after the council
    assert m["apologies"] == ["Aled Morgan"]


def test_authority_board_header_joins_the_title_line(tmp_path):
    obj = run_text(tmp_path, "NORTHMOOR POLICE AUTHORITY\nMINUTE OF THE AUTHORITY BOARD MEETING\n"
                             "HELD ON THURSDAY 5 JUNE 2025 AT 10:00\n\nBoard Members:    Ann Roe (Chair)\n"
                             "                  Ben Cole\n\n1.  OPENING REMARKS\n\nNone.\n")
    (m,) = obj["meetings"]
    assert (m["body"], m["present"], m["chair"]) == ("Northmoor Police Authority Board", ["Ann Roe", "Ben Cole"],
                                                     "Ann Roe")


def test_transcript_date_line_with_time_and_place_and_wrapped_member_list():
    (m,) = run("transcript_dateline.txt")["meetings"]
    assert m["body"] == "Severndale Police and Crime Panel"
    assert (m["date"], m["time"], m["place"]) == ("2025-03-05", "14:00", "Council Chamber, Shire Hall")
    assert m["present"] == ["Joan Bexley", "Tom Ash", "Priya Lal", "Neil Oakes"]  # "Mrs Priya" / "Lal, …" wrapped
    assert m["chair"] == "Joan Bexley"  # witnesses are not members


def test_summons_membership_block_gives_the_chair(tmp_path):
    obj = run_text(tmp_path, "EASTMARSH FIRE AUTHORITY\n\nChair:       Councillor Amy Quill\nVice-Chair:  Councillor "
                             "Ben Brent\nMembers:     Councillors C. Dove and E. Fenn\n\nYou are hereby summoned to "
                             "attend a meeting of the EASTMARSH FIRE AUTHORITY to be held at Fire HQ on MONDAY, "
                             "9 JUNE 2025 at 2.00 PM.\n\nAGENDA\n\n1.  Apologies for absence\n2.  Minutes\n")
    (m,) = obj["meetings"]
    assert (m["body"], m["date"], m["time"], m["chair"]) == ("Eastmarsh Fire Authority", "2025-06-09", "14:00",
                                                             "Amy Quill")
    assert [a["number"] for a in m["agenda_items"]] == ["1", "2"]
    assert m["present"] == []  # a membership list is not attendance


def test_board_notes_header_with_bare_time_range_place_run_on_and_ranked_attendance():
    # "Note of the meeting held on <date>, 09:30 - 11:00, <place wrapped onto the next line>"; a name + post column
    # list whose ranks ("Deputy Chief Constable", "Det Supt") are not part of the names
    (m,) = run("board_notes.txt")["meetings"]
    assert (m["body"], m["date"], m["time"]) == ("Executive Assurance Board", "2025-06-03", "09:30")
    assert m["place"] == "Meeting Room 4, Force Headquarters, Quarry Lane, Marshby"
    assert m["chair"] == "Dana Okoro"  # "(Chair)" printed in the post column
    assert m["present"] == ["Dana Okoro", "Ruth Penhale", "Ivo Grant", "Kira Lomax"]
    assert m["apologies"] == ["Paul Rees"]


def test_other_record_words_name_a_meeting_record(tmp_path):
    for word in ("Notes", "Record", "Action notes"):
        obj = run_text(tmp_path, f"WESTFOLD COMMUNITY SAFETY PARTNERSHIP BOARD\n\n{word} of the meeting held on "
                                 "Friday 4 July 2025 at 2.00 pm\n\nPresent: Ann Lee (Chair), Bo Tan\n\n"
                                 "1. Welcome\n\nNone.\n")
        (m,) = obj["meetings"]
        assert (m["date"], m["time"], m["present"]) == ("2025-07-04", "14:00", ["Ann Lee", "Bo Tan"]), word
