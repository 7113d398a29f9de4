"""Danger rules: signs that someone is there now, told without saying "he is here".

Sounds or lights where nobody should be, a lock undone, a door being pushed,
a caller who can see what the person is wearing, a post of their street just
now, a plea passed on by a friend, a child not home with a man who said he'd
collect them, being taken abroad tonight. Set v6 (issue 8) found each kind
missed. Part of the danger rules (index: danger_rules.py, which also explains
the phrase language).
"""

from __future__ import annotations

from bot.safety.rules import Guard, Rule, Signal

_D = (Signal.IMMEDIATE_DANGER,)
# Signs of someone there: sounds, lights, a shape.
# Not "someone", "noise", "the tv": "I live alone and someone keeps messaging me".
_SIGNS = (
    "footsteps|footstep|voices|movement|creaking|whispering|breathing|coughing|laughing|"
    "banging|knocking|tapping|scratching|headlights|torch|torchlight|face|figure|shadow|"
    "engine|tractor|drone"
)
# Anything seen or heard "where it shouldn't be".
_SEEN = f"{_SIGNS}|lights|light|car|van|someone|somebody|people|man|men|bike|quad"
# "I live alone", "nobody's due", "nobody works that field at this hour".
_NOBODY = (
    "[i live alone|i live on my own|i live by myself|i am alone|i am on my own|nobody is due|"
    "nobodys due|no one is due|noone is due|nobody is expected|nobody is home|nobody else is|"
    "nobody should be|no one should be|nobody works|no one works|nobody lives here|"
    "no one lives here|nobody else lives|no one else lives|should not be there|"
    "should not be here|should not be anyone|nobody has a key|no one has a key]"
)

