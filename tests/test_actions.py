"""Actions arising: action-list tables however rendered, and undertakings in minutes."""
from __future__ import annotations

import json

import pytest

from _meeting_helpers import run, run_text
from scrutiny.status import status_code


def _assembly():
    return run("assembly_pack.txt")["actions"]


def test_minutes_undertaking_and_table_row_are_one_item():
    acts = _assembly()
    knife = [a for a in acts if "knife seizures" in a["text"]]
    assert len(knife) == 1
    a = knife[0]
    assert a["line"] == 101 and sorted(a["locations"]) == [73, 101]  # minutes 3.3 (page-broken) + table row
    assert (a["meeting_date"], a["minute_item"], a["owner"], a["person"]) == ("2020-02-05", "3", "MPS",
                                                                             "Commander Vance")
    assert (a["status"], a["status_code"], a["deadline"]) == ("In progress", "in_progress", "n/a")
    # the transcript's "I undertook…" is not an action
    assert not any(a["line"] in range(88, 92) for a in acts)


def test_orphan_fragment_keeps_meeting_date_null():
    orphan = [a for a in _assembly() if a["line"] == 104]
    assert [a["text"][:30] for a in orphan] == ["rather than by ward; and how o", "To write to the Chair about th",
                                                "To send the Committee the term", "He also undertook to share the"]
    assert all(a["meeting_date"] is None and a["minute_item"] is None for a in orphan)


def test_parallel_status_and_owner_lists_in_one_row():
    row = [a for a in _assembly() if a["line"] == 109]
    assert [(a["owner"], a["status_code"], a["deadline_date"]) for a in row] == [("MPS", "completed", None),
                                                                                 ("MOPAC", "in_progress", "2020-05-31")]
    assert row[0]["status"] == "Completed. The letter from the MPS is attached at Appendix 1."
    assert row[0]["person"] == "The Deputy Commissioner, MPS"
    assert all(a["meeting_date"] == "2020-01-08" for a in row)


def test_list_items_after_a_lead_in_are_separate_actions():
    row = [a for a in _assembly() if a["line"] == 110]
    assert [a["text"] for a in row] == [
        "The Assistant Commissioner, MPS to provide the Committee with: Details of referrals to diversion schemes in "
        "each borough",
        "The Assistant Commissioner, MPS to provide the Committee with: The number of young people who completed a "
        "scheme."]
    assert {a["status_code"] for a in row} == {"completed"}


def test_standing_item_under_its_own_heading_has_no_meeting_date():
    (a,) = [a for a in _assembly() if a["minute_item"] == "4"]
    assert a["meeting_date"] is None and a["owner"] == "Executive Director of Secretariat"


def test_reported_intentions_in_council_minutes():
    acts = run("moderngov_pack.txt")["actions"]
    got = {a["line"]: a for a in acts}
    assert set(got) == {56, 58, 66, 70}  # "would not be changed" (60) is not an action
    assert got[56]["text"].startswith("Members asked how many people")  # the question gives the topic
    assert got[58]["owner"] == "Easton Probation Service" and got[58]["deadline"] == "next week"
    assert got[66]["owner"] == "Street Lighting Task Group" and got[66]["deadline"] == "next meeting"
    assert got[70]["owner"] == "Community Safety Team" and got[70]["status_code"] == "in_progress"
    assert all(a["meeting_date"] == "2023-01-16" for a in acts)


def test_panel_lettered_list_and_action_label():
    acts = run("panel_minutes.txt")["actions"]
    assert [a["text"] for a in acts] == [
        "The Commissioner undertook to: provide the Panel with the call handling times for the non-emergency number;",
        "The Commissioner undertook to: write to the Chair about the vetting backlog.",
        "Panel officer to circulate the revised work programme to members."]
    assert [a["line"] for a in acts] == [21, 23, 25]
    assert acts[0]["person"] == "The Commissioner" and acts[0]["minute_item"] == "3"


def test_cell_per_line_table(tmp_path):
    text = "\n".join([
        "Summary List of Actions", "", "Meeting of 2 March 2021", "",
        "Minute item", "Action", "Status", "Action by", "Deadline", "",
        "4.", "The Chief Constable agreed to provide the Panel with the number of officers trained in first aid.",
        "Completed.", "Police", "n/a",
        "7.", "To write to the Chair about the review of custody suites.", "In progress",
        "Office of the Police and Crime Commissioner", "30 June 2021", ""])
    acts = run_text(tmp_path, text)["actions"]
    assert [(a["minute_item"], a["status"], a["deadline"], a["meeting_date"]) for a in acts] == [
        ("4", "Completed.", "n/a", "2021-03-02"), ("7", "In progress", "30 June 2021", "2021-03-02")]
    # the Commissioner's office as the document names it, with the acronym the genre uses
    assert acts[1]["owner"] == "Office of the Police and Crime Commissioner (OPCC)"
    assert acts[1]["deadline_date"] == "2021-06-30"
    assert acts[0]["person"] == "The Chief Constable"


