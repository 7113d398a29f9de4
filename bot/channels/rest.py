"""REST channel with the stock route and JSON contract, plus input checks and a safety net.

``POST /webhooks/rest/webhook`` with ``{"sender": "...", "message": "..."}``
returns the bot's messages as a JSON list, exactly like Rasa's RestInput. On
top of that:

* malformed requests get a 400 with a JSON error naming the field;
* empty and over-long messages get a plain-English reply instead of a turn;
* if the turn fails (Redis or the action server down) or produces nothing, the
  reply still carries 999 and helpline numbers;
* a message that signals danger always gets 999 guidance in this reply;
* nothing the user wrote is logged (the stock channel logs the text on errors);
* a confirmed "delete my data" deletes the conversation after the turn.
"""

from __future__ import annotations

import logging
import os
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.action_health import action_server_healthy
from bot.channels.forget import apply_forget
from bot.safety.replies import (
    EMPTY_RESPONSE,
    TOO_LONG_RESPONSE,
    ensure_safe_reply,
    has_helpline,
    response_text,
    safety_additions,
)

logger = logging.getLogger(__name__)

MAX_SENDER_CHARS = 128
DEFAULT_MAX_MESSAGE_CHARS = 5000


def max_message_chars() -> int:
    try:
        return int(os.environ.get("MAX_MESSAGE_CHARS", DEFAULT_MAX_MESSAGE_CHARS))
    except ValueError:
        return DEFAULT_MAX_MESSAGE_CHARS


class RequestError(ValueError):
    def __init__(self, field: str, problem: str) -> None:
        super().__init__(problem)
        self.field = field
        self.problem = problem


def parse_request(request: Request) -> tuple[str, str, dict[str, Any] | None]:
    """Reads sender, message and metadata, or raises RequestError naming the bad field."""
    try:
        body = request.json
    except Exception as exc:  # sanic raises InvalidUsage for unparsable JSON
        raise RequestError("body", "the body must be a JSON object") from exc
    if not isinstance(body, dict):
        raise RequestError("body", "the body must be a JSON object")
    sender = body.get("sender")
    if not isinstance(sender, str) or not sender.strip():
        raise RequestError("sender", "sender must be a non-empty string")
    if len(sender) > MAX_SENDER_CHARS:
        raise RequestError("sender", f"sender must be at most {MAX_SENDER_CHARS} characters")
    message = body.get("message")
    if message is None:
        raise RequestError("message", "message is required")
    if not isinstance(message, str):
        raise RequestError("message", "message must be a string")
    metadata = body.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        raise RequestError("metadata", "metadata must be a JSON object")
    return sender, message, metadata


def _as_messages(recipient_id: str, texts: list[str]) -> list[dict[str, Any]]:
    return [{"recipient_id": recipient_id, "text": text} for text in texts]


class SafeRestInput(RestInput):
    """Drop-in replacement for Rasa's REST channel (same name, route and JSON)."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("safe_rest_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                sender, text, metadata = parse_request(request)
            except RequestError as err:
                logger.info("rest.rejected field=%s", err.field)
                return response.json({"error": err.problem, "field": err.field}, status=400)

            if not text.strip():
                return response.json(_as_messages(sender, [response_text(EMPTY_RESPONSE)]))
            if len(text) > max_message_chars():
                texts = ensure_safe_reply([response_text(TOO_LONG_RESPONSE)], text)
                return response.json(_as_messages(sender, texts))

            collector = CollectingOutputChannel()
            try:
                await on_new_message(
                    UserMessage(
                        text,
                        collector,
                        sender,
                        input_channel=self.name(),
                        metadata=metadata,
                    )
                )
            except Exception as exc:  # noqa: BLE001 - the victim must still get an answer
                logger.error("rest.turn_failed error=%s", type(exc).__name__)
            agent = getattr(request.app.ctx, "agent", None)
            messages = await apply_forget(
                collector.messages, getattr(agent, "tracker_store", None), sender
            )
            texts = [m.get("text") or "" for m in messages]
            degraded = not has_helpline(texts) and not await action_server_healthy()
            return response.json(self._safe(messages, text, sender, degraded))

        return webhook

    @staticmethod
    def _safe(
        messages: list[dict[str, Any]], text: str, sender: str, degraded: bool
    ) -> list[dict[str, Any]]:
        """The turn's messages with the safety net's additions, in reply order."""
        texts = [m.get("text") or "" for m in messages]
        before, after = safety_additions(texts, text, degraded=degraded)
        return _as_messages(sender, before) + messages + _as_messages(sender, after)
