"""Readers: text, PDF (generated here with reportlab), DOCX (python-docx), HTML — one text model."""
from __future__ import annotations

import hashlib

import pytest
from conftest import make_pdf

from scrutiny.errors import ReadError
from scrutiny.read import read_bytes, read_document


def test_txt_line_n_is_line_n_of_the_file(tmp_path):
    text = "AGENDA\n\nMeeting  Panel\r\nDate  1 May 2025\n  indented line\n"
    f = tmp_path / "a.txt"
    f.write_bytes(text.encode())
    doc = read_document(f)
    file_lines = text.split("\n")[:-1]
    assert len(doc.lines) == len(file_lines) == 5
    for n, expected in enumerate(file_lines, start=1):
        assert doc.text(n) == expected.rstrip("\r")
        assert doc.line(n).number == n
    assert doc.pages == 1
    assert doc.sha256 == hashlib.sha256(text.encode()).hexdigest()


def test_txt_without_final_newline_and_form_feed_pages(tmp_path):
    f = tmp_path / "b.txt"
    f.write_text("page one\nstill one\n\fpage two\nlast")
    doc = read_document(f)
    assert [ln.text for ln in doc.lines] == ["page one", "still one", "page two", "last"]
    assert [ln.page for ln in doc.lines] == [1, 1, 2, 2]
    assert doc.pages == 2


def test_txt_cp1252_fallback(tmp_path):
    f = tmp_path / "c.txt"
    f.write_bytes("Caf\u00e9 \u2013 budget \u00a3200".encode("cp1252"))
    assert read_document(f).text(1) == "Caf\u00e9 \u2013 budget \u00a3200"


def test_pdf_pages_and_lines(tmp_path):
    pdf = make_pdf(tmp_path / "pack.pdf", [
        ["MINUTES OF A MEETING OF THE PANEL", "Present: Councillor A Brown (Chair)"],
        ["Summary List of Actions", "Minute 4 - report on response times"],
        ["Appendix 1", "Dear Councillor Brown,"],
    ])
    doc = read_document(pdf)
    assert doc.source_format == "pdf"
    assert doc.pages == 3
    texts = [ln.text.strip() for ln in doc.lines]
    assert "MINUTES OF A MEETING OF THE PANEL" in texts
    by_text = {ln.text.strip(): ln.page for ln in doc.lines if ln.text.strip()}
    assert by_text["Present: Councillor A Brown (Chair)"] == 1
    assert by_text["Summary List of Actions"] == 2
    assert by_text["Dear Councillor Brown,"] == 3
    # numbering is continuous across pages
    assert [ln.number for ln in doc.lines] == list(range(1, len(doc.lines) + 1))


def test_pdf_ligatures_are_expanded():
    from scrutiny.read import normalise_line

    assert normalise_line("\ufb01nancial e\ufb03cient of\ufb02ine") == "financial efficient offline"


def test_docx_paragraphs_and_tables_in_order(tmp_path):
    from docx import Document

    d = Document()
    d.add_heading("Summary List of Actions", level=1)
    d.add_paragraph("Meeting of 15 January 2025")
    t = d.add_table(rows=2, cols=3)
    t.cell(0, 0).text, t.cell(0, 1).text, t.cell(0, 2).text = "Minute", "Action", "Status"
    t.cell(1, 0).text, t.cell(1, 1).text, t.cell(1, 2).text = "15", "Officer breakdown", "In progress"
    d.add_paragraph("After the table.")
    f = tmp_path / "actions.docx"
    d.save(f)
    doc = read_document(f)
    texts = [ln.text for ln in doc.lines]
    assert texts[0] == "Summary List of Actions"
    assert "Minute\tAction\tStatus" in texts
    assert "15\tOfficer breakdown\tIn progress" in texts
    assert texts.index("Minute\tAction\tStatus") < texts.index("After the table.")


def test_html_blocks_tables_and_scripts(tmp_path):
    html = ("<html><head><title>x</title><script>alert(1)</script></head><body><h1>Report</h1>"
            "<p>First <b>para</b>.</p><table><tr><th>District</th><th>Count</th></tr>"
            "<tr><td>East</td><td>12</td></tr></table><ul><li>one</li><li>two</li></ul></body></html>")
    f = tmp_path / "r.html"
    f.write_text(html)
    doc = read_document(f)
    texts = [ln.text for ln in doc.lines if ln.text]
    assert texts[:4] == ["Report", "First para .", "District\tCount", "East\t12"] or \
        texts[:4] == ["Report", "First para.", "District\tCount", "East\t12"]
    assert "one" in texts and "two" in texts
    assert not any("alert" in t for t in texts)


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"\n\n   \n", "no text found"),
    ("broken.pdf", b"%PDF-1.4\n garbage garbage", "corrupt or unreadable PDF"),
    ("notes.xyz", b"hello", "unsupported file type"),
    ("fake.docx", b"PK\x03\x04 not really a zip", "corrupt or unreadable DOCX"),
])
def test_bad_input_gives_one_line_reason(name, data, reason):
    with pytest.raises(ReadError) as e:
        read_bytes(data, name)
    assert reason in str(e.value)
    assert "\n" not in str(e.value)
    assert name in str(e.value)


def test_missing_file(tmp_path):
    with pytest.raises(ReadError, match="no such file"):
        read_document(tmp_path / "nope.pdf")


def test_encrypted_pdf(tmp_path):
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    f = tmp_path / "locked.pdf"
    enc = pdfencrypt.StandardEncryption("user-secret", "owner-secret", canPrint=0)
    c = canvas.Canvas(str(f), encrypt=enc)
    c.drawString(100, 700, "Confidential minutes")
    c.showPage()
    c.save()
    with pytest.raises(ReadError, match="encrypted PDF"):
        read_document(f)


def test_too_large_is_refused(tmp_path, monkeypatch):
    from scrutiny import config

    monkeypatch.setenv("SCRUTINY_MAX_DOCUMENT_BYTES", "10")
    config.get_settings.cache_clear()
    try:
        f = tmp_path / "big.txt"
        f.write_text("x" * 100)
        with pytest.raises(ReadError, match="too large"):
            read_document(f)
    finally:
        config.get_settings.cache_clear()
