"""The protective-order questions: a form that asks only what changes the answer.

``signposting.eligibility`` decides which questions matter and what the
options are; ``signposting.eligibility.questions`` words the questions and
reads the answers. These actions only move values between the tracker and the
library.
"""

from __future__ import annotations

import abc
from typing import Any

from pydantic import ValidationError
from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions.form_reply import ask_again, reply_text
from actions.safe_action import SafeAction, medium_of
from common.medium import Medium
from signposting.eligibility import (
    FACT_FIELDS,
    Facts,
    OrderOption,
    Verdict,
    assess_orders,
    explain,
    questions_that_matter,
)
from signposting.eligibility.explain import explain_lead, explain_option
from signposting.eligibility.questions import SKIP, STOP, parse_answer, render

SKIPPED_SLOT = "orders_skipped"
STOPPED_SLOT = "orders_stopped"

NOT_UNDERSTOOD = {
    Medium.WEB: "Sorry, I didn't catch that. You can pick an option, say skip, or say stop to "
    "leave the questions.",
    Medium.SMS: "Sorry, I didn't get that. Reply with a number, SKIP, or MENU to leave the "
    "questions.",
}
# "Stop" part-way through: a short reply with a way back, not the whole summary.
STOPPED = {
    Medium.WEB: "OK, no more questions. You can come back to them, or see what might fit "
    "from your answers so far.",
    Medium.SMS: "OK, no more questions. Text ORDERS any time to carry on, or MENU for other help.",
}
STOPPED_BUTTONS = [
    {"title": "What might fit so far", "payload": "/ask_orders_result"},
    {"title": "Show me the options", "payload": "/ask_menu"},
]
STOPPED_NOTHING_KNOWN = "OK, no more questions. You can ask me about court orders at any time."
# The web lead offers details for this many orders as buttons, then "all of them".
DETAIL_BUTTONS = 4
ORDER_ID_ENTITY = "order_id"


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
        answer = parse_answer(field, reply_text(value))
        if answer is STOP:
            return {field: None, STOPPED_SLOT: True, "requested_slot": None}
        if answer is SKIP:
            return {field: None, SKIPPED_SLOT: [*(tracker.get_slot(SKIPPED_SLOT) or []), field]}
        if answer is None:
            return ask_again(field, dispatcher, text=NOT_UNDERSTOOD[medium_of(tracker)])
        return {field: answer}

    # rasa_sdk calls validate_<slot> by name: one per fact in FACT_FIELDS
    # (tests/unit/test_order_facts.py checks the two lists agree).
    async def validate_relationship(self, value, dispatcher, tracker, domain):  # noqa: ANN001
        return await self._validate("relationship", value, dispatcher, tracker)

    async def validate_knows_who(self, value, dispatcher, tracker, domain):  # noqa: ANN001
        return await self._validate("knows_who", value, dispatcher, tracker)

    async def validate_lived_together(self, value, dispatcher, tracker, domain):  # noqa: ANN001
        return await self._validate("lived_together", value, dispatcher, tracker)

    async def validate_behaviours(self, value, dispatcher, tracker, domain):  # noqa: ANN001
        return await self._validate("behaviours", value, dispatcher, tracker)

    async def validate_reported(self, value, dispatcher, tracker, domain):  # noqa: ANN001
        return await self._validate("reported", value, dispatcher, tracker)

    async def validate_case_outcome(self, value, dispatcher, tracker, domain):  # noqa: ANN001
        return await self._validate("case_outcome", value, dispatcher, tracker)

    async def validate_area(self, value, dispatcher, tracker, domain):  # noqa: ANN001
        return await self._validate("area", value, dispatcher, tracker)


class _AskOrderQuestion(SafeAction):
    """Asks one order question: buttons on the web, numbered options on SMS."""

    @property
    @abc.abstractmethod
    def field(self) -> str:
        """The fact this action asks about (one of ``FACT_FIELDS``)."""

    def name(self) -> str:
        return f"action_ask_{self.field}"

    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        text, buttons = render(self.field, medium_of(tracker))
        dispatcher.utter_message(text=text, buttons=buttons)
        return []


# One ask action per fact; tests/unit/test_order_facts.py checks they match FACT_FIELDS.
class ActionAskRelationship(_AskOrderQuestion):
    field = "relationship"


class ActionAskKnowsWho(_AskOrderQuestion):
    field = "knows_who"


class ActionAskLivedTogether(_AskOrderQuestion):
    field = "lived_together"


class ActionAskBehaviours(_AskOrderQuestion):
    field = "behaviours"


class ActionAskReported(_AskOrderQuestion):
    field = "reported"


class ActionAskCaseOutcome(_AskOrderQuestion):
    field = "case_outcome"


class ActionAskArea(_AskOrderQuestion):
    field = "area"


class ActionExplainOrders(SafeAction):
    """After the questions: which orders could fit, in plain English, not legal advice."""

    def name(self) -> str:
        return "action_explain_orders"

    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        facts, medium = known_facts(tracker), medium_of(tracker)
        if tracker.get_slot(STOPPED_SLOT):
            if facts == Facts():
                dispatcher.utter_message(text=STOPPED_NOTHING_KNOWN)
            elif medium.short:
                dispatcher.utter_message(text=STOPPED[medium])
            else:
                dispatcher.utter_message(text=STOPPED[medium], buttons=STOPPED_BUTTONS)
        elif medium.short:
            dispatcher.utter_message(text=explain(assess_orders(facts), medium))
        else:
            options = assess_orders(facts)
            dispatcher.utter_message(text=explain_lead(options), buttons=detail_buttons(options))
        # Answers are kept (the questions will not be asked again); skips and stops
        # are cleared so the person can go through the questions again later.
        return [SlotSet(SKIPPED_SLOT, None), SlotSet(STOPPED_SLOT, None)]


def detail_buttons(options: list[OrderOption]) -> list[dict[str, str]]:
    """A "tell me more" button for each of the first few orders that could fit, then all."""
    available = [option for option in options if option.verdict is not Verdict.NOT]
    buttons = [
        {
            "title": option.short_name,
            "payload": f'/ask_order_detail{{"{ORDER_ID_ENTITY}": "{option.id}"}}',
        }
        for option in available[:DETAIL_BUTTONS]
    ]
    if len(available) > DETAIL_BUTTONS:
        buttons.append({"title": "All the details", "payload": "/ask_order_detail"})
    return buttons


class ActionExplainOrderDetail(SafeAction):
    """Tell me more: one order's details (a button), or each order that could fit."""

    def name(self) -> str:
        return "action_explain_order_detail"

    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        facts, medium = known_facts(tracker), medium_of(tracker)
        options = assess_orders(facts)
        if medium.short:
            dispatcher.utter_message(text=explain(options, medium))
            return []
        wanted = next(tracker.get_latest_entity_values(ORDER_ID_ENTITY), None)
        chosen = [option for option in options if option.id == wanted]
        if chosen:
            dispatcher.utter_message(text=explain_option(chosen[0]))
            return []
        if facts == Facts():
            # Nothing answered yet: the overview.
            dispatcher.utter_message(response="utter_protective_orders")
            return []
        for option in options:
            if option.verdict is not Verdict.NOT:
                dispatcher.utter_message(text=explain_option(option))
        return []
