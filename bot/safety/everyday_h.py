"""Ordinary messages of training set H told with danger or self-harm words.

Training set H (bot/safety/messages/training_h.yml) was written blind, and at
first sight the rules gave the full danger or self-harm reply to 19 of its 222
ordinary messages. Each reading here is one kind of those, read in a plain
sentence of the person's own; each keeps the full reply for the same words
said about now. They are called from everyday.py, not_happening.py and
self_harm_readings.py, so the order the detector reads a match in is unchanged.

- ``sighting_referred_to``: a sighting named as the cause of a feeling or as a
  fear of later ("shaky after seeing him in the shop", "dreading seeing him at
  court"), not told as news. Muted when the message says it is over ("he
  didn't come over", "I'm home now") or it is a fear of later; otherwise the
  check-in line. "Shaking after seeing him outside just now" keeps the reply.
"""

from __future__ import annotations

import re

from bot.safety.matcher import Hit

# h_sighting_referred_to: "after seeing him", "from seeing him", "of seeing him".
_SEEING_RULES = frozenset({"sensing", "ci_someone_near"})
_SEEING = frozenset({"seeing", "spotting", "hearing"})
_CAUSE_WORDS = frozenset({"after", "from", "since", "about", "of"})
# A fear of later: "terrified of seeing him", "the thought of seeing him".
_FEARED = frozenset(
    {
        "terrified",
        "scared",
        "afraid",
        "frightened",
        "petrified",
        "dreading",
        "dread",
        "fear",
        "thought",
        "idea",
        "worried",
        "nervous",
        "anxious",
        "prospect",
    }
)
# Only these say the sighting itself is now: "after seeing him outside just now".
_SIGHTING_NOW = re.compile(
    r"\b(?:just now|right now|as we speak|(?:\d+|a few|few|couple of|two|five|ten) "
    r"(?:minutes|mins|seconds) ago|(?:he|she|they) (?:is|are) still|still (?:there|here|"
    r"outside))\b"
)
# The message says it is over: he went, the person is home or safe, nothing happened.
_OVER = re.compile(
    r"\b(?:did not|didnt|never) (?:come over|approach|see me|notice me|follow|come near|"
    r"speak|say anything)\b|\b(?:i am|im) (?:home|back home|safe|ok|okay|fine|alright|"
    r"inside)\b|\bnothing happened\b|\bhe (?:left|went|drove off|walked off)\b"
)


def _seeing_position(words: list[str], hit: Hit) -> int | None:
    """Where the gerund "seeing" is for this hit: in it, or just before "him"."""
    if hit.rule.id not in _SEEING_RULES:
        return None
    if words[hit.start] in _SEEING:
        return hit.start
    if hit.start > 0 and words[hit.start - 1] in _SEEING:
        return hit.start - 1
    return None


def sighting_referred_to(words: list[str], hit: Hit) -> str | None:
    """ "mute" or "check_in" for a sighting named as a cause or a fear, not as news.

    "shaky after seeing him in the shop. he didn't come over": muted; "terrified
    of seeing him at court": muted (a fear of later); "upset after seeing him in
    town": the check-in line. None when the sighting is said to be now.
    """
    at = _seeing_position(words, hit)
    if at is None or at == 0:
        return None
    before = words[at - 1]
    if before not in _CAUSE_WORDS:
        return None
    clause_end = hit.end
    while clause_end < len(words) and words[clause_end] != ".":
        clause_end += 1
    if _SIGHTING_NOW.search(" ".join(words[at:clause_end])):
        return None
    if before == "of" and at > 1 and words[at - 2] in _FEARED:
        return "mute"
    return "mute" if _OVER.search(" ".join(words)) else "check_in"
