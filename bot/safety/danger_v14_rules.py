"""Danger rules: danger now, in words sets v14a and v14b showed.

Each kind below got only the check-in line at first sight of blind sets v14a
and v14b (issue 8), instead of the full danger reply:

- a child just taken and driven off by someone with no right to them;
- a young person someone is trying to take away now ("is trying to take me.");
- "he's found me" (normalise.py reads it "he is found me");
- a code word or a location sent with "our code" just now;
- a silent plea: "mouthed 'police' at me", terrified and mouthing "help";
- "and is trying the side gate", "keeps trying the handle ... over and over,
  it's 3am": a door or gate tried now, said without its own "he is";
- a threat tied to the person leaving, and the leaving is now ("he'll run me
  down when I walk out of work. I finish now");
- someone still or right behind the person (or a relative) on the road or
  towpath, after following or a flight;
- people who were following just got out of their car;
- his vehicle's lights coming up the track or drive;
- someone on the doorbell camera now;
- a message minutes ago, "I'm coming round. You'll wish you'd answered";
- "followed. right now. by a van", clipped;
- a stalker in a car outside the house now, with words between him and "is";
- after signs he has been inside, "he might still be in the flat";
- "now he's come right up to my back fence".

Part of the danger rules (index: danger_rules.py explains the phrase language;
wired in matcher.py).
"""

from __future__ import annotations

from bot.safety.rules import Guard, Rule, Signal

_D = (Signal.IMMEDIATE_DANGER,)
_NO_RIGHT = "[no right|no rights|no access|no contact|not allowed|not meant|not supposed]"
_BOUNDARY = "door|doors|handle|handles|gate|gates|lock|locks|latch|letterbox|window|windows"
_HOME = "house|flat|home|place|building|loft|attic|garage|bedroom|room|caravan|boat"
_ROUTE = "road|lane|path|towpath|street|motorway|canal|track|pavement|route|bypass|ring"
_FLIGHT = (
    "[get away|getting away|got away|ran away|running away|following|followed|chasing|"
    "chased|stalking|stalker|crashed]"
)
_STALKER = "stalker|stalkers|ex|exs|abuser|attacker|harasser|exhusband|exboyfriend|exwife"

