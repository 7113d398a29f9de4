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

Nothing a person writes, no token and no id is logged.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable

import redis.asyncio as aioredis
import socketio
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from redis.exceptions import RedisError
from sanic import Blueprint, Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.webchat import tokens
from bot.channels.webchat.limits import BadMessage, RateLimit, read_message
from bot.channels.webchat.manager import manager_channel, redis_url
from bot.channels.webchat.store import LIVE_SECONDS, PENDING, WebchatStore
from bot.turn import SafeTurn, TurnRequest
from common.settings import Settings, get_settings

logger = logging.getLogger(__name__)

__all__ = ["WebchatInput", "WebchatOutput", "SOCKETIO_PATH", "allowed_origins", "redis_url"]

CHANNEL_NAME = "webchat"
SOCKETIO_PATH = "/webhooks/webchat/socket.io"
# A dead connection (network gone without a close) is noticed within 20 s.
PING_INTERVAL = 10
PING_TIMEOUT = 10
# Largest socket.io frame read, in bytes: a few times the longest accepted message.
MAX_FRAME_BYTES = 64 * 1024


def allowed_origins(settings: Settings) -> list[str]:
    return [o.strip().rstrip("/") for o in settings.webchat_allowed_origins.split(",") if o.strip()]


def public_message(message: dict[str, Any], message_id: str) -> dict[str, Any]:
    """What the page needs of a Rasa message (not the recipient id)."""
    out: dict[str, Any] = {"id": message_id}
    if message.get("text"):
        out["text"] = str(message["text"])
    buttons = [
        {"title": str(b.get("title", "")), "payload": str(b.get("payload", ""))}
        for b in message.get("buttons") or []
        if isinstance(b, dict)
    ]
    if buttons:
        out["buttons"] = buttons
    if isinstance(message.get("custom"), dict):
        out["custom"] = message["custom"]
    return out


@dataclass
class Connection:
    """One live socket: its session, conversation and message budget."""

    session_id: str
    conversation_id: str
    token: str
    fresh: bool
    rate: RateLimit
    holder: str


@dataclass
class _Runtime:
    """What exists only inside the running server."""

    turn: SafeTurn
    store: WebchatStore
    tasks: set[asyncio.Task] = field(default_factory=set)


