"""The console page and its assets, signing in (form and JSON), the session and signing out."""

from __future__ import annotations

import hmac
import html
import secrets

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from common.errors import FieldError, error_body
from common.settings import Settings
from handover import Account, Action, Role
from web.advocate._http import (
    ASSETS,
    HERE,
    LOGIN_COOKIE,
    SECURITY_HEADERS,
    SESSION_COOKIE,
    STATIC,
    Api,
    ConsoleRef,
    _address,
    _body,
    _clear_cookie,
    _error,
    _json,
    _same_origin,
    _set_cookie,
)
from web.advocate._models import LoginRequest
from web.advocate._sessions import Session
from web.models import parse


def add_auth_routes(bp: Blueprint, settings: Settings, console: ConsoleRef, api: Api) -> None:
    """The page, the sign-in form and JSON sign-in, ``session`` and ``logout``."""
    secure = settings.advocate_cookie_secure
    assets = {name: (STATIC / name).read_bytes() for name in ASSETS}
    console_page = (STATIC / "console.html").read_text(encoding="utf-8")
    login_template = (HERE / "login.html").read_text(encoding="utf-8")

    # -- pages ---------------------------------------------------------------

    def login_page(message: str = "", status: int = 200, retry_after: int = 0) -> HTTPResponse:
        token = secrets.token_urlsafe(32)
        body = login_template.replace("{csrf}", token).replace(
            "{message}",
            f'<p class="problem" role="alert">{html.escape(message)}</p>' if message else "",
        )
        headers = dict(SECURITY_HEADERS)
        if retry_after:
            headers["Retry-After"] = str(retry_after)
        resp = response.html(body, status=status, headers=headers)
        _set_cookie(resp, LOGIN_COOKIE, token, secure)
        return resp

    @bp.get("/advocate/")
    async def page(request: Request) -> HTTPResponse:
        if await console().signed_in(request, touch=False) is None:
            return login_page()
        return response.html(console_page, headers=SECURITY_HEADERS)

    @bp.get("/advocate/static/<name>")
    async def asset(_: Request, name: str) -> HTTPResponse:
        if name not in assets:
            return _error("not found", 404)
        return response.raw(assets[name], content_type=ASSETS[name], headers=SECURITY_HEADERS)

    @bp.post("/advocate/login")
    async def login_form(request: Request) -> HTTPResponse:
        form = request.form or {}
        expected = request.cookies.get(LOGIN_COOKIE, "")
        given = form.get("csrf") or ""
        if (
            not _same_origin(request)
            or not expected
            or not hmac.compare_digest(expected.encode(), given.encode())
        ):
            return login_page("The sign-in page had expired. Please try again.", status=403)
        username = (form.get("username") or "").strip().lower()[:64]
        password = (form.get("password") or "")[:1024]
        if not username or not password:
            return login_page("Enter your username and password.", status=400)
        result = await console().sign_in(username, password, _address(request))
        if result is None:
            return login_page("Wrong username or password.", status=401)
        if isinstance(result, int):
            minutes = max(1, (result + 59) // 60)
            return login_page(
                f"Too many tries. Wait {minutes} minutes, then try again.",
                status=429,
                retry_after=result,
            )
        old = request.cookies.get(SESSION_COOKIE)
        if old:
            await console().sessions.end(old)
        resp = response.redirect("/advocate/", status=303, headers=SECURITY_HEADERS)
        _set_cookie(resp, SESSION_COOKIE, result.token, secure)
        _clear_cookie(resp, LOGIN_COOKIE, secure)
        return resp

    # -- JSON API: signing in and out ------------------------------------------

    @bp.post("/advocate/api/login")
    async def login_json(request: Request) -> HTTPResponse:
        if not _same_origin(request):
            return _error("this request came from another site", 403)
        if request.content_type.split(";")[0].strip().lower() != "application/json":
            return _json(error_body(FieldError("body", "send JSON")), 400)
        try:
            body = parse(LoginRequest, _body(request))
        except FieldError as err:
            return _json(error_body(err), 400)
        result = await console().sign_in(body.username, body.password, _address(request))
        if result is None:
            return _error("wrong username or password", 401)
        if isinstance(result, int):
            return _error("too many tries; wait, then try again", 429, {"Retry-After": str(result)})
        old = request.cookies.get(SESSION_COOKIE)
        if old:
            await console().sessions.end(old)
        account = await console().accounts.get(result.username)
        role = account.role.value if account else Role.ADVOCATE.value
        resp = _json({"username": result.username, "role": role, "csrf_token": result.csrf_token})
        _set_cookie(resp, SESSION_COOKIE, result.token, secure)
        return resp

    @api("/advocate/api/session", "GET", changes_state=False)
    async def session(_: Request, session: Session, account: Account) -> HTTPResponse:
        return _json(
            {
                "username": account.username,
                "role": account.role.value,
                "csrf_token": session.csrf_token,
            }
        )

    @api("/advocate/api/logout", "POST", changes_state=True)
    async def logout(request: Request, session: Session, account: Account) -> HTTPResponse:
        await console().sessions.end(session.token)
        await console().audit.record(account.username, Action.LOGOUT)
        resp = response.empty(headers=SECURITY_HEADERS)
        _clear_cookie(resp, SESSION_COOKIE, secure)
        return resp
