"""PDF reading: two-column pages in column order, hyphenated words rejoined, other pages as pdfium reads them."""
from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from scrutiny.read import read_document

from conftest import make_pdf

FILLER = ("The Panel reviewed the Commissioner's proposed precept and asked how the additional officers would be "
          "deployed across the districts. Members questioned the response times in rural areas and the use of "
          "volunteers in neighbourhood teams. The Chief Executive explained the savings plan and the risks to it. ")


def _two_column_pdf(path: Path) -> Path:
    """A page with a full-width title, two justified-width columns drawn line by line across the page (so the
    content stream interleaves them), and a footer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, height - 50, "Police and Crime Panel: scrutiny of the precept proposal")
    c.setFont("Helvetica", 10)
    left = ["LEFT " + ln for ln in simpleSplit(FILLER * 3, "Helvetica", 10, 200)]
    right = ["RIGHT " + ln for ln in simpleSplit(FILLER * 3, "Helvetica", 10, 200)]
    y = height - 90
    for a, b in zip(left, right):
        c.drawString(50, y, a)
        c.drawString(310, y, b)
        y -= 13
    c.drawString(50, 40, "Page 1 of 1")
    c.showPage()
    c.save()
    return path


def _raw_lines(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    out = []
    for page in pdf:
        tp = page.get_textpage()
        out += tp.get_text_range().replace("\r\n", "\n").split("\n")
    return out


def test_two_columns_read_in_order(tmp_path):
    path = _two_column_pdf(tmp_path / "two.pdf")
    raw = _raw_lines(path)
    assert any("LEFT" in ln and "RIGHT" in ln for ln in raw)  # pdfium alone mixes the columns
    doc = read_document(path)
    texts = [ln.text for ln in doc.lines if ln.text.strip()]
    assert texts[0].startswith("Police and Crime Panel")
    assert texts[-1] == "Page 1 of 1"
    kinds = [t.split()[0] for t in texts[1:-1]]
    assert not any("LEFT" in t and "RIGHT" in t for t in texts)
    n_left = kinds.count("LEFT")
    assert n_left > 10 and kinds == ["LEFT"] * n_left + ["RIGHT"] * (len(kinds) - n_left)
    assert all(ln.page == 1 for ln in doc.lines)


def test_single_column_and_table_pages_read_as_pdfium_reads_them(tmp_path):
    body = [f"{name}    {a}    {b}    {c}" for name, a, b, c in [
        ("North district", 1204, 230, 19), ("East district", 988, 151, 15), ("South district", 1530, 402, 26),
        ("West district", 870, 99, 11), ("Central district", 2100, 640, 30), ("Rural district", 310, 41, 13),
        ("Force total", 7002, 1563, 22)]]
    pages = [["Stop and search by district", "District    Searches    Arrests    Rate"] + body,
             ["A single column of prose about the budget.", "It has several short lines.", "Page 2"]]
    path = make_pdf(tmp_path / "one.pdf", pages)
    doc = read_document(path)
    assert [ln.text.rstrip() for ln in doc.lines] == [t.rstrip() for t in _raw_lines(path)]
    assert [ln.page for ln in doc.lines][-1] == 2


def test_hyphenated_word_rejoined_without_changing_line_count(tmp_path):
    pages = [["The Commissioner wrote to the Panel regard-", "ing the complaints process and its self-",
              "assessment of the service."]]
    path = make_pdf(tmp_path / "hy.pdf", pages)
    doc = read_document(path)
    texts = [ln.text for ln in doc.lines]
    assert len(texts) == len(_raw_lines(path))
    assert texts[0] == ("The Commissioner wrote to the Panel regarding the complaints process and its "
                        "self-assessment of the service.")  # a compound keeps its hyphen


def test_line_end_hyphen_repaired_in_line_text():
    from scrutiny.read import _repair_hyphens

    pages = [["The Panel asked about the regard-", "ing of complaints and non-"], ["violent crime."]]
    _repair_hyphens(pages)
    assert pages == [["The Panel asked about the regarding", "of complaints and non-"], ["violent crime."]]


def test_paragraph_gaps_become_empty_lines(tmp_path):
    """pdfium writes no empty lines; a gap on the page between two paragraphs (or a heading and its text) reads
    as one, as in a text file, so a PDF does not read as one paragraph per page. Lines set at the usual spacing
    stay together, and the footer (drawn first, at the bottom) is no gap."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from scrutiny.extract._text import blocks
    from scrutiny.clean import mark_noise

    width, height = A4
    path = tmp_path / "paras.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(50, 40, "Page 1")
    y = height - 60
    for para in (["Precept proposal"],
                 ["The Panel reviewed the proposed precept and asked how the", "additional officers would be deployed."],
                 ["The Commissioner undertook to write to the Panel with the", "figures for each district by June."]):
        for ln in para:
            c.drawString(50, y, ln)
            y -= 13
        y -= 13  # the space between paragraphs
    c.showPage()
    c.save()
    doc = read_document(path)
    texts = [ln.text for ln in doc.lines]
    assert texts == ["Page 1", "Precept proposal", "",
                     "The Panel reviewed the proposed precept and asked how the",
                     "additional officers would be deployed.", "",
                     "The Commissioner undertook to write to the Panel with the",
                     "figures for each district by June."]
    got = [b.text for b in blocks(doc, mark_noise(doc)) if b.text != "Page 1"]
    assert got == ["Precept proposal",
                   "The Panel reviewed the proposed precept and asked how the additional officers would be deployed.",
                   "The Commissioner undertook to write to the Panel with the figures for each district by June."]
