"""The privacy answer says how long a chat is kept from the setting the store obeys."""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import actions.chat_privacy as chat_privacy
from actions.chat_privacy import ActionChatPrivacy, retention_days, retention_words
from common.settings import load_settings


def _tracker() -> Tracker:
    latest = {"text": "is this chat private", "intent": {"name": "ask_chat_privacy"}}
    events = [
        {"event": "user", "text": latest["text"], "input_channel": "rest", "parse_data": latest}
    ]
    return Tracker("someone", {}, latest, events, False, None, {}, "action_listen")


@pytest.mark.parametrize(
    ("seconds", "days"), [(2_592_000, 30), (86_400, 1), (86_401, 2), (60, 1), (604_800, 7)]
)
def test_days_are_rounded_up_so_the_answer_never_says_less_than_is_kept(seconds, days):
    assert retention_days(seconds) == days


def test_one_day_is_said_as_one_day() -> None:
    assert retention_words(86_400) == "1 day"
    assert retention_words(2_592_000) == "30 days"


@pytest.mark.parametrize(("seconds", "days"), [(2_592_000, "30 days"), (604_800, "7 days")])
async def test_the_answer_carries_the_deployers_retention(monkeypatch, seconds, days) -> None:
    settings = load_settings(None, tracker_retention_seconds=str(seconds))
    monkeypatch.setattr(chat_privacy, "get_settings", lambda: settings)
    dispatcher = CollectingDispatcher()
    await ActionChatPrivacy().run(dispatcher, _tracker(), {})
    (message,) = dispatcher.messages
    assert message["response"] == "utter_chat_privacy"
    assert message["retention"] == days
