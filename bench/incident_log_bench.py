"""Incident log: extraction time per message (p50/p95), export time for 200 entries,
and the cost of a turn inside the log mode compared with an ordinary turn.

Run: ``.venv/bin/python -m bench.incident_log_bench`` (part of ``make bench``);
``--no-stack`` skips the turn comparison (which starts the real stack, about a minute).

The turn comparison runs the shipped model, action server and Redis (bench
databases 14 and 15) over REST, one conversation at a time: ordinary turns go
through Rasa (NLU, policies, a response); turns inside the log mode are answered
by the mode (sealed draft read and written in Redis, the extraction on the
account) and never reach Rasa. The machine is shared and noisy: compare the
ratio within one run, not absolute times across runs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import secrets
import statistics
import tempfile
import time
import uuid
from pathlib import Path

import httpx

from incident_log.export import to_csv, to_pdf
from incident_log.extract import LONDON, extract
from incident_log.model import Entry, Reported

MESSAGES = [
    "he was outside my work last night about half 9",
    "Tues just gone he followed me home from the bus stop in Crewe",
    "red ford fiesta reg AB12 CDE sat outside the house for 2 hours",
    "texts from 07700 900123 all nite and emails from jsmith1987@gmail.com",
    "new account @dazza.b followed me, he posted on www.example.co.uk/blog",
    "yesterday around quarter past 6 he was behind me in the car near Northwich",
    "on 12 oct he sent a letter to my mums in Nantwich",
    "he keeps watching me and i am scared",
]
WRITTEN = dt.datetime(2026, 11, 28, 10, 0, tzinfo=LONDON)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _entries(count: int) -> list[Entry]:
    start = dt.datetime(2026, 1, 1, 20, 0, tzinfo=LONDON)
    return [
        Entry(
            recorded_at=start + dt.timedelta(days=i, hours=1),
            occurred_at=start + dt.timedelta(days=i),
            occurred_phrase="about 8 last night",
            where="outside my work, Market Street, Crewe",
            what="He stood across the road watching me, then followed me to the bus stop. " * 2,
            description="Grey hoodie, red Ford Fiesta AB12 CDE",
            witnesses="Sam from the bakery",
            evidence="Photos on my sister's phone",
            reported=Reported(to_police=True, officer="PC Patel", crime_reference=f"CC-{i}"),
            impact="Scared to go out, not sleeping",
        )
        for i in range(count)
    ]


ORDINARY = ["what counts as stalking", "how do i report it", "should i block him", "thanks"]
# One entry: the request (through Rasa, not timed), then the account and answers in the mode.
IN_MODE = [
    "he was outside my work in Crewe last night about half 9, red car AB12 CDE",
    "skip",
    "no",
    "no",
    "no",
    "scared",
    "don't save",
]


def _timed_post(client: httpx.Client, url: str, sender: str, text: str) -> float:
    began = time.perf_counter()
    reply = client.post(url, json={"sender": sender, "message": text}, timeout=60)
    reply.raise_for_status()
    return (time.perf_counter() - began) * 1000


def turn_costs(rounds: int) -> tuple[list[float], list[float]]:
    """Milliseconds per ordinary turn and per turn inside the log mode, over REST."""
    from scripts.stack import Stack
    from tests.e2e.conftest import delete_keys, stack_env

    env = stack_env() | {
        "REDIS_DB": "14",
        "REDIS_LOCK_DB": "15",
        "INCIDENT_LOG_SECRET": secrets.token_urlsafe(32),
    }
    ordinary: list[float] = []
    in_mode: list[float] = []
    stack = Stack(env, log_dir=Path(tempfile.mkdtemp(prefix="ilog-bench-")), quiet=True).start()
    try:
        url = f"http://127.0.0.1:{env['RASA_PORT']}/webhooks/rest/webhook"
        with httpx.Client() as client:
            for _ in range(rounds):
                sender = "bench-" + uuid.uuid4().hex
                _timed_post(client, url, sender, "hello")  # a warm, existing conversation
                ordinary += [_timed_post(client, url, sender, t) for t in ORDINARY]
                _timed_post(client, url, sender, "i want to log something")
                in_mode += [_timed_post(client, url, sender, t) for t in IN_MODE]
    finally:
        stack.stop()
        delete_keys(env)
    return ordinary, in_mode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-stack", action="store_true", help="skip the turn comparison")
    parser.add_argument("--rounds", type=int, default=10, help="conversations for the turns")
    args = parser.parse_args()
    extract(MESSAGES[0], WRITTEN)  # builds the pipeline once
    times = []
    for _ in range(25):
        for message in MESSAGES:
            began = time.perf_counter()
            extract(message, WRITTEN)
            times.append((time.perf_counter() - began) * 1000)
    print(
        f"incident log extraction: {len(times)} messages, "
        f"p50 {statistics.median(times):.1f} ms, p95 {_percentile(times, 0.95):.1f} ms"
    )
    entries = _entries(200)
    began = time.perf_counter()
    pdf = to_pdf(entries, WRITTEN)
    pdf_ms = (time.perf_counter() - began) * 1000
    began = time.perf_counter()
    to_csv(entries)
    csv_ms = (time.perf_counter() - began) * 1000
    print(
        f"incident log export, 200 entries: PDF {pdf_ms:.0f} ms ({len(pdf) // 1024} KiB), "
        f"CSV {csv_ms:.1f} ms"
    )
    if args.no_stack:
        return
    ordinary, in_mode = turn_costs(args.rounds)
    p50_ordinary, p50_mode = statistics.median(ordinary), statistics.median(in_mode)
    print(
        f"incident log turn over REST: ordinary p50 {p50_ordinary:.0f} ms "
        f"(p95 {_percentile(ordinary, 0.95):.0f}, n={len(ordinary)}), in the log mode "
        f"p50 {p50_mode:.0f} ms (p95 {_percentile(in_mode, 0.95):.0f}, n={len(in_mode)}); "
        f"ratio {p50_mode / p50_ordinary:.2f}"
    )


if __name__ == "__main__":
    main()
