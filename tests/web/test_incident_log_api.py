"""The incident log API in process: open with the code, list, add, amend, delete, export,
the guess limit, the order of its checks, and its OpenAPI description (web/openapi.yml)."""

from __future__ import annotations

import asyncio
import contextlib
import csv
import io
import re
from collections.abc import AsyncIterator

import httpx
import jsonschema
import pytest
import redis
from sanic import Sanic

from common.settings import Settings, load_settings
from incident_log.conversation import build_entry
from incident_log.store import vault_from_settings
from incident_log.vault import KdfParams, new_code
from tests.conftest import TEST_REDIS_DB
from web.api import openapi_document

SPEC = openapi_document()
SECRET = "api-test-secret-" + "y" * 32
BASE = "/api/incident-log"


@pytest.fixture
def settings(redis_conn: redis.Redis, redis_test_prefix: str) -> Settings:
    return load_settings(
        None,
        redis_db=TEST_REDIS_DB,
        redis_key_prefix=redis_test_prefix,
        incident_log_secret=SECRET,
        incident_log_max_guesses=3,
    )


@pytest.fixture
def code(settings: Settings) -> str:
    """A log with one entry, made as the conversation makes it."""
    from incident_log.conversation import Draft

    vault = vault_from_settings(settings, kdf=KdfParams())
    made = new_code()
    log = vault.create(made)
    draft = Draft(
        written_at="2026-11-20T21:00:00+00:00",
        fields={"what": "He waited by my car at the gym", "when": "last night about 9"},
        occurred_at="2026-11-19T21:00:00+00:00",
    )
    log.save(build_entry(draft))
    return made


async def _open(client: httpx.AsyncClient, code: str) -> dict[str, str]:
    reply = await client.post(f"{BASE}/open", json={"code": code})
    assert reply.status_code == 200, reply.text
    body = reply.json()
    assert body["entries"] == 1 and body["kept_days"] == 365
    return {"Authorization": f"Bearer {body['token']}"}


def _check(path: str, method: str, reply: httpx.Response) -> None:
    """The reply has a described status and, if JSON, the described shape."""
    described = SPEC["paths"][path][method]["responses"]
    status = str(reply.status_code)
    assert status in described, (path, method, status)
    entry = described[status]
    if "$ref" in entry:
        entry = SPEC["components"]["responses"][entry["$ref"].rsplit("/", 1)[-1]]
    content = entry.get("content", {})
    if "application/json" in content:
        schema = {**content["application/json"]["schema"], "components": SPEC["components"]}
        jsonschema.Draft202012Validator(schema).validate(reply.json())
    elif content:
        assert reply.headers["content-type"].split(";")[0] in content
    assert reply.headers.get("cache-control") == "no-store"


async def test_open_list_add_amend_export_delete(client: httpx.AsyncClient, code: str) -> None:
    auth = await _open(client, code.upper().replace(" ", "-"))

    listed = await client.get(f"{BASE}/entries", headers=auth)
    _check(f"{BASE}/entries", "get", listed)
    (first,) = listed.json()["entries"]
    assert first["what"] == "He waited by my car at the gym"

    added = await client.post(
        f"{BASE}/entries",
        headers=auth,
        json={
            "what": "Flowers left on the doorstep",
            "occurred_phrase": "yesterday about 7pm",
            "reported": {"to_police": False},
        },  # fmt: skip
    )
    _check(f"{BASE}/entries", "post", added)
    second = added.json()["entry"]
    assert second["occurred_approximate"] and second["occurred_at"].endswith("T19:00:00+00:00")

    amended = await client.post(
        f"{BASE}/entries/{first['id']}/amendments",
        headers=auth,
        json={"field": "where", "text": "The gym car park on Mill Lane"},
    )
    _check(f"{BASE}/entries/{{entry_id}}/amendments", "post", amended)
    assert amended.json()["entry"]["what"] == first["what"]
    assert amended.json()["entry"]["amendments"][0]["text"] == "The gym car park on Mill Lane"

    pdf = await client.get(f"{BASE}/export.pdf", headers=auth)
    _check(f"{BASE}/export.pdf", "get", pdf)
    assert pdf.content.startswith(b"%PDF") and "attachment" in pdf.headers["content-disposition"]
    table = await client.get(f"{BASE}/export.csv", headers=auth)
    _check(f"{BASE}/export.csv", "get", table)
    rows = list(csv.reader(io.StringIO(table.text)))
    assert [r[4] for r in rows[1:] if r[4]] == [first["what"], "Flowers left on the doorstep"]

    gone = await client.delete(f"{BASE}/entries/{second['id']}", headers=auth)
    _check(f"{BASE}/entries/{{entry_id}}", "delete", gone)
    assert gone.status_code == 204
    again = await client.delete(f"{BASE}/entries/{second['id']}", headers=auth)
    assert again.status_code == 404

    deleted = await client.delete(BASE, headers=auth)
    _check(BASE, "delete", deleted)
    assert deleted.status_code == 204
    after = await client.get(f"{BASE}/entries", headers=auth)
    assert after.status_code == 401
    reopen = await client.post(f"{BASE}/open", json={"code": code})
    assert reopen.status_code == 404


