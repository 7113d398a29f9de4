"""The ``webchat`` input channel: socket.io at ``/webhooks/webchat/socket.io/``.

A thin adapter over the shared turn (bot/turn/). python-socketio's
AsyncRedisManager links every Rasa process, and each conversation has a room
named after its conversation id, so any process can push to a person's
browser (``WebchatOutput``; the advocate handover next).

Events (client -> server, each acknowledged):

* connect with ``auth={"token": ...}`` (or none): refused unless the page's
  Origin is on WEBCHAT_ALLOWED_ORIGINS, or while another connection holds the
  session (``in_use``). A missing, forged or expired token gets a fresh session.
* ``hello`` -> ``{"token", "fresh"}``: the (new) token for sessionStorage.
* ``message`` ``{"id", "text"}`` -> ``{"status"}``: ``accepted``, ``duplicate``
  (answered before: the replies are sent again), ``pending``, ``rate_limited``
  (with ``retry_after``), ``too_large`` or ``invalid``.
* ``clear`` -> ``{"token"}``: deletes the conversation; a new session starts.

Server -> client: ``typing`` ``{"on"}``, ``bot`` ``{"in_reply_to", "messages"}``
(each message with an ``id``, so the page drops repeats), ``session``
``{"token", "fresh"}`` after a "delete my data" turn.

This module wires the channel into Rasa; the work is in
``connections.py`` (sessions, the one live connection, Origin),
``answers.py`` (a message in, the turn's replies out) and ``output.py``
(pushes from any process). Nothing a person writes, no token and no id is
logged.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any, Awaitable, Callable

import redis.asyncio as aioredis
import socketio
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.webchat.answers import Answers
from bot.channels.webchat.connections import Connections, refuse_foreign_origin
from bot.channels.webchat.manager import manager_channel, redis_url
from bot.channels.webchat.output import CHANNEL_NAME, WebchatOutput
from bot.channels.webchat.store import WebchatStore
from bot.turn import SafeTurn
from common.settings import Settings, get_settings

logger = logging.getLogger(__name__)

__all__ = ["WebchatInput", "WebchatOutput", "SOCKETIO_PATH", "allowed_origins", "redis_url"]

SOCKETIO_PATH = "/webhooks/webchat/socket.io"
# A dead connection (network gone without a close) is noticed within 20 s.
PING_INTERVAL = 10
PING_TIMEOUT = 10
# Largest socket.io frame read, in bytes: a few times the longest accepted message.
MAX_FRAME_BYTES = 64 * 1024


def allowed_origins(settings: Settings) -> list[str]:
    return [o.strip().rstrip("/") for o in settings.webchat_allowed_origins.split(",") if o.strip()]


@dataclass
class _Runtime:
    """What exists only inside the running server."""

    turn: SafeTurn
    store: WebchatStore
    connections: Connections
    answers: Answers


class WebchatInput(InputChannel):
    """Socket.io web chat with server-issued sessions, Origin checks and limits."""

    @classmethod
    def name(cls) -> str:
        return CHANNEL_NAME

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> WebchatInput:
        # Every setting comes from the environment (common/settings.py).
        return cls()

    def __init__(self, settings: Settings | None = None) -> None:
        self._settings = settings
        self.sio: socketio.AsyncServer | None = None
        self._runtime: _Runtime | None = None
        self._refresher: asyncio.Task | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = get_settings()
        return self._settings

    def get_output_channel(self) -> OutputChannel | None:
        return WebchatOutput(self.sio) if self.sio is not None else None

    # -- wiring ---------------------------------------------------------------

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        settings = self.settings
        origins = allowed_origins(settings)
        manager = socketio.AsyncRedisManager(
            redis_url(settings),
            channel=manager_channel(settings),
            redis_options={"socket_connect_timeout": 2, "health_check_interval": 30},
        )
        sio = socketio.AsyncServer(
            async_mode="sanic",
            client_manager=manager,
            # engine.io answers 400 to a browser whose Origin is not listed.
            cors_allowed_origins=origins,
            ping_interval=PING_INTERVAL,
            ping_timeout=PING_TIMEOUT,
            max_http_buffer_size=MAX_FRAME_BYTES,
            logger=False,
            engineio_logger=False,
        )
        self.sio = sio
        channel = self
        bp = _SocketBlueprint(sio, "webchat_webhook", __name__)

        @bp.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @bp.listener("before_server_start")
        async def start(app: Sanic, _loop: Any) -> None:
            channel._start(app, sio, on_new_message)

        @bp.listener("before_server_stop")
        async def stop(*_: Any) -> None:
            await channel._stop()

        @sio.on("connect")
        async def connect(sid: str, environ: dict[str, Any], auth: Any = None) -> bool:
            return await channel.on_connect(sid, environ, auth, origins)

        @sio.on("disconnect")
        async def disconnect(sid: str) -> None:
            if channel._runtime is not None:
                await channel._runtime.connections.disconnect(sid)

        @sio.on("hello")
        async def hello(sid: str, _data: Any = None) -> dict[str, Any]:
            runtime = channel._runtime
            conn = runtime.connections.get(sid) if runtime is not None else None
            if conn is None:
                return {"status": "no_session"}
            return {"status": "ok", "token": conn.token, "fresh": conn.fresh}

        @sio.on("message")
        async def message(sid: str, data: Any = None) -> dict[str, Any]:
            if channel._runtime is None:
                return {"status": "no_session"}
            return await channel._runtime.answers.on_message(sid, data)

        @sio.on("clear")
        async def clear(sid: str, _data: Any = None) -> dict[str, Any]:
            if channel._runtime is None:
                return {"status": "no_session"}
            return await channel._runtime.answers.on_clear(sid)

        return bp

    def _start(
        self,
        app: Sanic,
        sio: socketio.AsyncServer,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
    ) -> None:
        settings = self.settings
        client = aioredis.Redis(
            host=settings.redis_host,
            port=settings.redis_port,
            db=settings.redis_db,
            password=settings.redis_password or None,
            socket_connect_timeout=2,
            socket_timeout=5,
        )
        store = WebchatStore(
            client,
            settings.redis_key_prefix,
            session_seconds=settings.tracker_retention_seconds,
            dedupe_seconds=settings.webchat_dedupe_seconds,
        )
        turn = SafeTurn(
            on_new_message,
            tracker_store=lambda: getattr(getattr(app.ctx, "agent", None), "tracker_store", None),
            settings=settings,
            on_forget=store.forget,
        )
        connections = Connections(sio, settings, store)
        answers = Answers(sio, settings, turn, store, connections)
        self._runtime = _Runtime(turn, store, connections, answers)
        self._refresher = asyncio.get_running_loop().create_task(connections.keep_claims())
        if not settings.webchat_token_secret:
            logger.error("webchat.not_configured missing=WEBCHAT_TOKEN_SECRET")

    async def _stop(self) -> None:
        if self._refresher is not None:
            self._refresher.cancel()
            await asyncio.gather(self._refresher, return_exceptions=True)
            self._refresher = None
        runtime = self._runtime
        if runtime is None:
            return
        await runtime.answers.finish(timeout=10)
        await runtime.connections.release_all()

    async def on_connect(
        self, sid: str, environ: dict[str, Any], auth: Any, origins: list[str]
    ) -> bool:
        refuse_foreign_origin(environ, origins)
        runtime = self._runtime
        if not self.settings.webchat_token_secret or runtime is None:
            raise socketio.exceptions.ConnectionRefusedError("unavailable")
        await runtime.connections.connect(sid, auth)
        return True


class _SocketBlueprint(Blueprint):
    """Mounts the socket.io server on the Rasa app next to the channel's routes."""

    def __init__(self, sio: socketio.AsyncServer, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.ctx.sio = sio

    def register(self, app: Sanic, options: dict[str, Any]) -> None:
        self.ctx.sio.attach(app, SOCKETIO_PATH)
        super().register(app, options)
