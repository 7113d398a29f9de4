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
on. Screening questions and answers are ``handover.screening``'s; the priority
is :func:`handover.screening.assess`'s and is never said to the person.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions.safe_action import SafeAction, medium_of
from bot.safety.intents import DANGER_INTENT, SAFETY_KEY, SELF_HARM_INTENT
from common import markers
from common.medium import Medium
from common.settings import get_settings
from common.sms_text import reveals_topic
from handover.hours import ALWAYS, AdvocateHours, describe_next_open, parse_hours
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
from signposting.profile import AREA, IDENTITY, NEED, Profile

logger = logging.getLogger(__name__)

HANDOVER_MODE = "handover"

# Slots (bot/domain/handover.yml).
REASON = "handover_reason"
OPEN = "handover_open"
CONSENT = "handover_consent"
SCREENING_OFFER = "handover_screening_offer"
ANSWER = "screening_answer"
ANSWERS = "screening_answers"
STOPPED = "screening_stopped"
CONTACT = "handover_contact"
CALLBACK_TIME = "handover_callback_time"
CALLBACK_METHOD = "handover_callback_method"
LEFT = "handover_left"
PER_HANDOVER = (CONSENT, SCREENING_OFFER, STOPPED, CONTACT, CALLBACK_TIME, CALLBACK_METHOD, LEFT)

ASKED, HIGH_RISK, NOT_UNDERSTOOD = "asked", "high_risk", "not_understood"
WAIT, CALLBACK, LEAVE = "wait", "callback", "leave"
# The actions that offer a person and remember why (the reason the yes carries).
OFFERING_ACTIONS = ("action_offer_handover", "action_screening_done")
# A safe time is a few words; longer is cut (it is shown to the advocate as is).
SAFE_TIME_MAX_CHARS = 80
# Seven digits in a row look like a phone number: not kept here (see ask_callback_time).
_PHONE_LIKE = re.compile(r"(?:\d[\s-]?){7,}")
STOP_LABEL = "No more questions"


def _normal(text: str) -> str:
    text = text.lower().replace("\u2019", "'")
    return " ".join(re.sub(r"[^a-z0-9' ]+", " ", text).split())


def _has(text: str, phrase: str) -> bool:
    return re.search(rf"(?<![a-z0-9']){re.escape(phrase)}(?![a-z0-9'])", text) is not None


@dataclass(frozen=True)
class Choice:
    """One option at a step: its value, its button label and the words that pick it.

    Buttons and SMS numbers follow the order given; words are tried by ``rank``
    (lowest first), so the cautious reading wins when a reply has both.
    """

    value: Any
    label: str
    words: tuple[str, ...] = ()
    rank: int = 1


_YES = ("yes", "yeah", "yep", "yup", "y", "ok", "okay", "sure", "please", "go ahead", "fine")
_NO = ("no", "nope", "nah", "n", "don't", "dont", "do not", "rather not", "no thanks")
_LEAVE = ("back to the bot", "back to bot", "go back", "menu", "cancel", "never mind",
          "nevermind", "forget it", "not now", "leave it", "bot")  # fmt: skip
_CALL = ("later", "call back", "callback", "call me", "contact me", "ring me", "text me")

CONSENT_CHOICES = (
    Choice(True, "Yes, share it", (*_YES, "share it", "you can share", "share")),
    # "No" is read first: a reply with both is a no, the cautious way for sharing.
    Choice(False, "No, don't share", (*_NO, "private", "keep it"), rank=0),
    Choice(LEAVE, "Back to the bot", _LEAVE),
)
SCREENING_OFFER_CHOICES = (
    Choice(True, "Yes, ask me", (*_YES, "ask me", "ask")),
    Choice(False, "No, skip them", (*_NO, "skip", "skip them"), rank=0),
    Choice(LEAVE, "Back to the bot", _LEAVE),
)
CONTACT_CHOICES_OPEN = (
    # Not "Wait here": alone, the model reads it as someone waiting outside (danger).
    Choice(WAIT, "Yes, I'll wait", ("wait", "wait here", "here", "now", "i'll wait", *_YES)),
    Choice(CALLBACK, "Contact me later", _CALL, rank=0),
    Choice(LEAVE, "Back to the bot", _LEAVE),
)
CONTACT_CHOICES_CLOSED = (
    Choice(CALLBACK, "Yes, contact me later", (*_CALL, *_YES)),
    Choice(LEAVE, "No, back to the bot", (*_LEAVE, *_NO), rank=0),
)
METHOD_CHOICES = (
    Choice("phone", "Phone call", ("phone", "call", "ring", "calls")),
    Choice("sms", "Text message", ("text", "texts", "sms", "message", "txt"), rank=0),
)


