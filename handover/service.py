"""The handover's one façade: what the console and the turn do to a handover.

Both sides call this, so each change happens in one place and in one order:
the queue (atomic), the transcript, the audit trail, the live event for every
console, and the message to the person on their channel.

* The **turn** (``bot/turn/handover_mode.py``, in the Rasa server) starts a
  handover, adds the person's messages, raises the alarm on danger, and
  withdraws it when the person goes back to the bot or deletes their data.
* The **console** (``web/advocate/``, in the web service) lists, shows,
  claims, takes over, releases, replies, ends, and sweeps time-outs.

What is sent to the person is pushed by a ``deliver`` function the caller
gives (``bot/channels/push.py`` in the web service), and its words come from a
``texts`` function (the notices in ``bot/safety/notices.yml``), so this
module stays a library with Redis as its only dependency.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Awaitable, Callable, Iterable
from typing import Any, Protocol

from redis.asyncio import Redis

from common.medium import Medium
from common.settings import Settings
from common.sms_text import reveals_topic
from handover.accounts import Account
from handover.audit import Action, AuditTrail, NotAllowed
from handover.config import HandoverConfig
from handover.events import EventKind, Events
from handover.queue import Handover, HandoverQueue, HandoverRequest, State
from handover.screening import Priority
from handover.transcript import MAX_LINE_CHARS, Speaker, Transcript

logger = logging.getLogger(__name__)

__all__ = ["Deliver", "HandoverService", "ReplyRefused"]

# Outcome notes are short: a category and a line, not a case file.
MAX_OUTCOME_CHARS = 500


class Deliver(Protocol):
    """Pushes text to the person (``bot.channels.push.Push.send``)."""

    def __call__(
        self,
        conversation_id: str,
        channel: str,
        text: str,
        message_id: str,
        *,
        contact: bytes | None = None,
        sender: str = "advocate",
    ) -> Awaitable[bool]: ...


class ReplyRefused(ValueError):
    """The advocate's reply cannot be sent as written (the message says why)."""


async def _nowhere(*_args: Any, **_kwargs: Any) -> bool:
    return False


def _plain(name: str, _medium: Medium) -> str:
    return name


