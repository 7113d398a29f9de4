"""Starting the incident log (issue 13): the log itself runs outside Rasa.

Each action only hands the conversation to the turn's log mode
(``bot/turn/incident_log_mode.py``) with the ``start_mode`` marker; the
person's account then never reaches Rasa's tracker.
"""

from __future__ import annotations

import abc
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.safe_action import SafeAction
from common import markers

MODE = "incident_log"


class _StartLog(SafeAction):
    """Hands the conversation to the log mode, saying what the person came to do."""

    @property
    @abc.abstractmethod
    def purpose(self) -> str:
        """What the log mode starts with: a new ``entry``, ``open`` the log, or ``share`` it."""

    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(json_message=markers.start_mode(MODE, purpose=self.purpose))
        return []


class ActionStartIncidentLog(_StartLog):
    """ "I want to log something": a new entry, in the person's own words first."""

    purpose = "entry"

    def name(self) -> str:
        return "action_start_incident_log"


class ActionOpenIncidentLog(_StartLog):
    """ "Open my log", "I have a code": asks for the code, then what to do."""

    purpose = "open"

    def name(self) -> str:
        return "action_open_incident_log"


class ActionShareIncidentLog(_StartLog):
    """ "Send my log to my advocate": asks for the code, then for consent."""

    purpose = "share"

    def name(self) -> str:
        return "action_share_incident_log"
