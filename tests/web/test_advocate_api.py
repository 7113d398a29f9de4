"""The advocate console's API in process, on real Redis (test database, test prefix).

Sign-in and sessions, CSRF, the sign-in rate limit, who may act on which
handover, the claim race through HTTP, the audit trail, and what reaches the
person. What the console would push to a person is captured by replacing
``make_delivery`` (web/advocate/_routes.py); everything else is the real code.

Cookies: httpx does not send a Secure cookie over http://, so these tests run
with ADVOCATE_COOKIE_SECURE off, except the one that checks the flags, which
sends the cookie back by hand.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from typing import Any

import httpx
import pytest
from cryptography.fernet import Fernet
from redis.asyncio import Redis
from sanic import Sanic

from bot.channels.sms.identity import NumberVault
from common.settings import Settings
from handover import AccountStore, HandoverConfig, Priority, Role
from handover.queue import Callback
from handover.service import HandoverService
from tests.web.conftest import (
    BASE,
    PASSWORD,
    Sent,
    browser,
    check_answer,
    console_settings,
    enqueue,
)
from web.api import openapi_document

NUMBER_KEY = Fernet.generate_key().decode()
NUMBER = "+447700900123"


@pytest.fixture
def settings(redis_conn, redis_test_prefix: str) -> Settings:
    return console_settings(
        redis_test_prefix,
        advocate_session_idle_seconds=600,
        advocate_session_max_seconds=3600,
        sms_number_key=NUMBER_KEY,
    )


def api_routes() -> list[tuple[str, str]]:
    return [
        (method.upper(), path)
        for path, item in openapi_document()["paths"].items()
        if path.startswith("/advocate/api/") and path != "/advocate/api/login"
        for method in item
    ]


# ---------------------------------------------------------------------------
# Without a session


@pytest.mark.parametrize(("method", "path"), api_routes())
async def test_every_api_route_answers_401_without_a_session(
    web: Sanic, method: str, path: str
) -> None:
    url = path.replace("{handover_id}", "0" * 32)
    async with browser(web) as http:
        reply = await http.request(method, url, json={} if method == "POST" else None)
    assert reply.status_code == 401
    assert reply.json() == {"error": "sign in first"}


@pytest.mark.parametrize("path", ["/advocate/api/nothing-here", "/advocate/api/handovers"])
async def test_unknown_api_paths_answer_401_too(web: Sanic, path: str) -> None:
    async with browser(web) as http:
        assert (await http.get(path)).status_code == 401


def test_the_401_list_covers_every_route() -> None:
    assert len(api_routes()) >= 12


async def test_a_forged_cookie_is_not_a_session(web: Sanic) -> None:
    async with browser(web) as http:
        http.cookies.set("hru_advocate", "made-up", domain="web.test", path="/advocate")
        assert (await http.get("/advocate/api/queue")).status_code == 401


# ---------------------------------------------------------------------------
# Signing in


async def test_sign_in_gives_a_session_and_the_csrf_token(
    web: Sanic, accounts: AccountStore, aredis: Redis, redis_test_prefix: str
) -> None:
    await accounts.create("sam.jones", PASSWORD)
    async with browser(web) as http:
        reply = await http.post(
            "/advocate/api/login", json={"username": "Sam.Jones ", "password": PASSWORD}
        )
        assert reply.status_code == 200
        body = reply.json()
        assert body["username"] == "sam.jones" and body["role"] == "advocate"
        assert len(body["csrf_token"]) >= 32
        session = await http.get("/advocate/api/session")
        assert session.json() == body
        # The console page instead of the sign-in page.
        page = await http.get("/advocate/")
        assert 'src="/advocate/static/console.js"' in page.text
    # Redis holds a hash of the token, never the token itself.
    token = reply.cookies["hru_advocate"]
    keys = [k async for k in aredis.scan_iter(f"{redis_test_prefix}:advocate:session:*")]
    assert keys == [
        f"{redis_test_prefix}:advocate:session:" + hashlib.sha256(token.encode()).hexdigest()
    ]
    assert 0 < await aredis.ttl(keys[0]) <= 600


@pytest.mark.parametrize(
    ("username", "password"),
    [("sam.jones", "wrong password here"), ("nobody.here", PASSWORD), ("sam.jones", PASSWORD[:-1])],
)
async def test_a_wrong_password_or_unknown_user_is_refused_alike(
    web: Sanic, accounts: AccountStore, username: str, password: str
) -> None:
    await accounts.create("sam.jones", PASSWORD)
    async with browser(web) as http:
        reply = await http.post(
            "/advocate/api/login", json={"username": username, "password": password}
        )
        assert reply.status_code == 401
        assert reply.json() == {"error": "wrong username or password"}
        assert "hru_advocate" not in reply.cookies
        assert (await http.get("/advocate/api/queue")).status_code == 401


async def test_a_disabled_account_cannot_sign_in_and_its_session_stops(
    sign_in: Any, accounts: AccountStore
) -> None:
    sam = await sign_in("sam.jones")
    await accounts.disable("sam.jones")
    assert (await sam.get("queue")).status_code == 401
    reply = await sam.http.post(
        "/advocate/api/login", json={"username": "sam.jones", "password": PASSWORD}
    )
    assert reply.status_code == 401


@pytest.mark.parametrize(
    "body",
    [{}, {"username": "sam.jones"}, {"username": 1, "password": PASSWORD}, [],
     {"username": "sam.jones", "password": PASSWORD, "extra": True}],
)  # fmt: skip
async def test_a_malformed_sign_in_is_a_400_naming_the_field(web: Sanic, body: Any) -> None:
    async with browser(web) as http:
        reply = await http.post("/advocate/api/login", json=body)
    assert reply.status_code == 400
    assert set(reply.json()) == {"error", "field"}


async def test_sign_in_must_be_json(web: Sanic) -> None:
    # A cross-site form can post text/plain shaped like JSON; only JSON is read.
    async with browser(web) as http:
        reply = await http.post(
            "/advocate/api/login",
            content=b'{"username": "sam.jones", "password": "x"}',
            headers={"Content-Type": "text/plain"},
        )
    assert reply.status_code == 400


async def test_too_many_failures_for_a_username_get_429_even_with_the_right_password(
    web: Sanic, accounts: AccountStore, settings: Settings
) -> None:
    await accounts.create("sam.jones", PASSWORD)
    async with browser(web) as http:
        for _ in range(settings.advocate_login_max_failures):
            reply = await http.post(
                "/advocate/api/login", json={"username": "sam.jones", "password": "not it at all"}
            )
            assert reply.status_code == 401
        reply = await http.post(
            "/advocate/api/login", json={"username": "sam.jones", "password": PASSWORD}
        )
        assert reply.status_code == 429
        retry_after = int(reply.headers["retry-after"])
        assert 0 < retry_after <= settings.advocate_login_window_seconds
        # Another username from another address is not held up.
        await accounts.create("lee.cole", PASSWORD)
        other = await http.post(
            "/advocate/api/login",
            json={"username": "lee.cole", "password": PASSWORD},
        )
        assert other.status_code == 200


async def test_too_many_failures_from_one_address_get_429_for_every_username(
    web: Sanic, accounts: AccountStore, settings: Settings
) -> None:
    await accounts.create("sam.jones", PASSWORD)
    async with browser(web) as http:
        for n in range(settings.advocate_login_max_failures_per_address):
            reply = await http.post(
                "/advocate/api/login", json={"username": f"guess{n}", "password": "whatever it is"}
            )
            assert reply.status_code == 401
        reply = await http.post(
            "/advocate/api/login", json={"username": "sam.jones", "password": PASSWORD}
        )
    assert reply.status_code == 429


async def test_sign_in_failures_and_sign_outs_are_audited(
    sign_in: Any, accounts: AccountStore, web: Sanic
) -> None:
    await accounts.create("sam.jones", PASSWORD)
    async with browser(web) as http:
        for username in ("sam.jones", "my secret password"):
            await http.post(
                "/advocate/api/login", json={"username": username, "password": "wrong one here"}
            )
    sam = await sign_in("sam.jones")
    assert (await sam.post("logout")).status_code == 204
    assert (await sam.get("queue")).status_code == 401
    admin = await sign_in("lee.admin", Role.ADMIN)
    entries = (await admin.get("audit")).json()["entries"]
    seen = [(e["actor"], e["action"]) for e in reversed(entries)]
    assert seen[:5] == [
        ("sam.jones", "login_failed"),
        ("unknown", "login_failed"),  # never what was typed as a username
        ("sam.jones", "login"),
        ("sam.jones", "logout"),
        ("lee.admin", "login"),
    ]


# ---------------------------------------------------------------------------
# Cookies and sessions


async def test_cookie_flags(
    sent: Sent, settings: Settings, accounts: AccountStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from web.app import create_app

    monkeypatch.setattr(Sanic, "test_mode", True)
    secure = settings.copy(update={"advocate_cookie_secure": True})
    app = create_app(secure, name="test_secure_cookie")
    await accounts.create("sam.jones", PASSWORD)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE) as http:
        await _start(app)
        try:
            reply = await http.post(
                "/advocate/api/login", json={"username": "sam.jones", "password": PASSWORD}
            )
            assert reply.status_code == 200
            cookie = reply.headers["set-cookie"]
            flags = {part.strip().lower() for part in cookie.split(";")[1:]}
            assert {"httponly", "samesite=strict", "path=/advocate", "secure"} <= flags
            assert not any(f.startswith(("max-age", "expires", "domain")) for f in flags)
            # httpx keeps Secure cookies for https only: send it back by hand.
            token = cookie.split(";")[0].split("=", 1)[1]
            session = await http.get(
                "/advocate/api/session", headers={"Cookie": f"hru_advocate={token}"}
            )
            assert session.status_code == 200
            # The sign-in page's double-submit cookie has the same flags.
            page = await http.get("/advocate/")
            flags = {p.strip().lower() for p in page.headers["set-cookie"].split(";")[1:]}
            assert {"httponly", "samesite=strict", "path=/advocate", "secure"} <= flags
        finally:
            await app.ctx.advocate_console.close()


async def _start(app: Sanic) -> None:
    """Runs the app's start-up as the ASGI lifespan does (tests/web/conftest.py)."""
    inbox: asyncio.Queue = asyncio.Queue()
    outbox: asyncio.Queue = asyncio.Queue()
    task = asyncio.create_task(
        app({"type": "lifespan", "asgi": {"version": "3.0"}}, inbox.get, outbox.put)
    )
    await inbox.put({"type": "lifespan.startup"})
    assert (await asyncio.wait_for(outbox.get(), 10))["type"] == "lifespan.startup.complete"
    task.cancel()


