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
