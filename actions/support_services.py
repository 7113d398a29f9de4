"""action_list_services: a short, ranked list of services for what the person said."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.safe_action import SafeAction, medium_of
from signposting.recommend import services_reply


class ActionListServices(SafeAction):
    def name(self) -> str:
        return "action_list_services"

    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        text = tracker.latest_message.get("text") or ""
        now = datetime.now(timezone.utc)
        dispatcher.utter_message(text=services_reply(text, medium_of(tracker).value, now))
        return []