async def _session_key(aredis: Redis, prefix: str) -> str:
    keys = [k async for k in aredis.scan_iter(f"{prefix}:advocate:session:*")]
    assert len(keys) == 1
    return keys[0]


async def test_a_session_ends_after_the_idle_time(
    sign_in: Any, aredis: Redis, redis_test_prefix: str, settings: Settings
) -> None:
    sam = await sign_in("sam.jones")
    key = await _session_key(aredis, redis_test_prefix)
    assert (await sam.get("queue")).status_code == 200
    idle = settings.advocate_session_idle_seconds
    await aredis.hset(key, "seen", repr(time.time() - idle - 1))
    assert (await sam.get("queue")).status_code == 401
    assert not await aredis.exists(key)


async def test_a_session_ends_after_the_maximum_however_busy(
    sign_in: Any, aredis: Redis, redis_test_prefix: str, settings: Settings
) -> None:
    sam = await sign_in("sam.jones")
    key = await _session_key(aredis, redis_test_prefix)
    await aredis.hset(key, "created", repr(time.time() - settings.advocate_session_max_seconds))
    assert (await sam.get("queue")).status_code == 401


async def test_activity_renews_the_idle_time_but_background_refreshes_do_not(
    sign_in: Any, aredis: Redis, redis_test_prefix: str
) -> None:
    sam = await sign_in("sam.jones")
    key = await _session_key(aredis, redis_test_prefix)
    old = repr(time.time() - 100)
    await aredis.hset(key, "seen", old)
    assert (await sam.get("queue", headers={"X-Console-Background": "1"})).status_code == 200
    assert await aredis.hget(key, "seen") == old
    assert (await sam.get("queue")).status_code == 200
    assert float(await aredis.hget(key, "seen")) > time.time() - 5