def choose(text: str | None, choices: Sequence[Choice]) -> Any | None:
    """The choice a reply picks: its label, its number, or words; None if unclear.

    Leaving ("back to the bot", "menu") is checked before other words, at every step.
    """
    normal = _normal(text or "")
    if not normal:
        return None
    for number, choice in enumerate(choices, 1):
        if normal in (str(number), _normal(choice.label)):
            return choice.value
    if any(_has(normal, w) for w in _LEAVE) and any(c.value == LEAVE for c in choices):
        return LEAVE
    for choice in sorted(choices, key=lambda c: c.rank):
        if any(_has(normal, _normal(w)) for w in choice.words):
            return choice.value
    return None


def buttons(choices: Iterable[Choice]) -> list[dict[str, str]]:
    """Buttons whose payload is the label, read back by :func:`choose` (SMS numbers them)."""
    return [{"title": c.label, "payload": c.label} for c in choices]


# -- hours ---------------------------------------------------------------------------


def advocate_hours() -> AdvocateHours:
    settings = get_settings()
    if settings.handover_hours.strip().lower() == ALWAYS and settings.deployment == "production":
        logger.warning("handover.hours_always_in_production")
    return parse_hours(settings.handover_hours)


def now() -> datetime:
    """The time now (a function, so tests can move it)."""
    return datetime.now(timezone.utc)


def next_open_words(hours: AdvocateHours, at: datetime) -> str:
    when = hours.next_open(at)
    return describe_next_open(when, at) if when is not None else "another day"


# -- screening -----------------------------------------------------------------------


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


# SMS only: a lock screen shows about 60 characters, and S-DASH 11 in our plain
# words says "violent" there. Same meaning (history of violence), neutral words.
_SMS_WORDING = {"history_of_violence": "Have they hurt or attacked anyone in the past?"}


def screening_question(question: Question, medium: Medium) -> str:
    """A question's text for the medium: number of 11 and our plain words."""
    total = len(questions())
    if medium.short:
        plain = _SMS_WORDING.get(question.id, question.plain)
        text = f"{question.number} of {total}: {plain}"
        if reveals_topic(text):  # never happens with today's data; keep it that way
            text = f"Next one ({question.number} of {total}), you can skip it:\n{plain}"
        return text
    return f"Question {question.number} of {total}: {question.plain}"


SCREENING_BUTTONS = [
    *({"title": o.label, "payload": o.label} for o in ANSWER_OPTIONS),
    {"title": STOP_LABEL, "payload": STOP_LABEL},
]


def wants_to_stop(text: str) -> bool:
    """Stop the questions: the library's words or 5, or a plain "stop" on the web chat."""
    normal = _normal(text)
    return is_stop(text) or normal in ("stop", "stop please", "please stop", "enough", "stop it")


def validate_screening_answer(
    value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, leave_ends_handover: bool
) -> dict[str, Any]:
    """Reads one screening answer into ``screening_answers``, or stops, skips, leaves."""
    text = value if isinstance(value, str) else ""
    answers = answers_of(tracker)
    question = next_question(answers)
    if question is None:
        return {ANSWER: None}
    if leave_ends_handover and choose(text, [Choice(LEAVE, "Back to the bot", _LEAVE)]) == LEAVE:
        return {ANSWER: None, LEFT: True, "requested_slot": None}
    if wants_to_stop(text) or (
        not leave_ends_handover and any(_has(_normal(text), w) for w in _LEAVE)
    ):
        dispatcher.utter_message(response="utter_screening_stopped")
        return {ANSWER: None, STOPPED: True}
    answer = parse_answer(text)
    if answer is None:
        dispatcher.utter_message(response="utter_screening_not_understood")
        return {ANSWER: None}
    answers[question.id] = answer
    if next_question(answers) is None:
        dispatcher.utter_message(response="utter_screening_thanks")
    return {ANSWER: None, ANSWERS: {k: a.value for k, a in answers.items()}}


