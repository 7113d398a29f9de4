"""Buttons as numbered options, and a numbered reply back to the button's payload.

SMS has no buttons. A response with buttons is sent as its text followed by
"1 What is stalking?", "2 Keeping a record", ...; the options are remembered
for the conversation, so a reply of "1" reaches Rasa as that button's payload.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bot.channels.sms.texts import text as channel_text

_NUMBER = re.compile(r"^\s*#?\s*(\d{1,2})\s*[.)]?\s*$")


@dataclass(frozen=True)
class Option:
    title: str
    payload: str


def _as_text(message: dict[str, Any]) -> str:
    parts = [message.get("text") or ""]
    if message.get("image"):
        parts.append(str(message["image"]))  # a link is the only way to show it
    return "\n".join(p for p in parts if p)


def render(messages: list[dict[str, Any]]) -> tuple[list[str], list[Option]]:
    """A turn's messages as SMS texts, and the options offered, numbered from 1 across the turn.

    Args:
        messages: What Rasa's collecting output channel gathered (text, buttons, image).

    Returns:
        The texts, with each message's buttons listed under it, and the options in order.
    """
    texts: list[str] = []
    options: list[Option] = []
    for message in messages:
        body = _as_text(message)
        lines = []
        for button in message.get("buttons") or []:
            title, payload = button.get("title"), button.get("payload")
            if not title or not payload:
                continue
            options.append(Option(str(title), str(payload)))
            lines.append(f"{len(options)} {title}")
        if lines:
            body = "\n".join([body, channel_text("options_lead"), *lines]).strip()
        if body:
            texts.append(body)
    return texts, options


def resolve(body: str, options: list[Option]) -> str:
    """The payload of the chosen option if the message is just its number, else the message."""
    match = _NUMBER.match(body)
    if match and options:
        index = int(match.group(1))
        if 1 <= index <= len(options):
            return options[index - 1].payload
    return body