async def test_a_new_sign_in_replaces_the_old_session(
    sign_in: Any, aredis: Redis, redis_test_prefix: str
) -> None:
    sam = await sign_in("sam.jones")
    old = sam.http.cookies["hru_advocate"]
    reply = await sam.http.post(
        "/advocate/api/login", json={"username": "sam.jones", "password": PASSWORD}
    )
    assert reply.status_code == 200 and sam.http.cookies["hru_advocate"] != old
    await _session_key(aredis, redis_test_prefix)  # exactly one left


# ---------------------------------------------------------------------------
# CSRF and origin


async def test_state_changes_need_the_csrf_token(sign_in: Any, service: HandoverService) -> None:
    sam = await sign_in("sam.jones")
    handover_id = await enqueue(service, 1)
    for headers in ({"X-CSRF-Token": ""}, {"X-CSRF-Token": "guess" * 8}):
        reply = await sam.post(f"handovers/{handover_id}/claim", headers=headers)
        assert reply.status_code == 403
    reply = await sam.http.post(f"/advocate/api/handovers/{handover_id}/claim")
    assert reply.status_code == 403
    assert (await sam.post("logout", headers={"X-CSRF-Token": ""})).status_code == 403
    assert (await sam.get("session")).status_code == 200


async def test_another_sites_origin_is_refused(
    sign_in: Any, service: HandoverService, accounts: AccountStore, web: Sanic
) -> None:
    sam = await sign_in("sam.jones")
    handover_id = await enqueue(service, 1)
    evil = {"Origin": "https://evil.example"}
    assert (await sam.post(f"handovers/{handover_id}/claim", headers=evil)).status_code == 403
    ok = await sam.post(f"handovers/{handover_id}/claim", headers={"Origin": BASE})
    assert ok.status_code == 200
    async with browser(web) as http:
        reply = await http.post(
            "/advocate/api/login",
            json={"username": "sam.jones", "password": PASSWORD},
            headers=evil,
        )
    assert reply.status_code == 403


