"""Actions answer from the service directory and never fail silently or leak text."""

from __future__ import annotations

import logging

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.support_services import ActionListServices
from common import markers
from signposting.profile import profile_entities


def _tracker(text: str, channel: str = "rest", slots: dict | None = None) -> Tracker:
    """A tracker after one message, with its entities as the profile extractor sets them."""
    entities = [{"entity": name, "value": value} for name, value in profile_entities(text)]
    latest = {"text": text, "intent": {"name": "ask_support_services"}, "entities": entities}
    events = [{"event": "user", "text": text, "input_channel": channel, "parse_data": latest}]
    return Tracker("someone", slots or {}, latest, events, False, None, {}, "action_listen")


async def test_list_services_answers_from_the_profile_slots() -> None:
    # The words of this message say nothing: what counts is what the bot kept.
    dispatcher = CollectingDispatcher()
    tracker = _tracker("who can help", slots={"identity": ["men"], "area": "cheshire_east"})
    await ActionListServices().run(dispatcher, tracker, {})
    text = dispatcher.messages[0]["text"]
    assert text.splitlines()[1].startswith("• Men's Advice Line: 0808 801 0327")


async def test_list_services_is_shorter_on_sms() -> None:
    web, sms = CollectingDispatcher(), CollectingDispatcher()
    await ActionListServices().run(web, _tracker("who can help"), {})
    await ActionListServices().run(sms, _tracker("who can help", "sms"), {})
    assert len(sms.messages[0]["text"]) < len(web.messages[0]["text"])


async def test_a_failing_action_tells_the_turn_and_logs_no_words(monkeypatch, caplog) -> None:
    # The shared turn answers the action_failed marker with 999 and helplines.
    def broken(*_args, **_kwargs):
        raise RuntimeError("directory unreadable")

    monkeypatch.setattr("actions.support_services.services_reply", broken)
    dispatcher = CollectingDispatcher()
    with caplog.at_level(logging.INFO):
        events = await ActionListServices().run(dispatcher, _tracker("my secret words"), {})
    assert events == []
    assert [m.get("custom") for m in dispatcher.messages] == [{markers.ACTION_FAILED: True}]
    assert "RuntimeError" in caplog.text and "my secret words" not in caplog.text


async def test_the_area_from_the_order_questions_reaches_the_list() -> None:
    dispatcher = CollectingDispatcher()
    await ActionListServices().run(
        dispatcher, _tracker("who can help", slots={"area": "halton"}), {}
    )
    # Cheshire CARES serves the four Cheshire areas; without an area it is not listed.
    assert "Cheshire CARES" in dispatcher.messages[0]["text"]


async def test_an_area_outside_cheshire_is_said_plainly() -> None:
    dispatcher = CollectingDispatcher()
    slots = {"area": "greater_manchester"}
    await ActionListServices().run(dispatcher, _tracker("who can help", slots=slots), {})
    assert "so these are national" in dispatcher.messages[0]["text"]
