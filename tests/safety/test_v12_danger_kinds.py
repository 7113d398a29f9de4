"""Danger kinds from sets v12a and v12b, both ways (danger_close_now_rules.py, told_as_over.py).

Each new rule has a message in new words it must give the full danger reply,
and a near neighbour it must leave without it. Each reading of told_as_over.py
has an ordinary message it must quieten and a danger message it must leave
with the full reply.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess_afresh

# (rule, danger in new words: the full reply, near neighbour: no full reply)
RULE_PAIRS = [
    (
        "cant_talk_he_would_hear",
        "cant talk, he'd hear",
        "I can't report it, he'd know it was me",
    ),
    (
        "cant_talk_he_would_hear",
        "text only please, she's in the other room",
        "My mum's in the other room so I'll text later, is that ok?",
    ),
    ("back_in_few_words", "he's here again", "Christmas is here again, any tips for coping?"),
    (
        "things_tampered_now",
        "someone is slashing my tyres right now",
        "I've untied my mooring lines to move the boat to Audlem, is that ok with the order?",
    ),
    (
        "followed_on_the_road_now",
        "she's three cars behind me on the A556",
        "Last month a customer kept following my route in his car, police warned him. "
        "Should I still log it?",
    ),
    (
        "coming_to_hurt_tonight",
        "they're coming round to batter me tonight",
        "My dad is coming to sort out the fence tonight",
    ),
    (
        "coming_to_hurt_tonight",
        "he's coming over to do me in tonight",
        "My mum is coming over to get me tonight after my shift",
    ),
    (
        "in_my_place_formally",
        "I wish to report that the man is currently in my front garden",
        "My bike is at present in my shed while the locks are changed",
    ),
    (
        "beside_me_wont_move",
        "she's sitting right next to me on the train and won't move",
        "my husband is sat next to me and won't move off the sofa lol",
    ),
    (
        "heard_next_door_now",
        "i can hear her screaming and glass smashing next door",
        "the kids next door were screaming and smashing plates at the party last night",
    ),
    (
        "threat_with_deadline",
        "he just messaged 'you have 30 minutes to get out or else'",
        "the council said you've got 14 days to reply to the letter",
    ),
    (
        "locked_in_phone_taken",
        "he's locked me in the bedroom and taken my phone",
        "We locked up for the night and I've taken my phone up to bed",
    ),
    (
        "getting_out_alone_with_kids",
        "same car again. he is getting out now",
        "Delivery van outside, man getting out with a parcel",
    ),
    (
        "cornered_now",
        "a lad has cornered my daughter behind the shops",
        "Our cat has cornered a mouse behind the fridge",
    ),
    (
        "kids_out_of_car_now",
        "he is trying to take my son out of our car right now",
        "I'm trying to get the kids out of the house by 8 for school",
    ),
    (
        "kids_out_of_car_now",
        "she's trying to grab my daughter out of my car",
        "My husband is trying to get the kids out of the bath, bedtime chaos",
    ),
    (
        "in_my_place_formally",
        "Please note the man named in the order is presently in my driveway",
        "His mum is at present in our church choir, should I leave it?",
    ),
]


@pytest.mark.parametrize(("rule", "danger", "neighbour"), RULE_PAIRS)
def test_rule_catches_its_kind_and_leaves_its_neighbour(
    rule: str, danger: str, neighbour: str
) -> None:
    caught = assess_afresh(danger)
    assert caught.immediate_danger, (rule, danger, caught)
    assert rule in caught.rule_ids, (rule, danger, caught.rule_ids)
    left = assess_afresh(neighbour)
    assert not left.immediate_danger, (rule, neighbour, left.rule_ids)


# (reading, ordinary message: no full reply and no check-in line, danger now: full reply)
QUIET_PAIRS = [
    (
        "check_in_over: sorted by the police",
        "A lad kicked off in the pub and threatened the barman, police came and arrested "
        "him, all sorted. Can I get counselling?",
        "He threatened me with a bottle and he's still outside my door, please help",
    ),
    (
        "check_in_over: agreed and gone",
        "His dad came to the door with the birthday card, agreed through the court, and "
        "left straight away. Should I log it?",
        "He's come to the door and won't leave, he's not allowed here",
    ),
    (
        "check_in_over: put right in new words",
        "Kept seeing the same van at the end of the road but it was another plumber doing "
        "next door. How do you tell if it's real?",
        "Same van at the end of the road, he's sat in it watching my house right now",
    ),
    (
        "check_in_over: not violent",
        "Can a neighbour be a stalker? She keeps turning up at my work with gossip. She's "
        "not violent, just nosy",
        "She keeps turning up at my door and she's there now banging, I'm scared",
    ),
    (
        "check_in_over: a feeling put right",
        "Feels like she's following me everywhere. I know she can't be, she moved to "
        "Spain. Is that normal?",
        "She's following me everywhere, she's behind me right now",
    ),
    (
        "check_in_over: knock door run",
        "Someone knocked at 10pm and legged it, knock down ginger I reckon. Should I log it?",
        "Someone is knocking at my door at 10pm and I think it's him, I'm scared",
    ),
    (
        "check_in_over: a what-if not happened",
        "What if he spots me at the school gates? It hasn't happened yet",
        "He's spotted me at the school gates and he's walking over now",
    ),
    (
        "check_in_over: a friend not sure",
        "My sister thinks a man at her work is watching her but she's not sure. What "
        "should she do?",
        "My sister says a man at her work is following her home right now",
    ),
    (
        "check_in_over: car park",
        "We all waited in the car park for the fire brigade, false alarm. Can I change my "
        "appointment?",
        "His car is in the car park outside my work and he's waiting for me now",
    ),
]


@pytest.mark.parametrize(("kind", "ordinary", "danger"), QUIET_PAIRS)
def test_told_as_over_quietens_its_kind_only(kind: str, ordinary: str, danger: str) -> None:
    quiet = assess_afresh(ordinary)
    assert not quiet.immediate_danger, (kind, quiet.rule_ids)
    assert not quiet.check_in, (kind, quiet.check_in_rule_ids)
    kept = assess_afresh(danger)
    assert kept.immediate_danger, (kind, danger, kept)


def test_minor_accident_is_muted_but_not_a_stabbing() -> None:
    # minor_accident (set v12a): an accident told as over and minor.
    accident = assess_afresh(
        "Cut myself with the stanley knife opening a parcel, tiny cut, plaster on, all good. "
        "When's my next appointment?"
    )
    assert not accident.immediate_danger, accident.rule_ids
    stabbed = assess_afresh("he stabbed me with a screwdriver, it's a tiny cut but I'm scared")
    assert stabbed.immediate_danger, stabbed


def test_whenever_it_happens_is_at_most_a_check_in() -> None:
    # whenever_it_happens (set v12b): someone with the person each time an alert comes.
    alert = assess_afresh(
        "My phone keeps saying a tracker is travelling with me. My brother is in the car with "
        "me when it happens. How do these alerts work?"
    )
    assert not alert.immediate_danger, alert.rule_ids
    now = assess_afresh("he is in the car with me right now and won't let me out")
    assert now.immediate_danger, now
