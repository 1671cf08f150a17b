"""The web app: server-rendered pages, each with a JSON twin (the same URL with ``.json``).

Reading is public; writing needs an editor's account (session cookie, CSRF token on every form), and every change
is audited. Document text is untrusted: templates autoescape everything.
"""
from __future__ import annotations

import csv
import io
import secrets
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, Form, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from .. import __version__, review
from ..config import get_settings
from ..errors import ScrutinyError
from ..records import CONTRACT_KEYS
from ..search import snippet_html
from ..store import Store, open_store
from . import feeds

HERE = Path(__file__).parent
MAX_LINES_PER_VIEW = 5000
MAX_UPLOAD_BYTES = 50 * 1024 * 1024
KINDS = list(CONTRACT_KEYS)
# the columns each list shows (fields of the contract item)
COLUMNS: dict[str, list[str]] = {
    "actions": ["meeting_date", "minute_item", "text", "owner", "status", "deadline"],
    "questions": ["to", "text"],
    "recommendations": ["report", "number", "text", "addressee"],
    "recommendation_updates": ["recommendation_number", "recommendation_text", "status"],
    "letters": ["date", "from_name", "from_role", "to_name", "subject", "responds_to_meeting_date"],
    "responses": ["topic", "responds_to"],
    "commitments": ["theme", "text"],
    "meetings": ["date", "body", "time", "place", "chair"],
    "minute_items": ["meeting_date", "number", "title", "outcome"],
    "resolutions": ["meeting_date", "item", "text"],
    "turns": ["speaker", "role"],
    "indicators": ["code", "name", "period", "value", "target", "rag"],
    "tables": ["title", "columns"],
    "checks": ["kind", "stated", "computed", "ok", "explanation"],
    "parts": ["kind", "title", "date", "start_line", "end_line"],
}
SORTS = ("document", "date", "status", "owner", "confidence")
NAV = [("actions", "Actions"), ("questions", "Questions"), ("recommendations", "Recommendations"),
       ("letters", "Letters"), ("commitments", "Commitments"), ("meetings", "Meetings"),
       ("indicators", "Indicators"), ("checks", "Checks"), ("documents", "Documents"), ("bodies", "Bodies"),
       ("people", "People")]
GROUP_BY = {"commitments": "theme", "recommendations": "report", "turns": "speaker", "actions": "meeting_date"}


def error_body(code: str, message: str, status: int) -> dict[str, Any]:
    """The one JSON error shape of the API."""
    return {"error": {"code": code, "message": message, "status": status}}


def label(kind: str) -> str:
    return kind.replace("_", " ")


