"""Sends a message to a person outside a reply: an advocate's words, a notice.

A reply normally goes back on the request that asked for it. During a
handover, the advocate writes from the console (the web service, another
process), so the message is pushed:

* **web chat**: through the socket.io Redis manager, write-only, on the same
  channel the Rasa processes listen to; whichever process holds the person's
  socket emits it into their room (``bot/channels/webchat/channel.py``);
* **SMS**: through the Twilio Messages API with the channel's retries
  (``bot/channels/sms/twilio_client.py``), at most once per message id (a
  Redis ``SET NX`` claim), to the number kept encrypted for the handover.

REST has no way to reach a person outside a reply, so nothing is pushed there.
"""

from __future__ import annotations

import logging
from typing import Any

import socketio
from redis.asyncio import Redis

from bot.channels.sms.config import load_settings as load_sms_settings
from bot.channels.sms.identity import NumberVault
from bot.channels.sms.segments import compose
from bot.channels.sms.twilio_client import TwilioMessages
from bot.channels.webchat.manager import manager_channel, redis_url
from common.medium import Medium
from common.settings import Settings

logger = logging.getLogger(__name__)

__all__ = ["Push"]

WEB_CHANNELS = ("webchat",)
SMS_CHANNELS = ("sms",)


class Push:
    """Pushes messages to people on the channel they used.

    Args:
        settings: The project's settings (Redis, Twilio, the number key).
        redis: An async Redis client for the send-once claims.
        twilio: The Messages API client (tests pass one aimed at their server).
    """

    def __init__(
        self, settings: Settings, redis: Redis, twilio: TwilioMessages | None = None
    ) -> None:
        self._settings = settings
        self._redis = redis
        self._sms = load_sms_settings(settings)
        self._twilio = twilio
        self._manager: socketio.AsyncRedisManager | None = None
        self._vault = NumberVault(settings.sms_number_key) if settings.sms_number_key else None

    @property
    def vault(self) -> NumberVault | None:
        """Encrypts numbers for keeping while a handover is live (None: SMS not set up)."""
        return self._vault

    def _web(self) -> socketio.AsyncRedisManager:
        if self._manager is None:  # made on first use, inside the running loop
            self._manager = socketio.AsyncRedisManager(
                redis_url(self._settings),
                channel=manager_channel(self._settings),
                write_only=True,
            )
        return self._manager

    def _sms_client(self) -> TwilioMessages:
        if self._twilio is None:
            self._twilio = TwilioMessages(self._sms)
        return self._twilio

    async def send(
        self,
        conversation_id: str,
        channel: str,
        text: str,
        message_id: str,
        *,
        contact: bytes | None = None,
        sender: str = "advocate",
    ) -> bool:
        """Sends text to the person; True when it was handed to the channel.

        Args:
            conversation_id: The person's conversation (the web chat room).
            channel: The input channel they used (``webchat``, ``sms``, ``rest``).
            text: What to send (SMS: made GSM-friendly and cut to the part limit).
            message_id: Unique per message: an SMS is sent at most once per id.
            contact: The encrypted number (SMS only).
            sender: Shown on the web ("advocate" or "bot").
        """
        if channel in WEB_CHANNELS:
            message: dict[str, Any] = {"id": message_id, "text": text, "custom": {"from": sender}}
            try:
                await self._web().emit(
                    "bot", {"in_reply_to": None, "messages": [message]}, room=conversation_id
                )
            except Exception as exc:  # noqa: BLE001 - reported to the caller, never raised
                logger.error("push.web_failed error=%s", type(exc).__name__)
                return False
            return True
        if channel in SMS_CHANNELS:
            return await self._send_sms(text, message_id, contact)
        logger.info("push.unsupported medium=%s", Medium.of_channel(channel).value)
        return False

    async def _send_sms(self, text: str, message_id: str, contact: bytes | None) -> bool:
        number = self._vault.decrypt(contact) if (self._vault and contact) else None
        if number is None:
            logger.error("push.sms_no_number")
            return False
        key = f"{self._settings.redis_key_prefix}:push:sent:{message_id}"
        if not await self._redis.set(key, "1", nx=True, ex=self._sms.dedupe_seconds):
            logger.info("push.sms_already_sent")
            return True
        result = await self._sms_client().send(number, compose([text], self._sms.max_parts))
        if not result.sent:
            await self._redis.delete(key)  # not sent: a retry by the caller may try again
        return result.sent

    async def close(self) -> None:
        if self._twilio is not None:
            await self._twilio.close()
