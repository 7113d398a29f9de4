"""The sockets this process holds, each bound to one web chat session.

Connecting checks the Origin (engine.io already did; this is the second
check), verifies the signed session token, or gives a fresh session when it is
missing, forged, expired or its session is gone, then claims the session's one
live connection (``in_use`` for a second tab or device with the same token).
The claims are refreshed while the socket lives and released when it goes, so
a person can reconnect to another process at once.

A socket joins its conversation's room, so replies and pushes from any
process reach it. Nothing a person writes, no token and no id is logged.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

import socketio

from bot.channels.webchat import tokens
from bot.channels.webchat.limits import RateLimit
from bot.channels.webchat.store import LIVE_SECONDS, WebchatStore, quietly
from common.settings import Settings

logger = logging.getLogger(__name__)


@dataclass
class Connection:
    """One live socket: its session, conversation and message budget."""

    session_id: str
    conversation_id: str
    token: str
    fresh: bool
    rate: RateLimit
    holder: str


def refuse_foreign_origin(environ: dict[str, Any], origins: list[str]) -> None:
    """Refuses a socket whose page is not on WEBCHAT_ALLOWED_ORIGINS."""
    origin = (environ.get("HTTP_ORIGIN") or "").rstrip("/")
    if origin not in origins:
        logger.info("webchat.refused reason=origin")
        raise socketio.exceptions.ConnectionRefusedError("origin")


class Connections:
    """This process's sockets by socket id, and their sessions' live claims in Redis."""

    def __init__(self, sio: socketio.AsyncServer, settings: Settings, store: WebchatStore) -> None:
        self.sio = sio
        self.settings = settings
        self.store = store
        self.by_sid: dict[str, Connection] = {}

    def get(self, sid: str) -> Connection | None:
        return self.by_sid.get(sid)

    def in_conversation(self, conversation_id: str) -> list[tuple[str, Connection]]:
        """The sockets here that hold this conversation."""
        return [(sid, c) for sid, c in self.by_sid.items() if c.conversation_id == conversation_id]

    async def connect(self, sid: str, auth: Any) -> Connection:
        """Binds a socket to its session (or a fresh one); refuses it if another holds it."""
        secret = self.settings.webchat_token_secret
        token = auth.get("token") if isinstance(auth, dict) else None
        session_id = tokens.verify(secret, token)
        fresh = session_id is None
        if session_id is not None:
            conversation_id = tokens.conversation_id(secret, session_id)
            # Redis down: a genuine token is still trusted, so the person keeps talking.
            if not await quietly(self.store.session_exists(conversation_id), True):
                session_id, fresh = None, True
        if session_id is None:
            session_id = tokens.new_session_id()
            conversation_id = tokens.conversation_id(secret, session_id)
            await quietly(self.store.open_session(conversation_id))
            token = tokens.issue(secret, session_id)
        holder = f"{tokens.new_session_id()[:16]}"
        if not await quietly(self.store.claim_live(conversation_id, holder), True):
            logger.info("webchat.refused reason=in_use")
            raise socketio.exceptions.ConnectionRefusedError("in_use")
        conn = Connection(
            session_id,
            conversation_id,
            str(token),
            fresh,
            RateLimit(self.settings.webchat_rate_per_minute),
            holder,
        )
        self.by_sid[sid] = conn
        self._enter(sid, conversation_id)
        logger.info("webchat.connected fresh=%s", fresh)
        return conn

    async def disconnect(self, sid: str) -> None:
        conn = self.by_sid.pop(sid, None)
        if conn is not None:
            await quietly(self.store.release_live(conn.conversation_id, conn.holder))

    async def renew(self, sid: str, old: Connection) -> Connection:
        """Moves a socket to a brand-new session (after clear or delete-my-data)."""
        secret = self.settings.webchat_token_secret
        session_id = tokens.new_session_id()
        conversation_id = tokens.conversation_id(secret, session_id)
        await quietly(self.store.release_live(old.conversation_id, old.holder))
        await quietly(self.store.open_session(conversation_id))
        await quietly(self.store.claim_live(conversation_id, old.holder))
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
        self.by_sid[sid] = new
        return new

    async def keep_claims(self) -> None:
        """Renews this process's live claims until cancelled (a crashed process's lapse)."""
        while True:
            await asyncio.sleep(LIVE_SECONDS / 3)
            claims = {c.conversation_id: c.holder for c in self.by_sid.values()}
            await quietly(self.store.refresh_live(claims))

    async def release_all(self) -> None:
        """On shutdown: the people here may reconnect to another (or the restarted) process."""
        for conn in list(self.by_sid.values()):
            await quietly(self.store.release_live(conn.conversation_id, conn.holder))

    def _enter(self, sid: str, room: str) -> None:
        result = self.sio.enter_room(sid, room)
        if asyncio.iscoroutine(result):  # python-socketio >= 5.10 made it a coroutine
            asyncio.get_running_loop().create_task(result)
