"""Commitments in plans, on a Police and Crime Plan and a letter answering a plan written for these tests."""
from __future__ import annotations

from pathlib import Path

from conftest import FIXTURES, seed
from scrutiny.clean import mark_noise
from scrutiny.extract import Context, commitments
from scrutiny.read import read_document
from scrutiny.segment import segment

HERE = FIXTURES / "recommendations"
PLAN = HERE / "police_and_crime_plan.txt"


def _ctx(path: Path) -> Context:
    doc = read_document(path)
    noise = mark_noise(doc)
    return Context(doc=doc, noise=noise, parts=segment(doc, noise))


def _line_of(path: Path, text: str, nth: int = 1) -> int:
    seen = 0
    for i, ln in enumerate(path.read_text().split("\n"), start=1):
        if text in ln:
            seen += 1
            if seen == nth:
                return i
    raise AssertionError(f"{text!r} not found {nth} times in {path.name}")


def _by_text(items, start: str):
    found = [c for c in items if c.text.startswith(start)]
    assert len(found) == 1, f"{start!r}: {[c.text for c in items]}"
    return found[0]


def test_we_will_list_bullets_are_commitments_with_their_theme():
    items = commitments.extract(_ctx(PLAN))
    for bullet in ("Recruit 200 additional police officers", "Open three new neighbourhood police stations",
                   "Publish district-level crime figures"):
        c = _by_text(items, bullet)
        assert c.theme == "Safer neighbourhoods"
        assert c.prov.start_line == _line_of(PLAN, bullet)
        assert c.owner == "Police and Crime Commissioner"  # "we" is the plan's author, named on its title page


def test_repeated_commitment_is_one_record_with_both_locations():
    items = commitments.extract(_ctx(PLAN))
    hub = [c for c in items if "new victims' hub" in c.text]
    assert len(hub) == 1
    assert hub[0].to_contract()["locations"] == [_line_of(PLAN, "new victims' hub"),
                                                 _line_of(PLAN, "new victims' hub", 2)]
    assert hub[0].theme == "Foreword from the Commissioner"


def test_named_bodies_and_first_person_forms():
    items = commitments.extract(_ctx(PLAN))
    assert _by_text(items, "The Constabulary will station").owner == "Constabulary"
    assert _by_text(items, "The Commissioner will hold").owner == "Commissioner"
    assert _by_text(items, "I will put more officers").theme == "Foreword from the Commissioner"
    assert _by_text(items, "We are committed to funding independent advocates").prov.start_line == \
        _line_of(PLAN, "We are committed to funding")
    assert _by_text(items, "We will fund mentors").prov.start_line == _line_of(PLAN, "We will fund mentors")


def test_in_future_we_will_list_keeps_its_lead_and_drops_the_joining_and():
    items = commitments.extract(_ctx(PLAN))
    first = _by_text(items, "In future, we will: commission a perpetrator programme")
    assert first.text.endswith("in every district")
    assert _by_text(items, "In future, we will: extend the sexual assault").prov.start_line == \
        _line_of(PLAN, "extend the sexual assault")


def test_non_commitments_are_skipped():
    texts = " ".join(c.text for c in commitments.extract(_ctx(PLAN)))
    assert "will have to find further savings" not in texts  # a forecast
    assert "not give up on you" not in texts  # quoted speech
    assert "sets out what we will do" not in texts  # a description of the plan
    assert "plan will achieve" not in texts  # a question
    assert "WE WILL KEEP" not in texts  # a goal heading in capitals
    assert "Do you agree" not in texts


def test_what_success_would_look_like_objectives_are_the_chapter_measures():
    items = commitments.extract(_ctx(PLAN))
    recruit = _by_text(items, "Recruit 200 additional police officers")
    assert recruit.measures == ["Increase public confidence in local policing",
                                "Reduce the number of repeat victims of burglary"]
    assert _by_text(items, "The Commissioner will hold").measures == recruit.measures
    assert _by_text(items, "We are committed to funding").measures == []
    assert "measures" in recruit.to_contract()


def test_letter_answering_a_plan_gives_commitments_under_its_topics():
    path = HERE / "plan_response_letter.txt"
    items = commitments.extract(_ctx(path))
    team = _by_text(items, "We will create a dedicated rural crime team")
    assert team.theme == "Rural crime"
    assert _by_text(items, "We also commit to publishing").theme == "Rural crime"
    review = _by_text(items, "The Commissioner has committed to reviewing")
    assert review.theme == "Road safety"
    assert _by_text(items, "The final Police and Crime Plan will be published").prov.start_line == \
        _line_of(path, "will be published")
    texts = " ".join(c.text for c in items)
    assert "This will take place" not in texts
    assert "diversion schemes" not in texts
    assert "Thank you" not in texts


def test_no_commitments_outside_plans():
    assert commitments.extract(_ctx(HERE / "transcript.txt")) == []
    assert commitments.extract(_ctx(HERE / "annual_report.txt")) == []
    assert commitments.extract(_ctx(HERE / "council_report.txt")) == []


