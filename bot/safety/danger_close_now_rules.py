"""Danger rules: someone close now, told in words the older rules did not know.

Kinds found by blind sets v12a and v12b (issue 8), each of which got only the
check-in line (or nothing) before:

- the person can't talk because he would hear, he is in the next room:
  "can't ring, he'd hear", "text only pls. hes in next room", "no sirens pls";
- something back, said in three words: "its here again";
- the person's things being acted on now: "someone has just untied my mooring
  lines", "is untying my mooring lines right now", "is slashing my tyres";
- followed on the road or on a round now: "he's 2 cars behind", "following my
  route in his car right now, he's stopped right where I'm parked", and
  telegraphically "followed. running.";
- on the way to hurt the person tonight: "coming with his brothers to sort me
  out tonight", "they're setting off from Stoke now";
- in the person's place, said formally: "is at present in my back garden
  looking through my kitchen window";
- sat beside the person and staying: "he's sat on the bench next to me ...
  won't move";
- heard from next door: "screaming for 5 mins and i can hear things smashing";
- a threat with a deadline: "you've got an hour to say goodbye to the dog";
- locked in with the phone taken: "has locked her in the flat and taken her
  phone";
- a vehicle back and a man getting out with the person alone: "grey van
  outside. same one. man getting out w bag. alone w kids";
- cornered now: "has cornered him in the toilets";
- children being taken out of a car now: "trying to get the kids out of the
  back seat of my car ... right now".

Part of the danger rules (index: danger_rules.py explains the phrase language;
wired in matcher.py).
"""

from __future__ import annotations

from bot.safety.rules import Guard, Rule, Signal

_D = (Signal.IMMEDIATE_DANGER,)
_THEY = "he|she|they"
# The person's home and its parts (in_my_place_formally): not "at our school".
_HOME = (
    "house|home|flat|garden|door|doorstep|window|windows|kitchen|hall|hallway|drive|driveway|"
    "porch|shed|garage|yard|room|bedroom|stairs|landing|loft|gate|lounge|conservatory|patio"
)

