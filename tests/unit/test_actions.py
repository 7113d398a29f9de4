"""Actions answer from the service directory and never fail silently or leak text."""

from __future__ import annotations

import logging

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.support_services import ActionListServices


def _tracker(text: str, channel: str = "rest") -> Tracker:
    latest = {"text": text, "intent": {"name": "ask_support_services"}}
    events = [{"event": "user", "text": text, "input_channel": channel, "parse_data": latest}]
    return Tracker("someone", {}, latest, events, False, None, {}, "action_listen")


async def test_list_services_answers_from_the_directory() -> None:
    dispatcher = CollectingDispatcher()
    await ActionListServices().run(dispatcher, _tracker("im a man, who can help"), {})
    text = dispatcher.messages[0]["text"]
    assert text.splitlines()[1].startswith("• Men's Advice Line: 0808 801 0327")


async def test_list_services_is_shorter_on_sms() -> None:
    web, sms = CollectingDispatcher(), CollectingDispatcher()
    await ActionListServices().run(web, _tracker("who can help"), {})
    await ActionListServices().run(sms, _tracker("who can help", "sms"), {})
    assert len(sms.messages[0]["text"]) < len(web.messages[0]["text"])


async def test_a_failing_action_sends_nothing_and_logs_no_words(monkeypatch, caplog) -> None:
    # The channel's safety net answers a silent turn with 999 and helplines.
    def broken(*_args, **_kwargs):
        raise RuntimeError("directory unreadable")

    monkeypatch.setattr("actions.support_services.services_reply", broken)
    dispatcher = CollectingDispatcher()
    with caplog.at_level(logging.INFO):
        events = await ActionListServices().run(dispatcher, _tracker("my secret words"), {})
    assert events == [] and dispatcher.messages == []
    assert "RuntimeError" in caplog.text and "my secret words" not in caplog.text
