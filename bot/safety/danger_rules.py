"""Patterns for immediate danger: someone there now, breaking in, a weapon, violence,
threats for now or tonight, being followed, children taken, hiding or trapped,
pleas for help. Presence, weapon and violence rules may be muted by
hypothetical, past or habitual wording (see rules.py)."""

from __future__ import annotations

from bot.safety.rules import Guard, Rule, Signal, rx

_D = Signal.IMMEDIATE_DANGER

_WHO = (
    r"(?:he|she|they|someone|somebody|some one|a man|a woman|a guy|a lad|men|people|"
    r"man|woman|guy|ex|stalker|husband|boyfriend|girlfriend|wife|partner|neighbour|neighbor|dad|"
    r"father|brother|him|her|them|mates|friends|\w+s ex)"
)
_NEAR = (
    r"(?:here|back|outside|out there|out front|downstairs|upstairs|inside|next door|"
    r"in the next room|in the same \w+|in reception|on the roof|"
    r"(?:through|in|at) (?:the|my|our) (?:letterbox|letter box|window|windows|door)|"
    r"in (?:my|the|our|her|his|their|mums|mum s) (?:\w+ )?(?:house|flat|home|garden|loft|"
    r"attic|hall|hallway|kitchen|room|bedroom|building|garage|shed|drive|driveway|"
    r"street|road|car park|stairwell|porch|yard|stairs|work|office|shop|school|"
    r"carriage|bus|train|car)|"
    r"at (?:my|the|our|her|his|their) (?:\w+ )?(?:door|doors|window|windows|house|"
    r"flat|home|gate|work|car|school|office|desk|place|doorstep)|"
    r"by (?:my|the|our|her) (?:\w+ )?(?:door|window|car|gate|house)|"
    r"on (?:my|the|our) (?:doorstep|drive|driveway|street|road)|"
    r"across the (?:road|street)|opposite (?:my|the|our)|"
    r"at the (?:end|bottom|top) of (?:my|the|our) \w+|in front of (?:my|the|me|it)|"
    r"behind (?:me|us)|round (?:my|the|our)|near (?:my|me|the|our))"
)


