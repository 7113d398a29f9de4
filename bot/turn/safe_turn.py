"""SafeTurn: one message in, safe replies out, the same for every channel."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any, TypeVar, cast

from rasa.core.channels.channel import CollectingOutputChannel, OutputChannel, UserMessage
from rasa.core.tracker_store import TrackerStore
from redis.asyncio import Redis
from redis.exceptions import RedisError

from bot.safety.detector import Assessment, assess
from bot.safety.replies import (
    ENGLISH_ONLY_RESPONSE,
    UNAVAILABLE_RESPONSE,
    response_message,
    response_text,
)
from bot.turn.action_health import ActionHealth
from bot.turn.conversations import Conversations
from bot.turn.deletion import (
    CANCELLED_RESPONSE,
    CONFIRM_RESPONSE,
    DELETED_RESPONSE,
    Answer,
    PendingDeletes,
    answer,
    is_request,
)
from bot.turn.inputs import input_notice
from bot.turn.language import other_language
from bot.turn.modes import Message, ModeReply, TurnMode, default_modes
from bot.turn.net import apply_net, has_helpline
from bot.turn.request import TurnRequest, TurnResult
from common import markers
from common.medium import Medium
from common.settings import Settings, get_settings

logger = logging.getLogger(__name__)

T = TypeVar("T")
OnNewMessage = Callable[[UserMessage], Awaitable[Any]]


def warm_up() -> None:
    """Loads what the first message would otherwise wait for (seconds on a busy machine).

    The safety check's spaCy pipeline, the language model and the response texts
    are built on first use; channels call this before the server takes traffic,
    so a person's first message is answered as fast as any other.
    """
    assess("warm up")
    other_language("warm up the language check")
    response_text(UNAVAILABLE_RESPONSE)


def _marked(message: dict[str, Any], marker: str) -> bool:
    return bool((message.get("custom") or {}).get(marker))


class SafeTurn:
    """Runs one person's message through Rasa with the safety rules around it.

    Built once per channel, inside the running server. It never raises: any
    failure still answers with 999 and helpline numbers.

    Args:
        on_new_message: Rasa's handler the channel's blueprint was given.
        tracker_store: Returns the agent's tracker store (None before it loads).
        settings: The project's settings (read once at first use if omitted).
        on_forget: The channel's own clean-up when a person's data is deleted
            (SMS records, web chat tokens), given the conversation id.
        modes: The turn modes (handover, incident log); default: every mode
            listed in :data:`bot.turn.modes.MODES`.
    """

    def __init__(
        self,
        on_new_message: OnNewMessage,
        tracker_store: Callable[[], TrackerStore | None] = lambda: None,
        settings: Settings | None = None,
        on_forget: Callable[[str], Awaitable[Any]] | None = None,
        modes: list[TurnMode] | None = None,
    ) -> None:
        self.on_new_message = on_new_message
        self.conversations = Conversations(tracker_store)
        self.settings = settings or get_settings()
        self.on_forget = on_forget
        self.action_health = ActionHealth(
            self.settings.action_server_url, self.settings.action_health_cache_seconds
        )
        self._pending: PendingDeletes | None = None
        self.modes = modes if modes is not None else default_modes(self.settings)

    @property
    def pending_deletes(self) -> PendingDeletes:
        if self._pending is None:  # a client made inside the running loop, on first use
            s = self.settings
            client = Redis(
                host=s.redis_host,
                port=s.redis_port,
                db=s.redis_db,
                password=s.redis_password or None,
                socket_connect_timeout=1,
                socket_timeout=2,
            )
            self._pending = PendingDeletes(client, s.redis_key_prefix)
        return self._pending

    def max_chars(self, medium: Medium) -> int:
        return (
            self.settings.sms_max_inbound_chars if medium.short else self.settings.max_message_chars
        )

    async def run(
        self, request: TurnRequest, output: CollectingOutputChannel | None = None
    ) -> TurnResult:
        """Answers one message.

        Args:
            request: The message and where it came from.
            output: Collects Rasa's replies; its ``name()`` picks the response
                variant (SMS passes its own). Default: a plain collector.
        """
        verdict = assess(request.text)
        medium = request.medium
        notice = input_notice(request.text, self.max_chars(medium), request.attachments)
        if notice is not None:
            messages = [{"text": response_text(notice, medium)}]
            first = not await self._exists(request.conversation_id)
            safe = apply_net(messages, verdict, medium, first=first)
            return TurnResult(safe, verdict)

        first = not await self._exists(request.conversation_id)
        handled = await self._deletion(request, verdict, first)
        if handled is not None:
            return handled
        # A mode that owns the conversation reads the message before the language
        # check: a log code or an account of what happened can look foreign to it,
        # and an advocate may read a language the bot cannot.
        before: list[Message] = []
        moded = await self._mode_reply(request, verdict)
        if moded is not None:
            if not moded.to_rasa:
                safe = apply_net(moded.messages, verdict, medium, first=first, quiet=moded.quiet)
                return TurnResult(safe, verdict)
            before = moded.messages
            if moded.text_for_rasa is not None:
                request = replace(request, text=moded.text_for_rasa)
        elif other_language(request.text):
            messages = [response_message(ENGLISH_ONLY_RESPONSE, medium)]
            return TurnResult(apply_net(messages, verdict, medium, first=first), verdict)

        collector = output if output is not None else CollectingOutputChannel()
        failed = False
        try:
            await self.on_new_message(self._user_message(request, collector))
        except Exception as exc:  # noqa: BLE001 - the person must still get an answer
            failed = True
            logger.error("turn.failed channel=%s error=%s", request.channel, type(exc).__name__)

        messages = before + list(collector.messages)
        if any(_marked(m, markers.ACTION_FAILED) for m in messages):
            failed = True
            logger.error("turn.action_failed channel=%s", request.channel)
        forget = any(_marked(m, markers.FORGET) for m in messages)
        starts = [cast(Message, m["custom"]) for m in messages if _marked(m, markers.START_MODE)]
        messages = [m for m in messages if not any(_marked(m, k) for k in markers.ALL)]
        if forget:
            await self.forget(request.conversation_id)
        elif not failed:
            for start in starts:
                started = await self._start_mode(request, verdict, start)
                if started is None:
                    failed = True
                else:
                    messages += started

        texts = [m.get("text") or "" for m in messages]
        degraded = not failed and not has_helpline(texts) and not await self.action_health.healthy()
        safe = apply_net(
            messages, verdict, medium, failed=failed, degraded=degraded, first=first and not failed
        )
        return TurnResult(safe, verdict, forgotten=forget, failed=failed or degraded)

    async def _deletion(
        self, request: TurnRequest, verdict: Assessment, first: bool
    ) -> TurnResult | None:
        """Handles "delete my data" and its confirmation in any state, or returns None."""
        conv, medium = request.conversation_id, request.medium
        asked = await self._quietly(self.pending_deletes.take(conv), False, "delete_take")
        reply = answer(request.text) if asked else Answer.OTHER
        if reply is Answer.YES:
            await self.forget(conv)
            messages = [response_message(DELETED_RESPONSE, medium)]
            return TurnResult(apply_net(messages, verdict, medium), verdict, forgotten=True)
        if reply is Answer.NO:
            messages = [response_message(CANCELLED_RESPONSE, medium)]
            return TurnResult(apply_net(messages, verdict, medium), verdict)
        if is_request(request.text):
            await self._quietly(self.pending_deletes.ask(conv), None, "delete_ask")
            messages = [response_message(CONFIRM_RESPONSE, medium)]
            return TurnResult(apply_net(messages, verdict, medium, first=first), verdict)
        return None

    async def _mode_reply(self, request: TurnRequest, verdict: Assessment) -> ModeReply | None:
        """The answer of the mode that owns the conversation now, if any."""
        for mode in self.modes:
            try:
                reply = await mode.handle(request, verdict)
            except Exception as exc:  # noqa: BLE001 - Rasa still answers
                logger.error("turn.mode_failed mode=%s error=%s", mode.name, type(exc).__name__)
                continue
            if reply is not None:
                return reply
        return None

    async def _start_mode(
        self, request: TurnRequest, verdict: Assessment, start: dict[str, Any]
    ) -> list[Message] | None:
        """Starts the mode an action asked for; None when it could not start."""
        name = start.get(markers.START_MODE)
        mode = next((m for m in self.modes if m.name == name), None)
        if mode is None:
            logger.error("turn.unknown_mode")
            return None
        try:
            return await mode.start(request, verdict, dict(start.get("data") or {}))
        except Exception as exc:  # noqa: BLE001 - the net adds 999 and helplines
            logger.error("turn.mode_start_failed mode=%s error=%s", mode.name, type(exc).__name__)
            return None

    async def _quietly(self, operation: Awaitable[T], default: T, name: str) -> T:
        try:
            return await operation
        except (RedisError, OSError, asyncio.TimeoutError) as exc:
            logger.error("turn.store_unavailable op=%s error=%s", name, type(exc).__name__)
            return default

    async def forget(self, conversation_id: str) -> bool:
        """Deletes the conversation and the channel's own records of it. Never raises."""
        deleted = False
        try:
            deleted = await self.conversations.delete(conversation_id)
        except Exception as exc:  # noqa: BLE001 - still delete the channel's records
            logger.error("turn.forget_failed error=%s", type(exc).__name__)
        await self.end_modes(conversation_id)
        if self.on_forget is not None:
            try:
                await self.on_forget(conversation_id)
            except Exception as exc:  # noqa: BLE001
                logger.error("turn.forget_channel_failed error=%s", type(exc).__name__)
        logger.info("conversation.forgotten deleted=%s", deleted)
        return deleted

    async def end_modes(self, conversation_id: str) -> None:
        """Ends every mode's hold on the conversation and removes its records. Never raises."""
        for mode in self.modes:
            try:
                await mode.forget(conversation_id)
            except Exception as exc:  # noqa: BLE001 - still end the rest
                name = type(exc).__name__
                logger.error("turn.forget_mode_failed mode=%s error=%s", mode.name, name)

    async def _exists(self, conversation_id: str) -> bool:
        try:
            return await self.conversations.exists(conversation_id)
        except Exception as exc:  # noqa: BLE001 - Redis down: the turn will say so
            logger.error("turn.store_unavailable error=%s", type(exc).__name__)
            return True

    @staticmethod
    def _user_message(request: TurnRequest, output: OutputChannel) -> UserMessage:
        return UserMessage(
            request.text,
            output,
            request.conversation_id,
            input_channel=request.channel,
            metadata=request.metadata,
            message_id=request.message_id,
        )
