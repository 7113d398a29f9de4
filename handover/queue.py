"""The advocates' queue of handovers, in Redis, with atomic claims.

Keys (all under ``<prefix>:handover:``, every one with a TTL refreshed on each
change, so an abandoned queue empties itself):

* ``queue``: sorted set of **waiting** handover ids. The score orders the
  queue by priority, then by waiting time: ``rank * 10**13 + enqueued_ms``
  (rank 0 for high, 1 for standard; milliseconds since 1970 stay below
  10**13 until the year 2286).
* ``claimed``: sorted set of **claimed** handover ids, scored by when their
  advocate was last seen (for idle detection).
* ``item:<id>``: hash, one handover (the request as JSON, its state, advocate,
  times, outcome).
* ``conv:<conversation id>``: the live handover of a conversation (one at most).

Every change of state is one Lua script (handover/_queue_scripts.py), so it
is atomic: of many advocates claiming at once exactly one wins; a release,
take-over or end checks who holds the handover in the same step that changes it.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from redis.asyncio import Redis

from handover._queue_scripts import SCRIPTS
from handover.config import HandoverConfig
from handover.screening import Priority

__all__ = ["Callback", "Handover", "HandoverQueue", "HandoverRequest", "State"]

_RANK = {Priority.HIGH: 0, Priority.STANDARD: 1}
_RANK_STEP = 10**13


class State(str, Enum):
    WAITING = "waiting"
    CLAIMED = "claimed"
    ENDED = "ended"


@dataclass(frozen=True)
class Callback:
    """A callback the person asked for instead of waiting.

    Attributes:
        safe_time: When it is safe to contact them, in their words ("after 6pm").
        method: How: "phone" or "sms" (the number stays with the channel, not here).
    """

    safe_time: str
    method: str


@dataclass(frozen=True)
class HandoverRequest:
    """What the bot knows when it hands a conversation over.

    Attributes:
        conversation_id: The channel's conversation id (``web:...``, ``sms_...``).
        channel: The input channel's name, so replies go back the same way.
        area: The area value (:class:`signposting.areas.Area`), or None.
        risk_flags: What the safety check or screening found, as short codes.
        priority: From :func:`handover.screening.assess`.
        consent_to_share: The person agreed the advocate may see a summary.
        callback: A callback request instead of waiting, or None.
    """

    conversation_id: str
    channel: str
    area: str | None = None
    risk_flags: tuple[str, ...] = ()
    priority: Priority = Priority.STANDARD
    consent_to_share: bool = False
    callback: Callback | None = None

    def to_json(self) -> str:
        data: dict[str, Any] = {
            "conversation_id": self.conversation_id,
            "channel": self.channel,
            "area": self.area,
            "risk_flags": list(self.risk_flags),
            "consent_to_share": self.consent_to_share,
            "callback": (
                None
                if self.callback is None
                else {"safe_time": self.callback.safe_time, "method": self.callback.method}
            ),
        }
        return json.dumps(data, sort_keys=True)

    @classmethod
    def from_json(cls, text: str, priority: Priority) -> HandoverRequest:
        data = json.loads(text)
        callback = data.get("callback")
        return cls(
            conversation_id=data["conversation_id"],
            channel=data["channel"],
            area=data.get("area"),
            risk_flags=tuple(data.get("risk_flags", ())),
            priority=priority,
            consent_to_share=bool(data.get("consent_to_share")),
            callback=None if callback is None else Callback(**callback),
        )


@dataclass(frozen=True)
class Handover:
    """One handover as stored: the request and where it stands.

    Times are seconds since 1970 (floats); None when not reached yet.
    """

    id: str
    request: HandoverRequest
    state: State
    enqueued_at: float
    advocate: str | None = None
    claimed_at: float | None = None
    seen_at: float | None = None
    ended_at: float | None = None
    outcome: str | None = None
    previous_advocates: tuple[str, ...] = field(default=())

    @property
    def priority(self) -> Priority:
        return self.request.priority

    def waiting_seconds(self, now: float) -> float:
        return max(0.0, now - self.enqueued_at)

    @classmethod
    def from_hash(cls, handover_id: str, raw: dict[str, str]) -> Handover:
        def seconds(name: str) -> float | None:
            value = raw.get(name)
            return int(value) / 1000 if value else None

        return cls(
            id=handover_id,
            request=HandoverRequest.from_json(raw["request"], Priority(raw["priority"])),
            state=State(raw["state"]),
            enqueued_at=int(raw["enqueued_ms"]) / 1000,
            advocate=raw.get("advocate") or None,
            claimed_at=seconds("claimed_ms"),
            seen_at=seconds("seen_ms"),
            ended_at=seconds("ended_ms"),
            outcome=raw.get("outcome") or None,
            previous_advocates=tuple(p for p in raw.get("previous", "").split(",") if p),
        )


def _ms(seconds: float) -> int:
    return int(seconds * 1000)


class HandoverQueue:
    """The live queue of handovers. Safe to use from many processes at once.

    Args:
        redis: An async Redis client with ``decode_responses=True``.
        config: Key prefix, time-outs and retention.
        clock: Seconds since 1970 (tests pass their own).
    """

    def __init__(
        self, redis: Redis, config: HandoverConfig, clock: Callable[[], float] = time.time
    ) -> None:
        self._redis = redis
        self._config = config
        self._clock = clock
        self._queue = config.key("queue")
        self._claimed = config.key("claimed")
        self._scripts = {name: redis.register_script(lua) for name, lua in SCRIPTS.items()}

    def _item(self, handover_id: str) -> str:
        return self._config.key("item", handover_id)

    def _conv(self, conversation_id: str) -> str:
        return self._config.key("conv", conversation_id)

    @property
    def _ttl(self) -> int:
        return self._config.retention_seconds

    async def enqueue(self, request: HandoverRequest) -> str:
        """Puts a conversation in the queue; returns its handover id.

        A conversation already in a live handover keeps it: its id is returned.
        """
        enqueued_ms = _ms(self._clock())
        score = _RANK[request.priority] * _RANK_STEP + enqueued_ms
        handover_id = uuid.uuid4().hex
        keys = [self._queue, self._claimed, self._item(handover_id)]
        keys.append(self._conv(request.conversation_id))
        args = [handover_id, request.to_json(), request.priority.value, enqueued_ms, score]
        result = await self._scripts["enqueue"](keys=keys, args=[*args, self._ttl])
        return str(result)

    async def get(self, handover_id: str) -> Handover | None:
        raw = await self._redis.hgetall(self._item(handover_id))
        return Handover.from_hash(handover_id, raw) if raw else None

    async def for_conversation(self, conversation_id: str) -> Handover | None:
        """The conversation's live (waiting or claimed) handover, if any."""
        handover_id = await self._redis.get(self._conv(conversation_id))
        return await self.get(handover_id) if handover_id else None

    async def _many(self, ids: list[str]) -> list[Handover]:
        async with self._redis.pipeline(transaction=False) as pipe:
            for handover_id in ids:
                pipe.hgetall(self._item(handover_id))
            raws = await pipe.execute()
        return [Handover.from_hash(i, raw) for i, raw in zip(ids, raws, strict=True) if raw]

    async def waiting(self) -> list[Handover]:
        """The waiting handovers, next to be claimed first (high, then longest waiting)."""
        return await self._many(list(await self._redis.zrange(self._queue, 0, -1)))

    async def claimed(self) -> list[Handover]:
        """The handovers advocates hold now."""
        return await self._many(list(await self._redis.zrange(self._claimed, 0, -1)))

    async def position(self, handover_id: str) -> int | None:
        """1 for the next to be claimed; None when not waiting."""
        rank = await self._redis.zrank(self._queue, handover_id)
        return None if rank is None else int(rank) + 1

    async def claim(self, handover_id: str, advocate: str) -> bool:
        """True if this advocate now holds the handover; False if anyone else got it first."""
        keys = [self._queue, self._claimed, self._item(handover_id)]
        args = [handover_id, advocate, _ms(self._clock()), self._ttl]
        return bool(await self._scripts["claim"](keys=keys, args=args))

    async def release(self, handover_id: str, advocate: str) -> bool:
        """The advocate gives the handover back; it returns to its place in the queue."""
        keys = [self._queue, self._claimed, self._item(handover_id)]
        return bool(
            await self._scripts["release"](keys=keys, args=[handover_id, advocate, "", self._ttl])
        )

    async def take_over(self, handover_id: str, advocate: str) -> str | None:
        """Another advocate explicitly takes a claimed handover; returns who held it."""
        keys = [self._claimed, self._item(handover_id)]
        args = [handover_id, advocate, _ms(self._clock()), self._ttl]
        previous = await self._scripts["take_over"](keys=keys, args=args)
        return str(previous) if previous else None

    async def touch(self, handover_id: str, advocate: str) -> bool:
        """The advocate is still there (a heartbeat); False if they no longer hold it."""
        keys = [self._claimed, self._item(handover_id)]
        args = [handover_id, advocate, _ms(self._clock()), self._ttl]
        return bool(await self._scripts["touch"](keys=keys, args=args))

    async def holds(self, handover_id: str, advocate: str) -> bool:
        """True when this advocate holds the handover (acting on it needs this)."""
        handover = await self.get(handover_id)
        return (
            handover is not None
            and handover.state is State.CLAIMED
            and handover.advocate == advocate
        )

    async def end(self, handover_id: str, advocate: str, outcome: str) -> bool:
        """The holding advocate ends the handover with an outcome note."""
        return await self._end(handover_id, advocate, outcome)

    async def withdraw(self, handover_id: str) -> bool:
        """The person went back to the bot or left: the handover ends, waiting or claimed."""
        return await self._end(handover_id, "", "withdrawn by the person")

    async def _end(self, handover_id: str, advocate: str, outcome: str) -> bool:
        handover = await self.get(handover_id)
        if handover is None:
            return False
        keys = [self._queue, self._claimed, self._item(handover_id)]
        keys.append(self._conv(handover.request.conversation_id))
        args = [handover_id, advocate, _ms(self._clock()), outcome, self._ttl]
        return bool(await self._scripts["end"](keys=keys, args=args))

    async def escalate(self, handover_id: str) -> bool:
        """Raises a standard handover to high (an advocate's judgement); never lowers one."""
        keys = [self._queue, self._item(handover_id)]
        return bool(await self._scripts["escalate"](keys=keys, args=[handover_id, self._ttl]))

    async def overdue(self) -> list[Handover]:
        """Waiting handovers unclaimed for longer than the configured time."""
        cutoff = self._clock() - self._config.unclaimed_seconds
        return [h for h in await self.waiting() if h.enqueued_at <= cutoff]

    async def mark_overdue_notified(self, handover_id: str) -> bool:
        """True the first time only, so the person is told once, whichever process sweeps."""
        keys = [self._item(handover_id)]
        return bool(await self._scripts["mark_overdue"](keys=keys, args=[self._ttl]))

    async def release_idle(self) -> list[str]:
        """Returns to the queue every handover whose advocate went unseen too long."""
        cutoff = _ms(self._clock() - self._config.idle_seconds)
        released = []
        for handover_id in await self._redis.zrangebyscore(self._claimed, "-inf", cutoff):
            keys = [self._queue, self._claimed, self._item(handover_id)]
            args = [handover_id, "", cutoff, self._ttl]
            if await self._scripts["release"](keys=keys, args=args):
                released.append(handover_id)
        return released