def test_pipe_table_with_date_column(tmp_path):
    text = ("Action log\n\n| Ref | Date raised | Action | Owner | Status |\n|---|---|---|---|---|\n"
            "| 12 | 14/09/2022 | Circulate the hate crime dashboard to members | OPCC | Overdue |\n")
    (a,) = run_text(tmp_path, text)["actions"]
    assert (a["minute_item"], a["meeting_date"], a["owner"], a["status_code"]) == (
        "12", "2022-09-14", "Office of the Police and Crime Commissioner (OPCC)", "overdue")


def test_status_vocabulary():
    assert status_code("In progress") == "in_progress"
    assert status_code("Completed. The letter from the MPS is attached at Appendix 1.") == "completed"
    assert status_code("Ongoing") == "in_progress"
    assert status_code("Awaiting response") == "open"
    assert status_code("Response received 3 May; letter attached") == "answered"
    assert status_code("No longer required") == "withdrawn"
    assert status_code("Overdue - chased 4 April") == "overdue"
    assert status_code("") is None


@pytest.mark.parametrize("words, code", [
    ("Not achieved", "open"),
    ("Not implemented", "open"),
    ("Not yet completed", "open"),
    ("Work not yet delivered", "open"),
    ("Not fully implemented", "in_progress"),
    ("Implemented in part; partially complete", "completed"),  # the leading word decides
    ("Not accepted - closed", "withdrawn"),
    ("Rejected by the force", "withdrawn"),
    ("Overdue. Not yet received.", "overdue"),
    ("Red - not achieved", "overdue"),
    ("Achieved", "completed"),
])
def test_negated_completion_is_not_completion(words, code):
    """"Not achieved" names the word for done, negated: it must not read as done."""
    assert status_code(words) == code


def test_seed_actions_against_gold(gold_dir):
    from conftest import seed

    from scrutiny.contract import to_contract
    from scrutiny.pipeline import extract_path

    path = seed("004")
    obj = to_contract(extract_path(path))
    gold = json.loads((gold_dir / (path.stem + ".json")).read_text())
    pred_lines = sorted(a["line"] for a in obj["actions"])
    assert pred_lines == sorted(g["line"] for g in gold["actions"])
    orphan = [a for a in obj["actions"] if a["minute_item"] is None]
    assert orphan and all(a["meeting_date"] is None for a in orphan)


# --- panel minutes and action logs in other bodies' styles (fixtures of our own) ------------------------------------

def _by_line(name: str) -> dict[int, dict]:
    return {a["line"]: a for a in run(name)["actions"]}


def test_action_label_naming_only_the_owner_is_a_second_location():
    got = _by_line("actions_panel_minutes.txt")
    assert set(got) == {21, 27, 32, 37}  # "ACTION: Chief Constable" (30) and "ACTION: OPCC Chief Executive" (35)
    assert got[27]["locations"] == [27, 30] and got[32]["locations"] == [32, 35]
    assert got[37]["text"].startswith("OPCC to publish")  # a label with its own text is its own action
    assert all(a["meeting_date"] == "2025-06-10" for a in got.values())
    assert got[21]["minute_item"] == "PCP/25/07" and got[27]["minute_item"] == "PCP/25/08"


def test_owner_is_the_body_and_a_pronoun_takes_the_speaker_before():
    got = _by_line("actions_panel_minutes.txt")
    office = "Office of the Police and Crime Commissioner (OPCC)"
    # "She agreed…" after "The Chief Constable said…": the force named in the attendance list
    assert (got[27]["owner"], got[27]["person"]) == ("Westdale Constabulary", "The Chief Constable")
    # "…asked about X; the Commissioner undertook…": the clause with the undertaking gives the subject
    assert (got[32]["owner"], got[32]["person"]) == (office, "The Commissioner")
    assert got[37]["owner"] == office  # "OPCC to publish…"
    # a reply promised to a named person, after "The Commissioner replied…"
    assert got[21]["text"] == "A full written answer would be sent to Mrs Oduya." and got[21]["owner"] == office


