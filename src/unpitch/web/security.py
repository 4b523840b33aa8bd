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
from typing import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

TOKEN_COOKIE = "unpitch_token"
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1", "[::1]"})
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def is_loopback(host: str) -> bool:
    if host.strip("[]") in LOOPBACK_NAMES or host == "localhost":
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

    async def __call__(self, request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        set_cookie = False
        if self.access_token is None:
            if not is_loopback(_host_name(request.headers.get("host", ""))):
                return self._secured(PlainTextResponse("unknown host", status_code=400))
        else:
            offered = request.query_params.get("token") or request.cookies.get(TOKEN_COOKIE) or ""
            if not secrets.compare_digest(offered.encode(), self.access_token.encode()):
                return self._secured(PlainTextResponse("access token missing or wrong", status_code=403))
            set_cookie = request.cookies.get(TOKEN_COOKIE) != self.access_token
        response = self._secured(await call_next(request))
        if set_cookie:
            response.set_cookie(TOKEN_COOKIE, self.access_token or "", httponly=True, samesite="strict")
        return response

    @staticmethod
    def _secured(response: Response) -> Response:
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response
