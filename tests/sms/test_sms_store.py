"""The channel's Redis records: dedupe, options, STOP."""

from __future__ import annotations

import redis

from bot.channels.sms.options import Option
from bot.channels.sms.store import SmsStore

CONV = "sms_" + "ab" * 32
SID = "SM" + "0" * 32


async def test_an_inbound_message_is_claimed_once_with_an_expiry(
    store: SmsStore, sms_redis: redis.Redis
) -> None:
    assert await store.claim_inbound(SID)
    assert not await store.claim_inbound(SID), "a Twilio retry is a duplicate"
    assert 0 < sms_redis.ttl(f"{store.prefix}:in:{SID}") <= store.dedupe_seconds


async def test_a_reply_is_claimed_once_and_settled(store: SmsStore, sms_redis: redis.Redis):
    assert await store.claim_outbound(SID)
    assert not await store.claim_outbound(SID)
    assert await store.claim_outbound(SID, 1), "another part is its own record"
    await store.settle_outbound(SID, True)
    key = f"{store.prefix}:out:{SID}:0"
    assert sms_redis.get(key) == b"sent" and sms_redis.ttl(key) > 0


async def test_options_are_remembered_and_replaced(store: SmsStore) -> None:
    await store.save_options(CONV, [Option("Who can help?", "/ask_support_services")])
    assert await store.load_options(CONV) == [Option("Who can help?", "/ask_support_services")]
    await store.save_options(CONV, [])
    assert await store.load_options(CONV) == []


async def test_corrupt_options_are_ignored(store: SmsStore, sms_redis: redis.Redis) -> None:
    sms_redis.set(f"{store.prefix}:options:{CONV}", b"{not json")
    assert await store.load_options(CONV) == []


async def test_stop_drops_the_options_and_start_lifts_it(store: SmsStore) -> None:
    await store.save_options(CONV, [Option("a", "/b")])
    await store.stop(CONV)
    assert await store.is_stopped(CONV)
    assert await store.load_options(CONV) == [], "no reason to keep them after STOP"
    await store.start(CONV)
    assert not await store.is_stopped(CONV)


async def test_forget_deletes_everything_kept_for_the_person(
    store: SmsStore, sms_redis: redis.Redis
) -> None:
    await store.stop(CONV)
    await store.save_options(CONV, [Option("a", "/b")])
    assert await store.forget(CONV) == 2
    assert not list(sms_redis.scan_iter(f"{store.prefix}:*{CONV}*"))
