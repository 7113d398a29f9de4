"""Reading a form's reply (actions/form_reply.py): its text, and asking again when unclear."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.form_reply import ask_again, reply_text
from actions.handover import ValidateHandoverForm
from actions.orders_form import ValidateOrdersForm


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("Yes, share it", "Yes, share it"),
        ("2", "2"),
        ("", ""),
        (None, ""),
        (2, ""),  # not something a person typed or a button sent
        (["a", "b"], ""),
        ({"text": "yes"}, ""),
    ],
)
def test_only_a_string_is_a_reply(value: Any, text: str) -> None:
    assert reply_text(value) == text


def test_asking_again_says_so_and_leaves_the_slot_empty() -> None:
    dispatcher = CollectingDispatcher()
    assert ask_again("handover_consent", dispatcher, response="utter_handover_not_understood") == {
        "handover_consent": None
    }
    assert [m["response"] for m in dispatcher.messages] == ["utter_handover_not_understood"]


def _tracker(channel: str = "rest") -> Tracker:
    parse = {"text": "x", "intent": {"name": "affirm"}, "entities": []}
    event = {"event": "user", "text": "x", "input_channel": channel, "parse_data": parse}
    return Tracker("someone", {}, parse, [event], False, None, {}, "action_listen")


@pytest.mark.parametrize("value", [None, 1, ["friend"], "what?"])
async def test_the_orders_and_handover_forms_ask_again_alike(value: Any) -> None:
    orders, said_orders = ValidateOrdersForm(), CollectingDispatcher()
    found = await orders.validate_relationship(value, said_orders, _tracker("sms"), {})
    assert found == {"relationship": None}
    assert "Reply with a number" in said_orders.messages[0]["text"]

    handover, said_handover = ValidateHandoverForm(), CollectingDispatcher()
    found = await handover.validate_handover_consent(value, said_handover, _tracker(), {})
    assert found == {"handover_consent": None}
    assert said_handover.messages[0]["response"] == "utter_handover_not_understood"
