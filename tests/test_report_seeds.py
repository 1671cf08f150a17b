"""Reports from the real seed documents (skipped without ../shared): the Summary List of Actions of the Police and
Crime Committee as of 8 January 2015 must match the one printed in 004, and the Havering performance report (001)
must reproduce the printed ratings where the figures support them and say where they do not."""
from __future__ import annotations

import json
import re

import pytest

from conftest import seed
from scrutiny.gazetteer import normalise_body
from scrutiny.indicators.model import Period
from scrutiny.reports.actions import build_actions_report
from scrutiny.reports.render import render
from test_reports import docx_tables, pdf_text, save_pngs

BODY = "Police and Crime Committee"
AS_OF = "2015-01-08"
_TAG = re.compile(r"<[^>]+>")
_MEETING = re.compile(r"^Meeting of (\d{1,2} \w+ \d{4})$")


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory):
    from scrutiny.ingest import ingest_paths
    from scrutiny.store import open_store

    paths = [seed("004"), seed("000")]
    st = open_store(f"sqlite:///{tmp_path_factory.mktemp('seeds') / 's.db'}")
    ingest_paths(st, paths)
    return st


@pytest.fixture(scope="module")
def report(seed_store):
    return build_actions_report(seed_store, BODY, AS_OF)


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()[:60]


def _same_owner(a: str | None, b: str | None) -> bool:
    return a == b or (a is not None and b is not None and normalise_body(a) == normalise_body(b) is not None)


def test_matches_the_gold_actions(report, gold_dir):
    gold = json.loads(next(gold_dir.glob("004_*.json")).read_text())["actions"]
    entries = [(g, e) for g in report.groups for r in g.rows for e in r.entries]
    assert len(entries) == len(gold)
    for a in gold:
        found = [(g, e) for g, e in entries if _key(e.text) == _key(a["text"].replace("[start of row lost] ... ", ""))]
        assert found, a["text"]
        group, entry = found[0]
        assert group.date == a["meeting_date"], a["text"]
        assert _same_owner(entry.owner, a["owner"]), (entry.owner, a["owner"])
        if a["status"]:
            assert entry.status == a["status"], (entry.status, a["status"])


def test_matches_the_printed_action_list(seed_store, report):
    """Each 'Meeting of …' table of the list as extracted from 004: same meetings, same statuses and owners."""
    from scrutiny.reports._store import items_of

    tables = [t["data"] for t in items_of(seed_store, "tables")
              if "Status" in (t["data"].get("columns") or []) and _MEETING.match(t["data"].get("title") or "")]
    assert len(tables) >= 3
    groups = {g.heading: g for g in report.groups}
    status_col = tables[0]["columns"].index("Status")
    by_col = tables[0]["columns"].index("Action by")
    for t in tables:
        g = groups.get(t["title"])
        assert g is not None, t["title"]
        printed_status = [s.strip() for row in t["rows"] for s in _cells(row[status_col])]
        printed_owner = [s.strip() for row in t["rows"] for s in _cells(row[by_col])]
        shown = [e for r in g.rows for e in (r.entries[:1] if r.shared else r.entries)]
        # the meeting's group starts with the printed table's rows (a table continued without its heading
        # after a page break is printed separately)
        assert [e.status for e in shown[: len(printed_status)]] == printed_status
        assert all(_same_owner(e.owner, o) for e, o in zip(shown, printed_owner))
    continued = [t for t in (x["data"] for x in items_of(seed_store, "tables"))
                 if "Status" in (t.get("columns") or []) and not t.get("title")]
    printed = {s for t in continued for row in t["rows"] for s in _cells(row[status_col])}
    assert printed <= {e.status for e in report.entries}
    assert [g.date for g in report.groups if g.date] == ["2014-12-04", "2014-10-09", "2014-09-04"]


def _cells(cell) -> list[str]:
    """A printed cell split into its paragraphs; a status sentence run over two paragraphs is one."""
    parts = [_TAG.sub("", p).strip() for p in re.split(r"</p>\s*<p>", str(cell))]
    out: list[str] = []
    for p in parts:
        if out and out[-1].endswith(".") and p.startswith("The letter"):
            out[-1] += " " + p
        elif p:
            out.append(p)
    return out


def test_appendices_and_additional_correspondence(report):
    assert [a.number for a in report.appendices] == [1, 2, 3]
    assert "15 December 2014" in report.appendices[0].description
    assert "5 December 2014" in report.appendices[1].description
    assert [a.number for a in report.correspondence] == [3]  # the letter on topics not covered, once (not twice)


def test_seed_actions_docx_and_pdf(report):
    doc = docx_tables(render(report, "docx"))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    for h in ("Meeting of 4 December 2014", "Meeting of 9 October 2014", "Meeting of 4 September 2014",
              "Additional correspondence", "Appendices to this report"):
        assert h in headings
    assert len(doc.tables) == len(report.groups) + 1
    action_rows = sum(len(t.rows) - 1 for t in doc.tables[:-1])
    assert action_rows == sum(1 if r.shared else len(r.entries) for g in report.groups for r in g.rows)
    assert any("Ongoing" == c.text for t in doc.tables for row in t.rows for c in row.cells)
    data = render(report, "pdf")
    text = pdf_text(data).replace("\r\n", " ")
    for words in ("Meeting of 9 October 2014", "Completed. The letter from the MPS is attached at Appendix 1.",
                  "Additional correspondence"):
        assert words in text
    assert len(save_pngs(data, "seed-004-actions")) >= 2


def test_havering_performance_report():
    from scrutiny.reports.performance import build_performance_report, inputs_from_document

    defs, obs, extras, period, notes = inputs_from_document(seed("001"), Period(2016, 3))
    rep = build_performance_report(defs, obs, period, extras, body="Crime & Disorder Sub-Committee",
                                   source="001", notes=notes)
    by = {r.definition.name.lower(): r for r in rep.results}
    assert len(rep.results) == 3
    tno = next(r for n, r in by.items() if "notifiable" in n)
    asb = next(r for n, r in by.items() if "anti-social" in n)
    marac = next(r for n, r in by.items() if "marac" in n)
    # the printed Reds: the target is not printed, but the year-to-date figures have not improved
    for r in (tno, asb):
        assert (r.rag, r.rag_source, r.verdict) == ("Red", "printed", "supported")
        assert "target and tolerance are not printed" in r.verdict_text
    assert "4,355 is better than last year's 4,520" in tno.verdict_text  # a quarter basis would not support Red
    assert asb.rating.short_dot == "↑" and asb.rating.long_dot == "↓"
    # the MARAC band 28-40%: the quarter's 28.8% is inside, so Green is reproduced; the later "Red" is not
    assert (marac.rag, marac.verdict) == ("Green", "reproduced")
    assert "do not support the Red" in marac.verdict_text
    assert any("25.7% is outside the band" in n for n in marac.extras.notes)
    assert tno.extras.comparison is not None and tno.extras.comparison.value == pytest.approx(3.8)
    assert rep.summary == "Of the 3 indicators 2 (66.7%) are Red and 1 (33.3%) is Green."
    data = render(rep, "pdf")
    text = pdf_text(data).replace("\r\n", " ")
    assert "Corrective actions" in text and "Of the 3 indicators 2 (66.7%) are Red" in text
    assert len(save_pngs(data, "seed-001-performance")) >= 2