_SIGN_RULES: tuple[Rule, ...] = (
    Rule(
        "signs_nobody_due",
        "Sounds, lights or someone where nobody should be: the person lives alone or "
        "nobody is due ('footsteps upstairs and I live on my own').",
        _D,
        (
            f"{_SIGNS} __{{0,16}} {_NOBODY}",
            f"{_NOBODY} __{{0,16}} {_SIGNS}",
            # "lights in the field where they shouldn't be".
            f"{_SEEN} _{{0,6}} where|when they|it|he|she|nobody should not|shouldnt be",
            # Session 7: someone, then that nobody should be there ("someone just climbed
            # onto the boat. no one should be there"); not "I live alone", which is said
            # beside ordinary news ("I live alone and someone keeps messaging me").
            "someone|somebody|man|figure|person __{0,14} [nobody should be|no one should be|"
            "noone should be|nobody is due|no one is due|should not be anyone]",
        ),
        Guard.ANY,
        examples=(
            "voices downstairs and I live on my own",
            "a torch moving about in the yard, nobody should be out there at this time",
            "i live alone. someone is coughing in the kitchen",
            "headlights at the top of the lane where they shouldn't be, 3am",
            "someone has just climbed over the back gate. no one should be out there",
        ),
    ),
    Rule(
        "signs_lock_undone",
        "Something the person locked is now open, or a lock or door has given way: "
        "someone has been, or is, getting in.",
        _D,
        (
            # "the side door is open and I bolted it", "gate open when I locked it at 10".
            "open|unlocked|ajar|unbolted _{0,3} when|but|though|yet|and|after|even i|we _{0,2} "
            "~lock|~bolt|~latch|~padlock|~chain|~shut|~close",
            "i|we ~lock|~bolt|~latch|~padlock|~chain __{0,10} [now it is open|it is open|"
            "is now open|is open|are open|is wide open|is unlocked|is ajar|been opened|"
            "has been opened|is unbolted]",
            "~lock|~latch|~chain|~deadbolt|~padlock|~bolt _{0,4} is|are|has|have|been|just _? "
            "snapped|bust|busted|forced|jemmied|jimmied|prised|smashed|sawn|cut|hanging",
            # "the door handle just went", "someone trying it".
            "handle|handles|letterbox|latch|doorknob|knob just _? ~go|~move|~rattle|~turn|~jiggle",
            "someone|somebody ~try|~rattle|~jiggle it|the|my|our _? door|handle|handles|lock|"
            "window|gate|windows|doors|.",
            # "glass just went in the kitchen" (not "my phone glass just cracked").
            "!phone|screen|screens|phones|my glass|window|windows|pane|patio|windscreen just|has|"
            "have _? ~go|~smash|~break|~shatter|~cave|~explode",
            # Woken by the smell of smoke.
            "smell|smelling|whiff|stink of smoke|petrol|gas|burning",
        ),
        Guard.ANY,
        examples=(
            "the side door is open and I bolted it at ten",
            "I locked the shed at six and now it is open",
            "came back and the padlock's been cut",
            "the front door handle just moved",
            "a window just went downstairs",
            "woke up to the smell of petrol in the hall",
        ),
    ),
    Rule(
        "signs_at_the_boundary",
        "Someone at the door, gate or window now: a door being pushed or held shut, "
        "the same sound again, a tap on the glass, a lock the person fears won't hold.",
        _D,
        (
            "door|gate|window _{0,2} is|are being @ADV? leant|leaned|pushed|forced|kicked|"
            "shoved|barged|rattled|tried|shouldered|hit|banged",
            "i|we am|are @ADV? holding|leaning on|pushing against|bracing|sat against it|"
            "the _? door|gate",
            # "then the gate again.", "now the back door again".
            ". then|now|and the|a _? gate|door|latch|handle|letterbox|knocking|banging|tapping "
            "again .",
            ". now|then a|another tap|knock|bang|scratch|scratching|rap|thud|tapping on|at the|my "
            "_? glass|window|windows|pane|patio",
            # "the bolt is on but it's only a small one", "the chain won't hold".
            "~bolt|~lock|~chain|~latch _{0,2} is|are? @ADV? on|locked|shut|across but|and "
            "_{0,3} only|flimsy|weak|small|little|thin|old|cheap",
            "bolt|lock|chain|latch|door|locks|it _{0,2} [will not hold|not going to hold|"
            "is giving way|is going to give way|about to give way]",
            # "the doorbell's going and it's 2am", "now the buzzer's going".
            "now the|my _? ~doorbell|~bell|~buzzer|~intercom _{0,2} going|ringing|buzzing|"
            "~go|~ring|~buzz",
        ),
        Guard.ANY,
        examples=(
            "the kitchen door is being pushed, I'm holding it",
            "heard the latch. nothing. then the latch again.",
            "second time tonight. now a tap on the window",
            "the chain is on but it's only a thin chain",
            "now the buzzer's going and its 3am",
        ),
    ),
    Rule(
        "seen_by_caller",
        "A caller or message shows someone can see the person now: says what they are "
        "wearing or doing, or 'I can see you'.",
        _D,
        (
            # Not "I know what I'm doing to her is wrong".
            "!i|we ~tell|~say|~describe|~text|~message|~know _{0,3} what i am|m wearing|holding",
            # Not the person's own behaviour judged (v9): "my mum says what im doing to
            # my ex counts as harassment".
            "!i|we ~tell|~say|~describe|~text|~message|~know _{0,3} what i am|m doing "
            "!to|is|counts|count|was|amounts|could|would|might|sounds|seems",
            "~say|~text|~tell|~message|~ring|~write _{0,3} i|we can see you|u",
            "@WHO _{0,2} must be able to see|hear|watch in|me|us|inside|into",
            # Session 7: a message that only works if he is there: "look out your
            # window", "turn round", "watching you through the glass".
            # "Look outside" alone is how a friend shares a sunset: it needs "your".
            "~text|~message|~say|~send|~write|~snap|~dm|~ring _{0,3} [look out|look outside|"
            "look behind|look round|look around|turn round|turn around|look up] you|u|your|ur",
            "~text|~message|~say|~send|~write|~snap|~dm|~ring _{0,3} [look behind|turn round|"
            "turn around] .|and",
            # Praise for what the person has on, and they are wearing it: "'nice coat'
            # and I'm wearing it".
            "~text|~message|~say|~send|~write|~snap|~dm _{0,3} nice|love|like|lovely|cute|sexy "
            "your|ur|the|that? _? jumper|dress|coat|top|jacket|shirt|hat|shoes|hoodie|pyjamas|"
            "outfit|skirt|jeans|scarf|trainers|boots __{0,8} [i am wearing|i am in|i have on|"
            "i have got on|wearing it|wearing one|wearing that|have it on]",
            "~text|~message|~say|~send|~write|~snap|~dm _{0,3} i|we? am|are|m? watching you|u "
            "through|from|in|at|out|outside|right|now",
        ),
        Guard.ANY,
        examples=(
            "a text just came saying I can see you, you're in the kitchen",
            "he phoned and described what I am wearing right now",
            "she must be able to see in",
            "my ex has just texted 'turn around' and I'm walking through the park on my own",
            "she's just sent 'look behind you babe' while I'm out running",
            "he sent 'watching you from the car park' and I'm on my lunch",
            "she just texted 'love the red coat' and I'm wearing it on the bus",
        ),
    ),
    Rule(
        "posted_nearby",
        "A post, story or photo of the person's street or home put up just now, or with "
        "a 'coming' message: he is there or on his way.",
        _D,
        (
            "just|has|have ~post|~upload|~share|~put _{0,4} story|stories|photo|pic|picture|"
            "video|reel|snap|status|image|selfie of|outside|from|at @POSS _{0,2} street|road|"
            "close|estate|building|@PLACE",
            "story|stories|photo|pic|picture|video|reel|snap|status|image|selfie of|outside|from "
            "@POSS _{0,2} street|road|close|estate|building|@PLACE __{0,16} [minutes ago|"
            "mins ago|coming home|coming for|see you soon|on my way|just now|right now]",
        ),
        Guard.ANY,
        examples=(
            "he has just put a photo of my road on his snapchat",
            "a story of my front door, posted 10 mins ago",
        ),
    ),
    Rule(
        "plea_passed_on",
        "A plea for help passed on: a friend or relative has just sent 'help' or their location.",
        _D,
        (
            "~send|~text|~message|~whatsapp|~share _{0,3} me|us _{0,4} live? location|pin _{0,3} "
            "help|sos|police|999",
            "~send|~text|~message|~whatsapp me|us [the word help|saying help|help .|sos]",
        ),
        Guard.ANY,
        examples=("my sister just sent me her location and the word help",),
    ),
    Rule(
        "deadline_passed",
        "A safety check-in time gone by: 'if I don't text by 10 call someone', and it is "
        "now past it. Said of now, so the 'if' does not mute it.",
        _D,
        (
            "by # __{0,8} call|ring|phone|get|tell the? someone|somebody|police|999|help "
            "__{0,8} it is|its|now _? #|past|gone",
        ),
        Guard.NONE,
        examples=("my friend said if she didn't message by 9 to ring the police, it is now 9 40",),
    ),
    Rule(
        "child_gone_with",
        "A child not home or gone to meet someone, with a man who said he'd pick them "
        "up, a stranger met online, or their phone off.",
        _D,
        (
            "@CHILD|old|teen|teenager|lad|lass _{0,2} has|have|is|are? not|nt|never|still _? "
            "~come|~get|~arrive|~return|~make it? home|back|in __{0,16} [phone off|phone is off|"
            "phone is dead|not answering|no answer|picking her up|picking him up|pick her up|"
            "pick him up|collect her|collect him|meet him|with him|in his car|gone with]",
            "@CHILD|@KIN|old|teen|teenager _{0,3} has|have|is|are _? gone|going|left|off|snuck|"
            "sneaked to? meet|meeting someone|somebody|a|this|that|him|them __{0,12} online|game|"
            "app|internet|snapchat|instagram|tiktok|discord|roblox|met",
            "@WHO _{0,3} ~try|~make|~tell|~get|~want|~ask|~persuade|~force _{0,2} her|him|"
            "them|@CHILD _{0,2} to? get|come|go _? in|into|to|over towards? his|her|their|a|the "
            "_? @VEHICLE",
        ),
        Guard.ANY,
        examples=(
            "my son's not come back from football, his phone's off and that guy said he'd "
            "collect him",
            "my 14 year old has gone to meet a lad she's been talking to on snapchat",
            "a man is trying to get my daughter to go over to his van",
        ),
    ),
    Rule(
        "taken_abroad",
        "Being taken abroad or to the airport against the person's will, for a marriage "
        "or tonight (forced marriage, honour-based abuse).",
        _D,
        (
            "~take|~send|~fly|~drag|~force|~put|putting me|us _{0,3} airport|abroad|plane|flight|"
            "overseas __{0,12} [not want|against my will|marry|marriage|wedding|married]",
            "marry|marriage|wedding|married __{0,14} ~take|~send|~fly|~drag|~force me|us "
            "_{0,3} airport|abroad|plane|flight|overseas",
        ),
        Guard.ANY,
        examples=(
            "my dad says they're putting me on a plane tonight to get married and I don't want to",
            "my cousin wants to marry me and they are taking me to the airport now",
        ),
    ),
)

