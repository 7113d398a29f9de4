"""The honest fallback as the person sees it: web buttons, SMS numbers, and the plain fallback."""

from __future__ import annotations

import logging

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.handover_data import told_topics
from actions.understanding import ActionSuggestTopics
from bot.channels.sms.options import render, resolve
from bot.channels.sms.segments import count_segments
from bot.safety.replies import response_message
from common import markers
from common.medium import Medium
from common.sms_text import PREVIEW_CHARS, is_gsm7, reveals_topic

LIKELY = [
    {"name": "nlu_fallback", "confidence": 0.5},
    {"name": "ask_reporting", "confidence": 0.41},
    {"name": "greet", "confidence": 0.2},
    {"name": "ask_evidence_log", "confidence": 0.18},
    {"name": "ask_tracking", "confidence": 0.1},
]
UNLIKELY = [
    {"name": "nlu_fallback", "confidence": 0.5},
    {"name": "ask_reporting", "confidence": 0.07},
]


def _tracker(ranking: list[dict], channel: str = "rest", text: str = "the thing again") -> Tracker:
    latest = {
        "text": text,
        "intent": {"name": "nlu_fallback", "confidence": 0.5},
        "intent_ranking": ranking,
    }
    events = [{"event": "user", "text": text, "input_channel": channel, "parse_data": latest}]
    return Tracker("someone", {}, latest, events, False, None, {}, "action_listen")


async def _said(ranking: list[dict], channel: str = "rest") -> list[dict]:
    dispatcher = CollectingDispatcher()
    events = await ActionSuggestTopics().run(dispatcher, _tracker(ranking, channel), {})
    assert events == []
    return dispatcher.messages


def _as_rasa_sends_it(message: dict, medium: Medium) -> dict:
    """The action's message as Rasa sends it: the response's variant, then the action's buttons."""
    sent = response_message(message["response"], medium)
    sent.setdefault("buttons", [])
    sent["buttons"].extend(message.get("buttons") or [])
    return sent


async def test_likely_topics_are_offered_as_buttons_with_the_options() -> None:
    [message] = await _said(LIKELY)
    assert message["response"] == "utter_default_suggestions"
    assert [(b["title"], b["payload"]) for b in message["buttons"]] == [
        ("Reporting it", "/ask_reporting"),
        ("Keeping a record", "/ask_evidence_log"),
        ("Show me the options", "/ask_menu"),
    ]
    web = _as_rasa_sends_it(message, Medium.WEB)["text"]
    assert web.startswith(
        "Sorry, I'm not sure what you mean, and I don't want to guess. Did you mean one of these?"
    )
    assert "If you are in danger now, call 999." in web


async def test_no_likely_topic_says_exactly_the_old_fallback() -> None:
    [message] = await _said(UNLIKELY)
    assert message["response"] == "utter_default" and not message.get("buttons")
    web = _as_rasa_sends_it(message, Medium.WEB)
    assert web["text"].startswith("Sorry, I'm not sure what you mean, and I don't want to guess.")
    assert [b["title"] for b in web["buttons"]] == ["Show me the options", "Who can help?"]


async def test_by_text_the_topics_are_numbered_and_a_reply_of_1_picks_the_first() -> None:
    [message] = await _said(LIKELY, channel="sms")
    texts, options = render([_as_rasa_sends_it(message, Medium.SMS)])
    [sms] = texts
    assert sms.endswith(
        "Reply with a number:\n1 Reporting it\n2 Keeping a record\n3 Show me the options"
    )
    assert resolve("1", options) == "/ask_reporting"
    assert resolve("2", options) == "/ask_evidence_log"
    # Short, plain, with 999, and a lock screen shows no topic.
    assert "999" in sms and is_gsm7(sms) and count_segments(sms) == 1
    assert not reveals_topic(sms)


@pytest.mark.parametrize("topic", ["ask_what_is_stalking", "ask_protective_orders"])
async def test_by_text_even_a_telling_title_stays_out_of_the_lock_screen(topic: str) -> None:
    ranking = [{"name": "nlu_fallback", "confidence": 0.5}, {"name": topic, "confidence": 0.4}]
    [message] = await _said(ranking, channel="sms")
    [sms], _ = render([_as_rasa_sends_it(message, Medium.SMS)])
    assert reveals_topic(sms, whole=True) and not reveals_topic(sms)
    assert len(sms.split("\n1 ")[0]) > PREVIEW_CHARS


async def test_a_failure_still_gets_a_safe_answer(monkeypatch, caplog) -> None:
    def broken(*_args, **_kwargs):
        raise RuntimeError("ranking unreadable")

    monkeypatch.setattr("actions.understanding.suggest_topics", broken)
    dispatcher = CollectingDispatcher()
    with caplog.at_level(logging.INFO):
        await ActionSuggestTopics().run(dispatcher, _tracker(LIKELY, text="my secret words"), {})
    assert [m.get("custom") for m in dispatcher.messages] == [{markers.ACTION_FAILED: True}]
    assert "my secret words" not in caplog.text


def test_the_fallback_is_not_told_to_the_advocate_as_a_topic() -> None:
    events = [
        {"event": "user", "text": "the thing", "parse_data": {"intent": {"name": "nlu_fallback"}}},
        {"event": "action", "name": "action_suggest_topics"},
        {"event": "user", "text": "/ask_reporting", "parse_data": {"intent": {"name": "x"}}},
        {"event": "action", "name": "utter_reporting"},
    ]
    tracker = Tracker("someone", {}, {}, events, False, None, {}, "action_listen")
    assert told_topics(tracker) == ["utter_reporting"]
