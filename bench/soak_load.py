"""The soak's load: people sending the REST benchmark's conversation over REST and SMS.

``steady`` sends a fixed number of messages a second, alternately over REST
and as signed SMS webhooks; each person sends one message at a time, and a new
person starts whenever every current one is waiting for a reply, so the rate
holds however slow the replies are and conversations keep being created.
``Load`` sends one message and checks what a person would notice: a non-200
answer, a REST answer with no text, an SMS reply that never reaches the
Messages API within ``REPLY_TIMEOUT`` s, or the turn's "something went wrong"
notice (a failed turn still answers, with 999 and helplines).
"""

from __future__ import annotations

import asyncio
import itertools
import secrets
import time
from dataclasses import dataclass, field

import httpx
from twilio.request_validator import RequestValidator

from bench.rest_bench import CONVERSATION
from bench.sms_bench import signed_webhook
from bot.safety.replies import UNAVAILABLE_RESPONSE, response_text
from common.medium import Medium
from scripts.stack import Stack
from tests.e2e.fake_twilio import Call, FakeTwilio

REPLY_TIMEOUT = 60.0
# The turn's "something went wrong" notice: a reply with it is a failed turn.
UNAVAILABLE_WEB = response_text(UNAVAILABLE_RESPONSE, Medium.WEB)
UNAVAILABLE_SMS = "".join(response_text(UNAVAILABLE_RESPONSE, Medium.SMS).split())


@dataclass
class Person:
    channel: str  # rest | sms
    id: str
    sent: int = 0
    busy: bool = False


@dataclass
class Tally:
    sent: dict[str, int] = field(default_factory=lambda: {"rest": 0, "sms": 0})
    errors: dict[str, int] = field(default_factory=lambda: {"rest": 0, "sms": 0})
    kinds: dict[str, int] = field(default_factory=dict)
    latencies: dict[str, list[float]] = field(default_factory=lambda: {"rest": [], "sms": []})

    def error(self, channel: str, kind: str) -> None:
        self.errors[channel] += 1
        self.kinds[f"{channel}: {kind}"] = self.kinds.get(f"{channel}: {kind}", 0) + 1


class Load:
    """Sends one message for a person over its channel and checks the answer."""

    def __init__(self, stack: Stack, twilio: FakeTwilio, client: httpx.AsyncClient) -> None:
        port = stack.env["RASA_PORT"]
        self.rest_url = f"http://127.0.0.1:{port}/webhooks/rest/webhook"
        self.sms_url = f"http://127.0.0.1:{port}/webhooks/sms/webhook"
        token = stack.env.get("REST_CHANNEL_TOKEN", "")
        self.rest_headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.validator = RequestValidator(twilio.auth_token)
        self.client = client
        self.replies: dict[str, asyncio.Queue[float]] = {}
        self.bodies: dict[str, list[str]] = {}
        self.tally = Tally()
        self.ids = itertools.count()
        twilio.listeners.append(self._on_message)

    def _on_message(self, call: Call) -> None:
        if call.status == 201 and call.form.get("To") in self.replies:
            self.replies[call.form["To"]].put_nowait(time.perf_counter())
            self.bodies[call.form["To"]].append(call.form.get("Body", ""))

    def new_person(self, channel: str) -> Person:
        n = next(self.ids)
        if channel == "sms":
            # Ofcom's drama range (07700 900000-900999), wrapping: never a real person's number.
            number = f"+447700{900000 + n % 1000}"
            self.replies[number] = asyncio.Queue()
            self.bodies[number] = []
            return Person("sms", number)
        return Person("rest", f"soak-{secrets.token_hex(6)}-{n}")

    def failed_sms_turns(self) -> int:
        """SMS replies that carried the "something went wrong" notice (parts joined)."""
        return sum("".join("".join(b).split()).count(UNAVAILABLE_SMS) for b in self.bodies.values())

    async def send(self, person: Person) -> None:
        text = CONVERSATION[person.sent % len(CONVERSATION)]
        person.sent += 1
        channel = person.channel
        self.tally.sent[channel] += 1
        start = time.perf_counter()
        try:
            if channel == "rest":
                ok = await self._rest(person.id, text)
            else:
                ok = await self._sms(person.id, text, start)
            if ok:
                self.tally.latencies[channel].append(time.perf_counter() - start)
        except (httpx.HTTPError, OSError) as exc:
            self.tally.error(channel, type(exc).__name__)
        finally:
            person.busy = False

    async def _rest(self, sender: str, text: str) -> bool:
        answer = await self.client.post(
            self.rest_url, json={"sender": sender, "message": text}, headers=self.rest_headers
        )
        if answer.status_code != 200:
            self.tally.error("rest", f"HTTP {answer.status_code}")
            return False
        texts = [m.get("text") or "" for m in answer.json()]
        if not any(texts):
            self.tally.error("rest", "no reply text")
            return False
        if UNAVAILABLE_WEB in texts:
            self.tally.error("rest", "failed turn")
            return False
        return True

    async def _sms(self, number: str, text: str, start: float) -> bool:
        queue = self.replies[number]
        while not queue.empty():  # a late reply to an earlier message
            queue.get_nowait()
        content, headers = signed_webhook(self.validator, number, text)
        answer = await self.client.post(self.sms_url, content=content, headers=headers)
        if answer.status_code != 200:
            self.tally.error("sms", f"HTTP {answer.status_code}")
            return False
        try:
            await asyncio.wait_for(queue.get(), REPLY_TIMEOUT)
        except asyncio.TimeoutError:
            self.tally.error("sms", "no reply")
            return False
        return True


async def steady(load: Load, seconds: float, rate: float) -> float:
    """Sends ``rate`` messages a second for ``seconds``, alternating REST and SMS."""
    people: dict[str, list[Person]] = {"rest": [], "sms": []}
    tasks: set[asyncio.Task] = set()
    channels = itertools.cycle(("rest", "sms"))
    started = time.perf_counter()
    for k in itertools.count():
        due = started + k / rate
        if due - started >= seconds:
            break
        await asyncio.sleep(max(0.0, due - time.perf_counter()))
        channel = next(channels)
        # A person whose conversation is done steps aside; a new one starts when all are busy.
        pool = people[channel] = [
            p for p in people[channel] if p.busy or p.sent < len(CONVERSATION)
        ]
        person = next((p for p in pool if not p.busy), None)
        if person is None:
            person = load.new_person(channel)
            pool.append(person)
        person.busy = True
        task = asyncio.create_task(load.send(person))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
    if tasks:
        await asyncio.wait(tasks, timeout=REPLY_TIMEOUT + 10)
    return time.perf_counter() - started
