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
    ("fire_at_home_with_us_inside", "he's poured petrol on the porch and lit it. we're inside"),
    ("walked_in_just_now", "my ex has just barged in, locked the office door behind him"),
    ("crouching_in_my_garden_now", "there's a bloke crouched behind our hedge with a camera"),
    ("crouching_in_my_garden_now", "someone has been lurking by my shed for ages, what do I do"),
    (
        "power_off_and_someone_there",
        "the electric has just tripped and I can hear footsteps upstairs",
    ),
    ("power_off_and_someone_there", "lights have just gone out and someone is at the back door"),
    (
        "in_the_house_now_after_a_habit",
        "she comes round when she's been drinking and she is in the garden now",
    ),
    ("in_the_house_now_after_a_habit", "he waits till I'm at work and he is in my flat right now"),
    # "supposed to be in prison" is not far away (ordinary_kinds._ELSEWHERE).
    ("presence", "he's supposed to be in prison but he is at my front door now"),
    ("presence", "the man who should be locked up is outside the nursery, walking to the door now"),
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
    "we were inside when the bonfire got going at the school fireworks",
    "we had a power cut last winter and I heard the gate banging in the wind",
    "a fox was creeping round my garden last night",
    "he used to walk in when I was at work, and he was in the house when I got home, years ago",
    "he's supposed to be in prison till 2027, can I check he's still there?",
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
