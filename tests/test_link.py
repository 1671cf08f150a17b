"""Linking rules (scrutiny.link) over fixture records written in the styles of the genre.

The fixtures are a London-Assembly-style agenda pack (a summary list of actions with three MPS letters as
appendices), a stand-alone copy of one of those letters, two annual reports of a domestic-violence board (the later
one restating and updating the earlier one's recommendations), a committee report printed in a pack and on its
own, a draft police and crime plan and a Deputy Mayor's reply answering by topic.
"""
from __future__ import annotations

import random
import time

import pytest

from scrutiny.link import (Link, StoredItem, letter_appendix, link_items, number_key, rule_appendix_reference,
                           rule_meeting_followup, rule_recommendation_updates, rule_same_as, rule_topic_responses,
                           same_as_groups, sender_match)
from scrutiny.tracking import status_as_of

# --- fixture documents -------------------------------------------------------------------------------------------

PACK, PACK_DATE = "pack", "2015-03-12"
COPY, COPY_DATE = "single-letter", "2015-02-10"

CUSTODY_LETTER = """TOTAL POLICING
10th February 2015
Chair of the Police and Crime Committee, London Assembly, City Hall
Jane Okafor QPM
Deputy Commissioner of Police of the Metropolis
New Scotland Yard
Dear Chair
Police and Crime Committee - 20 November 2014
At the meeting I agreed to set out how the review of custody suites was carried out.
How was the review of custody suites carried out?
The review of custody suites looked at the use of every suite over two years, the travel times of arresting
officers and the condition of each building. Closures were proposed only where a suite was used for fewer than
four detainees a day. Borough commanders and the custody inspectorate were consulted on each closure.
Yours sincerely
Jane Okafor
Deputy Commissioner"""

SEPTEMBER_LETTER = """Metropolitan Police Service
New Scotland Yard
2nd February 2015
Chair of the Police and Crime Committee
Dear Chair
Issues arising from the meeting of the Police and Crime Committee held on 2 October 2014
- A breakdown of stop and search by borough
The breakdown of searches by borough for the last twelve months is attached; Westminster and Lambeth carried out
the most searches and the arrest rate ranged from 9 to 21 per cent.
- A summary of arrests and charges under Operation Nightjar
Operation Nightjar has led to 46 arrests and 31 charges for burglary since it began in June.
Yours sincerely
Mark Ellison
Assistant Commissioner, Territorial Policing"""

TOPICS_LETTER = """10th February 2015
Chair of the Police and Crime Committee, London Assembly
Jane Okafor QPM
Deputy Commissioner of Police of the Metropolis
Dear Chair
Police and Crime Committee - 20 November 2014
Further to my attendance at the Committee I agreed to write to you on the topics that were not reached.
Anti-social behaviour and the Community Trigger
1. How many times has the Community Trigger been used in London since October?
The Trigger has been activated 112 times; each borough now has a named single point of contact and publishes its
threshold on its website.
Cycle safety
2. What has Operation Safeway achieved?
Officers stopped over 14,000 road users at junctions during the operation, giving advice and issuing fixed
penalty notices to drivers and cyclists.
Do please let me know if you require any further information.
Yours sincerely
Jane Okafor
Deputy Commissioner"""

# the same letter as TOPICS_LETTER, published on its own with a different layout
TOPICS_LETTER_COPY = """10th February 2015
Chair of the Police and Crime Committee, London Assembly Jane Okafor QPM Deputy Commissioner of Police of the
Metropolis
Dear Chair
Police and Crime Committee - 20 November 2014
Further to my attendance at the Committee I agreed to write to you on the topics that were not reached.
Anti-social behaviour and the Community Trigger
- 1. How many times has the Community Trigger been used in London since October?
The Trigger has been activated 112 times; each borough now has a named single point of contact and publishes its
threshold on its website.
Cycle safety
- 2. What has Operation Safeway achieved?
Officers stopped over 14,000 road users at junctions during the operation, giving advice and issuing fixed
penalty notices to drivers and cyclists.
Do please let me know if you require any further information.
Yours sincerely
Jane Okafor
Deputy Commissioner"""

MPS_ROLE = "Deputy Commissioner of Police of the Metropolis"
CHAIR = "Chair of the Police and Crime Committee"


def item(id_: str, doc: str, kind: str, data: dict, start: int, end: int | None = None, text: str | None = None,
         doc_date: str | None = None) -> StoredItem:
    return StoredItem(id_, doc, f"{doc}.pdf", kind, data, start, end or start, text, doc_date)


