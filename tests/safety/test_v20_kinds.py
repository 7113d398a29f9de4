"""Kinds from sets v20a and v20b, both ways (session 17; docs/safety.md).

Found at first sight of v20a and v20b: danger told without the rules' shapes
(got only the check-in line, or nothing), quiet self-harm with no reply, and
full replies to ordinary messages. The wording here is new, not the sets'.
Their neighbours keep or lose the reply as a person would expect.
"""

from __future__ import annotations

import pytest

from tests.safety.rule_checks import (
    assert_full_reply_from,
    assert_full_reply_kept,
    assert_no_full_reply,
    assert_no_full_reply_from,
    assert_self_harm_reply_from,
)

# (rule id, danger now in new words)
DANGER = [
    ("it_is_him_there_now", "a man just walked in to the shop and its him"),
    ("it_is_him_there_now", "knock at the door. him."),
    ("it_is_him_there_now", "the delivery driver is him, he's at my door"),
    ("stepped_out_in_front_now", "he just stepped out in front of me on the canal path"),
    ("key_heard_in_the_door", "I can hear a key turning in the back door, I've changed nothing"),
    ("in_reception_asking_for_me", "she's in reception now asking which ward I'm on"),
    ("in_a_room_of_the_house_now", "the man is in the kitchen now and my mum let him in"),
    ("on_this_bus_near_me", "he's on the same train two seats behind me"),
    ("lights_off_fuse_box_outside", "power just went off and the meter box is outside"),
    ("trying_every_window_now", "someone is walking round the doors checking them"),
    ("barricade_pushed_now", "wardrobe's against the door and she's shoving it"),
    ("not_safe_he_is_near", "cant talk. he's close."),
    ("say_bye_to_mummy", "he sent a clip of the kids, 'say goodbye to daddy'"),
    ("sat_there_since_we_opened", "he's been stood outside the salon since I arrived"),
    ("in_front_of_the_car_wont_move", "she's in front of my van and won't move"),
    ("he_is_in_alone", "she's inside"),
    ("what_he_will_do_to_me_after", "he keeps texting what he's going to do to me tonight"),
    ("blocked_in_cant_reverse", "he's blocked me in so I can't get out of the drive"),
    ("someone_moving_about_inside", "I can hear somebody moving around upstairs"),
    ("this_is_where_it_ends", "he grabbed the keys out of the ignition, we're in a lay-by"),
    ("out_with_something_in_hand", "she got out of the car with something in her hand"),
    ("he_has_got_my_family", "they've got my son."),
    ("walking_behind_me_now", "the man from the gym is running after me"),
    ("just_stood_there_now", "it's 2am and he's just standing outside."),
    ("reaching_through_now", "his arm is coming through the letterbox for the key"),
    ("seen_where_i_am_now", "he messaged 'still in the library?' and I am in the library"),
    ("gunshot_right_outside", "I heard shots right outside my flat"),
    ("pushing_under_my_door_now", "she's sliding something under the door now"),
    ("hand_over_the_camera_now", "he's holding something over the doorbell camera"),
    ("driver_changed_the_route", "the taxi's taken a different route and the doors are locked"),
    ("child_carried_to_a_car_now", "she took my toddler from the park and is walking off"),
    ("child_says_daddy_is_here", "my daughter just told me daddy is at the window"),
    ("child_held_at_a_height", "he's on the roof with my daughter"),
]

# (rule id, the same words with nothing now: no full reply from the rule)
NEIGHBOURS = [
    ("it_is_him_there_now", "someone made a fake account and I'm sure it is him"),
    ("stepped_out_in_front_now", "can I step out of the meeting if I get a call?"),
    ("key_heard_in_the_door", "what if he still has a key to the front door?"),
    ("on_this_bus_near_me", "is it safe to get the same bus as him to court?"),
    ("lights_off_fuse_box_outside", "should I move my fuse box inside?"),
    ("say_bye_to_mummy", "how do I help my kids say goodbye to their dad before he moves?"),
    ("he_is_in_alone", "he's in prison until 2027"),
    (
        "blocked_in_cant_reverse",
        "he used to park behind me at work so I couldn't reverse, is that in the log?",
    ),
    ("this_is_where_it_ends", "this is where it ends for me with the app, thanks for the help"),
    ("walking_behind_me_now", "he used to walk behind me to work, should I put that in my log?"),
    ("gunshot_right_outside", "is a gunshot wound on a form classed as an injury?"),
    (
        "child_carried_to_a_car_now",
        "what if she collects my daughter from nursery and walks off with her?",
    ),
]

SELF_HARM_NOW = [
    ("arrangements_made_no_more_support", "I've made the necessary arrangements. I won't need you"),
    ("permanently_unavailable_meant", "gone forever offline after tonight, and I mean it"),
    ("fumes_sealed_in", "charcoal lit in the tent and I've sealed the gaps"),
    ("weights_in_my_pockets", "stones in my pockets, by the river"),
    ("means_and_a_plan", "I have the means and a plan"),
    ("understands_why_now", "seen people take their own lives at work for years. I understand now"),
    ("only_one_place_he_cant_reach", "only one place left where he can't hurt me"),
]

ORDINARY = [
    "I nearly killed myself laughing at the judge's wig",
    "I'm done hiding, I'm going to the police tomorrow",
    "can I end my lease early? I'm stuck in my tenancy because of him",
    "can you help me write to my kids school about who collects them?",
    "what does hiding in plain sight mean?",
    "a van was behind me for a while but it turned off, should I log it?",
    "the neighbour is outside washing his car like every Sunday, anyway about court",
    "I work with knives all day at the restaurant, can he use that against me?",
    "my GP asks me every time if I have thoughts of ending it and I say no",
    "I had thoughts of suicide years ago and got help, will that come up?",
    "I'm writing my will because my solicitor says everyone should have one",
    "if he ever came at me with a bat could I fight back legally?",
]

NEIGHBOURS_NOW = [
    ("danger", "I'm done hiding, he's outside my door right now"),
    ("danger", "he's outside washing his car and shouting he'll kill me"),
    ("self_harm", "I had thoughts of suicide years ago and got help, but they're back tonight"),
    ("self_harm", "my GP asked if I have thoughts of ending it. I said yes, I have a plan"),
]


@pytest.mark.parametrize(("rule_id", "text"), DANGER)
def test_danger_now_gets_the_full_reply(rule_id: str, text: str) -> None:
    assert_full_reply_from(rule_id, text)


@pytest.mark.parametrize(("rule_id", "text"), NEIGHBOURS)
def test_near_neighbour_gets_no_full_reply(rule_id: str, text: str) -> None:
    assert_no_full_reply_from(rule_id, text)


@pytest.mark.parametrize(("rule_id", "text"), SELF_HARM_NOW)
def test_self_harm_gets_the_full_reply(rule_id: str, text: str) -> None:
    assert_self_harm_reply_from(rule_id, text)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_kinds_get_no_full_reply(text: str) -> None:
    assert_no_full_reply(text)


@pytest.mark.parametrize(("kind", "text"), NEIGHBOURS_NOW)
def test_the_same_kind_said_now_keeps_the_full_reply(kind: str, text: str) -> None:
    assert_full_reply_kept(kind, text)
