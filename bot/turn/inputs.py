"""Input checks every channel shares: a message with no words, or too long to read.

Such a message gets a plain notice instead of a Rasa turn. The safety check
still reads it first (bot.safety.detector.assess bounds its own work), so a
long message that starts with "I want to kill myself" gets the Samaritans
guidance as well as "send it in parts".
"""

from __future__ import annotations

from bot.safety.replies import EMPTY_RESPONSE, MEDIA_ONLY_RESPONSE, TOO_LONG_RESPONSE


def input_notice(text: str, max_chars: int, attachments: int = 0) -> str | None:
    """The notice to send instead of a turn, or None when the message can be read.

    Args:
        text: What the person sent.
        max_chars: The longest message the channel reads.
        attachments: Pictures or files sent with it.
    """
    if not text.strip():
        return MEDIA_ONLY_RESPONSE if attachments else EMPTY_RESPONSE
    if len(text) > max_chars:
        return TOO_LONG_RESPONSE
    return None
