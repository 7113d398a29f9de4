"""Danger rules: danger now, in words sets v15a and v15b showed.

Each kind below got only the check-in line, or nothing, at first sight of
blind sets v15a and v15b (issue 8, session 13), instead of the full danger
reply:

- a one-word flight or place, the whole message: "running", "outside";
- a door being opened now by someone with a key: "he's literally opening the
  door now";
- someone getting out of the car the person has just seen: "just seen the car
  ... he's got out";
- a caller who says he is in the loft, and someone heard moving upstairs;
- "see you in 10" from someone on bail or under an order;
- locked in by someone now: "got in the back of my cab and locked the door",
  "he lock the door from outside", "in the downstairs loo with the lock on";
- told to drive somewhere by someone in the car: "he's telling me to drive to
  his house";
- a cab or house door being yanked or a chain broken: "is yanking the cab
  door", "he's broken the chain on the door";
- telegraphic danger in a second language or from a Deaf writer: "man break
  door now", "man at door now kick", "now stand at my window", "he now in my
  room", "come to house now";
- a car that has slowed or stopped outside the home now;
- a child or a vulnerable adult driven off by a man, the driver's aim unknown:
  "has got her in his van", "she doesn't know where they're going";
- fuel poured with a lighter in hand: "he's got a lighter and he's poured
  something on the steps";
- "come round at midnight and finish it. it's 11:40" (clock_now reads a
  number only);
- a message to pass on to the police, with him there now: "can u pass message
  to police he is in my garage now" (read as a question, it was muted).

Part of the danger rules (index: danger_rules.py explains the phrase language;
wired in matcher.py).
"""

from __future__ import annotations

from bot.safety.rules import Guard, Rule, Signal

_D = (Signal.IMMEDIATE_DANGER,)
_THEY = "he|she|they|someone|somebody|man|ex|stalker|guy|bloke|lad"
_ENTRY = "door|doors|lock|locks|latch|chain|window|windows|gate|handle|letterbox|panel|glass"
# Who is there, said telegraphically: not a relative ("my family now at my house").
_STRANGER = "he|she|they|someone|somebody|man|stranger|ex|stalker|guy|bloke"
_HOME_ROOM = (
    "house|flat|home|room|bedroom|kitchen|lounge|hall|garden|garage|loft|bathroom|door|window"
)
_ON_BAIL = (
    "bail|order|stalker|ex|exs|blocked|released|prison|nmo|spo|injunction|conditions|tagged|tag"
)