class WebchatOutput(OutputChannel):
    """Sends to a conversation's room through the Redis manager (from any process)."""

    @classmethod
    def name(cls) -> str:
        return CHANNEL_NAME

    def __init__(self, sio: socketio.AsyncServer) -> None:
        self.sio = sio
        self._count = 0

    async def _send(self, recipient_id: str, message: dict[str, Any]) -> None:
        self._count += 1
        message.setdefault("id", f"push-{tokens.new_session_id()[:12]}")
        await self.sio.emit("bot", {"in_reply_to": None, "messages": [message]}, room=recipient_id)

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self._send(recipient_id, {"text": text})

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        await self._send(recipient_id, public_message({"text": text, "buttons": buttons}, ""))

    async def send_custom_json(
        self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any
    ) -> None:
        await self._send(recipient_id, {"custom": json_message})


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
        self.connections: dict[str, Connection] = {}
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
            channel._start(app, on_new_message)

        @bp.listener("before_server_stop")
        async def stop(*_: Any) -> None:
            await channel._stop()

        @sio.on("connect")
        async def connect(sid: str, environ: dict[str, Any], auth: Any = None) -> bool:
            return await channel.on_connect(sid, environ, auth, origins)

        @sio.on("disconnect")
        async def disconnect(sid: str) -> None:
            await channel.on_disconnect(sid)

        @sio.on("hello")
        async def hello(sid: str, _data: Any = None) -> dict[str, Any]:
            conn = channel.connections.get(sid)
            if conn is None:
                return {"status": "no_session"}
            return {"status": "ok", "token": conn.token, "fresh": conn.fresh}

        @sio.on("message")
        async def message(sid: str, data: Any = None) -> dict[str, Any]:
            return await channel.on_message(sid, data)

        @sio.on("clear")
        async def clear(sid: str, _data: Any = None) -> dict[str, Any]:
            return await channel.on_clear(sid)

        return bp

    def _start(self, app: Sanic, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> None:
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
        self._runtime = _Runtime(turn, store)
        self._refresher = asyncio.get_running_loop().create_task(self._refresh_live())
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
        if runtime.tasks:
            await asyncio.wait(list(runtime.tasks), timeout=10)
        # Let the people on this process reconnect to another (or the restarted) one at once.
        for conn in list(self.connections.values()):
            await self._quietly(runtime.store.release_live(conn.conversation_id, conn.holder))

    async def _refresh_live(self) -> None:
        while True:
            await asyncio.sleep(LIVE_SECONDS / 3)
            if self._runtime is not None:
                claims = {c.conversation_id: c.holder for c in self.connections.values()}
                await self._quietly(self._runtime.store.refresh_live(claims))

    @staticmethod
    async def _quietly(awaitable: Awaitable[Any], default: Any = None) -> Any:
        """Redis bookkeeping that must not stop a reply when Redis is down."""
        try:
            return await awaitable
        except (RedisError, OSError) as exc:
            logger.error("webchat.redis_failed error=%s", type(exc).__name__)
            return default

    # -- events ---------------------------------------------------------------

    async def on_connect(
        self, sid: str, environ: dict[str, Any], auth: Any, origins: list[str]
    ) -> bool:
        origin = (environ.get("HTTP_ORIGIN") or "").rstrip("/")
        if origin not in origins:
            logger.info("webchat.refused reason=origin")
            raise socketio.exceptions.ConnectionRefusedError("origin")
        secret = self.settings.webchat_token_secret
        runtime = self._runtime
        if not secret or runtime is None:
            raise socketio.exceptions.ConnectionRefusedError("unavailable")
        token = auth.get("token") if isinstance(auth, dict) else None
        session_id = tokens.verify(secret, token)
        fresh = session_id is None
        if session_id is not None:
            conversation_id = tokens.conversation_id(secret, session_id)
            # Redis down: a genuine token is still trusted, so the person keeps talking.
            if not await self._quietly(runtime.store.session_exists(conversation_id), True):
                session_id, fresh = None, True
        if session_id is None:
            session_id = tokens.new_session_id()
            conversation_id = tokens.conversation_id(secret, session_id)
            await self._quietly(runtime.store.open_session(conversation_id))
            token = tokens.issue(secret, session_id)
        holder = f"{tokens.new_session_id()[:16]}"
        if not await self._quietly(runtime.store.claim_live(conversation_id, holder), True):
            logger.info("webchat.refused reason=in_use")
            raise socketio.exceptions.ConnectionRefusedError("in_use")
        self.connections[sid] = Connection(
            session_id,
            conversation_id,
            str(token),
            fresh,
            RateLimit(self.settings.webchat_rate_per_minute),
            holder,
        )
        self._enter(sid, conversation_id)
        logger.info("webchat.connected fresh=%s", fresh)
        return True

    async def on_disconnect(self, sid: str) -> None:
        conn = self.connections.pop(sid, None)
        if conn is not None and self._runtime is not None:
            await self._quietly(self._runtime.store.release_live(conn.conversation_id, conn.holder))

    async def on_message(self, sid: str, data: Any) -> dict[str, Any]:
        conn, runtime = self.connections.get(sid), self._runtime
        if conn is None or runtime is None:
            return {"status": "no_session"}
        try:
            incoming = read_message(data, self.settings.webchat_max_message_chars)
        except BadMessage as err:
            logger.info("webchat.rejected reason=%s", err.status)
            return {"status": err.status}
        conv = conn.conversation_id
        state = await self._quietly(runtime.store.reply_state(conv, incoming.message_id))
        if isinstance(state, list):
            await self._emit_local(
                "bot", {"in_reply_to": incoming.message_id, "messages": state}, sid
            )
            return {"status": "duplicate"}
        if state == PENDING:
            return {"status": "pending"}
        wait = conn.rate.retry_after()
        if wait > 0:
            logger.info("webchat.rejected reason=rate_limited")
            return {"status": "rate_limited", "retry_after": round(wait, 1)}
        if not await self._quietly(runtime.store.claim_message(conv, incoming.message_id), True):
            return {"status": "pending"}
        task = asyncio.get_running_loop().create_task(
            self._answer(runtime, conn, incoming.message_id, incoming.text)
        )
        runtime.tasks.add(task)
        task.add_done_callback(runtime.tasks.discard)
        return {"status": "accepted"}

    async def _answer(
        self, runtime: _Runtime, conn: Connection, message_id: str, text: str
    ) -> None:
        conv = conn.conversation_id
        await self._emit_local("typing", {"on": True}, conv)
        result = await runtime.turn.run(
            TurnRequest(
                conversation_id=conv, text=text, channel=CHANNEL_NAME, message_id=message_id
            )
        )
        messages = [public_message(m, f"{message_id}.{i}") for i, m in enumerate(result.messages)]
        if not result.forgotten:
            await self._quietly(runtime.store.save_replies(conv, message_id, messages))
            await self._quietly(runtime.store.touch(conv))
        await self._emit_local("bot", {"in_reply_to": message_id, "messages": messages}, conv)
        if result.forgotten:
            # The conversation is gone: the page starts afresh and keeps nothing.
            for sid, other in list(self.connections.items()):
                if other.conversation_id == conv:
                    await self._renew(runtime, sid, other)
                    await self._emit_local(
                        "session", {"token": self.connections[sid].token, "fresh": True}, sid
                    )

    async def on_clear(self, sid: str) -> dict[str, Any]:
        conn, runtime = self.connections.get(sid), self._runtime
        if conn is None or runtime is None:
            return {"status": "no_session"}
        await runtime.turn.forget(conn.conversation_id)
        new = await self._renew(runtime, sid, conn)
        logger.info("webchat.cleared")
        return {"status": "ok", "token": new.token, "fresh": True}

    async def _renew(self, runtime: _Runtime, sid: str, old: Connection) -> Connection:
        """Moves a connection to a brand-new session (after clear or delete-my-data)."""
        secret = self.settings.webchat_token_secret
        session_id = tokens.new_session_id()
        conversation_id = tokens.conversation_id(secret, session_id)
        await self._quietly(runtime.store.release_live(old.conversation_id, old.holder))
        await self._quietly(runtime.store.open_session(conversation_id))
        await self._quietly(runtime.store.claim_live(conversation_id, old.holder))
        assert self.sio is not None
        self.sio.leave_room(sid, old.conversation_id)
        self._enter(sid, conversation_id)
        new = Connection(
            session_id,
            conversation_id,
            tokens.issue(secret, session_id),
            True,
            old.rate,
            old.holder,
        )
        self.connections[sid] = new
        return new

    def _enter(self, sid: str, room: str) -> None:
        assert self.sio is not None
        result = self.sio.enter_room(sid, room)
        if asyncio.iscoroutine(result):  # python-socketio >= 5.10 made it a coroutine
            asyncio.get_running_loop().create_task(result)

    async def _emit_local(self, event: str, data: Any, room: str) -> None:
        """Emits to a room or socket held by this process, without the Redis hop.

        The person who asked is connected here, so their replies still arrive
        when Redis is down. Pushes from other processes go through the manager.
        """
        assert self.sio is not None
        await self.sio.emit(event, data, room=room, ignore_queue=True)


class _SocketBlueprint(Blueprint):
    """Mounts the socket.io server on the Rasa app next to the channel's routes."""

    def __init__(self, sio: socketio.AsyncServer, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.ctx.sio = sio

    def register(self, app: Sanic, options: dict[str, Any]) -> None:
        self.ctx.sio.attach(app, SOCKETIO_PATH)
        super().register(app, options)