def pack_items(with_parts: bool = True, with_text: bool = True) -> list[StoredItem]:
    """The agenda pack: four actions of two meetings, one in-progress action, three letters in appendices."""
    d = PACK_DATE
    out = [
        item("act-custody", PACK, "actions", {
            "meeting_date": "2014-11-20", "minute_item": "6",
            "text": "The Deputy Commissioner, MPS, agreed to provide the Committee with details of how the review "
                    "of custody suites had been carried out.",
            "owner": "MPS", "person": "The Deputy Commissioner, MPS",
            "status": "Completed. The letter from the MPS is attached at Appendix 1.", "deadline": "n/a",
            "line": 120}, 120, doc_date=d),
        item("act-mopac", PACK, "actions", {
            "meeting_date": "2014-11-20", "minute_item": "6",
            "text": "The Deputy Mayor for Policing and Crime agreed to send the Committee a copy of the review of "
                    "custody suites once it was published.",
            "owner": "MOPAC", "person": "The Deputy Mayor for Policing and Crime", "status": "Ongoing",
            "deadline": "n/a", "line": 122}, 122, doc_date=d),
        item("act-search", PACK, "actions", {
            "meeting_date": "2014-10-02", "minute_item": "4",
            "text": "The Assistant Commissioner, MPS to provide the Committee with: a breakdown of stop and search "
                    "by borough.",
            "owner": "MPS", "person": "The Assistant Commissioner, MPS",
            "status": "Completed. The letter from the MPS is attached at Appendix 2.", "deadline": "n/a",
            "line": 130}, 130, doc_date=d),
        item("act-nightjar", PACK, "actions", {
            "meeting_date": "2014-10-02", "minute_item": "4",
            "text": "The Assistant Commissioner, MPS to provide the Committee with: a summary of arrests and charges "
                    "under Operation Nightjar.",
            "owner": "MPS", "person": "The Assistant Commissioner, MPS",
            "status": "Completed. The letter from the MPS is attached at Appendix 2.", "deadline": "n/a",
            "line": 130}, 130, doc_date=d),
        item("act-coercive", PACK, "actions", {
            "meeting_date": "2015-02-05", "minute_item": "5",
            "text": "During the discussion Commander Ellis undertook to provide information on the law relating to "
                    "coercive control and the charges that could be brought.",
            "owner": "Metropolitan Police Service (MPS)", "person": "Commander Ellis", "status": "In progress",
            "deadline": "n/a", "line": 110}, 110, doc_date=d),
        item("let-custody", PACK, "letters", {
            "date": "2015-02-10", "from_name": "Jane Okafor QPM", "from_role": MPS_ROLE, "to_name": None,
            "to_role": CHAIR, "subject": "Police and Crime Committee - 20 November 2014",
            "responds_to_meeting_date": "2014-11-20", "start_line": 170, "end_line": 186,
            "questions": [{"text": "How was the review of custody suites carried out?", "line": 179,
                           "answer_line": 180}]}, 170, 186, CUSTODY_LETTER if with_text else None, d),
        item("let-september", PACK, "letters", {
            "date": "2015-02-02", "from_name": "Mark Ellison", "from_role": "Assistant Commissioner, Territorial "
            "Policing", "to_name": None, "to_role": CHAIR,
            "subject": "Issues arising from the meeting of the Police and Crime Committee held on 2 October 2014",
            "responds_to_meeting_date": "2014-10-02", "start_line": 190, "end_line": 203,
            "questions": [{"text": "A breakdown of stop and search by borough", "line": 196, "answer_line": 197},
                          {"text": "A summary of arrests and charges under Operation Nightjar", "line": 199,
                           "answer_line": 200}]}, 190, 203, SEPTEMBER_LETTER if with_text else None, d),
        item("let-topics", PACK, "letters", {
            "date": "2015-02-10", "from_name": "Jane Okafor QPM", "from_role": MPS_ROLE, "to_name": None,
            "to_role": CHAIR, "subject": "Police and Crime Committee - 20 November 2014",
            "responds_to_meeting_date": "2014-11-20", "start_line": 210, "end_line": 229,
            "questions": [{"text": "How many times has the Community Trigger been used in London since October?",
                           "line": 217, "answer_line": 218},
                          {"text": "What has Operation Safeway achieved?", "line": 221, "answer_line": 222}]},
             210, 229, TOPICS_LETTER if with_text else None, d),
    ]
    if with_parts:
        out += [
            item("part-minutes-app1", PACK, "parts", {"kind": "transcript",
                 "title": "Appendix 1 to the minutes: Transcript of Item 5", "start_line": 20, "end_line": 90}, 20, 90,
                 doc_date=d),
            item("part-actions", PACK, "parts", {"kind": "action_list",
                 "title": "Summary List of Actions (Agenda Item 4)", "start_line": 100, "end_line": 160}, 100, 160,
                 doc_date=d),
            item("part-app1", PACK, "parts", {"kind": "letter", "title": "Appendix 1 to Item 4: letter from the "
                 "Deputy Commissioner", "start_line": 168, "end_line": 186}, 168, 186, doc_date=d),
            item("part-app2", PACK, "parts", {"kind": "letter", "title": "Appendix 2 to Item 4: letter from the "
                 "Assistant Commissioner", "start_line": 188, "end_line": 203}, 188, 203, doc_date=d),
            item("part-app3", PACK, "parts", {"kind": "letter", "title": "Appendix 3 to Item 4: letter on topics "
                 "not reached", "start_line": 208, "end_line": 229}, 208, 229, doc_date=d),
        ]
    return out


