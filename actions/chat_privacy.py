"""action_chat_privacy: what happens to what the person types, in true numbers.

The words are ``utter_chat_privacy`` (bot/domain/privacy.yml); this fills in
how long a conversation is kept from the same setting the tracker store obeys
(``tracker_retention_seconds``), so a deployer who shortens it changes the
answer too.
"""

from __future__ import annotations

import math
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.safe_action import SafeAction
from common.settings import get_settings

SECONDS_A_DAY = 86_400


def retention_days(seconds: int) -> int:
    """Whole days, rounded up, so the answer never says less than is kept."""
    return max(1, math.ceil(seconds / SECONDS_A_DAY))


def retention_words(seconds: int) -> str:
    """'30 days', '1 day': how long a chat is kept, as the answer says it."""
    days = retention_days(seconds)
    return "1 day" if days == 1 else f"{days} days"


class ActionChatPrivacy(SafeAction):
    def name(self) -> str:
        return "action_chat_privacy"

    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        kept = retention_words(get_settings().tracker_retention_seconds)
        dispatcher.utter_message(response="utter_chat_privacy", retention=kept)
        return []
