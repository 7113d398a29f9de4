"""The conversation that leads into a handover to a human advocate (issue 10).

Three triggers lead here: the person asks for a person (``request_human``);
the bot failed to understand twice in a row (``action_offer_handover``); the
stalking screening, done on its own, showed high priority
(``action_screening_done``). Then ``handover_form`` asks, one step a turn:

* in advocate hours: what will happen and consent to share a summary, the
  screening (offered, never required), then wait here or a callback;
* outside them: when advocates are next here with the 24/7 lines, and a
  callback (or back to the bot), then consent and the screening.

"Back to the bot" (or "menu", "cancel") leaves at any step. At the end
``action_start_handover`` gathers what the advocate needs from the tracker
and hands the conversation to the turn's handover mode
(:func:`common.markers.start_mode`); the mode queues it and answers from then
on.

This module is the way in (advocate hours, consent, the form's order, the
start). The steps live by what they ask, and are imported from there:

* ``handover_steps.py``: the slots, choices and what a :class:`Step` is;
* ``handover_screening.py``: the S-DASH questions, in the form and on their own;
* ``handover_callback.py``: wait here or a callback, a safe time and a way;
* ``handover_data.py``: what the handover mode is given.

Here :data:`FORM_STEPS` puts the steps in one table, and each gets its ask
action (``action_ask_<slot>``) and its ``validate_<slot>`` from it.
"""

from __future__ import annotations

import abc
import logging
from datetime import datetime, timezone
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions.handover_callback import CALLBACK_METHOD_STEP, CALLBACK_TIME_STEP, CONTACT_STEP
from actions.handover_data import handover_data
from actions.handover_screening import ANSWER_STEP, OFFER_STEP, screening_left
from actions.handover_steps import (
    ANSWER,
    ASKED,
    BACK_TO_THE_BOT,
    CALLBACK,
    CALLBACK_METHOD,
    CALLBACK_TIME,
    CONSENT,
    CONTACT,
    LEAVE,
    LEFT,
    NO_WORDS,
    NOT_UNDERSTOOD,
    OPEN,
    PER_HANDOVER,
    REASON,
    SCREENING_OFFER,
    YES_WORDS,
    Choice,
    FormTurn,
    Step,
    choice_step,
)
from actions.safe_action import SafeAction
from common import markers
from common.settings import get_settings
from handover.hours import ALWAYS, AdvocateHours, parse_hours

logger = logging.getLogger(__name__)

HANDOVER_MODE = "handover"
# The actions that offer a person and remember why (the reason the yes carries).
OFFERING_ACTIONS = ("action_offer_handover", "action_screening_done")


# -- advocate hours ------------------------------------------------------------------
# Read here only, and passed to the steps that need them (FormTurn), so a test
# moves the hours and the clock in one place.


def advocate_hours() -> AdvocateHours:
    settings = get_settings()
    if settings.handover_hours.strip().lower() == ALWAYS and settings.deployment == "production":
        logger.warning("handover.hours_always_in_production")
    return parse_hours(settings.handover_hours)


def now() -> datetime:
    """The time now (a function, so tests can move it)."""
    return datetime.now(timezone.utc)


def form_turn(dispatcher: CollectingDispatcher, tracker: Tracker) -> FormTurn:
    """This turn, for a step: the hours and the clock are read only if the step needs them."""
    return FormTurn(dispatcher, tracker, hours=advocate_hours, now=now)


# -- consent -------------------------------------------------------------------------

CONSENT_CHOICES = (
    Choice(True, "Yes, share it", (*YES_WORDS, "share it", "you can share", "share")),
    # "No" is read first: a reply with both is a no, the cautious way for sharing.
    Choice(False, "No, don't share", (*NO_WORDS, "private", "keep it"), rank=0),
    BACK_TO_THE_BOT,
)
_ASK_CONSENT = choice_step(
    CONSENT,
    "utter_handover_ask_consent",
    CONSENT_CHOICES,
    said_after={False: "utter_handover_consent_declined"},
)


def ask_consent(turn: FormTurn) -> None:
    """What will happen (waiting here, or a callback), then: may the advocate see a summary?"""
    if turn.tracker.get_slot(OPEN) and turn.tracker.get_slot(CONTACT) != CALLBACK:
        turn.say("utter_handover_what_happens")
    else:
        turn.say("utter_handover_what_happens_callback")
    _ASK_CONSENT.ask(turn)


CONSENT_STEP = Step(CONSENT, ask_consent, _ASK_CONSENT.read)


# -- the form ------------------------------------------------------------------------

# Every step handover_form may ask (bot/domain/handover.yml), by slot.
FORM_STEPS: dict[str, Step] = {
    step.slot: step
    for step in (
        CONSENT_STEP,
        OFFER_STEP,
        ANSWER_STEP,
        CONTACT_STEP,
        CALLBACK_TIME_STEP,
        CALLBACK_METHOD_STEP,
    )
}


def _previous_action(tracker: Tracker) -> str | None:
    """The last action before the latest user message (not counting listening)."""
    seen_user = False
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            if seen_user:
                return None
            seen_user = True
        elif seen_user and event.get("event") == "action":
            name = event.get("name")
            if name not in ("action_listen", None):
                return str(name)
    return None


