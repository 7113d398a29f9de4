"""Incident log: extraction time per message (p50/p95) and export time for 200 entries.

Run: ``.venv/bin/python -m bench.incident_log_bench`` (part of ``make bench``).
"""

from __future__ import annotations

import datetime as dt
import statistics
import time

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


def main() -> None:
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


if __name__ == "__main__":
    main()
