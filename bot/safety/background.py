"""Following or turning up told as past, habit or background: the check-in line
at most (issue 8, blind sets v9a and v9b).

Each turns a danger match into the check-in line ("Are you safe right now?"),
never into silence, and stands down when the message says it is happening now
or is threatening (stand_down.py; "now" alone is not news here: "now I've seen
his name on LinkedIn"):

- ``followed_before``: following told with "before" or seen on footage later
  (footage.py: "he's followed my lorry before on the M6 and it's on my dashcam");
- ``naming_who``: "the man who is following me" naming him before saying
  something else about him ("..., he has court on 12 March");
- ``showing_up_asked``: "he's been showing up at the practice, do I tell my
  employer?": a pattern asked about;
- ``seen_online``: his name or profile seen online ("now I've seen his name on
  LinkedIn");
- ``next_door_room``: someone in the room next to the person's ("the woman in
  the room next to mine at the refuge cries all night").

Some of these get no line at all when asked about as a record or a case
(quiet_settings.py: "... it's on my dashcam, how long should I keep the
footage", "the man who is following me has court on 12 March"). Someone else's
following told with "wants to help but doesn't know how" is read by
relayed.HOW_TO_HELP and quiet_settings.someone_elses_following.
readings.turned_down asks ``in_the_background`` through told_calmly.calmly_told.
"""

from __future__ import annotations

import re

from bot.safety.footage import footage_seen_later
from bot.safety.matcher import Hit
from bot.safety.stand_down import said_now, threatening

_FOLLOWING = frozenset({"following_now", "following"})
_BEFORE = re.compile(
    # "before" as a time, not "before he touches me".
    r"\b(?:before(?! (?:he|she|they|i|we|you|it)\b)|in the past|previously|once or twice|"
    r"a few times)\b"
)
_WHO = frozenset({"man", "woman", "guy", "bloke", "person", "lad", "one", "fella"})
_ARRIVED = frozenset({"arrived", "arrived_now"})
_PATTERN_VERBS = frozenset({"showing", "turning", "coming", "hanging", "popping"})
_ASKED = re.compile(
    r"\b(?:do|should|can|could|would|must) (?:i|we) (?:tell|let|inform|warn|report|mention)\b|"
    r"\b(?:employer|my boss|my manager|hr)\b"
)
_SENSING = frozenset({"sensing", "ci_someone_near"})
_ONLINE = re.compile(
    r"\b(?:name|profile|post|posts|photo|picture|pic|account|page|comment|review)\b"
    r"(?: \w+){0,2} (?:on|in) (?:linkedin|facebook|fb|instagram|insta|twitter|x|tiktok|"
    r"snapchat|online|social media|a group|the group|google|a forum)\b"
)
_PLACE_RULES = frozenset({"someone_in_my_place", "ci_someone_near"})
_NEXT_DOOR = re.compile(r"^(?:\w+ ){0,2}(?:next (?:door|to (?:mine|me|ours))|opposite mine)\b")


def _before(window: str) -> bool:
    """Following told as before, or as seen on footage later."""
    return bool(_BEFORE.search(window)) or footage_seen_later(window)


def in_the_background(words: list[str], hit: Hit) -> bool:
    """Whether the match is following or turning up told as past, habit or background."""
    rule = hit.rule.id
    text = " ".join(words)
    if said_now(text, bare_now=False, also=("here", "on my way")) or threatening(text):
        return False
    after = " ".join(words[hit.end : hit.end + 6])
    matched = words[hit.start : hit.end]
    return (
        (rule in _FOLLOWING and _before(" ".join(words[hit.start : hit.end + 6])))
        or (rule in _FOLLOWING and "who" in matched[:2] and bool(_WHO & set(matched[:1])))
        or (
            rule in _ARRIVED
            and "been" in matched
            and bool(_PATTERN_VERBS & set(matched))
            and bool(_ASKED.search(text))
        )
        or (rule in _SENSING and bool(_ONLINE.search(" ".join(words[hit.start : hit.end + 8]))))
        or (rule in _PLACE_RULES and bool(_NEXT_DOOR.search(after)))
    )
