"""The protective-order questions: a form that asks only what changes the answer.

``signposting.eligibility`` decides which questions matter and what the
options are; ``signposting.eligibility.questions`` words the questions and
reads the answers. These actions only move values between the tracker and the
library.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions.safe_action import SafeAction, medium_of
from signposting.eligibility import (
    FACT_FIELDS,
    Facts,
    assess_orders,
    explain,
    questions_that_matter,
)
from signposting.eligibility.questions import SKIP, STOP, parse_answer, render

SKIPPED_SLOT = "orders_skipped"
STOPPED_SLOT = "orders_stopped"

NOT_UNDERSTOOD = {
    "web": "Sorry, I didn't catch that. You can pick an option, say skip, or say stop to leave "
    "the questions.",
    "sms": "Sorry, I didn't get that. Reply with a number, SKIP, or MENU to leave the questions.",
}
STOPPED_NOTHING_KNOWN = "OK, no more questions. You can ask me about court orders at any time."


def known_facts(tracker: Tracker) -> Facts:
    """Facts from the answers given so far; an unreadable slot counts as not asked."""
    values: dict[str, Any] = {}
    for field in FACT_FIELDS:
        value = tracker.get_slot(field)
        if value is None:
            continue
        try:
            Facts.parse_obj({field: value})
        except ValidationError:
            continue
        values[field] = value
    return Facts.parse_obj(values)


def _short(tracker: Tracker) -> bool:
    return medium_of(tracker).short


class ValidateOrdersForm(FormValidationAction):
    def name(self) -> str:
        return "validate_orders_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        if tracker.get_slot(STOPPED_SLOT):
            return []
        skipped = set(tracker.get_slot(SKIPPED_SLOT) or [])
        return [f for f in questions_that_matter(known_facts(tracker)) if f not in skipped]

    async def _validate(
        self, field: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        answer = parse_answer(field, value if isinstance(value, str) else None)
        if answer is STOP:
            return {field: None, STOPPED_SLOT: True, "requested_slot": None}
        if answer is SKIP:
            return {field: None, SKIPPED_SLOT: [*(tracker.get_slot(SKIPPED_SLOT) or []), field]}
        if answer is None:
            dispatcher.utter_message(text=NOT_UNDERSTOOD["sms" if _short(tracker) else "web"])
            return {field: None}
        return {field: answer}


def _validator(field: str):
    async def validate(self, value, dispatcher, tracker, domain):  # noqa: ANN001
        return await self._validate(field, value, dispatcher, tracker)

    validate.__name__ = f"validate_{field}"
    return validate


for _field in FACT_FIELDS:
    setattr(ValidateOrdersForm, f"validate_{_field}", _validator(_field))


def _ask_action(field: str) -> type[SafeAction]:
    class AskOrderQuestion(SafeAction):
        def name(self) -> str:
            return f"action_ask_{field}"

        async def respond(
            self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
        ) -> list[dict[str, Any]]:
            text, buttons = render(field, medium_of(tracker).value)
            dispatcher.utter_message(text=text, buttons=buttons)
            return []

    AskOrderQuestion.__name__ = "ActionAsk" + "".join(p.title() for p in field.split("_"))
    return AskOrderQuestion


ASK_ACTIONS = [_ask_action(field) for field in FACT_FIELDS]


class ActionExplainOrders(SafeAction):
    """After the questions: which orders could fit, in plain English, not legal advice."""

    def name(self) -> str:
        return "action_explain_orders"

    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        facts = known_facts(tracker)
        if tracker.get_slot(STOPPED_SLOT) and facts == Facts():
            dispatcher.utter_message(text=STOPPED_NOTHING_KNOWN)
        else:
            dispatcher.utter_message(text=explain(assess_orders(facts), medium_of(tracker).value))
        # Answers are kept (the questions will not be asked again); skips and stops
        # are cleared so the person can go through the questions again later.
        return [SlotSet(SKIPPED_SLOT, None), SlotSet(STOPPED_SLOT, None)]
