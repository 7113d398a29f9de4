"""One inbound SMS, handled after Twilio has had its answer: keywords, the turn, the reply.

The webhook only checks the request and hands the message here; this runs it
as a background task. Per message, in order:

1. Dedupe: a MessageSid seen before (a Twilio retry or a replay) is dropped.
2. A stopped number gets nothing, unless the message is START (or YES).
3. STOP, START and HELP are answered here and never reach Rasa.
4. Anything else is a Rasa turn under the conversation id (the keyed hash),
   with the SMS output channel; a numbered reply becomes the option's payload.
5. The safety net (999 guidance first for danger, a notice if the turn failed),
   then one SMS, cut to SMS_MAX_PARTS parts, sent once.

Messages from one person are handled one at a time, in arrival order; at most
SMS_MAX_CONCURRENT_TURNS Rasa turns run at once, so a burst of texts queues
here, cheaply, instead of as half-run turns on Rasa's single event loop.

If Redis is unreachable, the channel still answers (the person gets 999 and
helplines from the safety net): dedupe, STOP records and options are skipped.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar

from rasa.core.channels.channel import UserMessage
from rasa.core.tracker_store import TrackerStore
from redis.exceptions import RedisError

from bot.channels.action_health import action_server_healthy
from bot.channels.forget import FORGET_MARKER, apply_forget, wants_forgetting
from bot.channels.sms.config import SmsSettings
from bot.channels.sms.identity import NumberVault
from bot.channels.sms.inbound import InboundSms
from bot.channels.sms.keywords import Keyword, classify
from bot.channels.sms.options import render, resolve
from bot.channels.sms.output import SmsOutput
from bot.channels.sms.segments import compose, count_segments
from bot.channels.sms.store import SmsStore
from bot.channels.sms.texts import text as channel_text
from bot.channels.sms.twilio_client import TwilioMessages
from bot.safety.replies import (
    EMPTY_RESPONSE,
    TOO_LONG_RESPONSE,
    ensure_safe_reply,
    has_helpline,
    response_text,
)

logger = logging.getLogger(__name__)

T = TypeVar("T")
CHANNEL = "sms"


class SmsService:
    """Runs inbound messages in the background and sends the replies."""

    def __init__(
        self,
        settings: SmsSettings,
        store: SmsStore,
        vault: NumberVault,
        twilio: TwilioMessages,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
        tracker_store: Callable[[], TrackerStore | None] = lambda: None,
        healthy: Callable[[], Awaitable[bool]] = action_server_healthy,
    ) -> None:
        self.settings = settings
        self.store = store
        self.vault = vault
        self.twilio = twilio
        self.on_new_message = on_new_message
        self.tracker_store = tracker_store
        self.healthy = healthy
        self._tasks: set[asyncio.Task] = set()
        self._slots = asyncio.Semaphore(settings.max_concurrent_turns)
        self._locks: dict[str, tuple[asyncio.Lock, int]] = {}

    # -- background tasks -------------------------------------------------------

    def submit(self, message: InboundSms, number: str, conv: str) -> asyncio.Task:
        """Starts handling a message; the task is kept until it ends, its failure logged."""
        task = asyncio.get_running_loop().create_task(self.handle(message, number, conv))
        self._tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    def _finished(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            logger.error("sms.task_failed error=%s", type(task.exception()).__name__)

    @property
    def pending(self) -> int:
        return len(self._tasks)

    async def drain(self, timeout: float) -> None:
        """Waits (up to timeout seconds) for messages in hand, e.g. before a restart."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=timeout)

    async def close(self, timeout: float = 10.0) -> None:
        await self.drain(timeout)
        await self.twilio.close()
        await self.store.redis.close()

    @contextlib.asynccontextmanager
    async def _conversation(self, conv: str) -> AsyncIterator[None]:
        # One message at a time per person, in arrival order (asyncio locks are FIFO).
        lock, users = self._locks.get(conv, (asyncio.Lock(), 0))
        self._locks[conv] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[conv]
            if users <= 1:
                del self._locks[conv]
            else:
                self._locks[conv] = (lock, users - 1)

    async def _safely(self, operation: Awaitable[T], default: T, name: str) -> T:
        try:
            return await operation
        except (RedisError, OSError, asyncio.TimeoutError) as exc:
            logger.error("sms.store_unavailable op=%s error=%s", name, type(exc).__name__)
            return default

    # -- one message ------------------------------------------------------------

    async def handle(self, message: InboundSms, number: str, conv: str) -> None:
        """Handles one inbound message from number (E.164), whose conversation id is conv."""
        async with self._conversation(conv):
            await self._handle(message, number, conv)

    async def _handle(self, message: InboundSms, number: str, conv: str) -> None:
        if not await self._safely(self.store.claim_inbound(message.sid), True, "claim_inbound"):
            logger.info("sms.duplicate")
            return
        stopped = await self._safely(self.store.is_stopped(conv), False, "is_stopped")
        keyword = classify(message.body, stopped, message.opt_out_type)
        if stopped and keyword is not Keyword.START:
            logger.info("sms.suppressed reason=stopped")
            return
        if keyword is Keyword.STOP:
            await self._safely(self.store.stop(conv), None, "stop")
            logger.info("sms.stopped")
            if self.settings.stop_confirmation:
                await self._send(message.sid, number, [channel_text("stop_confirmation")])
            return

        token = self.vault.encrypt(number)
        await self._safely(self.store.save_number(conv, token), None, "save_number")
        if keyword is Keyword.START:
            await self._safely(self.store.start(conv), None, "start")
            logger.info("sms.started")
            await self._send(message.sid, number, [channel_text("start")])
        elif keyword is Keyword.HELP:
            await self._send(message.sid, number, [channel_text("help")])
        else:
            await self._send(message.sid, number, await self._reply(message, conv))

    async def _reply(self, message: InboundSms, conv: str) -> list[str]:
        """The texts for a message that is not a keyword, with the safety net applied."""
        body = message.body
        if not body.strip():
            notice = channel_text("media_only") if message.num_media else None
            notice = notice or response_text(EMPTY_RESPONSE, CHANNEL)
            return ensure_safe_reply([notice], body, channel=CHANNEL)
        if len(body) > self.settings.max_inbound_chars:
            notice = response_text(TOO_LONG_RESPONSE, CHANNEL)
            return ensure_safe_reply([notice], body, channel=CHANNEL)

        options = await self._safely(self.store.load_options(conv), [], "load_options")
        collector = SmsOutput()
        try:
            async with self._slots:  # only the turn is bounded: keywords and sends are cheap
                await self.on_new_message(
                    UserMessage(
                        resolve(body, options),
                        collector,
                        conv,
                        input_channel=CHANNEL,
                        message_id=message.sid,
                    )
                )
        except Exception as exc:  # noqa: BLE001 - the person must still get an answer
            logger.error("sms.turn_failed error=%s", type(exc).__name__)

        messages = collector.messages
        forgotten = wants_forgetting(messages)
        if forgotten:
            messages = await self._forget(messages, conv)
        texts, offered = render(messages)
        if not forgotten:
            await self._safely(self.store.save_options(conv, offered), None, "save_options")
        degraded = not has_helpline(texts) and not await self.healthy()
        return ensure_safe_reply(texts, body, channel=CHANNEL, degraded=degraded)

    async def _forget(self, messages: list[dict[str, Any]], conv: str) -> list[dict[str, Any]]:
        """The person confirmed "delete my data": the tracker and every SMS record go."""
        try:
            messages = await apply_forget(messages, self.tracker_store(), conv)
        except Exception as exc:  # noqa: BLE001 - still delete ours, still answer
            logger.error("sms.forget_failed error=%s", type(exc).__name__)
            messages = [m for m in messages if not (m.get("custom") or {}).get(FORGET_MARKER)]
        deleted = await self._safely(self.store.forget(conv), 0, "forget")
        logger.info("sms.forgotten keys=%d", deleted)
        return messages

    async def _send(self, message_sid: str, number: str, texts: list[str]) -> None:
        """Sends the reply to one inbound message as one SMS, at most once."""
        body = compose(texts, self.settings.max_parts)
        if not body:
            return
        if not await self._safely(self.store.claim_outbound(message_sid), True, "claim_outbound"):
            logger.info("sms.already_sent")
            return
        result = await self.twilio.send(number, body)
        await self._safely(
            self.store.settle_outbound(message_sid, result.sent), None, "settle_outbound"
        )
        if result.sent:
            logger.info("sms.sent parts=%d attempts=%d", count_segments(body), result.attempts)
