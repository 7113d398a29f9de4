"""Directory and eligibility lookups: in-process and over the web service's HTTP API.

In-process numbers time the library calls the actions make; HTTP numbers time
a real ``python -m web.server`` process on loopback. Compare within one run:
the machine is shared.

Usage: python -m bench.signposting_bench [--n N]
Writes bench/out/signposting_bench.json and prints a table.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from datetime import datetime, timezone

import httpx

from scripts.stack import ROOT, Stack, settings
from signposting.directory import load_directory
from signposting.eligibility import Facts, assess_orders, questions_that_matter
from signposting.recommend import services_reply
from tests.e2e.conftest import free_port

OUT = ROOT / "bench" / "out"
NOW = datetime(2026, 11, 24, 11, 0, tzinfo=timezone.utc)
EX_PARTNER_FACTS = {
    "relationship": "ex_partner",
    "lived_together": True,
    "behaviours": ["following", "threats"],
    "reported": True,
    "case_outcome": "charged",
    "area": "warrington",
}
EX_PARTNER = Facts.parse_obj(EX_PARTNER_FACTS)


def timed(call: Callable[[], object], n: int) -> dict[str, float]:
    call()  # warm caches (the directory is loaded once per process)
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        call()
        samples.append(time.perf_counter() - start)
    samples.sort()
    return {
        "n": n,
        "p50_ms": round(statistics.median(samples) * 1000, 3),
        "p95_ms": round(samples[int(0.95 * (n - 1))] * 1000, 3),
    }


def in_process_cases() -> dict[str, Callable[[], object]]:
    directory = load_directory()
    cases: dict[str, Callable[[], object]] = {
        "find(stalking)": lambda: directory.find(needs={"stalking"}, at=NOW),
        "find(men, warrington, open now)": lambda: directory.find(
            needs={"domestic_abuse"}, identities={"men"}, area="warrington", at=NOW
        ),
        "services_reply(free text, sms)": lambda: services_reply(
            "im a man being stalked by my ex in warrington, who can help", "sms", NOW
        ),
    }
    cases["assess_orders(ex-partner, charged)"] = lambda: assess_orders(EX_PARTNER)
    cases["questions_that_matter(nothing known)"] = lambda: questions_that_matter(Facts())
    cases["questions_that_matter(ex-partner)"] = lambda: questions_that_matter(
        Facts(relationship="ex_partner")
    )
    return cases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=2000, help="calls per in-process case")
    args = parser.parse_args()
    results: dict[str, dict[str, float]] = {}
    for name, call in in_process_cases().items():
        results[f"in-process {name}"] = timed(call, args.n)

    env = settings({"WEB_PORT": str(free_port()), "WEB_INTERFACE": "127.0.0.1"})
    stack = Stack(env, log_dir=OUT / "logs", quiet=True)
    try:
        stack.start_web()
        base = f"http://127.0.0.1:{env['WEB_PORT']}"
        with httpx.Client(base_url=base, timeout=10) as client:
            for name, path in {
                "GET /api/services?need=stalking": "/api/services?need=stalking",
                "GET /api/services (men, warrington, open)": "/api/services?need=domestic_abuse"
                "&identity=men&area=warrington&open_now=true",
            }.items():
                results[f"HTTP {name}"] = timed(
                    lambda p=path: client.get(p).raise_for_status(), 300
                )
            results["HTTP POST /api/eligibility (ex-partner, charged)"] = timed(
                lambda: client.post("/api/eligibility", json=EX_PARTNER_FACTS).raise_for_status(),
                300,
            )
    finally:
        stack.stop()

    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "signposting_bench.json").write_text(json.dumps(results, indent=2))
    print(f"{'case':58s} {'n':>5s} {'p50 ms':>8s} {'p95 ms':>8s}")
    for name, row in results.items():
        print(f"{name:58s} {row['n']:5d} {row['p50_ms']:8.3f} {row['p95_ms']:8.3f}")


if __name__ == "__main__":
    main()
