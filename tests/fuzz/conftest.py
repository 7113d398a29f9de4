"""Property-based fuzzing of the request parsers and the safety check (hypothesis).

Every test here runs with :data:`FUZZ`: a fixed seed (``derandomize``), no
example database and no per-example deadline, so a run in CI draws the same
inputs as a run on a laptop and cannot fail on a slow example. Time bounds
are asserted explicitly where they matter (the safety check on a huge message).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

T = TypeVar("T")


def fuzz(max_examples: int) -> settings:
    """Repeatable settings: the same examples every run, nothing saved between runs."""
    return settings(
        max_examples=max_examples,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow],
    )


# Any JSON value, as a client could send it.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12,
)


def timed(call: Callable[[], T], runs: int = 3) -> tuple[T, float]:
    """The call's result and its best time of ``runs``, in seconds.

    The best of three, as the safety timing tests do: the machine is shared,
    and another job's burst says nothing about the call's own cost.
    """
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        result = call()
        best = min(best, time.perf_counter() - start)
    return result, best
