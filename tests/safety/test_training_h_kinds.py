"""False-alarm kinds of training set H, in the engineer's own words.

Training set H (bot/safety/messages/training_h.yml) met the rules blind: the
full danger or self-harm reply on 19 of its 222 ordinary messages. Each kind
is tested on both sides: the ordinary message gets no full reply (and, where
said, no check-in line), and a near-miss that is danger or self-harm keeps
its reply. Never the set's own sentences.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess

# --- A sighting named as a cause or a fear, not told as news ------------------


@pytest.mark.parametrize(
    "text",
    [
        "still a bit wobbly after seeing him at the garden centre. he walked off. do i log it",
        "dreading seeing him at the hearing on friday, can i wait in a separate room",
        "I'm terrified of seeing him in the waiting area at court. Can I have a screen?",
        "my sister saw him on the Saturday at the market. Do you need her to call you?",
        "heart still racing from seeing him at the chip shop this evening but I'm home now. "
        "should I report it",
    ],
)
def test_sighting_named_as_a_cause_or_a_fear_gets_no_full_reply(text: str) -> None:
    assert not assess(text).immediate_danger, text


@pytest.mark.parametrize(
    "text",
    [
        "still a bit wobbly after seeing him at the garden centre. he walked off. do i log it",
        "dreading seeing him at the hearing on friday, can i wait in a separate room",
    ],
)
def test_sighting_that_is_over_gets_no_check_in(text: str) -> None:
    assessment = assess(text)
    assert not assessment.any and "sensing" not in assessment.check_in_rule_ids, text


@pytest.mark.parametrize(
    "text",
    [
        "shaking after seeing him outside my window just now",
        "I'm scared of seeing him, he's outside my house right now",
        "i can see him across the road from my flat",
        "I saw him at the window just now",
        "just seen him outside the shop, I'm hiding in the back",
    ],
)
def test_sighting_now_keeps_the_danger_reply(text: str) -> None:
    assert assess(text).immediate_danger, text