def test_deadlines_in_minutes():
    got = _by_line("actions_panel_minutes.txt")
    assert (got[27]["deadline"], got[27]["deadline_date"]) == ("within 14 days", "2025-06-24")  # from the meeting
    assert (got[32]["deadline"], got[32]["deadline_date"]) == ("at its September meeting", None)
    assert (got[37]["deadline"], got[37]["deadline_date"]) == ("by 31 March 2026", "2026-03-31")


def test_action_log_columns_in_any_order():
    acts = run("actions_log_columns.txt")["actions"]
    assert [a["minute_item"] for a in acts] == ["PCP/25/08", "8", "12"]  # the Minute column, not the Ref
    assert all(a["meeting_date"] == "2025-06-10" for a in acts)
    first, second, third = acts
    # "Chief Constable, Westdale Constabulary": the body owns it, the post is the person
    assert (first["owner"], first["person"]) == ("Westdale Constabulary", "Chief Constable")
    assert (first["status_code"], first["deadline_date"]) == ("completed", "2025-06-24")
    # an officer the log names with the body's acronym is kept as the log names it (seed 004 keeps "Monitoring
    # Officer"; tests/genre3 keeps "OPFCC Monitoring Officer")
    assert second["owner"] == "OPCC Chief Executive"
    assert (second["deadline"], second["status_code"]) == ("September meeting", "in_progress")
    assert (third["owner"], third["status_code"], third["deadline_date"]) == ("Panel Support Officer", "overdue",
                                                                              "2025-07-31")


def test_council_officers_own_what_they_undertake(tmp_path):
    text = "\n".join([
        "Kelby City Council", "",
        "MINUTES OF THE MEETING OF THE SAFER COMMUNITIES SCRUTINY PANEL HELD ON MONDAY, 3RD MARCH, 2025", "",
        "Councillors present: Councillor Amy Roe (Chair) and Councillor Ben Tate", "",
        "Officers present: Joe Mills (Community Safety Manager)", "",
        "12.     CCTV REVIEW", "",
        "Members asked about camera outages. Officers agreed to circulate the repair schedule. The Community",
        "Safety Manager would write to members with the costs by the end of April 2025.", ""])
    acts = run_text(tmp_path, text)["actions"]
    assert [(a["owner"], a["minute_item"]) for a in acts] == [("Kelby City Council", "12")] * 2
    assert acts[1]["deadline_date"] == "2025-04-30"


def test_agreed_to_without_an_undertaking_is_not_an_action(tmp_path):
    text = "\n".join([
        "Minutes of the meeting of the Westdale Police and Crime Panel held at Kelby on Friday, 4 July 2025", "",
        "Present: Councillor Amy Roe (Chair)", "",
        "1. Report of the task group", "",
        "Paragraphs 1 to 12 read and agreed to.", "",
        "The Commissioner agreed to the request for a briefing and undertook to arrange it.", ""])
    acts = run_text(tmp_path, text)["actions"]
    assert [a["line"] for a in acts] == [9]


# --- other layouts of logs and minutes (round 2: families of forms, fixtures of our own) ----------------------------

def test_space_aligned_log_with_wrapped_cells():
    acts = run("actions_aligned_log.txt")["actions"]
    assert [a["line"] for a in acts] == [5, 7, 10]  # one per row; continuation lines belong to the row above
    first, second, third = acts
    assert first["text"] == "Send members the breakdown of hate crime reports by district"
    assert (first["minute_item"], first["meeting_date"], first["deadline_date"]) == ("PCP/3", "2026-01-14",
                                                                                    "2026-02-28")
    assert first["owner"] == "OPCC Head of Performance"  # a wrapped owner cell, kept as the log names it
    assert (first["status"], first["status_code"]) == ("Complete - sent 20 Feb", "completed")
    assert second["owner"] == "Northvale Constabulary" and second["status_code"] == "in_progress"  # Amber
    # the table goes on after a blank line; a cell running into the next column is cut at the space
    assert (third["owner"], third["deadline"], third["status"]) == ("Panel Support Officer", "12/03/2026", "Red")
    assert third["meeting_date"] == "2025-12-03" and third["status_code"] == "overdue"


