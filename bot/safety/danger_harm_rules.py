"""Danger rules: breaking in, weapons, violence, threats for now, children taken.

Part of the danger rules (index: danger_rules.py, which also explains the
phrase language).
"""

from __future__ import annotations

from bot.safety.rules import Guard, Rule, Signal

_D = (Signal.IMMEDIATE_DANGER,)
_IS = "is|are|am"

HARM_RULES: tuple[Rule, ...] = (
    Rule(
        "breaking_in_now",
        "Someone is breaking in, trying to get in, or has got in (present tense).",
        _D,
        (
            "@WHO _{0,3} is|are|has|have @ADV? _{0,2} ~break|~get|~climb|~force|~kick|~smash|"
            "~let|~sneak|~push|~barge|~burst|~bang|~hammer|~pound|~knock|~bash|~rattle|"
            "~batter|~try|~pry|~prise|~jimmy _{0,3} in|into|inside|through|down|door|"
            "window|doors|windows|handle|lock|locks|letterbox|glass|gate|way|back|front",
            "@WHO _{0,3} is|are|has|have @ADV? ~try|~rattle|~jiggle|~pull|~yank|~tug _? the|my|"
            "our _? door|handle|handles|lock|locks|window|windows|gate|letterbox",
            # Session 7: a fist or a boot through the door the person is behind: "he's
            # just punched through the bathroom door".
            "@WHO _{0,3} has|have|is|are @ADV? ~punch|~headbutt|~shoulder|~kick through|in the|"
            "my|our|a _? door|window|panel|wall",
            "@WHO _{0,3} has|have|is|are @ADV? ~put|~stick|stuck|~shove|~smash his|her|their "
            "fist|foot|boot|head|elbow through|in the|my|our|a _? door|window|panel|wall",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "he's broken in, when will the police come",
            "someone is trying the back door",
            "she has got in the house",
            "he's yanking at my car door handle, I'm at the lights",
            "she has just kicked through the bedroom door and I'm behind it with the kids",
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
            # Session 7: "pushing his way in now" (not "back into my life", nor the person's
            # own "forced my way through the crowd").
            "~force|~push|~barge|~shove|~muscle|~fight his|her|their way in|inside .|now|here",
            "~force|~push|~barge|~shove|~muscle|~fight his|her|their way into @POSS _? @PLACE",
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
            # A window or door put in: "she's put the back window through".
            "~put|~send|~throw _? @POSS|the|a _? window|windows|door|glass|windscreen through|in",
            # Banging everywhere at once: "hammering on all the doors and windows".
            "~bang|~hammer|~pound|~knock|~thump|~bash on|at every|all|each|both _? window|windows|"
            "door|doors",
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
            # A door or window opening now: "the front door just opened and nobody lives
            # here but me", "the back door is wide open".
            "door|doors|window|windows|gate|handle _{0,2} [just opened|just opening|just unlocked|"
            "is opening|are opening|being opened|is moving|just moved|opened by itself|"
            "opened on its own|is wide open|are wide open|has opened|has been opened|"
            "just clicked|is turning|just turned]",
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
            "her son who's barred from the house is shoving his way in now",
            "the front door just opened and nobody lives here but me",
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
            # Not "he's never hurt me".
            f"@WHO _{{0,3}} {_IS} @ADV? !never|not|nt? @HIT @ME|@POSS",
            f"@WHO _{{0,3}} {_IS} @ADV? ~beat|~kick|~knock|~smash _? up|off|in",
            f"@WHO|@KIN|@CHILD _{{0,3}} {_IS} being|getting @HIT|~bundle|~force|~drag",
            # Session 7: a fragment, "woman being dragged into a van outside the shop".
            "@WHO|@KIN|@CHILD being|getting ~bundle|~drag|~force|~shove|~push|~throw into|in "
            "@POSS|a|an _{0,3} @VEHICLE|boot",
            # Someone held against something: "he's got my sister pinned to the wall".
            "~get|~have|got @POSS|@ME _{0,2} pinned|cornered|trapped|backed|held|shoved|slammed "
            "against|down|up|to|in|on",
            "~pin|~corner|~slam @POSS _{0,2} against|down|to|into",
            # "he's got my son by the throat".
            "~get|~have|got @POSS|@ME _{0,2} by the|his|her|my throat|neck|hair|collar|arm|wrist",
            # Things smashed now: "he's smashed the TV".
            f"@WHO _{{0,3}} {_IS}|has|have @ADV? ~smash|~throw|~break _{{0,2}} the|my|our|a|her _? "
            "tv|telly|television|mirror|table|chair|chairs|lamp|laptop|cups|plates|glasses|"
            "dishes|ornaments|furniture|things|stuff|everything",
            # Going after a pet in front of the person: "he's going into the hutch after
            # the rabbits".
            f"@WHO _{{0,3}} {_IS} @ADV? ~go|~come|~get|~reach _? after|at|into _{{0,3}} @POSS|the "
            "_? @PET|hutch|kennel|cage|tank",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        present=True,
        examples=(
            "he is hitting my mum",
            "they are beating him up outside",
            "he's strangling me",
            "he's got my sister pinned to the wall",
            "he's smashed the TV and now he's got my daughter in the bedroom",
            "he's going into the hutch after the rabbits in front of me",
            "teenage boy being shoved into the back of a van by the chippy",
        ),
    ),
    Rule(
        "violence",
        "A blow, strangling, bleeding, not breathing, to the person or someone else.",
        _D,
        (
            # Not "he has never hurt me".
            "!is|are|will|ll|would|gonna|to|this|it|that|headache|job|work|feet|kids|never|not|nt "
            "@HIT me|us|her|him|everyone|someone|you",
            # "them" as people; "burn them" is usually letters or photos.
            "!is|are|will|ll|would|gonna|to|this|it|that|headache|job|work|feet|kids|never|not|nt "
            "@STRIKE them",
            # Harm to a pet: "he's kicked the dog", "he's poisoned my cat".
            "@HIT|~poison|~drown|~torture @POSS _? @PET",
            # "hit my son", not "this has really hit my mental health / my savings".
            "!is|are|will|ll|would|gonna|to|this|it|that|headache|job|work|feet|kids|really|"
            "badly|hard @HIT my !mental|confidence|health|self|savings|finances|credit|sleep|"
            "work|studies|grades|career|business|income|wellbeing|mood|limit|target|goal",
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
            # "he's smashing things up"; "break" only with what is broken: "since we
            # broke up" and "the break up" are a relationship ending.
            "~smash|~throw _{0,2} things|stuff|everything|plates|furniture|up",
            "~break _{0,2} things|stuff|everything|plates|furniture",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        examples=(
            "he hit me",
            "he's punched my son",
            "his hands round my throat",
            "my nan's not breathing",
            "he's smashing things up",
            "he's breaking all my plates",
            "he hit my nan",
        ),
    ),
    Rule(
        "vehicle_attack",
        "A vehicle used as a weapon (rammed, run off the road, driven at), or someone "
        "getting out of a vehicle to come at the person now.",
        _D,
        (
            "~ram|~shunt _{0,4} @VEHICLE|me|us",
            "~ram|~shunt into @POSS|me|us",
            "~reverse|~drive|~crash|~smash|~plough|~swerve|~steer into _{0,4} @VEHICLE|me|us "
            "_{0,2} [on purpose|deliberately]",
            "deliberately|purposely ~reverse|~drive|~crash|~smash|~plough|~swerve|~steer into",
            "~run|~force|~push|~drive|~shove me|us|my|our _? @VEHICLE? off the "
            "road|verge|carriageway",
            "~drive|~swerve|~steer|~aim|~accelerate|~reverse _? straight? at|towards me|us|my",
            f"@WHO _{{0,2}} {_IS} @ADV? getting|climbing|jumping out of? @POSS? _? @VEHICLE|now",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        examples=(
            "he's just rammed the back of my van at the lights",
            "someone ran me off the road near Tarporley",
            "he swerved straight at me",
            "she drove into the side of my car on purpose",
            "he's getting out of his car now",
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
            "tonight _{0,5} you|i will? pay|suffer|regret|die|find|see|learn",
            # "tonight you get what you deserve".
            "tonight _{0,3} you|i will? [get what|deserve|have it coming|get it|are getting it]",
            # A threat that is only "tonight": "he keeps texting me saying tonight".
            # Not "~write": "a trespasser on the line report to write up tonight" (v18a).
            "~say|~text|~message|~tell _{0,2} tonight .",
            # "he'll finish what he started", "finish the job".
            "~finish|~end what @WHO ~start",
            "~finish the job",
            # Shown on an animal: "to show me what he'll do to me".
            "~show me|us what @WHO will|ll|would|is|are _? to? do to me|us",
            # "says we'll both die" (in the car, now).
            "~say|~tell|~scream|~shout|~text _{0,2} we|i|you|u|they will|ll|are|am _{0,2} die",
            "the night|day _{0,2} you|i will? pay|suffer|regret|die",
            # People sent to hurt the person: "he's sent his mates round to sort me out".
            "~send _{0,4} to|round|over _{0,2} [deal with me|sort me|get me|hurt me|do me|"
            "teach me|batter me|beat me]",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
        examples=(
            "he says he's coming to kill me tonight",
            "he just texted saying he's going to come round and stab my brother",
            "coming for you",
            "you're dead",
            "he threatened to kill me tonight",
            "He said tonight's the night I pay for it",
            "he's sent his mates round to sort me out",
            "he said when he gets back he'll finish what he started",
            "to show me what he'll do to me",
            "got a text saying 'tonight you'll find out what happens'",
        ),
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
            # Taken out of school or nursery (the exclusions above let "take the kids
            # out" for a day through): "he's trying to take my son out of nursery".
            "~take|~snatch|~grab|~pull|~drag|~remove @POSS _? @CHILD out of|from _? class|school|"
            "nursery|lesson|lessons|classroom|playground|creche|club|childminder|childminders",
            "~try|~attempt to ~take|~snatch|~grab @POSS _? @CHILD .|now|right|away",
            # "he says he'll collect him from school today and keep him": a child
            # named by "her" or "him", taken from where they are this afternoon.
            "~take|~snatch|~grab|~collect|~keep her|him|them from|out of? school|nursery|creche|"
            "childminder|childminders|playgroup|preschool|club today|tonight|now|this",
            # Taken against an order or just now: "he took my daughter from outside school
            # 20 mins ago, he's not allowed".
            "~take|~snatch|~grab|~collect _{0,2} @POSS _? @CHILD __{0,8} [not allowed|minutes ago|"
            "no contact|without permission|without asking|without telling|court order|"
            "not supposed|an hour ago|just now]",
            # Session 7: a child lifted out of a pram or a car seat by him, or taken and
            # driven off: "she's grabbed the baby out of the buggy", "he's put her in
            # his van and driven away"; "him" or "her" taken against an order.
            "@SUBJECT _{0,2} has|have|is|are|just @ADV? taken|took|snatched|grabbed|lifted|"
            "pulled|taking|snatching|grabbing @POSS _? @CHILD|him|her|them out of @POSS? _? pram|"
            "buggy|pushchair|cot|carseat|seat|arms|trolley|highchair",
            "@SUBJECT|dads|mums|exs _{0,2} has|have|is|are|just? @ADV? put|bundled|shoved|dragged|"
            "pushed|"
            "strapped @POSS? _? @CHILD|him|her|them in|into @POSS|a _? @VEHICLE _{0,2} and|then "
            "_? ~drive|~speed|~go|~take|~race|driven off|away",
            "@SUBJECT _{0,2} has|have|just @ADV? taken|took|snatched|grabbed|collected him|her|"
            "them __{0,12} [court order|no contact|not allowed|no unsupervised|not supposed|"
            "without permission]",
            # Lured into a vehicle: "a man's trying to make her get in his car".
            "@WHO _{0,3} ~try|~make|~tell|~get|~want|~ask|~persuade|~force|~offer _{0,2} her|him|"
            "them|me|us|@CHILD _{0,2} to? get|come|go? in|into _{0,2} his|her|their|a|the _? "
            "@VEHICLE",
        ),
        Guard.ANY,
        examples=(
            "hes taken my daughter",
            "he snatched my son outside school",
            "she won't give the baby back",
            "the head teacher says he's in reception trying to take my son out of class",
            "he's trying to grab my daughter",
            "my ex has told the school he's going to take him out of school today",
            "he took my daughter from outside school 20 mins ago, he's not allowed",
            "a man's trying to make her get in his car",
            "she's grabbed the baby out of the buggy outside the chemist",
            "he's strapped her in his car and driven off towards the motorway",
            "his dad has just collected him from nursery and there's an order saying no contact",
        ),
    ),
)