def screening_left(tracker: Tracker) -> bool:
    return not tracker.get_slot(STOPPED) and next_question(answers_of(tracker)) is not None


class ActionAskScreeningAnswer(SafeAction):
    """The next screening question: buttons on the web, numbered on SMS."""

    def name(self) -> str:
        return "action_ask_screening_answer"

    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        question = next_question(answers_of(tracker))
        if question is None:
            return []
        dispatcher.utter_message(
            text=screening_question(question, medium_of(tracker)), buttons=SCREENING_BUTTONS
        )
        return []


# -- the handover form ---------------------------------------------------------------


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

    def _choice(
        self, slot: str, value: Any, choices: Sequence[Choice], dispatcher: CollectingDispatcher
    ) -> dict[str, Any]:
        picked = choose(value if isinstance(value, str) else None, choices)
        if picked == LEAVE:
            return {slot: None, LEFT: True, "requested_slot": None}
        if picked is None:
            dispatcher.utter_message(response="utter_handover_not_understood")
            return {slot: None}
        return {slot: picked}

    async def validate_handover_consent(self, value, dispatcher, tracker, domain):  # noqa: ANN001
        found = self._choice(CONSENT, value, CONSENT_CHOICES, dispatcher)
        if found.get(CONSENT) is False:
            dispatcher.utter_message(response="utter_handover_consent_declined")
        return found

    async def validate_handover_screening_offer(self, value, dispatcher, tracker, domain):  # noqa: ANN001
        return self._choice(SCREENING_OFFER, value, SCREENING_OFFER_CHOICES, dispatcher)

    async def validate_screening_answer(self, value, dispatcher, tracker, domain):  # noqa: ANN001
        return validate_screening_answer(value, dispatcher, tracker, leave_ends_handover=True)

    async def validate_handover_contact(self, value, dispatcher, tracker, domain):  # noqa: ANN001
        choices = CONTACT_CHOICES_OPEN if tracker.get_slot(OPEN) else CONTACT_CHOICES_CLOSED
        found = self._choice(CONTACT, value, choices, dispatcher)
        if found.get(LEFT):  # "back to the bot" is an answer here, not a way out
            return {CONTACT: LEAVE}
        return found

    async def validate_handover_callback_time(self, value, dispatcher, tracker, domain):  # noqa: ANN001
        text = " ".join(str(value or "").split())
        if choose(text, [Choice(LEAVE, "", _LEAVE)]) == LEAVE:
            return {CALLBACK_TIME: None, LEFT: True, "requested_slot": None}
        if not text or _PHONE_LIKE.search(text):
            dispatcher.utter_message(response="utter_handover_callback_time_unclear")
            return {CALLBACK_TIME: None}
        return {CALLBACK_TIME: text[:SAFE_TIME_MAX_CHARS]}

    async def validate_handover_callback_method(self, value, dispatcher, tracker, domain):  # noqa: ANN001
        return self._choice(CALLBACK_METHOD, value, METHOD_CHOICES, dispatcher)


class ActionAskHandoverConsent(SafeAction):
    """What will happen, then: may the advocate see a short summary?"""

    def name(self) -> str:
        return "action_ask_handover_consent"

    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        if tracker.get_slot(OPEN) and tracker.get_slot(CONTACT) != CALLBACK:
            dispatcher.utter_message(response="utter_handover_what_happens")
        else:
            dispatcher.utter_message(response="utter_handover_what_happens_callback")
        dispatcher.utter_message(
            response="utter_handover_ask_consent", buttons=buttons(CONSENT_CHOICES)
        )
        return []


class ActionAskHandoverScreeningOffer(SafeAction):
    def name(self) -> str:
        return "action_ask_handover_screening_offer"

    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(
            response="utter_screening_offer", buttons=buttons(SCREENING_OFFER_CHOICES)
        )
        return []