def copy_items(with_text: bool = True) -> list[StoredItem]:
    return [item("copy-topics", COPY, "letters", {
        "date": "2015-02-10", "from_name": "Jane Okafor", "from_role": "Deputy Commissioner", "to_name": None,
        "to_role": CHAIR, "subject": "Police and Crime Committee - 20 November 2014",
        "responds_to_meeting_date": "2014-11-20", "start_line": 1, "end_line": 19,
        "questions": [{"text": "How many times has the Community Trigger been used in London since October?",
                       "line": 8, "answer_line": 9},
                      {"text": "What has Operation Safeway achieved?", "line": 12, "answer_line": 13}]},
        1, 19, TOPICS_LETTER_COPY if with_text else None, COPY_DATE)]


BOARD_2014 = [
    "MPS to review how rapes recorded as no-crime are checked against the national counting rules.",
    "Borough commanders to include sexual violence services in their community safety partnership plans.",
    "Develop joint performance targets with the CPS on domestic and sexual violence.",
]
BOARD_2015_NEW = [
    "MPS to provide clarity on the number of recorded domestic violence offences against older people.",
    "MPS to review specialist training for officers investigating sexual offences against children.",
    "Ensure victims of stalking are referred to specialist advocates in every borough.",
]


def board_items() -> list[StoredItem]:
    """Two annual reports: 2014's three recommendations; 2015's own three, then an update section that restates
    each 2014 recommendation above its update (restated wording varies slightly)."""
    out = []
    for n, text in enumerate(BOARD_2014, start=1):
        out.append(item(f"rec14-{n}", "board-2014", "recommendations", {
            "report": "Domestic and Sexual Violence Board Annual Report 2014", "number": str(n), "text": text,
            "addressee": "MPS", "line": 40 + n}, 40 + n, doc_date="2014-06-30"))
    for n, text in enumerate(BOARD_2015_NEW, start=1):
        out.append(item(f"rec15-{n}", "board-2015", "recommendations", {
            "report": "Domestic and Sexual Violence Board Annual Report 2015", "number": str(n), "text": text,
            "addressee": "MPS", "line": 60 + n}, 60 + n, doc_date="2015-06-30"))
    restated = [BOARD_2014[0].replace("MPS to review", "Review"), BOARD_2014[1],
                BOARD_2014[2].replace("performance ", "")]
    for n, text in enumerate(restated, start=1):
        line = 400 + 10 * n
        out.append(item(f"restated-{n}", "board-2015", "recommendations", {
            "report": "Update on recommendations from the 2014 Annual Report", "number": str(n), "text": text,
            "addressee": "MPS", "line": line}, line, doc_date="2015-06-30"))
        out.append(item(f"update-{n}", "board-2015", "recommendation_updates", {
            "recommendation_number": str(n), "recommendation_text": text,
            "status": "Ongoing" if n == 2 else None, "start_line": line + 2, "end_line": line + 6},
            line + 2, line + 6, f"Update: work on this recommendation continued through the year ({n}).",
            "2015-06-30"))
    return out


PLAN_THEMES = {
    "Keeping children and young people safe": [
        "We will produce and implement a new knife crime strategy with partners.",
        "We will fund youth workers in hospital accident and emergency departments to support young victims.",
        "We will tackle drug dealing through county lines that exploits young people.",
    ],
    "Tackling violence against women and girls": [
        "We will refresh the London strategy on violence against women and girls.",
        "We will review the funding of independent domestic and sexual violence advisers.",
        "We will pilot projects on FGM, forced marriage and honour based violence.",
    ],
    "A better criminal justice service": [
        "We will press the government to devolve youth justice and probation to London.",
        "We will improve the support given to victims and witnesses at court.",
    ],
    "Strategic policing capabilities": [
        "We will expand the cyber crime unit to tackle fraud and online offending against Londoners.",
    ],
}


def plan_items(doc: str = "draft-plan", doc_date: str = "2016-12-01") -> list[StoredItem]:
    out = [item(f"{doc}-part", doc, "parts", {"kind": "plan", "title": "Draft Police and Crime Plan 2017-2021",
                                                "start_line": 1, "end_line": 900}, 1, 900, doc_date=doc_date)]
    line = 100
    for theme, texts in PLAN_THEMES.items():
        for i, text in enumerate(texts):
            line += 20
            out.append(item(f"{doc}-c{line}", doc, "commitments", {"text": text, "theme": theme, "line": line},
                            line, doc_date=doc_date))
    return out


REPLY_TOPICS = [
    ("Keeping children and young people safe",
     "Like you, we are clear that knife crime is not only a gang problem; the knife crime strategy will say so."),
    ("Violence against women and girls (VAWG)",
     "The refreshed strategy will be published in the spring and we will continue to fund advocates."),
    ("A better criminal justice service", "We continue to press for devolution of the justice system."),
    ("Harmful practices: FGM",
     "We will train frontline professionals to recognise FGM, forced marriage and honour based violence."),
    ("Fraud and online crime", "The final Plan contains detail on tackling fraud and online offending."),
    ("Delivering in uncertain times", "Morale matters and we will listen to officers about their workload."),
]