async def test_the_sign_in_form_uses_a_double_submit_token(
    web: Sanic, accounts: AccountStore
) -> None:
    await accounts.create("sam.jones", PASSWORD)
    async with browser(web) as http:
        page = await http.get("/advocate/")
        assert page.status_code == 200 and 'action="/advocate/login"' in page.text
        token = http.cookies["hru_advocate_login"]
        assert f'value="{token}"' in page.text
        form = {"username": "sam.jones", "password": PASSWORD}
        refused = await http.post("/advocate/login", data={**form, "csrf": "x" * 43})
        assert refused.status_code == 403
        page = await http.get("/advocate/")
        token = http.cookies["hru_advocate_login"]
        reply = await http.post("/advocate/login", data={**form, "csrf": token})
        assert reply.status_code == 303 and reply.headers["location"] == "/advocate/"
        assert (await http.get("/advocate/api/session")).status_code == 200


async def test_the_sign_in_form_says_what_went_wrong(web: Sanic, accounts: AccountStore) -> None:
    async with browser(web) as http:
        await http.get("/advocate/")
        token = http.cookies["hru_advocate_login"]
        reply = await http.post(
            "/advocate/login", data={"username": "sam.jones", "password": "nope", "csrf": token}
        )
    assert reply.status_code == 401
    assert "Wrong username or password." in reply.text


async def test_pages_have_a_strict_content_security_policy(web: Sanic) -> None:
    async with browser(web) as http:
        for path in ("/advocate/", "/advocate/static/console.js", "/advocate/static/console.css"):
            reply = await http.get(path)
            assert reply.status_code == 200
            policy = reply.headers["content-security-policy"]
            assert "default-src 'none'" in policy and "script-src 'self'" in policy
            assert reply.headers["cache-control"] == "no-store"
        assert (await http.get("/advocate/static/other.js")).status_code == 404


# ---------------------------------------------------------------------------
# Handovers through the API


