"""What every console route shares: paths, headers, cookies, JSON answers, the session guard."""

from __future__ import annotations

import hmac
import json
import re
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from common.errors import FieldError

if TYPE_CHECKING:
    from web.advocate._console import Console

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
ASSETS = {
    "console.js": "application/javascript; charset=utf-8",
    "console.css": "text/css; charset=utf-8",
}
SESSION_COOKIE = "hru_advocate"
LOGIN_COOKIE = "hru_advocate_login"  # the sign-in form's double-submit token
COOKIE_PATH = "/advocate"
# Requests the console makes by itself (a refresh after an event) send this
# header, so they do not count as the advocate doing something.
BACKGROUND_HEADER = "X-Console-Background"
CSRF_HEADER = "X-CSRF-Token"
HANDOVER_ID = re.compile(r"^[0-9a-f]{32}$")
# Audit entries, transcript lines: Redis stream ids, small enough that Redis can
# step past one (an exclusive bound) without overflowing 64 bits.
STREAM_ID = re.compile(r"^[0-9]{1,19}-[0-9]{1,19}$")

SECURITY_HEADERS = {
    "Content-Security-Policy": "; ".join(
        [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "connect-src 'self'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    ),
    "Cache-Control": "no-store",
    # Not no-referrer: Chromium then sends "Origin: null" with the sign-in form,
    # which the origin check must refuse. same-origin never tells another site.
    "Referrer-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}

Handler = Callable[..., Awaitable[HTTPResponse | None]]
ConsoleRef = Callable[[], "Console"]


def _json(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> HTTPResponse:
    return response.json(body, status=status, headers={**SECURITY_HEADERS, **(headers or {})})


def _error(message: str, status: int, headers: dict[str, str] | None = None) -> HTTPResponse:
    return _json({"error": message}, status=status, headers=headers)


def _same_origin(request: Request) -> bool:
    """False when the request says it comes from another site's page."""
    origin = request.headers.get("origin")
    if origin is None:
        return True
    parts = urlsplit(origin)
    return parts.scheme in ("http", "https") and parts.netloc == request.headers.get("host")


def _address(request: Request) -> str:
    # remote_addr is set only when the deployer configures Sanic's proxy settings.
    return request.remote_addr or request.ip or "unknown"


def _set_cookie(resp: HTTPResponse, name: str, value: str, secure: bool) -> None:
    resp.cookies[name] = value
    cookie = resp.cookies[name]
    cookie["path"] = COOKIE_PATH
    cookie["httponly"] = True
    cookie["samesite"] = "Strict"
    if secure:
        cookie["secure"] = True


def _clear_cookie(resp: HTTPResponse, name: str, secure: bool) -> None:
    _set_cookie(resp, name, "", secure)
    resp.cookies[name]["max-age"] = 0


def _body(request: Request) -> Any:
    if not request.body:
        return {}
    try:
        return json.loads(request.body)
    except ValueError as exc:
        raise FieldError("body", "the body must be a JSON object") from exc


class Api:
    """Registers JSON API handlers that run only for a signed-in advocate.

    The handler gets ``(request, session, account, **params)``. State-changing
    requests must also come from this site and carry the session's CSRF token.
    """

    def __init__(self, bp: Blueprint, console: ConsoleRef) -> None:
        self.bp = bp
        self.console = console

    def __call__(self, path: str, method: str, changes_state: bool) -> Callable[[Handler], Handler]:
        console, bp = self.console, self.bp

        def register(handler: Handler) -> Handler:
            async def guarded(request: Request, **params: str) -> HTTPResponse | None:
                touch = request.headers.get(BACKGROUND_HEADER) != "1"
                found = await console().signed_in(request, touch=touch)
                if found is None:
                    return _error("sign in first", 401)
                session, account = found
                if changes_state:
                    given = request.headers.get(CSRF_HEADER, "")
                    if not _same_origin(request) or not hmac.compare_digest(
                        session.csrf_token.encode(), given.encode()
                    ):
                        return _error("this request is missing its security token", 403)
                return await handler(request, session, account, **params)

            bp.add_route(guarded, path, methods=[method], name=handler.__name__)
            return handler

        return register