def test_one_field_per_line_blocks():
    acts = run("actions_field_blocks.txt")["actions"]
    assert [a["line"] for a in acts] == [4, 9]  # a block starts again at a repeated label, with no blank line
    first, second = acts
    assert first["text"] == "Provide members with the response times for rural stations."  # wrapped value
    # a fire officer's rank → the service; the authority's own officer → the authority
    assert first["owner"] == "Eastwold Fire and Rescue Service"
    assert second["owner"] == "Eastwold Fire and Rescue Authority"
    assert (first["deadline_date"], first["status_code"]) == ("2026-04-30", "in_progress")  # "On track"
    assert (second["deadline_date"], second["status_code"]) == ("2026-06-30", "open")
    assert all(a["meeting_date"] is None and a["minute_item"] is None for a in acts)


def test_field_block_with_meeting_and_agenda_item(tmp_path):
    text = "\n".join([
        "Chief Officer Group - Action Log", "",
        "Action No:   COG/26/03",
        "Meeting:     3 February 2026",
        "Agenda item: 6 - Fleet Strategy",
        "Action:      Chief Constable to report on vehicle downtime.",
        "Owner:       Westdale Police (Head of Fleet)",
        "Due:         March 2026",
        "Status:      Open",
        "Update:      Data requested.", ""])
    (a,) = run_text(tmp_path, text)["actions"]
    assert (a["line"], a["minute_item"], a["meeting_date"]) == (6, "6", "2026-02-03")  # "6 - Fleet Strategy" → "6"
    assert a["owner"] == "Westdale Police" and a["deadline_date"] == "2026-03-31"
    assert a["status"] == "Open. Data requested." and a["status_code"] == "open"


def test_pipe_table_without_outer_pipes_under_a_numbered_meeting_heading(tmp_path):
    text = "\n".join([
        "Outstanding actions", "",
        "B. Actions arising from the Committee meeting of 4 March 2026", "",
        "Item | Action | Responsible officer | Status",
        "---|---|---|---",
        "Min 7 | Circulate the domestic abuse dashboard | OPCC | G",
        "Min 9 | Confirm the date of the estates workshop | Panel Support Officer | R", ""])
    acts = run_text(tmp_path, text)["actions"]
    assert [(a["minute_item"], a["meeting_date"], a["status_code"]) for a in acts] == [
        ("7", "2026-03-04", "completed"), ("9", "2026-03-04", "overdue")]


def test_numbered_action_lines_with_fields_and_restatements():
    got = _by_line("actions_authority_minutes.txt")
    assert set(got) == {13, 19, 21}
    # "Action 26/04: …" restates the undertaking above it in its own words: one action, two places
    a = got[13]
    assert a["locations"] == [13, 16] and a["owner"] == "Westloch Police"
    assert (a["deadline"], a["deadline_date"]) == ("31 March 2026", "2026-03-31")  # its "Deadline:" field
    assert a["person"] == "Chief Superintendent Cole"  # "… said that the force would provide …"
    # a combined authority's Deputy Mayor answers for the authority (not London's MOPAC)
    assert got[19]["owner"] == "Westloch Combined Authority"
    # an action line about something else is an action of its own, without its "Lead:" field in the text
    assert got[21]["text"] == "Scrutiny Officer to add the youth justice review to the work programme."
    assert all(x["meeting_date"] == "2026-02-09" and x["minute_item"] == "5" for x in got.values())


def test_owners_in_an_authority_and_a_council_committee(tmp_path):
    fire = "\n".join([
        "CALDERVALE FIRE AND RESCUE AUTHORITY", "",
        "Minutes of the meeting of the Authority held on Friday 6 March 2026", "",
        "1.  BUDGET MONITORING", "",
        "The Treasurer undertook to circulate the reserves forecast to members. The Assistant Chief Fire Officer",
        "said that he would report back on appliance availability at the next meeting.", ""])
    acts = run_text(tmp_path, fire)["actions"]
    assert [a["owner"] for a in acts] == ["Caldervale Fire and Rescue Authority", "Caldervale Fire and Rescue Service"]
    council = "\n".join([
        "MARSHBY BOROUGH COUNCIL", "",
        "Minutes of the meeting of the Community Safety Committee held on Tuesday 10 March 2026", "",
        "Officers: Jo Lund (Community Safety Manager)", "",
        "In attendance: Ravi Mehta (Head of Commissioning, Office of the Police and Crime Commissioner)", "",
        "4.  CCTV", "",
        "The Community Safety Manager agreed to share the camera audit with members.", "",
        "ACTION: OPCC to confirm the grant for the CCTV upgrade.", ""])
    acts = run_text(tmp_path, council, "council.txt")["actions"]
    assert [a["owner"] for a in acts] == ["Marshby Borough Council",
                                          "Office of the Police and Crime Commissioner (OPCC)"]


