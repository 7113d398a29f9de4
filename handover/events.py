"""Live news for the advocate console: a Redis pub/sub channel.

Whichever process changes a handover (the Rasa server when the person
writes, the web service when an advocate acts) publishes a small event; every
console connected to any web-service process hears it at once and fetches
what changed. Events carry ids and kinds only, never words.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from enum import Enum

from redis.asyncio import Redis

from handover.config import HandoverConfig

__all__ = ["Event", "EventKind", "Events"]


class EventKind(str, Enum):
    QUEUED = "queued"  # a new handover is waiting
    MESSAGE = "message"  # a new transcript line
    DANGER = "danger"  # the safety check fired on the person's message during the handover
    CLAIMED = "claimed"
    RELEASED = "released"  # back to the queue (by the advocate, or idle)
    ENDED = "ended"  # by the advocate
    WITHDRAWN = "withdrawn"  # the person went back to the bot or deleted their data
    CALLBACK = "callback"  # a callback request was left
    OVERDUE = "overdue"  # unclaimed too long; the person was told


@dataclass(frozen=True)
class Event:
    kind: EventKind
    handover_id: str
    at: float

    def to_json(self) -> str:
        return json.dumps({"kind": self.kind.value, "handover_id": self.handover_id, "at": self.at})

    @classmethod
    def from_json(cls, text: str | bytes) -> Event:
        data = json.loads(text)
        return cls(EventKind(data["kind"]), str(data["handover_id"]), float(data["at"]))


class Events:
    """Publishes and listens to handover events.

    Args:
        redis: An async Redis client (``decode_responses=True``).
        config: Key prefix.
    """

    def __init__(self, redis: Redis, config: HandoverConfig) -> None:
        self._redis = redis
        self.channel = config.key("events")

    async def publish(self, kind: EventKind, handover_id: str) -> None:
        await self._redis.publish(self.channel, Event(kind, handover_id, time.time()).to_json())

    async def listen(self) -> AsyncIterator[Event]:
        """Every event from now on, until the caller stops iterating."""
        pubsub = self._redis.pubsub(ignore_subscribe_messages=True)
        await pubsub.subscribe(self.channel)
        try:
            async for message in pubsub.listen():
                if message.get("type") == "message":
                    try:
                        yield Event.from_json(message["data"])
                    except (ValueError, KeyError):
                        continue
        finally:
            await pubsub.unsubscribe(self.channel)
            await pubsub.reset()
