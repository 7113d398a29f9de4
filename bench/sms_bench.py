"""SMS channel: webhook acknowledgement latency and end-to-end reply latency under load.

Starts this project's stack (Rasa, action server; Redis databases 14 and 15)
with the SMS channel configured against a local Twilio-compatible Messages API
(tests/e2e/fake_twilio.py, in this process). Every webhook is signed with
twilio's RequestValidator, exactly as Twilio would. Three loads:

1. one phone, one text at a time (the floor);
2. 50 phones texting at once, each sending its next text the moment the last
   reply arrives: the bot is saturated the whole time (a stress test);
3. 50 phones with a pause of about --think seconds (0.5x to 1.5x) between a
   reply and the next text, as people reading and typing would: busy, not
   saturated.

Measured:

* ack: from sending the webhook to getting the empty TwiML back (Twilio gives
  up after 15 s; the aim is p95 < 100 ms while the bot is busy), as seen by
  the load generator, and by an independent probe in a process of its own
  (one webhook every 50 ms from a number that has texted STOP, so it adds no
  turns): the probe is closer to what Twilio sees, because the load
  generator's own numbers include its own scheduling on the same cores;
* reply: from sending the webhook to the reply reaching the Messages API.

--limits repeats everything for each SMS_MAX_CONCURRENT_TURNS value given.

Usage: python -m bench.sms_bench [--phones 50] [--turns 12] [--think 2] [--limits 4]
Writes bench/out/sms_bench.json and prints a table.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import random
import secrets
import statistics
import time
from collections import defaultdict
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Event
from urllib.parse import urlencode

import httpx
from cryptography.fernet import Fernet
from twilio.request_validator import RequestValidator

# What a person typically texts, in order: the REST benchmark's conversation.
from bench.rest_bench import BENCH_LOCK_DB, BENCH_REDIS_DB, CONVERSATION, OUT
from scripts.stack import MODEL_PATH, Stack
from tests.e2e.conftest import delete_keys, stack_env
from tests.e2e.fake_twilio import Call, FakeTwilio

PUBLIC_URL = "https://sms.example.org/webhooks/sms/webhook"
OUR_NUMBER = "+447700900000"
REPLY_TIMEOUT = 120.0
# The independent prober (see probe()): its own number, one webhook every 50 ms.
PROBE_NUMBER = "+447700900999"
PROBE_INTERVAL = 0.05


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


class Phones:
    """Signed webhooks in, replies observed at the fake Messages API."""

    def __init__(self, stack: Stack, twilio: FakeTwilio) -> None:
        self.url = f"http://127.0.0.1:{stack.env['RASA_PORT']}/webhooks/sms/webhook"
        self.validator = RequestValidator(twilio.auth_token)
        self.replies: dict[str, asyncio.Queue[float]] = defaultdict(asyncio.Queue)
        twilio.listeners.append(self._on_message)

    def _on_message(self, call: Call) -> None:
        if call.status == 201:
            self.replies[call.form["To"]].put_nowait(time.perf_counter())

    async def text(self, client: httpx.AsyncClient, number: str, body: str) -> tuple[float, float]:
        """Sends one text; returns (ack seconds, reply seconds)."""
        content, headers = signed_webhook(self.validator, number, body)
        start = time.perf_counter()
        answer = await client.post(self.url, content=content, headers=headers)
        acked = time.perf_counter()
        answer.raise_for_status()
        replied = await asyncio.wait_for(self.replies[number].get(), REPLY_TIMEOUT)
        return acked - start, replied - start

    async def text_stop(self, number: str) -> None:
        """Texts STOP from number: later texts from it are acknowledged, then dropped."""
        content, headers = signed_webhook(self.validator, number, "STOP")
        async with httpx.AsyncClient(timeout=60) as client:
            (await client.post(self.url, content=content, headers=headers)).raise_for_status()


def signed_webhook(
    validator: RequestValidator, number: str, body: str
) -> tuple[str, dict[str, str]]:
    """An inbound-SMS webhook body and headers, signed as Twilio signs them."""
    params = {
        "ToCountry": "GB",
        "MessageSid": "SM" + secrets.token_hex(16),
        "NumMedia": "0",
        "From": number,
        "To": OUR_NUMBER,
        "Body": body,
        "ApiVersion": "2010-04-01",
    }
    headers = {
        "content-type": "application/x-www-form-urlencoded",
        "X-Twilio-Signature": validator.compute_signature(PUBLIC_URL, params),
    }
    return urlencode(params), headers


def probe(url: str, auth_token: str, ready: Event, stop: Event, out: Queue) -> None:
    """In a process of its own: one webhook every PROBE_INTERVAL s, timing each acknowledgement.

    The probe's number has texted STOP, so its messages are acknowledged and
    dropped without a turn: it measures what Twilio would wait, and adds no load.
    """
    validator = RequestValidator(auth_token)
    latencies = []
    with httpx.Client(timeout=60) as client:
        while not stop.is_set():
            content, headers = signed_webhook(validator, PROBE_NUMBER, "hello")
            start = time.perf_counter()
            client.post(url, content=content, headers=headers).raise_for_status()
            latencies.append(time.perf_counter() - start)
            ready.set()
            stop.wait(PROBE_INTERVAL)
    out.put(latencies)


async def _phone(
    phones: Phones,
    client: httpx.AsyncClient,
    number: str,
    turns: int,
    think: float,
    acks: list,
    replies: list,
) -> None:
    for i in range(turns):
        if think and i:
            await asyncio.sleep(think * random.uniform(0.5, 1.5))  # reading, then typing
        ack, reply = await phones.text(client, number, CONVERSATION[i % len(CONVERSATION)])
        acks.append(ack)
        replies.append(reply)


async def measure(
    phones: Phones, count: int, turns: int, think: float, first: int, auth_token: str
) -> dict[str, float]:
    acks: list[float] = []
    replies: list[float] = []
    # Ofcom's drama range (07700 900000-900999): never a real person's number.
    numbers = [f"+447700{900000 + first + i}" for i in range(count)]
    limits = httpx.Limits(max_connections=count + 5)
    context = multiprocessing.get_context("spawn")
    ready, stop, out = context.Event(), context.Event(), context.Queue()
    prober = context.Process(target=probe, args=(phones.url, auth_token, ready, stop, out))
    prober.start()
    if not await asyncio.to_thread(ready.wait, 60):
        raise RuntimeError("the acknowledgement probe did not start")
    async with httpx.AsyncClient(timeout=60, limits=limits) as client:
        start = time.perf_counter()
        await asyncio.gather(
            *(_phone(phones, client, n, turns, think, acks, replies) for n in numbers)
        )
        elapsed = time.perf_counter() - start
    stop.set()
    probed = await asyncio.to_thread(out.get, True, 60)
    prober.join(10)
    return {
        "phones": count,
        "think_s": think,
        "messages": len(acks),
        "msgs_per_s": round(len(acks) / elapsed, 1),
        "ack_p50_ms": _ms(statistics.median(acks)),
        "ack_p95_ms": _ms(_percentile(acks, 0.95)),
        "ack_max_ms": _ms(max(acks)),
        "probe_acks": len(probed),
        "probe_ack_p50_ms": _ms(statistics.median(probed)),
        "probe_ack_p95_ms": _ms(_percentile(probed, 0.95)),
        "probe_ack_max_ms": _ms(max(probed)),
        "reply_p50_ms": _ms(statistics.median(replies)),
        "reply_p95_ms": _ms(_percentile(replies, 0.95)),
    }


async def run(phones_count: int, turns: int, think: float, limits: list[int]) -> list[dict]:
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
        "SMS_MAX_CONCURRENT_TURNS": str(limits[0]),
        # The production default (stack_env turns the cache off for the outage tests).
        "ACTION_HEALTH_CACHE_SECONDS": "2",
    }
    stack = Stack(env, log_dir=OUT / "logs", quiet=False)
    results = []
    try:
        stack.start()
        phones = Phones(stack, twilio)
        await phones.text_stop(PROBE_NUMBER)
        first = 0  # each conversation gets a number of its own, so each starts fresh
        for run_index, limit in enumerate(limits):
            if run_index:
                stack.stop_service("rasa")
                stack.env["SMS_MAX_CONCURRENT_TURNS"] = str(limit)
                stack.start_rasa()
            await measure(phones, 1, 3, 0, first, twilio.auth_token)  # warm-up
            first += 1
            for count, n_turns, pause in ((1, turns * 3, 0), (phones_count, turns, 0)) + (
                ((phones_count, turns, think),) if think else ()
            ):
                row = await measure(phones, count, n_turns, pause, first, twilio.auth_token)
                first += count
                results.append({"max_concurrent_turns": limit, **row})
                print(json.dumps(results[-1]), flush=True)
    finally:
        stack.stop()
        delete_keys(env)
        await twilio.stop()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--phones", type=int, default=50, help="phones texting at once")
    parser.add_argument("--turns", type=int, default=12, help="messages per phone")
    parser.add_argument(
        "--think", type=float, default=2.0, help="mean pause between a reply and the next text"
    )
    parser.add_argument("--limits", default="4", help="SMS_MAX_CONCURRENT_TURNS values, e.g. 2,4")
    args = parser.parse_args()
    if not MODEL_PATH.is_file():
        raise SystemExit("bench: no trained model; run `make train` first")
    OUT.mkdir(parents=True, exist_ok=True)
    limits = [int(v) for v in args.limits.split(",") if v.strip()]
    results = asyncio.run(run(args.phones, args.turns, args.think, limits))
    (OUT / "sms_bench.json").write_text(json.dumps(results, indent=2) + "\n")
    print()
    columns = ["turns in flight", "phones", "pause s", "messages", "msg/s", "ack p50 ms"]
    columns += ["ack p95 ms"]
    columns += ["ack max ms", "probe ack p50 / p95 / max ms", "reply p50 ms", "reply p95 ms"]
    print("| " + " | ".join(columns) + " |")
    print("|" + "---|" * len(columns))
    for r in results:
        print(
            f"| {r['max_concurrent_turns']} | {r['phones']} | {r['think_s']} | {r['messages']} "
            f"| {r['msgs_per_s']} "
            f"| {r['ack_p50_ms']} | {r['ack_p95_ms']} | {r['ack_max_ms']} "
            f"| {r['probe_ack_p50_ms']} / {r['probe_ack_p95_ms']} / {r['probe_ack_max_ms']} "
            f"| {r['reply_p50_ms']} | {r['reply_p95_ms']} |"
        )


if __name__ == "__main__":
    main()
