"""Letters: letterhead, sender and recipient, subject, the meeting followed up, questions, topic answers, copies."""
from __future__ import annotations

from pathlib import Path

from scrutiny.clean import mark_noise
from scrutiny.extract import Context, letters, responses
from scrutiny.extract._dates import date_line, find_dates, parse_date
from scrutiny.gazetteer import Gazetteer
from scrutiny.read import read_document
from scrutiny.segment import segment

from conftest import seed

FIX = Path(__file__).parent / "fixtures" / "letters"


def context(path: Path) -> Context:
    doc = read_document(path)
    noise = mark_noise(doc)
    return Context(doc=doc, noise=noise, parts=segment(doc, noise), found={}, gazetteer=Gazetteer())


def run(path: Path):
    ctx = context(path)
    found = letters.extract(ctx)
    ctx.found["letters"] = found
    return ctx, found, responses.extract(ctx)


def test_dates_in_printed_forms():
    assert parse_date("15th December 2014") == "2014-12-15"
    assert parse_date("Thursday 8 January 2015") == "2015-01-08"
    assert parse_date("5 Dec 2014") == "2014-12-05"
    assert parse_date("17/03/2017") == "2017-03-17"
    assert parse_date("December 4, 2014") == "2014-12-04"
    # no year: the latest such day on or before the reference date
    assert parse_date("on 4 September", "2014-12-05") == "2014-09-04"
    assert parse_date("on 20 December", "2014-12-05") == "2013-12-20"
    assert parse_date("on 4 September") is None
    assert date_line("Date: 5th December 2014") == "2014-12-05"
    assert date_line("Committee Q&A - 9 October 2014") is None
    assert [h.iso for h in find_dates("held on 3 May 2016 and 7 June 2016")] == ["2016-05-03", "2016-06-07"]


def test_agenda_summons_is_not_a_letter():
    # a front-sheet summons has a salutation and a sign-off, but is signed for an office and invites members to a
    # meeting: it is not correspondence
    ctx, found, resp = run(FIX / "agenda_summons.txt")
    assert found == []


def test_council_letter_with_numbered_questions():
    ctx, found, resp = run(FIX / "council_letter.txt")
    assert len(found) == 1
    lt = found[0]
    assert lt.date == "2016-12-05"
    assert lt.from_name == "Mark Ellis"
    assert lt.from_role.startswith("Borough Commander")
    assert lt.to_name == "Councillor Amy Patel"
    assert lt.to_role == "Chairman, Crime and Disorder Sub-Committee"
    assert lt.subject == "Questions arising from the Sub-Committee meeting of 17/11/2016"
    assert lt.responds_to_meeting_date == "2016-11-17"
    assert (lt.prov.start_line, lt.prov.end_line) == (1, 34)
    qs = [(q.line, q.answer_line) for q in lt.questions]
    assert qs == [(20, 22), (24, 26)]
    assert lt.questions[0].text.startswith("How many officers")
    assert resp == []
    # the sender is now known to the gazetteer
    assert ctx.gazetteer.resolve("Mr Mark Ellis") is not None


def test_letter_in_pack_answering_by_topic_printed_twice():
    ctx, found, resp = run(FIX / "pcp_pack.txt")
    assert len(found) == 1, "the second copy of the same letter is a location, not a new letter"
    lt = found[0]
    assert lt.prov.start_line == 16  # the letterhead, not the report text above it
    assert 50 <= lt.locations[0] <= 56
    assert lt.date == "2017-02-28"
    assert lt.from_name == "Dame Helen Forsyth DBE"
    assert lt.from_role == "Police and Crime Commissioner for Westshire"
    assert lt.to_name == "Mr Peter Adeyemi"
    assert lt.responds_to_meeting_date == "2017-02-03"
    assert lt.subject == "Response to the Panel's recommendations"
    assert lt.questions == []
    topics = {r.topic: r for r in resp}
    assert list(topics) == ["Rural crime", "Recommendation 2: Victim services", "Road safety"]
    assert topics["Recommendation 2: Victim services"].responds_to == "Recommendation 2"
    assert topics["Rural crime"].line == 30
    assert topics["Rural crime"].locations == [68]  # the topic again in the second copy


