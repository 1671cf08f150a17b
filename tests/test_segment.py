"""Segmentation into parts: our own fixtures for every kind of part, and the gold parts of the seeds."""
from __future__ import annotations

import json

import pytest

from scrutiny.clean import mark_noise
from scrutiny.read import read_bytes, read_document
from scrutiny.segment import segment

from conftest import FIXTURES, seed

SEG = FIXTURES / "segment"


def _parts(name: str):
    doc = read_document(SEG / name)
    return doc, segment(doc, mark_noise(doc))


def _first_line(doc, part) -> str:
    return doc.text(part.prov.start_line).strip()


def test_assembly_pack_parts_in_order():
    doc, parts = _parts("assembly_pack.txt")
    kinds = [p.kind for p in parts]
    assert kinds == ["agenda", "agenda", "declarations", "minutes", "transcript", "action_list", "letter", "report",
                     "report", "work_programme"]
    by_kind = {}
    for p in parts:
        by_kind.setdefault(p.kind, []).append(p)
    assert _first_line(doc, by_kind["declarations"][0]) == "Subject: Declarations of Interests"
    assert _first_line(doc, by_kind["minutes"][0]) == "MINUTES"
    assert by_kind["minutes"][0].date == "2020-02-04"
    transcript = by_kind["transcript"][0]
    assert transcript.title.startswith("Transcript of Item 5")
    assert transcript.date == "2020-02-04"
    # the letter runs from its letter head to its signature, not into the stamp or the next report
    letter = by_kind["letter"][0]
    assert _first_line(doc, letter) == "Police Headquarters"
    assert doc.text(letter.prov.end_line) == "Commander"
    assert letter.date == "2020-02-20"
    assert "Jo Bell" in letter.title
    # the cover report ends at its contact block; the appended report is a part of its own, with its own date
    cover, appended = by_kind["report"]
    assert cover.prov.end_line < appended.prov.start_line
    assert doc.text(cover.prov.end_line).startswith("E-mail:")
    assert _first_line(doc, appended) == "Knife crime prevention in the city"
    assert appended.date is None  # "January 2020" has no day: not guessed, and not the meeting's date
    assert cover.date == "2020-03-03"


def test_parts_never_overlap_and_skip_blank_pages():
    doc, parts = _parts("assembly_pack.txt")
    for a, b in zip(parts, parts[1:]):
        assert a.prov.end_line < b.prov.start_line
    for p in parts:
        assert "intentionally left blank" not in doc.text(p.prov.end_line)


def test_council_pack_parts():
    doc, parts = _parts("council_pack.txt")
    assert [p.kind for p in parts] == ["agenda", "agenda", "minutes", "plan", "briefing", "performance_report"]
    agenda, items, minutes, plan, briefing, perf = parts
    assert agenda.prov.start_line == 1 and agenda.date == "2022-10-12"
    assert items.date == "2022-10-12"  # a date inside an agenda item's sentence is not the agenda's
    assert _first_line(doc, minutes) == "Public Document Pack Agenda Item 3"
    assert minutes.date == "2022-07-06"
    assert _first_line(doc, plan) == "Agenda Item 4"
    assert plan.title == "Draft Community Safety Plan 2022-2025"
    assert briefing.date is None and _first_line(doc, briefing) == "November 2022"
    assert perf.title == "Quarterly Performance Report: Quarter 1 (2022/23)"
    assert perf.date == "2022-10-12"  # an undated report to the meeting takes the meeting's date


def test_annual_report_and_other():
    doc, parts = _parts("annual_report.txt")
    assert len(parts) == 1
    assert parts[0].kind == "annual_report"
    assert parts[0].title == "Domestic Abuse Annual Report 2021/22"
    assert parts[0].prov.end_line == len(doc)
    doc, parts = _parts("notes.txt")
    assert [p.kind for p in parts] == ["other"]
    assert parts[0].date is None


def test_letter_alone():
    text = ("\n\n3rd May 2021\n\nDear Colleagues,\n\nThank you for your report. I respond to each recommendation "
            "below.\n\nYours faithfully,\n\nPat Green\nPolice and Crime Commissioner\n")
    doc = read_bytes(text.encode(), "letter.txt")
    parts = segment(doc, mark_noise(doc))
    assert len(parts) == 1
    p = parts[0]
    assert (p.kind, p.prov.start_line, p.prov.end_line, p.date) == ("letter", 3, 12, "2021-05-03")
    assert p.title == "Letter from Pat Green, Police and Crime Commissioner"


def test_agenda_item_list_minutes_line_is_not_minutes():
    text = "AGENDA\n\nCrime Panel\n\n1 Apologies\n\nMinutes\n\nTo agree the minutes.\n\n2 Budget\n"
    doc = read_bytes(text.encode(), "agenda.txt")
    parts = segment(doc, mark_noise(doc))
    assert [p.kind for p in parts] == ["agenda"]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_gold_parts_found(prefix, gold_dir):
    """Every gold part is found with its kind and a start within 5 lines; no part swallows another document."""
    path = seed(prefix)
    gold = json.loads((gold_dir / f"{path.stem}.json").read_text())["parts"]
    doc = read_document(path)
    parts = segment(doc, mark_noise(doc))
    for g in gold:
        hits = [p for p in parts if p.kind == g["kind"] and abs(p.prov.start_line - g["start_line"]) <= 5]
        assert hits, f"gold part {g['kind']} at {g['start_line']} not found"
    for p in parts:
        inside = [g for g in gold if p.prov.start_line + 5 < g["start_line"] <= p.prov.end_line]
        assert not inside, f"part {p.kind} {p.prov.start_line}-{p.prov.end_line} swallows {inside[0]['kind']}"


def test_month_names_in_odd_case_letters_are_dates():
    """re.IGNORECASE matches "ſ" (long s) and "K" (Kelvin sign) as s and k, but str.lower() leaves them: a month
    written with one must still be a date, not a crash."""
    from scrutiny.extract._dates import find_dates, month_number
    from scrutiny.tracking import parse_deadline

    text = "MINUTES\nPolice and Crime Panel\nHeld on 4 \u017feptember 2025 at 10am\n\nPresent: Cllr A Lee\n"
    doc = read_bytes(text.encode(), "odd.txt")
    parts = segment(doc, mark_noise(doc))
    assert parts[0].kind == "minutes" and parts[0].date == "2025-09-04"
    assert [h.iso for h in find_dates("due 5 DE\u212a... no; 30 \u017fept 2025")] == ["2025-09-30"]
    assert month_number("\u017fept.") == 9 and month_number("Sept.") == 9 and month_number("Smarch") is None
    assert parse_deadline("by 30 \u017feptember 2025", "2025-01-01").date == "2025-09-30"
