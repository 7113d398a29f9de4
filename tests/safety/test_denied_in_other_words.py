"""A plain denial in other words ("no thoughts of hurting myself") is not self-harm (v10b).

Anything else about harming oneself said beside it keeps the full reply.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess


@pytest.mark.parametrize(
    "text",
    [
        "rough week, crying a lot, but no thoughts of harming myself. just worn out",
        "gp asked again. no plans to hurt myself, I'm just exhausted with it all",
        "No urge to self harm, I just feel flat since the hearing",
    ],
)
def test_a_denial_in_other_words_is_not_the_self_harm_reply(text: str) -> None:
    assert not assess(text).self_harm


@pytest.mark.parametrize(
    "text",
    [
        "no thoughts of hurting myself before, but I've just taken all my tablets",
        "I have thoughts of hurting myself every night",
        "no plans to hurt myself he says, but I want to die",
    ],
)
def test_other_words_of_self_harm_keep_the_reply(text: str) -> None:
    assert assess(text).self_harm
