"""Routes of the advocate console blueprint (see the package docstring)."""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import html
import json
import logging
import re
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from redis.asyncio import Redis
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.safety.replies import response_text
from common.errors import FieldError, error_body
from common.settings import Settings
from handover import Account, AccountStore, Action, AuditTrail, HandoverConfig, NotAllowed, Role
from handover.queue import Handover, State
from handover.service import Deliver, HandoverService, ReplyRefused
from web.advocate._models import EndRequest, LoginRequest, ReplyRequest
from web.advocate._sessions import LoginLimiter, Session, SessionStore
from web.advocate._shared_log import SharedLogs
from web.models import parse

logger = logging.getLogger(__name__)

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
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")  # as handover.accounts checks
# Audit entries, transcript lines: Redis stream ids, small enough that Redis can
# step past one (an exclusive bound) without overflowing 64 bits.
STREAM_ID = re.compile(r"^[0-9]{1,19}-[0-9]{1,19}$")
MAX_AUDIT_COUNT = 500
# The event stream says something this often, so proxies keep it open and a
# session that ended is noticed within this time.
KEEPALIVE_SECONDS = 15.0
NOT_HOLDER_LOG = "only the advocate who has this chat can see a log shared with it; claim it first"
NOT_SHARED = "they have not shared an incident log with this chat"
LOG_UNREADABLE = "the shared log could not be read just now; try again"

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


def make_delivery(
    settings: Settings, redis: Redis
) -> tuple[Deliver, Callable[[], Awaitable[None]]]:
    """What pushes advocates' words and notices to people, and how to close it.

    Web chat goes through the socket.io Redis manager, SMS through Twilio
    (:class:`bot.channels.push.Push`). Imported here, when the server starts:
    it brings in the channels' modules, which the rest of the web service does
    not need. Tests replace this function to see what would be sent.
    """
    from bot.channels.push import Push

    push = Push(settings, redis)
    return push.send, push.close


@dataclass
class Console:
    """What the routes use, made when the server starts (never at import)."""

    settings: Settings
    redis: Redis
    service: HandoverService
    accounts: AccountStore
    audit: AuditTrail
    sessions: SessionStore
    limiter: LoginLimiter
    shared_logs: SharedLogs
    close_delivery: Callable[[], Awaitable[None]]
    tasks: list[asyncio.Task] = field(default_factory=list)

    @classmethod
    def start(cls, settings: Settings) -> Console:
        redis = Redis(
            host=settings.redis_host,
            port=settings.redis_port,
            db=settings.redis_db,
            password=settings.redis_password or None,
            decode_responses=True,
            socket_connect_timeout=5,
        )
        config = HandoverConfig.from_settings(settings)
        deliver, close_delivery = make_delivery(settings, redis)
        service = HandoverService(redis, settings, deliver=deliver, texts=response_text)
        return cls(
            settings=settings,
            redis=redis,
            service=service,
            accounts=AccountStore(redis, config),
            audit=service.audit,
            sessions=SessionStore(redis, settings),
            limiter=LoginLimiter(redis, settings),
            shared_logs=SharedLogs(settings),
            close_delivery=close_delivery,
        )

    def start_sweeping(self) -> None:
        self.tasks.append(asyncio.get_running_loop().create_task(self._sweep_forever()))

    async def _sweep_forever(self) -> None:
        """Overdue notices to people waiting, idle handovers back to the queue."""
        while True:
            await asyncio.sleep(self.settings.advocate_sweep_seconds)
            try:
                await self.service.sweep()
            except Exception as exc:  # noqa: BLE001 - the next sweep tries again
                logger.warning("advocate.sweep_failed error=%s", type(exc).__name__)

    async def close(self) -> None:
        for task in self.tasks:
            task.cancel()
        for task in self.tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self.tasks.clear()
        await self.close_delivery()
        self.shared_logs.close()
        await self.redis.close()

    async def signed_in(self, request: Request, touch: bool) -> tuple[Session, Account] | None:
        """The request's session and its (enabled) account, or None."""
        token = request.cookies.get(SESSION_COOKIE, "")
        session = await self.sessions.get(token, touch=touch)
        if session is None:
            return None
        account = await self.accounts.get(session.username)
        if account is None or account.disabled:
            await self.sessions.end(token)
            return None
        return session, account

    async def sign_in(self, username: str, password: str, address: str) -> Session | int | None:
        """A new session; the seconds to wait when rate-limited; None for a wrong password."""
        wait = await self.limiter.retry_after(username, address)
        if wait:
            return wait
        account = await self.accounts.verify(username, password)
        if account is None:
            await self.limiter.failed(username, address)
            # Only a real account's name goes in the trail: a password typed into the
            # username box must not be kept.
            known = _USERNAME.match(username) and await self.accounts.get(username) is not None
            await self.audit.record(username if known else "unknown", Action.LOGIN_FAILED)
            logger.info("advocate.login_failed")
            return None
        await self.limiter.succeeded(username)
        session = await self.sessions.create(account.username)
        await self.audit.record(account.username, Action.LOGIN)
        logger.info("advocate.login")
        return session


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


