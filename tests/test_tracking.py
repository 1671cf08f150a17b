"""Due dates, UK working days and status as of a date (scrutiny.tracking)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scrutiny.link import Link
from scrutiny.tracking import (add_working_days, bank_holiday, is_working_day, latest_words, normalise_status_words,
                               parse_deadline, status_as_of, status_history, track_item, working_days_between)

# --- working days across bank holidays ---------------------------------------------------------------------------


def test_christmas_and_new_year_2014_are_skipped():
    # Wed 24 Dec 2014: Thu 25 and Fri 26 are bank holidays, then the weekend
    assert add_working_days("2014-12-24", 1) == date(2014, 12, 29)
    assert add_working_days("2014-12-24", 3) == date(2014, 12, 31)
    # Thu 1 Jan 2015 is New Year's Day
    assert add_working_days("2014-12-24", 4) == date(2015, 1, 2)
    assert working_days_between("2014-12-24", "2015-01-02") == 4


def test_twenty_working_days_from_a_december_meeting():
    # from Thu 4 Dec 2014: 14 working days to Christmas Eve, three more before New Year's Day, then 2, 5, 6 Jan
    assert add_working_days(date(2014, 12, 4), 20) == date(2015, 1, 6)


def test_easter_2015_is_skipped():
    # Good Friday 3 April and Easter Monday 6 April 2015
    assert bank_holiday(date(2015, 4, 3)) and bank_holiday(date(2015, 4, 6))
    assert add_working_days("2015-04-02", 1) == date(2015, 4, 7)
    assert working_days_between("2015-04-02", "2015-04-07") == 1
    assert add_working_days("2015-04-07", -1) == date(2015, 4, 2)


def test_substitute_bank_holiday_when_boxing_day_falls_on_a_saturday():
    # 2015: Christmas on a Friday, Boxing Day on Saturday → Monday 28 December is the substitute day
    assert not is_working_day("2015-12-28")
    assert add_working_days("2015-12-24", 1) == date(2015, 12, 29)


def test_weekends_and_zero_days():
    assert add_working_days("2015-01-09", 1) == date(2015, 1, 12)  # Friday → Monday
    assert add_working_days("2015-01-10", 0) == date(2015, 1, 10)
    assert working_days_between("2015-01-12", "2015-01-05") == -5
    with pytest.raises(ValueError):
        add_working_days("not a date", 3)


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=date(2010, 1, 1), max_value=date(2030, 12, 31)), st.integers(min_value=0, max_value=80))
def test_working_days_between_inverts_add_working_days(start, n):
    end = add_working_days(start, n)
    assert working_days_between(start, end) == n
    assert n == 0 or is_working_day(end)
    # a span of n working days never takes fewer than n calendar days
    assert (end - start) >= timedelta(days=n)


# --- deadlines ---------------------------------------------------------------------------------------------------


def test_by_month_and_year_is_the_end_of_that_month():
    due = parse_deadline("by March 2015", "2015-01-08")
    assert due.date == "2015-03-31" and due.rule == "end_of_month" and due.source == "text"
    assert "end of that month" in due.explanation


def test_deadline_found_inside_a_sentence():
    due = parse_deadline("The Committee asks for a reply to each recommendation by June 2016.", "2016-03-10")
    assert due.date == "2016-06-30"


def test_within_calendar_days_weeks_and_months():
    assert parse_deadline("within 28 days", "2014-12-04").date == "2015-01-01"
    assert parse_deadline("within six weeks", "2015-01-08").date == "2015-02-19"
    assert parse_deadline("within a fortnight", "2015-01-08").date == "2015-01-22"
    assert parse_deadline("within two months", "2015-01-08").date == "2015-03-08"
    assert parse_deadline("within 1 month", "2015-01-31").date == "2015-02-28"  # clipped to the month's end


def test_within_working_days_explains_the_bank_holidays_skipped():
    due = parse_deadline("Response required within 20 working days", "2014-12-04")
    assert due.date == "2015-01-06" and due.rule == "working_days"
    for name in ("Christmas Day", "Boxing Day", "New Year"):
        assert name in due.explanation
    assert "2014-12-04" in due.explanation and due.explanation.endswith("2015-01-06")


def test_by_the_next_meeting_uses_the_next_known_meeting():
    meetings = ["2014-10-09", "2014-12-04", "2015-01-08", "2015-01-29"]
    due = parse_deadline("to report back by the next meeting", "2014-12-04", meetings)
    assert due.date == "2015-01-08" and due.rule == "next_meeting"
    unknown = parse_deadline("at the next meeting", "2015-01-29", meetings)
    assert unknown.date is None and "not known" in unknown.explanation


@pytest.mark.parametrize("words, expected", [
    ("by 31 March 2015", "2015-03-31"),
    ("31st March 2015", "2015-03-31"),
    ("March 31, 2015", "2015-03-31"),
    ("31/03/2015", "2015-03-31"),
    ("2015-03-31", "2015-03-31"),
])
def test_explicit_dates(words, expected):
    due = parse_deadline(words, "2015-01-08")
    assert due.date == expected and due.rule == "explicit_date"


def test_month_without_a_year_is_the_next_such_month():
    assert parse_deadline("by the end of November", "2016-11-01").date == "2016-11-30"
    assert parse_deadline("by February", "2016-11-01").date == "2017-02-28"
    # "may" as a verb is not a month
    assert parse_deadline("officers may attend", "2016-11-01").date is None


def test_relative_periods():
    assert parse_deadline("next week", "2016-11-01").date == "2016-11-11"  # Friday of the following week
    assert parse_deadline("by the end of the financial year", "2016-11-01").date == "2017-03-31"
    assert parse_deadline("by the end of the month", "2016-11-01").date == "2016-11-30"


def test_no_deadline_words_give_no_date():
    assert parse_deadline("n/a", "2015-01-08").date is None
    assert parse_deadline(None, "2015-01-08").explanation == "no deadline stated"
    assert parse_deadline("shortly", "2015-01-08").date is None
    no_ref = parse_deadline("within 28 days", None)
    assert no_ref.date is None and "no reference date" in no_ref.explanation


def test_per_body_default_applies_when_the_text_gives_none():
    defaults = {"recommendations": "within two months", "actions": "by the next meeting"}
    due = parse_deadline("n/a", "2015-01-08", defaults=defaults, kind="recommendations", anchor="publication")
    assert due.date == "2015-03-08" and due.source == "default"
    assert "default for recommendations" in due.explanation and "publication" in due.explanation
    # stated words win over the default
    assert parse_deadline("within 28 days", "2015-01-08", defaults=defaults, kind="recommendations").source == "text"
    # a "*" default covers every kind
    star = parse_deadline(None, "2015-01-08", defaults={"*": "within 10 working days"}, kind="questions")
    assert star.date == "2015-01-22" and star.rule == "working_days"


# --- status as of a date -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("words, code", [
    ("In progress", "in_progress"),
    ("Ongoing", "in_progress"),
    ("Completed. The letter from the MPS is attached at Appendix 1.", "completed"),
    ("Complete", "completed"),
    ("Outstanding", "open"),
    ("Response awaited", "open"),
    ("Withdrawn", "withdrawn"),
    ("No longer required", "withdrawn"),
    ("Not yet completed", "open"),
    ("Partially implemented", "in_progress"),
    ("Response received 3 March", "answered"),
    ("Overdue", "overdue"),
    ("", None),
    ("See minute 5", None),
    # the same vocabulary extraction uses: RAG words, negated completions, refusals
    ("AMBER - on track", "in_progress"),
    ("GREEN - letter at Appendix A", "completed"),
    ("Not achieved", "open"),
    ("planned (expected to be resolved)", "open"),
    ("Not accepted - closed", "withdrawn"),
    ("Substantially implemented", "in_progress"),
])
def test_status_words_are_normalised(words, code):
    assert normalise_status_words(words) == code


def _answer(date_: str | None, state: str = "asserted", target: str = "act-1", source: str = "letter-1") -> Link:
    return Link(source, target, "answers", "meeting_followup", {}, 0.9 if state == "asserted" else 0.4, state, date_)


def test_an_action_in_progress_stays_open_as_of_a_date():
    status = status_as_of("In progress", [], None, "2015-01-08", status_date="2015-01-08")
    assert status.code == "in_progress" and status.is_open
    assert status.days_overdue is None and "In progress" in status.explanation


def test_an_asserted_answer_dated_on_or_before_as_of_answers_the_item():
    links = [_answer("2014-12-15")]
    assert status_as_of("In progress", links, None, "2014-12-14").code == "in_progress"
    on_day = status_as_of("In progress", links, None, "2014-12-15")
    assert on_day.code == "answered" and on_day.answered_by == ("letter-1",) and on_day.answered_on == "2014-12-15"
    assert not on_day.is_open


def test_proposed_links_and_links_to_other_items_do_not_answer():
    links = [_answer("2014-12-15", state="proposed"), _answer("2014-12-15", target="act-2")]
    status = status_as_of(None, links, None, "2015-01-08", item_id="act-1")
    assert status.code == "open" and status.answered_by == ()


def test_past_due_with_no_answer_is_overdue_with_days_and_working_days():
    status = status_as_of("Outstanding", [], "2014-12-19", "2015-01-05")
    assert status.code == "overdue" and status.is_open
    assert status.days_overdue == 17
    # 22, 23, 24, 29, 30, 31 Dec, 2 and 5 Jan: Christmas, Boxing Day and New Year's Day are skipped
    assert status.working_days_overdue == 8
    assert "2014-12-19" in status.explanation


def test_an_answer_after_the_due_date_still_answers():
    status = status_as_of(None, [_answer("2015-02-01")], "2015-01-31", "2015-03-01")
    assert status.code == "answered"
    assert status_as_of(None, [_answer("2015-02-01")], "2015-01-31", "2015-01-31").code == "open"


def test_words_from_a_later_document_do_not_count_before_it():
    early = status_as_of("Completed", [], "2015-01-01", "2014-12-20", status_date="2015-01-08")
    assert early.code == "open" and "not used" in early.explanation
    late = status_as_of("Completed", [], "2015-01-01", "2015-01-08", status_date="2015-01-08")
    assert late.code == "completed"


def test_withdrawn_wins_and_links_accept_dicts():
    assert status_as_of("Withdrawn", [_answer("2014-12-15")], "2014-12-01", "2015-01-08").code == "withdrawn"
    as_dict = {"source_id": "x", "target_id": "a", "relation": "updates", "state": "asserted", "date": None}
    undated = status_as_of("Ongoing", [as_dict], None, "2015-01-08")
    assert undated.code == "answered" and "undated" in undated.explanation


def test_ten_recommendations_published_in_january_are_overdue_by_may():
    defaults = {"recommendations": "within two months"}
    recs = [{"number": str(n), "text": f"The force should review practice {n}.", "addressee": "MPS"}
            for n in range(1, 11)]
    for rec in recs:
        due, in_march = track_item("recommendations", rec, [], "2015-03-01", document_date="2015-01-08",
                                   defaults=defaults)
        assert due.date.startswith("2015-03") and due.source == "default"
        assert in_march.code == "open"
        _, in_may = track_item("recommendations", rec, [], "2015-05-01", document_date="2015-01-08",
                               defaults=defaults)
        assert in_may.code == "overdue"
        assert in_may.days_overdue == (date(2015, 5, 1) - date.fromisoformat(due.date)).days


def test_track_item_counts_an_action_deadline_from_its_meeting():
    action = {"meeting_date": "2014-12-04", "text": "To write to the Chair", "status": "In progress",
              "deadline": "within 20 working days"}
    due, status = track_item("actions", action, [], "2015-01-05", document_date="2014-12-20")
    assert due.date == "2015-01-06" and status.code == "in_progress"
    _, later = track_item("actions", action, [], "2015-01-09", document_date="2014-12-20")
    assert later.code == "overdue" and later.days_overdue == 3


def test_latest_words_in_force_on_a_date():
    observations = [("2015-01-08", "In progress"), ("2015-03-12", "Completed"), (None, "Outstanding")]
    assert latest_words(observations, "2015-02-01") == ("In progress", "2015-01-08")
    assert latest_words(observations, "2015-03-12") == ("Completed", "2015-03-12")
    assert latest_words(observations, "2014-12-01") == ("Outstanding", None)
    assert latest_words([], "2015-01-01") == (None, None)


def test_status_history_records_each_change():
    # raised at a meeting on 4 Dec with a deadline of 20 working days; reprinted "In progress" in January; a
    # letter answers it in February; the next action list marks it completed
    observations = [("2014-12-04", None), ("2015-01-08", "In progress"), ("2015-03-12", "Completed")]
    links = [_answer("2015-02-10", target="act-9")]
    history = status_history(observations, links, "2015-01-06", "2015-04-01", item_id="act-9")
    assert [(h.as_of, h.code) for h in history] == [
        ("2014-12-04", "open"), ("2015-01-07", "overdue"), ("2015-02-10", "answered"), ("2015-03-12", "completed")]
    assert history[1].days_overdue == 1
