"""Web chat: reply latency in a real browser, and throughput beside the REST channel.

Starts this project's stack (Redis databases 14 and 15, a unique key prefix)
and measures:

1. **browser**: in Debian's chromium (Playwright), the time from the person
   pressing Enter in the widget to the reply rendered in the page, timed in
   the page itself (``performance.now()`` and a MutationObserver), one
   conversation, p50/p95;
2. **throughput**: 20 conversations at once, each sending the REST bench's
   conversation one message after another (the next as soon as the reply is
   in), over socket.io (the widget's protocol, ``bench/sio_client.py``) and
   over the REST channel, in the same run, alternating, twice each. Reported:
   messages per second and per-message latency p50/p95.

Usage: python -m bench.webchat_bench [--conversations 20] [--rounds 2] [--browser-messages 18]
Writes bench/out/webchat_bench.json and prints a table.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
import uuid

import httpx
from playwright.sync_api import sync_playwright

from bench.rest_bench import BENCH_LOCK_DB, BENCH_REDIS_DB, CONVERSATION, OUT
from bench.sio_client import SioClient
from scripts.stack import MODEL_PATH, Stack
from tests.e2e.conftest import delete_keys, stack_env

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip

# Sends one message through the widget's form and resolves, in milliseconds,
# when the first bot message answering it is in the page.
_SEND_AND_TIME = """
(text) => new Promise((resolve) => {
  const bots = () => document.querySelectorAll('.hru-wc-msg--bot').length;
  const before = bots();
  const observer = new MutationObserver(() => {
    if (bots() > before) { observer.disconnect(); resolve(performance.now() - t0); }
  });
  observer.observe(document.querySelector('.hru-wc-log'), { childList: true, subtree: true });
  const input = document.getElementById('hru-wc-input');
  input.value = text;
  const t0 = performance.now();
  input.form.requestSubmit();
})
"""


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summary(latencies: list[float], elapsed: float | None = None) -> dict[str, float]:
    out = {
        "messages": len(latencies),
        "p50_ms": round(statistics.median(latencies), 1),
        "p95_ms": round(pct(latencies, 0.95), 1),
    }
    if elapsed is not None:
        out["msgs_per_s"] = round(len(latencies) / elapsed, 1)
    return out


def browser_latency(demo_url: str, messages: int) -> dict[str, float]:
    latencies: list[float] = []
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(demo_url)
        page.get_by_role("button", name="Chat with us").click()
        page.evaluate(_SEND_AND_TIME, "hello")  # warm-up: connect and first turn
        for i in range(messages):
            latencies.append(page.evaluate(_SEND_AND_TIME, CONVERSATION[i % len(CONVERSATION)]))
            page.wait_for_timeout(50)
        browser.close()
    return summary(latencies)


async def socketio_load(env: dict[str, str], conversations: int) -> tuple[list[float], float]:
    server = f"http://127.0.0.1:{env['RASA_PORT']}"
    origin = env["WEBCHAT_ALLOWED_ORIGINS"].split(",")[0]
    clients = [await SioClient.connect(server, origin) for _ in range(conversations)]
    for client in clients:
        await client.call("hello")
    latencies: list[float] = []

    async def talk(client: SioClient) -> None:
        for text in CONVERSATION:
            start = time.perf_counter()
            ack = await client.call("message", {"id": uuid.uuid4().hex, "text": text})
            assert ack["status"] == "accepted", ack
            await client.next_event("bot")
            latencies.append((time.perf_counter() - start) * 1000)

    start = time.perf_counter()
    await asyncio.gather(*(talk(c) for c in clients))
    elapsed = time.perf_counter() - start
    for client in clients:
        await client.call("clear")
        await client.close()
    return latencies, elapsed


async def rest_load(env: dict[str, str], conversations: int) -> tuple[list[float], float]:
    url = f"http://127.0.0.1:{env['RASA_PORT']}/webhooks/rest/webhook"
    latencies: list[float] = []
    limits = httpx.Limits(max_connections=conversations)
    async with httpx.AsyncClient(timeout=120, limits=limits) as client:

        async def talk(sender: str) -> None:
            for text in CONVERSATION:
                start = time.perf_counter()
                reply = await client.post(url, json={"sender": sender, "message": text})
                reply.raise_for_status()
                latencies.append((time.perf_counter() - start) * 1000)

        start = time.perf_counter()
        await asyncio.gather(*(talk(f"bench-{uuid.uuid4().hex}") for _ in range(conversations)))
        return latencies, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--browser-messages", type=int, default=18)
    args = parser.parse_args()
    if not MODEL_PATH.is_file():
        raise SystemExit("train first: make train")

    env = stack_env() | {
        "REDIS_DB": BENCH_REDIS_DB,
        "REDIS_LOCK_DB": BENCH_LOCK_DB,
        # The bench sends faster than a person may; the limit is not what is measured.
        "WEBCHAT_RATE_PER_MINUTE": "10000",
        "ACTION_HEALTH_CACHE_SECONDS": "2",
    }
    OUT.mkdir(parents=True, exist_ok=True)
    stack = Stack(env, log_dir=OUT / "logs", quiet=False)
    results: dict[str, object] = {"conversations": args.conversations}
    try:
        stack.start()
        demo = f"http://127.0.0.1:{env['WEB_PORT']}/"
        results["browser"] = browser_latency(demo, args.browser_messages)
        runs: dict[str, list[dict[str, float]]] = {"rest": [], "socketio": []}
        for _ in range(args.rounds):
            for name, load in (("rest", rest_load), ("socketio", socketio_load)):
                latencies, elapsed = asyncio.run(load(env, args.conversations))
                runs[name].append(summary(latencies, elapsed))
        results["throughput"] = runs
    finally:
        stack.stop()
        delete_keys(env)

    (OUT / "webchat_bench.json").write_text(json.dumps(results, indent=2))
    b = results["browser"]
    print(f"\nweb chat, message -> reply rendered in chromium: p50 {b['p50_ms']} ms, "
          f"p95 {b['p95_ms']} ms ({b['messages']} messages)")  # fmt: skip
    print(f"\n{args.conversations} conversations at once   msgs/s   p50 ms   p95 ms")
    for name, label in (("rest", "REST channel"), ("socketio", "socket.io (web chat)")):
        for run in runs[name]:
            print(f"  {label:<26} {run['msgs_per_s']:>6}   {run['p50_ms']:>6}   {run['p95_ms']:>6}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
