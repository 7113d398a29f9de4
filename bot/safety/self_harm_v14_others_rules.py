"""Self-harm rules: someone else's self-harm relayed, or beside danger (v14a, v14b).

Blind sets v14a and v14b held self-harm about someone else that got no
self-harm reply, or only Samaritans' line: a teacher's pupil emailing she's
"going to make it stop tonight"; a boyfriend "going down the river" who
switched off his location; a son's "sorry dad, I can't live with the shame"
with his location showing by a lake; a dad who phoned to say goodbye and
won't answer; a friend's "love you all" and then her phone went off; a
partner locked in the bathroom saying she has the razors. And self-harm
beside danger that got only the danger reply: an ex who has poured petrol
everywhere and "says we're both going tonight" (a murder-suicide threat), a
stalker at the door with a knife to his own throat saying he'll do it in front
of her. The person writing needs the self-harm reply as much as the danger
one: it says how to keep the other person safe and talk to them.

Each phrase needs the plan together with its time, place, means or the
silence after it, so the neighbours the tests name ("sorry dad, I can't make
the match", "make the noise stop by wearing headphones", "petrol in the
mower", "a knife to his own throat years ago") are left.

Part of the self-harm rules (index: self_harm_rules.py). Never muted.
"""

from __future__ import annotations

from bot.safety.rules import Rule, Signal

_S = (Signal.SELF_HARM,)
_MEANS = "razor|razors|blade|blades|knife|knives|rope|ropes|belt|cord|@PILLS|gun|shotgun"
_WATER = "river|canal|sea|lake|reservoir|water|weir|dee|mersey|weaver|marina|docks"
_DROP = "bridge|viaduct|cliff|cliffs|multistorey|roof|rooftop|pier|railway|tracks|quarry"
# Out of reach since: the phone off, the location off, no answer.
_OUT_OF_REACH = (
    "[phone went off|phone is off|phones off|phone off|phone is dead|phone died|"
    "switched off his location|switched off her location|turned off his location|"
    "turned off her location|switched his location off|switched her location off|"
    "turned his location off|turned her location off|location is off|location off|"
    "not answering|not answer|not picking up|not pick up|not replying|not responding|"
    "can not get hold of|can not reach|gone quiet]"
)
# Farewell words in someone's message (normalise.py turns commas into sentence ends).
_FAREWELL = (
    "[can not live with|can not go on|can not carry on|can not do this any more|"
    "can not do this anymore|can not take it any more|can not take it anymore|"
    "sorry for everything|forgive me|goodbye|love you all|better off without me]"
)
# Farewell words that are never a "see you later" (so not "love you all", "goodbye").
_LAST_WORDS = (
    "[can not live with|can not go on|can not carry on|can not do this any more|"
    "can not do this anymore|can not take it any more|can not take it anymore|"
    "sorry for everything|better off without me]"
)
# Said on the phone or in person only counts with "sorry" (below): "she said goodbye" alone
# is a parting.
_SENT = "message|messaged|messages|text|texted|texts|emailed|email|sent|posted|wrote"
_SAID = "said|saying|say|phoned|rang|called|rung"

