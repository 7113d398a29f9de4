"""Is the action server answering? A cheap, cached probe for the safety net.

When a custom action cannot be reached, Rasa logs the error and carries on,
so a turn can end with no helpline number in it. After such a turn the net
asks this probe; if the action server is down, it adds the notice with 999
and helplines. The answer is kept for a few seconds so a busy channel does
not probe on every message. (An action that fails while its server is up
tells the turn itself, with the ``action_failed`` marker.)
"""

from __future__ import annotations

import asyncio
import time

import aiohttp

TIMEOUT_SECONDS = 1.0


class ActionHealth:
    """Probes ``<action server>/health``, remembering the answer for ``cache_seconds``."""

    def __init__(self, webhook_url: str | None, cache_seconds: float) -> None:
        self.url = webhook_url.rsplit("/", 1)[0] + "/health" if webhook_url else None
        self.cache_seconds = cache_seconds
        self._checked_at = float("-inf")
        self._healthy = True
        self._lock: asyncio.Lock | None = None

    async def healthy(self) -> bool:
        """True when the action server answers its health check (or none is configured)."""
        if self.url is None:
            return True
        if self._lock is None:  # made inside the running loop, on first use
            self._lock = asyncio.Lock()
        async with self._lock:
            if time.monotonic() - self._checked_at < self.cache_seconds:
                return self._healthy
            try:
                timeout = aiohttp.ClientTimeout(total=TIMEOUT_SECONDS)
                async with aiohttp.ClientSession(timeout=timeout) as session:
                    async with session.get(self.url) as reply:
                        self._healthy = reply.status == 200
            except (aiohttp.ClientError, asyncio.TimeoutError, OSError):
                self._healthy = False
            self._checked_at = time.monotonic()
            return self._healthy
