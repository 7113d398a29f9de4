"""Danger rules: someone there, near, watching or following.

Presence at the person's place, vehicles, being followed, seeing or hearing
someone, photos just taken. Arrivals (someone on the way or just turned up)
are in danger_arriving_rules.py, evaluated right after these. Part of the
danger rules (index: danger_rules.py, which also explains the phrase language).
"""

from __future__ import annotations

from bot.safety.rules import Guard, Rule, Signal

_D = (Signal.IMMEDIATE_DANGER,)
_IS = "is|are|am"
_PLACE = "@AT @POSS _? @PLACE"

PRESENCE_RULES: tuple[Rule, ...] = (
    Rule(
        "presence",
        "Someone is at, in or near where the person is, said in the present tense.",
        _D,
        (
            f"@WHO _{{0,6}} {_IS} @ADV? @ADV? {_PLACE}",
            f"@WHO _{{0,6}} {_IS} @ADV? @ADV? @HERE",
            f"@WHO _{{0,6}} {_IS} @ADV? @ADV? @AT @PLACE !of|with|for|about",
            f"@WHO _{{0,6}} {_IS} @ADV? next door|to",
            # "he's out the front right now", "she's round the back".
            f"@WHO _{{0,3}} {_IS} @ADV? out|round|around the? front|back|side _? !of|with",
            f"@WHO _{{0,3}} {_IS} back .",
            f"@WHO _{{0,6}} has|have been @ADV? {_PLACE}",
            f"@WHO _{{0,4}} {_IS} @ADV? in the same _ as|with me|us",
            f"@WHO _{{0,4}} {_IS} _{{0,3}} behind|beside me|us",
            "@WHO _{0,4} has|have been _{0,2} behind|beside me|us",
            f"@WHO _{{0,4}} {_IS} @ADV? right|directly|just? near|next me|us|to",
            "@WHO _{0,2} [must be|has to be|has got to be|got to be] @AT @POSS _? @PLACE",
            "@WHO _{0,2} is|are @ADV? there .",
            # "that's him at the back door", "its him again, outside".
            "that|it is him|her|them @ADV? .? @AT|@HERE",
            f"@WHO _{{0,3}} {_IS} nearly|almost|practically through|in|here|there|at|inside",
            # Someone named with a "who" clause: "the man who keeps following her is in
            # her garden now".
            f"@WHO who|that _{{0,8}} {_IS} @ADV? @ADV? {_PLACE}",
            # Session 7: a longer "who" clause, or "here": "the lad who's been messaging
            # me for months is here", "the man who leaves things on my car at work is in
            # the corridor right now".
            f"@WHO who|that _{{9,12}} {_IS} @ADV? @ADV? {_PLACE}",
            f"@WHO who|that _{{0,12}} {_IS} @ADV? @ADV? @HERE",
            # "I think he's still in there" (in the house the person has come home to).
            f"@WHO _{{0,2}} {_IS} @ADV? in|inside there|here",
            # Anyone stood or lurking at the person's own place: "the patient's son is
            # stood by my car in the staff car park".
            f"!my|our|your|his|her _ {_IS} @ADV? stood|standing|lurking|loitering|hiding|"
            "hanging|parked|watching @AT my|our _? @PLACE|car|halls",
            # "at the bottom of my stairs", "at the end of our drive".
            f"@WHO _{{0,6}} {_IS} @ADV? @ADV? @AT the bottom|top|end|foot|back|front|side of "
            "@POSS _? @PLACE",
            # A boy, girl or teenager (not the person's own) at their place.
            f"!my|our|your|his|her boy|girl|lad|teenager|teen|youths _{{0,5}} {_IS} @ADV? @ADV? "
            "@AT my|our _? @PLACE|halls",
            # "There" with a time: "the nursery rang, he's there now" (where the
            # children or someone else are).
            f"@WHO _{{0,2}} {_IS} @ADV? there|here now|already|right !at|in|on|by|for",
            # Session 11: a habit, then "she's there tonight" ("she waits outside my
            # house every night and she's there tonight, is this stalking" got no reply).
            f"@WHO _{{0,2}} {_IS} @ADV? there tonight !at|in|on|by|for|with",
            # A bare place and "now", the whole sentence: "downstairs now", "at the door rn".
            ". [outside|downstairs|upstairs|at the door|at my door|in the garden|in the house|"
            "out the front|out the back] right? now .",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "hes outside my flat",
            "she's round the back now",
            "he must be in the garden",
            "thats him at the back door",
            "the man who hurt me last year is outside my flat",
            "my ex's brother is stood at the end of my road",
            "he's in the garden and I'm worried",
            "he's back.",
            "they are in the house with me",
            "the man who keeps following the lady i care for is in her garden now",
            "the man who messaged me all last year on snapchat is here",
            "the door has been forced and i think he is still in there",
            "the patient's son is stood by my car in the staff car park",
            "the boy from school is outside my house",
            "my carer's ex is standing at the bottom of my stairs",
            "my mum's just phoned from the nursery, he's there now",
            "outside rn",
        ),
    ),
    Rule(
        "watching_waiting",
        "Someone is watching, waiting, lurking or shouting nearby (not online).",
        _D,
        (
            "@WHO _{0,3} is|are|been @ADV? ~watch|~stare|~wait|~lurk|~loiter|~prowl|~pace|"
            "~creep|~peer|~rev|~hang|~shout|~scream|~bang|~knock|~hammer|~demand|~kick",
            "@WHO _{0,3} is|are|been @ADV? ~look|~peer|~stare through|in|at|into @ME|@POSS",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "he's watching me",
            "someone is lurking by the bins",
            "she's screaming at me",
        ),
    ),
    Rule(
        "there_is_someone",
        "'There's someone...' near the person, or noises of someone there.",
        _D,
        (
            "there is|are a|an|some|two|three|four|few? @SOMEONE _{0,3} @AT|following|"
            "watching|trying|banging|knocking|standing|stood|sat|sitting|parked|lurking|"
            "walking|waiting|hanging|outside|here|downstairs|upstairs|moving|creeping",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "theres someone in my garden",
            "there is a man outside watching the house",
            "there are footsteps downstairs",
        ),
    ),
    Rule(
        "someone_in_my_place",
        "A fragment naming someone in or at the person's place ('man in my garden').",
        _D,
        (
            "a|the? man|woman|guy|someone|somebody|he|she|they|people|stalker|ex|men|bloke|"
            "stranger @AT my|our|the _? garden|house|flat|home|door|window|doorstep|drive|"
            "driveway|roof|hallway|hall|stairs|loft|shed|garage|kitchen|bedroom|porch|yard|"
            "landing|room|windows|gate",
        ),
        Guard.ANY,
        examples=("someone in my garden", "man at my door HELP"),
    ),
    Rule(
        "vehicle_near",
        "A vehicle (not the person's own) stopped, parked, circling or following.",
        _D,
        (
            "@VEHICLE _{0,2} behind|following|tailing me|us",
            "@VEHDET _? @VEHICLE is|has? back|returned",
            "~park|~sit|~wait|~idle|~stop _{0,8} [lights off|headlights off|engine running|"
            "engine on|lights out]",
            "@VEHDET _? @VEHICLE _{0,4} is|are|has|have|keeps|keep _{0,2} ~park|~stop|~sit|"
            "~wait|~idle|"
            "~circle|~pull|outside|opposite|behind|across|~follow|~tail|~tailgate|~rev|"
            "~crawl|sat|stopped|parked|~block",
            "it is|has just|been|now? stopped|parked|pulled|idling|circling|following|"
            "tailing|tailgating|sat|sitting|waiting",
            "it is @ADV? outside|opposite|behind @POSS? _? @PLACE|me|us",
            "@VEHICLE _{0,3} ~follow|~tail|~tailgate|~chase|~trail me|us|my",
            # "his van is there" (where the person can see it).
            "@VEHDET _? @VEHICLE is|are @ADV? there|here|outside .",
            # Session 7: "his car's there", "a van's outside" (the apostrophe is gone; the
            # plural after "his" or "a" is the contracted "is").
            "his|her|exs|that|same|a cars|vans|trucks|bikes|motorbikes|taxis|jeeps|lorries "
            "@ADV? there|here|outside .|now|again|right|already|and",
            # Driving beside someone on foot at their pace.
            "@WHO|@VEHICLE _{0,3} is|are|keeps|keep|been @ADV? driving|crawling|slowing|"
            "creeping|cruising|kerb _? alongside|beside|next to? me|us",
            "~slow|~drive|~crawl _{0,2} to|at my|our pace|speed",
            "~try|~tell|~want|~make _{0,2} me|us to? get in|into .|his|her|the|their|a",
            # Circling, then stopping: "she's been round the block three times in
            # five minutes and now she's parked up".
            "~drive|~circle|~go|~come past|round|around __{0,16} now @WHO|it is|has @ADV? "
            "~stop|~park|~pull|stopped|parked",
            # A car with its lights off or engine running: "its him again, outside, car
            # lights off".
            "@VEHICLE _{0,3} [lights off|headlights off|lights out|engine running]",
            # A vehicle behind the person on the road: "silver astra been behind me since
            # Northwich", "The white Corsa again. Behind me on the roundabout".
            "@VEHICLE __{0,4} been|still|now|again|is|are|keeps .? behind me|us",
            # Someone sat in a vehicle near the person: "his car is in the work car park
            # ... and hes sat in it".
            "@VEHICLE __{0,10} @WHO _{0,2} is|are @ADV? sat|sitting|waiting|hiding|lurking|"
            "asleep in|inside it",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "his van is parked across the road",
            "it's stopped outside",
            "a black car has been following me since the roundabout",
            "she's driven round the block 3 times in 5 mins, now she's parked up",
            "look out the window, her car is there",
            "its him again, outside, car lights off",
            "silver astra been behind me since Northwich, still there now",
            "his car is in the work car park and hes sat in it",
            "he texted me and his van's outside",
            "a car is crawling along beside me at walking pace telling me to get in",
        ),
    ),
    Rule(
        "following_now",
        "Being followed, chased or tailgated, said in the present.",
        _D,
        (
            "@WHO _{0,4} is|are @ADV? ~follow|~chase|~tail|~tailgate|~trail me|us|my|her|him|them",
            "being|getting ~follow|~chase|~tail|~tailgate",
            "@WHO _{0,4} is|are @ADV? after me|us",
            # "he's running after me", "she's coming after us".
            "@WHO _{0,4} is|are @ADV? running|coming|chasing|going|racing after me|us",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "hes following me rn",
            "i'm being followed",
            "someone is chasing me",
            "he is tailgating me",
            "he's running after me",
        ),
    ),
    Rule(
        "following",
        "Followed or chased somewhere, or someone close behind.",
        _D,
        (
            "~follow|~chase|~tail|~tailgate|~trail me|us _? @AT|home|into|onto|off|down|up|"
            "along|across|round|around|through|from|everywhere|in",
            "~chase|~tailgate me|us",
            "@WHO _{0,4} right|just|close|still|is|are behind me|us",
            # Still there: "been behind me since the motorway and it's still there".
            "behind me|us __{0,10} still there .|now|on|in|at",
            "not|never stop ~follow|~chase me|us",
            "~come|~walk|~run|~head|~drive towards|at me|us",
            # "still behind me on the A41", "been followed since the station".
            "still behind|following|tailing|chasing me|us",
            "on my|our tail",
            "been|being ~follow|~chase|~tail since|by|from|all",
            # Not "I've been following the advice".
            "been|being ~follow|~chase|~tail the !advice|guidance|instructions|rules|steps|news|"
            "plan|process|story|case|link|tips|procedure|recommendations|suggestions|page|"
            "account|diet|guide|signs|law|trial",
            # "he got off too" (the bus, the train), "she got on after me".
            "@SUBJECT _{0,2} ~get off|on too|behind|after",
            # Going past again and again today: "he's been past the house twice already today".
            "~drive|~walk|~go|~come|~be past|by @POSS _? @PLACE twice|again|three|four|five|# "
            "_{0,3} already|today|tonight|now|minutes|hour",
            "~run after me|us",
            # Circling where the person is, in any vehicle or on foot.
            "~circle @POSS _? block|house|road|street|flat|flats|estate|area|building|car|close|"
            "park|carpark|school|office|work|round|roundabout",
            "@WHO _{0,3} is|are|has|have|been @ADV? ~circle",
        ),
        Guard.ANY,
        examples=(
            "he followed me off the train",
            "a man chased me down the street",
            "someone just behind me",
            "been followed since the station by a silver Corsa, still behind me on the A41",
            "he's circling the block in a black Audi",
            "a motorbike is still on my tail",
            "just got off the bus and he got off too",
            "he's been past the house twice already today",
        ),
    ),
    Rule(
        "sensing",
        "The person can hear or see someone, or sounds of danger.",
        _D,
        (
            "i|we can|could ~hear|~see _? him|her|them|someone|somebody|footsteps|people|"
            "voices|banging|knocking|screaming|shouting|his|their|a|glass",
            "~see|~spot|~hear _? him|her|them|his|their _? @AT|outside|downstairs|upstairs|"
            "through|across|near|behind",
            "i know it is him|her|them",
            ". can|could ~see|~hear him|her|them|someone|somebody|footsteps|voices|his|their",
            # "watching me through the window as I type this".
            "~watch|~film|~photograph|~stare|~look|~peer at? me|us through|from|in|over @POSS? _? "
            "window|windows|door|curtains|blinds|gap|letterbox|fence|hedge",
            "~hear screaming|screams|scream|shouting|crying|fighting|smashing|banging|"
            "thuds|yelling|someone|woman|man|child|glass",
            # Not hearsay (v9): "i've heard stories about the man i'm seeing".
            "~hear !about|stories|story|rumours|rumour|rumors|things|lots|talk|gossip|of|from "
            "_{0,2} screaming|screams|scream|shouting|crying|fighting|smashing|banging|"
            "thuds|yelling|someone|woman|man|child|glass",
        ),
        Guard.ANY,
        examples=(
            "i can hear him downstairs",
            "just seen him outside the shop",
            "I can hear screaming next door",
            "can see him across the road",
            "can see him watching me through the window as I type this",
        ),
    ),
    Rule(
        "photo_now",
        "A photo or video of the person or their home, sent just now: he is near.",
        _D,
        (
            "pic|pics|photo|photos|picture|pictures|video|selfie|image|snap|screenshot|"
            "screengrab|footage|recording of _{0,8} "
            "[minutes ago|seconds ago|mins ago|just now|right now|tonight|today]",
            "pic|pics|photo|photos|picture|video|image|snap|screenshot|screengrab|footage|"
            # Not "a parcel with old photos of me in it": "in it" is the parcel.
            "recording of me _{0,2} sat|sitting|standing|"
            "in|at|inside|through|walking|asleep !it|them",
            "pic|pics|photo|photos|picture|video|image|snap of _{0,2} my|our _{0,2} @PLACE",
        ),
        Guard.ANY,
        examples=(
            "he texted me a pic of my front door taken 5 mins ago",
            "hes just sent me a photo of me sat on the sofa",
        ),
    ),
)
