"""Is the action server answering? A cheap, cached probe for the channels' safety net.

When a custom action cannot run, Rasa logs the error and carries on, so a
turn can end with no helpline numbers in it. The channel asks this probe after
such a turn and, if the action server is down, adds the notice with 999 and
helplines. The answer is cached for a few seconds so a busy channel does not
probe on every message.
"""

from __future__ import annotations

import asyncio
import os
import time

import aiohttp

DEFAULT_CACHE_SECONDS = 2.0
TIMEOUT_SECONDS = 1.0

_last_checked = 0.0
_last_healthy = True
_lock = asyncio.Lock()


def cache_seconds() -> float:
    try:
        return float(os.environ.get("ACTION_HEALTH_CACHE_SECONDS", DEFAULT_CACHE_SECONDS))
    except ValueError:
        return DEFAULT_CACHE_SECONDS


def health_url() -> str | None:
    url = os.environ.get("ACTION_SERVER_URL")
    if not url:
        return None
    return url.rsplit("/", 1)[0] + "/health"


async def action_server_healthy() -> bool:
    """True when the action server answers its health check (cached briefly)."""
    global _last_checked, _last_healthy
    url = health_url()
    if url is None:
        return True
    async with _lock:
        if time.monotonic() - _last_checked < cache_seconds():
            return _last_healthy
        try:
            timeout = aiohttp.ClientTimeout(total=TIMEOUT_SECONDS)
            async with aiohttp.ClientSession(timeout=timeout) as session:
                async with session.get(url) as reply:
                    _last_healthy = reply.status == 200
        except (aiohttp.ClientError, asyncio.TimeoutError, OSError):
            _last_healthy = False
        _last_checked = time.monotonic()
        return _last_healthy
