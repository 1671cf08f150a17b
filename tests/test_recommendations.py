"""Recommendations and updates on them, on fixtures written in the styles of the genre (London Assembly cover report
and scrutiny report, a board's annual report, a police letter, a council ModernGov pack)."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES, make_pdf, seed
from scrutiny.clean import mark_noise
from scrutiny.extract import Context, recommendation_updates, recommendations
from scrutiny.extract.recommendations import addressee_of, is_procedural
from scrutiny.read import read_document
from scrutiny.segment import segment

HERE = FIXTURES / "recommendations"


def _ctx(path: Path) -> Context:
    doc = read_document(path)
    noise = mark_noise(doc)
    return Context(doc=doc, noise=noise, parts=segment(doc, noise))


def _line_of(path: Path, text: str, nth: int = 1) -> int:
    """The 1-based line number of the nth line of ``path`` containing ``text``."""
    seen = 0
    for i, ln in enumerate(path.read_text().split("\n"), start=1):
        if text in ln:
            seen += 1
            if seen == nth:
                return i
    raise AssertionError(f"{text!r} not found {nth} times in {path.name}")


def _lines_of(path: Path, text: str) -> list[int]:
    return [i for i, ln in enumerate(path.read_text().split("\n"), start=1) if text in ln]


# --- three copies of each recommendation -----------------------------------------------------------------------

def test_three_copies_are_one_record_each_with_every_location():
    path = HERE / "committee_report.txt"
    recs = recommendations.extract(_ctx(path))
    assert [r.number for r in recs] == ["1", "2", "3"]
    for r in recs:
        heads = _lines_of(path, f"Recommendation {r.number}")
        heads = [h for h in heads if path.read_text().split("\n")[h - 1].strip() == f"Recommendation {r.number}"]
        assert len(heads) == 3
        assert r.prov.start_line == heads[0]
        # each copy gives its heading line and the line its text starts on
        assert sorted(r.to_contract()["locations"]) == sorted(heads + [h + 2 for h in heads])
    assert all(r.report == "Stop and Search in London" for r in recs)


def test_copies_match_despite_drifting_wording_and_keep_the_first_text():
    recs = recommendations.extract(_ctx(HERE / "committee_report.txt"))
    third = recs[2]
    assert third.text.startswith("Borough Commanders should meet")  # the first copy, not the "must" one
    assert "(see below)" not in recs[0].text


def test_sub_points_stay_inside_their_recommendation():
    rec1 = recommendations.extract(_ctx(HERE / "committee_report.txt"))[0]
    assert rec1.text.startswith("To improve trust in the use of the power, the Met should:")
    for point in ("Publish monthly data on searches by ward", "Record the reason for every search",
                  "Review body-worn video footage"):
        assert point in rec1.text


def test_addressee_is_normalised_to_a_body():
    recs = recommendations.extract(_ctx(HERE / "committee_report.txt"))
    assert [r.addressee for r in recs] == ["MPS", "MOPAC", "Borough Commanders"]
    assert addressee_of("The Met should review its vetting policy.") == "MPS"
    assert addressee_of("In recognition of the workload, the Metropolitan Police should publish data.") == "MPS"
    assert addressee_of("MPS custody managers should ensure appropriate adults are called.") == "MPS"
    assert addressee_of("Response Units to ensure that every call is logged.") == "Response Units"
    assert addressee_of("Boroughs to ensure that panels meet quarterly.") == "Boroughs"
    assert addressee_of("We recommend that the Home Office publishes the review.") == "Home Office"
    assert addressee_of("Review the recording of incidents.") is None


# --- procedural lines ----------------------------------------------------------------------------------------------

def test_procedural_agenda_and_report_lines_are_not_recommendations():
    recs = recommendations.extract(_ctx(HERE / "committee_report.txt"))
    texts = " ".join(r.text for r in recs)
    assert "is recommended to" not in texts
    assert "agrees its report" not in texts
    assert "requests a response" not in texts


def test_that_members_of_the_committee_list_is_procedural():
    path = HERE / "council_report.txt"
    recs = recommendations.extract(_ctx(path))
    assert not any("levels of performance" in r.text or "dashboard" in r.text for r in recs)


@pytest.mark.parametrize("text", [
    "The Committee is recommended to note the report.",
    "That the Committee agrees its report Stop and Search in London.",
    "That the Sub-Committee notes the performance figures.",
    "Members are asked to comment on the draft plan.",
    "Note the contents of the dashboard attached as Appendix 2.",
    "That Cabinet approves the recommendations in the report.",
])
def test_is_procedural(text):
    assert is_procedural(text)


@pytest.mark.parametrize("text", [
    "The Panel recommends that the Commissioner reviews the custody policy.",
    "The Met should publish stop and search data every month.",
    "That the Cabinet Member for Community Safety ensures every ward has a named officer.",
    "Review the recording of domestic abuse incidents.",
])
def test_is_not_procedural(text):
    assert not is_procedural(text)


# --- lists, "<body> to <do>", lost numbers, prose ---------------------------------------------------------------

def test_body_to_do_list_with_a_lost_number_and_unnumbered_copies():
    path = HERE / "annual_report.txt"
    recs = [r for r in recommendations.extract(_ctx(path)) if r.report == "Annual Report 2021" and r.number]
    assert [r.number for r in recs] == ["1", "2", "3", "4"]
    by_no = {r.number: r for r in recs}
    assert by_no["3"].text.startswith("District Commanders to ensure")  # its list marker had no number
    assert by_no["3"].addressee == "District Commanders"
    assert by_no["4"].addressee == "Custody managers"
    assert by_no["1"].addressee == "Northshire Police"
    # the unnumbered copies under "Board Recommendation(s):" are the same recommendations
    assert by_no["1"].to_contract()["locations"] == [
        _line_of(path, "Northshire Police to ensure that repeat"), _line_of(path, "Northshire Police to ensure", 2)]
    assert _line_of(path, "District Commanders to ensure", 2) in by_no["3"].locations
    # a paragraph after the recommendation that is not one
    assert not any(r.text.startswith("Relating to referrals") for r in recommendations.extract(_ctx(path)))


def test_recommendation_in_prose_names_its_addressee():
    path = HERE / "annual_report.txt"
    prose = [r for r in recommendations.extract(_ctx(path)) if "we would recommend" in r.text]
    assert len(prose) == 1
    assert prose[0].number is None
    assert prose[0].addressee == "District Commanders"
    assert prose[0].prov.start_line == _line_of(path, "we would recommend")


def test_r_numbered_summary_of_recommendations():
    recs = recommendations.extract(_ctx(HERE / "council_report.txt"))
    assert [(r.number, r.addressee) for r in recs] == [("1", "Council"), ("2", "Community Safety Partnership")]
    assert recs[0].report == "Knife Crime Topic Group: Final Report"


def test_recommendations_quoted_in_a_letter_belong_to_the_body_that_made_them():
    path = HERE / "letter_quoting.txt"
    recs = recommendations.extract(_ctx(path))
    assert [r.text for r in recs] == ["Publication of quarterly usage figures by district.",
                                      "Better training for officers on de-escalation."]
    assert {r.report for r in recs} == {"Independent Scrutiny Group for Taser"}
    assert recs[0].prov.start_line == _line_of(path, "Publication of quarterly")


def test_speaker_turns_are_not_recommendations():
    assert recommendations.extract(_ctx(HERE / "transcript.txt")) == []


def test_pdf_lines_wrapped_inside_a_recommendation(tmp_path):
    pdf = make_pdf(tmp_path / "review.pdf", [[
        "Subject: Youth Violence Review", "", "Recommendation 1",
        "The Met should publish monthly figures on knife crime for every",
        "ward, so that residents can see how their area compares.", "", "Recommendation 2",
        "MOPAC should fund youth workers in every hospital emergency", "department by the end of 2022.", "",
        "Next steps", "The Committee requests a response by March."]])
    ctx = _ctx(pdf)
    recs = recommendations.extract(ctx)
    assert [r.number for r in recs] == ["1", "2"]
    assert recs[0].text.endswith("how their area compares.")
    assert recs[1].text == "MOPAC should fund youth workers in every hospital emergency department by the end of 2022."
    assert ctx.doc.text(recs[1].prov.start_line) == "Recommendation 2"
    assert recs[1].prov.page == 1


# --- updates on recommendations ------------------------------------------------------------------------------------

def test_update_section_links_each_update_to_its_recommendation():
    path = HERE / "annual_report.txt"
    ups = recommendation_updates.extract(_ctx(path))
    assert [u.recommendation_number for u in ups] == ["1", "2", "3"]
    assert ups[1].recommendation_text.startswith("Develop a joint protocol")
    first = ups[0].to_contract()
    assert first["start_line"] == _line_of(path, "An audit of 500 incidents")
    assert first["end_line"] == _line_of(path, "Recording is now checked monthly")
    # the update runs past its status line to the next restated recommendation
    assert ups[1].prov.end_line == _line_of(path, "A working group meets monthly")
    assert ups[2].prov.end_line == _line_of(path, "A survey of 120 victims")


def test_update_status_only_where_stated():
    ups = recommendation_updates.extract(_ctx(HERE / "annual_report.txt"))
    assert [u.status for u in ups] == [None, "Ongoing", "Completed"]


def test_restated_recommendations_are_recommendations_of_the_earlier_report():
    recs = [r for r in recommendations.extract(_ctx(HERE / "annual_report.txt"))
            if r.report == "2020 Northshire Violence Reduction Board Annual Report"]
    assert [r.number for r in recs] == ["1", "2", "3"]
    assert {r.addressee for r in recs} == {"Northshire Police"}


def test_no_update_section_no_updates():
    assert recommendation_updates.extract(_ctx(HERE / "committee_report.txt")) == []


# --- the real documents ---------------------------------------------------------------------------------------

def test_seed_committee_report_has_ten_recommendations_in_three_copies():
    recs = recommendations.extract(_ctx(seed("004")))
    numbered = [r for r in recs if r.number]
    assert [r.number for r in numbered] == [str(n) for n in range(1, 11)]
    assert all(len(r.to_contract()["locations"]) == 6 for r in numbered)
    assert sum(r.addressee == "MPS" for r in numbered) == 9


def test_seed_annual_report_updates():
    ups = recommendation_updates.extract(_ctx(seed("002")))
    assert [u.recommendation_number for u in ups] == [str(n) for n in range(1, 9)]
    assert sum(u.status == "Ongoing" for u in ups) == 3


# --- select committee reports: bold recommendations, "Conclusions and recommendations" -----------------------------

def test_conclusions_and_recommendations_keeps_the_bold_recommendations_with_their_body_copies():
    path = HERE / "commons_report.txt"
    recs = recommendations.extract(_ctx(path))
    assert [r.number for r in recs] == ["2", "3", "5"]  # 1 and 4 are conclusions
    by_no = {r.number: r for r in recs}
    assert by_no["2"].to_contract()["locations"] == [_line_of(path, "**We recommend that the Ministry"),
                                                      _line_of(path, "**We recommend that the Ministry", 2)]
    # the bold sentence after a conclusion in the same paragraph, first printed in the body
    assert by_no["3"].text == "Youth offending teams should publish their referral rates every six months."
    assert by_no["3"].prov.start_line == _line_of(path, "**Youth offending")
    assert _line_of(path, "**Youth", 2) in by_no["3"].locations
    assert by_no["5"].addressee == "Treasury"
    assert "(Paragraph" not in by_no["5"].text


def test_conclusions_and_recommendations_without_bold_reads_the_recommending_sentences():
    recs = recommendations.extract(_ctx(HERE / "commons_report_plain.txt"))
    assert [(r.number, r.addressee) for r in recs] == [("2", "Probation Service"), ("3", "Ministry of Justice")]


# --- inspectorate and "R1" forms ----------------------------------------------------------------------------------

def test_inspection_recommendations_with_a_deadline_first_and_r_numbers():
    path = HERE / "inspection_report.txt"
    recs = recommendations.extract(_ctx(path))
    # the contents entry "2. Recommendations" does not open a list of section titles
    assert not any(r.text.startswith(("Summary", "Findings", "Methodology")) for r in recs)
    first = recs[0]
    assert (first.number, first.addressee) == ("1", "Chief constables")
    assert first.text.startswith("By 31 March 2027, chief constables should")
    assert recs[1].number == "2" and recs[1].text.startswith("The force should publish")
    panel = [r for r in recs if r.addressee == "Commissioner"]
    assert [r.number for r in panel] == ["1", "2"]
    # "R1" wraps onto an indented line; its restatement in prose ("… (Recommendation R1)") is the same record
    assert panel[0].text.endswith("for the rural custody suites.")
    assert _line_of(path, "The panel is concerned") in panel[0].locations
    assert len(recs) == 4


def test_restated_recommendations_with_a_year_and_a_stated_status():
    path = HERE / "annual_report_updates.txt"
    ctx = _ctx(path)
    ups = recommendation_updates.extract(ctx)
    assert [(u.recommendation_number, u.status) for u in ups] == [
        ("1", "Not achieved"), ("2", "Achieved"), ("3", "Partially achieved")]
    assert ups[0].recommendation_text == ("Brackenmoor Police to record the motivation of every hate crime in the "
                                          "crime report by June 2025.")
    assert ups[0].prov.start_line == _line_of(path, "Update: An audit")
    recs = recommendations.extract(ctx)
    assert [(r.number, r.addressee) for r in recs] == [("1", "Brackenmoor Police"), ("2", "Council"),
                                                       ("3", "Schools")]
    assert {r.report for r in recs} == {"2024 annual report"}


# --- a response that restates each recommendation -----------------------------------------------------------------

def test_recommendations_restated_in_a_government_response():
    path = FIXTURES / "letters" / "responses_government.txt"
    recs = recommendations.extract(_ctx(path))
    assert [r.number for r in recs] == ["2", "3", "5", "6"]
    assert recs[1].text == ("Youth offending teams should publish their referral rates every six months and explain "
                            "any large changes.")
    # "Recommendations 5 and 6": one sentence each
    assert recs[2].text == "The Treasury should agree a three-year settlement for diversion schemes."
    assert recs[3].text == "The Treasury should ring-fence the settlement for diversion."
    assert not any("accepts" in r.text or "notes these" in r.text for r in recs)


# --- recommendations monitors and other update layouts ----------------------------------------------------------

def _ctx_tables(path: Path) -> Context:
    from scrutiny.tables import find_tables

    ctx = _ctx(path)
    ctx.tables = find_tables(ctx)
    return ctx


def test_piped_monitor_table_gives_one_recommendation_and_update_per_row():
    path = HERE / "monitor_pipes.txt"
    ctx = _ctx_tables(path)
    ups = recommendation_updates.extract(ctx)
    # "R1" in a number column drops its "R"; the status is the cell as printed; a wrapped row is one row
    assert [(u.recommendation_number, u.status) for u in ups] == [
        ("1", "Complete"), ("2", "In progress"), ("3", "Not started")]
    assert ups[2].recommendation_text.endswith("to patrol on Friday and Saturday evenings.")
    assert (ups[2].prov.start_line, ups[2].prov.end_line) == (_line_of(path, "| R3 |"), _line_of(path, "| R3 |") + 1)
    recs = recommendations.extract(ctx)
    assert [(r.number, r.addressee) for r in recs] == [
        ("1", "Community Safety Partnership"), ("2", "Housing Service"), ("3", "Council")]
    # the procedural "That the Committee notes the progress…" is not a recommendation
    assert not any(r.text.startswith("That the Committee") for r in recs)


def test_space_aligned_monitor_keeps_a_series_prefix_and_the_rag_word():
    path = HERE / "monitor_aligned.txt"
    ctx = _ctx_tables(path)
    ups = recommendation_updates.extract(ctx)
    assert [(u.recommendation_number, u.status) for u in ups] == [("PP1", "Green"), ("PP2", "Amber"), ("PP3", "Red")]
    assert ups[0].prov.start_line == _line_of(path, "PP1 ")
    recs = recommendations.extract(ctx)
    assert [r.number for r in recs] == ["PP1", "PP2", "PP3"]
    assert {r.addressee for r in recs} == {"Commissioner"}


def test_progress_paragraphs_and_field_blocks_without_an_update_heading():
    path = HERE / "progress_paragraphs.txt"
    ctx = _ctx(path)
    ups = recommendation_updates.extract(ctx)
    assert [(u.recommendation_number, u.status) for u in ups] == [("1", "Amber"), ("2", "Green"), ("3", "Complete")]
    assert ups[0].prov.start_line == _line_of(path, "Progress: Contact within")
    # "Rec. No: 3" then "Recommendation: …": the text without its label
    assert ups[2].recommendation_text == "The Board should hold an annual survivors' conference."
    recs = recommendations.extract(ctx)
    assert [(r.number, r.addressee) for r in recs] == [("1", "Police"), ("2", "Health partners"), ("3", "Board")]


def test_that_the_cabinet_form_implementation_table_and_areas_for_improvement():
    path = HERE / "implementation_table.txt"
    ctx = _ctx_tables(path)
    recs = recommendations.extract(ctx)
    # "Recommendation 1 - That the X <verb>s…": the subject of the verb is the addressee; an implementation table
    # without the recommendations' text adds nothing; an area for improvement and "That the report be noted…" are
    # not recommendations
    assert [(r.number, r.addressee) for r in recs] == [("1", "Cabinet Member for Highways"),
                                                       ("2", "Council's highways team")]
    assert recommendation_updates.extract(ctx) == []


def test_two_recommendations_answered_together_and_lower_case_subjects():
    path = HERE / "response_commitments.txt"
    recs = recommendations.extract(_ctx(path))
    assert [(r.number, r.addressee) for r in recs] == [("1", "Department"), ("2", "Youth offending teams"),
                                                       ("3", "Department")]
    assert recs[1].prov.start_line == _line_of(path, "Every youth offending team")
    assert recs[2].prov.start_line == _line_of(path, "The Department should fund")


@pytest.mark.parametrize("text,who", [
    ("By 30 June 2027, all forces should review their use of bail.", "Forces"),
    ("Within three months of this report, the Home Office should write to every force.", "Home Office"),
    ("Within a year, the National Crime Agency lead for fraud should publish a plan.", "National Crime Agency"),
    ("That the Cabinet Member for Transport ensures that every bus station has CCTV.",
     "Cabinet Member for Transport"),
    ("That the Executive asks the Partnership to publish its plan.", "Executive"),
    ("Each local authority should appoint a lead officer.", "Local authorities"),
])
def test_addressee_family(text, who):
    assert addressee_of(text) == who


@pytest.mark.parametrize("text", ["That the report be noted.", "That the update and its appendices be received.",
                                  "That the Panel submits its report to the Cabinet."])
def test_more_procedural_forms(text):
    assert is_procedural(text)


def test_series_prefixed_and_dotted_recommendation_headings(tmp_path):
    path = tmp_path / "review.txt"
    path.write_text("Review of custody\n\nRecommendation CU2: The force should audit every custody record each "
                    "month.\n\nRecommendation 4.1: The Commissioner should publish the audit results.\n")
    recs = recommendations.extract(_ctx(path))
    assert [(r.number, r.addressee) for r in recs] == [("CU2", "Force"), ("4.1", "Commissioner")]


# --- round 3: lettered lists between answers, inline update labels, addressee columns, addressee forms ---------

def test_lettered_recommendations_between_government_answers():
    # "(a) …", "(b) …" each followed by its answer: one list, numbered by letter, "(Paragraph N)" dropped
    path = FIXTURES / "letters" / "responses_lettered.txt"
    recs = recommendations.extract(_ctx(path))
    assert [(r.number, r.addressee) for r in recs] == [
        ("a", "Department and the British Transport Police"), ("b", "Forces"), ("c", "Treasury")]
    assert recs[0].text.endswith("where thefts have been reported.")
    assert recs[1].prov.start_line == _line_of(path, "(b) Forces")


def test_labelled_updates_with_inline_progress_and_status_lines():
    # "Recommendation N - …" with "Update:" and "RAG status:" on the next lines (no blank line); the report's own
    # numbered paragraphs ("1. In its report…", "4. That the Committee notes…") are neither recommendations nor updates
    path = HERE / "update_inline_labels.txt"
    ctx = _ctx(path)
    ups = recommendation_updates.extract(ctx)
    assert [(u.recommendation_number, u.status) for u in ups] == [
        ("1", "Amber - on track"), ("2", "Green - done"), ("3", "Red - not achieved")]
    assert ups[0].recommendation_text == "The Cabinet should replace the lamps in the twelve darkest subways by March 2026."
    assert ups[0].prov.start_line == _line_of(path, "Update: Eight")
    assert ups[2].prov.end_line == _line_of(path, "Red - not achieved")
    recs = recommendations.extract(ctx)
    assert [(r.number, r.addressee, r.report) for r in recs] == [
        ("1", "Cabinet", "Lighting the Way"), ("2", "Head of Highways", "Lighting the Way"),
        ("3", "OPCC", "Lighting the Way")]


def test_tracker_with_lettered_rows_and_a_directed_to_column():
    path = HERE / "tracker_directed_to.txt"
    ctx = _ctx_tables(path)
    ups = recommendation_updates.extract(ctx)
    assert [(u.recommendation_number, u.status) for u in ups] == [("a", "Amber"), ("b", "Green")]
    recs = recommendations.extract(ctx)
    assert [(r.number, r.addressee) for r in recs] == [
        ("a", "Cabinet Member for Young People"), ("b", "Leader of the Council")]


@pytest.mark.parametrize("text, expected", [
    ("By June 2026, the Home Office and the NPCC should agree a standard.", "Home Office and the NPCC"),
    ("That the Cabinet Member for Housing and the Chief Constable jointly fund a post.",
     "Cabinet Member for Housing and the Chief Constable"),
    ("Within a year, the force, with the ambulance trust, should agree a protocol.", "Force, with the ambulance trust"),
    ("The Met should commission a survey, with support from the staff networks, to find out why.", "MPS"),
    ("That the council's Director of Public Health publishes the data.", "Director of Public Health"),
    ("The OPFCC should audit compliance every year.", "OPFCC"),
    ("The Commissioner's office should publish the minutes.", "OPCC"),
    ("Police and Crime Panels should review the plan.", "Police and Crime Panel"),
])
def test_addressee_forms(text, expected):
    assert addressee_of(text) == expected


def test_the_force_resolves_to_the_force_the_document_names():
    path = FIXTURES / "letters" / "responses_afi.txt"
    recs = recommendations.extract(_ctx(path))
    assert [(r.number, r.addressee) for r in recs] == [("1", "Marlowshire Police")]


def test_recommendation_labels_in_capitals_read_as_labels(tmp_path):
    """A response may set its labels in capitals ("RECOMMENDATION 3"); they are the same labels."""
    from scrutiny.extract import responses

    src = FIXTURES / "letters" / "responses_government.txt"
    lines = src.read_text(encoding="utf-8").splitlines()
    caps = [ln.replace("Recommendation", "RECOMMENDATION", 1) if ln.startswith("Recommendation") else ln
            for ln in lines]
    assert caps != lines
    path = tmp_path / "caps.txt"
    path.write_text("\n".join(caps) + "\n", encoding="utf-8")
    want = responses.extract(_ctx(src))
    got = responses.extract(_ctx(path))
    assert want and [(r.topic.upper(), r.prov.start_line) for r in got] == [
        (r.topic.upper(), r.prov.start_line) for r in want]
    assert [r.number for r in recommendations.extract(_ctx(path))] == ["2", "3", "5", "6"]
