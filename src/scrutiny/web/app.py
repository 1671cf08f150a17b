"""The web app: server-rendered pages, each with a JSON twin (the same URL with ``.json``)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..config import get_settings
from ..errors import ScrutinyError
from ..store import Store, open_store

HERE = Path(__file__).parent
MAX_LINES_PER_VIEW = 5000


def error_body(code: str, message: str, status: int) -> dict[str, Any]:
    """The one JSON error shape of the API."""
    return {"error": {"code": code, "message": message, "status": status}}


def create_app(database_url: str | None = None, store: Store | None = None) -> FastAPI:
    store = store or open_store(database_url or get_settings().database_url)
    app = FastAPI(title="Scrutiny", version=__version__,
                  description="What police-and-crime oversight bodies asked, promised, recommended and answered.")
    app.state.store = store
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    def wants_json(request: Request) -> bool:
        return request.url.path.endswith(".json") or request.url.path.startswith("/api/")

    def render(request: Request, template: str, ctx: dict[str, Any], status: int = 200) -> HTMLResponse:
        return templates.TemplateResponse(request, template, {"version": __version__, **ctx}, status_code=status)

    @app.exception_handler(ScrutinyError)
    async def _scrutiny_error(request: Request, exc: ScrutinyError):
        if wants_json(request):
            return JSONResponse(error_body(exc.code, str(exc), exc.http_status), status_code=exc.http_status)
        return render(request, "error.html", {"status": exc.http_status, "message": str(exc)}, exc.http_status)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        msg = exc.detail if isinstance(exc.detail, str) else "error"
        if wants_json(request):
            return JSONResponse(error_body("http_error", msg, exc.status_code), status_code=exc.status_code)
        return render(request, "error.html", {"status": exc.status_code, "message": msg}, exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", []))
        msg = f"{where}: {first.get('msg', 'invalid input')}"
        if wants_json(request):
            return JSONResponse(error_body("invalid_input", msg, 422), status_code=422)
        return render(request, "error.html", {"status": 422, "message": msg}, 422)

    # --- documents ----------------------------------------------------------------------------------------------

    def documents_data(page: int) -> dict[str, Any]:
        size = get_settings().page_size
        total = store.count_documents()
        docs = store.list_documents(limit=size, offset=(page - 1) * size)
        return {"documents": docs, "page": page, "page_size": size, "total": total,
                "pages": max(1, -(-total // size))}

    @app.get("/documents.json", tags=["documents"])
    def documents_json(page: int = Query(1, ge=1, le=100_000)):
        return documents_data(page)

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents_page(request: Request, page: int = Query(1, ge=1, le=100_000)):
        return render(request, "documents.html", documents_data(page))

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request):
        data = documents_data(1)
        data["counts"] = store.count_items()
        return render(request, "home.html", data)

    @app.get("/index.json", tags=["documents"])
    def home_json():
        data = documents_data(1)
        data["counts"] = store.count_items()
        return data

    def document_data(doc_id: str, start: int, end: int | None) -> dict[str, Any]:
        doc = store.get_document(doc_id)
        if end is None or end - start > MAX_LINES_PER_VIEW:
            end = start + MAX_LINES_PER_VIEW - 1
        lines = store.document_lines(doc_id, start, end)
        return {"document": doc, "lines": lines, "start": start, "end": end,
                "counts": store.count_items(doc_id),
                "parts": [i["data"] for i in store.list_items("parts", doc_id, limit=1000)]}

    @app.get("/documents/{doc_id}.json", tags=["documents"])
    def document_json(doc_id: str, start: int = Query(1, ge=1), end: int | None = Query(None, ge=1)):
        return document_data(doc_id, start, end)

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, doc_id: str, start: int = Query(1, ge=1), end: int | None = Query(None, ge=1),
                      hl: str | None = Query(None, max_length=40, pattern=r"^\d+(-\d+)?$")):
        data = document_data(doc_id, start, end)
        lo = hi = 0
        if hl:
            a, _, b = hl.partition("-")
            lo, hi = int(a), int(b or a)
        data.update(hl_lo=lo, hl_hi=hi)
        return render(request, "document.html", data)

    @app.get("/healthz.json", tags=["meta"])
    def health():
        return {"ok": True, "version": __version__, "database": store.dialect}

    return app
