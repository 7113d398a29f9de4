"""An in-process web service and an HTTP client for it (no server, no port).

``client`` talks to the Sanic app through httpx's ASGI transport, after
running the ASGI lifespan start-up (which finalises Sanic's routers), so a
test exercises the same routes, models and error handlers as the real
process. sanic-testing is not used: the version that fits Sanic 21.12 is not
installed, and httpx already is.
"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator

import httpx
import pytest
from sanic import Sanic

from common.settings import Settings, load_settings
from web.app import create_app


@pytest.fixture
def settings() -> Settings:
    """Defaults only: no .env, no environment surprises."""
    return load_settings(env_file=None)


@pytest.fixture
def app(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Sanic:
    # Sanic 21.12 rewrites its protocol classes on each app's start-up and
    # fails the second time in one process unless it is in test mode.
    monkeypatch.setattr(Sanic, "test_mode", True)
    # Sanic keeps a registry of app names: each test gets its own.
    return create_app(settings, name="test_" + uuid.uuid4().hex[:12])


@pytest.fixture
async def client(app: Sanic) -> AsyncIterator[httpx.AsyncClient]:
    inbox: asyncio.Queue = asyncio.Queue()
    outbox: asyncio.Queue = asyncio.Queue()
    lifespan = asyncio.create_task(
        app({"type": "lifespan", "asgi": {"version": "3.0"}}, inbox.get, outbox.put)
    )
    await inbox.put({"type": "lifespan.startup"})
    started = await asyncio.wait_for(outbox.get(), 10)
    assert started["type"] == "lifespan.startup.complete", started
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://web.test") as http:
        yield http
    # Sanic 21.12 treats the end of the lifespan as a request and fails on
    # it; the app holds nothing to release, so the lifespan is just stopped.
    lifespan.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await lifespan
