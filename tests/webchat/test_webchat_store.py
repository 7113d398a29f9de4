"""The web chat's Redis records and per-connection limits, on real Redis (test database)."""

from __future__ import annotations

import redis.asyncio as aioredis

from bot.channels.webchat import tokens
from bot.channels.webchat.limits import RateLimit
from bot.channels.webchat.store import PENDING, WebchatStore
from tests.conftest import TEST_REDIS_DB

SECRET = "test-secret-" + "y" * 32


def store_for(prefix: str) -> WebchatStore:
    client = aioredis.Redis(host="127.0.0.1", port=6379, db=TEST_REDIS_DB)
    return WebchatStore(client, prefix, session_seconds=600, dedupe_seconds=120)


def test_the_conversation_id_reveals_neither_token_nor_session():
    session = tokens.new_session_id()
    token = tokens.issue(SECRET, session)
    conversation = tokens.conversation_id(SECRET, session)
    assert conversation.startswith("web:")
    assert session not in conversation and token not in conversation
    assert tokens.conversation_id("other-secret", session) != conversation


async def test_a_session_is_bound_to_one_connection_at_a_time(redis_conn, redis_test_prefix):
    store = store_for(redis_test_prefix)
    conversation = tokens.conversation_id(SECRET, tokens.new_session_id())
    assert await store.claim_live(conversation, "first")
    assert not await store.claim_live(conversation, "second")
    await store.release_live(conversation, "second")  # not the holder: no effect
    assert not await store.claim_live(conversation, "second")
    await store.release_live(conversation, "first")
    assert await store.claim_live(conversation, "second")
    await store.redis.close()


async def test_a_message_is_answered_once_and_its_replies_kept(redis_conn, redis_test_prefix):
    store = store_for(redis_test_prefix)
    conversation = tokens.conversation_id(SECRET, tokens.new_session_id())
    await store.open_session(conversation)
    assert await store.reply_state(conversation, "m1") is None
    assert await store.claim_message(conversation, "m1")
    assert not await store.claim_message(conversation, "m1")
    assert await store.reply_state(conversation, "m1") == PENDING
    replies = [{"id": "m1.0", "text": "If you are in danger now, call 999."}]
    await store.save_replies(conversation, "m1", replies)
    assert await store.reply_state(conversation, "m1") == replies

    await store.claim_live(conversation, "holder")
    keys = list(redis_conn.scan_iter(f"{redis_test_prefix}:webchat:*"))
    assert len(keys) == 3
    assert all(0 < redis_conn.ttl(key) <= 600 for key in keys), "every key has a TTL"
    assert not any(b"danger" in key for key in keys)

    await store.forget(conversation)
    assert not await store.session_exists(conversation)
    assert await store.reply_state(conversation, "m1") is None
    await store.redis.close()


def test_rate_limit_is_a_sliding_minute():
    now = [0.0]
    limit = RateLimit(3, clock=lambda: now[0])
    assert [limit.retry_after() for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limit.retry_after() == 60.0
    now[0] = 59.0
    assert limit.retry_after() == 1.0
    now[0] = 60.0
    assert limit.retry_after() == 0.0