def advocate_blueprint(settings: Settings) -> Blueprint:
    """The console page, its sign-in and its JSON API under ``/advocate/``."""
    bp = Blueprint("advocate")
    secure = settings.advocate_cookie_secure
    assets = {name: (STATIC / name).read_bytes() for name in ASSETS}
    console_page = (STATIC / "console.html").read_text(encoding="utf-8")
    login_template = (HERE / "login.html").read_text(encoding="utf-8")
    holder: dict[str, Console] = {}

    def console() -> Console:
        return holder["console"]

    @bp.listener("before_server_start")
    async def start(app: Any, _loop: Any) -> None:
        holder["console"] = Console.start(settings)
        app.ctx.advocate_console = holder["console"]

    @bp.listener("after_server_start")
    async def sweep(_app: Any, _loop: Any) -> None:
        console().start_sweeping()

    @bp.listener("before_server_stop")
    async def stop(_app: Any, _loop: Any) -> None:
        if "console" in holder:
            await holder.pop("console").close()

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

    # -- JSON API behind a session ---------------------------------------------

    def api(path: str, method: str, changes_state: bool) -> Callable[[Handler], Handler]:
        """Registers a handler that runs only for a signed-in advocate.

        The handler gets ``(request, session, account, **params)``. State-changing
        requests must also come from this site and carry the session's CSRF token.
        """

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

    async def _held(handover_id: str) -> bool:
        return HANDOVER_ID.match(handover_id) is not None and (
            await console().service.queue.get(handover_id) is not None
        )

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

    @api("/advocate/api/queue", "GET", changes_state=False)
    async def queue(_: Request, _session: Session, account: Account) -> HTTPResponse:
        return _json({"handovers": await console().service.queue_view(account)})

    @api("/advocate/api/handovers/<handover_id>", "GET", changes_state=False)
    async def handover(
        request: Request, _session: Session, account: Account, handover_id: str
    ) -> HTTPResponse:
        after = request.args.get("after") or None
        if after is not None and (
            len(request.args.getlist("after")) > 1 or not STREAM_ID.match(after)
        ):
            return _json(error_body(FieldError("after", "after must be a line id")), 400)
        found = None
        if HANDOVER_ID.match(handover_id):
            found = await console().service.detail(handover_id, account, after)
        if found is None:
            return _error("no such handover", 404)
        found.update(await _log_status(handover_id, account))
        return _json(found)

    # -- the incident log the person shared (issue 13) ------------------------------
    # Only the advocate who holds the handover learns whether a log was shared:
    # for anyone else the detail says null and the log's routes answer 403 first,
    # so no one learns whether a log exists without the person's consent.

    async def _holding(handover_id: str, account: Account) -> Handover | HTTPResponse:
        handover = None
        if HANDOVER_ID.match(handover_id):
            handover = await console().service.queue.get(handover_id)
        if handover is None:
            return _error("no such handover", 404)
        if handover.state is not State.CLAIMED or handover.advocate != account.username:
            return _error(NOT_HOLDER_LOG, 403)
        return handover

    async def _log_status(handover_id: str, account: Account) -> dict[str, Any]:
        handover = await _holding(handover_id, account)
        if not isinstance(handover, Handover):
            return {"log_shared": None, "log_entries": None}
        try:
            count = await console().shared_logs.count(handover.request.conversation_id)
        except Exception as exc:  # noqa: BLE001 - the chat itself must still open
            logger.warning("advocate.shared_log_failed error=%s", type(exc).__name__)
            return {"log_shared": None, "log_entries": None}
        return {"log_shared": count is not None, "log_entries": count or 0}

    @api("/advocate/api/handovers/<handover_id>/log", "GET", changes_state=False)
    async def shared_log(
        _: Request, _session: Session, account: Account, handover_id: str
    ) -> HTTPResponse:
        handover = await _holding(handover_id, account)
        if not isinstance(handover, Handover):
            return handover
        try:
            entries = await console().shared_logs.entries(handover.request.conversation_id)
        except Exception as exc:  # noqa: BLE001 - answered, and only the error's type logged
            logger.warning("advocate.shared_log_failed error=%s", type(exc).__name__)
            return _error(LOG_UNREADABLE, 503)
        if entries is None:
            return _error(NOT_SHARED, 404)
        await console().audit.record(account.username, Action.VIEW_LOG, handover_id)
        return _json(
            {
                "handover_id": handover_id,
                "count": len(entries),
                "entries": entries,
                "pdf": f"/advocate/api/handovers/{handover_id}/log.pdf",
            }
        )

    @api("/advocate/api/handovers/<handover_id>/log.pdf", "GET", changes_state=False)
    async def shared_log_pdf(
        _: Request, _session: Session, account: Account, handover_id: str
    ) -> HTTPResponse:
        handover = await _holding(handover_id, account)
        if not isinstance(handover, Handover):
            return handover
        try:
            pdf = await console().shared_logs.pdf(handover.request.conversation_id)
        except Exception as exc:  # noqa: BLE001 - answered, and only the error's type logged
            logger.warning("advocate.shared_log_failed error=%s", type(exc).__name__)
            return _error(LOG_UNREADABLE, 503)
        if pdf is None:
            return _error(NOT_SHARED, 404)
        await console().audit.record(account.username, Action.DOWNLOAD_LOG, handover_id)
        return response.raw(
            pdf,
            content_type="application/pdf",
            headers={
                **SECURITY_HEADERS,
                "Content-Disposition": 'attachment; filename="incident-log.pdf"',
            },
        )

    async def _act(
        handover_id: str,
        act: Callable[[], Awaitable[bool]],
        state: str,
        refused: str,
        account: Account,
    ) -> HTTPResponse:
        if not await _held(handover_id):
            return _error("no such handover", 404)
        if not await act():
            return _error(refused, 409)
        return _json({"id": handover_id, "state": state, "advocate": account.username})

    @api("/advocate/api/handovers/<handover_id>/claim", "POST", changes_state=True)
    async def claim(
        _: Request, _session: Session, account: Account, handover_id: str
    ) -> HTTPResponse:
        return await _act(
            handover_id,
            lambda: console().service.claim(handover_id, account),
            "claimed",
            "someone else has taken this one, or it has ended",
            account,
        )

    @api("/advocate/api/handovers/<handover_id>/take-over", "POST", changes_state=True)
    async def take_over(
        _: Request, _session: Session, account: Account, handover_id: str
    ) -> HTTPResponse:
        return await _act(
            handover_id,
            lambda: console().service.take_over(handover_id, account),
            "claimed",
            "only a handover another advocate holds can be taken over",
            account,
        )

    @api("/advocate/api/handovers/<handover_id>/release", "POST", changes_state=True)
    async def release(
        _: Request, _session: Session, account: Account, handover_id: str
    ) -> HTTPResponse:
        if not await _held(handover_id):
            return _error("no such handover", 404)
        if not await console().service.release(handover_id, account):
            return _error("you do not hold this one", 409)
        return _json({"id": handover_id, "state": "waiting", "advocate": None})

    @api("/advocate/api/handovers/<handover_id>/reply", "POST", changes_state=True)
    async def reply(
        request: Request, _session: Session, account: Account, handover_id: str
    ) -> HTTPResponse:
        try:
            body = parse(ReplyRequest, _body(request))
        except FieldError as err:
            return _json(error_body(err), 400)
        if not await _held(handover_id):
            return _error("no such handover", 404)
        try:
            line = await console().service.reply(handover_id, account, body.text)
        except NotAllowed:
            return _error("you do not hold this one; take it over first", 403)
        except ReplyRefused as err:
            return _json(error_body(FieldError("text", str(err))), 400)
        return _json(line)

    @api("/advocate/api/handovers/<handover_id>/end", "POST", changes_state=True)
    async def end(
        request: Request, _session: Session, account: Account, handover_id: str
    ) -> HTTPResponse:
        try:
            body = parse(EndRequest, _body(request))
        except FieldError as err:
            return _json(error_body(err), 400)
        if not await _held(handover_id):
            return _error("no such handover", 404)
        try:
            await console().service.end(handover_id, account, body.outcome)
        except NotAllowed:
            return _error("you do not hold this one; take it over first", 403)
        except ReplyRefused as err:
            return _json(error_body(FieldError("outcome", str(err))), 400)
        return _json({"id": handover_id, "state": "ended", "advocate": account.username})

    @api("/advocate/api/heartbeat", "POST", changes_state=True)
    async def heartbeat(_: Request, _session: Session, account: Account) -> HTTPResponse:
        await console().service.heartbeat(account)
        return response.empty(headers=SECURITY_HEADERS)

    @api("/advocate/api/audit", "GET", changes_state=False)
    async def audit(request: Request, _session: Session, account: Account) -> HTTPResponse:
        try:
            count, before = _audit_query(request)
        except FieldError as err:
            return _json(error_body(err), 400)
        if account.role is not Role.ADMIN:
            return _error("only an admin can read the audit trail", 403)
        if before != "+" and not any(int(part) for part in before.split("-")):
            return _json({"entries": [], "next_before": None})  # nothing is older than 0-0
        try:
            entries = await console().audit.read(account, count=count, before=before)
        except NotAllowed:
            return _error("only an admin can read the audit trail", 403)
        return _json(
            {
                "entries": [
                    {
                        "id": e.id,
                        "at": e.at,
                        "actor": e.actor,
                        "action": e.action.value,
                        "target": e.target,
                    }
                    for e in entries
                ],
                "next_before": entries[-1].id if len(entries) == count else None,
            }
        )

    @api("/advocate/api/events", "GET", changes_state=False)
    async def events(request: Request, _session: Session, _account: Account) -> None:
        # Sanic has sent the response itself (request.respond): return nothing.
        await _event_stream(request, console())

    # Unknown API paths answer like the rest: 401 signed out, 404 signed in, so
    # the API's shape is not shown to someone without a session.
    @bp.route(
        "/advocate/api/<rest:path>",
        methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
        name="unknown_api_path",
    )
    async def unknown(request: Request, rest: str) -> HTTPResponse:
        if await console().signed_in(request, touch=False) is None:
            return _error("sign in first", 401)
        return _error("not found", 404)

    return bp