def test_seed_plan_in_an_agenda_pack():
    items = commitments.extract(_ctx(seed("001")))
    assert 230 <= len(items) <= 260
    texts = " ".join(c.text for c in items)
    assert "CARE FOR THE ENVIRONMENT" not in texts
    assert all(c.theme for c in items)
    assert sum(bool(c.measures) for c in items) > 100


def test_seed_letter_answering_the_plan():
    items = commitments.extract(_ctx(seed("003")))
    assert 14 <= len(items) <= 20
    assert sum(c.theme is not None for c in items) >= 14


# --- a plan split by a blank page, contents with dot leaders, "I will:" and "Our commitments:" lists --------------

def test_plan_goes_on_after_a_blank_page_and_takes_its_chapters_not_the_contents():
    path = HERE / "plan_blank_page.txt"
    items = commitments.extract(_ctx(path))
    assert [c.prov.start_line for c in items] == [
        _line_of(path, "I will report on this plan"), _line_of(path, "fund four more"), _line_of(path, "back a community"),
        _line_of(path, "commission a single"), _line_of(path, "publish victim satisfaction")]
    assert [c.theme for c in items] == ["Foreword"] + ["Priority 1: Roads that are safe to use"] * 2 + \
        ["Priority 2: Standing up for victims"] * 2
    roads = items[1]
    assert roads.measures == ["Fewer people killed or seriously injured on our roads.",
                              "More speed watch sessions each year."]
    assert not any("Fewer people" in c.text for c in items)


def test_a_letter_answering_a_panel_makes_first_person_commitments():
    path = HERE / "panel_letter_commitments.txt"
    items = commitments.extract(_ctx(path))
    assert [c.text for c in items] == [
        "We will open the suite to detainees in early March 2026, after the fire safety checks."]
    assert items[0].theme == "When will the new custody suite open?"


def test_undertakings_in_a_response_to_recommendations():
    path = HERE / "response_commitments.txt"
    found = commitments.extract(_ctx(path))
    # each "we will / we propose to / X will" sentence of an answer, themed by the recommendation it answers; the
    # stance ("The Department accepts…") and a passive forecast ("An advisory panel will be appointed") are not
    assert [(c.text[:30], c.theme) for c in found] == [
        ("We will consult on draft stand", "Recommendation 1"),
        ("The Youth Justice Board will i", "Recommendations 2 and 3")]
    assert found[0].prov.start_line == _line_of(path, "We will consult")


# --- round 3: what other bodies will do, performance reports, answers to recommendations ---------------------

def test_plan_counts_the_force_but_not_national_bodies_forecasts_slogans_or_quotes():
    path = HERE / "plan_other_bodies.txt"
    texts = [c.text for c in commitments.extract(_ctx(path))]
    assert texts == ["I will report to you every year on what has changed.",
                     "We will fund two more road safety officers.", "We will also light the worst junctions.",
                     "The Chief Constable will set up a rural roads unit by 2027.",
                     "We will open a youth hub in each market town."]


def test_performance_report_actions_are_not_commitments():
    assert commitments.extract(_ctx(HERE / "scorecard_actions.txt")) == []


def test_answers_to_lettered_recommendations_give_the_responders_undertakings():
    path = FIXTURES / "letters" / "responses_lettered.txt"
    found = commitments.extract(_ctx(path))
    assert [(c.text[:40], c.theme) for c in found] == [
        ("We will publish the standard, drawn up w", "Recommendation (a)"),
        ("We propose to add a frame number field t", "Recommendation (b)")]


def test_pcc_answers_to_an_inspection_and_a_closing_section():
    # "I will" in each answer, not what the force is reported to intend; a heading after the answers is the theme
    path = FIXTURES / "letters" / "responses_afi.txt"
    found = commitments.extract(_ctx(path))
    assert [(c.text[:30], c.theme) for c in found] == [
        ("I will review their caseloads ", "Recommendation 1"), ("I will ask for an audit in the", "AFI 1"),
        ("I will publish this response a", "Next steps")]


def test_letter_writer_is_not_the_body_copied_in(tmp_path):
    """A chief constable's letter that is copied to the Commissioner ("cc: …, Police and Crime Commissioner", "I am
    copying this letter to the Commissioner.") does not make the Commissioner the owner of its undertakings."""
    from scrutiny.pipeline import extract_path

    text = ("Dear Councillor Mossop\n\nThank you for the Panel's questions of 10 July.\n\n"
            "We will keep the rural crime team at twelve officers for the rest of the year.\n\n"
            "I hope this is helpful. I am copying this letter to the Commissioner.\n\nYours sincerely\n\n"
            "Alex Garside\nChief Constable\n\ncc: Julian Thwaite, Police and Crime Commissioner for Tarnside\n")
    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    found = extract_path(path, strict=True).items["commitments"]
    assert [c.text for c in found] == ["We will keep the rural crime team at twelve officers for the rest of the year."]
    assert found[0].owner != "Police and Crime Commissioner"
