"""Handover latency: victim → console, and advocate → victim on web chat and SMS.

Starts this project's stack (Rasa, action server, web service; Redis databases
14 and 15) with the SMS channel against the local Twilio-compatible server, in
this process. 20 people (half by web chat, half by SMS) ask for a person and
wait; one advocate signs in to the console's API, claims every handover and
holds an event stream open (Server-Sent Events), as the console page does.
Then, for every handover at once, --rounds times:

* **victim → console**: the person sends a message; the clock stops when the
  console's event stream has announced it and the console has fetched the new
  transcript line (what the page does before showing it);
* **advocate → web** / **advocate → SMS**: the advocate posts a reply; the
  clock stops when the widget's socket receives it, or when the text reaches
  the Messages API.

Usage: python -m bench.handover_bench [--people 20] [--rounds 5]
Writes bench/out/handover_bench.json and prints a table.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from collections import defaultdict
from typing import Any

import httpx

from bench.rest_bench import BENCH_LOCK_DB, BENCH_REDIS_DB, OUT
from scripts.stack import MODEL_PATH, Stack
from tests.e2e.conftest import delete_keys, stack_env
from tests.e2e.fake_twilio import Call, FakeTwilio
from tests.e2e.handover_people import Console, WebVictim, sms_hand_over
from tests.e2e.sms_env import sms_env
from tests.e2e.test_sms import Phone

NUMBERS = (f"+447700900{n:03d}" for n in range(700, 999))


def _pct(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] * 1000, 1)


class Stream:
    """The console's event stream: when each handover's latest message was announced."""

    def __init__(self, console: Console) -> None:
        self.console = console
        self.seen: dict[str, asyncio.Queue[float]] = defaultdict(asyncio.Queue)
        self.task: asyncio.Task | None = None

    async def run(self) -> None:
        async with (
            httpx.AsyncClient(base_url=self.console.base, cookies=self.console.http.cookies) as c,
            c.stream("GET", "/advocate/api/events", timeout=None) as answer,
        ):
            kind = ""
            async for line in answer.aiter_lines():
                if line.startswith("event: "):
                    kind = line[7:]
                elif line.startswith("data: ") and kind == "message":
                    self.seen[json.loads(line[6:])["handover_id"]].put_nowait(time.perf_counter())


async def main(people: int, rounds: int) -> dict[str, Any]:
    assert MODEL_PATH.is_file(), "train first: make train"
    twilio = FakeTwilio()
    await twilio.start()
    env = stack_env() | sms_env(twilio)
    env |= {
        "REDIS_DB": BENCH_REDIS_DB,
        "REDIS_LOCK_DB": BENCH_LOCK_DB,
        "HANDOVER_HOURS": "always",
        "ADVOCATE_COOKIE_SECURE": "false",
        "WEBCHAT_RATE_PER_MINUTE": "120",
    }
    OUT.mkdir(parents=True, exist_ok=True)
    stack = Stack(env, log_dir=OUT / "logs", quiet=True)
    await asyncio.to_thread(stack.start)
    try:
        return await _measure(env, stack, twilio, people, rounds)
    finally:
        await asyncio.to_thread(stack.stop)
        delete_keys(env)
        await twilio.stop()


async def _measure(
    env: dict[str, str], stack: Stack, twilio: FakeTwilio, people: int, rounds: int
) -> dict[str, Any]:
    phone = Phone(stack, twilio)
    webs = [await WebVictim.open(env) for _ in range(people // 2)]
    numbers = [next(NUMBERS) for _ in range(people - len(webs))]
    await asyncio.gather(*(w.hand_over() for w in webs))
    await asyncio.gather(*(asyncio.to_thread(sms_hand_over, phone, n) for n in numbers))

    console = await asyncio.to_thread(Console, env, "bench")
    rows = await asyncio.to_thread(console.queue)
    web_ids = [r["id"] for r in rows if r["channel"] == "web" and r["state"] == "waiting"]
    sms_ids = [r["id"] for r in rows if r["channel"] == "sms" and r["state"] == "waiting"]
    assert len(web_ids) == len(webs) and len(sms_ids) == len(numbers), rows
    for handover_id in web_ids + sms_ids:
        assert (await asyncio.to_thread(console.post, f"handovers/{handover_id}/claim")).is_success
    for web in webs:  # the "advocate has joined" notice
        await web.pushed()
    # Which web victim is which handover: each says its name once.
    owner: dict[int, str] = {}
    stream = Stream(console)
    stream.task = asyncio.get_running_loop().create_task(stream.run())
    await asyncio.sleep(1.0)

    arrivals: dict[str, asyncio.Queue[float]] = defaultdict(asyncio.Queue)

    def on_sms(call: Call) -> None:
        arrivals[call.form.get("To", "")].put_nowait(time.perf_counter())

    twilio.listeners.append(on_sms)
    sms_of = dict(zip(sms_ids, numbers, strict=True))
    timings: dict[str, list[float]] = defaultdict(list)
    web_by_id: dict[str, WebVictim] = {}

    async def to_console_web(index: int, web: WebVictim, n: int) -> None:
        marker = f"web {index} round {n}"
        start = time.perf_counter()
        assert await web.say(marker) == []  # claimed: quiet, the advocate answers
        handover_id = owner.get(index)
        if handover_id is None:  # first round: find whose transcript has the marker
            for candidate in web_ids:
                detail = await asyncio.to_thread(console.get, f"handovers/{candidate}")
                if any(line["text"] == marker for line in detail["transcript"]):
                    owner[index] = handover_id = candidate
                    web_by_id[candidate] = web
                    break
            assert handover_id is not None
            return
        await asyncio.wait_for(stream.seen[handover_id].get(), 30)
        await asyncio.to_thread(console.get, f"handovers/{handover_id}")
        timings["victim → console (web)"].append(time.perf_counter() - start)

    async def to_console_sms(handover_id: str, n: int) -> None:
        start = time.perf_counter()
        await asyncio.to_thread(phone.text, sms_of[handover_id], f"sms round {n}")
        await asyncio.wait_for(stream.seen[handover_id].get(), 30)
        await asyncio.to_thread(console.get, f"handovers/{handover_id}")
        if n:  # round 0 is the untimed warm-up, as for the web victims
            timings["victim → console (SMS)"].append(time.perf_counter() - start)

    async def reply_web(handover_id: str, n: int) -> None:
        start = time.perf_counter()
        answer = await asyncio.to_thread(
            console.post, f"handovers/{handover_id}/reply", {"text": f"Thanks, round {n}."}
        )
        assert answer.is_success, answer.text
        await web_by_id[handover_id].pushed()
        timings["advocate → web chat"].append(time.perf_counter() - start)

    async def reply_sms(handover_id: str, n: int) -> None:
        start = time.perf_counter()
        answer = await asyncio.to_thread(
            console.post, f"handovers/{handover_id}/reply", {"text": f"Thanks, round {n}."}
        )
        assert answer.is_success, answer.text
        arrived = await asyncio.wait_for(arrivals[sms_of[handover_id]].get(), 30)
        timings["advocate → SMS"].append(arrived - start)

    for n in range(rounds + 1):  # round 0 maps web victims to handovers, untimed
        await asyncio.gather(
            *(to_console_web(i, w, n) for i, w in enumerate(webs)),
            *(to_console_sms(h, n) for h in sms_ids),
        )
        for queue in stream.seen.values():  # drop announcements of our own replies
            while not queue.empty():
                queue.get_nowait()
        if n == 0:
            continue
        await asyncio.gather(
            *(reply_web(h, n) for h in web_ids), *(reply_sms(h, n) for h in sms_ids)
        )
        for queue in stream.seen.values():
            while not queue.empty():
                queue.get_nowait()

    stream.task.cancel()
    for web in webs:
        await web.client.close()
    return {
        "people": people,
        "rounds": rounds,
        "rows": {
            name: {
                "n": len(values),
                "p50_ms": _pct(values, 0.5),
                "p95_ms": _pct(values, 0.95),
                "mean_ms": round(statistics.mean(values) * 1000, 1),
            }
            for name, values in timings.items()
        },
    }


def table(result: dict[str, Any]) -> str:
    lines = [
        f"Handover latency, {result['people']} handovers at once, {result['rounds']} rounds",
        f"{'path':28s} {'n':>4s} {'p50 ms':>8s} {'p95 ms':>8s}",
    ]
    for name, row in result["rows"].items():
        lines.append(f"{name:28s} {row['n']:4d} {row['p50_ms']:8.1f} {row['p95_ms']:8.1f}")
    return "\n".join(lines)


def cli() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    result = asyncio.run(main(args.people, args.rounds))
    (OUT / "handover_bench.json").write_text(json.dumps(result, indent=2))
    print(table(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(cli())
