"""What reaches the page: a Rasa message as the widget reads it, and pushes from any process."""

from __future__ import annotations

from typing import Any

import socketio
from rasa.core.channels.channel import OutputChannel

from bot.channels.webchat import tokens

# Rasa's name for the channel, both ways (and the turn's ``channel``).
CHANNEL_NAME = "webchat"


def public_message(message: dict[str, Any], message_id: str) -> dict[str, Any]:
    """What the page needs of a Rasa message (not the recipient id)."""
    out: dict[str, Any] = {"id": message_id}
    if message.get("text"):
        out["text"] = str(message["text"])
    buttons = [
        {"title": str(b.get("title", "")), "payload": str(b.get("payload", ""))}
        for b in message.get("buttons") or []
        if isinstance(b, dict)
    ]
    if buttons:
        out["buttons"] = buttons
    if isinstance(message.get("custom"), dict):
        out["custom"] = message["custom"]
    return out


class WebchatOutput(OutputChannel):
    """Sends to a conversation's room through the Redis manager (from any process)."""

    @classmethod
    def name(cls) -> str:
        return CHANNEL_NAME

    def __init__(self, sio: socketio.AsyncServer) -> None:
        self.sio = sio
        self._count = 0

    async def _send(self, recipient_id: str, message: dict[str, Any]) -> None:
        self._count += 1
        message.setdefault("id", f"push-{tokens.new_session_id()[:12]}")
        await self.sio.emit("bot", {"in_reply_to": None, "messages": [message]}, room=recipient_id)

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self._send(recipient_id, {"text": text})

    async def send_text_with_buttons(
        self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any
    ) -> None:
        await self._send(recipient_id, public_message({"text": text, "buttons": buttons}, ""))

    async def send_custom_json(
        self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any
    ) -> None:
        await self._send(recipient_id, {"custom": json_message})