class ActionAskHandoverContact(SafeAction):
    """In hours: wait here or a callback. Outside: when they are back, 24/7 lines, callback."""

    def name(self) -> str:
        return "action_ask_handover_contact"

    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        if tracker.get_slot(OPEN):
            dispatcher.utter_message(
                response="utter_handover_ask_contact", buttons=buttons(CONTACT_CHOICES_OPEN)
            )
            return []
        at = now()
        dispatcher.utter_message(
            response="utter_handover_closed",
            next_open=next_open_words(advocate_hours(), at),
            buttons=buttons(CONTACT_CHOICES_CLOSED),
        )
        return []


class ActionAskHandoverCallbackTime(SafeAction):
    def name(self) -> str:
        return "action_ask_handover_callback_time"

    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(response="utter_handover_ask_callback_time")
        return []


class ActionAskHandoverCallbackMethod(SafeAction):
    def name(self) -> str:
        return "action_ask_handover_callback_method"

    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(
            response="utter_handover_ask_callback_method", buttons=buttons(METHOD_CHOICES)
        )
        return []


# -- what the advocate's summary is built from ---------------------------------------

# Steps of the conversation's machinery, not something the person was told.
_NOT_TOPICS = {
    "action_listen", "action_session_start", "action_restart", "action_extract_slots",
    "action_default_fallback", "action_unlikely_intent", "action_deactivate_loop",
    "action_back", "action_two_stage_fallback", "utter_default", "utter_first_reply_notice",
    "utter_greet", "utter_thank", "utter_goodbye", "utter_affirm", "utter_deny",
    "utter_bot_challenge", "utter_out_of_scope", "utter_safety_check_in",
}  # fmt: skip
_NOT_TOPIC_PREFIXES = ("validate_", "action_ask_", "utter_handover", "utter_screening",
                       "utter_offer_person")  # fmt: skip


def told_topics(tracker: Tracker, own_actions: Iterable[str] = ()) -> list[str]:
    """What the bot told the person: its answers' names, in order, each once."""
    skip = set(_NOT_TOPICS) | set(own_actions)
    found: dict[str, None] = {}
    for event in tracker.events:
        if event.get("event") != "action":
            continue
        name = str(event.get("name") or "")
        if not name or name in skip or name.endswith("_form"):
            continue
        if name.startswith(_NOT_TOPIC_PREFIXES):
            continue
        found.setdefault(name, None)
    return list(found)


def danger_flags(tracker: Tracker) -> list[str]:
    """What the safety check found in this conversation: the verdicts and rule ids.

    Danger and self-harm only; a check-in ("are you safe?") alone is not a flag.
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


HANDOVER_ACTIONS = (
    "action_prepare_handover",
    "action_offer_handover",
    "action_start_handover",
    "action_prepare_screening",
    "action_screening_done",
)


def handover_data(tracker: Tracker) -> dict[str, Any]:
    """The data the turn's handover mode expects (all JSON-ready)."""
    answers = answers_of(tracker)
    flags = danger_flags(tracker)
    profile = Profile.from_slots(
        tracker.get_slot(AREA), tracker.get_slot(IDENTITY), tracker.get_slot(NEED)
    )
    callback = None
    if tracker.get_slot(CONTACT) == CALLBACK:
        callback = {
            "safe_time": tracker.get_slot(CALLBACK_TIME),
            "method": tracker.get_slot(CALLBACK_METHOD),
        }
    reason = tracker.get_slot(REASON)
    return {
        "consent": tracker.get_slot(CONSENT) is True,
        "priority": assess(answers, flags).priority.value,
        "screening": {k: a.value for k, a in answers.items() if a is not Answer.SKIPPED},
        "danger_flags": flags,
        "area": profile.area.value if profile.area else None,
        "identities": sorted(profile.identities),
        "needs": sorted(profile.needs),
        "told_topics": told_topics(tracker, HANDOVER_ACTIONS),
        "reason": reason if reason in (ASKED, HIGH_RISK, NOT_UNDERSTOOD) else ASKED,
        "callback": callback,
    }


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


# -- offering a person ---------------------------------------------------------------


class ActionOfferHandover(SafeAction):
    """The bot failed to understand twice in a row: offer a person (yes / no)."""

    def name(self) -> str:
        return "action_offer_handover"

    async def respond(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(response="utter_offer_person_not_understood")
        return [SlotSet(REASON, NOT_UNDERSTOOD)]


# -- the screening on its own ----------------------------------------------------------


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