# Someone near or arriving, told in words the presence and arrival rules miss: a
# fragment ("sat behind me"), "out there in the car", a drone over the garden, a
# doorbell camera showing him, a vehicle backing up or idling, "heading my way".
NEAR_RULES: tuple[Rule, ...] = (
    Rule(
        "near_told_plainly",
        "Someone near the person now, in words the presence rules miss: 'still out "
        "there in the car', 'sat behind me', 'the drone is back over the garden', "
        "'the doorbell camera shows him on my step', 'two men getting out'.",
        _D,
        (
            "@WHO _{0,3} is|are @ADV? out there in|watching|waiting|sat|sitting|parked|stood|"
            "standing|by|outside|on|at|lurking",
            ". @ADV? sat|sitting|stood|standing|right|directly behind|beside|next to? me|us",
            "@SUBJECT _{0,2} just|has|have ~get on|off .",
            "@WHO getting|climbing|jumping out .|of|now",
            "@VEHICLE _{0,2} ~back|~reverse|~pull _? up to|onto|into @POSS _? @PLACE",
            "drone|drones _{0,3} @ADV? hovering|over|above|outside|circling|back",
            "doorbell|camera|cctv|ring|cam|feed|monitor is? shows|showing|picking|pinged _? him|"
            "her|them|someone|somebody|a|two|people|man|men _{0,3} @AT|outside|on",
            "~flash _{0,2} lights|headlights at me|us",
            ". _? @VEHICLE _{0,2} idling|waiting|circling|lurking|crawling "
            "@AT|outside|opposite|behind|across|near",
            "someone|somebody|two|man|men|he|she|they is|are @ADV? sat|sitting? in|inside it .",
            # "is it illegal for him to be in my garden? because he is" (the answer
            # after the question unmutes it: clause.py).
            "he|she|they|him|her|them|someone|somebody _{0,2} to be @ADV? @ADV? @AT @POSS _? "
            "@PLACE",
            # "a man she met online has come to our road and is waiting at the corner".
            "@WHO __{0,10} and|who|that is|are @ADV? waiting|watching|lurking|sat|parked|stood|"
            "standing|hanging|loitering|hiding at|outside|in|on|by|for|opposite|round|near",
            # Session 7: got on the same bus or train and sat by the person (or by the
            # person they write for): "got on at the next stop and sat next to me".
            "@SUBJECT _{0,3} ~get on|in|onto|aboard _{0,4} and|then _? ~sit|~stand|sat|stood "
            "_{0,2} right|directly|just? behind|opposite|beside|next|near|facing to? me|us|her|"
            "him",
            "~get on|in|onto|aboard _{0,3} and|then _? ~sit|~stand|sat|stood _{0,2} right|directly|"
            "just? behind|opposite|beside|next|near|facing to? me|us",
            # Stood there looking in: "just stood there staring in at me".
            ". @ADV? @ADV? stood|standing|sat|sitting there|here|outside _? looking|staring|"
            "watching|peering|glaring in|at|through|into|up",
            # Close enough to touch: "he's whispering in my ear", "breathing on my neck".
            "@WHO _{0,3} is|are @ADV? whispering|breathing|leaning|pressing|rubbing _{0,3} in|into|"
            "on|against|over my|her|his|our ear|ears|neck|face|back|leg",
            # Shouting the person's name now: "he just shouted my name from across the road".
            "@WHO _{0,2} just|has|have @ADV? ~shout|~yell|~scream|~call|~whistle my|our name|names",
        ),
        Guard.ANY,
        examples=(
            "she's still out there in her car, watching the house",
            "on the train. sat right behind me.",
            "the drone is back over the garden",
            "the ring camera shows him on the doorstep",
            "a van has reversed up to my gate",
            "a car idling outside the house with the lights off",
            "the man from the bus has followed me into the shop and is waiting by the tills",
            "the lad from the chat got on at the next stop and sat next to me",
            "it's him. just standing there staring in at us",
            "he's leaning in breathing on my neck at the bus stop",
            "a car slowed down and he just yelled my name",
        ),
    ),
    Rule(
        "arriving_told_plainly",
        "Someone coming to the person now, in words the arrival rules miss: 'heading my "
        "way', 'it's coming across the field towards the house', 'who wants to marry me "
        "is coming to my flat now'.",
        _D,
        (
            "@SUBJECT|and|but _{0,3} is|are|was|were? ~head|~come|~walk|~drive|~run my|our way",
            "it|he|she|they|someone|somebody|@VEHICLE is|are @ADV? ~come|~head|~drive|~creep|"
            "~move _{0,5} towards|toward the|my|our|me|us _? house|home|yard|farm|flat|caravan|"
            "@PLACE|.",
            "@WHO who|that _{0,8} is|are @ADV? ~come|~head|~drive to|over|round|here|now|tonight",
            "@SUBJECT _{0,2} has|have|is|are|just @ADV? found|~find the|my|our _? refuge|hideout|"
            "safehouse",
            "@SUBJECT _{0,2} has|have|is|are|just @ADV? found|~find [the safe house|my safe house|"
            "where i am staying|where i am hiding|where we are staying]",
        ),
        Guard.ANY,
        examples=(
            "he was at the garage 5 mins ago and he's heading my way",
            "the car is coming up the lane towards the house",
            "the man who attacked her is coming to the ward now",
            "she's found the refuge",
        ),
    ),
    Rule(
        "following_told_plainly",
        "Followed or passed again and again now: 'I'm driving and he keeps appearing "
        "behind me', 'round the close 6 times in half an hour'. Not turned down by "
        "habit: the repeats are the danger.",
        _D,
        (
            "[i am driving|i am cycling|i am walking|i am on the|i am on my] __{0,8} behind|"
            "following me|us",
            "~go|~drive|~come|~circle|~pass|~walk|~be round|past|by|around _? @POSS? _? "
            "@PLACE|block _{0,1} #|twice|three|four|five|six _? times __{0,5} hour|minutes|mins|"
            "tonight",
            # Session 7: mirrored step for step: "every time I stop she stops", "I
            # crossed over and so did he".
            "every time|everytime i|we move|stop|turn|cross|walk|run|speed|slow "
            "walking|running|moving|still|off|over|round|around|back|up|down? he|she|they _{0,2} "
            "moves|stops|crosses|walks|runs|does|speeds|slows|follows up|down|off|over? .|too|"
            "with|again|as",
            # On the street only: not "I got a new job and so did he".
            "i|we ~cross|~turn|~speed|~slow|~stop|~duck|~nip over|round|back|up|down|left|right|"
            "the|into|walking|off|at _{0,4} and? [so did he|so did she|so did they|he did too|"
            "she did too|they did too]",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        examples=(
            "im driving home and he keeps turning up behind me",
            "the same van has been past the house 5 times in the last hour",
            "every time I stop walking she stops too",
            "I crossed over to the other pavement and so did he",
        ),
    ),
    Rule(
        "overheard_or_through",
        "Someone so near that talking would be heard, or about to get through the door: "
        "'he can hear me if I talk', 'if he gets through that door'. Said of now, so no "
        "condition mutes it.",
        _D,
        (
            "@WHO _{0,2} can|will|would|could hear|see me|us if i|we talk|speak|call|ring|move|"
            "scream|shout",
            "if @WHO _{0,2} ~get|~break|~come|~make|~kick|~force through|in that|this _? door|"
            "window|gate|lock",
        ),
        Guard.NONE,
        examples=(
            "i can't ring, he'd hear me if i talk",
            "if he gets through this door I don't know what he'll do",
        ),
    ),
)

SIGNS_RULES: tuple[Rule, ...] = _SIGN_RULES + NEAR_RULES
