"""Danger rules: danger now, in words sets v16a and v16b showed.

Each kind below got only the check-in line, or nothing, at first sight of
blind sets v16a and v16b (issue 8, session 15), instead of the full danger
reply:

- his car just pulled up where the person is staying: "his car's just pulled
  up, he's not meant to know we're here";
- a boss sat outside the person's home;
- someone in a place at home, said without a verb: "someone on my balcony",
  "someone in the polytunnel";
- a knock, and it was him through the spy hole;
- a child held with a threat: "he's holding the baby ... says he'll drop her";
- "see you in 10" just texted by him (the bail rule needed bail named);
- following the bus or the car the person is on;
- "he said tonight he'd do me properly";
- parked near the person, staring;
- "he just walked past the window";
- "he'll run me over when I leave tonight";
- a weapon pulled on the person, who is now in the toilets;
- a man who went into an old man's house and hasn't come out;
- his car seen out front now;
- "he got backstage somehow";
- ringing and shouting, "he knows I'm in";
- "he's grabbing at me";
- driving past "third time";
- "has her on the floor";
- "he's keeping me in the flat";
- "says he'll drive them both into the canal".

Part of the danger rules (index: danger_rules.py explains the phrase language;
wired in matcher.py).
"""

from __future__ import annotations

from bot.safety.rules import Guard, Rule, Signal

_D = (Signal.IMMEDIATE_DANGER,)
_THEY = "he|she|they|someone|somebody|man|ex|stalker|guy|bloke"
# Places at home or where the person is staying, for "someone on my balcony".
_AT_HOME = (
    "balcony|polytunnel|greenhouse|garden|shed|loft|attic|porch|drive|driveway|house|flat|"
    "kitchen|garage|yard|hall|hallway|stairs|landing|window|door|bedroom|roof|conservatory|"
    "cellar|basement|barn|stable|caravan|tent|hedge|bushes|lounge|bathroom|room|backyard|"
    "patio|doorway|doorstep|alley|alleyway"
)

