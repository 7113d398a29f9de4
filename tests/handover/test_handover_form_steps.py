"""The handover form's table (actions/handover.py FORM_STEPS), and hours read again at the wait.

Rasa asks a form's slot with ``action_ask_<slot>`` and rasa_sdk validates it
with ``validate_<slot>``, both found by name: a step missing from the table, or
a table entry without its action or method, would leave a question unasked or
an answer unread. (How each step asks and reads: tests/unit/test_handover_entry_actions.py.)

Advocates can go off duty while a person answers the consent and screening
questions: choosing to wait then gets the out-of-hours question instead of a
queue nobody is reading.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import ActionExecutor, CollectingDispatcher

import actions.handover as ho
from actions.handover import FORM_STEPS, ValidateHandoverForm
from actions.handover_steps import (
    CALLBACK,
    CALLBACK_METHOD,
    CALLBACK_TIME,
    CONSENT,
    CONTACT,
    OPEN,
    SCREENING_OFFER,
    WAIT,
)
from common.settings import load_settings

DOMAIN = Path(__file__).resolve().parents[2] / "bot" / "domain" / "handover.yml"


def _domain() -> dict:
    return yaml.safe_load(DOMAIN.read_text())


def test_the_table_has_every_slot_the_form_may_ask_in_the_domains_order() -> None:
    assert list(FORM_STEPS) == _domain()["forms"]["handover_form"]["required_slots"]
    assert all(step.slot == slot for slot, step in FORM_STEPS.items())


def test_every_step_has_its_ask_action_and_its_validation() -> None:
    executor = ActionExecutor()
    executor.register_package("actions")
    declared = set(_domain()["actions"])
    for slot in FORM_STEPS:
        assert f"action_ask_{slot}" in executor.actions, slot
        assert f"action_ask_{slot}" in declared, slot
        assert callable(getattr(ValidateHandoverForm(), f"validate_{slot}", None)), slot


# -- advocates gone off duty between the offer and the wait ------------------------------

SATURDAY_NOON = dt.datetime(2026, 11, 28, 12, 0, tzinfo=dt.timezone.utc)
MONDAY_TEN = dt.datetime(2026, 11, 30, 10, 0, tzinfo=dt.timezone.utc)


def _hours_at(monkeypatch: pytest.MonkeyPatch, at: dt.datetime) -> None:
    settings = load_settings(None, handover_hours="Mon-Fri 09:00-17:00")
    monkeypatch.setattr(ho, "get_settings", lambda: settings)
    monkeypatch.setattr(ho, "now", lambda: at)


def _tracker(slots: dict) -> Tracker:
    parse = {"text": "x", "intent": {"name": "affirm"}, "entities": []}
    event = {"event": "user", "text": "x", "input_channel": "rest", "parse_data": parse}
    return Tracker("someone", slots, parse, [event], False, None, {}, "action_listen")


# Offered in hours: consent given, the screening declined, now the wait-or-callback step.
OFFERED_IN_HOURS = {OPEN: True, CONSENT: True, SCREENING_OFFER: False}


async def test_choosing_to_wait_after_hours_ended_gets_the_out_of_hours_question(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _hours_at(monkeypatch, SATURDAY_NOON)
    form, dispatcher = ValidateHandoverForm(), CollectingDispatcher()
    found = await form.validate_handover_contact(
        "Yes, I'll wait", dispatcher, _tracker(OFFERED_IN_HOURS), {}
    )
    # Not waiting, and not an "I didn't catch that" either: the step is asked again.
    assert found == {CONTACT: None, OPEN: False}
    assert dispatcher.messages == []
    now_slots = OFFERED_IN_HOURS | found
    steps = await form.required_slots([], dispatcher, _tracker(now_slots), {})
    assert [s for s in steps if now_slots.get(s) is None] == [CONTACT]

    await ho.ActionAskHandoverContact().run(dispatcher, _tracker(now_slots), {})
    [asked] = dispatcher.messages
    assert asked["response"] == "utter_handover_closed"  # back when, the 24/7 lines
    assert asked["next_open"] == "on Monday at 9am"
    assert [b["title"] for b in asked["buttons"]] == [
        "Yes, contact me later",
        "No, back to the bot",
    ]

    callback = now_slots | await form.validate_handover_contact(
        "Yes, contact me later", dispatcher, _tracker(now_slots), {}
    )
    steps = await form.required_slots([], dispatcher, _tracker(callback), {})
    assert [s for s in steps if callback.get(s) is None] == [CALLBACK_TIME, CALLBACK_METHOD]


async def test_in_hours_waiting_is_kept_and_a_callback_never_rechecks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    form, dispatcher = ValidateHandoverForm(), CollectingDispatcher()
    _hours_at(monkeypatch, MONDAY_TEN)
    wait = await form.validate_handover_contact(
        "Yes, I'll wait", dispatcher, _tracker(OFFERED_IN_HOURS), {}
    )
    assert wait == {CONTACT: WAIT}
    _hours_at(monkeypatch, SATURDAY_NOON)  # a callback is for when they are back anyway
    later = await form.validate_handover_contact(
        "Contact me later", dispatcher, _tracker(OFFERED_IN_HOURS), {}
    )
    assert later == {CONTACT: CALLBACK}
    assert dispatcher.messages == []