def _body(request: Request) -> Any:
    if not request.body:
        return {}
    try:
        return json.loads(request.body)
    except ValueError as exc:
        raise FieldError("body", "the body must be a JSON object") from exc


def _audit_query(request: Request) -> tuple[int, str]:
    args = {name: values for name, values in request.args.items()}
    for name, values in args.items():
        if len(values) > 1:
            raise FieldError(name, f"give {name} once")
    count_text = args.get("count", ["100"])[0] or "100"
    if not (count_text.isascii() and count_text.isdigit()) or not (
        1 <= int(count_text) <= MAX_AUDIT_COUNT
    ):
        raise FieldError("count", f"count must be a whole number from 1 to {MAX_AUDIT_COUNT}")
    before = args.get("before", ["+"])[0] or "+"
    if before != "+" and not STREAM_ID.match(before):
        raise FieldError("before", "before must be an entry id from this list")
    return int(count_text), before


async def _event_stream(request: Request, console: Console) -> None:
    """Server-Sent Events: one per handover event (ids and kinds only, never words)."""
    stream = await request.respond(
        content_type="text/event-stream; charset=utf-8",
        headers={**SECURITY_HEADERS, "X-Accel-Buffering": "no"},
    )
    inbox: asyncio.Queue = asyncio.Queue(maxsize=1000)

    async def pump() -> None:
        async for event in console.service.events.listen():
            with contextlib.suppress(asyncio.QueueFull):
                inbox.put_nowait(event)

    listener = asyncio.get_running_loop().create_task(pump())
    try:
        # The browser reconnects after 3 s if the stream drops.
        await stream.send("retry: 3000\n\n")
        while not listener.done():
            try:
                event = await asyncio.wait_for(inbox.get(), KEEPALIVE_SECONDS)
            except asyncio.TimeoutError:
                if await console.signed_in(request, touch=False) is None:
                    await stream.send("event: signed_out\ndata: {}\n\n")
                    break
                await stream.send(": still here\n\n")
                continue
            data = json.dumps(
                {"kind": event.kind.value, "handover_id": event.handover_id, "at": event.at}
            )
            await stream.send(f"event: {event.kind.value}\ndata: {data}\n\n")
    finally:
        listener.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await listener
    await stream.eof()
