"""Fixtures for the incident log: a vault on the test Redis database, cheap KDF."""

from __future__ import annotations

import datetime as dt

import pytest
import redis

from incident_log.extract import LONDON
from incident_log.model import Entry, Reported
from incident_log.vault import KdfParams, Vault

# The real parameters take ~0.1 s and 32 MiB a derivation; tests use far less.
CHEAP = KdfParams(n=2**10, r=8, p=1)
SECRET = "test-secret-" + "x" * 32


@pytest.fixture
def vault(redis_conn: redis.Redis, redis_test_prefix: str) -> Vault:
    return Vault(redis_conn, secret=SECRET, prefix=redis_test_prefix, kdf=CHEAP, max_guesses=3)


def sample_entries(count: int = 3) -> list[Entry]:
    """Realistic entries, most recent first (so sorting is exercised)."""
    entries = []
    for i in reversed(range(count)):
        happened = dt.datetime(2026, 10, 1, 21, 30, tzinfo=LONDON) + dt.timedelta(days=i)
        entries.append(
            Entry(
                recorded_at=happened + dt.timedelta(hours=1, minutes=i % 60),
                occurred_at=happened,
                occurred_phrase=f"night {i} about half 9",
                occurred_approximate=True,
                where=f"outside my work on Market St, Crewe ({i})",
                what=f"He stood across the road watching me for 20 minutes ({i})",
                description=f"Grey hoodie, red Ford Fiesta AB12 CDE ({i})",
                witnesses=f"Sam from the bakery, 07700 900{i:03d}",
                evidence=f"Photo on my sister's phone ({i})",
                reported=Reported(
                    to_police=True, officer="PC Patel", crime_reference=f"CC-{1000 + i}"
                ),
                impact=f"Scared to walk to the bus, could not sleep ({i})",
            )
        )
    return entries


@pytest.fixture
def make_entries():
    """:func:`sample_entries`, for tests."""
    return sample_entries
