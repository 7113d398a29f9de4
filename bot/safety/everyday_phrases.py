"""Everyday phrases that hold danger words: the check-in line at most (issue 8,
blind sets v9a and v9b).

- ``dying_device``: "my phone's about to die" (rule in_danger);
- ``thanks_and_better``: "thanks for everything, feel loads better since the
  order came through" (rule farewell);
- ``dreading_court``: "I'm dreading seeing him in the waiting area at court"
  (rule sensing);
- ``at_his_work``: "he's at work now so I can talk": his work, not the
  person's (rule presence); "he's at my work" keeps the full reply.

Each stands down with fear, a threat or a plea in the message. The first
three get no line at all (``everyday_phrase_no_line``, read by
check_in_cleared.py): they still reached the check-in line in sets v9a and v9b
and hold nothing about this moment; "he's at work now" keeps the line.
"""

from __future__ import annotations

import re

from bot.safety.matcher import Hit

_ALARM = re.compile(
    r"\b(?:help me|please help|999|kill\w*|hurt\w*|threat\w*|terrified|petrified|unsafe|"
    r"not safe|knife|gun|weapon|outside my|at my door|overdose|pills|end it|suicid\w*)\b"
)
_DEVICE = re.compile(
    r"\b(?:phones?|battery|batterys|laptops?|tablets?|ipads?|chargers?|mobiles?|cars?|torch)\b"
    r"(?: \w+){0,2}$"
)
_BETTER = re.compile(
    r"\b(?:feel|feeling|felt|i am|im) (?:\w+ )?(?:better|safer|good|great|relieved)\b|"
    r"\b(?:order|injunction|case) (?:came|has come|went) through\b"
)
_DREADING = re.compile(
    r"\b(?:dreading|worried about|nervous about|anxious about|scared of|not looking forward to)$"
)
_COURT = re.compile(r"\b(?:court|hearing|tribunal|trial|waiting area|waiting room)\b")


def everyday_phrase(words: list[str], hit: Hit) -> bool:
    """Whether the match is an everyday phrase, not danger or a goodbye."""
    text = " ".join(words)
    if _ALARM.search(text):
        return False
    before = " ".join(words[max(0, hit.start - 3) : hit.start])
    matched = words[hit.start : hit.end]
    rule = hit.rule.id
    return (
        (rule == "in_danger" and bool(_DEVICE.search(before)))
        or (rule == "farewell" and bool(_BETTER.search(text)))
        or (rule == "sensing" and bool(_DREADING.search(before)) and bool(_COURT.search(text)))
        or (
            rule == "presence"
            and matched[0] in ("he", "she", "they")
            and matched[-2:] == ["at", "work"]
            or (rule == "presence" and matched[-3:-1] == ["at", "work"] and matched[-1] == "now")
        )
    )


def everyday_phrase_no_line(words: list[str], hit: Hit) -> bool:
    """A dying phone, thanks with feeling better, dread of court: no line at all."""
    return hit.rule.id in ("in_danger", "farewell", "sensing") and everyday_phrase(words, hit)
