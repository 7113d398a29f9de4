"""Base class that keeps a failing action from going silent or leaking the tracker.

rasa_sdk's default error handler logs the request and echoes the whole request
body (the tracker, with the user's words) back to Rasa. Actions built on
SafeAction catch their own errors, log only the error type, and send nothing:
a turn with no reply makes the channel's safety net answer with 999 and
helpline numbers (bot/safety/replies.py), the same as when the action server
is down.
"""

from __future__ import annotations

import abc
import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

logger = logging.getLogger(__name__)


def channel_of(tracker: Tracker) -> str:
    """The channel of the latest user message ("sms", "rest", "socketio", ...)."""
    return (tracker.get_latest_input_channel() or "").lower()


class SafeAction(Action):
    """An action whose failures still give the person a safe, useful answer."""

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
            return await self.respond(dispatcher, tracker, domain)
        except Exception as exc:  # noqa: BLE001 - never fail silently in front of a victim
            logger.error("action.failed action=%s error=%s", self.name(), type(exc).__name__)
            dispatcher.messages.clear()
            return []
