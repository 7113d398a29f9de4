"""Web or SMS: how long a reply may be and whether it may carry buttons.

Decided once, from the input channel Rasa records with each message, and
passed as a value into the library; nothing else guesses it from a channel
name. Every channel but ``sms`` is web-shaped (REST, the web chat).
"""

from __future__ import annotations

from enum import Enum

SMS_CHANNEL = "sms"


class Medium(str, Enum):
    """The shape a reply must take."""

    WEB = "web"
    SMS = "sms"

    @classmethod
    def of_channel(cls, input_channel: str | None) -> Medium:
        """The medium for a Rasa input channel name (``None``: web)."""
        return cls.SMS if (input_channel or "").strip().lower() == SMS_CHANNEL else cls.WEB

    @property
    def short(self) -> bool:
        """Replies must be short, GSM-7 and without buttons."""
        return self is Medium.SMS
