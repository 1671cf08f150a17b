"""Transcript turns: labels, continuations, interruptions, a point of order, editorial insertions, variants."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from scrutiny.clean import mark_noise
from scrutiny.extract import Context, turns
from scrutiny.gazetteer import Gazetteer
from scrutiny.read import read_document
from scrutiny.segment import segment

from conftest import seed

FIX = Path(__file__).parent / "fixtures" / "letters"


def run(path: Path):
    doc = read_document(path)
    noise = mark_noise(doc)
    ctx = Context(doc=doc, noise=noise, parts=segment(doc, noise), found={}, gazetteer=Gazetteer())
    return ctx, turns.extract(ctx)


def test_transcript_turns_with_interruptions_and_editorial_notes():
    ctx, found = run(FIX / "transcript.txt")
    # one turn per label; the continuation paragraph (line 11), the bracketed note (line 21) and the
    # "Contact Officer:" field (line 5) are not turns
    assert [t.line for t in found] == [7, 9, 13, 15, 17, 19, 23, 25, 27, 29, 31, 33, 35]
    by = Counter(t.speaker for t in found)
    # "Danial Okafor" is a misspelling and "Priya Shah CBE AM" a variant label: one person each
    assert by == {"Amanda Khoury": 3, "Daniel Okafor": 3, "Priya Shah": 3, "Ruth Mensah": 2, "Tom Reilly": 2}
    roles = {t.line: t.role for t in found}
    assert roles[7] == "Chair"
    assert roles[9] == "Commander, MPS"
    assert roles[23] == "Assembly Member"  # "Tom Reilly AM: Point of order, Chair."
    assert roles[33] == "Mayor's Office for Policing and Crime"
    # interruptions: "… under 25 --" / "-- I mean …" are two turns, each by its own speaker
    assert (found[2].speaker, found[3].speaker) == ("Priya Shah", "Daniel Okafor")


def test_transcript_spans_cover_continuations():
    ctx, _ = run(FIX / "transcript.txt")
    assert turns.transcript_spans(ctx) == [(7, 35)]


def test_field_labels_are_not_speakers(tmp_path):
    p = tmp_path / "report.txt"
    p.write_text("\n".join([
        "Subject: Policing update", "Report of: Chief Executive", "Contact Officer: Jo Bloggs",
        "Telephone: 020 7000 0000", "Date: 4 May 2018", "Jane Doe (Chair): a lone label in a report.", "",
        "Recommendation 1: That the Panel notes the report.",
    ]) + "\n")
    _, found = run(p)
    assert found == []


def test_upper_case_and_role_labels(tmp_path):
    p = tmp_path / "hearing.txt"
    p.write_text("\n".join([
        "Q1 Chair: Welcome to the Committee.", "",
        "SIR ALAN HOLT: Thank you for having me.", "",
        "Q2 Chair: What has changed since last year?", "",
        "SIR ALAN HOLT: Three things have changed.", "",
        "Dr Mia Chen: I would add a fourth.",
    ]) + "\n")
    _, found = run(p)
    assert [t.speaker for t in found] == ["Chair", "Alan Holt", "Chair", "Alan Holt", "Mia Chen"]


def test_seed_transcripts():
    _, found = run(seed("004"))
    assert len(found) == 301
    by = Counter(t.speaker for t in found)
    assert len(by) == 12
    assert by["Cressida Dick"] == 53


def test_select_committee_labels_resolved_through_the_roster():
    ctx, found = run(FIX / "select_committee_evidence.txt")
    # "Q41  Nadia Farouk:" is firm (a question number) and a plain "Nadia Farouk:" is attested by the members list;
    # "Chair:" is the member listed as chair; short forms resolve to the witnesses' full names
    assert [(t.line, t.speaker) for t in found] == [
        (16, "Alan Brightwell"), (19, "Ruth Elland"), (21, "Nadia Farouk"), (23, "Samuel Okoro"),
        (25, "Nadia Farouk"), (27, "Samuel Okoro"), (29, "Owen Pryde"), (31, "Ruth Elland"),
        (33, "Alan Brightwell")]
    roles = {t.line: t.role for t in found}
    assert roles[16] == "Chair"
    assert roles[19].startswith("Assistant Chief Constable, Westvale Police")
    assert roles[23].startswith("Senior Lecturer in Criminology")


def test_post_outside_person_in_brackets(tmp_path):
    """Panels often label officials by post with the person in brackets: the person is the speaker."""
    p = tmp_path / "panel.txt"
    p.write_text("\n".join([
        "Transcript of the question session", "",
        "The Chair: Welcome, Commissioner.", "",
        "Councillor Nia Evans: How many officers are vacant?", "",
        "The Commissioner (Ms Carys Rhys): Twenty-three, Chair.", "",
        "The Chief Constable (Mr Owain Pryce): And eighteen start in May.", "",
        "Councillor Nia Evans: Thank you.", "",
        "Deputy Chief Executive (Dr Anwen Bowen): I can add the figures by district.",
    ]) + "\n")
    _, found = run(p)
    assert [(t.speaker, t.role) for t in found][2:4] == [("Carys Rhys", "Commissioner"),
                                                         ("Owain Pryce", "Chief Constable")]
    assert found[-1].speaker == "Anwen Bowen" and found[-1].role == "Deputy Chief Executive"
    assert [t.speaker for t in found][1] == "Nia Evans"
