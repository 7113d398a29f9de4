"""Building blocks of the safety check: signals, rules, and the context words.

A rule is a reviewed regular expression over normalised text (normalise.py).
Context words decide when a rule is muted within its clause (detector.py):
hypothetical, past or habitual wording mutes presence, weapon and violence
rules unless an urgency word is there too. ONLINE mutes "watching" and
"following" when they are about social media.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum


class Signal(str, Enum):
    IMMEDIATE_DANGER = "immediate_danger"
    SELF_HARM = "self_harm"


class Guard(str, Enum):
    """Which context words can mute a pattern within its clause."""

    NONE = "none"
    HYPOTHETICAL_OR_PAST = "hypothetical_or_past"
    ANY = "any"  # hypothetical, past or habitual


@dataclass(frozen=True)
class Rule:
    id: str
    signal: Signal
    pattern: re.Pattern[str]
    guard: Guard


def rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")


HYPOTHETICAL = rx(
    r"if",
    r"when",
    r"whenever",
    r"in case",
    r"incase",
    r"worried",
    r"worry",
    r"afraid (?:he|she|they) (?:will|might)",
    r"scared (?:he|she|they) (?:will|might)",
    r"might",
    r"could",
    r"would",
    r"ever",
    r"one day",
    r"what happens",
)
PAST = rx(
    r"last (?:week|month|year|night|time|summer|winter|spring|autumn|weekend|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    r"yesterday",
    r"ago",
    r"used to",
    r"back in",
    r"in (?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|(?:19|20)\d\d)",
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    r"\d+(?:st|nd|rd|th)? (?:of )?(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)",
    r"(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december) \d+",
    r"once",
    r"previously",
    r"at the time",
    r"was reported",
    r"reported it",
)
HABITUAL = rx(
    r"keeps?",
    r"always",
    r"every",
    r"often",
    r"sometimes",
    r"usually",
    r"times",
    r"since",
    r"for (?:months|weeks|years|ages|a while)",
    r"been going on",
)
URGENT = rx(
    r"right now",
    r"now",
    r"at the moment",
    r"currently",
    r"as we speak",
    r"tonight",
    r"still",
    r"just",
    r"minutes away",
    r"minutes",
    r"please help",
    r"help me",
)


ONLINE = rx(
    r"instagram",
    r"insta",
    r"facebook",
    r"fb",
    r"tiktok",
    r"snapchat",
    r"twitter",
    r"whatsapp",
    r"online",
    r"social media",
    r"socials",
    r"stories",
    r"posts",
    r"profile",
    r"account",
)