class ActionPrepareHandover(SafeAction):
    """Before the handover form: why we are here, advocate hours now, a clean start."""

    def name(self) -> str:
        return "action_prepare_handover"

    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        reason = ASKED
        if _previous_action(tracker) in OFFERING_ACTIONS:
            reason = tracker.get_slot(REASON) or ASKED
        open_now = advocate_hours().is_open(now())
        return [
            SlotSet(REASON, reason),
            SlotSet(OPEN, open_now),
            *(SlotSet(slot, None) for slot in PER_HANDOVER),
        ]


class ValidateHandoverForm(FormValidationAction):
    """The order of the steps, and each answer read by its step in :data:`FORM_STEPS`."""

    def name(self) -> str:
        return "validate_handover_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        if tracker.get_slot(LEFT) or tracker.get_slot(CONTACT) == LEAVE:
            return []
        open_now = bool(tracker.get_slot(OPEN))
        consent = tracker.get_slot(CONSENT)
        steps = [] if open_now else [CONTACT]
        if open_now or tracker.get_slot(CONTACT) == CALLBACK:
            steps.append(CONSENT)
        # The screening is offered only with consent: without it, the answers
        # would not be shown to the advocate, so they are not asked for.
        if consent is True and screening_left(tracker):
            steps.append(SCREENING_OFFER)
            if tracker.get_slot(SCREENING_OFFER) is True:
                steps.append(ANSWER)
        if open_now:
            steps.append(CONTACT)
        if tracker.get_slot(CONTACT) == CALLBACK:
            steps += [CALLBACK_TIME, CALLBACK_METHOD]
        return steps

    def _read(
        self, slot: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        return FORM_STEPS[slot].read(value, form_turn(dispatcher, tracker))

    # rasa_sdk calls validate_<slot> by name: one per step in FORM_STEPS
    # (tests/handover/test_handover_form_steps.py checks they agree).
    async def validate_handover_consent(self, value, dispatcher, tracker, domain):  # noqa: ANN001
        return self._read(CONSENT, value, dispatcher, tracker)

    async def validate_handover_screening_offer(self, value, dispatcher, tracker, domain):  # noqa: ANN001
        return self._read(SCREENING_OFFER, value, dispatcher, tracker)

    async def validate_screening_answer(self, value, dispatcher, tracker, domain):  # noqa: ANN001
        return self._read(ANSWER, value, dispatcher, tracker)

    async def validate_handover_contact(self, value, dispatcher, tracker, domain):  # noqa: ANN001
        return self._read(CONTACT, value, dispatcher, tracker)

    async def validate_handover_callback_time(self, value, dispatcher, tracker, domain):  # noqa: ANN001
        return self._read(CALLBACK_TIME, value, dispatcher, tracker)

    async def validate_handover_callback_method(self, value, dispatcher, tracker, domain):  # noqa: ANN001
        return self._read(CALLBACK_METHOD, value, dispatcher, tracker)


class _AskHandoverStep(SafeAction):
    """Asks one step of the form, as its entry in :data:`FORM_STEPS` says."""

    @property
    @abc.abstractmethod
    def slot(self) -> str:
        """The slot this action asks for (a key of ``FORM_STEPS``)."""

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        FORM_STEPS[self.slot].ask(form_turn(dispatcher, tracker))
        return []


# One ask action per step (the names are in bot/domain/handover.yml).
class ActionAskHandoverConsent(_AskHandoverStep):
    slot = CONSENT


class ActionAskHandoverScreeningOffer(_AskHandoverStep):
    slot = SCREENING_OFFER


class ActionAskScreeningAnswer(_AskHandoverStep):
    """Also the question of screening_form (the screening on its own)."""

    slot = ANSWER


class ActionAskHandoverContact(_AskHandoverStep):
    slot = CONTACT


class ActionAskHandoverCallbackTime(_AskHandoverStep):
    slot = CALLBACK_TIME


class ActionAskHandoverCallbackMethod(_AskHandoverStep):
    slot = CALLBACK_METHOD


# -- the start, and offering a person ------------------------------------------------


class ActionStartHandover(SafeAction):
    """After the form: hand the conversation to the turn's handover mode, or go back."""

    def name(self) -> str:
        return "action_start_handover"

    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        if tracker.get_slot(LEFT) or tracker.get_slot(CONTACT) in (LEAVE, None):
            dispatcher.utter_message(response="utter_handover_left")
            return [SlotSet(LEFT, None)]
        dispatcher.utter_message(
            json_message=markers.start_mode(HANDOVER_MODE, **handover_data(tracker))
        )
        return []


class ActionOfferHandover(SafeAction):
    """The bot failed to understand twice in a row: offer a person (yes / no)."""

    def name(self) -> str:
        return "action_offer_handover"

    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(response="utter_offer_person_not_understood")
        return [SlotSet(REASON, NOT_UNDERSTOOD)]


__all__ = [
    "CONSENT_CHOICES",
    "CONSENT_STEP",
    "FORM_STEPS",
    "HANDOVER_MODE",
    "ActionAskHandoverCallbackMethod",
    "ActionAskHandoverCallbackTime",
    "ActionAskHandoverConsent",
    "ActionAskHandoverContact",
    "ActionAskHandoverScreeningOffer",
    "ActionAskScreeningAnswer",
    "ActionOfferHandover",
    "ActionPrepareHandover",
    "ActionStartHandover",
    "ValidateHandoverForm",
    "advocate_hours",
    "ask_consent",
    "now",
]
