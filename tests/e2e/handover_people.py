"""People in the handover tests and benchmark: victims by web chat and SMS, an advocate.

Each drives the real stack the way its person would: the web victim speaks the
widget's socket.io protocol, the SMS victim texts signed webhooks, the advocate
uses the console's JSON API (the API the console page itself uses).
"""

from __future__ import annotations

import asyncio
import re
import uuid
from typing import Any

import httpx
from argon2 import PasswordHasher
from redis.asyncio import Redis as AsyncRedis

from bench.sio_client import SioClient
from handover.accounts import AccountStore
from handover.config import HandoverConfig
from tests.e2e.test_sms import Phone

PASSWORD = "correct horse battery staple"
QUEUED = re.compile(r"number \d+ in (?:the queue|line)", re.IGNORECASE)
# Which offered choice a person who wants to wait for an advocate, without the
# screening questions, picks (first match wins).
PREFERENCES = (
    re.compile(r"\bwait\b", re.I),
    re.compile(r"\bskip\b|not now|no thanks|no, thanks|maybe later", re.I),
    re.compile(r"^\s*yes\b", re.I),
)


def choose(titles: list[str], answers: list[str] | None = None) -> int | None:
    """The option a person picks.

    Args:
        titles: The options offered, in order.
        answers: Screening answers to give in order ("yes", "no", "not sure"),
            then "no more questions"; None skips the screening altogether.
    """
    if answers is not None:
        if any(re.search(r"not sure", t, re.I) for t in titles):  # a screening question
            wanted = re.compile(rf"^\s*{answers.pop(0)}\b" if answers else r"no more", re.I)
            return next((i for i, t in enumerate(titles) if wanted.search(t)), None)
        preferences: tuple[re.Pattern[str], ...] = (PREFERENCES[0], PREFERENCES[2])
    else:
        preferences = PREFERENCES
    for wanted in preferences:
        for index, title in enumerate(titles):
            if wanted.search(title):
                return index
    return None


def create_account(env: dict[str, str], username: str) -> None:
    async def create() -> None:
        client = AsyncRedis(
            host=env["REDIS_HOST"], port=int(env["REDIS_PORT"]), db=int(env["REDIS_DB"])
        )
        config = HandoverConfig(key_prefix=env["REDIS_KEY_PREFIX"])
        cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
        await AccountStore(client, config, cheap).create(username, PASSWORD)
        await client.close()

    asyncio.run(create())


class Console:
    """An advocate using the console's JSON API, as the page does."""

    def __init__(self, env: dict[str, str], username: str) -> None:
        self.base = f"http://127.0.0.1:{env['WEB_PORT']}"
        self.http = httpx.Client(base_url=self.base, timeout=30)
        create_account(env, username)
        signed_in = self.http.post(
            "/advocate/api/login",
            json={"username": username, "password": PASSWORD},
            headers={"Origin": self.base},
        )
        assert signed_in.status_code == 200, signed_in.text
        self.csrf = signed_in.json()["csrf_token"]

    def get(self, path: str) -> Any:
        answer = self.http.get(f"/advocate/api/{path}")
        assert answer.status_code == 200, answer.text
        return answer.json()

    def post(self, path: str, body: dict[str, Any] | None = None) -> httpx.Response:
        headers = {"X-CSRF-Token": self.csrf, "Origin": self.base}
        return self.http.post(f"/advocate/api/{path}", json=body or {}, headers=headers)

    def queue(self) -> list[dict[str, Any]]:
        return self.get("queue")["handovers"]


class WebVictim:
    """A person in the web chat widget (the widget's own socket.io protocol)."""

    def __init__(self, client: SioClient) -> None:
        self.client = client

    @classmethod
    async def open(cls, env: dict[str, str]) -> WebVictim:
        origin = env["WEBCHAT_ALLOWED_ORIGINS"].split(",")[0]
        client = await SioClient.connect(f"http://127.0.0.1:{env['RASA_PORT']}", origin)
        await client.call("hello")
        return cls(client)

    async def say(self, text: str) -> list[dict[str, Any]]:
        message_id = uuid.uuid4().hex
        ack = await self.client.call("message", {"id": message_id, "text": text})
        assert ack["status"] == "accepted", ack
        while True:
            event = await self.client.next_event("bot")
            if event.get("in_reply_to") == message_id:
                return event["messages"]

    async def pushed(self, timeout: float = 30) -> dict[str, Any]:
        """The next message pushed outside a reply (an advocate's, or a notice)."""
        while True:
            event = await self.client.next_event("bot", timeout)
            if event.get("in_reply_to") is None:
                return event["messages"][0]

    async def hand_over(self) -> list[dict[str, Any]]:
        messages = await self.say("can i talk to a real person")
        for _ in range(15):
            if any(QUEUED.search(m.get("text") or "") for m in messages):
                return messages
            buttons = [b for m in messages for b in m.get("buttons") or []]
            index = choose([b["title"] for b in buttons])
            assert index is not None, f"no way forward in {messages}"
            messages = await self.say(buttons[index]["payload"])
        raise AssertionError("never reached the queue")


def sms_hand_over(phone: Phone, number: str, answers: list[str] | None = None) -> str:
    """Asks for a person by text, picking numbered options (see :func:`choose`)."""
    reply = phone.say(number, "can i talk to a real person")
    for _ in range(20):
        if QUEUED.search(reply):
            return reply
        options = re.findall(r"^(\d{1,2}) (.+)$", reply, re.MULTILINE)
        index = choose([title for _, title in options], answers)
        assert index is not None, f"no way forward in {reply!r}"
        reply = phone.say(number, options[index][0])
    raise AssertionError("never reached the queue")
