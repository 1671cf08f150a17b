"""Questions put to bodies: request lists, order-paper questions, questions in minutes, requests in reports."""
from __future__ import annotations

from pathlib import Path

from scrutiny.clean import mark_noise
from scrutiny.extract import Context, letters, questions
from scrutiny.gazetteer import Gazetteer
from scrutiny.read import read_document
from scrutiny.segment import segment

from conftest import seed

FIX = Path(__file__).parent / "fixtures" / "letters"


def run(path: Path):
    doc = read_document(path)
    noise = mark_noise(doc)
    ctx = Context(doc=doc, noise=noise, parts=segment(doc, noise), found={}, gazetteer=Gazetteer())
    ctx.found["letters"] = letters.extract(ctx)
    return questions.extract(ctx)


def test_follow_up_requests_and_information_lists():
    found = run(FIX / "follow_up_report.txt")
    got = [(q.line, q.to) for q in found]
    assert got == [
        (12, "borough teams"),  # "The Board usually asks borough teams to provide assurance …"
        (21, "Eastfield"), (22, "Eastfield"), (23, "Eastfield"),  # commands without a question mark count
        (29, None), (31, None), (31, None), (33, None),  # "Number of …" items, two on one line
    ]
    texts = [q.text for q in found]
    assert texts[3] == "Borough to explain why so few cases are referred by health partners."
    assert texts[5] == "Number of those incidents recorded as crimes?"
    assert texts[6] == "Number of arrests made."
    # consultation questions put to the public and praise ("were commended for") are not questions
    assert not any("priorities of the review" in t or "refuge" in t for t in texts)


def test_order_paper_questions():
    found = run(FIX / "questions_order_paper.txt")
    assert [(q.line, q.number, q.to) for q in found] == [(8, "2019/2231", "Mayor"), (16, "2019/2232", "Mayor")]
    assert found[0].text.startswith("How many knife crime offences")
    assert found[0].answer_line == 11 and found[0].answer.startswith("The figures")
    assert found[1].answer is None


def test_members_questions_in_minutes_are_discussion_not_items():
    # as in the seed gold: "Councillor X asked …" and "In response to a question from …" in minutes are part of
    # the minute, not formal questions put to a body
    assert run(FIX / "minutes_questions.txt") == []


def test_public_questions_in_minutes():
    found = run(FIX / "minutes_public_question.txt")
    assert [q.line for q in found] == [10, 15]
    assert found[0].text.startswith("Will the Commissioner publish the response times")
    assert found[0].to == "Police and Crime Commissioner"
    # the member's question under the next item is discussion
    assert found[1].text == "How many officers are based at Eastbrook police station?"
    assert not any("targets" in q.text for q in found)


def test_written_answers_name_who_answers():
    found = run(FIX / "written_answers.txt")
    assert [(q.line, q.number) for q in found] == [(7, "2025/0101"), (19, "2025/0102")]
    assert all(q.to == "Mayor of London" for q in found)
    assert found[0].answer_line == 11 and found[0].answer.startswith("In 2024 officers")
    assert found[1].answer.startswith("Holding answer")


def test_letters_and_transcripts_are_left_to_their_extractors():
    assert run(FIX / "council_letter.txt") == []
    assert run(FIX / "transcript.txt") == []


def test_seed_follow_up_lists():
    found = run(seed("002"))
    assert len(found) >= 85
    assert sum(1 for q in found if q.to == "Haringey") == 6
    assert run(seed("004")) == []


def test_written_questions_with_field_headers_and_bare_labels():
    """"Question:" / "Q." labels without a number take their reference and addressee from the field lines above
    ("Reference: …", "To: …"); a holding reply is still the answer."""
    found = run(FIX / "written_questions_fields.txt")
    got = [(q.line, q.number, q.to, q.answer_line) for q in found]
    assert got == [(9, "WQ-2026-031", "Cabinet Member for Community Safety", 11),
                   (17, "WQ-2026-034", "Leader of the Council", 19)]
    assert found[1].text == "Will the Leader publish the review of the night-time economy levy?"
    assert found[1].answer.startswith("Holding reply")
