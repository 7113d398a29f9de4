"""The stalking screening (S-DASH) in the conversation: offered, asked, read, and on its own.

Inside ``handover_form`` the questions are offered after consent (never without
it: the answers would not reach the advocate). On its own (``start_screening``)
they run as ``screening_form``, and a high priority result offers a person as
the ``high_risk`` trigger. The questions, the answers and the priority are
``handover.screening``'s; the priority is never said to the person.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions.form_reply import ask_again, reply_text
from actions.handover_steps import (
    ANSWER,
    ANSWERS,
    ASKED,
    BACK_TO_THE_BOT,
    HIGH_RISK,
    LEAVE_WORDS,
    NO_WORDS,
    REASON,
    SCREENING_OFFER,
    STOPPED,
    YES_WORDS,
    Choice,
    Step,
    asks_to_leave,
    choice_step,
    has_phrase,
    leaving,
    normal,
)
from actions.safe_action import SafeAction, medium_of
from bot.safety.intents import DANGER_INTENT, SAFETY_KEY, SELF_HARM_INTENT
from common.medium import Medium
from common.sms_text import reveals_topic
from handover.screening import (
    ANSWER_OPTIONS,
    Answer,
    Question,
    assess,
    is_stop,
    next_question,
    parse_answer,
    questions,
)

STOP_LABEL = "No more questions"
SCREENING_BUTTONS = [
    *({"title": o.label, "payload": o.label} for o in ANSWER_OPTIONS),
    {"title": STOP_LABEL, "payload": STOP_LABEL},
]
SCREENING_OFFER_CHOICES = (
    Choice(True, "Yes, ask me", (*YES_WORDS, "ask me", "ask")),
    Choice(False, "No, skip them", (*NO_WORDS, "skip", "skip them"), rank=0),
    BACK_TO_THE_BOT,
)


def answers_of(tracker: Tracker) -> dict[str, Answer]:
    """The screening answers so far (skips included), ignoring anything unreadable."""
    raw = tracker.get_slot(ANSWERS) or {}
    ids = {q.id for q in questions()}
    found: dict[str, Answer] = {}
    if isinstance(raw, dict):
        for key, value in raw.items():
            if key in ids and value in {a.value for a in Answer}:
                found[key] = Answer(value)
    return found


def danger_flags(tracker: Tracker) -> list[str]:
    """What the safety check found in this conversation: the verdicts and rule ids.

    Danger and self-harm only; a check-in ("are you safe?") alone is not a flag.
    With the answers, they set the priority (:func:`handover.screening.assess`).
    """
    flags: dict[str, None] = {}
    for event in tracker.events:
        if event.get("event") != "user":
            continue
        parse = event.get("parse_data") or {}
        safety = parse.get(SAFETY_KEY) or {}
        intent = (parse.get("intent") or {}).get("name")
        if safety.get("immediate_danger") or intent == DANGER_INTENT:
            flags.setdefault(DANGER_INTENT, None)
        if safety.get("self_harm") or intent == SELF_HARM_INTENT:
            flags.setdefault("self_harm", None)
        if safety.get("immediate_danger") or safety.get("self_harm"):
            for rule in safety.get("rules") or []:
                flags.setdefault(str(rule), None)
    return list(flags)


def screening_question(question: Question, medium: Medium) -> str:
    """A question's text for the medium: number of 11 and our plain words (SMS: its own)."""
    total = len(questions())
    if medium.short:
        text = f"{question.number} of {total}: {question.sms}"
        if reveals_topic(text):  # the data file's rules forbid it; never rely on that alone
            text = f"Next one ({question.number} of {total}), you can skip it:\n{question.sms}"
        return text
    return f"Question {question.number} of {total}: {question.plain}"


