"""Committee-ready reports from documents of our own (samples/ and tests/fixtures/reports): the Summary List of
Actions, the recommendations monitor and the quarterly performance report, as HTML, DOCX and PDF."""
from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT
from scrutiny.indicators.model import Period
from scrutiny.indicators.rating import DOWN, UP
from scrutiny.reports.actions import ActionEntry, ActionRow, ActionsReport, MeetingGroup, build_actions_report
from scrutiny.reports.performance import build_performance_report, inputs_from_csv
from scrutiny.reports.recommendations import build_recommendations_monitor
from scrutiny.reports.render import UnsupportedFormat, render, render_html

ARTIFACTS = ROOT / "test-artifacts"
PANEL = "Northshire Police and Crime Panel"


@pytest.fixture(scope="module")
def store(tmp_path_factory, samples_dir):
    from scrutiny.ingest import ingest_paths
    from scrutiny.store import open_store

    db = tmp_path_factory.mktemp("reports") / "r.db"
    st = open_store(f"sqlite:///{db}")
    ingest_paths(st, sorted(samples_dir.iterdir()))
    return st


def docx_tables(data: bytes):
    from docx import Document

    return Document(io.BytesIO(data))


def pdf_text(data: bytes) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))


def save_pngs(data: bytes, stem: str) -> list[Path]:
    """Write the PDF's pages as PNGs into test-artifacts/ for a person to look at."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    ARTIFACTS.mkdir(exist_ok=True)
    pdf = ARTIFACTS / f"{stem}.pdf"
    pdf.write_bytes(data)
    for old in ARTIFACTS.glob(f"{stem}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-r", "70", "-png", str(pdf), str(ARTIFACTS / stem)], check=True)
    return sorted(ARTIFACTS.glob(f"{stem}-*.png"))


# --- Summary List of Actions -----------------------------------------------------------------------------------


def test_actions_report_groups_by_meeting_newest_first(store):
    rep = build_actions_report(store, PANEL, "2025-03-12")
    assert [g.date for g in rep.groups] == ["2025-01-15", "2024-11-20"]
    action_by = [e.action_by for e in rep.entries]
    assert action_by[0] == "Chief Constable, Northshire Police" and action_by[2] == "Northshire Police"
    assert [e.owner for e in rep.entries][0] == "Northshire Police"  # the body, for grouping and filters
    assert [r.minute_item for g in rep.groups for r in g.rows] == ["15", "16", "9"]


def test_completed_action_cites_its_letter_as_an_appendix(store):
    rep = build_actions_report(store, PANEL, "2025-03-12")
    done = [e for e in rep.entries if e.status_code == "completed"]
    assert len(done) == 1 and done[0].appendix == 1
    assert done[0].status == ("Completed. The letter from the Police and Crime Commissioner is attached at "
                              "Appendix 1.")
    assert len(rep.appendices) == 1
    assert "dated 3 February 2025" in rep.appendices[0].description


def test_actions_report_as_of_an_earlier_date_leaves_out_later_papers(store):
    rep = build_actions_report(store, PANEL, "2024-12-01")
    assert rep.groups == [] and rep.appendices == []


def test_another_body_gets_none_of_these_actions(store):
    assert build_actions_report(store, "Police and Crime Committee", "2025-03-12").groups == []


def test_actions_docx_has_real_tables(store):
    doc = docx_tables(render(build_actions_report(store, PANEL, "2025-03-12"), "docx"))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading") or p.style.name == "Title"]
    assert headings[:2] == ["Summary List of Actions", "1. Summary"]
    assert "Meeting of 15 January 2025" in headings and "Meeting of 20 November 2024" in headings
    assert "Appendices to this report" in headings
    first = doc.tables[0]
    assert [c.text for c in first.rows[0].cells] == ["Minute item", "Subject and action required", "Status",
                                                    "Action by", "Deadline, if applicable"]
    assert len(first.rows) == 3  # header + two actions of 15 January
    assert first.rows[2].cells[0].text == "16."
    assert first.rows[2].cells[2].text.startswith("Completed.")
    assert first.style.name == "Table Grid"


def test_actions_pdf_and_html(store):
    rep = build_actions_report(store, PANEL, "2025-03-12")
    html = render(rep, "html").decode()
    assert html.count("<table class=\"actions\">") == 2
    text = pdf_text(render(rep, "pdf"))
    for words in ("Summary List of Actions", "Meeting of 15 January 2025", "Minute item", "Police and Crime",
                  "Appendix 1"):
        assert words in text.replace("\r\n", " ")
    pages = save_pngs(render(rep, "pdf"), "sample-actions")
    assert pages and pages[0].stat().st_size > 5000


def test_document_text_is_escaped():
    hostile = "<script>alert(1)</script> & <b>bold</b>"
    entry = ActionEntry(id="x", text=hostile, status="Open", status_code="open", status_explanation="",
                        owner="<i>MPS</i>", deadline=None, due=None, person=None, document="d.txt", line=3)
    rep = ActionsReport(body="Panel </style><script>x</script>", as_of="2025-01-01",
                        groups=[MeetingGroup("2024-12-01", "Meeting of 1 December 2024",
                                             [ActionRow("1", "<img src=x onerror=alert(1)>", [entry])])],
                        correspondence=[], appendices=[])
    html = render_html(rep)
    assert "<script>" not in html and "<img src=x" not in html and "<i>MPS" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;" in html
    assert "</style><script>" not in html  # the body name in the page footer (CSS) is stripped too
    assert b"PDF" in render(rep, "pdf")[:8]


def test_shared_lead_becomes_bullets():
    base = "The Chief Constable to provide the Panel with:"
    entries = [ActionEntry(id=str(i), text=f"{base} {t}", status="Open", status_code="open",
                           status_explanation="", owner="Police", deadline="n/a", due=None, person=None,
                           document="d.txt", line=5) for i, t in enumerate(["the figures; and", "the plan."])]
    row = ActionRow("4", "Quarterly update", entries)
    assert row.shared and row.lead == base and row.items == ["the figures; and", "the plan."]
    assert row.sources == "d.txt:5"


# --- recommendations monitor -------------------------------------------------------------------------------------


def test_recommendations_monitor(store):
    mon = build_recommendations_monitor(store, report="Rural crime", as_of="2025-12-31")
    assert len(mon.entries) >= 3
    assert {e.addressee for e in mon.entries} >= {"Northshire Police", "Police and Crime Commissioner"}
    assert sum(mon.counts.values()) == len(mon.entries)
    doc = docx_tables(render(mon, "docx"))
    assert [c.text for c in doc.tables[0].rows[0].cells][:3] == ["No.", "Recommendation", "Addressee"]
    assert len(doc.tables[0].rows) == len(mon.entries) + 1
    text = pdf_text(render(mon, "pdf"))
    assert "Recommendations monitor" in text


# --- performance report ----------------------------------------------------------------------------------------


@pytest.fixture()
def perf():
    defs, obs = inputs_from_csv(FIXTURES / "reports" / "definitions.csv", FIXTURES / "reports" / "observations.csv")
    return build_performance_report(defs, obs, Period(2022, 3), body="Northshire Community Safety Partnership",
                                    source="fixtures")


def test_performance_ratings_arrows_and_summary(perf):
    by = {r.definition.code: r for r in perf.results}
    assert (by["BUR1"].rag, by["BUR1"].rating.short_dot, by["BUR1"].rating.long_dot) == ("Red", DOWN, DOWN)
    assert (by["SAT1"].rag, by["SAT1"].rating.short_dot, by["SAT1"].rating.long_dot) == ("Amber", UP, UP)
    assert by["REP1"].rag == "Green"  # 29.5 is inside the 25-35 band
    assert by["BUR1"].verdict == "reproduced" and by["SAT1"].verdict == "reproduced"
    assert by["REP1"].verdict == "contradicted" and "Red" in by["REP1"].verdict_text
    assert perf.summary == ("Of the 3 indicators 1 (33.3%) is Red, 1 (33.3%) is Amber and 1 (33.3%) is Green.")
    assert [r.definition.code for r in perf.red] == ["BUR1"]


def test_performance_pdf_has_table_charts_and_corrective_actions(perf):
    html = render(perf, "html").decode()
    assert html.count("data:image/png;base64,") == 3  # a trend chart per indicator
    data = render(perf, "pdf")
    text = pdf_text(data).replace("\r\n", " ")
    for words in ("RAG summary", "Trends", "London comparison", "Corrective actions", "Residential burglary",
                  "Of the 3 indicators 1 (33.3%) is Red"):
        assert words in text
    corrective = text[text.index("Corrective actions"):]
    assert "BUR1" in corrective and "SAT1" not in corrective
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    images = sum(1 for i in range(len(pdf)) for o in pdf[i].get_objects()
                 if o.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE)
    assert images == 3
    assert save_pngs(data, "fixture-performance")


def test_performance_has_no_docx(perf):
    with pytest.raises(UnsupportedFormat):
        render(perf, "docx")


# --- CLI and web -----------------------------------------------------------------------------------------------


def test_cli_writes_each_format(store, tmp_path):
    from typer.testing import CliRunner

    from scrutiny.reports.cli import report_app

    url = str(store.engine.url)
    runner = CliRunner()
    for fmt in ("html", "docx", "pdf"):
        out = tmp_path / f"a.{fmt}"
        res = runner.invoke(report_app, ["actions", "--db", url, "--body", PANEL, "--as-of", "2025-03-12",
                                         "--format", fmt, "-o", str(out)])
        assert res.exit_code == 0, res.output
        assert out.stat().st_size > 1000
    res = runner.invoke(report_app, ["actions", "--db", url, "--body", PANEL, "--as-of", "12/03/2025",
                                     "-o", str(tmp_path / "x.pdf")])
    assert res.exit_code == 2 and "ISO date" in res.output
    out = tmp_path / "perf.pdf"
    res = runner.invoke(report_app, ["performance", "--definitions", str(FIXTURES / "reports" / "definitions.csv"),
                                     "--observations", str(FIXTURES / "reports" / "observations.csv"),
                                     "--quarter", "Q3 2022/23", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert "Corrective actions" in pdf_text(out.read_bytes())
    res = runner.invoke(report_app, ["performance", "--document", "x.txt", "-o", str(tmp_path / "p.docx")])
    assert res.exit_code == 2


def test_web_routes(store):
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from scrutiny.reports.web import register

    app = FastAPI()
    register(app, store)
    client = TestClient(app)
    r = client.get("/reports/actions.docx", params={"body": PANEL, "as_of": "2025-03-12"})
    assert r.status_code == 200 and "wordprocessingml" in r.headers["content-type"]
    assert "attachment" in r.headers["content-disposition"]
    assert docx_tables(r.content).tables
    r = client.get("/reports/actions.html", params={"body": PANEL, "as_of": "2025-03-12"})
    assert r.status_code == 200 and "Meeting of 15 January 2025" in r.text
    assert client.get("/reports/actions.pdf", params={"body": PANEL, "as_of": "bad"}).status_code == 400
    assert client.get("/reports/actions.xls", params={"body": PANEL}).status_code == 404
    r = client.get("/reports/recommendations.pdf", params={"report": "Rural crime", "as_of": "2025-12-31"})
    assert r.status_code == 200 and r.content[:4] == b"%PDF"
    assert client.get("/reports/performance.pdf", params={"document": "nope"}).status_code == 404