class HandoverService:
    """Every change to a handover, from either side.

    Args:
        redis: An async Redis client with ``decode_responses=True``.
        settings: The project's settings.
        deliver: Pushes a message to the person (default: nowhere, for tests
            of the queue alone).
        texts: The words of a notice for a medium (default: the notice's name).
        clock: Seconds since 1970.
    """

    def __init__(
        self,
        redis: Redis,
        settings: Settings,
        deliver: Deliver | None = None,
        texts: Callable[[str, Medium], str] = _plain,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.config = HandoverConfig.from_settings(settings)
        self.redis = redis
        self.queue = HandoverQueue(redis, self.config, clock=clock)
        self.transcript = Transcript(redis, self.config)
        self.events = Events(redis, self.config)
        self.audit = AuditTrail(redis, self.config, clock=clock)
        self._deliver: Deliver = deliver or _nowhere
        self._texts = texts
        self._clock = clock

    # -- the handover's own record: summary, contact, danger --------------------------

    def _meta(self, handover_id: str) -> str:
        return self.config.key("meta", handover_id)

    async def _set_meta(self, handover_id: str, **fields: str) -> None:
        key = self._meta(handover_id)
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.hset(key, mapping=fields)
            pipe.expire(key, self.config.retention_seconds)
            await pipe.execute()

    async def _get_meta(self, handover_id: str) -> dict[str, str]:
        return dict(await self.redis.hgetall(self._meta(handover_id)))

    # -- the person's side (the turn) -----------------------------------------------

    async def start(
        self,
        request: HandoverRequest,
        summary: dict[str, Any],
        reason: str,
        contact: bytes | None = None,
    ) -> tuple[Handover, int | None]:
        """Queues the conversation for an advocate (or returns its live handover).

        Returns:
            The handover and the person's place in the queue (None once claimed).
        """
        existing = await self.queue.for_conversation(request.conversation_id)
        if existing is not None:
            return existing, await self.queue.position(existing.id)
        handover_id = await self.queue.enqueue(request)
        fields = {"summary": json.dumps(summary, sort_keys=True), "reason": reason}
        if contact is not None:
            fields["contact"] = contact.decode("ascii")
        await self._set_meta(handover_id, **fields)
        await self.transcript.add(handover_id, Speaker.SYSTEM, f"handed over: {reason}")
        kind = EventKind.CALLBACK if request.callback else EventKind.QUEUED
        await self.events.publish(kind, handover_id)
        handover = await self.queue.get(handover_id)
        assert handover is not None  # just written
        logger.info("handover.queued priority=%s reason=%s", request.priority.value, reason)
        return handover, await self.queue.position(handover_id)

    async def set_contact(self, handover_id: str, contact: bytes) -> None:
        """Keeps the person's number (already encrypted) with the handover."""
        await self._set_meta(handover_id, contact=contact.decode("ascii"))
        await self.events.publish(EventKind.CALLBACK, handover_id)

    async def contact(self, handover_id: str, account: Account) -> bytes | None:
        """The encrypted number kept with the handover, for the advocate who holds it.

        Raises:
            NotAllowed: The advocate does not hold this handover.
        """
        await self._held(handover_id, account)
        meta = await self._get_meta(handover_id)
        if not meta.get("contact"):
            return None
        await self.audit.record(account.username, Action.VIEW_CONTACT, handover_id)
        return meta["contact"].encode("ascii")

    async def live(self, conversation_id: str) -> Handover | None:
        """The conversation's waiting or claimed handover, if any."""
        return await self.queue.for_conversation(conversation_id)

    async def position(self, handover_id: str) -> int | None:
        return await self.queue.position(handover_id)

    async def person_said(
        self, handover: Handover, text: str, flags: Iterable[str] = (), danger: bool = False
    ) -> None:
        """Adds the person's message; on danger, raises the handover and alerts consoles."""
        flags = tuple(flags)
        await self.transcript.add(handover.id, Speaker.VICTIM, text, flags)
        if danger:
            await self._set_meta(handover.id, danger="1")
            await self.queue.escalate(handover.id)
            await self.events.publish(EventKind.DANGER, handover.id)
            logger.info("handover.danger")
        await self.events.publish(EventKind.MESSAGE, handover.id)

    async def bot_said(self, handover: Handover, text: str) -> None:
        """Adds what the bot told the person during the handover (the 999 guidance)."""
        await self.transcript.add(handover.id, Speaker.BOT, text)

    async def withdraw(self, conversation_id: str, reason: str = "went back to the bot") -> bool:
        """The person left the handover (back to the bot, or deleting their data)."""
        handover = await self.queue.for_conversation(conversation_id)
        if handover is None:
            return False
        if not await self.queue.withdraw(handover.id):
            return False
        await self.transcript.add(handover.id, Speaker.SYSTEM, f"the person {reason}")
        await self.events.publish(EventKind.WITHDRAWN, handover.id)
        logger.info("handover.withdrawn")
        return True

    async def forget(self, conversation_id: str) -> None:
        """The person deleted their data: the live handover ends and its words go."""
        handover = await self.queue.for_conversation(conversation_id)
        if handover is None:
            return
        await self.queue.withdraw(handover.id)
        await self.transcript.delete(handover.id)
        await self.redis.hdel(self._meta(handover.id), "summary", "contact")
        await self.transcript.add(handover.id, Speaker.SYSTEM, "the person deleted their data")
        await self.events.publish(EventKind.WITHDRAWN, handover.id)

    # -- the advocate's side (the console) -------------------------------------------

    async def _row(self, handover: Handover, now: float) -> dict[str, Any]:
        meta = await self._get_meta(handover.id)
        request = handover.request
        callback = request.callback
        return {
            "id": handover.id,
            "state": handover.state.value,
            "priority": handover.priority.value,
            "channel": Medium.of_channel(request.channel).value,
            "area": request.area,
            "risk_flags": list(request.risk_flags),
            "waiting_seconds": round(handover.waiting_seconds(now)),
            "advocate": handover.advocate,
            "callback": (
                None
                if callback is None
                else {"safe_time": callback.safe_time, "method": callback.method}
            ),
            "danger": meta.get("danger") == "1",
            "has_contact": bool(meta.get("contact")),
            "overdue": meta.get("overdue") == "1",
            "reason": meta.get("reason", ""),
        }

    async def queue_view(self, account: Account) -> list[dict[str, Any]]:
        """The waiting handovers (next first), then the claimed ones."""
        now = self._clock()
        rows = [await self._row(h, now) for h in await self.queue.waiting()]
        rows += [await self._row(h, now) for h in await self.queue.claimed()]
        await self.audit.record(account.username, Action.VIEW_QUEUE)
        return rows

    async def detail(
        self, handover_id: str, account: Account, after: str | None = None
    ) -> dict[str, Any] | None:
        """One handover: its row, the summary and the transcript (lines after ``after``)."""
        handover = await self.queue.get(handover_id)
        if handover is None:
            return None
        row = await self._row(handover, self._clock())
        meta = await self._get_meta(handover_id)
        row["summary"] = json.loads(meta["summary"]) if meta.get("summary") else None
        row["transcript"] = [
            line.to_dict() for line in await self.transcript.read(handover_id, after)
        ]
        row["outcome"] = handover.outcome
        await self.audit.record(account.username, Action.VIEW_HANDOVER, handover_id)
        return row

    async def _tell(self, handover: Handover, notice: str, **values: Any) -> bool:
        """Pushes one of the notices to the person, and notes it in the transcript."""
        medium = Medium.of_channel(handover.request.channel)
        text = self._texts(notice, medium).format(**values)
        await self.transcript.add(handover.id, Speaker.BOT, text)
        return await self._push(handover, text, sender="bot")

    async def _push(self, handover: Handover, text: str, sender: str) -> bool:
        meta = await self._get_meta(handover.id)
        contact = meta["contact"].encode("ascii") if meta.get("contact") else None
        try:
            return await self._deliver(
                handover.request.conversation_id,
                handover.request.channel,
                text,
                f"h{handover.id}.{uuid.uuid4().hex}",
                contact=contact,
                sender=sender,
            )
        except Exception as exc:  # noqa: BLE001 - the console still gets its answer
            logger.error("handover.push_failed error=%s", type(exc).__name__)
            return False

    async def claim(self, handover_id: str, account: Account) -> bool:
        if not await self.queue.claim(handover_id, account.username):
            return False
        await self.audit.record(account.username, Action.CLAIM, handover_id)
        await self.events.publish(EventKind.CLAIMED, handover_id)
        handover = await self.queue.get(handover_id)
        if handover is not None:
            await self.transcript.add(handover_id, Speaker.SYSTEM, "an advocate joined")
            await self._tell(handover, "notice_handover_claimed")
        return True

    async def take_over(self, handover_id: str, account: Account) -> bool:
        previous = await self.queue.take_over(handover_id, account.username)
        if previous is None:
            return False
        await self.audit.record(account.username, Action.TAKE_OVER, handover_id)
        await self.transcript.add(handover_id, Speaker.SYSTEM, "another advocate took over")
        await self.events.publish(EventKind.CLAIMED, handover_id)
        return True

    async def release(self, handover_id: str, account: Account) -> bool:
        if not await self.queue.release(handover_id, account.username):
            return False
        await self.audit.record(account.username, Action.RELEASE, handover_id)
        await self.events.publish(EventKind.RELEASED, handover_id)
        handover = await self.queue.get(handover_id)
        if handover is not None:
            await self._tell(handover, "notice_handover_released")
        return True

    async def _held(self, handover_id: str, account: Account) -> Handover:
        handover = await self.queue.get(handover_id)
        if (
            handover is None
            or handover.state is not State.CLAIMED
            or handover.advocate != account.username
        ):
            raise NotAllowed("claim or take over this handover first")
        return handover

    async def reply(self, handover_id: str, account: Account, text: str) -> dict[str, Any]:
        """Sends the advocate's words to the person; returns the transcript line.

        Raises:
            NotAllowed: The advocate does not hold this handover.
            ReplyRefused: Empty, too long, or (by SMS) naming the topic where a
                lock screen would show it.
        """
        text = text.strip()
        if not text:
            raise ReplyRefused("write a message first")
        if len(text) > MAX_LINE_CHARS:
            raise ReplyRefused(f"keep a message under {MAX_LINE_CHARS} characters")
        handover = await self._held(handover_id, account)
        if Medium.of_channel(handover.request.channel).short and reveals_topic(text):
            raise ReplyRefused(
                "this goes by text message: start with something neutral, because the first "
                "words show on a lock screen (avoid words like police, court or stalking there)"
            )
        line = await self.transcript.add(handover_id, Speaker.ADVOCATE, text, by=account.username)
        await self.queue.touch(handover_id, account.username)
        delivered = await self._push(handover, text, sender="advocate")
        await self.audit.record(account.username, Action.REPLY, handover_id)
        await self.events.publish(EventKind.MESSAGE, handover_id)
        return {**line.to_dict(), "delivered": delivered}

    async def end(self, handover_id: str, account: Account, outcome: str) -> bool:
        """Ends the chat with an outcome note; the person is told and the bot resumes."""
        outcome = outcome.strip()[:MAX_OUTCOME_CHARS]
        if not outcome:
            raise ReplyRefused("add a short outcome note")
        handover = await self._held(handover_id, account)
        if not await self.queue.end(handover_id, account.username, outcome):
            raise NotAllowed("claim or take over this handover first")
        await self.audit.record(account.username, Action.END, handover_id)
        await self.transcript.add(handover_id, Speaker.SYSTEM, "the advocate ended the chat")
        await self.events.publish(EventKind.ENDED, handover_id)
        await self._tell(handover, "notice_handover_ended")
        return True

    async def heartbeat(self, account: Account) -> int:
        """The console is open: keeps this advocate's handovers; returns how many."""
        kept = 0
        for handover in await self.queue.claimed():
            if handover.advocate == account.username:
                kept += await self.queue.touch(handover.id, account.username)
        return kept

    async def sweep(self) -> None:
        """Tells people whose handover waited too long (once), and hands idle ones back."""
        for handover in await self.queue.overdue():
            if handover.request.callback is None and await self.queue.mark_overdue_notified(
                handover.id
            ):
                await self._set_meta(handover.id, overdue="1")
                await self._tell(handover, "notice_handover_overdue")
                await self.events.publish(EventKind.OVERDUE, handover.id)
        for handover_id in await self.queue.release_idle():
            await self.audit.record("system", Action.RELEASE_IDLE, handover_id)
            await self.events.publish(EventKind.RELEASED, handover_id)
            released = await self.queue.get(handover_id)
            if released is not None:
                await self._tell(released, "notice_handover_released")


def priority_of(value: str | None) -> Priority:
    """A priority from the action's data; anything unknown is standard."""
    try:
        return Priority(value or Priority.STANDARD.value)
    except ValueError:
        return Priority.STANDARD