DANGER_RULES: tuple[Rule, ...] = (
    # Someone is at, in or near where the person is.
    Rule(
        "presence",
        _D,
        rx(
            _WHO + r" (?:is|are|has been|have been|been) (?:still |now |right now |"
            r"currently |just |back )?(?!not |never )(?:\w+ ){0,2}?" + _NEAR
        ),
        Guard.ANY,
    ),
    Rule(
        "someone_in_my_place",
        _D,
        rx(
            r"(?:a |the )?(?:man|woman|guy|someone|somebody|he|she|they|people|"
            r"stalker|ex) (?:in|inside|outside|at|on) (?:my|our|the) (?:\w+ )?(?:garden|"
            r"house|flat|home|door|window|windows|doorstep|drive|driveway|roof|hallway|"
            r"stairs|loft|shed|garage)",
            r"(?:is|are) (?:\w+ )?in the same \w+ as (?:me|us)",
        ),
        Guard.ANY,
    ),
    Rule(
        "there_is_someone",
        _D,
        rx(
            r"there (?:is|are) (?:someone|somebody|some one|a man|a woman|a guy|"
            r"people|a person|men|a car) (?:\w+ )?(?:outside|in|at|by|on|following|"
            r"watching|trying|banging|knocking|standing|sat|sitting|parked)"
        ),
        Guard.ANY,
    ),
    Rule(
        "watching_waiting",
        _D,
        rx(
            r"(?:is|are|been) (?:\w+ )?(?:watching|staring at|waiting for|waiting at|"
            r"waiting outside|lurking|loitering|parked|sat|sitting|standing|"
            r"stood|hanging around|hanging about|kicking off|shouting|screaming|coming towards|"
            r"looking (?:through|in|at (?:me|us|my|the house))|peering|prowling|pacing|"
            r"creeping|lurking|revving|walking (?:over|towards|up)|running (?:over|towards|"
            r"at)|heading (?:over|towards|here)|demanding to see)"
        ),
        Guard.ANY,
    ),
    Rule(
        "sensing",
        _D,
        rx(
            r"i (?:can|could) (?:hear|see) (?:him|her|them|someone|somebody|a man|"
            r"people|footsteps|his|their|a car)",
            r"(?:just )?(?:seen|saw|spotted) (?:him|her|them) (?:at|outside|in|by|"
            r"through|across|on|near)",
            r"i know it is (?:him|her|them)",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
    ),
    Rule(
        "breaking_in",
        _D,
        rx(
            r"(?:trying|tried|try|tries) (?:to )?(?:get in|break in|open|get into|"
            r"the (?:\w+ )?(?:door|handle|window|windows|gate|lock|locks|letterbox))",
            r"break(?:ing)? in",
            r"broke in",
            r"broken in",
            r"got in",
            r"getting in",
            r"forc(?:ed|ing) (?:his|her|their|the|my|a) ?(?:way|door|window|entry)",
            r"kick(?:ing|ed)? (?:the|my|down the|in the|our) (?:\w+ )?(?:door|window)",
            r"kick(?:ing)? (?:it|the door) in",
            r"smoke (?:coming|in|through|under)",
            r"put (?:something|\w+) through (?:the|my|our) (?:letterbox|letter box|window)",
            r"(?:banging|hammering|pounding|knocking|smashing|bashing) (?:on|at|in) "
            r"(?:the|my|all the|our) (?:\w+ )?(?:door|doors|window|windows|glass)",
            r"(?:smashing|smashed|broken|broke|breaking) (?:the|my|our|all the) "
            r"(?:\w+ )?(?:window|windows|door|glass|lock)",
            r"smashing (?:up |things|stuff|everything)",
            r"climb(?:ing|ed)? (?:over|in|through|up)",
            r"ringing the (?:door ?bell|bell)",
            r"letting (?:himself|herself|themselves) in",
            r"walked (?:in|into)",
            r"cut the (?:power|electric|lights|phone)",
            r"(?:jumped|jumping|climbed|climbing|got over|getting over|scaled) (?:the|my|our) "
            r"(?:\w+ )?(?:fence|wall|gate)",
            r"got into (?:my|the|our) (?:car|house|flat|home|garden)",
            r"blocked (?:me|my car|us) in",
            r"rattling the (?:\w+ )?(?:handle|door|window|letterbox)",
            r"smashed through",
            r"slashed my tyres",
            r"(?:set|setting|sets) (?:fire|light) to",
            r"on fire",
            r"(?:smell|smells|smelling) (?:smoke|petrol|gas)",
        ),
        Guard.ANY,
    ),
    Rule(
        "weapon",
        _D,
        rx(
            r"knife",
            r"knives",
            r"gun",
            r"guns",
            r"pistol",
            r"shotgun",
            r"weapons?",
            r"blade",
            r"machete",
            r"axe",
            r"hammer",
            r"(?:baseball )?bat",
            r"crowbar",
            r"acid",
            r"petrol",
            r"stab(?:bed|bing)?",
            r"shoot",
            r"shot me",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
    ),
    Rule(
        "violence",
        _D,
        rx(
            r"(?:is|are|keeps?) (?:hitting|punching|kicking|beating|attacking|hurting|"
            r"strangling|choking|grabbing|pushing|dragging|biting|slapping|assaulting)",
            r"(?:hit|punched|attacked|strangled|choked|stabbed|grabbed|pushed|dragged|"
            r"beat|beaten|slapped|kicked|raped|assaulted|hurt) (?:me|us|my|her)",
            r"hands? (?:round|around|on) (?:my|her) (?:neck|throat)",
            r"can not breathe",
            r"bleeding",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
    ),
    Rule(
        "threat_now",
        _D,
        rx(
            r"(?:going to|will|coming to|about to|wants? to|threatening to|says? he will|"
            r"said he will|promised to|swore to) (?:come and )?(?:kill|hurt|stab|shoot|"
            r"murder|burn|attack|rape|finish|batter|beat|strangle|do) "
            r"(?:me|us|my|the kids|the children|her|everyone|the house|you)",
            r"kill (?:me|us)",
            r"coming for (?:me|us|you)",
            r"you are dead",
            r"(?:i|we) am dead",
            r"finish me",
            r"burn (?:the|my|our) (?:\w+ )?(?:house|flat|home|car)",
            r"(?:is|are) (?:coming|on (?:his|her|their) way)(?: \w+)? (?:here|over|round|"
            r"back|to (?:my|the|get|find)|for me|now|tonight)",
            r"minutes away",
            r"coming (?:towards|for) (?:me|us|my)",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
    ),
    Rule(
        "following_now",
        _D,
        rx(
            r"(?:is|are) (?:still )?(?:following|chasing|behind|tailing) (?:me|us)",
            r"(?:is|are) (?:still )?after (?:me|us)",
            r"chasing (?:me|us)",
            r"being (?:followed|chased|watched)",
            r"followed (?:me|us) (?:in|into|here|home|to|from|off|onto|on)",
        ),
        Guard.ANY,
    ),
    Rule(
        "close_behind",
        _D,
        rx(
            r"behind (?:me|us)",
            r"following (?:me|us) (?:round|around|through|into|across|along|down|up)",
            r"(?:will not|do not|does not) stop following",
        ),
        Guard.HYPOTHETICAL_OR_PAST,
    ),
    Rule(
        "children_taken",
        _D,
        rx(
            r"(?:taking|taken|took|grabbed|snatched|has got|has|got|trying to take|"
            r"drove off with|driving off with|will not give back|take) (?:my|the|our|her) "
            r"(?:kids|children|child|son|daughter|baby|boy|girl|little one)"
        ),
        Guard.ANY,
    ),
    Rule(
        "hiding_trapped",
        _D,
        rx(
            r"hiding(?! (?:my|our|his|it|this|that|things|stuff|money|the fact|from "
            r"my family))",
            r"(?<!feel )(?<!feeling )trapped",
            r"locked (?:myself|ourselves|us|me) in",
            r"locked in (?:the|my|a)",
            r"barricaded",
            r"can not get out",
            r"will not let (?:me|us) (?:leave|go|out|in)",
            r"blocking the (?:door|way|exit)",
            r"whispering (?:because|as|so)",
            r"can not (?:talk|speak) (?:because|he|she|they|him|her)",
            r"(?:pinned|cornered|holding) (?:me|us) (?:down|in|against)",
            r"cornered (?:me|us)",
            r"(?:has|got) hold of (?:me|us|my)",
            r"will not let (?:me|us) go",
        ),
        Guard.ANY,
    ),
    Rule(
        "help_plea",
        _D,
        rx(
            r"please help",
            r"help me please",
            r"help please",
            r"someone help",
            r"help me now",
            r"help quick",
            r"send (?:help|someone|police|the police)",
            r"call (?:the )?police for me",
            r"sos",
            r"get (?:the )?police (?:here|now)",
            r"^help me$",
        ),
        Guard.NONE,
    ),
    Rule(
        "in_danger",
        _D,
        rx(
            r"(?:i am|we are|i feel) (?:in danger|not safe (?:right now|now|here|tonight))",
            r"(?:scared|afraid|fear|terrified) (?:for|of) (?:my|our) (?:life|lives)",
            r"(?:going|about) to die",
            r"think (?:he|she|they) (?:is|are) going to kill",
        ),
        Guard.NONE,
    ),
    Rule(
        "arrived_just_now",
        _D,
        rx(
            _WHO + r" (?:has |have |is |are )?(?:just )?(?:turned up|shown up|showed up|"
            r"come back|came back|arrived|got here|walked in|come in|got on|got in|got off)"
        ),
        Guard.ANY,
    ),
)
