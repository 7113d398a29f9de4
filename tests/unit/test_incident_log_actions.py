"""The actions that start the incident log: each hands over to the log mode with its purpose."""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.incident_log import (
    MODE,
    ActionOpenIncidentLog,
    ActionShareIncidentLog,
    ActionStartIncidentLog,
)
from common import markers


@pytest.mark.parametrize(
    ("action", "name", "purpose"),
    [
        (ActionStartIncidentLog, "action_start_incident_log", "entry"),
        (ActionOpenIncidentLog, "action_open_incident_log", "open"),
        (ActionShareIncidentLog, "action_share_incident_log", "share"),
    ],
)
async def test_each_start_hands_over_to_the_log_mode(action, name: str, purpose: str) -> None:
    parse = {"text": "my log", "intent": {"name": "affirm"}, "entities": []}
    event = {"event": "user", "text": "my log", "input_channel": "rest", "parse_data": parse}
    tracker = Tracker("someone", {}, parse, [event], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    assert action().name() == name
    assert await action().run(dispatcher, tracker, {}) == []
    assert [m["custom"] for m in dispatcher.messages] == [markers.start_mode(MODE, purpose=purpose)]
