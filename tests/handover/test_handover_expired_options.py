"""A numbered SMS reply in the handover form means the same once its options have expired.

On SMS a question's buttons are sent as numbered options, kept for a while
(SMS_OPTIONS_SECONDS), so a reply of "1" reaches the form as that option's
payload (bot/channels/sms/options.py). Once they have expired, the bare "1"
reaches the form. It used to read as "back to the bot" at the screening
questions and the safe time, and the person was taken out of the handover.
Now each step reads it as the option it numbered, or asks its question again.
"""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import actions.handover as ho
from actions.handover import FORM_STEPS, ValidateHandoverForm
from actions.handover_steps import (
    ANSWER,
    ANSWERS,
    CALLBACK,
    CALLBACK_METHOD,
    CALLBACK_TIME,
    CONSENT,
    CONTACT,
    LEFT,
    OPEN,
    SCREENING_OFFER,
)
from bot.channels.sms.options import Option, render, resolve
from common.settings import load_settings
from handover.screening import questions

# The slots before each step is asked, as the form would have them.
BEFORE: dict[str, dict[str, Any]] = {
    CONSENT: {OPEN: True},
    SCREENING_OFFER: {OPEN: True, CONSENT: True},
    ANSWER: {OPEN: True, CONSENT: True, SCREENING_OFFER: True},
    CONTACT: {OPEN: True, CONSENT: True, SCREENING_OFFER: False},
    CALLBACK_TIME: {OPEN: True, CONSENT: True, CONTACT: CALLBACK},
    CALLBACK_METHOD: {OPEN: True, CONSENT: True, CONTACT: CALLBACK, CALLBACK_TIME: "mornings"},
}


@pytest.fixture(autouse=True)
def _advocates_here(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = load_settings(None, handover_hours="always")
    monkeypatch.setattr(ho, "get_settings", lambda: settings)


def _sms_tracker(slots: dict[str, Any]) -> Tracker:
    parse = {"text": "1", "intent": {"name": "affirm"}, "entities": []}
    event = {"event": "user", "text": "1", "input_channel": "sms", "parse_data": parse}
    return Tracker("sms_someone", slots, parse, [event], False, None, {}, "action_listen")


async def _read(slot: str, reply: str) -> tuple[dict[str, Any], list[str | None]]:
    dispatcher = CollectingDispatcher()
    validate = getattr(ValidateHandoverForm(), f"validate_{slot}")
    found = await validate(reply, dispatcher, _sms_tracker(BEFORE[slot]), {})
    return found, [m.get("response") for m in dispatcher.messages]


def _options_offered(slot: str) -> list[Option]:
    """What the SMS channel would number for the step's question."""
    dispatcher = CollectingDispatcher()
    FORM_STEPS[slot].ask(ho.form_turn(dispatcher, _sms_tracker(BEFORE[slot])))
    return render(dispatcher.messages)[1]


def test_every_step_of_the_form_is_covered() -> None:
    assert set(BEFORE) == set(FORM_STEPS)


@pytest.mark.parametrize("slot", list(BEFORE))
async def test_one_means_the_same_with_or_without_the_options(slot: str) -> None:
    offered = _options_offered(slot)
    while_kept = await _read(slot, resolve("1", offered))
    expired = await _read(slot, resolve("1", []))
    assert expired == while_kept
    assert not expired[0].get(LEFT)


async def test_an_expired_one_answers_the_screening_question_still_asked() -> None:
    found, said = await _read(ANSWER, "1")
    assert found[ANSWERS] == {questions()[0].id: "yes"}
    assert LEFT not in found and said == []


@pytest.mark.parametrize("reply", ["1", "2", "#1", "3."])
async def test_a_bare_number_for_the_safe_time_asks_again(reply: str) -> None:
    found, said = await _read(CALLBACK_TIME, reply)
    assert found == {CALLBACK_TIME: None}
    assert said == ["utter_handover_callback_time_unclear"]


@pytest.mark.parametrize("slot", [ANSWER, CALLBACK_TIME])
async def test_menu_and_back_to_the_bot_still_leave(slot: str) -> None:
    for reply in ("menu", "Back to the bot"):
        found, _ = await _read(slot, reply)
        assert found[LEFT] is True and found["requested_slot"] is None


async def test_a_safe_time_with_a_number_in_it_is_kept() -> None:
    found, said = await _read(CALLBACK_TIME, "after 6")
    assert found == {CALLBACK_TIME: "after 6"} and said == []
