"""Everyday readings that turn a rule's match into the lighter check-in.

Each was a false alarm a blind author wrote as an ordinary message (set D of
the understanding work, docs/benchmarks.md); each keeps a safety line rather
than going silent, because the same words can still mean danger:

* **Frustration with reporting.** "I reported him twice and it went nowhere,
  what's the point": a bare "what's the point" in a message about the police,
  reporting or a court is about the system, not a wish to die. It gets the
  check-in with Samaritans' number, not the full self-harm reply. Any other
  self-harm words in the message keep the full reply.
* **A parking dispute.** "someone's parked across my drive again, who do I
  call?": a vehicle blocking a drive, with no "he", no ex and nothing
  threatening, is a check-in ("are you safe right now?"), not the full 999
  guidance.
"""

from __future__ import annotations

import re

from bot.safety.arrivals import HOSTILE
from bot.safety.matcher import Hit

# Words of the bare "no point" reading of rule wish_to_die ("what's the point",
# "whats the point anymore"): nothing about living, life or me.
_BARE_NO_POINT = frozenset({"no", "the", "point", "anymore", "any", "more", "."})
_REPORTING = re.compile(
    r"\b(?:report|reported|reporting|reports|police|polis|cops|officer|officers|101|"
    r"court|courts|cps|order|injunction|complaint|complain|complained|crime number|"
    r"crime reference|case|charge|charged|nfa|ring them|rang them|call them|called them)\b"
)
FRUSTRATION_ID = "frustration_with_reporting"

_PARKED = re.compile(
    r"\b(?:parked|parks|parking|park|pulled up|stopped|left (?:his|her|their|a) (?:car|van)) "
    r"(?:\w+ ){0,2}(?:across|over|on|in front of|outside|blocking) (?:my|our|the) "
    r"(?:drive|driveway|dropped kerb|garage|gate)\b|\bblocking (?:my|our|the) "
    r"(?:drive|driveway|dropped kerb)\b|\bblock(?:ing|ed|s)? (?:me|us) in\b"
)
# Someone known to the person, rather than a stranger's car.
_KNOWN_PERSON = re.compile(r"\b(?:he|hes|him|his|she|shes|her|ex|my ex|stalker)\b")
PARKING_ID = "parking_dispute"


def frustration_with_reporting(words: list[str], hit: Hit) -> bool:
    """A bare "what's the point" (rule wish_to_die) in a message about reporting."""
    if hit.rule.id != "wish_to_die":
        return False
    if not set(words[hit.start : hit.end]) <= _BARE_NO_POINT:
        return False
    return bool(_REPORTING.search(" ".join(words)))


def parking_dispute(words: list[str], hits: list[Hit]) -> bool:
    """A vehicle across a drive, nobody known and nothing threatening, is all there is."""
    text = " ".join(words)
    if not _PARKED.search(text) or _KNOWN_PERSON.search(text) or HOSTILE.search(text):
        return False
    return all(h.rule.id in _PARKING_RULES for h in hits)


# Rules a parked vehicle can set off.
_PARKING_RULES = frozenset(
    {"presence", "vehicle_near", "there_is_someone", "breaking_in", "ci_vehicle", "ci_someone_near"}
)
