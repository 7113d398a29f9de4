"""Danger kinds from sets v13a and v13b, both ways (danger_v13_rules.py).

Each kind has messages in new words that must get the full danger reply, and
near neighbours (the same words, but past, a drill, a question to log) that
must not.
"""

from __future__ import annotations

import pytest

from bot.safety.danger_v13_rules import V13_NOW_RULES
from bot.safety.detector import assess_afresh

# (rule, danger in new words: must get the full reply)
DANGER = [
    ("held_over_a_drop_now", "my ex is dangling our son over the bridge railing"),
    (
        "vehicle_at_someone_coming_again",
        "he has just driven his van at me and he's doing a u turn now",
    ),
    ("vehicle_at_someone_coming_again", "the car is turning round to come again, it nearly hit us"),
    ("held_on_the_ground_now", "he's got my sister pinned on the floor in the kitchen"),
    ("fire_at_home_with_us_inside", "he set fire to the back door. we're inside"),
    ("fire_at_home_with_us_inside", "the landing is full of smoke and I can't get down"),
    ("holding_door_shut_now", "I'm holding the bathroom door shut, he's kicking it"),
    ("walked_in_just_now", "he has just walked into my kitchen, the back door was open"),
    ("walked_in_just_now", "he's calling my name through the letterbox"),
    ("followed_on_the_road_now", "Followed. Blue car. Right behind me. Can't stop"),
    ("spiked_taken_outside", "I think someone spiked my drink and he keeps trying to take me out"),
]

# Near neighbours: must not get the full danger reply.
ORDINARY = [
    "he used to hold the door shut on me years ago",
    "the Range Rover drove past again last week, should I log it",
    "we had a fire drill at work",
    "my toddler climbed on the balcony rail last summer, terrifying",
    "the power went off last night in the storm",
    "I think my drink was spiked at a party last year, can I still report it?",
    "I walk my son to the school gates every morning",
]


@pytest.mark.parametrize(("rule", "text"), DANGER)
def test_kind_gets_the_full_reply(rule: str, text: str) -> None:
    # An older rule may catch it first; the full reply is what matters.
    assert assess_afresh(text).immediate_danger, (rule, text)


@pytest.mark.parametrize("text", ORDINARY)
def test_near_neighbour_gets_no_full_reply(text: str) -> None:
    assert not assess_afresh(text).immediate_danger, text


@pytest.mark.parametrize(
    ("rule", "example"), [(rule.id, ex) for rule in V13_NOW_RULES for ex in rule.examples]
)
def test_examples_get_the_full_reply(rule: str, example: str) -> None:
    found = assess_afresh(example)
    assert found.immediate_danger, example
    assert rule in found.rule_ids, (example, found.rule_ids)
