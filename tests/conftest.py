"""Shared fixtures: the project's domain, trackers, and a test-only Redis database."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

ROOT = Path(__file__).resolve().parent.parent
# Tests never touch the application's databases (0 and 1) or key prefix.
TEST_REDIS_DB = 12
TEST_REDIS_LOCK_DB = 13


@pytest.fixture(scope="session")
def domain():
    from rasa.shared.core.domain import Domain

    return Domain.load(str(ROOT / "bot" / "domain"))


@pytest.fixture
def redis_test_prefix() -> str:
    """A key prefix unique to one test (letters and digits only, as Rasa requires)."""
    return "test" + uuid.uuid4().hex[:12]


@pytest.fixture
def redis_conn(redis_test_prefix: str) -> Iterator[redis.Redis]:
    """The machine's Redis, on the test database; deletes the test's keys afterwards."""
    conn = redis.Redis(host="127.0.0.1", port=6379, db=TEST_REDIS_DB)
    conn.ping()
    yield conn
    for key in conn.scan_iter(f"{redis_test_prefix}*"):
        conn.delete(key)


@pytest.fixture
def settings(redis_conn: redis.Redis, redis_test_prefix: str):
    """The project's settings for a test: the test database and key prefix, no action server."""
    from common.settings import load_settings

    return load_settings(
        None, action_server_url="", redis_db=TEST_REDIS_DB, redis_key_prefix=redis_test_prefix
    )
