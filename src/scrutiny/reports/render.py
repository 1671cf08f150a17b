"""Render a report as HTML (Jinja2, autoescaped: document text is untrusted), PDF (WeasyPrint, from the same HTML)
or DOCX (python-docx: real Word tables and built-in styles a clerk can edit); trend charts with matplotlib.

``render(report, fmt)`` returns bytes for any report and format; the ``*_html`` / ``*_docx`` functions are the
parts.
"""
from __future__ import annotations

import base64
import datetime as dt
import io
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from .. import __version__
from ._store import long_date
from .actions import ActionsReport
from .performance import IndicatorResult, PerformanceReport, _fmt
from .recommendations import RecommendationsMonitor

TEMPLATES = Path(__file__).parent / "templates"
FORMATS = {"actions": ("html", "docx", "pdf"), "recommendations": ("html", "docx", "pdf"),
           "performance": ("html", "pdf")}
MEDIA_TYPES = {"html": "text/html; charset=utf-8", "pdf": "application/pdf",
               "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
_CSS_SAFE = re.compile(r"[^\w\s,.()'\-–:/]")


class UnsupportedFormat(ValueError):
    """A report asked for in a format it is not made in."""


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["long_date"] = lambda v: long_date(str(v)) if v else ""
    return env


def kind_of(report: Any) -> str:
    """``actions`` | ``recommendations`` | ``performance``."""
    if isinstance(report, ActionsReport):
        return "actions"
    if isinstance(report, RecommendationsMonitor):
        return "recommendations"
    if isinstance(report, PerformanceReport):
        return "performance"
    raise TypeError(f"not a report: {type(report).__name__}")


def _sources(report: Any) -> list[str]:
    if isinstance(report, ActionsReport):
        return report.documents
    if isinstance(report, RecommendationsMonitor):
        return sorted({e.document for e in report.entries})
    return [report.source] if report.source else []


def render_html(report: Any, generated: str | None = None) -> str:
    """The report as a complete HTML page (print-ready: the PDF is made from it)."""
    kind = kind_of(report)
    title = getattr(report, "title", kind)
    who = getattr(report, "body", None) or ""
    footer = _CSS_SAFE.sub("", (f"{title} – {who}" if who else title).replace("&", "and"))[:120]
    ctx: dict[str, Any] = dict(r=report, title=title, footer=Markup(footer), version=__version__,
                               generated=generated or dt.date.today().isoformat(), sources=_sources(report),
                               orientation="landscape" if kind == "performance" else "portrait")
    if kind == "performance":
        ctx.update(charts={x.definition.code: base64.b64encode(trend_chart(x, report)).decode() if
                           _chartable(x) else None for x in report.results},
                   fmt=_fmt, comparison_text=comparison_text)
    return _env().get_template(f"{kind}.html").render(**ctx)


def _fetcher():
    """WeasyPrint URL fetcher for inline ``data:`` images only: nothing is fetched from the network or disk."""
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols={"data"})


def render_pdf(report: Any, generated: str | None = None) -> bytes:
    """The report's HTML laid out as a PDF by WeasyPrint."""
    from weasyprint import HTML

    return HTML(string=render_html(report, generated), url_fetcher=_fetcher()).write_pdf()


def render(report: Any, fmt: str, generated: str | None = None) -> bytes:
    """The report in ``fmt`` (html | docx | pdf) as bytes."""
    kind = kind_of(report)
    if fmt not in FORMATS[kind]:
        raise UnsupportedFormat(f"the {kind} report is made as {', '.join(FORMATS[kind])}, not {fmt}")
    if fmt == "html":
        return render_html(report, generated).encode("utf-8")
    if fmt == "pdf":
        return render_pdf(report, generated)
    return actions_docx(report) if kind == "actions" else recommendations_docx(report)


# ---------------------------------------------------------------------------------------------------------------
# performance: charts and comparison


def _chartable(x: IndicatorResult) -> bool:
    return any(_points(x).values())


def _points(x: IndicatorResult) -> dict[str, list[tuple[str, float]]]:
    """Series to plot: this year's and last year's values on the basis the indicator is judged on, by quarter."""
    ytd = x.definition.basis.value == "ytd"
    this, last = [], []
    for o in x.history:
        v = o.ytd if ytd else o.value
        lv = o.last_year_ytd if ytd else o.last_year
        if v is not None:
            this.append((f"Q{o.period.quarter}", v))
        if lv is not None:
            last.append((f"Q{o.period.quarter}", lv))
    return {"this": this, "last": last}


