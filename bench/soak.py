"""Soak: a steady stream of messages over REST and SMS for five minutes, watching memory.

Starts this project's stack (Rasa, action server, web service; Redis
databases 14 and 15, a key prefix of its own) with the SMS channel pointed at
a local Twilio-compatible Messages API (tests/e2e/fake_twilio.py, in this
process). After a warm-up, messages go out at a fixed rate (``SOAK_RATE``,
default 5 a second), alternately over REST and as signed SMS webhooks (signed
with twilio's RequestValidator, as in bench/sms_bench.py). Each person sends
the REST benchmark's six-message conversation, one message at a time; a new
person starts whenever every current one is waiting for a reply, so the rate
holds however slow the replies are and conversations keep being created.

An error is a non-200 answer, a REST answer with no text, an SMS reply that
does not reach the Messages API within ``REPLY_TIMEOUT`` s, a reply carrying
the turn's "something went wrong" notice (a failed turn still answers, with
999 and helplines), or an exception.
Every 10 s the resident memory (``VmRSS`` from /proc, of the process and its
children) of Rasa, the action server and the web service is sampled; the
report gives each one's start, end and highest figure and the least-squares
slope in MB a minute. At the end the stack's Redis keys are checked for any
without an expiry.

Usage: python -m bench.soak (SOAK_SECONDS=60 for a quick check; SOAK_RATE=5)
Writes bench/out/soak.json, prints a table, and exits 1 on any error.
Figures are recorded in docs/benchmarks.md ("Soak").
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import secrets
import shutil
import statistics
import tarfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from cryptography.fernet import Fernet
from twilio.request_validator import RequestValidator

from bench.rest_bench import BENCH_LOCK_DB, BENCH_REDIS_DB, CONVERSATION, OUT
from bench.sms_bench import OUR_NUMBER, PUBLIC_URL, signed_webhook
from bot.safety.replies import UNAVAILABLE_RESPONSE, response_text
from common.medium import Medium
from scripts.stack import MODEL_PATH, Stack
from tests.e2e.conftest import delete_keys, stack_env
from tests.e2e.fake_twilio import Call, FakeTwilio
from tests.e2e.redis_keys import keys_without_ttl

SOAK_SECONDS = float(os.environ.get("SOAK_SECONDS", "300"))
SOAK_RATE = float(os.environ.get("SOAK_RATE", "5"))
SAMPLE_SECONDS = 10.0
REPLY_TIMEOUT = 60.0
WARM_UP_MESSAGES = 12
SERVICES = ("rasa", "actions", "web")
# Rasa runs a copy, so a `make train` elsewhere cannot swap the model mid-load.
MODEL_COPY = OUT / "soak-model.tar.gz"
# The turn's "something went wrong" notice: a reply with it is a failed turn.
UNAVAILABLE_WEB = response_text(UNAVAILABLE_RESPONSE, Medium.WEB)
UNAVAILABLE_SMS = "".join(response_text(UNAVAILABLE_RESPONSE, Medium.SMS).split())
# Memory counts as flat when it grows by less than this share of its start figure.
FLAT_SHARE = 0.05


# -- memory ----------------------------------------------------------------------


def _children(pid: int) -> list[int]:
    """Every descendant of pid (from /proc/<pid>/task/*/children)."""
    found: list[int] = []
    stack = [pid]
    while stack:
        current = stack.pop()
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                kids = [int(k) for k in (task / "children").read_text().split()]
            except OSError:
                continue
            found.extend(kids)
            stack.extend(kids)
    return found


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB (VmRSS, as psutil would read it)."""
    total_kb = 0
    for each in [pid, *_children(pid)]:
        try:
            status = Path(f"/proc/{each}/status").read_text()
        except OSError:
            continue  # exited between the listing and the read
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total_kb += int(line.split()[1])
    return round(total_kb / 1024, 1)


def slope_per_minute(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of (seconds, MB) points, in MB a minute."""
    if len(points) < 2:
        return 0.0
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    var = sum((x - mx) ** 2 for x in xs)
    if not var:
        return 0.0
    return round(60 * sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var, 2)


def memory_row(name: str, points: list[tuple[float, float]]) -> dict[str, float | str]:
    start, end = points[0][1], points[-1][1]
    return {
        "service": name,
        "start_mb": start,
        "end_mb": end,
        "max_mb": max(p[1] for p in points),
        "slope_mb_per_min": slope_per_minute(points),
        "flat": "yes" if end - start < FLAT_SHARE * start else "no",
    }


# -- load --------------------------------------------------------------------------


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


async def sample_memory(
    stack: Stack, samples: dict[str, list[tuple[float, float]]], stop: asyncio.Event
) -> None:
    started = time.perf_counter()
    pids = {s.name: s.process.pid for s in stack.services if s.name in SERVICES}
    while True:
        at = time.perf_counter() - started
        for name, pid in pids.items():
            samples[name].append((round(at, 1), rss_mb(pid)))
        try:
            await asyncio.wait_for(stop.wait(), SAMPLE_SECONDS)
            return
        except asyncio.TimeoutError:
            continue


def copy_model() -> Path:
    """A complete copy of the trained model (retried while a training run rewrites it)."""
    for _ in range(30):
        shutil.copyfile(MODEL_PATH, MODEL_COPY)
        try:
            with tarfile.open(MODEL_COPY) as archive:
                archive.getmembers()  # reads to the end: a half-written model fails here
            return MODEL_COPY
        except (tarfile.TarError, EOFError, OSError):
            time.sleep(10)
    raise SystemExit("soak: the model file stayed incomplete (is a training run going on?)")


def _ms(seconds: list[float], share: float) -> float:
    if not seconds:
        return 0.0
    ordered = sorted(seconds)
    return round(1000 * ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))], 1)


async def run(seconds: float, rate: float) -> dict:
    twilio = FakeTwilio()
    await twilio.start()
    env = stack_env() | {
        "REDIS_DB": BENCH_REDIS_DB,
        "REDIS_LOCK_DB": BENCH_LOCK_DB,
        "TWILIO_ACCOUNT_SID": twilio.account_sid,
        "TWILIO_AUTH_TOKEN": twilio.auth_token,
        "TWILIO_FROM_NUMBER": OUR_NUMBER,
        "TWILIO_API_URL": twilio.url,
        "SMS_PUBLIC_URL": PUBLIC_URL,
        "SMS_ID_SECRET": secrets.token_urlsafe(32),
        "SMS_NUMBER_KEY": Fernet.generate_key().decode(),
        # The production default (stack_env turns the cache off for the outage tests).
        "ACTION_HEALTH_CACHE_SECONDS": "2",
    }
    stack = Stack(env, log_dir=OUT / "logs", quiet=False)
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in SERVICES}
    try:
        stack.ensure_redis()
        stack.start_actions()
        stack.start_web()
        stack.start_rasa(copy_model())
        async with httpx.AsyncClient(timeout=REPLY_TIMEOUT) as client:
            load = Load(stack, twilio, client)
            for i in range(WARM_UP_MESSAGES):  # lazy loads happen here, not in the figures
                await load.send(load.new_person(("rest", "sms")[i % 2]))
            if sum(load.tally.errors.values()) or load.failed_sms_turns():
                raise SystemExit(f"soak: the warm-up failed ({load.tally.kinds}); see {OUT}/logs")
            load.tally = Tally()
            load.bodies = {number: [] for number in load.bodies}
            stop = asyncio.Event()
            sampler = asyncio.create_task(sample_memory(stack, samples, stop))
            print(f"soak: {rate:g} msg/s for {seconds:g} s over REST and SMS", flush=True)
            elapsed = await steady(load, seconds, rate)
            stop.set()
            await sampler
            await asyncio.sleep(1)  # the last SMS parts
            for _ in range(load.failed_sms_turns()):
                load.tally.error("sms", "failed turn")
        leaked_keys = keys_without_ttl(env)
    finally:
        stack.stop()
        delete_keys(env)
        await twilio.stop()
    tally = load.tally
    return {
        "seconds": round(elapsed, 1),
        "rate_per_s": rate,
        "sent": tally.sent,
        "errors": tally.errors,
        "error_kinds": tally.kinds,
        "people": next(load.ids),
        "latency_ms": {
            ch: {"p50": _ms(v, 0.5), "p95": _ms(v, 0.95), "max": _ms(v, 1.0)}
            for ch, v in tally.latencies.items()
        },
        "memory": [memory_row(name, points) for name, points in samples.items() if points],
        "samples": samples,
        "keys_without_ttl": leaked_keys,
    }


def table(result: dict) -> str:
    lines = [
        f"{result['seconds']:g} s at {result['rate_per_s']:g} msg/s: "
        f"REST {result['sent']['rest']} sent, {result['errors']['rest']} errors; "
        f"SMS {result['sent']['sms']} sent, {result['errors']['sms']} errors; "
        f"{result['people']} conversations; keys without an expiry: "
        f"{len(result['keys_without_ttl'])}",
        "",
        "| reply latency | p50 ms | p95 ms | max ms |",
        "|---|---|---|---|",
    ]
    for channel, lat in result["latency_ms"].items():
        lines.append(f"| {channel} | {lat['p50']} | {lat['p95']} | {lat['max']} |")
    lines += [
        "",
        "| RSS | start MB | end MB | max MB | slope MB/min | flat (< 5 % growth) |",
        "|---|---|---|---|---|---|",
    ]
    for row in result["memory"]:
        lines.append(
            f"| {row['service']} | {row['start_mb']} | {row['end_mb']} | {row['max_mb']} "
            f"| {row['slope_mb_per_min']} | {row['flat']} |"
        )
    return "\n".join(lines)


def main() -> int:
    if not MODEL_PATH.is_file():
        raise SystemExit("soak: no trained model; run `make train` first")
    OUT.mkdir(parents=True, exist_ok=True)
    result = asyncio.run(run(SOAK_SECONDS, SOAK_RATE))
    (OUT / "soak.json").write_text(json.dumps(result, indent=2) + "\n")
    print()
    print(table(result))
    if result["error_kinds"]:
        print("errors: " + ", ".join(f"{k} x{n}" for k, n in result["error_kinds"].items()))
    for name in result["keys_without_ttl"]:
        print(f"key without an expiry: {name}")
    failed = sum(result["errors"].values()) or result["keys_without_ttl"]
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
