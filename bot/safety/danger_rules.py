"""Rules for immediate danger: someone there now, breaking in, a weapon, violence,
threats for now, being followed or chased, children taken, hiding or trapped,
pleas for help, danger to someone else.

How to read a phrase (full guide in rules.compile_phrase and docs/safety.md):
``~stab`` is any form of the word (stabs, stabbed, stabbing); ``@WEAPON`` is
any word of that named list in rules.WORDS; ``a|b`` is either word; ``_{0,3}``
is up to three other words; ``?`` makes the item before it optional; ``.`` is
the end of a sentence. Text is normalised first (normalise.py): "he's" is read
as "he is", "rn" as "right now", "outsdie" as "outside".

``present=True`` marks a present-tense, first-hand statement: it cannot be
muted, and it stops history or a question elsewhere in the message muting the
rest ("present beats past", detector.py).
"""

from __future__ import annotations

from bot.safety.rules import Guard, Rule, Signal

_D = (Signal.IMMEDIATE_DANGER,)
_BOTH = (Signal.IMMEDIATE_DANGER, Signal.SELF_HARM)

_IS = "is|are|am"
_PLACE = "@AT @POSS _? @PLACE"

DANGER_RULES: tuple[Rule, ...] = (
    Rule(
        "presence",
        "Someone is at, in or near where the person is, said in the present tense.",
        _D,
        (
            f"@WHO _{{0,6}} {_IS} @ADV? @ADV? {_PLACE}",
            f"@WHO _{{0,6}} {_IS} @ADV? @ADV? @HERE",
            f"@WHO _{{0,6}} {_IS} @ADV? @ADV? @AT @PLACE !of|with|for|about",
            f"@WHO _{{0,6}} {_IS} @ADV? next door|to",
            f"@WHO _{{0,3}} {_IS} back .",
            f"@WHO _{{0,6}} has|have been @ADV? {_PLACE}",
            f"@WHO _{{0,4}} {_IS} @ADV? in the same _ as|with me|us",
            f"@WHO _{{0,4}} {_IS} _{{0,3}} behind|beside me|us",
            "@WHO _{0,4} has|have been _{0,2} behind|beside me|us",
            f"@WHO _{{0,4}} {_IS} @ADV? right|directly|just? near|next me|us|to",
            "@WHO _{0,2} [must be|has to be|has got to be|got to be] @AT @POSS _? @PLACE",
            "@WHO _{0,2} is|are @ADV? there .",
            "that|it is him|her|them @ADV? @AT|@HERE",
            f"@WHO _{{0,3}} {_IS} nearly|almost|practically through|in|here|there|at|inside",
            # Someone named with a "who" clause: "the man who keeps following her is in
            # her garden now".
            f"@WHO who|that _{{0,8}} {_IS} @ADV? @ADV? {_PLACE}",
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
        ),
        Guard.ANY,
        present=True,
        examples=(
            "hes outside my flat",
            "he must be in the garden",
            "thats him at the back door",
            "the man who hurt me last year is outside my flat",
            "my ex's brother is stood at the end of my road",
            "he's in the garden and I'm worried",
            "he's back.",
            "they are in the house with me",
            "the man who keeps following the lady i care for is in her garden now",
            "the door has been forced and i think he is still in there",
            "the patient's son is stood by my car in the staff car park",
            "the boy from school is outside my house",
            "my carer's ex is standing at the bottom of my stairs",
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
        ),
        Guard.ANY,
        present=True,
        examples=(
            "his van is parked across the road",
            "it's stopped outside",
            "a black car has been following me since the roundabout",
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
        ),
        Guard.ANY,
        present=True,
        examples=(
            "hes following me rn",
            "i'm being followed",
            "someone is chasing me",
            "he is tailgating me",
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
            "not|never stop ~follow|~chase me|us",
            "~come|~walk|~run|~head|~drive towards|at me|us",
            # "still behind me on the A41", "been followed since the station".
            "still behind|following|tailing|chasing me|us",
            "on my|our tail",
            "been|being ~follow|~chase|~tail since|by|from|all|the",
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
            "~hear _{0,3} screaming|screams|scream|shouting|crying|fighting|smashing|banging|"
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
        "breaking_in_now",
        "Someone is breaking in, trying to get in, or has got in (present tense).",
        _D,
        (
            "@WHO _{0,3} is|are|has|have @ADV? _{0,2} ~break|~get|~climb|~force|~kick|~smash|"
            "~let|~sneak|~push|~barge|~burst|~bang|~hammer|~pound|~knock|~bash|~rattle|"
            "~batter|~try|~pry|~prise|~jimmy _{0,3} in|into|inside|through|down|door|"
            "window|doors|windows|handle|lock|locks|letterbox|glass|gate|way|back|front",
            "@WHO _{0,3} is|are|has|have @ADV? ~try|~rattle|~jiggle _? the|my|our _? door|"
            "handle|handles|lock|locks|window|windows|gate|letterbox",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "he's broken in, when will the police come",
            "someone is trying the back door",
            "she has got in the house",
        ),
    ),
    Rule(
        "breaking_in",
        "Breaking in, forcing a way, banging on doors, fire and smoke.",
        _D,
        (
            "~break in|into|inside",
            "~break|~smash|~kick|~force|~bash|~batter|~ram @POSS _? door|doors|window|"
            "windows|glass|lock|locks|gate|windscreen|fence|panel",
            "~kick|~smash|~bash|~force|~batter|~ram _? in|down|open|through @POSS? _? door|"
            "doors|window|windows|gate|glass|way|entry",
            "~kick|~smash|~bash|~force|~batter it|the|my|our _? door? in|down|open",
            "~bang|~hammer|~pound|~knock|~thump|~bash|~smash|~rattle|~kick|~batter|~punch "
            "on|at|against|in @POSS _? door|doors|window|windows|glass|wall|letterbox|handle",
            "~rattle|~jiggle|~try @POSS _? door|handle|handles|lock|locks|window|letterbox",
            "@WHO _{0,3} ~get|~climb|~sneak|~barge|~burst|~break|~force|~push|~let|~walk|"
            "~storm in|inside .",
            "@WHO _{0,3} ~get|~climb|~sneak|~barge|~burst|~break|~force|~push|~walk|~storm|"
            "~come in|inside|into @POSS _? @PLACE",
            "~let himself|herself|themselves in|into",
            "door|lock|window|frame|glass|hinges _? is|are ~go|~give|~break|~crack|~splinter|"
            "~bend|~shake",
            "~climb|~jump|~get|~scale|~hop|~vault !at|to|for|with|and? over|up|through|onto|in|"
            "into? @POSS _? fence|wall|gate|balcony|window|drainpipe|roof|hedge|windows",
            "~try to? ~open|~force|~break|~get|~prise|~pry @POSS? _? door|window|windows|gate|"
            "lock|in|into",
            "~smell smoke|petrol|gas|burning|fire",
            "smoke _? ~come|in|under|through|everywhere",
            "on fire",
            "~set|~light fire|light|alight",
            "~pour|~put|~push|~shove|~throw _{0,3} through|in|into @POSS letterbox|letter|window",
            "~cut @POSS _? power|electric|electricity|lights|phone|line|wifi|cables",
            "~slash|~puncture|~let @POSS _? tyres|tyre",
            "~block|~trap me|us|my _? car? in",
            # "the door's been forced", "the front door, banging on it".
            "~door|~lock|~window|~gate|~frame _? been|is|are|was|were|has|have _? ~force|~kick|"
            "~smash|~prise|~pry|~jimmy|~jemmy|~break open|in|down|off|.",
            "~door|~window|~letterbox _{0,2} ~bang|~hammer|~pound|~kick|~knock|~thump|~bash on|at "
            "it|them",
        ),
        Guard.ANY,
        examples=(
            "he broke in",
            "someone's smashing the back window",
            "banging on my door and won't stop",
            "I smell petrol",
            "he let himself in",
            "hes climbing over the fence",
            "came home and the door's been forced",
            "he's out sight the front door banging on it",
        ),
    ),
    Rule(
        "photo_now",
        "A photo or video of the person or their home, sent just now: he is near.",
        _D,
        (
            "pic|pics|photo|photos|picture|pictures|video|selfie|image|snap of _{0,8} "
            "[minutes ago|seconds ago|mins ago|just now|right now|tonight|today]",
            "pic|pics|photo|photos|picture|video|image|snap of me _{0,2} sat|sitting|standing|"
            "in|at|inside|through|walking|asleep",
            "pic|pics|photo|photos|picture|video|image|snap of _{0,2} my|our _{0,2} @PLACE",
        ),
        Guard.ANY,
        examples=(
            "he texted me a pic of my front door taken 5 mins ago",
            "hes just sent me a photo of me sat on the sofa",
        ),
    ),
    Rule(
        "weapon_held",
        "Someone has, holds or waves a weapon or an object used as one, now.",
        _D,
        (
            "@WHO _{0,3} is|are|has|have|got @ADV? _{0,2} @WEAPON|@OBJECT",
            "@WHO _{0,3} is|are @ADV? holding|waving|carrying|brandishing|wielding|swinging|"
            "pointing _{0,3} @WEAPON|@OBJECT",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "he's got a knife",
            "hes waving a hammer at me",
        ),
    ),
    Rule(
        "weapon",
        "A weapon named at all (knives, guns, machetes, acid), stabbing or shooting.",
        _D,
        (
            "@WEAPON",
            "~hold|~wave|~carry|~brandish|~wield|~swing|~point|~grab|~pick _{0,3} @WEAPON|@OBJECT",
            "with a|an|the|his|her|their @WEAPON|@OBJECT",
            "@WEAPON|@OBJECT to|at|against my|me|her|his|the throat|neck|head|face|chest|back",
            "broken|smashed bottle|glass",
            "~stab",
            "~shoot|shot me|us|at|him|her|them|my|through",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        examples=(
            "knife",
            "she came at me with a broken bottle",
            "she stabbed him",
            "I think that was a gun",
        ),
    ),
    Rule(
        "violence_now",
        "Someone is hurting the person or someone else (present tense).",
        _D,
        (
            f"@WHO _{{0,3}} {_IS} @ADV? _? @HIT @ME|@POSS",
            f"@WHO _{{0,3}} {_IS} @ADV? ~beat|~kick|~knock|~smash _? up|off|in",
            f"@WHO|@KIN|@CHILD _{{0,3}} {_IS} being|getting @HIT|~bundle|~force|~drag",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "he is hitting my mum",
            "they are beating him up outside",
            "he's strangling me",
        ),
    ),
    Rule(
        "violence",
        "A blow, strangling, bleeding, not breathing, to the person or someone else.",
        _D,
        (
            "!is|are|will|ll|would|gonna|to|this|it|that|headache|job|work|feet|kids @HIT "
            "@ME|us|my|her|him|them|everyone|someone",
            "@HIT @POSS _? @KIN|@CHILD",
            "~hand|~arm|~knee|~hold|~fingers around|round|on|over @POSS _? neck|throat|mouth|"
            "face|nose",
            "can not|cannot breathe|breath",
            "~bleed",
            "blood is? everywhere",
            "so|lots|loads|lot much|of blood",
            "not|nt breathing|responding|conscious|waking",
            "unconscious|unresponsive",
            "~knock|~pass out|unconscious",
            "~pull|~grab|~twist|~yank my|her|his hair|arm|arms|wrist|neck|throat",
            "~scream|~shout|~cry|~beg for help|mercy",
            "@WHO _{0,2} is|are|has ~go|~kick off|mad|mental|ballistic|crazy",
            "~smash|~throw|~break _{0,2} things|stuff|everything|plates|furniture|up",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        examples=(
            "he hit me",
            "he's punched my son",
            "his hands round my throat",
            "my nan's not breathing",
            "he's smashing things up",
        ),
    ),
    Rule(
        "threat_now",
        "A threat for now: to kill, hurt or burn, with the target anywhere after.",
        _D,
        (
            "~make sure _{0,2} never see _{0,2} @CHILD|@KIN|them|her|him",
            "@WHO _{0,6} will|going|about|gonna|threatening|threatens|threatened _{0,3} "
            "~set|~light fire|light|alight",
            "never see _{0,2} @CHILD|@KIN again",
            "@WHO _{0,6} will|going|about|coming|here|way|wants|want|threatening|threatens|"
            "swears|"
            "swore|promised|vowed|ready|planning|plans|said|says|texted|told|messaged _{0,4} "
            "~kill|~murder|~stab|~shoot|~strangle|~hurt|~harm|~attack|~rape|~batter|~beat|"
            "~burn|~torch|~finish|~slit|~kidnap|~smash|~destroy|~kick _{0,3} @ME|@POSS|you|"
            "down|it|in",
            "!is|are|will|ll|would|gonna|to|this|it|that ~kill|~murder|~stab|~shoot|~strangle "
            "@ME|us",
            "~come|~coming for|after me|us|you|my",
            "you|ur|u|your are|is? dead|finished|next .",
            "i|we am|are dead .|if|when|tonight|now|meat|unless|because|cos|he|she|they",
            "dead tonight|meat",
            "do me|her|him|us in",
            "~teach me|you a lesson",
            "watch your back",
            "is|are going to die",
            # A threat for tonight: "he threatened to kill me tonight", "he said tonight's
            # the night I pay for it".
            "~threaten _{0,6} tonight",
            "tonight _{0,5} you|i will? pay|suffer|regret|die",
            "the night|day _{0,2} you|i will? pay|suffer|regret|die",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        examples=(
            "he says he's coming to kill me tonight",
            "he just texted saying he's going to come round and stab my brother",
            "coming for you",
            "you're dead",
            "he threatened to kill me tonight",
            "He said tonight's the night I pay for it",
        ),
    ),
    Rule(
        "arrival_now",
        "Someone is on the way, coming over, or due within minutes.",
        _D,
        (
            "@WHO _{0,4} is|are|will|ll @ADV? on @POSS way",
            "on his|her|their way here|over|round|back|now|tonight|to|.",
            "@WHO _{0,4} is|are|will|ll @ADV? be? ~come|~head|~drive|~walk|~run|~race|~make "
            "over|round|here|back|now|tonight|for|towards|to|up|in|into|through|upstairs|"
            "downstairs",
            "@WHO _{0,4} will|ll be here|there|round|over|back",
            "#|a|an|ten|five|twenty|few|couple _? minutes|mins|min|hour|seconds away|out|off",
            "@WHO _{0,6} ~say|~text|~message|~reply|~tell|~ring|~call _{0,3} # _? minutes|"
            "mins|min|hour|pm|am",
            "be here|there|round|over in #|a|an|ten|five|twenty|few|couple|half _? minutes|"
            "mins|min|hour|hours|half|seconds",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "he's on his way",
            "he said 20 mins",
            "she's coming over now",
            "he'll be here in ten minutes",
        ),
    ),
    Rule(
        "arrived_now",
        "Someone has just turned up, arrived, walked in or pulled up.",
        _D,
        (
            "@WHO _{0,2} has|have|is|are|just @ADV? ~turn|~show|~rock|~pull|~pop up|in|round",
            "@WHO _{0,2} has|have|is|are|just @ADV? ~arrive|~appear|~return|here",
            "@WHO _{0,2} has|have|just ~come back|here|in|round|home",
            "@WHO _{0,2} has|have|just ~get back|here|in|home !into",
            # "he's just pulled onto my drive".
            "@WHO _{0,2} has|have|is|are|just @ADV? ~pull|~drive|~turn|~walk|~come onto|into|up "
            "@POSS _? drive|driveway|road|street|close|carpark|park|estate|car|lane|avenue|path",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "he has just turned up",
            "she's just pulled up outside",
            "he has come back",
            "sorry he's just pulled onto my drive, what do I do",
        ),
    ),
    Rule(
        "arrived",
        "Someone turned up, arrived or came back (any tense; history and habit mute it).",
        _D,
        (
            "@WHO _{0,2} ~turn|~show|~rock|~pull|~pop up",
            "@WHO _{0,2} ~arrive|~appear|~reappear",
            "@WHO _{0,2} ~come back|here|in|round|inside !to",
            "@WHO _{0,2} ~get back|here|in|inside !trouble|touch|contact|bed|to",
            "@WHO _{0,2} ~walk|~barge|~burst|~storm in|into",
            "@WHO _{0,2} ~get on|off|in _? @VEHICLE|bus|train|tram|same|carriage|platform",
        ),
        Guard.ANY,
        examples=("he turned up", "he's come back", "he got on my bus"),
    ),
    Rule(
        "children_taken",
        "A child being taken, snatched or kept from the person.",
        _D,
        (
            "~take|~snatch|~grab|~abduct|~kidnap|~bundle|~drag|~lead _{0,2} @POSS _? @CHILD "
            "!to|for|from|on|at|every|this|tomorrow|next|swimming|school|out|home|back|away|"
            "into|shopping|camping",
            "~drive|~run|~go off with @POSS _? @CHILD",
            "not give|bring|hand|let @POSS? _? @CHILD back|go",
            "@WHO _{0,3} has|have|got @POSS _? @CHILD",
        ),
        Guard.ANY,
        examples=(
            "hes taken my daughter",
            "he snatched my son outside school",
            "she won't give the baby back",
        ),
    ),
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
        ),
        Guard.ANY,
        present=True,
        examples=(
            "I'm hiding in the bathroom",
            "texting from under the bed",
            "he's reading over my shoulder",
        ),
    ),
    Rule(
        "hiding_trapped",
        "Hiding, locked in, trapped, kept in, whispering so as not to be heard.",
        _D,
        (
            "hiding|hid|hidden in|inside|under|behind|from|upstairs|downstairs|.",
            "~lock|~barricade myself|ourselves|us|me|the|my _? kids? in|inside",
            "locked in @POSS|a",
            "~barricade",
            "i|we|im|am|are|got|been|is|me|us trapped",
            "trapped upstairs|downstairs|here|inside",
            "trapped in|inside @POSS|a _? @PLACE",
            "can|do not get? out|escape|leave|go",
            "not let me|us leave|go|out|in|escape|out",
            "~block @POSS _? door|doorway|way|exit|stairs",
            "~pin|~corner|~hold me|us down|in|against|up|hostage",
            "~corner me|us",
            "has|got hold of me|us|my",
            "~whisper because|so|as|cos",
            "can not|cant talk|speak because|he|she|they|him|her|loud|properly|out",
            "~refuse to leave|go|move",
            "@WHO _{0,2} will not|wont move|budge|leave|go !me|us|alone|her|him",
            "not|nt ~take|~drive|~bring|~let me|us home|back|out|go",
            "~drive|~take me|us somewhere|elsewhere",
            "not let me|us call|ring|phone|use|get|have|leave",
            "~take|~smash|~grab|~break|~hide|~snatch my phone",
        ),
        Guard.ANY,
        examples=(
            "locked myself in the bathroom",
            "he won't let me leave",
            "whispering so he cant hear",
        ),
    ),
    Rule(
        "help_plea",
        "A plea for help or for the police to come.",
        _D,
        (
            "please|pls|plz|plez help",
            "help me please|now|quick|quickly|asap|someone",
            "help please",
            "someone|somebody help me|us|please|now|quick|asap",
            "!can|could|will|would|anyone someone|somebody help .",
            "help quick|asap|urgent|urgently",
            "send help|someone|police|the|an|ambulance",
            "call|ring|phone|get the? police|999|ambulance for me|here|now|quick",
            "sos",
            ". help me|us .",
            "please|pls|plz come|hurry|quick|quickly",
            "~get|~send someone|police|help here|now|round|quick",
            "need _? police|ambulance|help now|here|asap|urgently|quick",
        ),
        Guard.NONE,
        examples=("please help", "send police", "call 999 for me"),
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
)
