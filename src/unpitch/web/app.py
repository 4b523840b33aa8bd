"""The local review app: the inbox by verdict, one conversation with its signals, triage, export.

Server-rendered (Jinja2, autoescaped); the small script in ``static/app.js`` only adds keyboard
shortcuts that press the same buttons a mouse would. Marks go to a :class:`MarkStore` and the
conversation is re-scored in the scan database at once (see ``inbox.py``).
"""

from __future__ import annotations

import csv
import io
import json
from importlib.resources import files
from pathlib import Path
from typing import Any, Mapping
from urllib.parse import parse_qs, quote, urlencode, urlsplit

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from ..replies import draft_replies
from ..scoring import KIND_LABELS
from .inbox import PAGE_SIZE, InboxDb
from .marks import VERDICTS, MarkStore, SqliteMarkStore
from .security import Guard, GuardMiddleware

_ASSETS = files("unpitch") / "data" / "web"
BULK_ACTIONS = (*VERDICTS, "unmark")
# Spreadsheets run cells that start like a formula; names and summaries are attacker-written.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def conversation_url(conversation_id: str, verdict_list: str | None = None) -> str:
    url = f"/c/{quote(conversation_id, safe='')}"
    return f"{url}?{urlencode({'list': verdict_list})}" if verdict_list else url


def list_url(verdict: str, query: str = "", page: int = 1, cursor: int | None = None) -> str:
    params: dict[str, object] = {}
    if query:
        params["q"] = query
    if page > 1:
        params["page"] = page
    if cursor is not None:
        params["cursor"] = cursor
    return f"/inbox/{verdict}" + (f"?{urlencode(params)}" if params else "")


def safe_return(target: str, fallback: str = "/") -> str:
    """Only a path on this app: never another host (open redirect) or a scheme."""
    parts = urlsplit(target)
    if not target.startswith("/") or target.startswith("//") or "\\" in target or parts.scheme or parts.netloc:
        return fallback
    return target


def with_cursor(target: str, cursor: str) -> str:
    if not cursor.isdigit():
        return target
    return f"{target}{'&' if '?' in target else '?'}cursor={cursor}"


