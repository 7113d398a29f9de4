"""Danger found while fixing v14's kinds (session 12), both ways.

- A new scene joined by "and" is not the film before it: "I'm watching a film
  and someone is breaking into my house right now" (clause_parts.after_waking);
  a film's own scene ("in the film ... breaking into her house") stays fiction.
- Locked in with fuel poured (rule fire_set_up_now); not told as
  history or asked as "what if".
- A prisoner, an inmate or an offender is someone (words.WHO): "a released
  prisoner ... is outside my house right now".
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess_afresh

DANGER = [
    "sat watching a movie with my son and somebody is smashing our back window now",
    "we're watching telly and a man is trying our front door, it's him",
    "he's shut me and my daughter in the kitchen and tipped petrol all over the floor",
    "locked us in the bedroom, poured fuel along the landing",
    "an offender I supervise is at my front door right now shouting my name",
    "the inmate who wrote to me is outside my house, he got out today",
]

ORDINARY = [
    "in the film the girl is on her own and someone is breaking into her flat, it gave me chills",
    "watched a documentary where a man is stalking his ex, is that what's happening to me?",
    "back in 2018 he locked me in and poured petrol on the carpet, he served time for it",
    "what if he shuts me in and pours petrol everywhere, does the order cover that",
    "a prisoner has been writing to me from HMP Styal, how do I stop the letters",
]


@pytest.mark.parametrize("text", DANGER)
def test_said_now_gets_the_danger_reply(text: str) -> None:
    assert assess_afresh(text).immediate_danger


@pytest.mark.parametrize("text", ORDINARY)
def test_told_as_fiction_history_or_a_question_gets_no_danger_reply(text: str) -> None:
    assert not assess_afresh(text).immediate_danger
