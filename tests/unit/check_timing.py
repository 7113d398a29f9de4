"""How long the safety check takes on one text, for the tests that bound its cost."""

from __future__ import annotations

import time

from bot.safety.detector import assess_afresh


def best_time(text: str, runs: int = 3) -> float:
    """The fastest of a few runs: the machine is shared, so single timings jump."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        assess_afresh(text)  # not assess(): its cache would answer the second run
        times.append(time.perf_counter() - started)
    return min(times)