def reply_items() -> list[StoredItem]:
    out = []
    for i, (topic, text) in enumerate(REPLY_TOPICS):
        out.append(item(f"resp-{i}", "reply", "responses", {"topic": topic, "responds_to": None, "line": 11 + i},
                        11 + i, text=f"- **{topic}** – {text}", doc_date="2017-03-17"))
    # the reply's own commitments carry the same theme names: they must not be linked to its own responses
    out.append(item("reply-c1", "reply", "commitments", {
        "text": "We commit to producing a knife crime strategy.", "theme": "Keeping children and young people safe",
        "line": 11}, 11, doc_date="2017-03-17"))
    return out


def by_pair(links: list[Link]) -> dict[tuple[str, str], Link]:
    return {(lk.source_id, lk.target_id): lk for lk in links}


def asserted_pairs(links: list[Link]) -> set[tuple[str, str]]:
    return {(lk.source_id, lk.target_id) for lk in links if lk.state == "asserted"}


# --- rule 1: a letter follows up a meeting ------------------------------------------------------------------------


def test_letter_answers_the_action_of_the_meeting_it_follows_up():
    links = link_items(pack_items(with_parts=False) + copy_items())
    got = by_pair(links)
    link = got[("let-custody", "act-custody")]
    assert link.state == "asserted" and link.relation == "answers" and link.rule == "meeting_followup"
    ev = link.evidence["meeting_followup"]
    assert ev["meeting_date"] == "2014-11-20" and ev["sender"]["body"]["owner"] == "MPS"
    assert link.date == "2015-02-10"
    # the other letter of the same sender, date and subject is about other topics: not asserted
    assert ("let-topics", "act-custody") not in asserted_pairs(links)
    assert ("copy-topics", "act-custody") not in asserted_pairs(links)


def test_one_letter_answers_two_actions_of_another_meeting():
    links = link_items(pack_items(with_parts=False))
    pairs = asserted_pairs(links)
    assert ("let-september", "act-search") in pairs and ("let-september", "act-nightjar") in pairs
    ev = by_pair(links)[("let-september", "act-nightjar")].evidence["meeting_followup"]
    assert "Nightjar" in ev["best_question"]["text"]


def test_an_action_owed_by_another_body_is_at_most_proposed():
    links = link_items(pack_items(with_parts=False))
    for (src, tgt), lk in by_pair(links).items():
        if tgt == "act-mopac":
            assert lk.state == "proposed" and lk.evidence["meeting_followup"]["sender"]["mismatch"]


def test_rule_works_from_metadata_alone_and_reads_the_meeting_date_from_the_subject():
    items = pack_items(with_parts=False, with_text=False)
    for it in items:
        if it.id == "let-september":
            it.data["responds_to_meeting_date"] = None  # the subject still names the meeting
    cands = rule_meeting_followup(items)
    found = {(c.source.id, c.target.id): c for c in cands}
    assert found[("let-september", "act-search")].evidence["meeting_date_from"] == "dates in the subject"
    assert found[("let-september", "act-search")].score >= 0.6
    assert found[("let-custody", "act-custody")].score >= 0.6


def test_a_letter_written_before_the_meeting_does_not_follow_it_up():
    items = pack_items(with_parts=False)
    for it in items:
        if it.id == "let-september":
            it.data["date"] = "2014-09-30"
    assert not [c for c in rule_meeting_followup(items) if c.source.id == "let-september"]


def test_sender_match_by_surname_post_and_body():
    items = {it.id: it for it in pack_items()}
    letter, action = items["let-september"], items["act-search"]
    score, ev = sender_match(letter, action)  # "Assistant Commissioner" post, body from the letterhead
    assert score == 1.0 and ev["body"]["sender"] == "MPS" and ev["body"]["sender_from"] == "letter text"
    named = StoredItem("a", PACK, "p", "actions", {"text": "Assistant Commissioner Ellison undertook to write",
                                                   "person": "Assistant Commissioner Ellison", "owner": None}, 1, 1)
    score, ev = sender_match(letter, named)
    assert score == 1.0 and "person" in ev
    score, ev = sender_match(items["let-custody"], items["act-mopac"])
    assert score == 0.0 and ev["mismatch"]


# --- rule 2: "attached at Appendix N" -----------------------------------------------------------------------------


def test_status_pointing_to_an_appendix_links_the_letter_held_there():
    cands = rule_appendix_reference(pack_items())
    found = {(c.target.id, c.source.id): c for c in cands}
    assert set(found) == {("act-custody", "let-custody"), ("act-search", "let-september"),
                          ("act-nightjar", "let-september")}
    c = found[("act-custody", "let-custody")]
    assert c.evidence["appendix"] == "1" and "Appendix 1 to Item 4" in c.evidence["located_by"]
    assert c.evidence["body"] == {"named": "MPS", "sender": "MPS"} and c.score >= 0.9


