"""Who may talk to the review app, and what the browser may do with its pages.

- Bound to a loopback address, the app answers only requests whose Host is a loopback name
  (so a web page cannot reach it through DNS rebinding).
- Bound to any other address, every request must carry the access token printed at start:
  ``?token=...`` once (the app then sets a same-site, HTTP-only cookie) or the cookie itself.
- Every form carries a per-run form token, so another site cannot post marks (CSRF).
- Every response forbids inline script, framing and foreign resources (Content-Security-Policy).
"""

from __future__ import annotations

import ipaddress
import secrets
from dataclasses import dataclass, field
from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

TOKEN_COOKIE = "unpitch_token"
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; connect-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def is_loopback(host: str) -> bool:
    if host.strip("[]") in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def new_token() -> str:
    return secrets.token_urlsafe(24)


def _host_name(host_header: str) -> str:
    """``127.0.0.1:8765`` -> ``127.0.0.1``; ``[::1]:8765`` -> ``::1``."""
    if host_header.startswith("["):
        return host_header[1 : host_header.find("]")] if "]" in host_header else host_header
    return host_header.rsplit(":", 1)[0] if host_header.count(":") == 1 else host_header


@dataclass(slots=True)
class Guard:
    """``access_token`` is None on loopback (Host checked instead), else required on every request."""

    access_token: str | None = None
    form_token: str = field(default_factory=new_token)

    def allows_form(self, submitted: str) -> bool:
        return secrets.compare_digest(submitted.encode(), self.form_token.encode())

    def refusal(self, request: Request) -> Response | None:
        """Why this request may not pass (a response to send instead), or None."""
        if self.access_token is None:
            if not is_loopback(_host_name(request.headers.get("host", ""))):
                return PlainTextResponse("unknown host", status_code=400)
            return None
        offered = request.query_params.get("token") or request.cookies.get(TOKEN_COOKIE) or ""
        if not secrets.compare_digest(offered.encode(), self.access_token.encode()):
            return PlainTextResponse("access token missing or wrong", status_code=403)
        return None

    def needs_cookie(self, request: Request) -> bool:
        return self.access_token is not None and request.cookies.get(TOKEN_COOKIE) != self.access_token


class GuardMiddleware:
    """Plain ASGI middleware (cheaper than Starlette's BaseHTTPMiddleware on every request)."""

    def __init__(self, app: ASGIApp, guard: Guard) -> None:
        self.app = app
        self.guard = guard

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        refusal = self.guard.refusal(request)
        if refusal is not None:
            _secure_headers(refusal.headers)
            await refusal(scope, receive, send)
            return
        cookie = ""
        if self.guard.needs_cookie(request):
            carrier = Response()
            carrier.set_cookie(TOKEN_COOKIE, self.guard.access_token or "", httponly=True, samesite="strict")
            cookie = carrier.headers["set-cookie"]

        async def send_secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                _secure_headers(headers)
                if cookie:
                    headers.append("set-cookie", cookie)
            await send(message)

        await self.app(scope, receive, send_secured)


def _secure_headers(headers: MutableHeaders) -> None:
    for name, value in SECURITY_HEADERS.items():
        if name not in headers:
            headers[name] = value
