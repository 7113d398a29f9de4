"""Fixtures for the handover library: an async Redis client on the test database."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from argon2 import PasswordHasher
from redis.asyncio import Redis

from handover.config import HandoverConfig


class FakeClock:
    """Seconds since 1970 that a test moves by hand."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
async def aredis(redis_conn, redis_test_prefix: str) -> AsyncIterator[Redis]:
    """Async Redis on the test database; redis_conn deletes the test's keys afterwards."""
    db = redis_conn.connection_pool.connection_kwargs["db"]  # the test-only database
    client = Redis(host="127.0.0.1", port=6379, db=db, decode_responses=True)
    yield client
    await client.close()


@pytest.fixture
def config(redis_test_prefix: str) -> HandoverConfig:
    return HandoverConfig(key_prefix=redis_test_prefix, unclaimed_seconds=300, idle_seconds=180)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def cheap_hasher() -> PasswordHasher:
    """argon2id with the smallest cost: the tests check behaviour, not strength."""
    return PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