def test_appendix_found_from_a_heading_just_before_the_letter():
    items = [it for it in pack_items() if not it.id.startswith("part-app")]
    items.append(item("heading-2", PACK, "parts", {"kind": "other", "title": "Appendix 2", "start_line": 188,
                                                   "end_line": 188}, 188, 188, doc_date=PACK_DATE))
    cands = rule_appendix_reference(items)
    assert {(c.target.id, c.source.id) for c in cands} == {("act-search", "let-september"),
                                                            ("act-nightjar", "let-september")}
    label, how = letter_appendix([it for it in items if it.id == "let-september"][0],
                                 [it for it in items if it.kind == "parts"])
    assert label == "2" and how.startswith("heading")


def test_appendix_found_in_the_letters_own_first_lines():
    items = [it for it in pack_items() if not it.id.startswith("part-app")]
    for it in items:
        if it.id == "let-custody":
            it.text = "Appendix 1\n" + it.text
    cands = rule_appendix_reference(items)
    assert [(c.target.id, c.source.id) for c in cands] == [("act-custody", "let-custody")]


def test_the_transcript_appendix_of_the_minutes_is_not_a_letter():
    items = [it for it in pack_items() if it.id not in ("part-app1",)]
    # no letter sits in an "Appendix 1" any more: the transcript part titled Appendix 1 must not be used
    assert not [c for c in rule_appendix_reference(items) if c.target.id == "act-custody"]


def test_both_rules_agreeing_combine_their_scores_and_evidence():
    links = link_items(pack_items())
    lk = by_pair(links)[("let-custody", "act-custody")]
    assert lk.rule == "appendix_reference+meeting_followup"
    assert set(lk.evidence) == {"appendix_reference", "meeting_followup"}
    a, b = (lk.evidence[r]["score"] for r in sorted(lk.evidence))
    assert lk.score == pytest.approx(1 - (1 - a) * (1 - b), abs=0.002)
    assert lk.score >= max(a, b) and lk.state == "asserted"


# --- rule 3: recommendation updates -------------------------------------------------------------------------------


def test_each_update_is_linked_to_the_recommendation_it_restates():
    links = link_items(board_items())
    pairs = asserted_pairs(links)
    for n in (1, 2, 3):
        assert (f"update-{n}", f"restated-{n}") in pairs  # printed just above it
        assert (f"update-{n}", f"rec14-{n}") in pairs  # last year's original
        assert (f"update-{n}", f"rec15-{n}") not in pairs  # this year's recommendation with the same number
    ev = by_pair(links)[("update-1", "rec14-1")].evidence["recommendation_update"]
    assert ev["number"]["match"] == 1.0 and ev["text_similarity"] > 0.8


def test_an_update_that_does_not_restate_the_text_needs_number_and_words():
    items = board_items()
    for it in items:
        if it.id == "update-3":
            it.data["recommendation_text"] = None
            it.text = "Joint targets on domestic and sexual violence were agreed with the CPS in March."
    cands = rule_recommendation_updates(items)
    best = max((c for c in cands if c.source.id == "update-3"), key=lambda c: c.score)
    assert best.target.id in ("rec14-3", "restated-3")
    assert best.evidence["text_overlap"] > 0.5


def test_updates_never_point_at_a_later_document():
    items = board_items()
    for it in items:
        if it.document_id == "board-2014":
            it.document_date = "2016-06-30"
    assert not [c for c in rule_recommendation_updates(items) if c.target.document_id == "board-2014"]


def test_number_keys():
    assert number_key("Recommendation 3") == number_key("3.") == number_key(3) == "3"
    assert number_key("R12") == "12" and number_key(None) is None


# --- rule 4: topic responses --------------------------------------------------------------------------------------


def _theme_target(links: list[Link], source: str) -> list[Link]:
    return [lk for lk in links if lk.source_id == source]


def test_topic_responses_link_to_matching_plan_sections_and_the_rest_are_proposed():
    links = link_items(plan_items() + reply_items())
    first_of = {}
    for it in plan_items():
        if it.kind == "commitments":
            first_of.setdefault(it.data["theme"], it.id)
    pairs = asserted_pairs(links)
    assert ("resp-0", first_of["Keeping children and young people safe"]) in pairs
    assert ("resp-1", first_of["Tackling violence against women and girls"]) in pairs
    assert ("resp-2", first_of["A better criminal justice service"]) in pairs
    ev = by_pair(links)[("resp-1", first_of["Tackling violence against women and girls"])].evidence["topic_response"]
    assert ev["target"] == "commitment_theme" and ev["commitments"] == 3 and ev["title_similarity"] >= 0.75
    # harmful practices and fraud match only on content: they wait in the review queue
    for weak in ("resp-3", "resp-4"):
        found = _theme_target(links, weak)
        assert found and all(lk.state == "proposed" for lk in found)
    fgm = {lk.target_id for lk in _theme_target(links, "resp-3")}
    assert first_of["Tackling violence against women and girls"] in fgm
    fraud = {lk.target_id for lk in _theme_target(links, "resp-4")}
    assert first_of["Strategic policing capabilities"] in fraud
    # nothing in the plan on morale: no assertion
    assert all(lk.state == "proposed" for lk in _theme_target(links, "resp-5"))
    # never the reply's own commitments, never the whole-plan container
    assert not [lk for lk in links if lk.target_id in ("reply-c1", "draft-plan-part")]