async def test_queue_claim_read_reply_and_end(
    sign_in: Any, service: HandoverService, sent: Sent
) -> None:
    sam = await sign_in("sam.jones")
    standard = await enqueue(service, 1)
    high = await enqueue(
        service, 2, Priority.HIGH, channel="sms", callback=Callback("after 6pm", "phone")
    )
    queue = (await sam.get("queue")).json()["handovers"]
    assert [h["id"] for h in queue] == [high, standard]  # high risk first
    assert queue[0]["channel"] == "sms" and queue[0]["callback"] == {
        "safe_time": "after 6pm",
        "method": "phone",
    }
    assert queue[1] | {"waiting_seconds": 0} == queue[1] | {
        "state": "waiting",
        "priority": "standard",
        "channel": "web",
        "area": "warrington",
        "risk_flags": ["threats"],
        "waiting_seconds": 0,
        "advocate": None,
        "danger": False,
        "overdue": False,
    }

    assert (await sam.post(f"handovers/{standard}/claim")).json() == {
        "id": standard,
        "state": "claimed",
        "advocate": "sam.jones",
    }
    assert sent.to("web:person1")  # told an advocate joined
    detail = (await sam.get(f"handovers/{standard}")).json()
    assert detail["summary"]["told_topics"] == ["reporting"]
    assert detail["advocate"] == "sam.jones"

    handover = await service.live("web:person1")
    assert handover is not None
    await service.person_said(handover, "hello, is someone there?")
    detail = (await sam.get(f"handovers/{standard}")).json()
    assert detail["transcript"][-1]["speaker"] == "victim"
    assert detail["transcript"][-1]["text"] == "hello, is someone there?"
    after = detail["transcript"][-1]["id"]

    reply = await sam.post(f"handovers/{standard}/reply", {"text": "Hi, I'm Sam. I'm here."})
    assert reply.status_code == 200
    assert reply.json()["speaker"] == "advocate" and reply.json()["delivered"] is True
    assert sent.to("web:person1")[-1] == "Hi, I'm Sam. I'm here."
    newer = (await sam.get(f"handovers/{standard}", params={"after": after})).json()
    assert [line["text"] for line in newer["transcript"]] == ["Hi, I'm Sam. I'm here."]

    ended = await sam.post(f"handovers/{standard}/end", {"outcome": "safety plan made"})
    assert ended.status_code == 200 and ended.json()["state"] == "ended"
    assert "ended" in sent.to("web:person1")[-1]
    assert standard not in [h["id"] for h in (await sam.get("queue")).json()["handovers"]]
    assert (
        await sam.post(f"handovers/{standard}/reply", {"text": "still there?"})
    ).status_code == 403


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("reply", {"text": "   "}, "text"),
        ("reply", {"text": "x" * 4001}, "text"),
        ("reply", {"text": "hello", "words": "hello"}, "words"),
        ("reply", {"text": 5}, "text"),
        ("end", {"outcome": ""}, "outcome"),
        ("end", {"outcome": "x" * 501}, "outcome"),
    ],
)
async def test_bad_bodies_are_400_naming_the_field(
    sign_in: Any, service: HandoverService, path: str, body: Any, field: str
) -> None:
    sam = await sign_in("sam.jones")
    handover_id = await enqueue(service, 1)
    await sam.post(f"handovers/{handover_id}/claim")
    reply = await sam.post(f"handovers/{handover_id}/{path}", body)
    assert reply.status_code == 400
    assert reply.json()["field"] == field


async def test_a_text_message_reply_must_not_name_the_topic_first(
    sign_in: Any, service: HandoverService
) -> None:
    sam = await sign_in("sam.jones")
    handover_id = await enqueue(service, 1, channel="sms")
    await sam.post(f"handovers/{handover_id}/claim")
    reply = await sam.post(f"handovers/{handover_id}/reply", {"text": "Stalking advice: call us"})
    assert reply.status_code == 400 and reply.json()["field"] == "text"


@pytest.mark.parametrize("handover_id", ["0" * 32, "not-an-id", "A" * 32])
async def test_unknown_handovers_are_404(sign_in: Any, handover_id: str) -> None:
    sam = await sign_in("sam.jones")
    assert (await sam.get(f"handovers/{handover_id}")).status_code == 404
    for action in ("claim", "take-over", "release"):
        assert (await sam.post(f"handovers/{handover_id}/{action}")).status_code == 404
    assert (await sam.post(f"handovers/{handover_id}/reply", {"text": "hi"})).status_code == 404


async def test_only_the_holder_replies_or_ends_until_an_explicit_take_over(
    sign_in: Any, service: HandoverService, sent: Sent
) -> None:
    sam, lee = await sign_in("sam.jones"), await sign_in("lee.cole")
    handover_id = await enqueue(service, 1)
    assert (await sam.post(f"handovers/{handover_id}/claim")).status_code == 200
    assert (await lee.post(f"handovers/{handover_id}/claim")).status_code == 409
    reply = await lee.post(f"handovers/{handover_id}/reply", {"text": "Hello from Lee"})
    assert reply.status_code == 403
    assert (await lee.post(f"handovers/{handover_id}/end", {"outcome": "x"})).status_code == 403
    assert (await lee.post(f"handovers/{handover_id}/release")).status_code == 409
    assert "Hello from Lee" not in sent.to("web:person1")

    assert (await lee.post(f"handovers/{handover_id}/take-over")).status_code == 200
    assert (await lee.post(f"handovers/{handover_id}/take-over")).status_code == 409
    assert (await sam.post(f"handovers/{handover_id}/reply", {"text": "Sam"})).status_code == 403
    assert (
        await lee.post(f"handovers/{handover_id}/reply", {"text": "Lee here"})
    ).status_code == 200
    assert sent.to("web:person1")[-1] == "Lee here"
    assert (await lee.post(f"handovers/{handover_id}/release")).status_code == 200
    queue = (await sam.get("queue")).json()["handovers"]
    assert [(h["id"], h["state"]) for h in queue] == [(handover_id, "waiting")]


