"""Base class that keeps a failing action from going silent or leaking the tracker.

rasa_sdk's default error handler logs the request and echoes the whole request
body (the tracker, with the user's words) back to Rasa. Actions built on
SafeAction catch their own errors, log only the error type, drop whatever they
had half-said, and tell the shared turn (bot/turn/) with the ``action_failed``
marker: the turn then adds the notice with 999 and helpline numbers, so a
person who asked "who can help?" is never left with silence or a bare notice
that the bot is an automated helper.
"""

from __future__ import annotations

import abc
import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from common import markers
from common.medium import Medium
from common.settings import get_settings

logger = logging.getLogger(__name__)


def medium_of(tracker: Tracker) -> Medium:
    """Web or SMS, from the channel of the latest user message."""
    return Medium.of_channel(tracker.get_latest_input_channel())


class SafeAction(Action, abc.ABC):
    """An action whose failures still give the person a safe, useful answer.

    Abstract, so rasa_sdk's executor (which registers every concrete subclass
    of Action) skips this class and intermediate bases such as ``_StartLog``.
    """

    @abc.abstractmethod
    def name(self) -> str:
        """The action's name in the domain."""

    @abc.abstractmethod
    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        """Does the action's work; may raise, run() turns that into a safe reply."""

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        try:
            if get_settings().injected_failure(self.name()):
                raise RuntimeError("failure injected by FAIL_ACTIONS")
            return await self.respond(dispatcher, tracker, domain)
        except Exception as exc:  # noqa: BLE001 - never fail silently in front of a victim
            logger.error("action.failed action=%s error=%s", self.name(), type(exc).__name__)
            dispatcher.messages.clear()
            dispatcher.utter_message(json_message={markers.ACTION_FAILED: True})
            return []