def test_a_plan_published_after_the_reply_is_not_what_it_answers():
    links = link_items(plan_items("final-plan", "2017-03-20") + reply_items())
    assert not [lk for lk in links if lk.relation == "responds_to_topic"]


def test_a_plan_section_part_is_preferred_to_the_theme_of_the_same_name():
    items = plan_items() + reply_items()
    items.append(item("section-vawg", "draft-plan", "parts", {"kind": "plan", "title":
                      "Tackling violence against women and girls", "start_line": 180, "end_line": 260}, 180, 260,
                      "We will refresh the London strategy on violence against women and girls.", "2016-12-01"))
    cands = rule_topic_responses(items)
    targets = {c.target.id for c in cands if c.source.id == "resp-1"}
    assert "section-vawg" in targets
    assert not [c for c in cands if c.evidence.get("theme") == "Tackling violence against women and girls"]


def test_topic_response_to_a_recommendation_by_content():
    rec = item("pcc-rec-4", "pcc-report", "recommendations", {
        "report": "Response to the draft plan", "number": "4",
        "text": "MOPAC should make training on FGM and forced marriage available to frontline professionals.",
        "addressee": "MOPAC", "line": 44}, 44, doc_date="2017-01-30")
    cands = rule_topic_responses([rec] + reply_items())
    found = {c.source.id: c for c in cands}
    assert "resp-3" in found and found["resp-3"].target.id == "pcc-rec-4"
    assert found["resp-3"].evidence["target"] == "recommendation"
    assert found["resp-3"].score > max((c.score for c in cands if c.source.id != "resp-3"), default=0)


# --- rule 5: the same letter or recommendation in two documents ---------------------------------------------------


def test_a_letter_in_two_documents_is_one_letter_with_two_locations():
    links = link_items(pack_items() + copy_items())
    same = [lk for lk in links if lk.relation == "same_as"]
    assert [(lk.source_id, lk.target_id, lk.state) for lk in same] == [("let-topics", "copy-topics", "asserted")]
    assert same[0].evidence["same_letter"]["text_similarity"] > 0.9
    # the other letter of that date, sender and subject is a different letter
    assert same_as_groups(links) == [["copy-topics", "let-topics"]]


def test_same_letter_without_text_uses_questions_then_metadata():
    by_questions = rule_same_as(pack_items(with_text=False) + copy_items(with_text=False))
    assert [(c.source.id, c.target.id) for c in by_questions if c.score >= 0.6] == [("let-topics", "copy-topics")]
    bare = [it for it in pack_items(with_text=False) + copy_items(with_text=False) if it.kind == "letters"]
    for it in bare:
        it.data["questions"] = []
    cands = rule_same_as(bare)
    assert cands and all(c.score < 0.6 for c in cands)  # a proposal for a reviewer, not an assertion


def test_a_recommendation_in_two_documents_is_one_record():
    texts = ["The Met should publish stop and search data for every ward each month.",
             "MOPAC should commission an independent review of custody healthcare."]
    items = []
    for doc, day, line in (("pack", PACK_DATE, 1600), ("safer-streets", "2015-02-20", 40)):
        for n, text in enumerate(texts, start=1):
            items.append(item(f"{doc}-rec{n}", doc, "recommendations", {
                "report": "Safer streets", "number": str(n), "text": text, "addressee": None,
                "line": line + n}, line + n, doc_date=day))
    # slightly different wording in the report itself
    items[2].data["text"] = texts[0].replace("every ward", "each ward")
    links = link_items(items)
    same = {(lk.source_id, lk.target_id) for lk in links if lk.relation == "same_as" and lk.state == "asserted"}
    # the earlier document (the report, 20 Feb) holds the canonical record
    assert same == {("pack-rec1", "safer-streets-rec1"), ("pack-rec2", "safer-streets-rec2")}


# --- everything together ------------------------------------------------------------------------------------------


def all_items() -> list[StoredItem]:
    return pack_items() + copy_items() + board_items() + plan_items() + reply_items()


def test_link_items_is_deterministic_whatever_the_input_order():
    items = all_items()
    first = link_items(items)
    shuffled = items[:]
    random.Random(7).shuffle(shuffled)
    assert link_items(shuffled) == first
    assert first == sorted(first, key=lambda lk: (lk.source_id, lk.target_id, lk.relation))


