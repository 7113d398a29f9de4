"""One inbound SMS, handled after Twilio has had its answer: keywords, the turn, the reply.

The webhook only checks the request and hands the message here; this runs it
as a background task. Per message, in order:

1. Dedupe: a MessageSid seen before (a Twilio retry or a replay) is dropped.
2. A stopped number gets nothing, unless the message is START (or YES).
3. STOP, START and HELP are answered here and never reach Rasa.
4. Anything else goes through the shared safe turn (bot/turn/) under the
   conversation id (the keyed hash), with the SMS output channel; a numbered
   reply becomes the option's payload. The turn applies the input checks and
   the safety net, the same as on every channel.
5. One SMS, options numbered, cut to SMS_MAX_PARTS parts, sent once.

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
from collections.abc import AsyncIterator, Awaitable
from typing import TypeVar

from redis.exceptions import RedisError

from bot.channels.sms.config import SmsSettings
from bot.channels.sms.inbound import InboundSms
from bot.channels.sms.keywords import Keyword, classify
from bot.channels.sms.options import render, resolve
from bot.channels.sms.output import SmsOutput
from bot.channels.sms.segments import compose, count_segments
from bot.channels.sms.store import SmsStore
from bot.channels.sms.texts import text as channel_text
from bot.channels.sms.twilio_client import TwilioMessages
from bot.turn import SafeTurn, TurnRequest

logger = logging.getLogger(__name__)

T = TypeVar("T")
CHANNEL = "sms"


class SmsService:
    """Runs inbound messages in the background and sends the replies."""

    def __init__(
        self,
        settings: SmsSettings,
        store: SmsStore,
        twilio: TwilioMessages,
        turn: SafeTurn,
    ) -> None:
        self.settings = settings
        self.store = store
        self.twilio = twilio
        self.turn = turn
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
            # STOP ends the conversation too: after START nothing half-done (a form's
            # next question) is waiting, and nothing said is kept while unsubscribed.
            await self._safely(self.turn.conversations.delete(conv), False, "stop_forget")
            await self.turn.end_modes(conv)  # a live handover or log entry ends too
            logger.info("sms.stopped")
            if self.settings.stop_confirmation:
                await self._send(message.sid, number, [channel_text("stop_confirmation")])
            return

        if keyword is Keyword.START:
            await self._safely(self.store.start(conv), None, "start")
            logger.info("sms.started")
            await self._send(message.sid, number, [channel_text("start")])
        elif keyword is Keyword.HELP:
            await self._send(message.sid, number, [channel_text("help")])
        else:
            await self._send(message.sid, number, await self._reply(message, conv, number))

    async def _reply(self, message: InboundSms, conv: str, number: str) -> list[str]:
        """The texts for a message that is not a keyword: the shared turn, then numbering.

        The number goes with the request only so that a handover started in this
        turn can keep it, encrypted, for the advocate's replies (bot/turn/handover_mode.py).
        """
        options = await self._safely(self.store.load_options(conv), [], "load_options")
        request = TurnRequest(
            conv,
            resolve(message.body, options),
            CHANNEL,
            message_id=message.sid,
            attachments=message.num_media,
            contact=number,
        )
        async with self._slots:  # only the turn is bounded: keywords and sends are cheap
            result = await self.turn.run(request, SmsOutput())
        texts, offered = render(result.messages)
        if not result.forgotten:
            await self._safely(self.store.save_options(conv, offered), None, "save_options")
        return texts

    async def forget(self, conv: str) -> None:
        """The person confirmed "delete my data": every SMS record goes too (via the turn)."""
        deleted = await self._safely(self.store.forget(conv), 0, "forget")
        logger.info("sms.forgotten keys=%d", deleted)

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
