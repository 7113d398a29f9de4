"""Advocate sessions, server-side in Redis, and the sign-in rate limit.

A session is a random token in an HttpOnly cookie. Redis holds only its
SHA-256 (a copy of the database lets nobody sign in), under
``<prefix>:advocate:session:<sha256>``: the username, the CSRF token, when it
began and when the advocate last did something. It ends after
ADVOCATE_SESSION_IDLE_SECONDS with nothing done, or ADVOCATE_SESSION_MAX_SECONDS
after sign-in, whichever comes first; the key's TTL is the sooner of the two,
so Redis removes it even if nobody asks again.

Failed sign-ins are counted per username and per client address, both
hashed (a password typed into the username box must not be stored), in keys
that expire with the window.
"""

from __future__ import annotations

import hashlib
import math
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

from redis.asyncio import Redis

from common.settings import Settings

__all__ = ["LoginLimiter", "Session", "SessionStore"]

TOKEN_BYTES = 32


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()


# KEYS: session. ARGV: now, ttl. Only if it still exists: a sign-out in between wins.
_TOUCH = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], 'seen', ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[2])
return 1
"""


@dataclass(frozen=True)
class Session:
    """One signed-in advocate.

    Attributes:
        token: The cookie's value (only known when the session is made or read).
        username: The advocate's account.
        csrf_token: What state-changing requests must send in ``X-CSRF-Token``.
        created_at: Sign-in time, seconds since 1970.
        seen_at: When the advocate last did something.
    """

    token: str
    username: str
    csrf_token: str
    created_at: float
    seen_at: float


class SessionStore:
    """Creates, reads, refreshes and ends sessions.

    Args:
        redis: An async Redis client with ``decode_responses=True``.
        settings: Key prefix and the idle and absolute limits.
        clock: Seconds since 1970 (tests pass their own).
    """

    def __init__(
        self, redis: Redis, settings: Settings, clock: Callable[[], float] = time.time
    ) -> None:
        self._redis = redis
        self._prefix = f"{settings.redis_key_prefix}:advocate:session:"
        self._idle = settings.advocate_session_idle_seconds
        self._max = settings.advocate_session_max_seconds
        self._clock = clock
        self._touch = redis.register_script(_TOUCH)

    def _key(self, token: str) -> str:
        return self._prefix + _digest(token)

    def _ttl(self, created_at: float, now: float) -> int:
        left = min(self._idle, created_at + self._max - now)
        return max(1, math.ceil(left))

    async def create(self, username: str) -> Session:
        now = self._clock()
        session = Session(
            token=secrets.token_urlsafe(TOKEN_BYTES),
            username=username,
            csrf_token=secrets.token_urlsafe(TOKEN_BYTES),
            created_at=now,
            seen_at=now,
        )
        fields = {
            "username": username,
            "csrf": session.csrf_token,
            "created": repr(now),
            "seen": repr(now),
        }
        key = self._key(session.token)
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.hset(key, mapping=fields)
            pipe.expire(key, self._ttl(now, now))
            await pipe.execute()
        return session

    async def get(self, token: str, touch: bool = True) -> Session | None:
        """The live session for a cookie value, or None.

        Args:
            token: The cookie's value.
            touch: The advocate did something: restart the idle time.
        """
        if not token or len(token) > 256:
            return None
        key = self._key(token)
        raw = await self._redis.hgetall(key)
        if not raw.keys() >= {"username", "csrf", "created", "seen"}:
            return None
        now = self._clock()
        created, seen = float(raw["created"]), float(raw["seen"])
        if now - created >= self._max or now - seen >= self._idle:
            await self._redis.delete(key)
            return None
        if touch:
            seen = now
            await self._touch(keys=[key], args=[repr(now), self._ttl(created, now)])
        return Session(token, raw["username"], raw["csrf"], created, seen)

    async def end(self, token: str) -> None:
        await self._redis.delete(self._key(token))


# KEYS: one counter. ARGV: window seconds. Returns the count after this failure.
_COUNT_FAILURE = """
local n = redis.call('INCR', KEYS[1])
if n == 1 or redis.call('TTL', KEYS[1]) < 0 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return n
"""


class LoginLimiter:
    """At most N failed sign-ins per username and per address in a window.

    Args:
        redis: An async Redis client with ``decode_responses=True``.
        settings: Key prefix, limits and window.
    """

    def __init__(self, redis: Redis, settings: Settings) -> None:
        self._redis = redis
        self._prefix = f"{settings.redis_key_prefix}:advocate:login:"
        self._window = settings.advocate_login_window_seconds
        self._per_user = settings.advocate_login_max_failures
        self._per_address = settings.advocate_login_max_failures_per_address
        self._count = redis.register_script(_COUNT_FAILURE)

    def _keys(self, username: str, address: str) -> list[tuple[str, int]]:
        return [
            (self._prefix + "user:" + _digest(username.lower()), self._per_user),
            (self._prefix + "addr:" + _digest(address), self._per_address),
        ]

    async def retry_after(self, username: str, address: str) -> int:
        """Seconds until a sign-in may be tried again; 0 when it may now."""
        wait = 0
        for key, limit in self._keys(username, address):
            count = await self._redis.get(key)
            if count is not None and int(count) >= limit:
                wait = max(wait, int(await self._redis.ttl(key)), 1)
        return wait

    async def failed(self, username: str, address: str) -> None:
        for key, _limit in self._keys(username, address):
            await self._count(keys=[key], args=[self._window])

    async def succeeded(self, username: str) -> None:
        """A right password clears the username's count (the address's stays)."""
        await self._redis.delete(self._keys(username, "")[0][0])