V14_OTHERS_RULES: tuple[Rule, ...] = (
    Rule(
        "their_plan_relayed_with_a_time",
        "Someone else's plan relayed with a time or the silence after it (sets v14a, "
        "v14b): a pupil emailing she's 'going to make it stop tonight', a boyfriend "
        "'going down the river' who switched off his location, a brother texting 'going "
        "for a swim, don't worry about me' who can't swim, a housemate 'going for a walk "
        "by the Dee, don't wait up, love you all'.",
        _S,
        (
            "going to make it|everything all? stop tonight|today|now|tomorrow !by|with|when",
            "going to make it|everything all? stop for good|forever|permanently",
            f"going down|into|in|to the? {_WATER}|{_DROP} __{{0,14}} {_OUT_OF_REACH}",
            f"going down|into|in|to the? {_WATER} __{{0,10}} crying|sobbing|tears",
            f"crying|sobbing|tears __{{0,10}} going down|into|in|to the? {_WATER}",
            "going for a swim __{0,12} can not swim",
            "going for a swim|walk|drive . [do not worry about me]",
            f"{_WATER}|{_DROP} __{{0,4}} [do not wait up] __{{0,3}} [love you all|love you]",
        ),
        examples=(
            "my student just messaged saying she is going to make it stop tonight",
            "my husband texted that he's going into the canal and now his phone is off",
            "he said he's going down the weir and he was sobbing",
            "my sister texted 'going for a swim, don't worry about me'. she can't swim",
            "she texted 'off to the river, don't wait up, love you all'",
        ),
    ),
    Rule(
        "their_farewell_then_out_of_reach",
        "Someone's farewell relayed with where they are or the silence after it (sets "
        "v14a, v14b): 'sorry dad, I can't live with the shame' with his location showing "
        "at a park by a lake, a dad who phoned to say goodbye and that he's sorry and "
        "won't answer, 'love you all, look after each other' and then her phone went off, "
        "'thank you for everything, look after Bella' and her phone off, goodbye said "
        "through a locked door, 'we'd all be better off without him' and not answering.",
        _S,
        (
            f"{_LAST_WORDS} __{{0,16}} location|locations|whereabouts _{{0,2}} at|near|by|in",
            f"{_LAST_WORDS} __{{0,16}} {_OUT_OF_REACH}",
            f"{_SENT} _{{0,3}} {_FAREWELL} __{{0,16}} {_OUT_OF_REACH}",
            f"{_SAID} _{{0,3}} goodbye __{{0,6}} sorry __{{0,16}} {_OUT_OF_REACH}",
            "[thank you for everything|thanks for everything] __{0,4} look|take after|care "
            f"__{{0,16}} {_OUT_OF_REACH}",
            "[better off without him|better off without her] __{0,16} " + _OUT_OF_REACH,
            "locked herself|himself|themselves in __{0,10} goodbye",
        ),
        examples=(
            "my daughter texted 'I can't go on, forgive me' and her location is at the quarry",
            "my mum rang me to say goodbye, said she's sorry, and now she's not picking up",
            "he messaged the family 'love you all' and then his phone went off",
            "she sent 'thanks for everything, take care of the cat' and now she's not replying",
            "he stormed off saying we're better off without him and he's not answering",
            "my son locked himself in the garage and said goodbye through the door",
        ),
    ),
    Rule(
        "their_means_behind_a_locked_door",
        "Someone locked in a room saying they have the means (sets v14a, v14b): a "
        "husband locked in the bathroom who said he's got razor blades, a girlfriend "
        "locked in crying who says she's got the razors, a client gone to the kitchen "
        "saying she'll use the knife on herself.",
        _S,
        (
            f"locked _{{0,3}} in __{{0,14}} says|said|saying _{{0,3}} got|has|taken _{{0,2}} "
            f"{_MEANS}",
            f"will|to ~use|~turn _{{0,2}} {_MEANS}|it on herself|himself|themselves",
        ),
        examples=(
            "my brother has locked himself in his room and says he's got a rope",
            "she's locked in the toilet and said she has taken the knives in with her",
            "he's threatening to turn the gun on himself",
        ),
    ),
    Rule(
        "dying_together_threatened",
        "A murder-suicide threat with the person trapped (set v14b): an ex who locked her "
        "in, poured petrol everywhere and 'says we're both going tonight'; driving off a "
        "bridge with a child in the car; 'kill us and then himself'.",
        _S,
        (
            "~pour|~splash|~throw|~spread|poured|splashed|thrown|spread "
            "petrol|paraffin|diesel|fuel|accelerant __{0,16} "
            "[both going|all going|both die|all die|both of us dying|die together|"
            "go together|take us both|take us all|take me with him|take me with her|"
            "take the kids with him|take the kids with her]",
            "locked me|us|her|him _{0,3} in __{0,16} "
            "[both going tonight|all going tonight|both die|all die|die together|"
            "take us both|take us all|take me with him|take me with her]",
            "~kill|~shoot|~stab me|us|her|him|them|everyone|kids _{0,3} and|then _? "
            "himself|herself",
            f"~drive|~crash|~go off|into _{{0,2}} {_DROP}|{_WATER}|wall|tree|lorry __{{0,6}} "
            "with both|all _{0,2} of? us|them|me|her|him in it|inside",
        ),
        examples=(
            "he's splashed petrol round the lounge and says we'll die together",
            "my partner locked us in the flat and says we are all going tonight",
            "he said he'd kill me and then himself",
            "he says he'll drive into the canal with all of us in it",
        ),
    ),
    Rule(
        "harming_himself_in_front_of_them",
        "Someone at the door or in the room threatening to harm himself now, in front of "
        "the person (set v14b): an ex at the door with a knife to his own throat saying "
        "he'll do it in front of her if she doesn't let him in.",
        _S,
        (
            "he|she|they is|are _{0,6} with a|the knife|blade|razor|gun|glass|shotgun "
            "to|against|at his|her|their own? throat|neck|head|wrist|wrists|chest",
            "knife|blade|razor|gun|glass|shotgun to|against|at his|her|their own? "
            "throat|neck|wrist|wrists|head __{0,3} now|saying|says|screaming|shouting|threatening",
            "will|to|gonna [kill himself|kill herself|end it|hurt himself|hurt herself|"
            "cut himself|cut herself|hang himself|hang herself|shoot himself|shoot herself] "
            "in front of me|us|the|my|our",
            # "do it" alone is any act; the condition makes it a threat.
            "will|to|gonna do it in front of me|us|the|my|our __{0,4} if i|we|you do not|refuse",
        ),
        examples=(
            "he's on the doorstep with a blade against his own neck",
            "she's got a knife to her throat right now shouting at me",
            "he says he will kill himself in front of the children if I leave",
        ),
    ),
    Rule(
        "own_way_out_beside_danger",
        "The person's own self-harm as the way out of the danger they are in (set "
        "v14a, 'both'): 'I'd rather jump out this window than let him near me', 'I'll "
        "just drive into the barrier and make it all stop' with him following, the engine "
        "started in a shut garage 'before I let him take me', cutting that is bad while "
        "he watches, the shotgun 'not on him. on me.'",
        _S,
        (
            "rather ~jump|~drown|~hang|~cut __{0,5} than let|letting him|her|them|he|she",
            "i will|could|should|might just? ~drive|~crash|~swerve|~steer into|off the|a? _? "
            "barrier|barriers|wall|tree|lorry|bridge|river|canal|reservation|verge|bollard "
            "__{0,6} [make it stop|make it all stop|end it|be over|be the end]",
            "garage __{0,14} ~start|~run the? car|engine __{0,6} ~shut|~close|~lock",
            "~start|~run the? car|engine __{0,8} before|than i? let him|he|her|she",
            "i have been cutting !back|down|out|up|costs|hours|the|his|her|my|our|corners|ties "
            "__{0,14} bad|deep|bleeding|blood|stitches|hospital",
            "[not on him] . on me|myself",
            f"{_MEANS} __{{0,10}} ~use|using it|them|one on me|myself",
        ),
        examples=(
            "he's kicking the door in. I'd rather jump from the balcony than let him get me",
            "he's behind me on the A556, I might just swerve into a tree and make it all stop",
            "I'm in the garage, I'll run the car with the door shut before I let him in",
            "he's watching the house. I've been cutting and it's really deep",
            "the gun's upstairs and I keep thinking about using it. not on him. on me.",
        ),
    ),
)
