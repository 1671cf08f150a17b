"""Actions arising: action-list tables however rendered, and undertakings in minutes."""
from __future__ import annotations

import json

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
    assert second["owner"] == "Office of the Police and Crime Commissioner (OPCC)"  # "OPCC Chief Executive"
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
