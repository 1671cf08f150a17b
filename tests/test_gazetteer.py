"""Bodies and people: normalisation, posts, initials, suffixes and misspellings."""
from __future__ import annotations

from scrutiny.gazetteer import Gazetteer, clean_person_name, normalise_body, split_name_post


def test_bodies_normalise_to_one_name():
    for text in ("the MPS", "Metropolitan Police Service (MPS)", "Assistant Commissioner, MPS", "the Met's review"):
        assert normalise_body(text) == "MPS"
    assert normalise_body("Deputy Mayor for Policing and Crime") == "MOPAC"
    assert normalise_body("NOMS") == "NOMS"
    assert normalise_body("the Parish newsletter") is None


def test_clean_names_drop_titles_ranks_and_suffixes():
    assert clean_person_name("Cllr Jane Doe MBE AM (Chair)") == "Jane Doe"
    assert clean_person_name("Assistant Commissioner Jane Doe") == "Jane Doe"
    assert clean_person_name("The Deputy Commissioner, MPS") is None  # a post, not a person
    assert clean_person_name("Chief Executive of the Council") is None


def test_split_name_and_post():
    assert split_name_post("Commander Peter Vance, Metropolitan Police Service (MPS)") == (
        "Peter Vance", "Commander, Metropolitan Police Service (MPS)")
    assert split_name_post("Dana Whitfield, Head of Violence Reduction, MOPAC") == (
        "Dana Whitfield", "Head of Violence Reduction, MOPAC")


def test_one_person_across_posts_initials_and_misspellings():
    g = Gazetteer()
    p = g.add_person("Gregory Mallory QPM", post="Deputy Commissioner, MPS")
    assert p.body == "MPS"
    assert g.resolve("Grgeory Mallory") is p  # an OCR slip
    assert g.resolve("G. Mallory") is p  # initial
    assert g.resolve("Deputy Commissioner Mallory") is p  # post and surname
    assert g.canonical("Mr Mallory") == "Gregory Mallory"
    g.add_person("Ann Mallory")  # a second Mallory: surname alone no longer resolves
    assert g.resolve("Mallory") is None