CLOSE_NOW_RULES: tuple[Rule, ...] = (
    Rule(
        "cant_talk_he_would_hear",
        "The person can't ring or talk because he would hear, or asks for text only "
        "with him in the next room (sets v12a, v12b): 'can't ring, he'd hear', 'text "
        "only pls. hes in next room. if u ring he'll know', 'cant type much hes in next "
        "room ... no sirens pls'. Not 'I can't report it, he'd know it was me'.",
        _D,
        (
            "can not|cannot ring|call|talk|speak __{0,3} " + _THEY + " would|will|might|could|"
            "can|may hear|know .",
            "if you ring|call __{0,2} " + _THEY + " will|would|might know|hear .",
            _THEY + " is in the? next|other|front|back room __{0,10} no sirens|siren",
            "text only please? __{0,2} " + _THEY + " is in the? next|other|front|back room",
            "can not type much __{0,1} " + _THEY + " is in the? next|other|front|back room",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "can't ring, he'd hear",
            "text only pls. hes in next room. if u ring he'll know",
            "cant type much hes in next room. 7 Orchard Close Knutsford. no sirens pls",
        ),
    ),
    Rule(
        "back_in_few_words",
        "Something or someone back, the whole sentence three words (set v12a): 'its "
        "here again', 'he's here again'.",
        _D,
        (". it|he|she|they is|are here again .",),
        Guard.ANY,
        present=True,
        examples=("its here again", "he's here again."),
    ),
    Rule(
        "things_tampered_now",
        "Someone acting on the person's boat, car or things now (sets v12a, v12b): "
        "'someone has just untied my mooring lines', 'is untying my mooring lines right "
        "now', 'he is slashing my tyres'.",
        _D,
        (
            # Not the person themselves: "I've untied my mooring lines to move the boat".
            # normalise.py reads "slashing" as "smashing", so both are here.
            "!i|we is|are|has|have @ADV? @ADV? ~untie|untying|~slash|~smash|~puncture|~cut|"
            "~loosen|~tamper my|our mooring|moorings|ropes|boat|tyres|tires|brakes|brake|lines",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "Someone has just untied my mooring lines and I'm drifting out",
            "The man who's been harassing me is untying my mooring lines right now",
        ),
    ),
    Rule(
        "followed_on_the_road_now",
        "Followed on the road or on a round now (sets v12a, v12b): 'he's 2 cars behind', "
        "'following my route in his car right now', 'he's stopped right where I'm "
        "parked', and in clipped sentences (v12, v13a, v13b): 'followed. running.', "
        "'Followed. Silver van. Hes right behind. Cant stop.', 'Help. Following me.'.",
        _D,
        (
            _THEY + " is|are @ADV? #|one|two|three|few|couple cars|car behind",
            "is|are @ADV? following my|our route|round|rounds|path",
            "is|are @ADV? stopped|parked right? where|next|behind i am parked|stopped|stood",
            ". followed|chased . running|hiding .",
            # Clipped sentences (sets v13a, v13b): "Followed. Silver van. Hes right
            # behind. Cant stop.", "Help. Following me. Running".
            ". followed|following me? . __{0,10} running|behind|can not stop",
            ". help . following me",
            "he|she|they is|are right behind . can not stop",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "I'm driving now and he's 2 cars behind",
            "he's following my route in his car right now",
            "followed. running. ellesmere port near the station",
            "Followed. Silver van. Congleton Rd. Hes right behind. Cant stop.",
            "Help. Following me. Foregate St Chester. Running",
        ),
    ),
    Rule(
        "coming_to_hurt_tonight",
        "On the way to hurt the person tonight (set v12a): 'he says hes coming with his "
        "brothers to sort me out tonight', 'they're setting off now' after a threat.",
        _D,
        (
            # Not "coming over to get me tonight" (a lift): the threat words only.
            "is|are coming _{0,4} to sort @ME|me out tonight|now",
            "is|are coming _{0,4} to do @ME|me in tonight|now",
            "is|are coming _{0,4} to batter|hurt|kill|beat|stab|hit @ME|me tonight|now",
            "to sort|batter|hurt|kill|beat @ME|me out? __{0,3} is|are setting off _{0,3} now",
        ),
        Guard.ANY,
        examples=(
            "he says hes coming with his brothers to sort me out tonight. They're setting "
            "off from Stoke now",
        ),
    ),
    Rule(
        "in_my_place_formally",
        "Someone in the person's place, said formally (set v12a): 'the gentleman subject "
        "to the restraining order is at present in my back garden', 'is looking through "
        "my kitchen window'.",
        _D,
        (
            "@WHO _{0,6} is|are at present in|at|outside|on my|our _? " + _HOME,
            "@WHO _{0,6} is|are presently|currently in|at|outside|on my|our _? " + _HOME,
            "@SUBJECT is|are @ADV? looking|staring|peering through my|our _? window|windows",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "the gentleman subject to the restraining order is at present in my back "
            "garden looking through my kitchen window",
        ),
    ),
    Rule(
        "beside_me_wont_move",
        "Sat or stood beside the person and staying (set v12a): 'he's sat on the bench "
        "next to me ... won't move'.",
        _D,
        (
            _THEY + " is sat|sitting|stood|standing _{0,4} next to|beside me __{0,12} will "
            "not move|leave|go",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "he's sat on the bench next to me. He just said nice to see you again and won't move",
        ),
    ),
    Rule(
        "heard_next_door_now",
        "Screaming and smashing heard now (set v12b, a neighbour): 'has been screaming "
        "for 5 mins and i can hear things smashing'.",
        _D,
        (
            "screaming __{0,8} i can|can hear _{0,2} smashing|breaking|crashing",
            "i can|can hear her|him|someone|them screaming __{0,6} smashing|breaking|crashing",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "the woman next door has been screaming for 5 mins and i can hear things smashing",
        ),
    ),
    Rule(
        "threat_with_deadline",
        "A threat sent with a deadline (set v12b): 'He's just texted \"you've got an hour "
        "to say goodbye to the dog\"'. Not a form's '14 days to reply'.",
        _D,
        (
            "texted|text|texts|said|says|messaged|wrote|writes|sent _{0,2} you have got? "
            "an|one|#|half hour|hours|mins|minutes|min to",
        ),
        Guard.ANY,
        examples=("He's just texted 'you've got an hour to say goodbye to the dog'",),
    ),
    Rule(
        "locked_in_phone_taken",
        "Locked in and the phone taken (set v12b): 'her ex has locked her in the flat and "
        "taken her phone'.",
        _D,
        ("has|have|is|are ~lock @ME in __{0,4} and ~take|taken|~smash|~hide @POSS phone",),
        Guard.ANY,
        present=True,
        examples=("her ex has locked her in the flat and taken her phone",),
    ),
    Rule(
        "getting_out_alone_with_kids",
        "The same vehicle back, a man getting out, the person alone (set v12b): 'grey van "
        "outside. same one. man getting out w bag. alone w kids'.",
        _D,
        (
            "same one|van|car __{0,2} @WHO is? getting out",
            "getting out __{0,5} alone with|w the? kids|children|baby|@CHILD",
        ),
        Guard.ANY,
        present=True,
        examples=("grey van outside. same one. man getting out w bag. alone w kids",),
    ),
    Rule(
        "cornered_now",
        "Cornered now, the one cornered said any way (set v12b): 'the guy who's been "
        "following him for weeks has cornered him in the toilets'.",
        _D,
        ("has|have|is|are @ADV? cornered @ME|me|my|our _? in|at|outside|behind|by",),
        # Not muted by habit: "for weeks" belongs to who he is ("the guy who's been
        # following him for weeks"); "has cornered" is one act.
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("the guy who's been following him has cornered him in the toilets",),
    ),
    Rule(
        "kids_out_of_car_now",
        "Someone trying to get the children out of the person's car now (set v12b): "
        "'he's trying to get the kids out of the back seat of my car'.",
        _D,
        (
            # Him, out of the person's car or house: not "my husband is trying to get
            # the kids out of the bath".
            "he|she|they|ex|stalker is|are @ADV? ~try|trying to get|take|grab|pull|drag "
            "the|my|our @CHILD|kids out of _{0,4} my|our car|van|house|flat|home",
        ),
        Guard.ANY,
        present=True,
        examples=("he's trying to get the kids out of the back seat of my car right now",),
    ),
)
