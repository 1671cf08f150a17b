"""Noise marking (never deleting) and rejoined text for extractors."""
from __future__ import annotations

from scrutiny.clean import joined_text, mark_noise
from scrutiny.extract import Context
from scrutiny.read import read_bytes
from scrutiny.records import DocumentText, Line


def _doc(pages: list[list[str]]) -> DocumentText:
    lines, n = [], 0
    for p, texts in enumerate(pages, start=1):
        for t in texts:
            n += 1
            lines.append(Line(n, p, t))
    return DocumentText("t", "0" * 64, "pdf", lines, len(pages))


def _flagged(doc, noise) -> list[str]:
    return [doc.text(i + 1) for i, f in enumerate(noise) if f]


def test_running_headers_footers_and_page_numbers():
    topics = ["the budget", "the precept", "complaints", "estates"]
    pages = [["Police and Crime Panel – 9 June 2021", f"Body text about {topics[k - 1]}.",
              f"More discussion of {topics[-k]} and {topics[k - 1]}.", f"Page {k} of 4"] for k in range(1, 5)]
    doc = _doc(pages)
    noise = mark_noise(doc)
    flagged = _flagged(doc, noise)
    assert flagged.count("Police and Crime Panel – 9 June 2021") == 4
    assert sum(1 for t in flagged if t.startswith("Page ")) == 4
    assert not any(t.startswith("Body text") for t in flagged)
    assert len(noise) == len(doc.lines)  # marked, never removed


def test_blank_page_captions_and_stamps():
    text = "\n".join([
        "Dear Chair,", "", "Thank you for your letter.", "", "Yours sincerely,", "",
        "A handwritten signature in blue ink, reading 'P. Green'.", "", "Pat Green", "",
        "RECEIVED", "12 JAN 2021", "", "[Logo]", "", "![crest](crest.png)", "",
        "This page is intentionally left blank", "", "12", "", "Received 12 votes in favour.",
    ])
    doc = read_bytes(text.encode(), "x.txt")
    flagged = _flagged(doc, mark_noise(doc))
    assert flagged == ["A handwritten signature in blue ink, reading 'P. Green'.", "RECEIVED", "12 JAN 2021",
                       "[Logo]", "![crest](crest.png)", "This page is intentionally left blank", "12"]


def test_a_number_inside_a_list_is_not_a_page_number():
    doc = read_bytes("Figures:\n12\n14\n16\n".encode(), "x.txt")
    assert not any(mark_noise(doc))


def test_header_spliced_into_a_sentence_is_noise():
    text = ("The sub-committee can develop recommendations that they believe will improve the service, or respond to "
            "consultations. These are considered by the Overview\n\nCommunity Safety Sub-Committee, 3 May 2022\n\n"
            "and Scrutiny Board and, if approved, passed to Cabinet.\n\nBackground\n\nThe Board meets monthly.\n")
    doc = read_bytes(text.encode(), "x.txt")
    noise = mark_noise(doc)
    assert _flagged(doc, noise) == ["Community Safety Sub-Committee, 3 May 2022"]
    assert not noise[4]  # a heading before a capitalised paragraph stays


def test_joined_text_rejoins_across_page_break_and_maps_lines():
    pages = [["Intro line.", "The Commissioner agreed to provide the", "Panel – 9 June 2021"],
             ["Panel – 9 June 2021", "figures for each district by regard-", "ing the March meeting.", "Next."]]
    doc = _doc(pages)
    noise = [False, False, True, True, False, False, False]
    text, where = joined_text(doc, noise, 1, 7)
    assert text == ("Intro line.\nThe Commissioner agreed to provide the figures for each district by regarding "
                    "the March meeting.\nNext.")
    assert where.line_at(text.index("figures")) == 5
    assert where.line_at(text.index("the March")) == 6
    assert where.line_at(text.index("Next")) == 7
    assert where.line_at(0) == 1


def test_joined_text_keeps_compound_hyphens_and_paragraphs():
    doc = read_bytes("We work with non-\nviolent offenders.\n\nA new paragraph.\n".encode(), "x.txt")
    ctx = Context(doc=doc, noise=mark_noise(doc), parts=[])
    text, where = joined_text(ctx, start=1, end=4)
    assert text == "We work with non-violent offenders.\n\nA new paragraph."
    assert where(text.index("A new")) == 4


def test_two_page_document_running_header_and_a_page_line_beside_text():
    """With two pages a header printed the same at the top of both is a running header (a shape that merely
    repeats, "Recommendation 1" / "Recommendation 2", is not); "Page 2" is a page number even with text right
    under it, while a bare "2025/26" under a table heading is not."""
    pages = [["Northshire Police and Crime Panel", "Page 1", "Recommendation 1", "The Commissioner should publish.",
              "Q2", "2025/26"],
             ["Northshire Police and Crime Panel", "Page 2", "Recommendation 2", "The force should report."]]
    doc = _doc(pages)
    flagged = _flagged(doc, mark_noise(doc))
    assert flagged.count("Northshire Police and Crime Panel") == 2
    assert "Page 1" in flagged and "Page 2" in flagged
    assert not any(t.startswith("Recommendation") or t == "2025/26" for t in flagged)
