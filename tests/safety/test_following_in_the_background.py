"""Following or turning up told as past, habit or background (issue 8).

Blind sets v9a and v9b: following told with "before" or kept on a dashcam, "the
man who is following me" named before something else about him, "he's been
showing up at the practice, do I tell my employer?", his name seen on LinkedIn,
someone else's following with "wants to help but doesn't know how", and the
woman in the room next door at the refuge got the full danger reply. They get
the check-in line at most (background.py, relayed.HOW_TO_HELP); the same words
now keep the full reply.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess


@pytest.mark.parametrize(
    "text",
    [
        "he used to wait outside my lectures all last term, it's stopped since christmas",
        "he's followed my lorry before on the M6 and it's on my dashcam. How long should I keep "
        "the footage?",
        "He followed me home every day in 2019. Now I've seen his name on LinkedIn",
        "The man who is following me, he has court on 12 March",
        "he's been showing up at the practice, do I tell my employer?",
        "My grandad's neighbour is being followed by someone. Grandad wants to help but doesn't "
        "know how.",
        "The woman in the room next to mine at the refuge cries all night, can someone check "
        "on her?",
        "she's followed me before in her car, I've got it on my dashcam, is that enough for a "
        "report?",
        "the guy who is following me has a hearing next week, will I need to go?",
        "she has been turning up at my office, should I tell HR?",
        "my ex's new profile on facebook came up, I've seen his photo on instagram too",
        "my aunt's friend is being followed by her ex, my aunt wants to help but doesn't know how",
        "the man in the flat next door shouts all night, should I report it?",
    ],
)
def test_background_is_not_the_full_reply(text: str) -> None:
    result = assess(text)
    assert not result.immediate_danger, result.rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "he's following me right now",
        "he's followed me before and he's behind me now",
        "the man who is following me is outside my house now",
        "he's been showing up at the practice and he's outside now, do I tell my employer?",
        "my neighbour is being followed right now, she's on the phone to me",
        "there's a man in my room",
        "I've seen him outside my window",
        "he is following me",
    ],
)
def test_now_keeps_the_full_reply(text: str) -> None:
    assert assess(text).immediate_danger, text
