"""STOP, START and HELP: the words every SMS service must honour.

Stop and start words are Twilio's defaults, which follow the US carrier rules
(STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, and Twilio's REVOKE, OPTOUT;
START, UNSTOP; HELP, INFO) [facts.md 7, sources 103-105; twilio.com
"Advanced Opt-Out" tutorial]. No UK rule requires them for service messages,
but people expect them [facts.md 7: UNCONFIRMED], so they are honoured.

A keyword is the whole message, one word, any case, with surrounding spaces and
punctuation ignored, as Twilio matches them: "stop" stops, "please stop him"
is a question for the assistant. YES restarts only a stopped number (Twilio
treats it as an opt-in word); otherwise it is an answer for the assistant.
"""

from __future__ import annotations

import enum
import string


class Keyword(enum.Enum):
    STOP = "stop"
    START = "start"
    HELP = "help"


STOP_WORDS = frozenset(
    {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"}
)
START_WORDS = frozenset({"START", "UNSTOP"})
HELP_WORDS = frozenset({"HELP", "INFO"})
# Twilio's Advanced Opt-Out sends the keyword class it matched (including any
# custom keywords configured in the console) in the OptOutType field.
_OPT_OUT_TYPES = {"STOP": Keyword.STOP, "START": Keyword.START, "HELP": Keyword.HELP}
_STRIP = string.whitespace + string.punctuation


def classify(body: str, opted_out: bool = False, opt_out_type: str = "") -> Keyword | None:
    """The keyword a message is, or None if it is something to answer."""
    from_twilio = _OPT_OUT_TYPES.get(opt_out_type.strip().upper())
    if from_twilio is not None:
        return from_twilio
    word = body.strip(_STRIP).upper()
    if word in STOP_WORDS:
        return Keyword.STOP
    if word in START_WORDS or (opted_out and word == "YES"):
        return Keyword.START
    if word in HELP_WORDS:
        return Keyword.HELP
    return None