def spreadsheet_safe(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def _templates() -> Jinja2Templates:
    environment = Environment(
        loader=FileSystemLoader(str(_ASSETS / "templates")),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals.update(
        conversation_url=conversation_url, list_url=list_url, kind_labels=KIND_LABELS, verdicts=VERDICTS
    )
    return Jinja2Templates(env=environment)


async def _form(request: Request) -> dict[str, list[str]]:
    """The url-encoded form body (the app's forms are all url-encoded; no multipart needed)."""
    body = (await request.body()).decode("utf-8", errors="replace")
    return parse_qs(body, keep_blank_values=True)


def create_app(db_path: Path, marks: MarkStore | None = None, access_token: str | None = None) -> FastAPI:
    """The app over one scan database. ``access_token`` None means loopback only (Host checked).

    Handlers are ``async`` although SQLite is synchronous: each query takes well under a
    millisecond, and one user's app gains nothing from a thread hop per request.
    """
    inbox = InboxDb(db_path)
    store: MarkStore = marks if marks is not None else SqliteMarkStore(db_path)
    inbox.apply_marks(store.marks())
    guard = Guard(access_token)
    templates = _templates()
    app = FastAPI(title="unpitch", docs_url=None, redoc_url=None, openapi_url=None)
    app.add_middleware(GuardMiddleware, guard=guard)
    app.mount("/static", StaticFiles(directory=str(_ASSETS / "static")), name="static")

    def render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
        base = {"counts": inbox.counts(), "form_token": guard.form_token, "scan": inbox.scan_info()}
        return templates.TemplateResponse(request, name, {**base, **context}, status_code=status_code)

    def check_form(form: dict[str, list[str]]) -> None:
        if not guard.allows_form(form.get("form_token", [""])[0]):
            raise HTTPException(status_code=403, detail="form token missing or wrong: reload the page")

    @app.get("/")
    async def home() -> RedirectResponse:
        return RedirectResponse("/inbox/junk", status_code=303)

    @app.get("/inbox/{verdict}", response_class=HTMLResponse)
    async def inbox_page(request: Request, verdict: str, q: str = "", page: int = 1, cursor: int = -1) -> HTMLResponse:
        if verdict not in VERDICTS:
            raise HTTPException(status_code=404, detail="no such list")
        page_number = max(page, 1)
        rows, total = inbox.page(verdict, q.strip(), page_number)
        marked = store.marks()
        return render(request, "inbox.html", {
            "verdict": verdict,
            "q": q.strip(),
            "rows": rows,
            "total": total,
            "page_number": page_number,
            "pages": max((total + PAGE_SIZE - 1) // PAGE_SIZE, 1),
            "marked": {row.conversation_id: marked[row.conversation_id] for row in rows if row.conversation_id in marked},
            "cursor": cursor,
            "return_to": list_url(verdict, q.strip(), page_number),
        })

    @app.get("/c/{conversation_id:path}", response_class=HTMLResponse)
    async def conversation_page(request: Request, conversation_id: str) -> HTMLResponse:
        view = inbox.conversation(conversation_id)
        if view is None:
            raise HTTPException(status_code=404, detail="no such conversation")
        verdict_list = request.query_params.get("list", view.row.verdict)
        if verdict_list not in VERDICTS:
            verdict_list = view.row.verdict
        previous_id, next_id = inbox.neighbours(view.row, verdict_list)
        mark = store.marks().get(conversation_id)
        drafts = draft_replies(view.row.kind, view.signals, view.inbound_texts, view.row.sender, inbox.scan_info().owner_name)
        next_url = conversation_url(next_id, verdict_list) if next_id else list_url(verdict_list)
        return render(request, "conversation.html", {
            "view": view,
            "verdict": verdict_list,
            "mark": mark,
            "drafts": drafts,
            "previous_url": conversation_url(previous_id, verdict_list) if previous_id else "",
            "next_url": conversation_url(next_id, verdict_list) if next_id else "",
            "return_to": next_url,
            "list_back": list_url(verdict_list),
        })

    def mark_one(conversation_id: str, verdict: str) -> None:
        if verdict == "unmark":
            store.unmark(conversation_id)
            inbox.restore_verdict(conversation_id)
            return
        if verdict not in VERDICTS:
            raise HTTPException(status_code=400, detail="a mark is keep, review or junk")
        if inbox.row(conversation_id) is None:
            raise HTTPException(status_code=404, detail="no such conversation")
        store.mark(conversation_id, verdict)
        inbox.set_verdict(conversation_id, verdict)

    @app.post("/c/{conversation_id:path}/mark")
    async def mark(request: Request, conversation_id: str) -> RedirectResponse:
        form = await _form(request)
        check_form(form)
        mark_one(conversation_id, form.get("verdict", [""])[0])
        target = safe_return(form.get("return_to", ["/"])[0])
        return RedirectResponse(with_cursor(target, request.query_params.get("cursor", "")), status_code=303)

    @app.post("/c/{conversation_id:path}/unmark")
    async def unmark(request: Request, conversation_id: str) -> RedirectResponse:
        form = await _form(request)
        check_form(form)
        mark_one(conversation_id, "unmark")
        target = safe_return(form.get("return_to", ["/"])[0])
        return RedirectResponse(with_cursor(target, request.query_params.get("cursor", "")), status_code=303)

    @app.post("/bulk")
    async def bulk(request: Request) -> RedirectResponse:
        form = await _form(request)
        check_form(form)
        action = form.get("action", [""])[0]
        if action not in BULK_ACTIONS:
            raise HTTPException(status_code=400, detail="bulk action must be keep, review, junk or unmark")
        for conversation_id in form.get("ids", []):
            mark_one(conversation_id, action)
        return RedirectResponse(safe_return(form.get("return_to", ["/"])[0]), status_code=303)

    @app.get("/coach", response_class=HTMLResponse)
    async def coach_page(request: Request) -> HTMLResponse:
        return render(request, "coach.html", {"draft": "", "recipient": "", "result": None, "error": ""})

    @app.post("/coach/check", response_class=HTMLResponse)
    async def coach_form(request: Request) -> HTMLResponse:
        """The page without script: the form posts, the server renders the result."""
        form = await _form(request)
        check_form(form)
        draft, recipient = form.get("draft", [""])[0], form.get("recipient", [""])[0]
        result, error = run_coach(draft, recipient)
        return render(request, "coach.html", {"draft": draft, "recipient": recipient, "result": result, "error": error})

    @app.post("/coach")
    async def coach_api(request: Request) -> JSONResponse:
        """``{"draft": str, "recipient": str (profile text) | object (JSON profile)}`` ->
        ``{"verdict", "score", "checks", ...}``. JSON only: a form on another site cannot post it."""
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            return JSONResponse({"error": "send application/json"}, status_code=415)
        try:
            body = json.loads(await request.body())
        except (ValueError, UnicodeDecodeError):
            return JSONResponse({"error": "the body is not JSON"}, status_code=400)
        if not isinstance(body, dict) or not isinstance(body.get("draft"), str):
            return JSONResponse({"error": 'expected {"draft": "...", "recipient": "..." or {...}}'}, status_code=400)
        result, error = run_coach(body["draft"], body.get("recipient", ""))
        if error:
            return JSONResponse({"error": error}, status_code=400)
        return JSONResponse(result)

    @app.get("/export/junk.csv")
    async def export_junk() -> Response:
        return Response(
            junk_csv(inbox, store.marks()),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="unpitch-junk.csv"'},
        )

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> HTMLResponse:
        return render(request, "error.html", {"status": exc.status_code, "message": exc.detail}, status_code=exc.status_code)

    return app


def run_coach(draft: str, recipient: object) -> tuple[dict[str, Any] | None, str]:
    """(the coach's JSON result, "") or (None, one line saying what is wrong with the input)."""
    from ..coach import coach, parse_profile_text, profile_from_json
    from ..errors import UnpitchError

    try:
        if isinstance(recipient, dict):
            profile = profile_from_json(recipient, "recipient")
        elif isinstance(recipient, str):
            profile = parse_profile_text(recipient)
        else:
            return None, "recipient must be profile text or a JSON profile object"
        return coach(draft, profile).as_dict(), ""
    except UnpitchError as exc:
        return None, str(exc)


def linkedin_thread_url(conversation_id: str) -> str:
    return f"https://www.linkedin.com/messaging/thread/{quote(conversation_id, safe='=')}/"


def junk_csv(inbox: InboxDb, marks: Mapping[str, str]) -> str:
    """Every junk conversation, one row each, to archive by hand (LinkedIn has no bulk archive)."""
    linkedin = inbox.scan_info().source_kind == "linkedin"
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["conversation_id", "sender", "last_date", "score", "kind", "marked_by_you", "summary", "open_in_linkedin"])
    for row in inbox.all_rows("junk"):
        writer.writerow([
            spreadsheet_safe(row.conversation_id),
            spreadsheet_safe(row.who),
            row.last_date,
            f"{row.score:.4f}",
            row.kind,
            "yes" if row.conversation_id in marks else "no",
            spreadsheet_safe(row.summary),
            linkedin_thread_url(row.conversation_id) if linkedin else "",
        ])
    return buffer.getvalue()