def test_letterhead_repeated_on_each_page_and_bold_questions():
    ctx, found, _ = run(FIX / "multipage_letter.txt")
    assert len(found) == 1
    lt = found[0]
    assert lt.date == "2018-06-12"
    assert lt.from_name == "Oliver Grant QPM"
    assert lt.from_role == "Chief Constable"
    assert lt.to_name == "Ms Rosa Lindqvist"
    assert lt.subject == "Panel questions on the 2017/18 annual report"
    # "after its meeting on 24 May" has no year: it is the May before the letter
    assert lt.responds_to_meeting_date == "2018-05-24"
    assert [(q.line, q.answer_line) for q in lt.questions] == [(17, 19), (21, 23), (31, 33)]
    assert lt.questions[0].text == "An explanation of the fall in the number of special constables"
    assert lt.prov.end_line == 40


def test_inline_letter_text(tmp_path):
    """A short letter with no subject line, no address block and a generic salutation."""
    p = tmp_path / "letter.txt"
    p.write_text("\n".join([
        "3 April 2019", "", "Dear Colleagues,", "",
        "I am writing to respond to the questions the Committee raised about custody healthcare.", "",
        "Custody nurses are now present in every suite at all hours.", "",
        "Kind regards,", "", "Sam Osei", "Deputy Mayor for Policing and Crime", "",
        "Item 7 - Work Programme", "", "The Committee is asked to note its work programme.",
    ]) + "\n")
    _, found, _ = run(p)
    assert len(found) == 1
    lt = found[0]
    assert lt.date == "2019-04-03"
    assert lt.to_name is None
    assert lt.from_name == "Sam Osei"
    assert lt.from_role == "Deputy Mayor for Policing and Crime"
    assert lt.subject == "Response to the questions the Committee raised about custody healthcare"
    assert lt.responds_to_meeting_date is None
    assert lt.prov.end_line == 12


def test_no_letter_without_salutation(tmp_path):
    p = tmp_path / "report.txt"
    p.write_text("Report of the Chief Executive\n\nYours sincerely is how letters end.\n\nThe Panel noted it.\n")
    _, found, resp = run(p)
    assert found == [] and resp == []


def test_seed_letters():
    ctx, found, resp = run(seed("004"))
    assert [lt.date for lt in found] == ["2014-12-15", "2014-12-05", "2014-12-15"]
    assert [lt.responds_to_meeting_date for lt in found] == ["2014-10-09", "2014-09-04", "2014-10-09"]
    assert all(abs(a - b) <= 8 for a, b in zip([lt.prov.start_line for lt in found], [1320, 1381, 1448]))
    assert [len(lt.questions) for lt in found] == [1, 6, 5]
    ctx, found, resp = run(seed("003"))
    assert len(found) == 1 and found[0].from_name == "Sophie Linden" and len(resp) == 12


def test_response_restating_each_recommendation_gives_one_response_per_recommendation():
    path = FIX / "responses_government.txt"
    _, _, found = run(path)
    lines = path.read_text().split("\n")

    def line_of(text, nth=1):
        hits = [i for i, ln in enumerate(lines, start=1) if text in ln]
        return hits[nth - 1]

    assert [(r.topic, r.responds_to) for r in found] == [
        ("Recommendation 2", "Recommendation 2"), ("Recommendation 3", "Recommendation 3"),
        ("Recommendations 5 and 6", "Recommendations 5 and 6")]
    # the line of the answer: a "Response:" label, an inline "Government response: …", a label after a page number
    assert [r.prov.start_line for r in found] == [line_of("Response:"), line_of("Government response:"),
                                                  line_of("Response:", 2)]


def test_lettered_recommendations_answered_under_response_headings():
    # "(a) …" restated without a "Recommendation" label, then a "Department response" / "Reply" heading: one
    # response per item, its topic the label made from the letter and the item's text
    path = FIX / "responses_lettered.txt"
    _, _, found = run(path)
    lines = path.read_text().split("\n")
    assert [r.responds_to for r in found] == ["Recommendation (a)", "Recommendation (b)", "Recommendation (c)"]
    assert found[0].topic.startswith("Recommendation (a): The Department and the British Transport Police should")
    assert "(Paragraph" not in found[0].topic
    assert [r.prov.start_line for r in found] == [i for i, ln in enumerate(lines, 1)
                                                  if ln in ("Department response", "Reply")]


def test_areas_for_improvement_answered_like_recommendations():
    # "AFI 1" and "Area for improvement 2: …" with a "Response:" each are answers as well
    path = FIX / "responses_afi.txt"
    _, _, found = run(path)
    assert [r.topic for r in found] == ["Recommendation 1", "AFI 1", "Area for improvement 2"]