V14_NOW_RULES: tuple[Rule, ...] = (
    Rule(
        "child_driven_off_no_right",
        "A child just taken and driven off by someone with no right to them (set "
        "v14a): 'he's taken the baby from her house and driven off, he has no rights "
        "to him'. Not 'he has taken the kids to school and driven off to work'.",
        _D,
        (
            "has|have|is|are @ADV? ~take|took @POSS? _? @CHILD __{0,8} ~drive|drove|driven|"
            "~speed|sped off|away __{0,8} " + _NO_RIGHT,
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "my sister just phoned, her ex has taken the toddler from nursery and driven "
            "off, he has no access",
        ),
    ),
    Rule(
        "trying_to_take_me_now",
        "Someone trying to take the person away now, said as a whole clause (set "
        "v14b): 'my stepdad turned up and is trying to take me'. Not 'trying to take "
        "me to court' nor 'trying to take me away from my family' (a figure).",
        _D,
        ("is|are @ADV? ~try|attempting to take|drag|grab|snatch|force me|us away? .",),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("my uncle has come to the youth club and is trying to take me. help",),
    ),
    Rule(
        "found_me_contracted",
        "'He's found me' as a sentence of its own, with more said after it (set v14a): "
        "'he's found me, he's on the towpath untying the ropes'. normalise.py reads "
        "'he's' as 'he is', which found_me_now ('he has found me') did not read. "
        "'she's found us' alone keeps ci_found's check-in line (its own example). "
        "Not 'he's found me on Instagram'.",
        _D,
        (". he|she|they|ex|stalker is|are @ADV? found me|us . _",),
        Guard.ANY,
        examples=("im at the campsite. he's found me. hes by the tent",),
    ),
    Rule(
        "code_word_sent_now",
        "A code word agreed beforehand, or a location sent with 'that's our code' (set "
        "v14a): 'she just sent me her location and the word now. That's our code'. Not "
        "'our code word for leaving a boring party' asked about.",
        _D,
        (
            "~send|~text|~message|~whatsapp|~share _{0,6} live? location|pin "
            "__{0,10} [that is our code|that is the code|its our code|our code word|"
            "our safe word|our codeword|our signal]",
            "~send|~text|~message|~whatsapp _{0,3} me|us _{0,2} [our code word|our codeword|"
            "our safe word|our safeword|the code word we agreed]",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        examples=("my friend has just texted me our safe word and her pin, she's on a date",),
    ),
    Rule(
        "silent_plea_mouthed",
        "A silent plea seen through a window or across a room (set v14a): 'she looked "
        "terrified through the window and mouthed police at me'. Not 'my mate mouthed "
        "help at me in the boring meeting'.",
        _D,
        (
            "~mouth|mouthing|mouthed|~signal|~gesture _{0,2} police|999|sos",
            "~mouth|mouthing|mouthed _{0,2} [call the police|ring the police|call 999]",
            "terrified|scared|frightened|petrified|crying|panicking|panicked _{0,6} "
            "~mouth|mouthing|mouthed _{0,2} help",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "the woman at the next table mouthed 'call the police' at me, her man has "
            "hold of her wrist",
        ),
    ),
    Rule(
        "trying_the_door_now",
        "A door, gate or handle tried now, said after 'and' without its own 'he is', "
        "or over and over in the night (sets v14a, v14b): 'he's got out of the car and "
        "is trying the side gate', 'someone keeps trying the handle on my front door, "
        "over and over, it's 3am'. Not 'the wind keeps rattling the gate' nor 'my "
        "ex keeps trying the door when he drops the kids off'.",
        _D,
        (
            "and|now is|are @ADV? ~try|~force|~jiggle|~pull|~push at? the|my|our _? " + _BOUNDARY,
            "@WHO keeps|keep ~try|~rattle|~jiggle|~pull|~turn|~push at? the|my|our _? "
            + _BOUNDARY
            + " __{0,6} [over and over|again and again|right now|as we speak|as i type|"
            "it is # am]",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "the car has been there an hour and now he has got out and is trying our back door",
            "somebody keeps trying my back door over and over and it's 2am",
        ),
    ),
    Rule(
        "threat_on_leaving_now",
        "A threat tied to the person leaving somewhere, and the leaving is now (set "
        "v14a): 'he has told me he will run me down when I walk out of work. I finish "
        "now'. Not 'he'll pick me up when I finish. I finish now'.",
        _D,
        (
            "[will|going to] ~run|@STRIKE me|us down|over|up? _{0,3} when|as|once i|we __{0,8} "
            "i|we finish|leave|clock|am|are _{0,2} now|rn",
        ),
        Guard.NONE,
        present=True,
        examples=(
            "he's waiting by the gate and says he'll batter me when I come out. I'm leaving now",
        ),
    ),
    Rule(
        "behind_on_the_road_now",
        "Someone still or right behind the person, or a relative, on the road or "
        "towpath, after following or a flight (sets v14a, v14b): 'she crashed trying to "
        "get away from him, he's still behind her on the road', 'been following him "
        "home ... the guy is right behind him on the towpath'. Not 'my husband is "
        "right behind me on the motorway in his own car'.",
        _D,
        (_FLIGHT + " __{0,20} is|are @ADV? behind @ME on|in|along|down|up the _{0,2} " + _ROUTE,),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "a lad has been following my girlfriend off the bus and she says he is right "
            "behind her on the lane now",
        ),
    ),
    Rule(
        "followers_got_out_now",
        "People who have been following the person just got out of their vehicle (set "
        "v14a): 'two men in a car following me since I left work. they've just got "
        "out'. Not 'he was following me on Instagram. He has just got out of prison'.",
        _D,
        (
            "following|followed|behind me|us __{0,15} he|she|they|@SUBJECT has|have|is|are "
            "just got|jumped|climbed out !of",
            "following|followed|behind me|us __{0,15} he|she|they|@SUBJECT has|have|is|are "
            "just got|jumped|climbed out of the|his|her|their|a _? @VEHICLE",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "a van has followed me from the station, it's stopped and he has just jumped out",
        ),
    ),
    Rule(
        "his_lights_coming_up_now",
        "His vehicle's lights coming up the track, drive or lane now (set v14a): 'his "
        "quad bike lights are coming up the track'. Not 'my husband's headlights are "
        "coming up the drive, he's home'.",
        _D,
        (
            "his|her|their _{0,2} lights|headlights|headlight|torch|torches is|are @ADV? "
            "coming|heading|creeping|moving up|down|along|towards the|our|my _? "
            "track|drive|driveway|lane|yard|farm|house",
        ),
        Guard.ANY,
        present=True,
        examples=("his van headlights are coming down our lane, he swore he'd come back",),
    ),
    Rule(
        "on_the_camera_now",
        "Someone on the person's doorbell or security camera now (set v14b): 'he's on "
        "my doorbell camera now standing at the door'. Not 'he's on my doorbell "
        "footage from last week'.",
        _D,
        (
            "@SUBJECT is|are on my|our|the _{0,2} camera|cam|cameras|cctv|doorbell|ring "
            "now|rn|live|standing|stood|right",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("she is on the ring cam right now banging on my door",),
    ),
    Rule(
        "coming_round_with_a_threat",
        "A message just sent saying someone is coming round, with a threat (set v14b): "
        "'whatsapp from him 10 min ago: I'm coming round. You'll wish you'd answered'. "
        "Not 'mum texted: I'm coming round with soup'.",
        _D,
        (
            "[i am coming|i am on my way|were coming|i will be round|i will be there] "
            "_{0,3} .? _{0,2} you will|are|youll _{0,2} wish|regret|sorry|pay",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("text from her just now: I'm on my way over, you'll regret blocking me",),
    ),
    Rule(
        "followed_clipped_now",
        "Followed, in clipped words with 'right now' and a vehicle or a man (set "
        "v14b): 'followed. right now. by a van. white transit.' Not 'followed on "
        "Instagram right now by his new account'.",
        _D,
        (
            ". being? followed|following .? right? now|rn .? by a|an|the|his|her|some _? "
            "@VEHICLE|man|guy|bloke|men|lads|someone|somebody",
            "i am|were being followed right? now|rn .? by|in a|an|the|his|her _? "
            "@VEHICLE|man|guy|bloke|men|lads",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("being followed. right now. by a black car, A41",),
    ),
    Rule(
        "stalker_in_car_outside_now",
        "A stalker or ex in a car outside the person's home now, with words between "
        "him and 'is' (set v14b): 'my daughter's stalker (we've reported, have a ref) "
        "is in a car outside our house now'. Not 'mum is in the car outside our house "
        "now'.",
        _D,
        (
            _STALKER + " __{0,8} is|are @ADV? in|inside a|an|his|her|the _? @VEHICLE "
            "outside|opposite|across|near|by my|our|the _? house|home|flat|door|drive|"
            "school|work __{0,4} now|rn",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("my ex, who has a restraining order, is in a van outside my flat now",),
    ),
    Rule(
        "might_still_be_inside",
        "After signs someone has been inside, he might still be in the home (set "
        "v14b): 'a photo of her bedroom, taken from inside ... I think he might still "
        "be in the flat'. Not 'I think my son might still be in the house'.",
        _D,
        (
            "[from inside|broken in|broke in|been in|got in|let himself in|let herself in|"
            "has a key|got a key|was forced|been forced|broken into|was smashed|"
            # Set v20b: "my car keys are gone and the back door's open. he might still be in".
            "back door is open|front door is open|door is open|keys are gone] __{0,20} "
            "he|she|they|someone|somebody might|may|could "
            "@ADV? be in|inside the|my|our|her|his _? " + _HOME,
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "the back window was forced when I got home and I think someone might still "
            "be in the house",
        ),
    ),
    Rule(
        "come_up_to_my_fence_now",
        "Someone who has been watching has now come right up to the person's fence, "
        "door or window (set v14b): 'camped in the park all day with binoculars and "
        "now he's come right up to my back fence'. Not 'the fox has come right up to "
        "my back door'.",
        _D,
        (
            "now|just he|she|they|someone|somebody|stalker is|has|have|are @ADV? "
            "come|walked|crept|got right? up to my|our|the _? fence|door|window|windows|"
            "gate|hedge|wall|house|garden|car",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=("he'd been in the lay-by for hours and now he's come right up to the gate",),
    ),
)