def ask_next_question(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """The next screening question: buttons on the web, numbered on SMS."""
    question = next_question(answers_of(tracker))
    if question is not None:
        dispatcher.utter_message(
            text=screening_question(question, medium_of(tracker)), buttons=SCREENING_BUTTONS
        )


def wants_to_stop(text: str) -> bool:
    """Stop the questions: the library's words or 5, or a plain "stop" on the web chat."""
    plain = normal(text)
    return is_stop(text) or plain in ("stop", "stop please", "please stop", "enough", "stop it")


def validate_screening_answer(
    value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, leave_ends_handover: bool
) -> dict[str, Any]:
    """Reads one screening answer into ``screening_answers``, or stops, skips, leaves.

    Inside the handover, "back to the bot" leaves the handover; on its own it
    only stops the questions.
    """
    text = reply_text(value)
    answers = answers_of(tracker)
    question = next_question(answers)
    if question is None:
        return {ANSWER: None}
    if leave_ends_handover and asks_to_leave(text):
        return leaving(ANSWER)
    if wants_to_stop(text) or (
        not leave_ends_handover and any(has_phrase(normal(text), w) for w in LEAVE_WORDS)
    ):
        dispatcher.utter_message(response="utter_screening_stopped")
        return {ANSWER: None, STOPPED: True}
    answer = parse_answer(text)
    if answer is None:
        return ask_again(ANSWER, dispatcher, response="utter_screening_not_understood")
    answers[question.id] = answer
    if next_question(answers) is None:
        dispatcher.utter_message(response="utter_screening_thanks")
    return {ANSWER: None, ANSWERS: {k: a.value for k, a in answers.items()}}


def screening_left(tracker: Tracker) -> bool:
    """Questions are left to ask, and the person has not stopped them."""
    return not tracker.get_slot(STOPPED) and next_question(answers_of(tracker)) is not None


# -- in the handover form ----------------------------------------------------------------

OFFER_STEP = choice_step(SCREENING_OFFER, "utter_screening_offer", SCREENING_OFFER_CHOICES)
ANSWER_STEP = Step(
    ANSWER,
    ask=lambda turn: ask_next_question(turn.dispatcher, turn.tracker),
    read=lambda value, turn: validate_screening_answer(
        value, turn.dispatcher, turn.tracker, leave_ends_handover=True
    ),
)


# -- the screening on its own ------------------------------------------------------------


class ActionPrepareScreening(SafeAction):
    """Before the screening on its own: a fresh start, and how it works."""

    def name(self) -> str:
        return "action_prepare_screening"

    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(response="utter_screening_intro")
        return [SlotSet(ANSWERS, None), SlotSet(STOPPED, None)]


class ValidateScreeningForm(FormValidationAction):
    def name(self) -> str:
        return "validate_screening_form"

    async def required_slots(
        self,
        domain_slots: list[str],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> list[str]:
        return [ANSWER] if screening_left(tracker) else []

    async def validate_screening_answer(self, value, dispatcher, tracker, domain):  # noqa: ANN001
        return validate_screening_answer(value, dispatcher, tracker, leave_ends_handover=False)


class ActionScreeningDone(SafeAction):
    """After the screening on its own: thanks, and a person offered (never a score).

    A high priority result offers a person as the ``high_risk`` trigger.
    """

    def name(self) -> str:
        return "action_screening_done"

    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        result = assess(answers_of(tracker), danger_flags(tracker))
        high = result.priority.value == "high"
        dispatcher.utter_message(
            response="utter_offer_person_high_risk" if high else "utter_offer_person_screening"
        )
        return [SlotSet(REASON, HIGH_RISK if high else ASKED), SlotSet(STOPPED, None)]


__all__ = [
    "ANSWER_STEP",
    "OFFER_STEP",
    "SCREENING_BUTTONS",
    "SCREENING_OFFER_CHOICES",
    "STOP_LABEL",
    "ActionPrepareScreening",
    "ActionScreeningDone",
    "ValidateScreeningForm",
    "answers_of",
    "ask_next_question",
    "danger_flags",
    "screening_left",
    "screening_question",
    "validate_screening_answer",
    "wants_to_stop",
]