def create_app(database_url: str | None = None, store: Store | None = None) -> FastAPI:
    store = store or open_store(database_url or get_settings().database_url)
    app = FastAPI(title="Scrutiny", version=__version__,
                  description="What police-and-crime oversight bodies asked, promised, recommended and answered. "
                              "Every HTML page has a JSON twin: add .json to its path.")
    app.state.store = store
    app.add_middleware(SessionMiddleware, secret_key=store.secret_key(), session_cookie="scrutiny_session",
                       same_site="lax", https_only=False, max_age=8 * 3600)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.filters["label"] = label
    templates.env.filters["snippet"] = lambda s: Markup(snippet_html(s))
    templates.env.globals["NAV"] = NAV
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    # --- helpers --------------------------------------------------------------------------------------------------

    def wants_json(request: Request) -> bool:
        return request.url.path.endswith(".json") or request.url.path.startswith("/api/")

    def current_user(request: Request) -> dict[str, Any] | None:
        return review.get_user(store, request.session.get("user"))

    def csrf_token(request: Request) -> str:
        tok = request.session.get("csrf")
        if not tok:
            tok = request.session["csrf"] = secrets.token_urlsafe(32)
        return tok

    def check_csrf(request: Request, token: str | None) -> None:
        expected = request.session.get("csrf")
        if not expected or not token or not secrets.compare_digest(expected, token):
            raise review.PermissionDenied("the form has expired or did not come from this site; reload and retry")

    def render(request: Request, template: str, ctx: dict[str, Any], status: int = 200) -> HTMLResponse:
        base = {"version": __version__, "user": current_user(request), "csrf": csrf_token(request),
                "flash": request.session.pop("flash", None), "label": label}
        return templates.TemplateResponse(request, template, {**base, **ctx}, status_code=status)

    def back(request: Request, url: str, flash: str | None = None) -> RedirectResponse:
        if flash:
            request.session["flash"] = flash
        return RedirectResponse(url, status_code=303)

    def url_with(request: Request, **changes: Any) -> str:
        params = dict(request.query_params)
        for k, v in changes.items():
            if v is None:
                params.pop(k, None)
            else:
                params[k] = str(v)
        return "?" + urlencode(params) if params else "?"

    templates.env.globals["url_with"] = url_with

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

    # --- dashboard ------------------------------------------------------------------------------------------------

    def dashboard_data() -> dict[str, Any]:
        latest, _ = store.query_items(kind="letters", sort="date", limit=8)
        return {"outstanding": store.outstanding_by_owner(), "counts": store.count_items(),
                "documents": store.list_documents(limit=8), "total": store.count_documents(),
                "latest_responses": latest}

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request):
        return render(request, "home.html", dashboard_data())

    @app.get("/index.json", tags=["dashboard"], summary="Dashboard: outstanding by owner, recent documents")
    def home_json():
        return dashboard_data()

    # --- documents ------------------------------------------------------------------------------------------------

    def documents_data(page: int) -> dict[str, Any]:
        size = get_settings().page_size
        total = store.count_documents()
        docs = store.list_documents(limit=size, offset=(page - 1) * size)
        return {"documents": docs, "page": page, "page_size": size, "total": total,
                "pages": max(1, -(-total // size))}

    @app.get("/documents.json", tags=["documents"], summary="Stored documents")
    def documents_json(page: int = Query(1, ge=1, le=100_000)):
        return documents_data(page)

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents_page(request: Request, page: int = Query(1, ge=1, le=100_000)):
        return render(request, "documents.html", documents_data(page))

    def document_data(doc_id: str, start: int, end: int | None) -> dict[str, Any]:
        doc = store.get_document(doc_id)
        if end is None or end - start > MAX_LINES_PER_VIEW:
            end = start + MAX_LINES_PER_VIEW - 1
        lines = store.document_lines(doc_id, start, end)
        return {"document": doc, "lines": lines, "start": start, "end": end,
                "counts": store.count_items(doc_id),
                "parts": [i["data"] for i in store.list_items("parts", doc_id, limit=1000)]}

    @app.get("/documents/{doc_id}.json", tags=["documents"], summary="A document's text with line numbers")
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

    # --- item lists (one per kind), their JSON and CSV twins ------------------------------------------------------

    def list_data(kind: str, page: int, status: str | None, owner: str | None, document: str | None,
                  sort: str, review_state: str | None = None) -> dict[str, Any]:
        size = get_settings().page_size
        rows, total = store.query_items(kind=kind, status=status, owner=owner, document_id=document, sort=sort,
                                        review_state=review_state, limit=size, offset=(page - 1) * size)
        return {"kind": kind, "items": rows, "total": total, "page": page, "page_size": size,
                "pages": max(1, -(-total // size)), "columns": COLUMNS.get(kind, []),
                "filters": {"status": status, "owner": owner, "document": document, "sort": sort},
                "group_by": GROUP_BY.get(kind) if document or kind in ("commitments", "recommendations") else None,
                "statuses": store.facet_counts("status_code", kind), "owners": store.facet_counts("owner", kind)}

    def register_kind(kind: str) -> None:
        common = dict(page=Query(1, ge=1, le=100_000), status=Query(None, max_length=20),
                      owner=Query(None, max_length=200), document=Query(None, max_length=64),
                      sort=Query("document", pattern="^(" + "|".join(SORTS) + ")$"))

        def as_json(page: int = common["page"], status: str | None = common["status"],
                    owner: str | None = common["owner"], document: str | None = common["document"],
                    sort: str = common["sort"]):
            return list_data(kind, page, status, owner, document, sort)

        def as_csv(status: str | None = common["status"], owner: str | None = common["owner"],
                   document: str | None = common["document"], sort: str = common["sort"]):
            rows, _ = store.query_items(kind=kind, status=status, owner=owner, document_id=document, sort=sort,
                                        limit=100_000)
            buf = io.StringIO()
            cols = COLUMNS.get(kind, [])
            w = csv.writer(buf)
            w.writerow(["id", "document", "line", *cols, "status_code", "review_state"])
            for r in rows:
                w.writerow([r["id"], r["document_name"], r["start_line"],
                            *[_cell(r["data"].get(c)) for c in cols], r.get("status_code") or "", r["review_state"]])
            return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": f'attachment; filename="{kind}.csv"'})

        def as_html(request: Request, page: int = common["page"], status: str | None = common["status"],
                    owner: str | None = common["owner"], document: str | None = common["document"],
                    sort: str = common["sort"]):
            return render(request, "items.html", list_data(kind, page, status, owner, document, sort))

        app.add_api_route(f"/{kind}.json", as_json, methods=["GET"], tags=["items"], summary=f"List {label(kind)}")
        app.add_api_route(f"/{kind}.csv", as_csv, methods=["GET"], tags=["exports"],
                          summary=f"Export {label(kind)} as CSV")
        app.add_api_route(f"/{kind}", as_html, methods=["GET"], include_in_schema=False,
                          response_class=HTMLResponse)

    for k in KINDS:
        register_kind(k)

    # --- one item -------------------------------------------------------------------------------------------------

    def item_data(item_id: str) -> dict[str, Any]:
        it = store.get_item(item_id)
        doc = store.get_document(it["document_id"])
        lo, hi = it["start_line"], max(it["end_line"], it["start_line"])
        context = store.document_lines(it["document_id"], max(1, lo - 3), min(hi, lo + 60) + 3)
        links = review.links_of(store, item_id)
        for lk in links:
            other = lk["source_id"] if lk["target_id"] == item_id else lk["target_id"]
            try:
                o = store.get_item(other)
                lk["other"] = {"id": o["id"], "kind": o["kind"], "summary": o["summary"], "data": o["data"],
                               "document_id": o["document_id"], "start_line": o["start_line"],
                               "end_line": o["end_line"],
                               "lines": store.document_lines(o["document_id"], o["start_line"],
                                                             min(max(o["end_line"], o["start_line"]),
                                                                 o["start_line"] + 40))}
            except ScrutinyError:
                lk["other"] = None
            lk["direction"] = "answered_by" if lk["target_id"] == item_id else "answers"
        return {"item": it, "document": doc, "context": context, "hl_lo": lo, "hl_hi": hi, "links": links,
                "history": review.history(store, item_id), "columns": COLUMNS.get(it["kind"], []),
                "statuses": review.STATUSES}

    @app.get("/item/{item_id}.json", tags=["items"], summary="One item with its source lines, links and history")
    def item_json(item_id: str):
        return item_data(item_id)

    @app.get("/item/{item_id}", response_class=HTMLResponse, include_in_schema=False)
    def item_page(request: Request, item_id: str):
        return render(request, "item.html", item_data(item_id))

    # --- editing (editors only, CSRF-checked, audited) ------------------------------------------------------------

    @app.post("/item/{item_id}/correct", include_in_schema=False)
    async def item_correct(request: Request, item_id: str):
        form = await request.form()
        check_csrf(request, form.get("csrf"))
        fields = {k[2:]: str(v) for k, v in form.items() if k.startswith("f_")}
        try:
            review.correct_item(store, current_user(request), item_id, fields,
                                note=str(form.get("note") or "")[:2000])
        except review.NothingToCorrect:
            return back(request, f"/item/{item_id}", "Nothing changed: no field differs from the record.")
        return back(request, f"/item/{item_id}", "Correction saved.")

    @app.post("/item/{item_id}/status", include_in_schema=False)
    def item_status(request: Request, item_id: str, status_code: str = Form(..., max_length=20),
                    note: str = Form("", max_length=2000), csrf: str = Form("")):
        check_csrf(request, csrf)
        review.set_status(store, current_user(request), item_id, status_code, note=note)
        return back(request, f"/item/{item_id}", "Status changed.")

    @app.post("/item/{item_id}/review", include_in_schema=False)
    def item_review(request: Request, item_id: str, decision: str = Form(..., pattern="^(confirm|reject)$"),
                    note: str = Form("", max_length=2000), csrf: str = Form("")):
        check_csrf(request, csrf)
        fn = review.confirm_item if decision == "confirm" else review.reject_item
        fn(store, current_user(request), item_id, note=note)
        return back(request, f"/item/{item_id}", "Confirmed." if decision == "confirm" else "Rejected.")

    @app.post("/link/{link_id}", include_in_schema=False)
    def link_decision(request: Request, link_id: str, state: str = Form(..., pattern="^(confirmed|rejected)$"),
                      next: str = Form("/review", max_length=200), note: str = Form("", max_length=2000),
                      csrf: str = Form("")):
        check_csrf(request, csrf)
        review.set_link_state(store, current_user(request), link_id, state, note=note)
        return back(request, next if next.startswith("/") and not next.startswith("//") else "/review",
                    "Link confirmed." if state == "confirmed" else "Link removed.")

    @app.post("/item/{item_id}/link", include_in_schema=False)
    def item_link(request: Request, item_id: str, other_id: str = Form(..., max_length=64),
                  relation: str = Form("answers", pattern="^(answers|updates|same_as|responds_to_topic|follows_up)$"),
                  note: str = Form("", max_length=2000), csrf: str = Form("")):
        check_csrf(request, csrf)
        review.add_manual_link(store, current_user(request), other_id.strip(), item_id, relation, note=note)
        return back(request, f"/item/{item_id}", "Linked.")

    @app.get("/review", response_class=HTMLResponse, include_in_schema=False)
    def review_page(request: Request, page: int = Query(1, ge=1, le=10_000)):
        review.require_editor(current_user(request))
        return render(request, "review.html", review.review_queue(store, offset=(page - 1) * 50) | {"page": page})

    @app.get("/review.json", tags=["review"], summary="The review queue (editors)")
    def review_json(request: Request, page: int = Query(1, ge=1, le=10_000)):
        review.require_editor(current_user(request))
        return review.review_queue(store, offset=(page - 1) * 50)

    @app.get("/audit", response_class=HTMLResponse, include_in_schema=False)
    def audit_page(request: Request):
        return render(request, "audit.html", {"entries": review.history(store, limit=200)})

    @app.get("/audit.json", tags=["review"], summary="Recent changes made by editors")
    def audit_json():
        return {"entries": review.history(store, limit=200)}

    # --- accounts -------------------------------------------------------------------------------------------------

    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    def login_form(request: Request):
        return render(request, "login.html", {"error": None})

    @app.post("/login", include_in_schema=False)
    def login(request: Request, username: str = Form(..., max_length=64), password: str = Form(..., max_length=512),
              csrf: str = Form("")):
        check_csrf(request, csrf)
        user = review.authenticate(store, username, password)
        if user is None:
            return render(request, "login.html", {"error": "Wrong username or password."}, 401)
        request.session.clear()
        request.session["user"] = user["username"]
        request.session["csrf"] = secrets.token_urlsafe(32)
        return back(request, "/", f"Logged in as {user['username']}.")

    @app.post("/logout", include_in_schema=False)
    def logout(request: Request, csrf: str = Form("")):
        check_csrf(request, csrf)
        request.session.clear()
        return back(request, "/", "Logged out.")

    # --- search ---------------------------------------------------------------------------------------------------

    def search_data(q: str, kind: str | None, status: str | None, year: str | None, owner: str | None,
                    page: int) -> dict[str, Any]:
        size = 20
        res = store.search(q, limit=size, offset=(page - 1) * size, kind=kind, status=status, year=year, owner=owner)
        return {"q": q, "hits": res.hits, "total": res.total, "facets": res.facets, "page": page,
                "pages": max(1, -(-res.total // size)),
                "filters": {"kind": kind, "status": status, "year": year, "owner": owner}}

    search_params = dict(q=Query("", max_length=300), kind=Query(None, max_length=32),
                         status=Query(None, max_length=20), year=Query(None, max_length=4),
                         owner=Query(None, max_length=200), page=Query(1, ge=1, le=1000))

    @app.get("/search.json", tags=["search"], summary="Full-text search with facets")
    def search_json(q: str = search_params["q"], kind: str | None = search_params["kind"],
                    status: str | None = search_params["status"], year: str | None = search_params["year"],
                    owner: str | None = search_params["owner"], page: int = search_params["page"]):
        return search_data(q, kind, status, year, owner, page)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = search_params["q"], kind: str | None = search_params["kind"],
                    status: str | None = search_params["status"], year: str | None = search_params["year"],
                    owner: str | None = search_params["owner"], page: int = search_params["page"]):
        return render(request, "search.html", search_data(q, kind, status, year, owner, page))

    # --- bodies ---------------------------------------------------------------------------------------------------

    def bodies_data() -> dict[str, Any]:
        return {"bodies": store.outstanding_by_owner(kinds=tuple(KINDS))}

    @app.get("/bodies.json", tags=["dashboard"], summary="Bodies and people named as owners, with counts")
    def bodies_json():
        return bodies_data()

    @app.get("/bodies", response_class=HTMLResponse, include_in_schema=False)
    def bodies_page(request: Request):
        return render(request, "bodies.html", bodies_data())

    @app.get("/people.json", tags=["dashboard"], summary="People and posts named in the record")
    def people_json():
        return {"people": store.people_and_posts()}

    @app.get("/people", response_class=HTMLResponse, include_in_schema=False)
    def people_page(request: Request):
        return render(request, "people.html", {"people": store.people_and_posts()})

    # --- uploads --------------------------------------------------------------------------------------------------

    @app.get("/upload", response_class=HTMLResponse, include_in_schema=False)
    def upload_form(request: Request):
        review.require_editor(current_user(request))
        return render(request, "upload.html", {})

    @app.post("/upload", include_in_schema=False)
    async def upload(request: Request, file: UploadFile, csrf: str = Form("")):
        check_csrf(request, csrf)
        user = review.require_editor(current_user(request))
        data = await file.read(MAX_UPLOAD_BYTES + 1)
        if len(data) > MAX_UPLOAD_BYTES:
            raise review.InvalidInput(f"{file.filename}: larger than {MAX_UPLOAD_BYTES // 2**20} MB")
        from ..ingest import ingest_bytes

        res = ingest_bytes(store, data, Path(file.filename or "upload").name[:200], user=user["username"])
        return back(request, f"/documents/{res.document_id}",
                    f"{res.name}: {res.status}, {res.items} item(s) extracted.")

    # --- feeds ----------------------------------------------------------------------------------------------------

    feeds.register(app, store)
    from ..reports.web import register as register_reports

    register_reports(app, store)

    @app.get("/healthz.json", tags=["meta"], summary="Liveness")
    def health():
        return {"ok": True, "version": __version__, "database": store.dialect}

    return app


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, tuple)):
        return "; ".join(_cell(x) for x in v)
    if isinstance(v, dict):
        return "; ".join(f"{k}: {_cell(x)}" for k, x in v.items())
    return str(v)
