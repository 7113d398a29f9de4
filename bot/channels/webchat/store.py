"""What the web chat keeps in Redis, every key with a TTL.

Keys (``<prefix>`` is REDIS_KEY_PREFIX, ``<conv>`` the conversation id without
its ``web:`` namespace)::

    <prefix>:webchat:session:<conv>   the session is live (retention TTL, refreshed per message)
    <prefix>:webchat:live:<conv>      which connection holds it now (LIVE_SECONDS, refreshed)
    <prefix>:webchat:replies:<conv>   hash: client message id -> "pending" or its replies
                                      as JSON (WEBCHAT_DEDUPE_SECONDS, refreshed)

None of them holds what the person wrote; the replies hash holds the bot's
answers so a message re-sent after a reconnect is answered again, not re-run.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable
from typing import Any

import redis.asyncio as aioredis
from redis.exceptions import RedisError

from bot.channels.webchat.tokens import CONVERSATION_PREFIX

logger = logging.getLogger(__name__)

# A connection's claim on its session lapses this long after its process stops
# refreshing it (a crashed replica), so the person can reconnect elsewhere.
LIVE_SECONDS = 30
PENDING = "pending"

# Deletes the live claim only if this connection still holds it.
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


async def quietly(awaitable: Awaitable[Any], default: Any = None) -> Any:
    """Redis bookkeeping that must not stop a reply when Redis is down: ``default`` then."""
    try:
        return await awaitable
    except (RedisError, OSError) as exc:
        logger.error("webchat.redis_failed error=%s", type(exc).__name__)
        return default


class WebchatStore:
    """Session, connection and reply records for the web chat."""

    def __init__(
        self, client: aioredis.Redis, prefix: str, session_seconds: int, dedupe_seconds: int
    ) -> None:
        self.redis = client
        self.prefix = prefix
        self.session_seconds = session_seconds
        self.dedupe_seconds = dedupe_seconds
        self._release = client.register_script(_RELEASE)

    def _key(self, kind: str, conversation_id: str) -> str:
        return f"{self.prefix}:webchat:{kind}:{conversation_id.removeprefix(CONVERSATION_PREFIX)}"

    async def open_session(self, conversation_id: str) -> None:
        await self.redis.set(self._key("session", conversation_id), "1", ex=self.session_seconds)

    async def session_exists(self, conversation_id: str) -> bool:
        return bool(await self.redis.exists(self._key("session", conversation_id)))

    async def touch(self, conversation_id: str) -> None:
        """Keeps a session in use alive as long as its conversation."""
        async with self.redis.pipeline(transaction=False) as pipe:
            pipe.expire(self._key("session", conversation_id), self.session_seconds)
            pipe.expire(self._key("replies", conversation_id), self.dedupe_seconds)
            await pipe.execute()

    async def claim_live(self, conversation_id: str, holder: str) -> bool:
        """Binds the session to one connection; False if another one holds it."""
        key = self._key("live", conversation_id)
        return bool(await self.redis.set(key, holder, nx=True, ex=LIVE_SECONDS))

    async def refresh_live(self, claims: dict[str, str]) -> None:
        """Renews this process's claims (conversation id -> holder)."""
        if not claims:
            return
        async with self.redis.pipeline(transaction=False) as pipe:
            for conversation_id, holder in claims.items():
                pipe.set(self._key("live", conversation_id), holder, ex=LIVE_SECONDS, xx=True)
            await pipe.execute()

    async def release_live(self, conversation_id: str, holder: str) -> None:
        await self._release(keys=[self._key("live", conversation_id)], args=[holder])

    async def reply_state(self, conversation_id: str, message_id: str) -> Any:
        """None (new), PENDING (being answered), or the list of replies already sent."""
        raw = await self.redis.hget(self._key("replies", conversation_id), message_id)
        if raw is None:
            return None
        raw = raw.decode() if isinstance(raw, bytes) else raw
        return PENDING if raw == PENDING else json.loads(raw)

    async def claim_message(self, conversation_id: str, message_id: str) -> bool:
        """Marks a message as being answered; False if it already was (a re-send)."""
        key = self._key("replies", conversation_id)
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.hsetnx(key, message_id, PENDING)
            pipe.expire(key, self.dedupe_seconds)
            claimed, _ = await pipe.execute()
        return bool(claimed)

    async def save_replies(
        self, conversation_id: str, message_id: str, messages: list[dict[str, Any]]
    ) -> None:
        key = self._key("replies", conversation_id)
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.hset(key, message_id, json.dumps(messages))
            pipe.expire(key, self.dedupe_seconds)
            await pipe.execute()

    async def forget(self, conversation_id: str) -> None:
        """Deletes the session and its replies (the live claim goes with the connection)."""
        await self.redis.delete(
            self._key("session", conversation_id), self._key("replies", conversation_id)
        )
