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

The load is bench/soak_load.py, the memory readings bench/soak_memory.py.

Usage: python -m bench.soak (SOAK_SECONDS=60 for a quick check; SOAK_RATE=5)
Writes bench/out/soak.json, prints a table, and exits 1 on any error.
Figures are recorded in docs/benchmarks.md ("Soak").
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import shutil
import tarfile
import time
from pathlib import Path

import httpx
from cryptography.fernet import Fernet

from bench.rest_bench import BENCH_LOCK_DB, BENCH_REDIS_DB, OUT
from bench.sms_bench import OUR_NUMBER, PUBLIC_URL
from bench.soak_load import REPLY_TIMEOUT, Load, Tally, steady
from bench.soak_memory import SERVICES, memory_row, sample_memory
from scripts.stack import MODEL_PATH, Stack
from tests.e2e.conftest import delete_keys, stack_env
from tests.e2e.fake_twilio import FakeTwilio
from tests.e2e.redis_keys import keys_without_ttl

SOAK_SECONDS = float(os.environ.get("SOAK_SECONDS", "300"))
SOAK_RATE = float(os.environ.get("SOAK_RATE", "5"))
WARM_UP_MESSAGES = 12
# Rasa runs a copy, so a `make train` elsewhere cannot swap the model mid-load.
MODEL_COPY = OUT / "soak-model.tar.gz"


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