async def test_many_advocates_claiming_at_once_exactly_one_wins(
    sign_in: Any, service: HandoverService
) -> None:
    advocates = [await sign_in(f"advocate{n:02d}") for n in range(12)]
    for round_ in range(5):
        handover_id = await enqueue(service, round_)
        replies = await asyncio.gather(
            *(a.post(f"handovers/{handover_id}/claim") for a in advocates)
        )
        statuses = sorted(r.status_code for r in replies)
        assert statuses == [200] + [409] * (len(advocates) - 1)
        winner = next(a for a, r in zip(advocates, replies, strict=True) if r.status_code == 200)
        detail = (await winner.get(f"handovers/{handover_id}")).json()
        assert detail["advocate"] == winner.username


async def test_heartbeat_keeps_ones_own_handovers(sign_in: Any, service: HandoverService) -> None:
    sam = await sign_in("sam.jones")
    handover_id = await enqueue(service, 1)
    await sam.post(f"handovers/{handover_id}/claim")
    assert (await sam.post("heartbeat")).status_code == 204
    assert (await sam.post("heartbeat", headers={"X-CSRF-Token": "no"})).status_code == 403


# ---------------------------------------------------------------------------
# The audit trail


async def test_only_an_admin_reads_the_audit_trail(sign_in: Any, service: HandoverService) -> None:
    sam, admin = await sign_in("sam.jones"), await sign_in("lee.admin", Role.ADMIN)
    handover_id = await enqueue(service, 1)
    await sam.get("queue")
    await sam.post(f"handovers/{handover_id}/claim")
    await sam.get(f"handovers/{handover_id}")
    await sam.post(f"handovers/{handover_id}/reply", {"text": "a private message"})
    await sam.post(f"handovers/{handover_id}/end", {"outcome": "a private note"})
    assert (await sam.get("audit")).status_code == 403

    reply = await admin.get("audit", params={"count": "3"})
    assert reply.status_code == 200
    page = reply.json()
    assert len(page["entries"]) == 3 and page["next_before"] == page["entries"][-1]["id"]
    everything = (await admin.get("audit", params={"count": "500"})).json()["entries"]
    done = [(e["actor"], e["action"], e["target"]) for e in reversed(everything)]
    for step in [
        ("sam.jones", "login", ""),
        ("sam.jones", "view_queue", ""),
        ("sam.jones", "claim", handover_id),
        ("sam.jones", "view_handover", handover_id),
        ("sam.jones", "reply", handover_id),
        ("sam.jones", "end", handover_id),
    ]:
        assert step in done
    assert "private" not in reply.text + str(everything)
    older = (await admin.get("audit", params={"before": page["next_before"]})).json()
    assert older["entries"][0]["id"] < page["next_before"]


async def test_nothing_is_older_than_the_first_possible_entry(sign_in: Any) -> None:
    # Found by fuzzing: Redis refuses an exclusive bound below 0-0.
    admin = await sign_in("lee.admin", Role.ADMIN)
    reply = await admin.get("audit", params={"before": "0-0"})
    assert reply.json() == {"entries": [], "next_before": None}
    # An empty value counts as not given, as everywhere in the API.
    assert len((await admin.get("audit?before=&count=")).json()["entries"]) == 1  # the sign-in


@pytest.mark.parametrize(
    "query",
    [{"count": "0"}, {"count": "501"}, {"count": "ten"}, {"before": "yesterday"},
     {"before": "1" * 20 + "-0"}],
)  # fmt: skip
async def test_bad_audit_queries_are_400(sign_in: Any, query: dict[str, str]) -> None:
    admin = await sign_in("lee.admin", Role.ADMIN)
    reply = await admin.get("audit", params=query)
    assert reply.status_code == 400 and reply.json()["field"] == next(iter(query))


