"""The answer path: a person's message in, the shared turn's replies out.

Each message carries the page's id. It is acknowledged at once (``accepted``,
``duplicate``, ``pending``, ``rate_limited``, ``too_large``, ``invalid``) and
answered in a task of its own: ``typing``, then the turn (bot/turn/), then
``bot`` with the replies, which are also kept under the message id, so a
message re-sent after a reconnect is answered again and never run twice.
"Delete my data" (or ``clear``) moves every socket on the conversation to a
fresh session.

Replies go to the room in this process without the Redis hop: the person who
asked is connected here, so they still get an answer when Redis is down.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import socketio

from bot.channels.webchat.connections import Connection, Connections
from bot.channels.webchat.limits import BadMessage, read_message
from bot.channels.webchat.output import CHANNEL_NAME, public_message
from bot.channels.webchat.store import PENDING, WebchatStore, quietly
from bot.turn import SafeTurn, TurnRequest
from common.settings import Settings

logger = logging.getLogger(__name__)


class Answers:
    """Reads, dedupes and rate-limits messages, and answers each once through the turn."""

    def __init__(
        self,
        sio: socketio.AsyncServer,
        settings: Settings,
        turn: SafeTurn,
        store: WebchatStore,
        connections: Connections,
    ) -> None:
        self.sio = sio
        self.settings = settings
        self.turn = turn
        self.store = store
        self.connections = connections
        self.tasks: set[asyncio.Task] = set()

    async def on_message(self, sid: str, data: Any) -> dict[str, Any]:
        """The acknowledgement of one ``message`` event; the answer follows in a task."""
        conn = self.connections.get(sid)
        if conn is None:
            return {"status": "no_session"}
        try:
            incoming = read_message(data, self.settings.webchat_max_message_chars)
        except BadMessage as err:
            logger.info("webchat.rejected reason=%s", err.status)
            return {"status": err.status}
        conv = conn.conversation_id
        state = await quietly(self.store.reply_state(conv, incoming.message_id))
        if isinstance(state, list):
            await self.emit_local(
                "bot", {"in_reply_to": incoming.message_id, "messages": state}, sid
            )
            return {"status": "duplicate"}
        if state == PENDING:
            return {"status": "pending"}
        wait = conn.rate.retry_after()
        if wait > 0:
            logger.info("webchat.rejected reason=rate_limited")
            return {"status": "rate_limited", "retry_after": round(wait, 1)}
        if not await quietly(self.store.claim_message(conv, incoming.message_id), True):
            return {"status": "pending"}
        task = asyncio.get_running_loop().create_task(
            self._answer(conn, incoming.message_id, incoming.text)
        )
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return {"status": "accepted"}

    async def _answer(self, conn: Connection, message_id: str, text: str) -> None:
        conv = conn.conversation_id
        await self.emit_local("typing", {"on": True}, conv)
        result = await self.turn.run(
            TurnRequest(
                conversation_id=conv, text=text, channel=CHANNEL_NAME, message_id=message_id
            )
        )
        messages = [public_message(m, f"{message_id}.{i}") for i, m in enumerate(result.messages)]
        if not result.forgotten:
            await quietly(self.store.save_replies(conv, message_id, messages))
            await quietly(self.store.touch(conv))
        await self.emit_local("bot", {"in_reply_to": message_id, "messages": messages}, conv)
        if result.forgotten:
            # The conversation is gone: the page starts afresh and keeps nothing.
            for sid, other in self.connections.in_conversation(conv):
                new = await self.connections.renew(sid, other)
                await self.emit_local("session", {"token": new.token, "fresh": True}, sid)

    async def on_clear(self, sid: str) -> dict[str, Any]:
        """``clear``: the conversation deleted, and a new session for this socket."""
        conn = self.connections.get(sid)
        if conn is None:
            return {"status": "no_session"}
        await self.turn.forget(conn.conversation_id)
        new = await self.connections.renew(sid, conn)
        logger.info("webchat.cleared")
        return {"status": "ok", "token": new.token, "fresh": True}

    async def finish(self, timeout: float) -> None:
        """Waits (up to ``timeout`` seconds) for the answers under way."""
        if self.tasks:
            await asyncio.wait(list(self.tasks), timeout=timeout)

    async def emit_local(self, event: str, data: Any, room: str) -> None:
        """Emits to a room or socket held by this process, without the Redis hop.

        The person who asked is connected here, so their replies still arrive
        when Redis is down. Pushes from other processes go through the manager.
        """
        await self.sio.emit(event, data, room=room, ignore_queue=True)