def test_threshold_decides_asserted_or_proposed():
    strict = link_items(all_items(), threshold=0.995)
    for lk in strict:
        assert (lk.state == "asserted") == (lk.score >= 0.995)
    assert len(asserted_pairs(strict)) < len(asserted_pairs(link_items(all_items())))


def test_status_as_of_follows_the_links():
    links = link_items(all_items())
    custody = [lk for lk in links if lk.target_id == "act-custody"]
    words = "Completed. The letter from the MPS is attached at Appendix 1."
    before = status_as_of(words, custody, None, "2015-02-09", status_date=PACK_DATE, item_id="act-custody")
    assert before.code == "open"
    on_letter = status_as_of(words, custody, None, "2015-02-10", status_date=PACK_DATE, item_id="act-custody")
    assert on_letter.code == "answered" and on_letter.answered_by == ("let-custody",)
    assert status_as_of(words, custody, None, PACK_DATE, status_date=PACK_DATE).code == "completed"
    # the in-progress action has no answer and stays open as of the pack's date
    coercive = [lk for lk in links if lk.target_id == "act-coercive"]
    assert status_as_of("In progress", coercive, None, PACK_DATE, status_date=PACK_DATE).code == "in_progress"


def test_ten_thousand_items_link_quickly():
    rng = random.Random(3)
    vocab = [f"topic{i}" for i in range(2500)]

    def words(n: int) -> str:
        return " ".join(rng.choice(vocab) for _ in range(n))

    items: list[StoredItem] = []
    for d in range(100):
        doc, day = f"doc{d}", f"{2010 + d % 8}-{1 + d % 12:02d}-20"
        for i in range(20):
            items.append(item(f"{doc}-a{i}", doc, "actions", {
                "meeting_date": f"{2010 + d % 8}-{1 + d % 12:02d}-0{1 + i % 3}", "text": words(20), "owner": "MPS",
                "status": "Completed. See Appendix 1." if i == 0 else "In progress"}, 100 + i, doc_date=day))
        for i in range(3):
            items.append(item(f"{doc}-l{i}", doc, "letters", {
                "date": day, "from_name": f"Officer {d}", "from_role": "Commander, MPS", "subject": words(5),
                "responds_to_meeting_date": f"{2010 + d % 8}-{1 + d % 12:02d}-0{1 + i}",
                "questions": [{"text": words(12), "line": 1}]}, 200 + 40 * i, 230 + 40 * i, words(200), day))
        items.append(item(f"{doc}-p", doc, "parts", {"kind": "letter", "title": "Appendix 1"}, 198, 231,
                          doc_date=day))
        for i in range(25):
            items.append(item(f"{doc}-r{i}", doc, "recommendations", {"number": str(1 + i % 10),
                              "text": words(25)}, 400 + i, doc_date=day))
        for i in range(10):
            items.append(item(f"{doc}-u{i}", doc, "recommendation_updates", {"recommendation_number": str(i + 1),
                              "recommendation_text": words(25)}, 500 + i, text=words(40), doc_date=day))
        for i in range(5):
            items.append(item(f"{doc}-s{i}", doc, "responses", {"topic": words(4)}, 600 + i, text=words(30),
                              doc_date=day))
        for i in range(36):
            items.append(item(f"{doc}-c{i}", doc, "commitments", {"text": words(20), "theme": f"theme {i % 6}"},
                              700 + i, doc_date=day))
    assert len(items) == 10000
    start = time.perf_counter()
    links = link_items(items)
    elapsed = time.perf_counter() - start
    assert elapsed < 30, f"linking 10^4 items took {elapsed:.1f}s"
    assert all(0.0 <= lk.score <= 1.0 for lk in links)
    # the one real link in each document: the action pointing at Appendix 1
    assert sum(1 for lk in links if lk.rule.startswith("appendix_reference")) == 100


def test_meeting_date_read_from_the_letters_opening_lines():
    items = [it for it in pack_items(with_parts=False) if it.id == "let-topics"]
    items[0].data["responds_to_meeting_date"] = None
    items[0].data["subject"] = "Topics not reached"
    items.append(item("act-trigger", PACK, "actions", {
        "meeting_date": "2014-11-20", "text": "To write to the Chair on how often the Community Trigger has been used.",
        "owner": "MPS", "status": "Completed"}, 124, doc_date=PACK_DATE))
    cands = rule_meeting_followup(items)
    assert [(c.source.id, c.target.id) for c in cands] == [("let-topics", "act-trigger")]
    assert cands[0].evidence["meeting_date_from"] == "dates on the opening lines" and cands[0].score >= 0.6


def test_an_appendix_heading_above_another_letter_does_not_claim_this_one():
    items = [it for it in pack_items() if not it.id.startswith("part-app")]
    letters = {it.id: it for it in items if it.kind == "letters"}
    heading = item("heading-2", PACK, "parts", {"kind": "other", "title": "Appendix 2"}, 188, 188)
    # let-september starts at 190 below the heading; let-topics at 210 is more than the gap away
    assert letter_appendix(letters["let-september"], [heading], [170, 210])[0] == "2"
    # a letter starting between the heading and this one takes the heading
    assert letter_appendix(letters["let-september"], [heading], [189])[0] is None


