"""The SMS channel's state in Redis, beside the tracker store (same database and key prefix).

Keys (no phone number in any key or value; ``<conv>`` is the keyed hash):

* ``<prefix>:sms:in:<MessageSid>``: an inbound message already taken, so a
  Twilio retry is handled once (SET NX, expires after SMS_DEDUPE_SECONDS).
* ``<prefix>:sms:out:<MessageSid>:<n>``: reply n to that message was claimed,
  then sent (or failed): never sent twice (SET NX, same expiry).
* ``<prefix>:sms:options:<conv>``: the numbered options last offered (JSON).
* ``<prefix>:sms:stopped:<conv>``: the person texted STOP; kept until START,
  or as long as a conversation is kept (TRACKER_RETENTION_SECONDS).

Every key expires (a test scans Redis after the end-to-end suite).
"""

from __future__ import annotations

import json

from redis.asyncio import Redis

from bot.channels.sms.config import SmsSettings
from bot.channels.sms.options import Option


def connect(settings: SmsSettings) -> Redis:
    """A client for the tracker store's Redis; short timeouts so an outage fails fast."""
    return Redis(
        host=settings.redis_host,
        port=settings.redis_port,
        db=settings.redis_db,
        password=settings.redis_password,
        socket_connect_timeout=1,
        socket_timeout=2,
    )


class SmsStore:
    """Dedupe records, options and opt-outs."""

    def __init__(self, redis: Redis, settings: SmsSettings) -> None:
        self.redis = redis
        self.prefix = f"{settings.key_prefix}:sms"
        self.retention = settings.retention_seconds
        self.dedupe_seconds = settings.dedupe_seconds
        self.options_seconds = settings.options_seconds

    def _key(self, kind: str, *parts: str) -> str:
        return ":".join([self.prefix, kind, *parts])

    async def claim_inbound(self, message_sid: str) -> bool:
        """True the first time a MessageSid is seen; False for a retry or replay."""
        key = self._key("in", message_sid)
        return bool(await self.redis.set(key, b"1", nx=True, ex=self.dedupe_seconds))

    async def claim_outbound(self, message_sid: str, index: int = 0) -> bool:
        """True if reply ``index`` to this message has not been claimed by anyone yet."""
        key = self._key("out", message_sid, str(index))
        return bool(await self.redis.set(key, b"sending", nx=True, ex=self.dedupe_seconds))

    async def settle_outbound(self, message_sid: str, sent: bool, index: int = 0) -> None:
        key = self._key("out", message_sid, str(index))
        await self.redis.set(key, b"sent" if sent else b"failed", xx=True, keepttl=True)

    async def save_options(self, conv: str, options: list[Option]) -> None:
        key = self._key("options", conv)
        if not options:
            await self.redis.delete(key)
            return
        data = json.dumps([[o.title, o.payload] for o in options])
        await self.redis.set(key, data, ex=self.options_seconds)

    async def load_options(self, conv: str) -> list[Option]:
        data = await self.redis.get(self._key("options", conv))
        if not data:
            return []
        try:
            return [Option(str(t), str(p)) for t, p in json.loads(data)]
        except (ValueError, TypeError):
            return []

    async def is_stopped(self, conv: str) -> bool:
        return bool(await self.redis.exists(self._key("stopped", conv)))

    async def stop(self, conv: str) -> None:
        """Records STOP and drops what is no longer needed: the number and options."""
        async with self.redis.pipeline(transaction=True) as pipe:
            # Kept as long as a conversation: Twilio's own opt-out list blocks every
            # message to the number until START anyway (Twilio, "Twilio support for
            # opt-out keywords (SMS STOP filtering)"), so ours need not outlive it.
            pipe.set(self._key("stopped", conv), b"1", ex=self.retention)
            pipe.delete(self._key("options", conv))
            await pipe.execute()

    async def start(self, conv: str) -> None:
        await self.redis.delete(self._key("stopped", conv))

    async def forget(self, conv: str) -> int:
        """Deletes everything kept for one person; returns how many keys went."""
        keys = [self._key(kind, conv) for kind in ("options", "stopped")]
        return int(await self.redis.delete(*keys))
