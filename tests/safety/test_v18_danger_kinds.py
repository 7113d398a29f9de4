"""Danger kinds from sets v18a and v18b, both ways (session 16; docs/safety.md).

Danger now in new words must get the full danger reply from its rule
(danger_v18_rules.py); their near neighbours (same words, nothing now) must not.
"""

from __future__ import annotations

import pytest

from tests.safety.rule_checks import assert_full_reply_from, assert_no_full_reply_from

# (rule id, danger now in new words)
DANGER = [
    ("plea_or_following_in_two_words", "help downstairs"),
    ("plea_or_following_in_two_words", "chasing me now"),
    ("under_an_order_and_near_now", "the woman with the order against her is stood by my gate"),
    ("and_is_at_my_door_now", "my ex found the refuge and is at the gate now shouting"),
    ("telegraphic_object_first", "Window he smash. Me hide. Help"),
    ("took_a_child_and_drove_off", "he's took our Jack from the nursery, no contact order"),
    ("pizza_order_code", "cant talk. need a pizza order to my usual address"),
    ("right_next_to_me_covert", "she's right next to me and yes thanks for the times"),
    (
        "opened_with_his_fob_now",
        "front door just came open, I didn't, only her and me have the code",
    ),
    ("leaning_on_my_car_now", "my stalker is sat on my car outside the gym"),
    ("car_behind_following_now", "the van behind has been with us since Chester, it's my ex"),
    ("come_out_or_i_come_in", "text says come out or I come in. I'm in the bathroom"),
    ("blade_in_hand_now", "she has a knife in her hand and is in the kitchen"),
    ("every_turn_it_takes", "every turn I make the car turns too, I'm on the bypass"),
    ("lights_flashed_at_my_window_now", "someone is shining a torch through my window"),
    ("smashed_in_and_walking_off_with_her", "he just kicked his way in and took my daughter"),
]

# (rule id, the same words with nothing now: no full reply from the rule)
NEIGHBOURS = [
    ("plea_or_following_in_two_words", "help with the form please"),
    ("under_an_order_and_near_now", "my restraining order is in the post, when will it come?"),
    ("and_is_at_my_door_now", "the advocate rang and is at the station with my statement"),
    ("telegraphic_object_first", "door he kicked last year. still no repair. who pays?"),
    ("took_a_child_and_drove_off", "my mum took our Jack from nursery today as I was in court"),
    ("pizza_order_code", "can I order a pizza while I wait for the officer?"),
    ("right_next_to_me_covert", "my advocate is right next to me and she says hi"),
    ("opened_with_his_fob_now", "only him and me had the fob, so should I change the locks?"),
    ("leaning_on_my_car_now", "he used to lean on my car at work, is that in the log?"),
    ("car_behind_following_now", "can dashcam footage of the car behind be used as evidence?"),
    ("come_out_or_i_come_in", "my friend said come out or we'll be late for the film"),
    ("blade_in_hand_now", "the chef had a knife in his hand all shift, it's his job"),
    ("every_turn_it_takes", "every turn of this case takes months, is that normal?"),
    ("lights_flashed_at_my_window_now", "my neighbour's security light shines at my window"),
    (
        "smashed_in_and_walking_off_with_her",
        "the police kicked their way in last year, is that legal?",
    ),
]


@pytest.mark.parametrize(("rule_id", "text"), DANGER)
def test_danger_now_gets_the_full_reply(rule_id: str, text: str) -> None:
    assert_full_reply_from(rule_id, text)


@pytest.mark.parametrize(("rule_id", "text"), NEIGHBOURS)
def test_near_neighbour_gets_no_full_reply(rule_id: str, text: str) -> None:
    assert_no_full_reply_from(rule_id, text)
