"""action_list_services: a short, ranked list of services for what the person has said.

It reads the profile the bot keeps (the ``area``, ``identity`` and ``need``
slots, filled by ``bot.components.profile_extractor``), so "I'm in Crewe"
said earlier still counts, and the area answered in the court-order questions
does too. Whether they asked who is open *now* is a signal about this message
only, read from its entities.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.safe_action import SafeAction, medium_of
from common.settings import get_settings
from signposting.directory import cached_directory
from signposting.profile import AREA, IDENTITY, NEED, OPEN_NOW, PLACE_UNCLEAR, Profile
from signposting.recommend import services_reply


def profile_of(tracker: Tracker) -> Profile:
    """The person's profile from the slots, with this message's place signal."""
    profile = Profile.from_slots(
        tracker.get_slot(AREA), tracker.get_slot(IDENTITY), tracker.get_slot(NEED)
    )
    if _said(tracker, PLACE_UNCLEAR):
        return replace(profile, place_unclear=True)
    return profile


def _said(tracker: Tracker, entity: str) -> bool:
    return any(True for _ in tracker.get_latest_entity_values(entity))


class ActionListServices(SafeAction):
    def name(self) -> str:
        return "action_list_services"

    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        text = services_reply(
            profile_of(tracker),
            medium_of(tracker),
            datetime.now(timezone.utc),
            open_now=_said(tracker, OPEN_NOW),
            # The bundled file, or the deployer's checked copy (SERVICES_FILE).
            directory=cached_directory(get_settings().services_file),
        )
        dispatcher.utter_message(text=text)
        return []