def test_an_action_reprinted_in_the_next_action_list_is_one_action():
    first = [it for it in pack_items(with_parts=False) if it.id == "act-coercive"][0]
    reprint = item("next-coercive", "pack-april", "actions", {
        **first.data, "status": "Completed. The information was circulated to Members on 2 April 2015.",
        "text": "During the discussion Commander Ellis undertook to provide information on the law relating to "
                "coercive control, and the charges that could be brought."}, 95, doc_date="2015-04-16")
    other = item("next-other", "pack-april", "actions", {
        "meeting_date": "2015-02-05", "text": "To write to the Chair about police station front counters.",
        "owner": "MPS", "status": "In progress"}, 97, doc_date="2015-04-16")
    links = link_items([first, reprint, other])
    same = [lk for lk in links if lk.relation == "same_as"]
    assert [(lk.source_id, lk.target_id, lk.state) for lk in same] == [("next-coercive", "act-coercive", "asserted")]
    assert same[0].evidence["same_action"]["statuses"][1].startswith("Completed")


# --- measured on the hand annotations of the real seeds (skips without ../shared) ----------------------------------


def gold_items(gold_dir, seeds_dir) -> list[StoredItem]:
    """Every gold item of every seed as the store would hold it, with its source lines as text."""
    import json

    out = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text())
        source = seeds_dir / f"{path.stem}.txt"
        lines = source.read_text().split("\n") if source.exists() else []
        parts = gold.get("parts") or []
        doc_date = parts[0].get("date") if parts else None
        for kind, values in gold.items():
            if not isinstance(values, list):
                continue
            for i, data in enumerate(values):
                if not isinstance(data, dict):
                    continue
                start = data.get("start_line") or data.get("line") or 0
                end = data.get("end_line") or start
                text = "\n".join(lines[start - 1:end]) if start and lines else None
                out.append(StoredItem(f"{path.stem[:3]}:{kind}:{i}", path.stem, path.name, kind, data, start, end,
                                      text, doc_date))
    return out


def test_gold_seed_links(gold_dir, seeds_dir):
    from scrutiny.similarity import lexical_similarity

    items = gold_items(gold_dir, seeds_dir)
    by_id = {it.id: it for it in items}
    links = link_items(items)
    answers = [lk for lk in links if lk.relation == "answers" and lk.state == "asserted"]
    # every action whose status points at an appendix is answered by the letter in that appendix
    pointing = [it for it in items if it.kind == "actions" and "appendix" in (it.data.get("status") or "").lower()]
    assert pointing
    for action in pointing:
        label = (action.data["status"].lower().split("appendix")[1].strip(" .") or "?").split()[0]
        sources = [by_id[lk.source_id] for lk in answers if lk.target_id == action.id]
        assert sources, action.data["text"]
        holders = [p for p in items if p.kind == "parts" and p.document_id == action.document_id
                   and f"appendix {label}" in (p.data.get("title") or "").lower()]
        assert any(p.start_line <= s.start_line <= p.end_line for s in sources for p in holders)
    # every recommendation update is linked to a recommendation restating it
    updates = [it for it in items if it.kind == "recommendation_updates"]
    assert updates
    for up in updates:
        targets = [by_id[lk.target_id] for lk in links
                   if lk.source_id == up.id and lk.relation == "updates" and lk.state == "asserted"]
        assert any(lexical_similarity(t.data["text"], up.data["recommendation_text"]) > 0.9 for t in targets)
    # one letter printed in two documents
    groups = same_as_groups(links)
    letters = [g for g in groups if all(by_id[i].kind == "letters" for i in g)]
    assert len(letters) == 1 and len({by_id[i].document_id for i in letters[0]}) == 2
    # topic responses: those whose heading names a plan theme of another document are asserted, the rest are not
    themes = {(it.document_id, it.data.get("theme")) for it in items if it.kind == "commitments"}
    responses = [it for it in items if it.kind == "responses"]
    asserted_sources = {lk.source_id for lk in links if lk.relation == "responds_to_topic" and lk.state == "asserted"}
    named = {r.id for r in responses if any(doc != r.document_id and theme and
                                            lexical_similarity(r.data["topic"], theme) >= 0.9
                                            for doc, theme in themes)}
    assert len(named) >= 3 and asserted_sources == named
    assert len(responses) > len(named)
    # an action the document calls in progress, with nothing answering it, is still open on the pack's date
    in_progress = [it for it in items
                   if it.kind == "actions" and (it.data.get("status") or "").lower() == "in progress"]
    assert in_progress
    for action in in_progress:
        mine = [lk for lk in links if lk.target_id == action.id]
        status = status_as_of(action.data["status"], mine, None, action.document_date,
                              status_date=action.document_date, item_id=action.id)
        assert status.code == "in_progress" and status.is_open
