"""The ``sms`` input channel: Twilio's inbound webhook at ``POST /webhooks/sms/webhook``.

The webhook answers at once with empty TwiML and handles the message in the
background (bot/channels/sms/service.py); replies go out through Twilio's
Messages API. Before anything is handled:

* 503 if the channel is not configured (the log names the missing settings);
* 403 if X-Twilio-Signature is missing or does not match the URL Twilio called
  (SMS_PUBLIC_URL, else the request's URL) and the form fields;
* 413, 415 or 400 for an oversized, non-form or malformed body, or a missing
  or unusable From or MessageSid.

Only the outcome is logged (``sms.rejected reason=signature``): never the
number, the words, or the conversation id.
"""

from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.sms.config import SmsSettings, load_settings
from bot.channels.sms.identity import InvalidNumber, conversation_id, to_e164
from bot.channels.sms.inbound import (
    FORM_TYPE,
    MAX_BODY_BYTES,
    FormError,
    parse_form,
    read_message,
)
from bot.channels.sms.output import SmsOutput
from bot.channels.sms.service import SmsService
from bot.channels.sms.signature import is_valid, signed_url
from bot.channels.sms.store import SmsStore, connect
from bot.channels.sms.twilio_client import TwilioMessages
from bot.turn import SafeTurn
from common.settings import Settings

logger = logging.getLogger(__name__)

__all__ = ["SmsInput", "SmsOutput"]

EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
# How long a stopping server waits for messages already acknowledged to Twilio.
DRAIN_SECONDS = 10.0


def _reject(status: int, reason: str) -> HTTPResponse:
    logger.info("sms.rejected status=%d reason=%s", status, reason)
    return response.text(f"rejected: {reason}", status=status)


class SmsInput(InputChannel):
    """Twilio SMS with signature checks, fast acknowledgement and pseudonymous conversations."""

    @classmethod
    def name(cls) -> str:
        return "sms"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> SmsInput:
        # Every setting comes from the environment, read on the first request.
        return cls()

    def __init__(
        self, settings: SmsSettings | None = None, project: Settings | None = None
    ) -> None:
        self._settings = settings
        self._project = project
        self._missing: list[str] | None = None
        self._service: SmsService | None = None

    @property
    def settings(self) -> SmsSettings:
        if self._settings is None:
            self._settings = load_settings()
        return self._settings

    def service(
        self, app: Any, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> SmsService:
        """The background service, created on first use inside the running server."""
        if self._service is None:
            settings = self.settings
            turn = SafeTurn(
                on_new_message,
                lambda: getattr(getattr(app.ctx, "agent", None), "tracker_store", None),
                settings=self._project,
            )
            self._service = SmsService(
                settings, SmsStore(connect(settings), settings), TwilioMessages(settings), turn
            )
            turn.on_forget = self._service.forget
        return self._service

    async def close(self) -> None:
        if self._service is not None:
            await self._service.close(DRAIN_SECONDS)
            self._service = None

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("sms_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                return await self.receive(request, on_new_message)
            except Exception as exc:  # noqa: BLE001 - never a 500 or a stack trace
                logger.error("sms.webhook_failed error=%s", type(exc).__name__)
                return response.text("unavailable", status=503)

        @webhook.listener("before_server_stop")
        async def drain(*_: Any) -> None:
            await self.close()

        return webhook

    async def receive(
        self, request: Request, on_new_message: Callable[[UserMessage], Awaitable[Any]]
    ) -> HTTPResponse:
        """Checks one webhook request and, if it is sound, hands the message on."""
        settings = self.settings
        if self._missing is None:  # checked once; a restart picks up new settings
            self._missing = settings.missing()
            if self._missing:
                logger.error("sms.not_configured missing=%s", ", ".join(self._missing))
        if self._missing:
            return response.text("SMS is not configured", status=503)

        signature = request.headers.get("X-Twilio-Signature", "")
        if not signature:
            return _reject(403, "unsigned")
        raw = request.body or b""
        if len(raw) > MAX_BODY_BYTES:
            return _reject(413, "too_large")
        content_type = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
        if content_type != FORM_TYPE:
            return _reject(415, "content_type")
        try:
            fields = parse_form(raw)
        except FormError:
            return _reject(400, "body")
        url = signed_url(request.url, settings.public_url)
        if not is_valid(settings.auth_token, url, fields, signature):
            return _reject(403, "signature")

        try:
            message = read_message(fields)
            number = to_e164(message.sender)
        except FormError as err:
            return _reject(400, err.field)
        except InvalidNumber:
            return _reject(400, "From")
        conv = conversation_id(number, settings.id_secret)
        self.service(request.app, on_new_message).submit(message, number, conv)
        return response.text(EMPTY_TWIML, content_type="text/xml")