V15_NOW_RULES: tuple[Rule, ...] = (
    Rule(
        "one_word_flight_or_place",
        "A sentence of one word of flight or place, most often the whole message (sets "
        "v15a, v15b): 'running', 'outside'; 'its him again, outside, car lights off'.",
        _D,
        (". running|outside|runnin|hiding .",),
        Guard.NONE,
        present=True,
        examples=("running", "outside", "Outside!"),
    ),
    Rule(
        "opening_the_door_now",
        "Someone opening, unlocking or forcing the door now (set v15a): 'he still has a "
        "key. he's literally opening the door now oh god'. Not 'he opened the door to me "
        "last year'.",
        _D,
        (
            _THEY + " is|are @ADV? opening|unlocking|forcing|prising|jimmying the|my|our|front|"
            "back _? " + _ENTRY + " _{0,2} now|rn|god|help",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("he's literally opening the door now oh god",),
    ),
    Rule(
        "got_out_of_the_car_now",
        "Someone out of the car the person has just seen (set v15a): 'just seen the car. "
        "the silver one. its at the end of the road. he's got out'. The vehicle must be "
        "named first; 'he's got out' alone may be about prison.",
        _D,
        (
            "@VEHICLE __{0,14} " + _THEY + " is|has @ADV? got|getting|climbed|climbing|jumped|"
            "jumping out .",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("just seen the car. the silver one. its at the end of the road. he's got out",),
    ),
    Rule(
        "heard_moving_inside_now",
        "Someone or something heard moving inside the home now (set v15a): 'just rang and "
        "said im in your loft. i can hear something moving upstairs'.",
        _D,
        (
            "i can? hear someone|something|somebody|footsteps|movement|people _? "
            "moving|walking|creeping|in|on _? upstairs|downstairs|loft|attic|stairs|landing|"
            "roof|cellar|garage|hall|kitchen",
            "said|says _{0,3} he|she|they is|are|am in your|the loft|attic|house|garage|cellar|"
            "roof|shed",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "keeps calling from different numbers. just rang and said im in your loft. i can "
            "hear something moving upstairs",
        ),
    ),
    Rule(
        "see_you_in_minutes_on_bail",
        "'See you in 10' from someone on bail or under an order (set v15a): 'got bail last "
        "week, just had a text from him see you in 10. he knows where I moved to'.",
        _D,
        (_ON_BAIL + " __{0,14} see you in|at # _?",),
        Guard.NONE,
        present=True,
        examples=(
            "got bail last week, just had a text from him see you in 10. he knows where I moved "
            "to. Frodsham",
        ),
    ),
    Rule(
        "locked_in_now",
        "Someone locking the person in now, or the person shut in a small room with the "
        "lock on (sets v15a, v15b): 'has just got in the back of my cab and locked the "
        "door', 'He lock the door from outside', 'i'm in the downstairs loo with the lock "
        "on'.",
        _D,
        (
            _THEY + "|regular|customer|passenger|fare|client _{0,3} has|have @ADV? _{0,12} "
            "and ~lock the|my|our front|back? door|doors|car|cab",
            _THEY + " lock|locks|locked|locking|is|has _? the|my|our front|back? door|doors from "
            "the? outside",
            "i am|im in the|a _? loo|toilet|bathroom|cupboard|cubicle|wardrobe _{0,3} with the "
            "lock|door|bolt on|locked|shut",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "The regular I reported has just got in the back of my cab at the rank and locked "
            "the door",
            "He lock the door from outside",
            "i'm in the downstairs loo with the lock on",
        ),
    ),
    Rule(
        "told_to_drive_now",
        "Someone in the car making the person drive somewhere now (set v15a): 'he's "
        "telling me to drive to his house'. Not 'my instructor is telling me to drive "
        "slower' (a place must follow).",
        _D,
        (
            _THEY + "|passenger|customer|fare|client|driver is|are @ADV? "
            "telling|making|forcing|ordering me|us to? drive|go to|into "
            "his|her|their|the _? house|flat|place|home|woods|car|van",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("he's telling me to drive to his house",),
    ),
    Rule(
        "door_yanked_or_chain_broken_now",
        "A door being yanked or pulled at now, or a chain or lock just broken (set v15a, "
        "v15b): 'has just climbed up on my step and is yanking the cab door', 'He's broken "
        "the chain on the door'.",
        _D,
        (
            "is|are @ADV? yanking|tugging|rattling|wrenching|pulling at? the|my|our _? "
            "cab|car|front|back|van? " + _ENTRY,
            _THEY + " is|has @ADV? broken|smashed|snapped|forced the|my|our _? chain|"
            "lock|latch|bolt|hinges|panel",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "the guy who's been following my truck has just climbed up on my step and is "
            "yanking the cab door",
            "He's broken the chain on the door",
        ),
    ),
    Rule(
        "telegraphic_at_the_door_now",
        "Danger said telegraphically, often in a second language or by a Deaf writer (sets "
        "v15a, v15b): 'man break door now', 'man at door now kick', 'now stand at my "
        "window', 'he now in my room', 'come to house now'.",
        _D,
        (
            "@WHO ~break|~kick|~smash|~bang|~push _? door|window|glass|gate now",
            "@WHO at|outside door|window|house now",
            "@WHO __{0,6} now stand|standing|stood _? at|outside|by my|the door|window|house|gate",
            # Not "my family now at my house with me", "my husband now in the kitchen".
            _STRANGER + " now in|at|inside my|our _? " + _HOME_ROOM,
            # The bare "come", as a second language puts it; "coming" is often a friend.
            "@WHO come|comes to _? house|flat|home|door now",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "her text just says man break door now. please",
            "DEAF. man at door now kick.",
            "Me deaf. Man who follow me long time now stand at my window Winsford.",
            "the man from my work he now in my room at the house share",
            "My husband brother come to house now",
        ),
    ),
    Rule(
        "vehicle_slowed_outside_now",
        "A vehicle that has slowed or stopped outside the home now (set v15b): 'third time "
        "round the block. its slowed down outside my house now'.",
        _D,
        (
            "it|@VEHICLE is|has @ADV? slowed|stopped|pulled|crawling|idling _? outside|opposite|"
            "by my|our|the house|flat|home|door|drive|gate _{0,2} now|again",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("silver astra again. its slowed down outside my house now",),
    ),
    Rule(
        "driven_off_where_unknown",
        "Someone put in a vehicle and driven off, not knowing where (sets v15a, v15b): "
        "'the man from the bus stop has got her in his van ... she doesnt know where', "
        "'picked up by a man in a white car ... she doesnt know where they're going'.",
        _D,
        (
            "~get|~bundle|~drag|~pull|~force|~push her|him|me|them|us in|into his|their|a|the "
            "_? @VEHICLE",
            "@VEHICLE __{0,14} not know where . ",
            "@VEHICLE __{0,14} not know where they|he|we|she|i are|is|am going|heading|headed|"
            "taking",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "the man from the bus stop has got her in his van. he is driving her somewhere and "
            "she doesnt know where",
            "she's been picked up by a man in a white car, shes texting me saying she doesnt "
            "know where they're going",
        ),
    ),
    Rule(
        "fuel_poured_lighter_in_hand",
        "Something poured with a lighter in hand (set v15b): 'hes got a lighter and hes "
        "poured something on the steps'.",
        _D,
        (
            "lighter|lighters|matches|match __{0,8} is|has @ADV? poured|pouring|splashed|"
            "splashing|thrown|chucked something|stuff|liquid|petrol|fuel|it",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("hes got a lighter and hes poured something on the steps",),
    ),
    Rule(
        "clock_now_named_hour",
        "An arrival at midnight or midday with the time now said (set v15b): 'He said hes "
        "gonna come round at midnight and finish it. Its 11:40' (clock_now reads numbers).",
        _D,
        (
            "@SUBJECT _{0,6} ~come|~arrive|~get|~be|back|home|here|round|over _{0,3} at|by "
            "midnight|midday|noon __{0,10} it is _? #",
        ),
        Guard.NONE,
        examples=("He said hes gonna come round at midnight and finish it. Its 11:40",),
    ),
    Rule(
        "message_to_police_he_is_here",
        "A message to pass on to the police, with someone there now (set v15b): 'can u pass "
        "message to police he is in my garage now'. The question form had muted it.",
        _D,
        (
            "message|word|this to the? police|999|cops __{0,3} " + _THEY + " is|are @ADV? "
            "in|at|outside|inside|here|downstairs|upstairs",
        ),
        Guard.NONE,
        present=True,
        examples=("can u pass message to police he is in my garage now",),
    ),
)