async def test_wrong_codes_are_limited_per_address(client: httpx.AsyncClient, code: str) -> None:
    for _ in range(3):
        reply = await client.post(f"{BASE}/open", json={"code": new_code()})
        _check(f"{BASE}/open", "post", reply)
        assert reply.status_code == 404
    limited = await client.post(f"{BASE}/open", json={"code": code})
    _check(f"{BASE}/open", "post", limited)
    assert limited.status_code == 429 and int(limited.headers["retry-after"]) > 0


async def test_new_addresses_get_no_fresh_guesses_once_the_total_is_reached(
    settings: Settings, code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from web.app import create_app

    monkeypatch.setattr(Sanic, "test_mode", True)
    limited = settings.copy(update={"incident_log_max_guesses_total": 5})
    app = create_app(limited, name="test_ilog_total")
    # Five guessers, one wrong code each: none near its own limit of 3.
    addresses = tuple(f"198.51.100.{n}" for n in range(1, 8))
    async with _started(app, addresses) as clients:
        for http in clients[:5]:
            wrong = await http.post(f"{BASE}/open", json={"code": new_code()})
            assert wrong.status_code == 404
        refused = await clients[5].post(f"{BASE}/open", json={"code": new_code()})
        right_but_refused = await clients[6].post(f"{BASE}/open", json={"code": code})
    for reply in (refused, right_but_refused):
        _check(f"{BASE}/open", "post", reply)
        assert reply.status_code == 429
        assert 3500 < int(reply.headers["retry-after"]) <= 3600


async def test_an_ipv6_guesser_is_counted_by_its_64(settings: Settings, monkeypatch) -> None:
    from web.app import create_app

    monkeypatch.setattr(Sanic, "test_mode", True)
    app = create_app(settings, name="test_ilog_ipv6")
    same_64 = tuple(f"2001:db8:1:2::{n:x}" for n in range(1, 5))
    async with _started(app, (*same_64, "2001:db8:1:3::1")) as clients:
        statuses = [
            (await http.post(f"{BASE}/open", json={"code": new_code()})).status_code
            for http in clients
        ]
    assert statuses == [404, 404, 404, 429, 404]  # the limit is 3 per client


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer nonsense"},
        {"Authorization": "Basic abc"},
        {"Authorization": "Bearer " + "A" * 200},
    ],  # fmt: skip
)
async def test_no_or_a_forged_token_reads_nothing(client: httpx.AsyncClient, headers) -> None:
    for method, path, described in [
        ("GET", f"{BASE}/entries", f"{BASE}/entries"),
        ("GET", f"{BASE}/export.pdf", f"{BASE}/export.pdf"),
        ("DELETE", BASE, BASE),
    ]:
        reply = await client.request(method, path, headers=headers)
        assert reply.status_code == 401
        assert reply.headers["www-authenticate"] == "Bearer"
        _check(described, method.lower(), reply)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "code"),
        ({"code": ""}, "code"),
        ({"code": 123}, "code"),
        ({"code": "a b c", "extra": 1}, "extra"),
        (["code"], "body"),
    ],
)
async def test_bad_open_bodies_get_400_naming_the_field(client: httpx.AsyncClient, body, field):
    reply = await client.post(f"{BASE}/open", json=body)
    _check(f"{BASE}/open", "post", reply)
    assert reply.status_code == 400 and reply.json()["field"] == field


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "what"),
        ({"what": "   "}, "what"),
        # Whitespace to Python only, and to ECMA only: blank either way (openapi.yml).
        ({"what": "\x1f"}, "what"),
        ({"what": "\ufeff "}, "what"),
        ({"what": "x", "occurred_at": "2026-11-01T10:00:00"}, "occurred_at"),
        ({"what": "x", "occurred_at": 5}, "occurred_at"),
        ({"what": "x", "reported": {"to_police": "yes"}}, "reported.to_police"),
        ({"what": "x" * 5001}, "what"),
    ],
)
async def test_bad_entries_get_400_before_the_token_is_checked(
    client: httpx.AsyncClient, body, field
) -> None:
    reply = await client.post(f"{BASE}/entries", json=body)
    _check(f"{BASE}/entries", "post", reply)
    assert reply.status_code == 400 and reply.json()["field"] == field


