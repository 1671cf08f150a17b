"""``scrutiny report actions|recommendations|performance``: generate a committee-ready report to a file.

The lead mounts this sub-app with ``app.add_typer(report_app, name="report")``.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Optional

import typer

report_app = typer.Typer(help="Committee-ready reports: Summary List of Actions, recommendations monitor, "
                              "quarterly performance report.", no_args_is_help=True)

DB_HELP = "Database: a SQLite file path or a SQLAlchemy URL (default: $SCRUTINY_DATABASE_URL or ./scrutiny.db)."
FORMAT_HELP = "html, docx or pdf (the performance report: html or pdf). Default: from the -o file's extension."


def _fail(msg: str, code: int = 2) -> None:
    typer.echo(f"error: {msg}", err=True)
    raise typer.Exit(code)


def _as_of(value: Optional[str]) -> str:
    if value is None:
        return dt.date.today().isoformat()
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        _fail(f"--as-of: not an ISO date ({value!r})")
    raise AssertionError  # unreachable


def _format(fmt: Optional[str], output: Path, kind: str) -> str:
    from .render import FORMATS

    chosen = (fmt or output.suffix.lstrip(".") or "html").lower()
    if chosen == "htm":
        chosen = "html"
    if chosen not in FORMATS[kind]:
        _fail(f"the {kind} report is made as {', '.join(FORMATS[kind])}, not {chosen!r}")
    return chosen


def _write(report, fmt: str, output: Path) -> None:
    from .render import render

    data = render(report, fmt)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(data)
    typer.echo(f"wrote {output} ({len(data):,} bytes)")


def _store(db: Optional[str]):
    from ..config import database_url_for
    from ..store import open_store

    return open_store(database_url_for(db))


@report_app.command("actions")
def actions_cmd(
    body: str = typer.Option(..., "--body", help="The committee or panel (e.g. \"Police and Crime Committee\")."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="Status as at this date (ISO; default today)."),
    format: Optional[str] = typer.Option(None, "--format", "-f", help=FORMAT_HELP),
    output: Path = typer.Option(..., "--output", "-o", help="The file to write."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """The Summary List of Actions of a body as at a date: by meeting, with status, owner and deadline."""
    from .actions import build_actions_report

    fmt = _format(format, output, "actions")
    report = build_actions_report(_store(db), body, _as_of(as_of))
    if not report.groups:
        typer.echo(f"note: no actions found for {body!r} up to {report.as_of}", err=True)
    _write(report, fmt, output)


@report_app.command("recommendations")
def recommendations_cmd(
    body: Optional[str] = typer.Option(None, "--body", help="Recommendations made in this body's papers or "
                                                             "addressed to it."),
    report: Optional[str] = typer.Option(None, "--report", help="Only the report whose title contains this."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="Status as at this date (ISO; default today)."),
    format: Optional[str] = typer.Option(None, "--format", "-f", help=FORMAT_HELP),
    output: Path = typer.Option(..., "--output", "-o", help="The file to write."),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """The recommendations monitor: each recommendation, its addressee, due date, responses and status."""
    from .recommendations import build_recommendations_monitor

    if not body and not report:
        _fail("give --body or --report")
    fmt = _format(format, output, "recommendations")
    _write(build_recommendations_monitor(_store(db), body, report, _as_of(as_of)), fmt, output)


@report_app.command("performance")
def performance_cmd(
    body: Optional[str] = typer.Option(None, "--body", help="The body the report is for (shown in the heading)."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="Without --quarter: report the last quarter "
                                                               "complete before this date."),
    quarter: Optional[str] = typer.Option(None, "--quarter", help="The quarter, e.g. \"Q3 2016/17\"."),
    definitions: Optional[Path] = typer.Option(None, help="Indicator definitions (scrutiny.indicators/1 CSV)."),
    observations: Optional[Path] = typer.Option(None, help="Observations (scrutiny.indicators/1 CSV)."),
    document: Optional[Path] = typer.Option(None, help="Or: a performance report to read the indicators from."),
    indicator: Optional[list[str]] = typer.Option(None, "--indicator", help="Only these codes (repeatable)."),
    format: Optional[str] = typer.Option(None, "--format", "-f", help=FORMAT_HELP),
    output: Path = typer.Option(..., "--output", "-o", help="The file to write."),
) -> None:
    """The quarterly performance report: RAG table with direction of travel, summary, trend charts, comparison
    and corrective actions."""
    from ..indicators.model import Period
    from .performance import build_performance_report, inputs_from_csv, inputs_from_document

    fmt = _format(format, output, "performance")
    period = None
    if quarter:
        period = Period.parse(quarter)
        if period is None or period.quarter is None:
            _fail(f"--quarter: not a quarter such as 'Q3 2016/17' ({quarter!r})")
    elif as_of:
        period = Period.last_complete_before(dt.date.fromisoformat(_as_of(as_of)))
    extras, notes, source = None, [], ""
    if definitions and observations:
        if period is None:
            _fail("give --quarter or --as-of with CSV input")
        defs, obs = inputs_from_csv(definitions, observations)
        source = f"{definitions.name}, {observations.name}"
    elif document:
        defs, obs, extras, period, notes = inputs_from_document(document, period)
        source = document.name
    else:
        _fail("give --definitions and --observations, or --document")
        raise AssertionError
    if indicator:
        defs = [d for d in defs if d.code in indicator]
        if not defs:
            _fail(f"none of the indicators {', '.join(indicator)} is defined")
    report = build_performance_report(defs, obs, period, extras, body=body, source=source, notes=notes,
                                      title=f"Performance report: {period.label}")
    _write(report, fmt, output)
