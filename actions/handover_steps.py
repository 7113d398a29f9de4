"""What every step of the way into a handover shares: its slots, and reading a choice.

Each question of ``handover_form`` is one :class:`Step`: how it is asked and
how its answer is read. The steps live with their part of the conversation
(``actions/handover.py`` consent, ``handover_screening.py`` the S-DASH
questions, ``handover_callback.py`` wait or a callback); ``actions/handover.py``
puts them in a table and gives each its ask action and validation.

A step that offers options is a :func:`choice_step`: buttons on the web (the
payload is the label), numbered on SMS, and a reply read by :func:`choose`
from the label, the number or words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.form_reply import ask_again, reply_text
from handover.hours import AdvocateHours

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
# Cleared before each handover, so an earlier one's answers are never reused.
PER_HANDOVER = (CONSENT, SCREENING_OFFER, STOPPED, CONTACT, CALLBACK_TIME, CALLBACK_METHOD, LEFT)

# Why a handover started (handover_reason) and how the person wants it (handover_contact).
ASKED, HIGH_RISK, NOT_UNDERSTOOD = "asked", "high_risk", "not_understood"
WAIT, CALLBACK, LEAVE = "wait", "callback", "leave"


def normal(text: str) -> str:
    """Lower case, straight apostrophes, words and digits only, single spaces."""
    text = text.lower().replace("\u2019", "'")
    return " ".join(re.sub(r"[^a-z0-9' ]+", " ", text).split())


def has_phrase(text: str, phrase: str) -> bool:
    """``phrase`` as whole words in an already :func:`normal` text."""
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


YES_WORDS = ("yes", "yeah", "yep", "yup", "y", "ok", "okay", "sure", "please", "go ahead", "fine")
NO_WORDS = ("no", "nope", "nah", "n", "don't", "dont", "do not", "rather not", "no thanks")
LEAVE_WORDS = ("back to the bot", "back to bot", "go back", "menu", "cancel", "never mind",
               "nevermind", "forget it", "not now", "leave it", "bot")  # fmt: skip
BACK_TO_THE_BOT = Choice(LEAVE, "Back to the bot", LEAVE_WORDS)


def choose(text: str | None, choices: Sequence[Choice]) -> Any | None:
    """The choice a reply picks: its label, its number, or words; None if unclear.

    Leaving ("back to the bot", "menu") is checked before other words, at every step.
    """
    text = normal(text or "")
    if not text:
        return None
    for number, choice in enumerate(choices, 1):
        if text in (str(number), normal(choice.label)):
            return choice.value
    if any(has_phrase(text, w) for w in LEAVE_WORDS) and any(c.value == LEAVE for c in choices):
        return LEAVE
    for choice in sorted(choices, key=lambda c: c.rank):
        if any(has_phrase(text, normal(w)) for w in choice.words):
            return choice.value
    return None


def asks_to_leave(text: str) -> bool:
    """The reply is "back to the bot" (or "menu", "cancel"...), by label or words.

    Never by number: where this is asked, "back to the bot" is not a numbered
    option. A bare "1" is an answer (a screening question's first option), or
    an SMS option sent after its numbering expired; it is not a way out.
    """
    plain = normal(text)
    return plain == normal(BACK_TO_THE_BOT.label) or any(has_phrase(plain, w) for w in LEAVE_WORDS)


def only_a_number(text: str) -> bool:
    """The reply is just a number, as an SMS option is picked ("1", "#2", "3.")."""
    return normal(text).isdigit()


def buttons(choices: Iterable[Choice]) -> list[dict[str, str]]:
    """Buttons whose payload is the label, read back by :func:`choose` (SMS numbers them)."""
    return [{"title": c.label, "payload": c.label} for c in choices]


def leaving(slot: str) -> dict[str, Any]:
    """The slots that end the handover questions from ``slot``: back to the bot."""
    return {slot: None, LEFT: True, "requested_slot": None}


# -- a step of the form ---------------------------------------------------------------


@dataclass(frozen=True)
class FormTurn:
    """What a step gets: this turn's dispatcher and tracker, and the advocates' hours.

    The hours and the clock are functions, read only by the steps that need them
    (``actions/handover.py`` owns both, so tests move them in one place).
    """

    dispatcher: CollectingDispatcher
    tracker: Tracker
    hours: Callable[[], AdvocateHours]
    now: Callable[[], datetime]

    def say(self, response: str, **kwargs: Any) -> None:
        self.dispatcher.utter_message(response=response, **kwargs)


@dataclass(frozen=True)
class Step:
    """One question of the handover form: how it is asked, and how its answer is read.

    ``read`` returns the slots to set, as a rasa_sdk ``validate_<slot>`` does:
    the slot itself (None asks again), or :func:`leaving`.
    """

    slot: str
    ask: Callable[[FormTurn], None]
    read: Callable[[Any, FormTurn], dict[str, Any]]


def read_choice(slot: str, value: Any, choices: Sequence[Choice], turn: FormTurn) -> dict[str, Any]:
    """A reply read as one of ``choices``: back to the bot leaves, unclear asks again."""
    picked = choose(reply_text(value), choices)
    if picked == LEAVE:
        return leaving(slot)
    if picked is None:
        return ask_again(slot, turn.dispatcher, response="utter_handover_not_understood")
    return {slot: picked}


def choice_step(
    slot: str,
    question: str,
    choices: Sequence[Choice],
    said_after: Mapping[Any, str] | None = None,
) -> Step:
    """A step that asks ``question`` with a button per choice and reads the reply as one.

    ``said_after`` maps an answer to a response that acknowledges it.
    """

    def ask(turn: FormTurn) -> None:
        turn.say(question, buttons=buttons(choices))

    def read(value: Any, turn: FormTurn) -> dict[str, Any]:
        found = read_choice(slot, value, choices, turn)
        acknowledgement = (said_after or {}).get(found.get(slot))
        if acknowledgement is not None:
            turn.say(acknowledgement)
        return found

    return Step(slot, ask, read)


__all__ = [
    "ANSWER",
    "ANSWERS",
    "ASKED",
    "BACK_TO_THE_BOT",
    "CALLBACK",
    "CALLBACK_METHOD",
    "CALLBACK_TIME",
    "CONSENT",
    "CONTACT",
    "HIGH_RISK",
    "LEAVE",
    "LEAVE_WORDS",
    "LEFT",
    "NOT_UNDERSTOOD",
    "NO_WORDS",
    "OPEN",
    "PER_HANDOVER",
    "REASON",
    "SCREENING_OFFER",
    "STOPPED",
    "WAIT",
    "YES_WORDS",
    "Choice",
    "FormTurn",
    "Step",
    "asks_to_leave",
    "buttons",
    "choice_step",
    "choose",
    "has_phrase",
    "leaving",
    "normal",
    "only_a_number",
    "read_choice",
]