def test_rag_words_as_status():
    assert status_code("GREEN - circulated 2 September") == "completed"
    assert status_code("AMBER") == "in_progress"
    assert status_code("RED - awaiting data from provider") == "overdue"
    assert status_code("Green - on track") == "in_progress"
    assert status_code("R") == "overdue"
    assert status_code("Redacted report to follow") == "open"


def test_wrapped_pipe_row_continues_the_row_above(tmp_path):
    text = "\n".join([
        "Action log", "",
        "| Ref | Action | Owner | Status |", "|---|---|---|---|",
        "| 14 | Circulate the hate crime dashboard | OPCC | Open |",
        "|    | to all members of the Panel | | |",
        "| 15 | Publish the estates strategy | OPCC | Complete |", ""])
    acts = run_text(tmp_path, text)["actions"]
    assert [(a["line"], a["minute_item"], a["text"]) for a in acts] == [
        (5, "14", "Circulate the hate crime dashboard to all members of the Panel"),
        (7, "15", "Publish the estates strategy")]


def test_a_report_cover_sheet_is_not_an_action(tmp_path):
    text = "\n".join([
        "WESTDALE POLICE AND CRIME PANEL", "",
        "Subject:        Police and Crime Plan update",
        "Status:         For information",
        "Lead officer:   Chief Executive, OPCC",
        "Date:           4 March 2026", "",
        "1. Purpose", ""])
    assert run_text(tmp_path, text)["actions"] == []


def test_more_ways_of_recording_an_undertaking(tmp_path):
    text = "\n".join([
        "Minutes of the meeting of the Westdale Police and Crime Panel held on Monday 2 March 2026", "",
        "In attendance: Priya Sand (Chief Constable, Westdale Police)", "",
        "1.  POLICE AND CRIME PLAN", "",
        "It was agreed that the Chief Constable would provide members with the data on knife crime.", "",
        "Agreed action: OPCC to publish the commissioning intentions by 30 April 2026.", "",
        "Action point 3 - Panel Support Officer to update the work programme.", ""])
    got = {a["line"]: a for a in run_text(tmp_path, text)["actions"]}
    assert set(got) == {7, 9, 11}
    assert (got[7]["owner"], got[7]["person"]) == ("Westdale Police", "The Chief Constable")
    assert got[9]["text"].startswith("OPCC to publish") and got[9]["deadline_date"] == "2026-04-30"
    assert got[11]["owner"] == "Panel Support Officer"


def test_numbered_field_blocks_with_bold_labels(tmp_path):
    text = "\n".join([
        "Action Sheet - Joint Audit Committee", "",
        "**Action 1:** Provide the Committee with the audit plan for 2026/27.",
        "**Action owner:** OPCC Chief Finance Officer",
        "**Date due:** 30 June 2026",
        "**RAG status:** Amber",
        "**Action 2:** Report on the collaboration savings.",
        "**Action owner:** Force Director of Finance",
        "**Date due:** September 2026",
        "**RAG status:** Green", ""])
    acts = run_text(tmp_path, text)["actions"]
    assert [(a["line"], a["owner"], a["status_code"], a["deadline_date"]) for a in acts] == [
        (3, "OPCC Chief Finance Officer", "in_progress", "2026-06-30"),
        (7, "Force Director of Finance", "completed", "2026-09-30")]


def test_action_list_and_field_lines_in_minutes(tmp_path):
    text = "\n".join([
        "Minutes of the meeting of the Westdale Police and Crime Panel held on Monday 2 March 2026", "",
        "Present: Councillor Amy Roe (Chair), Councillor Ben Tate", "",
        "1.  POLICE AND CRIME PLAN", "",
        "The Commissioner presented the quarterly report. Members discussed call handling.", "",
        "Actions agreed:",
        "- OPCC to circulate the call handling figures by district.",
        "- Westdale Police to provide a briefing on the new crime recording system.", "",
        "RESOLVED: That the report be noted.", "",
        "2.  WORK PROGRAMME", "",
        "ACTION 1: Provide the Panel with the complaints data.",
        "Owner: OPCC",
        "Due: 30 April 2026", ""])
    got = {a["line"]: a for a in run_text(tmp_path, text)["actions"]}
    assert set(got) == {10, 11, 17}
    assert got[11]["owner"] == "Westdale Police" and got[11]["minute_item"] == "1"
    # a short imperative after "ACTION 1:" is the action, and the field lines under it give its owner and date
    assert got[17]["text"] == "Provide the Panel with the complaints data."
    assert (got[17]["owner"], got[17]["deadline_date"]) == ("Office of the Police and Crime Commissioner (OPCC)",
                                                            "2026-04-30")


