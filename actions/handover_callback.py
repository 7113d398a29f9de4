"""Wait here for an advocate, or have one get in touch later at a safe time.

In advocate hours the person chooses to wait (the handover mode queues them
and they stay in the chat) or a callback; outside them they hear when
advocates are back, with the 24/7 lines, and may ask for a callback or go back
to the bot. Hours are read again when the person chooses to wait: advocates
who went off duty meanwhile mean the out-of-hours question instead.

A callback asks for a safe time and a way to get in touch; the number itself
is never asked for here (``bot/turn/handover_mode.py`` asks for it outside
Rasa, so it never reaches the tracker).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from actions.form_reply import ask_again
from actions.handover_steps import (
    BACK_TO_THE_BOT,
    CALLBACK,
    CALLBACK_METHOD,
    CALLBACK_TIME,
    CONTACT,
    LEAVE,
    LEAVE_WORDS,
    LEFT,
    NO_WORDS,
    OPEN,
    WAIT,
    YES_WORDS,
    Choice,
    FormTurn,
    Step,
    asks_to_leave,
    buttons,
    choice_step,
    leaving,
    only_a_number,
    read_choice,
)
from handover.hours import AdvocateHours, describe_next_open

# A safe time is a few words; longer is cut (it is shown to the advocate as is).
SAFE_TIME_MAX_CHARS = 80
# Seven digits in a row look like a phone number: not kept in the tracker's slots.
_PHONE_LIKE = re.compile(r"(?:\d[\s-]?){7,}")

_CALL = ("later", "call back", "callback", "call me", "contact me", "ring me", "text me")
CONTACT_CHOICES_OPEN = (
    # Not "Wait here": alone, the model reads it as someone waiting outside (danger).
    Choice(WAIT, "Yes, I'll wait", ("wait", "wait here", "here", "now", "i'll wait", *YES_WORDS)),
    Choice(CALLBACK, "Contact me later", _CALL, rank=0),
    BACK_TO_THE_BOT,
)
CONTACT_CHOICES_CLOSED = (
    Choice(CALLBACK, "Yes, contact me later", (*_CALL, *YES_WORDS)),
    Choice(LEAVE, "No, back to the bot", (*LEAVE_WORDS, *NO_WORDS), rank=0),
)
METHOD_CHOICES = (
    Choice("phone", "Phone call", ("phone", "call", "ring", "calls")),
    Choice("sms", "Text message", ("text", "texts", "sms", "message", "txt"), rank=0),
)


def next_open_words(hours: AdvocateHours, at: datetime) -> str:
    """When advocates are next here, as the closed notice says it ("on Monday at 9am")."""
    when = hours.next_open(at)
    return describe_next_open(when, at) if when is not None else "another day"


def _contact_choices(turn: FormTurn) -> tuple[Choice, ...]:
    return CONTACT_CHOICES_OPEN if turn.tracker.get_slot(OPEN) else CONTACT_CHOICES_CLOSED


def ask_contact(turn: FormTurn) -> None:
    """In hours: wait here or a callback. Outside: when they are back, 24/7 lines, callback."""
    if turn.tracker.get_slot(OPEN):
        turn.say("utter_handover_ask_contact", buttons=buttons(CONTACT_CHOICES_OPEN))
        return
    turn.say(
        "utter_handover_closed",
        next_open=next_open_words(turn.hours(), turn.now()),
        buttons=buttons(CONTACT_CHOICES_CLOSED),
    )


def read_contact(value: Any, turn: FormTurn) -> dict[str, Any]:
    """Wait, a callback, or back to the bot; hours checked again before anyone waits.

    Advocates may have gone off duty since the handover was offered (the
    consent and the screening take a while). Waiting is the last answer before
    the handover mode starts, in the same turn, so this is where hours are
    read again: if they are over, the step is asked again the out-of-hours way
    (when advocates are back, the 24/7 lines, a callback or back to the bot).
    """
    found = read_choice(CONTACT, value, _contact_choices(turn), turn)
    if found.get(LEFT):  # "back to the bot" is an answer here, not a way out
        return {CONTACT: LEAVE}
    if found.get(CONTACT) == WAIT and not turn.hours().is_open(turn.now()):
        return {CONTACT: None, OPEN: False}
    return found


def read_callback_time(value: Any, turn: FormTurn) -> dict[str, Any]:
    """A safe time in the person's words, without anything that looks like a number.

    A bare number ("1") is no time an advocate could use: on SMS it is most
    likely an earlier question's option, sent after its numbering expired. The
    question is asked again.
    """
    text = " ".join(str(value or "").split())
    if asks_to_leave(text):
        return leaving(CALLBACK_TIME)
    if not text or _PHONE_LIKE.search(text) or only_a_number(text):
        return ask_again(
            CALLBACK_TIME, turn.dispatcher, response="utter_handover_callback_time_unclear"
        )
    return {CALLBACK_TIME: text[:SAFE_TIME_MAX_CHARS]}


CONTACT_STEP = Step(CONTACT, ask_contact, read_contact)
CALLBACK_TIME_STEP = Step(
    CALLBACK_TIME,
    ask=lambda turn: turn.say("utter_handover_ask_callback_time"),
    read=read_callback_time,
)
CALLBACK_METHOD_STEP = choice_step(
    CALLBACK_METHOD, "utter_handover_ask_callback_method", METHOD_CHOICES
)

__all__ = [
    "CALLBACK_METHOD_STEP",
    "CALLBACK_TIME_STEP",
    "CONTACT_CHOICES_CLOSED",
    "CONTACT_CHOICES_OPEN",
    "CONTACT_STEP",
    "METHOD_CHOICES",
    "SAFE_TIME_MAX_CHARS",
    "ask_contact",
    "next_open_words",
    "read_callback_time",
    "read_contact",
]
