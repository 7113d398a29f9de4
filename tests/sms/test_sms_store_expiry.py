"""Every record the SMS channel keeps expires (issue 12: "every stored key expires")."""

from __future__ import annotations

import redis

from bot.channels.sms.options import Option
from bot.channels.sms.store import SmsStore

CONV = "sms_" + "cd" * 32
SID = "SM" + "1" * 32


async def test_every_sms_record_has_an_expiry(store: SmsStore, sms_redis: redis.Redis) -> None:
    await store.claim_inbound(SID)
    await store.claim_outbound(SID)
    await store.settle_outbound(SID, True)
    await store.save_options("sms_" + "ef" * 32, [Option("a", "/b")])
    await store.stop(CONV)
    keys = list(sms_redis.scan_iter(f"{store.prefix}:*"))
    assert len(keys) == 4
    assert {k.decode(): sms_redis.ttl(k) for k in keys if sms_redis.ttl(k) < 0} == {}


async def test_an_opt_out_lasts_as_long_as_a_conversation(
    store: SmsStore, sms_redis: redis.Redis
) -> None:
    await store.stop(CONV)
    ttl = sms_redis.ttl(f"{store.prefix}:stopped:{CONV}")
    assert store.retention - 60 < ttl <= store.retention
    assert await store.is_stopped(CONV)
