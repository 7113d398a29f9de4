"""Danger rules: signs that he is there now, in words set v20b showed.

Each kind below got only the check-in line, or nothing, at first sight of
blind set v20b (issue 8, session 17), instead of the full danger reply: got out
with something in his hand; a petrol can; "he's got my mum"; walking behind me;
"just stood there"; a hand reaching through for the key; "still at the bus
stop?"; a gunshot right outside; a note pushed under the door now; a hand over
the doorbell camera; a taxi driver who has changed the route; a child taken
from the nursery and carried to a car. Set v20a's kinds are in
danger_v20_rules.py.

Part of the danger rules (index: danger_rules.py explains the phrase language;
wired in matcher.py).
"""

from __future__ import annotations

from bot.safety.rules import Guard, Rule, Signal

_D = (Signal.IMMEDIATE_DANGER,)
_KIN = "mum|dad|nan|gran|sister|brother|son|daughter|kids|children|baby|boy|girl|wife|husband"

V20_SIGNS_RULES: tuple[Rule, ...] = (
    Rule(
        "out_with_something_in_hand",
        "Someone got out or come up with something in their hand, or a petrol can, now (set "
        "v20b): 'now he's stopped and got out with something long in his hand', 'stood at the "
        "end of my road with a petrol can'.",
        _D,
        (
            "~get out _{0,4} with something|a|an _{0,3} in his|her|their hand|hands",
            "with a|the petrol|fuel can|canister|jerrycan|container",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "Same car, third pass in ten minutes, now he's stopped and got out with something "
            "long in his hand",
            "a former case of mine is stood at the end of my road with a petrol can",
        ),
    ),
    Rule(
        "he_has_got_my_family",
        "'he's got my mum' as a sentence (set v20b): someone held by him now.",
        _D,
        (". he|she|they is|has|have got my|our " + _KIN + " .",),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("he's got my mum. he just rang me from her phone",),
    ),
    Rule(
        "walking_behind_me_now",
        "Walking, running or driving behind the person now (set v20b): 'the man who's been "
        "messaging me online is walking behind me'.",
        _D,
        ("is|are walking|running|cycling|jogging|driving behind|after me|us",),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("the man who's been messaging me online is walking behind me",),
    ),
    Rule(
        "just_stood_there_now",
        "'he's just stood there' at the door or outside, now (set v20b): 'just looked through "
        "the peephole. hood up and gloves on. it's 3am. he's just stood there'.",
        _D,
        ("he|she|they is|are just stood|standing|sat|sitting there|outside .",),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "just looked through the peephole. hood up and gloves on. he's just stood there",
        ),
    ),
    Rule(
        "reaching_through_now",
        "A hand through broken glass, reaching for the key or the lock now (set v20b): 'he's "
        "put his fist through the glass in the back door and his hand is reaching for the "
        "key'.",
        _D,
        (
            "his|her|their|a hand|arm is|are reaching|coming|going through|in|for the|my "
            "key|lock|handle|door|window|glass|letterbox|flap",
        ),
        Guard.NONE,
        present=True,
        examples=("his fist went through the glass and his hand is reaching for the key",),
    ),
    Rule(
        "seen_where_i_am_now",
        "A message describing what the person is wearing or where they are, and the person "
        "there now (set v20b): \"text from unknown number: 'nice pink coat today. still at the "
        "bus stop?' I AM at the bus stop in the pink coat\".",
        _D,
        ("[still at the|still in the] __{0,8} i am at|in the",),
        Guard.NONE,
        present=True,
        examples=(
            "text from unknown number: 'nice pink coat today. still at the bus stop?' I AM at the "
            "bus stop in the pink coat",
        ),
    ),
    Rule(
        "gunshot_right_outside",
        "A shot or a bang right outside now (set v20b): 'was that a gunshot or a firework? "
        "right outside. he told me last week he'd got hold of a shotgun'.",
        _D,
        (
            "gunshot|gunshots|shot|shots __{0,6} right outside",
            "gunshot|gunshots|shot|shots __{0,6} outside now",
        ),
        Guard.NONE,
        present=True,
        examples=(
            "was that a gunshot or a firework? right outside. he told me last week he'd got "
            "hold of a shotgun",
        ),
    ),
    Rule(
        "pushing_under_my_door_now",
        "Something pushed under or through the door now, his shadow seen (set v20b): 'he's "
        "pushing a note under my door right now I can see the shadow of his feet'.",
        _D,
        (
            "is|are pushing|sliding|posting|putting|shoving _{0,3} under|through my|the|our "
            "door|letterbox _{0,2} right? now",
            "shadow of his|her|their feet",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("he's pushing a note under my door right now I can see the shadow of his feet",),
    ),
    Rule(
        "hand_over_the_camera_now",
        "A hand or something put over the doorbell camera now (set v20b): 'video doorbell "
        "alert: person detected. it's him. it's live. he's putting his hand over the camera'.",
        _D,
        (
            "is|are|has putting|holding|covering|put _{0,3} hand|hands|something|tape|hood "
            "over|on the|my camera|doorbell|lens",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("it's him. it's live. he's putting his hand over the camera",),
    ),
    Rule(
        "driver_changed_the_route",
        "A driver who has changed the route with the doors locked (set v20b): 'he's changed "
        "the route. doors are locked'.",
        _D,
        ("~change|~take the|a|his|her _? route|way __{0,6} doors are|is locked",),
        Guard.NONE,
        present=True,
        examples=("the driver is him. he's changed the route. doors are locked. Macclesfield",),
    ),
    Rule(
        "child_carried_to_a_car_now",
        "A child taken from a nursery or a school and carried or walked to a car now (set "
        "v20b): \"she's got my 2 yr old from the nursery pickup area and is walking to her "
        'car".',
        _D,
        (
            "~get|~take|~grab|~snatch my|our _{0,3} old|son|daughter|baby|toddler|child|kid|boy|"
            "girl __{0,8} is|are walking|carrying|running|driving _{0,2} to|towards|off|away",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("she's got my 2 yr old from the nursery pickup area and is walking to her car",),
    ),
)