V16_NOW_RULES: tuple[Rule, ...] = (
    Rule(
        "his_vehicle_just_pulled_up",
        "His car just pulled up where the person is (set v16a): 'i'm in the caravan ... "
        "his car's just pulled up, he's not meant to know we're here'. Someone else's car "
        "('a car', 'my mum's car') is not enough.",
        _D,
        (
            "his|her|their|exs|stalkers|abusers @VEHICLE is|has? @ADV? just pulled|drawn|"
            "turned|pulling up|in|into|onto|outside",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "i'm in the caravan at the site near Frodsham and his car's just pulled up, he's "
            "not meant to know we're here",
        ),
    ),
    Rule(
        "someone_at_home_without_a_verb",
        "Someone in a place at home, said without a verb, as the whole sentence (sets "
        "v16a, v16b): 'someone on my balcony', 'someone in the polytunnel, i can see the "
        "shape'. Not 'someone at work' (the answer to who it is).",
        _D,
        (
            ". someone|somebody|stranger|man|him|he|figure in|on|at|outside|inside|by "
            "my|our|the _? " + _AT_HOME + " now|again|rn|there? .",
        ),
        Guard.NONE,
        present=True,
        examples=(
            "someone on my balcony",
            "someone in the polytunnel, i can see the shape through the plastic, dogs going mad",
        ),
    ),
    Rule(
        "boss_at_my_place_now",
        "A boss or manager outside or at the person's home now (set v16a): 'my boss is sat "
        "outside in his car again'. Not 'my boss at the pub said I can finish at 10' (a boss "
        "at work is where a boss belongs).",
        _D,
        (
            "boss|manager|supervisor is|are @ADV? @ADV? outside|@AT my|our _? "
            "house|flat|home|door|window|garden|drive|street|road|gate",
            "boss|manager|supervisor is|are @ADV? sat|sitting|stood|standing|parked|waiting "
            "outside",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "my boss is sat outside in his car again and I've swallowed 20 of my sleeping "
            "tablets, I couldn't face another day",
        ),
    ),
    Rule(
        "knock_and_it_was_him",
        "A knock just now, and it was him through the spy hole (set v16a): 'just had a "
        "knock and when I looked through the spy hole it was him with his hood up'.",
        _D,
        (
            "just had|heard a|the knock|knocking|bang|banging|ring __{0,12} it is|was him|her|them",
            "spy|peep hole|spyhole|peephole _{0,3} it is|was him|her|them|my _? ex|stalker",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "just had a knock and when I looked through the spy hole it was him with his hood up",
        ),
    ),
    Rule(
        "child_held_with_a_threat",
        "A child held by someone who threatens to drop or hurt them (set v16a): 'he's "
        "holding the baby and won't let me near her, says if I ring anyone he'll drop her'.",
        _D,
        (
            "@SUBJECT is|has @ADV? holding|got|grabbed|snatched the|my|our _? @CHILD __{0,16} "
            "he|she|they will|would|is|are going? to? drop|hurt|throw|shake|kill|harm|smother "
            "her|him|them|it",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "he's holding the baby and won't let me near her, says if I ring anyone he'll drop her",
        ),
    ),
    Rule(
        "see_you_in_minutes_texted",
        "'See you in 10' just sent by him (sets v16a, v16b): 'he knows I'm at my sisters, "
        "he just text see you in 10', 'my daughter's dad just text see you in 5, he's "
        "banned from coming here'. The v15 rule needed bail or an order named.",
        _D,
        (
            "he|she|ex|stalker|dad|father|husband|boyfriend|exhusband|exboyfriend has? just "
            "text|texted|messaged|sent|wrote|rang|said|put _{0,2} see you in|at # _?",
        ),
        Guard.NONE,
        present=True,
        examples=(
            "he knows I'm at my sisters in Alsager, he just text 'see you in 10'",
            "My daughter's dad just text 'see you in 5' he's banned from coming here. Congleton",
        ),
    ),
    Rule(
        "following_what_im_on_now",
        "Someone following the bus, train or car the person is on now (set v16a): 'he's "
        "following the bus on his motorbike, pulling up alongside at every stop'.",
        _D,
        (
            "@SUBJECT is|are @ADV? following|tailing|chasing the|my|our bus|train|tram|car|"
            "taxi|cab|coach",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "he's following the bus on his motorbike, pulling up alongside at every stop, I'm "
            "on the 1 to Chester",
        ),
    ),
    Rule(
        "threat_to_do_me_tonight",
        "A threat to 'do' the person tonight (set v16a): 'he said tonight he'd do me "
        "properly', 'he'll do me in tonight'. Not 'he'll do me a favour'.",
        _D,
        (
            "tonight __{0,3} he|she|they will|would|is|are going? to? do|finish me|us "
            "properly|in|over|good|tonight",
            "he|she|they will|would|is|are going? to? do|finish me|us properly|in|over|good "
            "_{0,2} tonight",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "he's ex-forces and he said tonight he'd do me properly. I'm at my mate's but he "
            "knows where she lives",
        ),
    ),
    Rule(
        "parked_near_me_staring",
        "Someone parked or sat near the person, staring at them now (set v16a): 'he's "
        "parked two spaces away staring at me'.",
        _D,
        (
            "@SUBJECT is|are @ADV? parked|sat|sitting|stood|standing _{0,4} "
            "away|near|beside|behind|opposite|along _{0,3} staring|glaring|watching|looking "
            "at? me|us",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "sat in the car at Knutsford services, he's parked two spaces away staring at me",
        ),
    ),
    Rule(
        "just_walked_past_my_window",
        "Someone who just walked or drove past the person's window or home (set v16a): "
        "'oh god he just walked past the window'.",
        _D,
        (
            "@SUBJECT has|is? just walked|went|gone|drove|driven|ran|run|walking|driving "
            "past|by the|my|our _? window|windows|house|flat|door|home|gate|front",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("oh god he just walked past the window",),
    ),
    Rule(
        "run_me_over_tonight",
        "A threat to run the person over when they leave, tonight or today (set v16a): "
        "'he's just said in the yard he'll run me over when I leave tonight'.",
        _D,
        (
            "he|she|they will|would|is|are going? to? run|knock|mow me|us over|down __{0,6} "
            "tonight|today|later|now",
            "he|she|they will|would|is|are going? to? run|knock|mow me|us over|down when i "
            "leave|finish|go|get",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "he works at the same depot as me and he's just said in the yard he'll run me "
            "over when I leave tonight",
        ),
    ),
    Rule(
        "weapon_pulled_and_hiding",
        "A weapon pulled on the person, who is now in the toilets or hiding (set v16a): "
        "'he pulled a screwdriver on me, I'm in the toilets at Macclesfield station'.",
        _D,
        (
            "@SUBJECT has? @ADV? pulled|drew|drawn|pulling a|his|the _? @WEAPON on me|us __{0,3} "
            "i|we am|are @ADV? in|hiding|locked",
            "@SUBJECT has? @ADV? pulled|drew|drawn|pulling a|his|the _? @OBJECT on me|us __{0,3} "
            "i|we am|are @ADV? in|hiding|locked",
            "@SUBJECT has just pulled|drawn a|his|the _? @WEAPON|@OBJECT on me|us",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("he pulled a screwdriver on me, I'm in the toilets at Macclesfield station",),
    ),
    Rule(
        "went_in_and_not_come_out",
        "Someone who went into a person's home and has not come out (set v16a): 'the "
        "man who's been stalking him went in his house this afternoon and hasn't come out, "
        "he's not answering'.",
        _D,
        (
            "@SUBJECT|stalking|him _{0,6} went|gone|got in|into|inside his|her|their|the|my _? "
            "house|flat|home|bungalow|caravan __{0,6} has not|not|never come|came out",
        ),
        Guard.NONE,
        present=True,
        examples=(
            "old fella on our road lives alone, the man who's been stalking him went in his "
            "house this afternoon and hasn't come out, he's not answering",
        ),
    ),
    Rule(
        "his_car_seen_out_front_now",
        "His car seen out front now, from where the person is (set v16a): 'I can see my "
        "ex's car out front through the blinds'.",
        _D,
        (
            "i can @ADV? see his|her|their|exs|stalkers _? @VEHICLE _{0,2} "
            "out|outside|opposite|across|there",
            "i can @ADV? see my exs|stalkers|abusers _? @VEHICLE _{0,2} "
            "out|outside|opposite|across|there",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "Im at the refuge in the lounge and I can see my ex's car out front through the "
            "blinds. Staff have gone in the office.",
        ),
    ),
    Rule(
        "got_in_somehow",
        "Someone who got in somehow, where the person is (set v16b): 'Dressing room. He "
        "got backstage somehow. Security not answering'.",
        _D,
        ("@SUBJECT has? got|gotten|get|come backstage|in|inside|into|through _{0,3} somehow",),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("Dressing room. He got backstage somehow. Security not answering. Please",),
    ),
    Rule(
        "at_the_door_knows_im_in",
        "Ringing, knocking or shouting at the door, and he knows the person is in (set "
        "v16b): 'he keeps ringing the bell and shouting my deadname he knows I'm in'.",
        _D,
        (
            "ringing|banging|knocking|hammering|shouting|kicking|buzzing __{0,10} "
            "he|she|they knows|know i|we am|are in|home|here|inside",
        ),
        Guard.NONE,
        present=True,
        examples=("he keeps ringing the bell and shouting my deadname he knows I'm in",),
    ),
    Rule(
        "grabbing_at_me_now",
        "Someone grabbing or pulling at the person now (set v16b): 'he's grabbing at me'.",
        _D,
        (
            "@SUBJECT is|are @ADV? grabbing|pulling|clawing|groping|tugging|grabbin at|on me|my|us",
            "@SUBJECT is|are @ADV? grabbing|groping me|us",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "a follower turned up outside the venue after my meet and greet and wont leave, "
            "he's grabbing at me",
        ),
    ),
    Rule(
        "driving_past_again_count",
        "Driving or walking past again, counted now (set v16b): 'he keeps driving past "
        "slow, third time'. Not 'a third time this week' (a habit to log).",
        _D,
        (
            "keeps|kept|is|has driving|walking|going|coming|circling|driven|walked|gone "
            "past|by|round __{0,4} second|third|fourth|fifth|2nd|3rd|4th|5th|sixth time "
            ".|today|tonight|now|rn|already|in",
        ),
        Guard.NONE,
        present=True,
        examples=("he keeps driving past slow, third time, blacked out golf, Alsager",),
    ),
    Rule(
        "has_someone_on_the_floor",
        "Someone holding another person down now (set v16b): 'my mam's boyfriend has her "
        "on the floor, i'm upstairs with my little sister'.",
        _D,
        (
            "@SUBJECT has|is|got @ADV? got? her|him|them|mum|mam|my _? on the floor|ground|"
            "bed|wall",
            "@SUBJECT has|is|got @ADV? got? her|him|them|mum|mam|my _? against|up the wall",
            "@SUBJECT has|is|got @ADV? got? her|him|them|mum|mam|my _? by the throat|neck|hair",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "my mam's boyfriend has her on the floor, i'm upstairs with my little sister pls",
        ),
    ),
    Rule(
        "kept_in_now",
        "Someone keeping the person in now (set v16b): 'he's keeping me in the flat and "
        "says if i try to leave he'll kill me'.",
        _D,
        ("@SUBJECT is|are @ADV? keeping|holding me|us in|here|inside|prisoner|hostage|locked",),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "he's keeping me in the flat and says if i try to leave he'll kill me. i want to "
            "die anyway",
        ),
    ),
    Rule(
        "threat_to_drive_into_water",
        "A threat to drive a child or the person into water or off a bridge (set v16a): "
        "'he's taken my lad in the car and says he'll drive them both into the canal'.",
        _D,
        (
            "he|she|they will|would|is|are going? to? drive|crash|steer|put _{0,3} into|in|off "
            "the|a @WATER|cliff|bridge|wall|tree|motorway",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "he's taken my lad in the car and says he'll drive them both into the canal, and "
            "if he does I'm ending it too",
        ),
    ),
)