def trend_chart(x: IndicatorResult, report: PerformanceReport) -> bytes:
    """A PNG line chart of the indicator by quarter of the financial year, this year against last, with the
    target band (a band target, or the target and its tolerance) shaded."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    pts = _points(x)
    fy = report.period.fy
    quarters = ["Q1", "Q2", "Q3", "Q4"]
    fig, ax = plt.subplots(figsize=(6.4, 2.3), dpi=130)
    try:
        for key, label, style in (("this", f"{fy}/{(fy + 1) % 100:02d}", "-o"),
                                  ("last", f"{fy - 1}/{fy % 100:02d}", "--s")):
            if pts[key]:
                xs = [quarters.index(q) for q, _ in pts[key]]
                ax.plot(xs, [v for _, v in pts[key]], style, label=label, linewidth=2 if key == "this" else 1.2,
                        color="#1f3b73" if key == "this" else "#8a8a8a", markersize=5)
        target = x.definition.target_for(report.period)
        if target is not None and target.is_band:
            ax.axhspan(target.low, target.high, color="#2e7d32", alpha=0.15, label=f"target {target.describe()}")
        elif target is not None and target.value is not None:
            allowed = x.definition.tolerance.allowed(target.value)
            ax.axhline(target.value, color="#2e7d32", linewidth=1.2, label=f"target {target.describe()}")
            if allowed:
                ax.axhspan(target.value - allowed, target.value + allowed, color="#2e7d32", alpha=0.12,
                           label="tolerance")
        ax.set_xticks(range(4), quarters)
        ax.set_xlim(-0.3, 3.3)
        what = "year to date" if x.definition.basis.value == "ytd" else "quarter"
        unit = "%" if x.definition.unit == "percent" else x.definition.unit
        ax.set_ylabel(f"{unit} ({what})", fontsize=8)
        ax.tick_params(labelsize=8)
        ax.grid(axis="y", alpha=0.3)
        ax.spines[["top", "right"]].set_visible(False)
        ax.legend(fontsize=7, loc="best", frameon=False)
        fig.tight_layout()
        buf = io.BytesIO()
        fig.savefig(buf, format="png")
        return buf.getvalue()
    finally:
        plt.close(fig)


def comparison_text(x: IndicatorResult) -> str:
    """One sentence setting the indicator beside its comparator."""
    c = x.extras.comparison
    if c is None:
        return "No comparator is given."
    if c.is_change and x.own_change is not None:
        diff = x.own_change - c.value
        word = "more than" if diff > 0.05 else ("less than" if diff < -0.05 else "the same as")
        return (f"The change here ({x.own_change:+.1f}%) is {abs(diff):.1f} points {word} the comparator's "
                f"({c.value:+.1f}%)." if word != "the same as" else "The change here matches the comparator's.")
    value = x.observation.compared(x.definition.basis) if x.observation else None
    if not c.is_change and value is not None:
        rel = "above" if value > c.value else ("below" if value < c.value else "level with")
        return f"{_fmt(value, x.definition.unit)} is {rel} the {c.label} of {_fmt(c.value, x.definition.unit)}."
    return "Not comparable with the figures given."


# ---------------------------------------------------------------------------------------------------------------
# DOCX


def _docx_base(title: str, meta: list[tuple[str, str]]):
    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(10)
    doc.core_properties.title = title
    doc.core_properties.author = "Scrutiny"
    doc.add_heading(title, level=0)
    for label, value in meta:
        p = doc.add_paragraph()
        p.add_run(f"{label} ").bold = True
        p.add_run(value)
    return doc


def _header_row(table, names: list[str]) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    row = table.rows[0]
    for cell, name in zip(row.cells, names):
        cell.text = ""
        cell.paragraphs[0].add_run(name).bold = True
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")  # repeat the header row on every page
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _cell_paragraphs(cell, texts: list[str], bold_first: bool = False, bullets: list[str] | None = None) -> None:
    cell.text = ""
    first = True
    for t in texts:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        run = p.add_run(t)
        run.bold = bold_first and first
        first = False
    for b in bullets or []:
        p = cell.add_paragraph(b, style="List Bullet")


def _widths(table, cm: list[float]) -> None:
    from docx.shared import Cm

    for row in table.rows:
        for cell, w in zip(row.cells, cm):
            cell.width = Cm(w)


def _to_bytes(doc) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def actions_docx(report: ActionsReport) -> bytes:
    """The Summary List of Actions as a Word document: a heading per meeting and a five-column table."""
    doc = _docx_base("Summary List of Actions", [("Report to:", report.body), ("Date:", long_date(report.as_of))])
    doc.add_heading("1. Summary", level=1)
    doc.add_paragraph(f"This report sets out actions arising from previous meetings of the {report.body} and "
                      f"additional correspondence received since the last meeting, with their status as at "
                      f"{long_date(report.as_of)}.")
    cols = ["Minute item", "Subject and action required", "Status", "Action by", "Deadline, if applicable"]
    for g in report.groups:
        doc.add_heading(g.heading, level=2)
        table = doc.add_table(rows=1, cols=5)
        table.style = "Table Grid"
        _header_row(table, cols)
        for row in g.rows:
            if row.shared:
                cells = table.add_row().cells
                cells[0].text = f"{row.minute_item}." if row.minute_item else ""
                texts = [row.subject] if row.subject else []
                if len(row.entries) > 1:
                    _cell_paragraphs(cells[1], texts + ([row.lead] if row.lead else []), bool(row.subject),
                                     row.items)
                else:
                    _cell_paragraphs(cells[1], texts + [row.entries[0].text], bool(row.subject))
                e = row.entries[0]
                cells[2].text, cells[3].text, cells[4].text = e.status, e.action_by or "", e.deadline or ""
                continue
            first = None
            for i, e in enumerate(row.entries):  # one row per action, the minute item cell merged down
                cells = table.add_row().cells
                if i == 0:
                    first = cells[0]
                    first.text = f"{row.minute_item}." if row.minute_item else ""
                    _cell_paragraphs(cells[1], ([row.subject] if row.subject else []) + [e.text], bool(row.subject))
                else:
                    first = first.merge(cells[0])
                    cells[1].text = e.text
                cells[2].text, cells[3].text, cells[4].text = e.status, e.action_by or "", e.deadline or ""
        _widths(table, [1.6, 8.4, 3.6, 2.6, 1.8])
    if report.correspondence:
        doc.add_heading("Additional correspondence", level=2)
        table = doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for a in report.correspondence:
            cells = table.add_row().cells
            cells[0].text = f"Appendix {a.number}"
            cells[1].text = a.description
        _widths(table, [2.6, 15.4])
    for n in report.notes:
        doc.add_paragraph(n).runs[0].italic = True
    if report.appendices:
        doc.add_heading("Appendices to this report", level=2)
        for a in report.appendices:
            doc.add_paragraph(f"Appendix {a.number} – {a.description}", style="List Bullet")
    return _to_bytes(doc)


def recommendations_docx(report: RecommendationsMonitor) -> bytes:
    """The recommendations monitor as a Word document: one table per report."""
    meta = [("Status as at:", long_date(report.as_of))]
    if report.body:
        meta.insert(0, ("Body:", report.body))
    if report.report:
        meta.insert(0, ("Report:", report.report))
    doc = _docx_base("Recommendations monitor", meta)
    by_report: dict[str, list] = {}
    for e in report.entries:
        by_report.setdefault(e.report or "Report not named", []).append(e)
    cols = ["No.", "Recommendation", "Addressee", "Due", "Responses and updates", "Status"]
    for name, entries in by_report.items():
        doc.add_heading(name, level=2)
        table = doc.add_table(rows=1, cols=len(cols))
        table.style = "Table Grid"
        _header_row(table, cols)
        for e in entries:
            cells = table.add_row().cells
            cells[0].text = e.number or ""
            cells[1].text = e.text
            cells[2].text = e.addressee or "not stated"
            _cell_paragraphs(cells[3], [long_date(e.due) if e.due else "none stated", e.due_explanation])
            _cell_paragraphs(cells[4], [f"{long_date(x.date) if x.date else 'undated'}"
                                        f"{' — ' + x.stance if x.stance else ''}: {x.text}" for x in e.responses]
                             or ["None received."])
            status = e.status.replace("_", " ").capitalize()
            _cell_paragraphs(cells[5], [status] + ([f"{e.days_overdue} days overdue"] if e.days_overdue else []))
        _widths(table, [1.0, 6.6, 2.2, 2.6, 4.0, 1.9])
    return _to_bytes(doc)
