"""REST channel with the stock route and JSON contract, as a thin adapter over the safe turn.

``POST /webhooks/rest/webhook`` with ``{"sender": "...", "message": "..."}``
returns the bot's messages as a JSON list, exactly like Rasa's RestInput.
Malformed requests get a 400 with ``{"error", "field"}``; everything else
(input checks, the safety verdict, failures, delete-my-data) is the shared
turn's (bot/turn/). Nothing the person wrote is logged (the stock channel
logs the text on errors).

The channel trusts the sender id it is given, so it is for tests, benchmarks
and trusted integrators only: with REST_CHANNEL_TOKEN set it requires
``Authorization: Bearer <token>`` (a header, never a query string, which
would end up in access logs); in production (DEPLOYMENT=production) it is off
unless a token is set. Its conversations live under ``rest:<sender>``, so no
REST caller can reach a web chat or SMS conversation.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.turn import SafeTurn, TurnRequest, warm_up
from common.errors import FieldError, error_body
from common.settings import Settings

logger = logging.getLogger(__name__)

MAX_SENDER_CHARS = 128
# REST conversations have their own namespace in the tracker store.
NAMESPACE = "rest:"


def conversation_id(sender: str) -> str:
    return NAMESPACE + sender


def refusal(request: Request, settings: Settings) -> HTTPResponse | None:
    """A 401/403 if the request may not use the channel, else None."""
    token = settings.rest_channel_token
    if not token:
        if settings.deployment == "production":
            return response.json({"error": "the REST channel is off"}, status=403)
        return None
    scheme, _, given = (request.headers.get("authorization") or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.encode(), token.encode()):
        return response.json(
            {"error": "a valid bearer token is required"},
            status=401,
            headers={"WWW-Authenticate": "Bearer"},
        )
    return None


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

        # Every channel runs in this process and shares what this loads; the REST
        # channel is always registered, so it warms the turn for all of them.
        @webhook.listener("before_server_start")
        async def warm(*_: Any) -> None:
            await asyncio.to_thread(warm_up)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            refused = refusal(request, turn(request).settings)
            if refused is not None:
                logger.info("rest.refused status=%d", refused.status)
                return refused
            try:
                sender, text, metadata = parse_request(request)
            except FieldError as err:
                logger.info("rest.rejected field=%s", err.field)
                return response.json(error_body(err), status=400)
            result = await turn(request).run(
                TurnRequest(conversation_id(sender), text, self.name(), metadata=metadata)
            )
            return response.json([{"recipient_id": sender, **m} for m in result.messages])

        return webhook
