"""An in-process web service and an HTTP client for it (no server, no port).

``client`` talks to the Sanic app through httpx's ASGI transport, after
running the ASGI lifespan start-up (which finalises Sanic's routers), so a
test exercises the same routes, models and error handlers as the real
process. sanic-testing is not used: the version that fits Sanic 21.12 is not
installed, and httpx already is.

The advocate console's tests share the rest: a module overrides ``settings``
with :func:`console_settings` (real Redis, test database and prefix), and
gets ``web`` (the started app, pushes to people captured by ``sent``),
``accounts``, ``service`` (the person's side of a handover), ``sign_in`` (one
signed-in advocate per call), plus ``enqueue`` and ``check_answer``.
"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import jsonschema
import pytest
from argon2 import PasswordHasher
from redis.asyncio import Redis
from sanic import Sanic

from common.settings import Settings, load_settings
from handover import AccountStore, HandoverConfig, HandoverRequest, Priority, Role
from handover.service import HandoverService
from tests.conftest import TEST_REDIS_DB
from web.api import openapi_document
from web.app import create_app

PASSWORD = "correct horse battery"
BASE = "http://web.test"


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


# ---------------------------------------------------------------------------
# The advocate console


def console_settings(redis_test_prefix: str, **overrides: Any) -> Settings:
    """The console's settings on the test database and prefix, plus a module's own.

    Cookies are not Secure: httpx does not send a Secure cookie over http://.
    """
    return load_settings(
        None,
        redis_db=TEST_REDIS_DB,
        redis_key_prefix=redis_test_prefix,
        advocate_cookie_secure=False,
        **overrides,
    )


class Sent:
    """What the console pushed to people: (conversation id, channel, text, sender)."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str, str, str]] = []

    async def deliver(
        self, conversation_id: str, channel: str, text: str, message_id: str, **kw: Any
    ) -> bool:
        self.messages.append((conversation_id, channel, text, kw.get("sender", "advocate")))
        return True

    def to(self, conversation_id: str) -> list[str]:
        return [m[2] for m in self.messages if m[0] == conversation_id]


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> Sent:
    """Captures the console's pushes instead of sending them (the one thing not real)."""
    record = Sent()

    async def nothing_to_close() -> None:
        return None

    monkeypatch.setattr(
        "web.advocate._routes.make_delivery", lambda *_: (record.deliver, nothing_to_close)
    )
    return record


@pytest.fixture
async def aredis(redis_conn) -> AsyncIterator[Redis]:
    """Async Redis on the test database; redis_conn deletes the test's keys afterwards."""
    client = Redis(host="127.0.0.1", port=6379, db=TEST_REDIS_DB, decode_responses=True)
    yield client
    await client.close()


@pytest.fixture
async def web(sent: Sent, client: httpx.AsyncClient, app: Sanic) -> AsyncIterator[Sanic]:
    """The started app (after ``sent`` is in place); its console is closed afterwards."""
    yield app
    await app.ctx.advocate_console.close()


@pytest.fixture
def accounts(aredis: Redis, settings: Settings) -> AccountStore:
    cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    return AccountStore(aredis, HandoverConfig.from_settings(settings), hasher=cheap)


@pytest.fixture
def service(aredis: Redis, settings: Settings) -> HandoverService:
    """The person's side: what the Rasa server's turn does."""
    return HandoverService(aredis, settings)


def browser(app: Sanic) -> httpx.AsyncClient:
    """A client with its own cookie jar, like one advocate's browser."""
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE)


class Advocate:
    """One signed-in advocate: their browser and CSRF token."""

    def __init__(self, http: httpx.AsyncClient, csrf: str, username: str) -> None:
        self.http, self.csrf, self.username = http, csrf, username

    async def get(self, path: str, **kw: Any) -> httpx.Response:
        return await self.http.get("/advocate/api/" + path, **kw)

    async def post(self, path: str, body: Any = None, **kw: Any) -> httpx.Response:
        headers = {"X-CSRF-Token": self.csrf, **kw.pop("headers", {})}
        return await self.http.post("/advocate/api/" + path, json=body, headers=headers, **kw)


@pytest.fixture
async def sign_in(web: Sanic, accounts: AccountStore) -> AsyncIterator[Any]:
    """``await sign_in(username, role)``: an account (made if new), signed in in its own browser."""
    opened: list[httpx.AsyncClient] = []

    async def make(username: str, role: Role = Role.ADVOCATE) -> Advocate:
        if await accounts.get(username) is None:
            await accounts.create(username, PASSWORD, role)
        http = browser(web)
        opened.append(http)
        reply = await http.post(
            "/advocate/api/login", json={"username": username, "password": PASSWORD}
        )
        assert reply.status_code == 200, reply.text
        return Advocate(http, reply.json()["csrf_token"], username)

    yield make
    for http in opened:
        await http.aclose()


async def enqueue(
    service: HandoverService,
    n: int,
    priority: Priority = Priority.STANDARD,
    channel: str = "webchat",
    **kw: Any,
) -> str:
    """Person ``n`` (``web:person<n>`` or ``sms_person<n>``) asks for a person; the handover id."""
    request = HandoverRequest(
        conversation_id=f"web:person{n}" if channel == "webchat" else f"sms_person{n}",
        channel=channel,
        area="warrington",
        risk_flags=("threats",),
        priority=priority,
        consent_to_share=True,
        **kw,
    )
    summary = {
        "consent_to_share": True,
        "priority": priority.value,
        "priority_reasons": ["threats to kill"],
        "danger_flags": [],
        "area": "warrington",
        "identities": ["women"],
        "needs": ["stalking"],
        "screening": [],
        "told_topics": ["reporting"],
    }
    handover, _position = await service.start(request, summary, "asked for a person")
    return handover.id


# The console's answers against their description (web/openapi.yml).
SPEC = openapi_document()


def _schema(path: str, method: str, status: int) -> dict:
    entry = SPEC["paths"][path][method]["responses"][str(status)]
    if "$ref" in entry:
        entry = SPEC["components"]["responses"][entry["$ref"].rsplit("/", 1)[-1]]
    return entry["content"]["application/json"]["schema"]


def check_answer(reply: Any, path: str, method: str = "get") -> None:
    """Fails unless the status is one the description lists and the body fits its schema."""
    status = reply.status_code
    assert str(status) in SPEC["paths"][path][method]["responses"], (path, method, status)
    if status == 204:
        return
    schema = {**_schema(path, method, status), "components": SPEC["components"]}
    resolver = jsonschema.RefResolver.from_schema(schema)
    jsonschema.Draft202012Validator(schema, resolver=resolver).validate(reply.json())
