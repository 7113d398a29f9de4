"""The advocate console blueprint (see the package docstring), assembled from its route modules."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from redis.asyncio import Redis
from sanic import Blueprint
from sanic.request import Request
from sanic.response import HTTPResponse

from common.settings import Settings
from handover.service import Deliver
from web.advocate._audit_routes import add_audit_routes
from web.advocate._auth_routes import add_auth_routes
from web.advocate._console import Console
from web.advocate._events import add_event_routes
from web.advocate._handover_routes import add_handover_routes
from web.advocate._http import STATIC, Api, _error

__all__ = ["STATIC", "advocate_blueprint", "make_delivery"]


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


def advocate_blueprint(settings: Settings) -> Blueprint:
    """The console page, its sign-in and its JSON API under ``/advocate/``."""
    bp = Blueprint("advocate")
    holder: dict[str, Console] = {}

    def console() -> Console:
        return holder["console"]

    @bp.listener("before_server_start")
    async def start(app: Any, _loop: Any) -> None:
        holder["console"] = Console.start(settings, make_delivery)
        app.ctx.advocate_console = holder["console"]

    @bp.listener("after_server_start")
    async def sweep(_app: Any, _loop: Any) -> None:
        console().start_sweeping()

    @bp.listener("before_server_stop")
    async def stop(_app: Any, _loop: Any) -> None:
        if "console" in holder:
            await holder.pop("console").close()

    api = Api(bp, console)
    add_auth_routes(bp, settings, console, api)
    add_handover_routes(bp, console, api)
    add_audit_routes(bp, console, api)
    add_event_routes(bp, console, api)

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
