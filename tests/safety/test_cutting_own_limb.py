"""Cutting one's own limb with a blade (session 10, a new blind set after v9).

"Sliced my leg with the stanley knife" got only the danger weapon rule: the
person's own leg, arm, wrist or thigh cut by themselves with a blade is
self-harm (self_harm_acts_rules.cut_own_limb_with_blade), and a deep cut also
gets 999. Someone else cutting them, or a kitchen slip on a hand, is not. The
wording here is new, not the set's.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess
from bot.safety.rules import Signal


@pytest.mark.parametrize(
    "text",
    [
        "slashed my thigh with a razor last night",
        "gashed my forearm with a blade",
        "I cut my arm with the kitchen knife again",
    ],
)
def test_cutting_own_limb_with_a_blade_gets_the_self_harm_reply(text: str) -> None:
    result = assess(text)
    assert result.self_harm, result.rule_ids


def test_a_deep_cut_to_own_leg_gets_both_replies() -> None:
    result = assess("sliced my leg open with a craft knife, it's really deep")
    assert Signal.SELF_HARM in result.signals, result.rule_ids
    assert Signal.IMMEDIATE_DANGER in result.signals, result.rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "he slashed my arm with a knife last year, is that on record?",
        "I cut my hand on a knife while cooking",
    ],
)
def test_someone_else_or_an_accident_is_not_self_harm_by_this_rule(text: str) -> None:
    result = assess(text)
    assert "cut_own_limb_with_blade" not in result.rule_ids, result.rule_ids
