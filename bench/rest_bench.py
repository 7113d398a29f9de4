"""Throughput and latency over the REST channel: this bot vs a stock `rasa init` bot.

Both bots run in the same session against the same Redis (tracker and lock
stores, separate key prefixes), and get the same messages, at 1 and at 20
concurrent conversations. The machine is shared and noisy, so compare the
ratio between the two bots in one run rather than absolute numbers across runs.

Usage: python -m bench.rest_bench [--turns N]
Writes bench/out/rest_bench.json and prints a table.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import subprocess
import time
import uuid
from pathlib import Path

import httpx

from scripts.stack import ROOT, VENV_BIN, Stack, wait_for_http
from tests.e2e.conftest import delete_keys, free_port, stack_env

OUT = ROOT / "bench" / "out"
STOCK_DIR = OUT / "stock-bot"
BENCH_REDIS_DB, BENCH_LOCK_DB = "14", "15"
# One conversation: what a person typically sends, in order.
CONVERSATION = [
    "hello",
    "what counts as stalking",
    "how do i keep a record of what happens",
    "should i block him",
    "how do i report it",
    "thanks",
]


def stock_bot() -> Path:
    """Creates and trains the stock `rasa init` bot once (reused across runs)."""
    model_dir = STOCK_DIR / "models"
    if model_dir.is_dir() and any(model_dir.glob("*.tar.gz")):
        return STOCK_DIR
    shutil.rmtree(STOCK_DIR, ignore_errors=True)
    STOCK_DIR.mkdir(parents=True)  # rasa init refuses a folder that does not exist
    print("bench: creating and training the stock `rasa init` bot (once)", flush=True)
    subprocess.run(
        [str(VENV_BIN / "rasa"), "init", "--no-prompt", "--init-dir", str(STOCK_DIR)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    return STOCK_DIR


def start_stock(env: dict[str, str], log_dir: Path) -> subprocess.Popen:
    """Runs the stock bot with this project's Redis tracker and lock stores."""
    endpoints = STOCK_DIR / "endpoints-bench.yml"
    endpoints.write_text((ROOT / "endpoints.yml").read_text().split("action_endpoint")[0] + (
        "tracker_store:\n  type: redis\n  url: ${REDIS_HOST}\n  port: ${REDIS_PORT}\n"
        "  db: ${REDIS_DB}\n  key_prefix: ${REDIS_KEY_PREFIX}\n"
        "  record_exp: ${TRACKER_RETENTION_SECONDS}\n"
        "lock_store:\n  type: redis\n  url: ${REDIS_HOST}\n  port: ${REDIS_PORT}\n"
        "  db: ${REDIS_LOCK_DB}\n  key_prefix: ${REDIS_KEY_PREFIX}\n"
    ))  # fmt: skip
    model = sorted((STOCK_DIR / "models").glob("*.tar.gz"))[-1]
    log = (log_dir / "stock-rasa.log").open("ab")
    process = subprocess.Popen(
        [str(VENV_BIN / "rasa"), "run", "--model", str(model), "--endpoints", str(endpoints),
         "--credentials", str(STOCK_DIR / "credentials.yml"), "--port", env["RASA_PORT"],
         "--interface", "127.0.0.1"],
        cwd=STOCK_DIR, env={**os.environ, **env}, stdout=log,
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    wait_for_http(f"http://127.0.0.1:{env['RASA_PORT']}/webhooks/rest/", 300, process)
    return process


async def _conversation(client: httpx.AsyncClient, url: str, turns: int, out: list[float]):
    sender = "bench-" + uuid.uuid4().hex
    for i in range(turns):
        start = time.perf_counter()
        reply = await client.post(url, json={"sender": sender, "message": CONVERSATION[i % 6]})
        out.append(time.perf_counter() - start)
        reply.raise_for_status()


async def measure(port: str, concurrency: int, turns: int) -> dict[str, float]:
    url = f"http://127.0.0.1:{port}/webhooks/rest/webhook"
    latencies: list[float] = []
    limits = httpx.Limits(max_connections=concurrency + 2)
    async with httpx.AsyncClient(timeout=120, limits=limits) as client:
        await _conversation(client, url, 3, [])  # warm-up
        start = time.perf_counter()
        await asyncio.gather(
            *(_conversation(client, url, turns, latencies) for _ in range(concurrency))
        )
        elapsed = time.perf_counter() - start
    latencies.sort()
    return {
        "concurrency": concurrency,
        "messages": len(latencies),
        "msgs_per_s": round(len(latencies) / elapsed, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 1),
        "p95_ms": round(latencies[int(0.95 * (len(latencies) - 1))] * 1000, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--turns", type=int, default=30, help="messages per conversation")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    stock_bot()

    ours_env = stack_env() | {"REDIS_DB": BENCH_REDIS_DB, "REDIS_LOCK_DB": BENCH_LOCK_DB}
    stock_env = ours_env | {
        "RASA_PORT": str(free_port()),
        "REDIS_KEY_PREFIX": "benchstock" + uuid.uuid4().hex[:8],
    }
    stack = Stack(ours_env, log_dir=OUT / "logs", quiet=True)
    stock = None
    results: dict[str, list[dict[str, float]]] = {"this_bot": [], "stock_rasa_init": []}
    try:
        stack.start()
        stock = start_stock(stock_env, OUT / "logs")
        # Interleave the bots at each concurrency so both see the same machine load.
        for concurrency in (1, 20):
            turns = args.turns if concurrency == 1 else max(6, args.turns // 3)
            results["this_bot"].append(
                asyncio.run(measure(ours_env["RASA_PORT"], concurrency, turns))
            )
            results["stock_rasa_init"].append(
                asyncio.run(measure(stock_env["RASA_PORT"], concurrency, turns))
            )
    finally:
        stack.stop()
        if stock is not None:
            stock.terminate()
            stock.wait(30)
        delete_keys(ours_env)
        delete_keys(stock_env)

    (OUT / "rest_bench.json").write_text(json.dumps(results, indent=2))
    print(f"{'bot':18s} {'conc':>4s} {'msgs':>5s} {'msg/s':>7s} {'p50 ms':>8s} {'p95 ms':>8s}")
    for bot, rows in results.items():
        for r in rows:
            print(f"{bot:18s} {r['concurrency']:4d} {r['messages']:5d} {r['msgs_per_s']:7.1f} "
                  f"{r['p50_ms']:8.1f} {r['p95_ms']:8.1f}")  # fmt: skip
    for ours, stock_row in zip(results["this_bot"], results["stock_rasa_init"], strict=True):
        ratio = stock_row["p50_ms"] / ours["p50_ms"]
        print(f"concurrency {ours['concurrency']}: stock p50 / this bot p50 = {ratio:.2f}")


if __name__ == "__main__":
    main()