# ---------------------------------------------------------------------------
# Keys


async def test_every_key_the_console_writes_expires(
    sign_in: Any, service: HandoverService, aredis: Redis, redis_test_prefix: str, web: Sanic
) -> None:
    sam = await sign_in("sam.jones")
    handover_id = await enqueue(service, 1)
    await sam.post(f"handovers/{handover_id}/claim")
    await sam.post(f"handovers/{handover_id}/reply", {"text": "hello"})
    async with browser(web) as http:
        await http.get("/advocate/")
        await http.post("/advocate/api/login", json={"username": "sam.jones", "password": "no"})
    accounts = f"{redis_test_prefix}:handover:account"  # kept until an admin disables them
    forever = [
        key
        async for key in aredis.scan_iter(f"{redis_test_prefix}*")
        if not key.startswith(accounts) and await aredis.ttl(key) == -1
    ]
    assert forever == []


# ---------------------------------------------------------------------------
# Answers match the description (web/openapi.yml; routes: test_advocate_openapi.py)

HANDOVER = "/advocate/api/handovers/{handover_id}"


async def test_answers_match_the_description(
    sign_in: Any, service: HandoverService, web: Sanic
) -> None:
    sam = await sign_in("sam.jones")
    lee = await sign_in("lee.admin", Role.ADMIN)
    handover_id = await enqueue(service, 1)
    check_answer(await sam.get("session"), "/advocate/api/session")
    check_answer(await sam.get("queue"), "/advocate/api/queue")
    check_answer(await sam.get(f"handovers/{handover_id}"), HANDOVER)
    check_answer(await sam.get(f"handovers/{'0' * 32}"), HANDOVER)
    check_answer(await sam.get(f"handovers/{handover_id}?after=x"), HANDOVER)
    check_answer(await sam.post(f"handovers/{handover_id}/claim"), HANDOVER + "/claim", "post")
    check_answer(await lee.post(f"handovers/{handover_id}/claim"), HANDOVER + "/claim", "post")
    check_answer(
        await lee.post(f"handovers/{handover_id}/reply", {"text": "hi"}),
        HANDOVER + "/reply",
        "post",
    )
    check_answer(
        await sam.post(f"handovers/{handover_id}/reply", {"text": "Hello, I'm Sam"}),
        HANDOVER + "/reply",
        "post",
    )
    check_answer(
        await sam.post(f"handovers/{handover_id}/reply", {"text": ""}),
        HANDOVER + "/reply",
        "post",
    )
    check_answer(
        await lee.post(f"handovers/{handover_id}/take-over"), HANDOVER + "/take-over", "post"
    )
    check_answer(await lee.post(f"handovers/{handover_id}/release"), HANDOVER + "/release", "post")
    check_answer(await sam.post(f"handovers/{handover_id}/release"), HANDOVER + "/release", "post")
    await sam.post(f"handovers/{handover_id}/claim")
    check_answer(await sam.get(f"handovers/{handover_id}"), HANDOVER)
    check_answer(
        await sam.post(f"handovers/{handover_id}/end", {"outcome": "plan made"}),
        HANDOVER + "/end",
        "post",
    )
    check_answer(await sam.post("heartbeat"), "/advocate/api/heartbeat", "post")
    check_answer(await sam.get("audit"), "/advocate/api/audit")
    check_answer(await lee.get("audit?count=2"), "/advocate/api/audit")
    check_answer(await lee.get("audit?count=0"), "/advocate/api/audit")
    check_answer(
        await sam.post("logout", headers={"X-CSRF-Token": ""}), "/advocate/api/logout", "post"
    )
    check_answer(await sam.post("logout"), "/advocate/api/logout", "post")
    check_answer(await sam.get("queue"), "/advocate/api/queue")


@pytest.mark.parametrize(
    ("body", "status"),
    [({"username": "sam.jones", "password": "wrong password"}, 401), ({"username": ""}, 400)],
)
async def test_sign_in_answers_match_the_description(
    web: Sanic, accounts: AccountStore, body: dict, status: int
) -> None:
    async with browser(web) as http:
        reply = await http.post("/advocate/api/login", json=body)
        assert reply.status_code == status
        check_answer(reply, "/advocate/api/login", "post")


# ---------------------------------------------------------------------------
# The background sweep, and the page's script


