"""Readings of ordinary messages told with danger words: at most the check-in line.

Each turns a danger match into the check-in line ("Are you safe right now?"),
never into silence, and never when something in the message is urgent or
threatening (arrivals.HOSTILE, context_words.URGENT):

- ``family_trip``: a child taken to the airport tonight on a family holiday
  ("my husband is taking our kids to the airport tonight, we fly to Spain"),
  not taken away from the person (rule child_taken_now; issue 8).

readings.turned_down asks these, with the others that turn a match down.
"""

from __future__ import annotations

import re

from bot.safety.arrivals import HOSTILE
from bot.safety.matcher import Hit

# family_trip: child_taken_now catches "taking my son to the airport tonight"; a
# holiday, a school trip, or the person going too ("we fly at 6") is a trip.
_TRIP_RULES = frozenset({"child_taken_now", "children_taken"})
_TRIP = re.compile(
    r"\b(?:holiday|holidays|hols|half term|school trip|trip|vacation|honeymoon|"
    r"(?:we|i) (?:are |am |will |ll )?(?:fly|flying|going|off|travelling|jetting|leave|"
    r"leaving|meeting them)|our (?:flight|holiday|trip|plane)|family (?:wedding|holiday|visit)|"
    r"see (?:his|her|their|my|our) (?:gran|nan|grandma|grandad|grandparents|family|cousins))\b"
)
# Against the person's will: the hit stays danger whatever else is said.
_AGAINST_WILL = re.compile(
    r"\b(?:not allowed|without (?:my |our )?(?:permission|consent|asking|telling|knowing)|"
    r"(?:will|would) not (?:bring|give|let)|wont (?:bring|give|let)|not (?:coming|bringing "
    r"\w+) back|never see|stop (?:him|her|them)|court order|kidnap\w*|abduct\w*|snatch\w*|"
    r"forc\w*|dragg\w*|crying|from me|off me|passport\w*|help)\b"
)


def family_trip(words: list[str], hit: Hit) -> bool:
    """A child taken on a family trip, told calmly: the check-in line at most."""
    if hit.rule.id not in _TRIP_RULES:
        return False
    text = " ".join(words)
    return bool(_TRIP.search(text)) and not _AGAINST_WILL.search(text) and not HOSTILE.search(text)
