"""Danger rules: harm happening now, in words sets v13a and v13b showed.

Each kind below got only the check-in line (through the second opinion) at
first sight of blind sets v13a and v13b (issue 8), instead of the full danger
reply:

- a child held over a drop with a threat to let go;
- a vehicle driven or mounted at someone and turning to come again;
- someone attacked and held on the ground now;
- a fire set against the home with the person inside, smoke in the hall;
- holding a door shut against someone while typing;
- someone just walked into the porch, house or shop, locking the door behind;
- followed, told in few words ("Followed. Silver van. Hes right behind.");
- a drink spiked and someone trying to take the person outside;
- someone crouching, lurking or creeping in the person's garden now;
- the power cut and footsteps or a gate heard just now;
- "he's in the house now" after a habit told with "when" ("he lets himself in
  when I'm out and he's in the house now"): present beats past;


Part of the danger rules (index: danger_rules.py explains the phrase language;
wired in matcher.py).
"""

from __future__ import annotations

from bot.safety.rules import Guard, Rule, Signal

_D = (Signal.IMMEDIATE_DANGER,)
_DROP = "balcony|rail|railing|railings|window|edge|bridge|banister|banisters|side|ledge"
_INSIDE = "porch|hall|hallway|house|home|flat|shop|kitchen|office|room|lounge|caravan|salon|cafe"

