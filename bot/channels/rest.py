"""REST channel with the stock route and JSON contract, as a thin adapter over the safe turn.

``POST /webhooks/rest/webhook`` with ``{"sender": "...", "message": "..."}``
returns the bot's messages as a JSON list, exactly like Rasa's RestInput.
Malformed requests get a 400 with ``{"error", "field"}``; everything else
(input checks, the safety verdict, failures, delete-my-data) is the shared
turn's (bot/turn/). Nothing the person wrote is logged (the stock channel
logs the text on errors).
"""

from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.turn import SafeTurn, TurnRequest
from common.errors import FieldError, error_body

logger = logging.getLogger(__name__)

MAX_SENDER_CHARS = 128


def parse_request(request: Request) -> tuple[str, str, dict[str, Any] | None]:
    """Reads sender, message and metadata, or raises FieldError naming the bad field."""
    try:
        body = request.json
    except Exception as exc:  # noqa: BLE001 - sanic raises InvalidUsage for unparsable JSON
        raise FieldError("body", "the body must be a JSON object") from exc
    if not isinstance(body, dict):
        raise FieldError("body", "the body must be a JSON object")
    sender = body.get("sender")
    if not isinstance(sender, str) or not sender.strip():
        raise FieldError("sender", "sender must be a non-empty string")
    if len(sender) > MAX_SENDER_CHARS:
        raise FieldError("sender", f"sender must be at most {MAX_SENDER_CHARS} characters")
    message = body.get("message")
    if message is None:
        raise FieldError("message", "message is required")
    if not isinstance(message, str):
        raise FieldError("message", "message must be a string")
    metadata = body.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        raise FieldError("metadata", "metadata must be a JSON object")
    return sender, message, metadata


class SafeRestInput(RestInput):
    """Drop-in replacement for Rasa's REST channel (same name, route and JSON)."""

    @classmethod
    def name(cls) -> str:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("safe_rest_webhook", __name__)
        turns: list[SafeTurn] = []

        def turn(request: Request) -> SafeTurn:
            if not turns:  # built on first use, inside the running server
                agent = lambda: getattr(request.app.ctx, "agent", None)  # noqa: E731
                turns.append(
                    SafeTurn(on_new_message, lambda: getattr(agent(), "tracker_store", None))
                )
            return turns[0]

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                sender, text, metadata = parse_request(request)
            except FieldError as err:
                logger.info("rest.rejected field=%s", err.field)
                return response.json(error_body(err), status=400)
            result = await turn(request).run(
                TurnRequest(sender, text, self.name(), metadata=metadata)
            )
            return response.json([{"recipient_id": sender, **m} for m in result.messages])

        return webhook
