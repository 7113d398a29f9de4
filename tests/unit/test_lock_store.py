"""The ticket lock store: every lock key Rasa writes expires (issue 12)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import redis
from rasa.core.lock_store import LockStore
from rasa.utils.endpoints import EndpointConfig, read_endpoint_config

from bot.lock_store import LOCK_KEY_SECONDS, ExpiringRedisLockStore
from tests.conftest import ROOT, TEST_REDIS_LOCK_DB

CONV = "rest:lock-test"


@pytest.fixture
def lock_redis(redis_test_prefix: str) -> Iterator[redis.Redis]:
    conn = redis.Redis(host="127.0.0.1", port=6379, db=TEST_REDIS_LOCK_DB)
    conn.ping()
    yield conn
    for key in conn.scan_iter(f"{redis_test_prefix}*"):
        conn.delete(key)


@pytest.fixture
def store(lock_redis: redis.Redis, redis_test_prefix: str) -> ExpiringRedisLockStore:
    config = EndpointConfig(
        url="127.0.0.1", port=6379, db=TEST_REDIS_LOCK_DB, key_prefix=redis_test_prefix
    )
    return ExpiringRedisLockStore(endpoint_config=config)


def test_endpoints_yml_uses_the_expiring_lock_store(
    monkeypatch: pytest.MonkeyPatch, redis_test_prefix: str
) -> None:
    from scripts.stack import settings

    overrides = {"REDIS_LOCK_DB": str(TEST_REDIS_LOCK_DB), "REDIS_KEY_PREFIX": redis_test_prefix}
    for key, value in settings(overrides).items():
        monkeypatch.setenv(key, value)
    config = read_endpoint_config(str(ROOT / "endpoints.yml"), "lock_store")
    assert isinstance(LockStore.create(config), ExpiringRedisLockStore)


async def test_a_lock_expires_while_held_and_is_gone_after(
    store: ExpiringRedisLockStore, lock_redis: redis.Redis
) -> None:
    key = store.key_prefix + CONV
    async with store.lock(CONV):
        assert 0 < lock_redis.ttl(key) <= LOCK_KEY_SECONDS
    assert not lock_redis.exists(key)


def test_a_lock_abandoned_mid_turn_expires(
    store: ExpiringRedisLockStore, lock_redis: redis.Redis
) -> None:
    # What a Rasa process killed during a turn leaves behind: a ticket, never cleaned up.
    store.issue_ticket(CONV)
    assert 0 < lock_redis.ttl(store.key_prefix + CONV) <= LOCK_KEY_SECONDS
