"""Patterns and past events told before an ordinary question (issue 8, set N's
covered questions): at most the check-in line. Said now, fear, a plea or a weapon
keeps the full reply (helper_questions.asked_about_a_habit and the readings before it).
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess

# A habit in the simple present, or a past arrival or sighting, then a question.
AT_MOST_CHECK_IN = [
    "I want to put in a formal complaint about a man who follows me from the bus stop, "
    "how do I go about that",
    "a woman from my old job waits by my car after every shift, how do I report that",
    "my neighbour follows me to the shops most mornings, is that classed as harassment",
    "a man from the gym rings her every day and waits outside the Tesco when she shops, "
    "does this count as stalking",
    "he appeared at my mum's house on Sunday and I shouted at him, have I made things worse",
    "my friend spotted her parked near my house on Tuesday night, can I use that as evidence",
    "he showed up at my gym twice in March, should I report it",
    # "There tonight" with where he is somewhere else (danger_presence_rules.py).
    "he is there tonight at the pub with his mates, should I still go",
]

# Near neighbours: said now, fear, a plea or present-tense following.
FULL = [
    "he follows me from the bus stop every day and he's behind me now",
    "a man who follows me from the bus stop is behind me right now, how do I report him",
    "she turned up at my work and she's still in the car park",
    "he's outside my flat, does that count as evidence",
    "a man is following me from the bus stop, what do I do",
    "he turned up at my work, I'm scared to go out to my car",
    "he turned up at my work just now, should I report it",
    "a man who follows me from the bus stop is outside my door, how do I report him",
    "my ex who lives nearby is at my door, how do I report him",
    # A habit, then "she's there tonight" (session 11: this got no reply at all).
    "he parks outside my flat every night and he's there tonight, is this stalking",
]


@pytest.mark.parametrize("text", AT_MOST_CHECK_IN)
def test_story_question_not_full(text: str) -> None:
    assert not assess(text).immediate_danger


@pytest.mark.parametrize("text", FULL)
def test_said_now_keeps_full_reply(text: str) -> None:
    assert assess(text).immediate_danger
