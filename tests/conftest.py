"""Shared fixtures: the project's domain, trackers, and a test-only Redis database."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from tests.e2e.redis_keys import KEYS_WITHOUT_TTL

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


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Fails the run if any stack left a key without an expiry, naming each key.

    Every stack's clean-up (``delete_keys`` in tests/e2e/conftest.py, behind
    the e2e and the browser suites' stacks) records such keys in
    tests/e2e/redis_keys.py; this root conftest is loaded for every run, so
    both suites are checked. Why here, not in a test or a fixture's
    finaliser: session fixtures are torn down during the last test's
    teardown, so the list is complete only after every test. A failure in a
    finaliser would show as an error in whichever test ran last; a "last"
    test module would run before the stacks stop, and not at all when a
    subset is run. pytest returns ``session.exitstatus`` as set here, so CI
    fails.
    """
    if not KEYS_WITHOUT_TTL:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line("")
        reporter.write_sep("=", "Redis keys without an expiry (issue 12)", red=True)
        for name in sorted(set(KEYS_WITHOUT_TTL)):
            reporter.write_line(name)
    session.exitstatus = pytest.ExitCode.TESTS_FAILED
