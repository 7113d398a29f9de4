"""Resident memory of the stack's services, sampled while a load runs, and its trend.

``rss_mb`` reads VmRSS from /proc for a process and all its children (Rasa's
and the action server's workers count with them), as psutil would;
``memory_row`` reports a service's start, end, highest figure and the
least-squares slope, and whether it stayed flat.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from pathlib import Path

from scripts.stack import Stack

SAMPLE_SECONDS = 10.0
SERVICES = ("rasa", "actions", "web")
# Memory counts as flat when it grows by less than this share of its start figure.
FLAT_SHARE = 0.05


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


async def sample_memory(
    stack: Stack, samples: dict[str, list[tuple[float, float]]], stop: asyncio.Event
) -> None:
    """Appends (seconds, MB) for each service every SAMPLE_SECONDS until ``stop`` is set."""
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
