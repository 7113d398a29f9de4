"""Everyday phrases holding danger words (issue 8, blind sets v9a and v9b).

"my phone's about to die", "thanks for everything, feel loads better since the
order came through", "I'm dreading seeing him in the waiting area at court",
"he's at work now so I can talk" got a full reply. They get the check-in line at
most (everyday_phrases.py); the same words meant keep the full reply.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess


@pytest.mark.parametrize(
    "text",
    [
        "My phone's about to die, can you text me the number instead?",
        "my battery is about to die, quick what's the number",
        "just wanted to say thanks for everything, feel loads better since the order came through",
        "thanks for everything, I feel so much safer now",
        "I'm dreading seeing him in the waiting area at court, can I ask for a separate room?",
        "I'm worried about seeing him at the hearing next week",
        "he's at work now so I can talk",
        "the note where he said he'd burn the house down came last Tuesday, I've already "
        "reported it, do you need the original?",
        "can the police take my son's phone off me",
    ],
)
def test_everyday_phrase_is_not_the_full_reply(text: str) -> None:
    result = assess(text)
    assert not result.any, result.rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "I'm about to die",
        "thanks for everything, goodbye",
        "he's at my work now",
        "he's at work now, he's outside my work",
        "thanks for everything, I feel better knowing I'll end it tonight",
    ],
)
def test_meant_keeps_the_full_reply(text: str) -> None:
    assert assess(text).any, text
