"""Danger rules: hiding, trapped, held, watched while typing, pleas for help, in danger.

Part of the danger rules (index: danger_rules.py, which also explains the
phrase language).
"""

from __future__ import annotations

from bot.safety.rules import Guard, Rule, Signal

_D = (Signal.IMMEDIATE_DANGER,)

TRAPPED_RULES: tuple[Rule, ...] = (
    Rule(
        "hiding_now",
        "The person is hiding, trapped, locked in or cornered, now.",
        _D,
        (
            "i|we|im am|are|m? @ADV? hiding|hidden|trapped|locked|barricaded|stuck|cornered|pinned",
            "~type|~text|~message|~write this? from|under|in|behind|inside _{0,3} "
            "bathroom|loo|toilet|wardrobe|cupboard|bed|car|room|shed|attic|loft|cellar",
            "~read|~look|~watch|~stand|~sit|~hover|~stare over my|me shoulder",
            ". under|in|behind|inside the|my _? stairs|bed|wardrobe|cupboard|bathroom|loo|"
            "toilet|shed|attic|loft|car|table|desk|sofa|bush|bushes|bin|bins .",
            ". cornered|trapped|pinned|barricaded|hiding",
            # In a hiding place, or hidden from him: "I'm in the cupboard under the
            # stairs", "she doesn't know I'm here".
            "i|we am|are @ADV? in|inside|under|behind the|my|a _? wardrobe|cupboard|closet|"
            "bed|stairs|table|desk|sofa|couch|bush|bushes|bins",
            "@WHO _{0,2} does|do not know i|we am|are here|hiding|in|inside|upstairs|downstairs",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "I'm hiding in the bathroom",
            "texting from under the bed",
            "he's reading over my shoulder",
            "i'm in the cupboard under the stairs",
            "she doesn't know i'm here",
        ),
    ),
    Rule(
        "hiding_trapped",
        "Hiding, locked in, trapped, kept in, whispering so as not to be heard.",
        _D,
        (
            # The person hiding, not a thing hidden ("a tracker hidden under my car seat").
            "!something|anything|box|tracker|trackers|device|devices|it|airtag|thing|camera|"
            "cameras|phone|bug|them|app hiding|hid|hidden in|inside|under|behind|from|upstairs|"
            "downstairs|.",
            "~lock|~barricade myself|ourselves|us|me|the|my _? kids? in|inside",
            "locked in @POSS|a",
            "~barricade",
            "i|we|im|am|are|got|been|is|me|us trapped",
            "trapped upstairs|downstairs|here|inside",
            # Not a feeling: "I feel trapped in my own home" is a check-in (ci_fear_now).
            "!feel|feeling|felt|feels trapped in|inside @POSS|a _? @PLACE",
            "can|do not get? out|escape|leave|go",
            "not let me|us leave|go|out|in|escape|out",
            "~block @POSS _? door|doorway|way|exit|stairs",
            # Kept from the way in or out (blind set v8a): "he's blocking my ramp so I
            # can't get in", "he's between me and the van". A person, not "the bins".
            "@WHO is|are|~keep|~stand|~get|~step _? ~block @POSS _? ramp|path|gate|steps|entrance",
            # A way out or a place after "and": not "she's between me and my brother in age".
            "@WHO _{0,2} between me|us and the|my _? door|car|van|exit|house|"
            "flat|gate|stairs|way|road|station|bus|train|shop",
            "~pin|~corner|~hold me|us down|in|against|up|hostage",
            "~corner me|us",
            "has|got hold of me|us|my",
            "~whisper because|so|as|cos",
            "can not|cant talk|speak because|he|she|they|him|her|loud|properly|out",
            "~refuse to leave|go|move",
            "@WHO _{0,2} will not|wont move|budge|leave|go !me|us|alone|her|him|to",
            "not|nt ~take|~drive|~bring|~let me|us home|back|out|go",
            "~drive|~take me|us somewhere|elsewhere",
            "not let me|us call|ring|phone|use|get|have|leave",
            # Not "police took my phone for evidence".
            "!police|officer|officers|cops|pc ~take|~smash|~grab|~break|~hide|~snatch my phone",
            # Locked in by him: "he has locked all the doors and taken my keys".
            "@WHO _{0,2} has|have|is|are @ADV? ~lock|~bolt|~deadlock all? the|my|our|every _? "
            "door|doors",
            "@WHO _{0,2} has|have|is|are @ADV? ~take|~hide|~grab|~snatch _{0,2} my|the _? keys|key",
            # A driver gone the wrong way who won't stop: "the taxi's gone the wrong way
            # and won't stop".
            "[the wrong way|a different way|the other way|off route|somewhere else] __{0,8} "
            "[will not stop|not stopping|will not let me|not letting me|locked the doors|"
            "will not pull over]",
            # Driven dangerously with the person in the car.
            "~drive|~speed _{0,3} fast|dangerously|recklessly|erratically|maniac|lunatic _{0,3} "
            "with me|us _{0,3} in|inside",
        ),
        Guard.ANY,
        examples=(
            "locked myself in the bathroom",
            "he won't let me leave",
            "whispering so he cant hear",
            "he has locked all the doors and taken my keys",
            "he's driving really fast with me in the car and won't stop",
            "he is standing between me and my car",
        ),
    ),
    Rule(
        "held_now",
        # Session 7 (sets v7a, v7b): someone at arm's length, not "at" a place.
        "Someone has hold of the person (or the person they write for) and won't let go, is "
        "shaking what they stand on, or is searching for them where they hide, now.",
        _D,
        (
            # "he's got hold of her wrist and won't let go".
            "@WHO _{0,3} is|are|has|have @ADV? got|holding|gripping|grabbing|grabbed|clutching "
            "hold? of? @POSS|me _? hand|hands|arm|arms|wrist|wrists|hair|coat|sleeve|jacket|bag|"
            "shoulder|leg __{0,8} [not let go|not letting go|not let me go|not let her go|"
            "not let him go|not let us go|not letting me go|not letting her go]",
            # Met from online, not who they said, and won't let go.
            "not who @WHO said|claimed|pretended|told __{0,14} [not let go|not let me go|"
            "not let her go|not let him go|not letting me go|not letting her go|holding my|"
            "holding her|got hold]",
            # Shaking the ladder or the car the person is in: "I'm on the ladder and he's
            # rocking it".
            "i|we am|are @ADV? up|on|in|inside a|the|my|our _? ladder|car|van|boat|tent|tree|"
            "roof|scaffold|cubicle|caravan|stepladder __{0,4} @WHO _{0,2} is|are @ADV? shaking|"
            "rocking|tipping|pulling|pushing|kicking|yanking|climbing it|the",
            # Searched for where the person has run to: "I got out the back, he's
            # searching the garden for me with a torch".
            "i|we ran|run|got|climbed|escaped|slipped|jumped out __{0,10} @WHO _{0,2} is|are "
            "@ADV? looking|searching|hunting for? me|us|the",
            "@WHO _{0,3} is|are @ADV? looking|searching|hunting for me|us _{0,3} with a|his|her|"
            "their torch|torches|dog|dogs|knife|light",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "my son's just rung, a man has got hold of his arm at the bus station and won't let go",
            "she met him on a game, he's not who he said, and he's holding her wrist and won't "
            "let her go",
            "I'm up the stepladder in the barn and he's shaking it",
            "I climbed out the bathroom window and he's searching the field for me",
            "he's looking for me with a torch in the garden",
        ),
    ),
    Rule(
        "now_someone_there",
        # Session 7: "and now" read with nothing before it: a game or an app named
        # earlier in the sentence does not make the knock fiction.
        "'Now there's someone at the door': someone at the person's door or window, with "
        "'now' said, after whatever led up to it.",
        _D,
        (
            "now there is|are someone|somebody|a|an|two|some man|men|people|woman|guy|lad|"
            "someone|somebody|car|van _{0,2} at|outside|on|by @POSS _? door|window|gate|"
            "house|flat|doorstep|drive|garden",
            "now there is|are someone|somebody at|outside|on|by @POSS _? door|window|gate|house|"
            "flat|doorstep|drive|garden",
        ),
        Guard.NONE,
        examples=(
            "I put my location on by mistake in a game chat and now there's someone at my door",
        ),
    ),
    Rule(
        "screen_seen",
        "Someone near enough to see the person's phone or screen now (a covert message).",
        _D,
        (
            "@WHO _{0,2} can|could @ADV? ~see|~read my|the|this phone|screen|typing "
            "!location|locations|gps|app|apps|data|activity|bill|account|accounts|history|"
            "contacts|photos|pictures|calls|records|camera",
            "@WHO _{0,2} can|could @ADV? ~see|~read what i am|m typing|writing|texting|sending",
            "@WHO _{0,3} is|are @ADV? looking|watching|staring|peering at|over? my|the phone|"
            "screen",
            "@WHO _{0,3} is|are right? now? reading|checking my|the phone|screen",
            # "he is reading this", "she's watching over my shoulder".
            "@WHO _{0,3} is|are @ADV? reading|checking|watching this|these|everything|over|what",
            # Typing against the clock: "I've got about 5 mins before she's out of the bath".
            "~have|~get|got about|only|maybe|like? #|a|few|couple _? minutes|mins|min|seconds "
            "before @WHO _{0,2} ~come|~get|~be|~wake|~finish out|back|up|home|in|off|done",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "cant reply properly, she can see my screen",
            "ive got 2 mins before he gets out of the bath",
            "hes right next to me, he can see what im typing",
            "just tell my sister to come round now, he is reading this",
        ),
    ),
    Rule(
        "help_plea",
        "An urgent plea: for the police or someone to come, or for help now.",
        _D,
        (
            "help me now|quick|quickly|asap|someone",
            "someone|somebody help me|us|please|now|quick|asap",
            "!can|could|will|would|anyone someone|somebody help .",
            "help quick|asap|urgent|urgently",
            # "send help", "send the police"; not "send the incidents to my advocate".
            "send the|an? help|someone|somebody|police|cops|ambulance",
            "call|ring|phone|get the? police|999|ambulance for me|here|now|quick",
            "sos",
            "please|pls|plz come|hurry|quick|quickly",
            "~get|~send someone|police|help here|now|round|quick",
            "need _? police|ambulance|help now|here|asap|urgently|quick",
            # "tell my sister to come round now with the police".
            "~come|round|over _? now|quick|asap with the police|cops",
        ),
        Guard.NONE,
        examples=("send police", "call 999 for me", "help me now", "please come quick"),
    ),
    Rule(
        "help_asked",
        # A plain "please help" / "help me": the full danger reply when it is the
        # whole message ("please help me"), or with a danger statement, fear now
        # or someone near; only the check-in line when it trails an ordinary
        # question ("should I block him? pls help", "hi i need help please"):
        # readings.plea_with_a_question.
        "A plain plea for help ('please help', 'help me').",
        _D,
        (
            "please|pls|plz|plez help",
            "help me|us? please|pls|plz",
            ". help me|us .",
            # Not a question about who can help: "can victim support help me".
            "!can|could|will|would|to|you|who|they|it|that|this|support|anyone|people|services "
            "help me|us .",
        ),
        Guard.NONE,
        examples=("please help", "help me please", "pls help me"),
    ),
    Rule(
        "in_danger",
        "The person says they are in danger or fear for their life.",
        _D,
        (
            "i|we|im am|are|feel|m? in danger",
            "i|we|im am|are|feel|m? not safe right|now|here|tonight",
            "scared|afraid|fear|terrified|frightened for|of @POSS life|lives|safety",
            "going|about to die",
            "think|thinks @WHO is|are going to kill|hurt",
        ),
        Guard.NONE,
        examples=("i am in danger", "terrified for my life", "i think he's going to kill me"),
    ),
    Rule(
        "device_on",
        # Not in detector's offline-only list: a laptop or phone named here is the
        # device itself, not social media.
        "A camera or microphone switched on from elsewhere, now: he may be watching.",
        _D,
        (
            "webcam|camera|cam|mic|microphone _{0,2} light? _{0,3} just|has|is|keeps ~come|~go|"
            "~turn|~switch|~flash on",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "the webcam light just came on",
            "the camera light on my laptop just came on",
        ),
    ),
    Rule(
        "coded_message",
        "A covert or coded message: an address with an odd order ('a table for one'), a "
        "code word ('red'), or 'the man I'm with is not my friend'.",
        _D,
        (
            "table for one|1 __{0,12} # _{0,2} @STREET",
            "# _{0,2} @STREET __{0,12} table for one|1",
            "pizza|pizzas|taxi|doctor __{0,6} to # _{0,2} @STREET",
            ". code? red . __{0,12} # _? @STREET",
            "the|this man|guy|bloke|person|lad|woman i am|m with is|are not|nt my|a friend|safe",
            "# _{0,2} @STREET __{0,10} [can not say more|he is reading|he is listening|"
            "he is watching|he is here|he is with me]",
            "[can not say more|he is reading|he is listening|he is watching|he is here|"
            "he is with me] __{0,10} # _{0,2} @STREET",
        ),
        Guard.NONE,
        examples=(
            "Hi, I'd like to book a table for one please, tonight, asap, 12 Mill Street",
            "lovely weather today. red. RED. please. flat 3 marsh court widnes",
            "the man I'm with is not my friend",
        ),
    ),
)
