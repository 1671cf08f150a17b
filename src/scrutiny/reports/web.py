"""Report downloads for the web app. The lead calls :func:`register` from ``create_app``.

- ``GET /reports/actions.{html,docx,pdf}?body=&as_of=`` — the Summary List of Actions;
- ``GET /reports/recommendations.{html,docx,pdf}?body=&report=&as_of=`` — the recommendations monitor;
- ``GET /reports/performance.{html,pdf}?document=&quarter=&body=`` — the performance report read from a stored
  document (its id); ``quarter`` like ``Q3 2016/17`` (default: the latest quarter the document rates).
"""
from __future__ import annotations

import datetime as dt
import re
from types import SimpleNamespace
from typing import Any

from fastapi import FastAPI, Query
from fastapi.responses import JSONResponse, Response

from ..store.db import Store
from .render import FORMATS, MEDIA_TYPES, render

_SAFE_NAME = re.compile(r"[^A-Za-z0-9]+")


def _error(status: int, message: str) -> JSONResponse:
    """The API's one error shape (see scrutiny.web.app.error_body)."""
    code = {400: "invalid_input", 404: "not_found"}.get(status, "error")
    return JSONResponse({"error": {"code": code, "message": message, "status": status}}, status_code=status)


def _day(as_of: str | None) -> str | None:
    if as_of is None or as_of == "":
        return dt.date.today().isoformat()
    try:
        return dt.date.fromisoformat(as_of).isoformat()
    except ValueError:
        return None


def _download(report: Any, kind: str, fmt: str, stem: str) -> Response:
    data = render(report, fmt)
    name = _SAFE_NAME.sub("-", stem).strip("-")[:80] or kind
    headers = {} if fmt == "html" else {"Content-Disposition": f'attachment; filename="{name}.{fmt}"'}
    return Response(content=data, media_type=MEDIA_TYPES[fmt], headers=headers)


def register(app: FastAPI, store: Store) -> None:
    """Add the report routes to ``app``, reading from ``store``."""

    @app.get("/reports/actions.{fmt}", tags=["reports"], summary="Summary List of Actions (html, docx or pdf)")
    def actions_report(fmt: str, body: str = Query(..., min_length=2, max_length=200),
                       as_of: str | None = Query(None, description="ISO date; default today")) -> Response:
        from .actions import build_actions_report

        if fmt not in FORMATS["actions"]:
            return _error(404, f"no such format: {fmt}")
        day = _day(as_of)
        if day is None:
            return _error(400, "as_of must be an ISO date (YYYY-MM-DD)")
        report = build_actions_report(store, body, day)
        return _download(report, "actions", fmt, f"summary-list-of-actions-{body}-{day}")

    @app.get("/reports/recommendations.{fmt}", tags=["reports"],
             summary="Recommendations monitor (html, docx or pdf)")
    def recommendations_report(fmt: str, body: str | None = Query(None, max_length=200),
                               report: str | None = Query(None, max_length=300),
                               as_of: str | None = Query(None, description="ISO date; default today")) -> Response:
        from .recommendations import build_recommendations_monitor

        if fmt not in FORMATS["recommendations"]:
            return _error(404, f"no such format: {fmt}")
        if not body and not report:
            return _error(400, "give body or report")
        day = _day(as_of)
        if day is None:
            return _error(400, "as_of must be an ISO date (YYYY-MM-DD)")
        monitor = build_recommendations_monitor(store, body, report, day)
        return _download(monitor, "recommendations", fmt, f"recommendations-monitor-{body or report}-{day}")

    @app.get("/reports/performance.{fmt}", tags=["reports"], summary="Quarterly performance report (html or pdf)")
    def performance_report(fmt: str, document: str = Query(..., max_length=64),
                           quarter: str | None = Query(None, max_length=40),
                           body: str | None = Query(None, max_length=200)) -> Response:
        from ..errors import NotFound
        from ..indicators.model import Period
        from .performance import build_performance_report, inputs_from_lines

        if fmt not in FORMATS["performance"]:
            return _error(404, f"no such format: {fmt}")
        period = None
        if quarter:
            period = Period.parse(quarter)
            if period is None or period.quarter is None:
                return _error(400, "quarter must look like 'Q3 2016/17'")
        try:
            doc = store.get_document(document)
        except NotFound:
            return _error(404, f"no document {document!r}")
        rows = store.document_lines(document)
        lines = [SimpleNamespace(number=r["number"], text=r["text"]) for r in rows]
        noise = {r["number"] for r in rows if r["noise"]}
        try:
            defs, obs, extras, period, notes = inputs_from_lines(doc["name"], lines, noise.__contains__, period)
        except ValueError as e:
            return _error(404, str(e))
        report = build_performance_report(defs, obs, period, extras, body=body, source=doc["name"], notes=notes)
        return _download(report, "performance", fmt, f"performance-{period.label}")
