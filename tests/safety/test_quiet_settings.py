"""Danger words in a clearly ordinary setting get no line at all (quiet_settings.py,
blind sets v9a and v9b); the same words with now, a threat or fear keep the reply.

The wording here is new, not copied from the sets.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess
from bot.safety.matcher import find
from bot.safety.normalise import normalise
from bot.safety.quiet_settings import quietly_set


def _quiet(text: str) -> bool:
    """Whether a quiet-setting reading mutes any of the message's matches."""
    words, _lemmas, hits = find(". " + normalise(text) + " .")
    return any(quietly_set(words, h, hits) for h in hits)


QUIET = [
    # A weapon in a legal, work, pretend or past setting.
    "the bail conditions say he is not allowed a knife, does that cover his fishing gear",
    "my solicitor says the charge is assault with a weapon, will he get a custody sentence",
    "i'm a chef so i handle knives at work, could he use that against me in court",
    "the knife from that night is still with the police, will i get it back",
    # Following told as background, with a question about the record.
    "he's followed my van before on the a556 and it's on my dashcam, should i save the clip",
    # The man named only to say something about his case.
    "the lad who is following me has a hearing next week, can i go",
    # Someone else's following, with how to help.
    "my aunt's neighbour is being followed by someone, she wants to help but doesn't know how",
    # A doorbell asked about as a thing to buy.
    "is it worth buying a ring doorbell or can he hack into it",
]

# The same words with now, a threat or fear: the full reply (or at least the line).
KEPT = [
    "the bail conditions say he is not allowed a knife but he is outside with one now",
    "the charge sheet says assault with a weapon and he is coming round tonight",
    "i'm a chef and he is at my work with a knife",
    "my solicitor says it was assault with a weapon and i'm terrified he'll do it again",
    "he's following my van right now on the a556 and it's on my dashcam, should i save the clip",
    "the lad who is following me is behind me, can i go",
    "my aunt's neighbour is being followed by someone right now, she wants to help but "
    "doesn't know how",
    "is it worth buying a ring doorbell, he is at the door now",
]


@pytest.mark.parametrize("text", QUIET)
def test_an_ordinary_setting_gets_no_line_from_the_rules(text: str) -> None:
    found = assess(text)
    assert not found.any
    # The second opinion (second_opinion.py) may still add the line on its own.
    assert not set(found.check_in_rule_ids) - {"second_opinion_danger", "second_opinion_self_harm"}


@pytest.mark.parametrize("text", KEPT)
def test_now_a_threat_or_fear_keeps_the_reply(text: str) -> None:
    assert not _quiet(text)
    found = assess(text)
    assert found.immediate_danger or found.check_in
