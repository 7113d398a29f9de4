"""What a channel hands to the shared turn, and what it gets back."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.safety.detector import Assessment
from common.medium import Medium


@dataclass(frozen=True)
class TurnRequest:
    """One message from a person, as a channel adapter understood it.

    Attributes:
        conversation_id: The tracker key, already namespaced by the channel
            (``web:…``, the SMS keyed hash, a REST sender); never a phone number.
        text: What the person wrote (a numbered SMS reply already resolved).
        channel: The Rasa input channel name; it decides the medium.
        metadata: Passed to Rasa with the message.
        message_id: The channel's id for the message (dedupe is the channel's job).
        attachments: Pictures or files sent with it (SMS media, later web uploads).
        contact: How to reach the person outside this reply (the SMS number, E.164),
            used only to keep it encrypted while a handover is live; never logged.
    """

    conversation_id: str
    text: str
    channel: str
    metadata: dict[str, Any] | None = None
    message_id: str | None = None
    attachments: int = 0
    contact: str | None = field(default=None, repr=False)

    @property
    def medium(self) -> Medium:
        return Medium.of_channel(self.channel)


@dataclass(frozen=True)
class TurnResult:
    """The replies to send, in order, and what happened to the conversation.

    Attributes:
        messages: Rasa message dicts (``text``, ``buttons``, ``custom``…) with
            the safety net applied and the actions' markers removed.
        verdict: The safety check's verdict on the message (rule ids only).
        forgotten: The person confirmed "delete my data" and it is deleted.
        failed: The turn did not run normally (Rasa, Redis or an action failed).
    """

    messages: list[dict[str, Any]]
    verdict: Assessment
    forgotten: bool = False
    failed: bool = False
    texts: list[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "texts", [m.get("text") or "" for m in self.messages])
