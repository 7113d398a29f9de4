"""Collects a turn's replies under the channel name ``sms``, so Rasa picks the SMS wording."""

from __future__ import annotations

from rasa.core.channels.channel import CollectingOutputChannel


class SmsOutput(CollectingOutputChannel):
    """Rasa chooses response variants by the output channel's name: ``channel: sms``."""

    @classmethod
    def name(cls) -> str:
        return "sms"