async def test_the_web_service_sweeps_in_the_background_until_it_stops(
    sent: Sent, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from web.app import create_app

    sweeps: list[float] = []

    async def sweep(self: HandoverService) -> None:
        sweeps.append(time.monotonic())
        if len(sweeps) == 2:
            raise ConnectionError("Redis went away")  # logged; the next sweep still runs

    monkeypatch.setattr(HandoverService, "sweep", sweep)
    monkeypatch.setattr(Sanic, "test_mode", True)
    app = create_app(settings.copy(update={"advocate_sweep_seconds": 0.5}), name="test_sweep")
    await _start(app)
    await asyncio.sleep(1.8)
    await app.ctx.advocate_console.close()
    assert len(sweeps) >= 3
    stopped = len(sweeps)
    await asyncio.sleep(0.7)
    assert len(sweeps) == stopped


def test_the_console_script_never_writes_html() -> None:
    # Every word from the server is someone's message: text only, never markup.
    from web.advocate._routes import STATIC

    script = (STATIC / "console.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in script


async def test_the_sign_in_form_is_rate_limited_too(
    web: Sanic, accounts: AccountStore, settings: Settings
) -> None:
    await accounts.create("sam.jones", PASSWORD)
    async with browser(web) as http:
        for _ in range(settings.advocate_login_max_failures + 1):
            await http.get("/advocate/")
            form = {"username": "sam.jones", "password": "not it at all"}
            reply = await http.post(
                "/advocate/login", data={**form, "csrf": http.cookies["hru_advocate_login"]}
            )
    assert reply.status_code == 429
    assert int(reply.headers["retry-after"]) > 0
    assert "Too many tries" in reply.text


async def test_no_words_usernames_or_passwords_in_the_logs(
    sign_in: Any, service: HandoverService, caplog: pytest.LogCaptureFixture, web: Sanic
) -> None:
    caplog.set_level(logging.DEBUG)
    sam = await sign_in("sam.jones")
    handover_id = await enqueue(service, 1, channel="sms")
    await sam.post(f"handovers/{handover_id}/claim")
    await sam.post(f"handovers/{handover_id}/reply", {"text": "Hello, call me on 07700 900123"})
    await sam.post(f"handovers/{handover_id}/end", {"outcome": "referred to the IDVA"})
    async with browser(web) as http:
        await http.post(
            "/advocate/api/login", json={"username": "mistyped", "password": "hunter2 secret"}
        )
    logged = caplog.text
    for secret in ("07700", "Hello, call me", "IDVA", "sam.jones", "mistyped", "hunter2", PASSWORD):
        assert secret not in logged


# ---------------------------------------------------------------------------
# The number kept for a callback or an SMS chat: the holder only, audited, never logged


async def test_only_the_holder_sees_the_number_and_each_look_is_audited(
    sign_in: Any,
    service: HandoverService,
    aredis: Redis,
    settings: Settings,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    handover_id = await enqueue(service, 1, channel="sms")
    await service.set_contact(handover_id, NumberVault(NUMBER_KEY).encrypt(NUMBER))
    sam, lee = await sign_in("sam.jones"), await sign_in("lee.smith")

    assert (await sam.get(f"handovers/{handover_id}/contact")).status_code == 403
    assert (await sam.post(f"handovers/{handover_id}/claim")).status_code == 200
    shown = await sam.get(f"handovers/{handover_id}/contact")
    assert shown.status_code == 200
    assert shown.json() == {"handover_id": handover_id, "number": NUMBER}
    assert shown.headers["cache-control"] == "no-store"
    assert (await lee.get(f"handovers/{handover_id}/contact")).status_code == 403

    rows = await aredis.xrange(HandoverConfig.from_settings(settings).key("audit"))
    seen = [(f["actor"], f["target"]) for _, f in rows if f["action"] == "view_contact"]
    assert seen == [("sam.jones", handover_id)]
    assert "900123" not in caplog.text


async def test_no_number_kept_is_a_404_and_no_session_a_401(
    sign_in: Any, service: HandoverService, web: Any
) -> None:
    handover_id = await enqueue(service, 2)
    sam = await sign_in("sam.jones")
    await sam.post(f"handovers/{handover_id}/claim")
    assert (await sam.get(f"handovers/{handover_id}/contact")).status_code == 404
    row = next(r for r in (await sam.get("queue")).json()["handovers"] if r["id"] == handover_id)
    assert row["has_contact"] is False
