"""Following told inside a question about reporting, a log or evidence (session 14).

Blind sets v15a, v15b and Q gave the full danger reply to people asking how to
report being followed, how to keep a log of it, or what counts as evidence
(asked_about.py, kind 2; footage.py for footage held "of him"). Such a message
gets the check-in line at most. Followed now, first-hand, or someone close by
keeps the full reply: "he's right behind me now, how do I report it" got only
the check-in line before (ordinary_kinds._AT_ME had no "behind me").
Messages in the engineers' own words, not the sets'.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess_afresh

ASKED = [
    "my mate at work says a bloke has been following her to the car park, how would she "
    "report that?",
    "I want to report a man who's been following me from the gym most evenings. What happens "
    "when I ring 101?",
    "what kind of evidence do the police need if you think you're being followed after work",
    "I'm a youth worker and one of our lads is being followed by an older man, how do I help "
    "him keep a log?",
    "a customer told me she was being followed round the shop last week. Can I report it for her?",
    "I have footage of her following me into the station, how do I save it for the police?",
]

NOW = [
    "he's following me into the station, how do I report him?",
    "I'm being followed by two men, can I report it online?",
    "he has been following me for ten minutes and he's right behind me now, how do I report it",
    "someone is following me home right now, should I keep a log?",
    "she followed me off the train and she's still outside the shop, what evidence do I need",
    # Close behind now, then a question (ordinary_kinds._AT_ME; it got the check-in).
    "a lad followed me out of the club and he's still behind me, how do I report him",
]


@pytest.mark.parametrize("text", ASKED)
def test_following_asked_about_gets_the_check_in_at_most(text: str) -> None:
    assert not assess_afresh(text).immediate_danger


@pytest.mark.parametrize("text", NOW)
def test_following_now_keeps_the_full_danger_reply(text: str) -> None:
    assert assess_afresh(text).immediate_danger