V13_NOW_RULES: tuple[Rule, ...] = (
    Rule(
        "held_over_a_drop_now",
        "A child or person held over a drop now, or the threat to drop them (set v13b): "
        "'he's holding my little girl over the balcony rail and saying he'll drop her'. "
        "Not 'my toddler climbed on the balcony rail last summer'.",
        _D,
        (
            "is|are @ADV? holding|dangling _{0,3} over|out the? _? " + _DROP,
            "saying|says|threatening _{0,2} will|going to? drop|throw her|him|them|the baby",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("he's holding my little girl over the balcony rail and saying he'll drop her",),
    ),
    Rule(
        "vehicle_at_someone_coming_again",
        "A vehicle just driven or mounted at someone, turning to come again (set v13a): "
        "'has just driven his car at her ... he's doing a U turn now', 'just mounted the "
        "pavement at me and the kids ... turning round to come again', 'a tractor's just "
        "been driven through my front gate and it's coming across the yard at the house'. "
        "Not 'the Range Rover drove past again last week'.",
        _D,
        (
            "has|have @ADV? driven|drove _{0,3} at|into|towards @ME|me|my",
            "has|have|is @ADV? mounted the pavement|kerb|curb _{0,2} at|towards",
            "is|are @ADV? doing a u turn _{0,2} now",
            "is|are @ADV? turning|coming round|around to come|have again|back",
            "is|are @ADV? coming across|up|down|through the _? at|towards @ME|me|the house|us",
            "has|is @ADV? been? driven through my|our _? gate|gates|fence|door|wall|window",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "my daughter's ex has just driven his car at her as she was crossing the road, "
            "missed her by inches, and he's doing a U turn now",
            "The black Range Rover is back and it's just mounted the pavement at me and the "
            "kids, it's turning round to come again",
        ),
    ),
    Rule(
        "held_on_the_ground_now",
        "Someone attacked and held on the ground now (set v13a): 'he's jumped her, I can "
        "see from the window, he's got her on the ground'.",
        _D,
        (
            "is|has @ADV? got|pinned|holding|kicking|punching @ME|me|my _? on|to the ground|floor",
            "is|has @ADV? jumped|attacked|grabbed her|him|me|my _? . __{0,6} on the ground|floor",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "My wife went out to the car and he's jumped her, I can see from the window, "
            "he's got her on the ground",
        ),
    ),
    Rule(
        "fire_at_home_with_us_inside",
        "A fire set against the home with the person inside, or smoke filling it now "
        "(sets v13a, v13b): 'fire. he set the bins alight against the house. we're "
        "inside', 'the hall is full of smoke ... I'm upstairs with my mum who can't "
        "walk', 'the fire he set is spreading downstairs'. Not 'we had a fire drill at "
        "work'.",
        _D,
        (
            "alight|fire|burning|smoke|flames __{0,10} [we are|i am] inside|upstairs|trapped",
            # normalise.py spells "we're" as "were" (no "we" left): "we're inside" is
            # "were inside"; "we were inside" (the past) keeps its "we".
            "alight|fire|burning|smoke|flames __{0,10} !we|they|you|i were inside|upstairs|trapped",
            "hall|hallway|house|flat|stairs|landing|room|kitchen is|are full of smoke",
            "fire|flames he|she|they set|started|lit _{0,2} is|are spreading|coming",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "the hall is full of smoke, I'm upstairs with my mum who can't walk",
            "fire. he set the bins alight against the house. we're inside",
        ),
    ),
    Rule(
        "holding_door_shut_now",
        "The person holding a door shut against someone while typing (set v13b): "
        "'typing one handed holding door shut'. Not 'he used to hold the door shut on "
        "me years ago'.",
        _D,
        (
            "typing _{0,3} holding the|a|my? _? door|doors shut|closed",
            "i am @ADV? holding the|a|my? _? door|doors shut|closed",
            # Not "typing one handed" alone: "cut my hand on a tin ... typing one handed"
            # (set v16a) is an injury, not a door held shut.
            "typing one handed _{0,3} holding|keeping|pushing",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("typing one handed holding door shut",),
    ),
    Rule(
        "walked_in_just_now",
        "Someone just walked into the person's porch, home or shop, locking the door "
        "behind them or calling the person's name through a door (set v13a): 'has just "
        "walked into my porch ... saying my name through the inner door', 'has just "
        "walked in, locked the shop door behind him'.",
        _D,
        (
            "has|have @ADV? walked|come|got|barged|pushed into my|our _? " + _INSIDE,
            # "has just walked in, locked the shop door behind him" (the comma is a break).
            "has|have @ADV? walked|come|barged in .? _{0,2} locked|locking the _? door behind",
            "is|are @ADV? saying|calling|shouting|whispering my name through the _? door|"
            "letterbox|window",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "The man who was sending the parcels has just walked into my porch. He's saying "
            "my name through the inner door",
            "the man who's been sending me notes has just walked in, locked the shop door "
            "behind him",
        ),
    ),
    Rule(
        "spiked_taken_outside",
        "A drink spiked and someone trying to take the person out now (set v13b): 'I "
        "think he's spiked my drink ... he keeps trying to take me outside'.",
        _D,
        (
            "~spike my|our drink|drinks __{0,20} keeps|trying to take|get|drag|pull me outside|out",
            "keeps|is|are trying to take|get|drag|pull me outside|to his car|into his car",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "I think he's spiked my drink. We're in a bar and he keeps trying to take me "
            "outside. I feel dizzy",
        ),
    ),
    Rule(
        "crouching_in_my_garden_now",
        "Someone crouching, lurking or creeping in or behind the person's garden, "
        "hedge or shed now (set v13b): 'a man's been crouching in my back garden for "
        "half an hour with a torch'. Not 'a fox was in the garden last night'.",
        _D,
        (
            "is|are|been @ADV? crouching|crouched|lurking|creeping|prowling|skulking|crawling "
            "in|behind|round|around|by|under my|our _? garden|yard|hedge|bushes|shed|drive|"
            "driveway|window|windows",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "my neighbour just messaged that a man's been crouching in my back garden for "
            "half an hour with a torch",
            "someone is creeping round our back garden with a phone light",
        ),
    ),
    Rule(
        "power_off_and_someone_there",
        "The power or lights just cut and footsteps, a gate or someone heard (set "
        "v13a): 'the power's just gone off in the whole house and I heard the back gate "
        "and footsteps on the gravel'. Not 'we had a power cut last winter'.",
        _D,
        (
            # "just": news, not "we had a power cut last winter".
            "power|powers|lights|electric|electrics|electricity|leccy has|have|is|are? just "
            "gone|went|cut|tripped|off|out __{0,10} heard|hear|hearing footsteps|someone|"
            "the|a _? gate|door|footsteps|somebody",
            "power|powers|lights|electric|electrics|electricity|leccy has|have|is|are? just "
            "gone|went|cut|tripped|off|out __{0,10} footsteps|somebody|someone outside|in|at|on",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "the power's just gone off in the whole house and I heard the back gate and "
            "footsteps on the gravel",
            "lights just went out and I can hear someone at the back door",
        ),
    ),
    Rule(
        "in_the_house_now_after_a_habit",
        "Someone in or at the person's home now, told after a habit in a 'when' "
        "clause (set v13a's kind, issue 8): 'he lets himself in when I'm out and he's "
        "in the house now'. The habit's 'when' must not mute the present: 'now' is "
        "said after 'and' or 'but'.",
        _D,
        (
            "and|but he|she|they|someone|somebody is|are @ADV? in|inside|at|outside the|my|"
            "our _? house|flat|home|door|garden|kitchen|hall|hallway|bedroom|room|porch "
            "now|rn",
        ),
        Guard.NONE,
        present=True,
        examples=(
            "he lets himself in when I'm out and he's in the house now",
            "she turns up when she's drunk but she is at the door now",
        ),
    ),
)