def test_board_notes_owner_only_label_after_a_request_and_shorthand_action():
    acts = run("board_notes.txt")["actions"]
    assert [(a["line"], a["owner"], a["person"]) for a in acts] == [(24, "Marshby Police", "DCC Grant"),
                                                                     (26, "Marshby Police", "Det Supt Lomax")]
    assert acts[0]["text"].endswith("Action: DCC Grant.")  # the request is the action
    assert acts[1]["deadline_date"] == "2025-09-30"


def test_directed_requests_shorthand_and_council_posts():
    acts = run("council_minutes_asks.txt")["actions"]
    assert [a["line"] for a in acts] == [15, 15, 23]  # "Members to note the dates" is not an action
    assert acts[0]["owner"] == "Brindley District Council (Environmental Services)"  # a service head → council
    assert (acts[1]["owner"], acts[1]["person"]) == ("Portfolio Holder for Neighbourhoods", "The Portfolio Holder")
    assert acts[2]["owner"] == "Committee Services (Brindley District Council)"


def test_asked_that_a_post_acts_is_an_action_but_a_passive_request_is_not(tmp_path):
    obj = run_text(tmp_path, "FENWICK BOROUGH COUNCIL\n\nMinutes of the meeting held on 1 May 2025 at 6.00 pm\n\n"
                             "Present: Councillors A. Ray (Chair) and B. Sim\n\n4.  Parking\n\n"
                             "Members asked that the Cabinet Member review the charges. Members asked that the "
                             "report be published.\n")
    acts = obj["actions"]
    assert [a["text"] for a in acts] == ["Members asked that the Cabinet Member review the charges."]
    assert acts[0]["owner"] == "Cabinet Member"


def test_inline_action_label_with_joint_owner(tmp_path):
    obj = run_text(tmp_path, "KELDALE POLICE AND CRIME PANEL\n\nMinutes of the meeting held on 2 April 2025 at 10.00 am"
                             "\n\nPresent: Councillor A. Ray (Chair), Councillor B. Sim\n\n7/25  Victims services\n\n"
                             "Members asked about waiting lists. ACTION - OPCC / Force to provide a joint note on "
                             "waiting lists by 30 May 2025.\n")
    (a,) = obj["actions"]
    assert a["owner"].endswith("/ Keldale Police") and "OPCC" in a["owner"]  # no force named: the panel's area
    assert a["deadline_date"] == "2025-05-30"


def test_log_owner_column_posts_and_joint_owners():
    acts = run("panel_log_joint.txt")["actions"]
    assert [a["owner"] for a in acts] == ["Hartmoor Police", "Office of the Police and Crime Commissioner (OPCC) / "
                                          "Hartmoor Police", "Democratic Services"]


def test_deadline_month_with_letters_that_fold_oddly():
    """A case-blind month pattern matches "aprıl" (dotless i); its month must still be read (it raised
    ValueError and ended the document's extraction)."""
    from scrutiny.extract.actions import _deadline_date

    assert _deadline_date("by the end of aprıl 2026") == "2026-04-30"
    assert _deadline_date("by ſeptember 2025") == "2025-09-30"


def test_tab_table_rows_with_wrapped_cells_are_one_action_each(tmp_path):
    """A PDF's action log prints a long cell on the lines below its row, starting at the cell's column (the reader
    gives them leading tabs): they carry on that row's action, owner and update, not actions of their own."""
    text = ("Outstanding actions log\n\n"
            "Meeting\tMin\tAction\tAction by\tTarget date\tRAG\n"
            "04/09/2025\t31\tProvide the number of police officers\tBrackley Police\t20/11/2025\tGreen\n"
            "\t\ttrained in trauma-informed interviewing\n"
            "\t\tsince April 2025\n"
            "04/09/2025\t32\tCirculate the response to the inspection\tOPCC Chief\t30 September\tAmber\n"
            "\t\t\tExecutive\t2025\n\n")  # (a deadline cut short goes on below too)
    acts = run_text(tmp_path, text)["actions"]
    assert [a["text"] for a in acts] == [
        "Provide the number of police officers trained in trauma-informed interviewing since April 2025",
        "Circulate the response to the inspection"]
    assert [a["owner"] for a in acts][0] == "Brackley Police"
    assert "Executive" in acts[1]["owner"]
    assert acts[1]["deadline"] == "30 September 2025"