async def test_a_bad_entry_id_is_a_400(client: httpx.AsyncClient) -> None:
    reply = await client.delete(f"{BASE}/entries/not-an-id")
    _check(f"{BASE}/entries/{{entry_id}}", "delete", reply)
    assert reply.status_code == 400 and reply.json()["field"] == "entry_id"


async def test_without_a_secret_the_log_is_not_offered(monkeypatch: pytest.MonkeyPatch) -> None:
    from web.app import create_app

    monkeypatch.setattr(Sanic, "test_mode", True)
    app = create_app(load_settings(None, redis_db=TEST_REDIS_DB), name="test_ilog_off")
    async with _started(app) as (http,):
        opened = await http.post(f"{BASE}/open", json={"code": "any words at all"})
        listed = await http.get(f"{BASE}/entries", headers={"Authorization": "Bearer x"})
        bad = await http.post(f"{BASE}/open", json={})
    for reply, path, method in ((opened, "/open", "post"), (listed, "/entries", "get")):
        _check(BASE + path, method, reply)
        assert reply.status_code == 404
        assert reply.json() == {"error": "the incident log is not offered on this service"}
    assert bad.status_code == 400  # the request is still checked first


@contextlib.asynccontextmanager
async def _started(
    app: Sanic, addresses: tuple[str, ...] = ("127.0.0.1",)
) -> AsyncIterator[list[httpx.AsyncClient]]:
    """In-process clients for an app of the test's own (as tests/web/conftest.py), one per
    client address."""
    inbox: asyncio.Queue = asyncio.Queue()
    outbox: asyncio.Queue = asyncio.Queue()
    lifespan = asyncio.create_task(
        app({"type": "lifespan", "asgi": {"version": "3.0"}}, inbox.get, outbox.put)
    )
    await inbox.put({"type": "lifespan.startup"})
    assert (await asyncio.wait_for(outbox.get(), 10))["type"] == "lifespan.startup.complete"
    async with contextlib.AsyncExitStack() as clients:
        yield [
            await clients.enter_async_context(
                httpx.AsyncClient(
                    transport=httpx.ASGITransport(app=app, client=(address, 50_000)),
                    base_url="http://web.test",
                )
            )
            for address in addresses
        ]
    lifespan.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await lifespan


async def test_the_page_warns_first_and_offers_the_advocate(client: httpx.AsyncClient) -> None:
    page = await client.get("/log")
    assert page.status_code == 200
    text = re.sub(r"<[^>]+>", "", page.text)
    warning = text.index("a file you download stays on this device")
    assert warning < text.index("send my log to my advocate") < text.index("Your code")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "<script>" not in page.text  # no inline script
    script = await client.get("/log/log.js")
    assert script.status_code == 200 and "Bearer" in script.text


def _sanic_path(path: str) -> str:
    return "/" + re.sub(r"<([a-z_]+)(:[a-z]+)?>", r"{\1}", path.lstrip("/"))


def test_every_log_route_is_described_and_every_description_is_served(app: Sanic) -> None:
    served = {
        (_sanic_path(route.path), method.lower())
        for route in app.router.routes
        if ".incident_log_api." in route.name
        for method in route.methods
    }
    described = {
        (path, method)
        for path, item in SPEC["paths"].items()
        if path.startswith(BASE) or path.startswith("/log")
        for method in item
    }
    assert served == described


def test_the_description_and_the_server_agree_on_blank() -> None:
    """What openapi.yml calls a non-blank "what" is what the server accepts (schemathesis)."""
    from web.incident_log._models import NOT_BLANK

    entry = SPEC["paths"]["/api/incident-log/entries"]["post"]["requestBody"]["content"]
    what = entry["application/json"]["schema"]["properties"]["what"]
    assert what["pattern"] == NOT_BLANK
