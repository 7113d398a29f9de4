"""Self-harm rules: acts under way, means with intent, farewells with a time (v13a, v13b).

Blind sets v13a and v13b held self-harm the rules did not reach, so it got only
Samaritans' line from the second opinion, or nothing: someone sat on a railway
line or the lock gates, over a bridge railing, on the hard shoulder thinking of
walking into the motorway, walking to a bridge with "don't try and stop me";
bleach, insulin or paracetamol with "I'm going to drink / inject / take them";
"I've cut deep this time"; a daughter locked in with a razor, a friend on a
river bank "going in"; farewells with a time ("won't be here to feed her after
tonight", "going to join him tonight", a letter "so they know why I did it");
staying in a fire to "let it happen", typing "with a razor in the other hand".

Each phrase needs the place or means together with the act or the finality, so
the ordinary neighbours the tests name ("sat on the lock gates with a flask",
"stuck on the hard shoulder with a flat tyre", "bleach under the sink", "my
insulin pen broke") are left.

Part of the self-harm rules (index: self_harm_rules.py). Never muted.
"""

from __future__ import annotations

from bot.safety.rules import Rule, Signal

_S = (Signal.SELF_HARM,)
_MEANS = "bleach|antifreeze|weedkiller|insulin|@PILLS|rope|razor|blade|blades|gun|shotgun|rifle"
_DROP = "bridge|viaduct|cliff|cliffs|multistorey|roof|rooftop|pier|railway|tracks|quarry"
_WATER = "river|canal|sea|lake|reservoir|water|weir|dee|mersey|weaver"

V13_RULES: tuple[Rule, ...] = (
    Rule(
        "act_under_way_at_a_place",
        "The act under way at a place (sets v13a, v13b): sat on a railway line, over the "
        "railing of a bridge, 'should just walk out into the M6', 'could just slip in and "
        "that'd be that', walking to a bridge with 'don't try and stop me'.",
        _S,
        (
            "i am ~sit|sat|stood|~stand|~lie|lay on the railway|train|rail line|lines|track|tracks",
            "i am ~sit|sat|stood|~stand|~lie|lay on the tracks|rails",
            "next train __{0,3} due|coming in # min|mins|minutes|minute",
            "i have|am ~climb over|past the? _? railing|railings|parapet|barrier|barriers "
            f"__{{0,4}} {_DROP}",
            "i should|could|might|will just? ~walk|~step|~run out into|onto the? _? "
            "motorway|traffic|m6|m1|m62|m56|m60|lorries|carriageway",
            "i am going to just? ~walk|~step|~run out into|onto the? _? "
            "motorway|traffic|m6|m1|m62|m56|m60|lorries|carriageway",
            "could|can just slip|step|fall|drop|roll|walk in|into|off|under __{0,5} "
            "[that would be that|that d be that|that will be that|be the end of it|be over]",
            f"{_DROP}|{_WATER} __{{0,6}} [do not try and stop me|do not try to stop me|"
            "no one can stop me|nobody can stop me]",
        ),
        examples=(
            "I'm sat on the railway line near the station",
            "i've climbed over the railing on the bridge",
            "I keep thinking I should just walk out into the traffic",
            "sat by the canal, I could just slip in and that'd be that",
            "heading to the viaduct now. dont try and stop me",
        ),
    ),
    Rule(
        "means_with_intent",
        "A means with the intent said (sets v13a, v13b): bleach 'I'm going to drink it', "
        "insulin 'I know how much it'd take and I'm going to inject it all', paracetamol "
        "from several shops 'taking them when he's gone to bed', 'tonight's the night' "
        "beside a gun.",
        _S,
        (
            f"{_MEANS} __{{0,8}} i am going to|will|gonna ~drink|~inject|~swallow it|them all? "
            "!to|with|back|in|out|off|round|for|into|home",
            f"{_MEANS} __{{0,16}} ~inject|~take|~swallow|~drink it|them all? "
            "when|once|after|while __{0,4} asleep|bed|out|left",
            "know how much|many _{0,3} itd|would|will take !to|for|off|out|me",
            "@PILLS from # different|several|multiple|separate shops|chemists|pharmacies",
            "@PILLS __{0,10} so no one|nobody would|will|could|can stop me",
            # normalise.py leaves "today's" as "todays".
            f"{_MEANS} __{{0,14}} [tonight the night|tonight is the night|today is the day|"
            "today the day|todays the day|tonights the night]",
            "i|have|just ~cut myself? too|really|so|very? deep|deeper !into|in|costs|back",
            "typing|writing this __{0,3} razor|blade|knife|@PILLS in the|my other hand",
        ),
        examples=(
            "me and the antifreeze tonight. i'm going to drink it",
            "I've got my insulin. I'm going to inject it all",
            "I know how much it would take.",
            "got the tablets from four different chemists",
            "the pills are in my bag. taking them when she's asleep",
            "the rope's in the shed. today's the day",
            "i've cut too deep",
            "writing this with a blade in my other hand",
        ),
    ),
    Rule(
        "someone_else_in_the_act_now",
        "Someone else in the act now, told by a parent or friend (sets v13a, v13b): "
        "locked in the bathroom with a razor 'and she's going to do it', on a river bank "
        "saying she's going in and can't swim.",
        _S,
        (
            f"{_MEANS}|knife __{{0,8}} she|he is|says going to do it",
            f"{_MEANS}|knife __{{0,8}} [she says she is going to do it|"
            "he says he is going to do it|they are going to do it]",
            f"bank|banks|edge|side|{_DROP}|{_WATER} __{{0,10}} she|he|they is|are|says "
            "going in|jump .",
            "going in __{0,4} she|he|they can not swim",
        ),
        examples=(
            "my son's in his room with a rope and he says he's going to do it",
            "she's at the edge of the canal and she says she's going in.",
            "he's going in and he can't swim",
        ),
    ),
    Rule(
        "farewell_with_a_time",
        "A farewell with a time or a last act (sets v13a, v13b): 'won't be here to feed "
        "her after tonight', 'going to join him tonight', a letter 'so they know why I did "
        "it', 'he can't follow me where I'm going', 'you won't hear from me again ... I've "
        "made my choice', staying in a fire to 'let it happen'.",
        _S,
        (
            "not be here|around to _{1,4} after|from tonight|today|tomorrow",
            "i am going to join him|her|them tonight|today|now .",
            "letter|note __{0,10} [why i did it|why i have done it|why i did this]",
            "can not follow me where i am going",
            "not hear from me again __{0,6} made my choice|decision|mind",
            "tell someone|somebody|you before i go .",
            "writing my goodbyes|farewells",
            "make it stop permanently|forever",
            "not _{0,2} ~get out __{0,10} [let it happen|let it take me]",
            "not _{0,2} trying to get out __{0,10} [let it happen|let it take me]",
            "[let it take me] .",
            f"note|letter|goodbye|goodbyes __{{0,12}} going into|in the {_WATER} "
            "__{0,3} tonight|today|now",
            f"i am done . __{{0,2}} walking|going|heading|driving to the {_DROP}",
            "how quiet|peaceful itd|would be __{0,4} walk|step|slip|go in|into|off",
        ),
        examples=(
            "please look after my dog. I won't be here to walk him after tomorrow.",
            "I miss her so much. I'm going to join her tonight.",
            "I've left a note for my son so he knows why I did it",
            "he can't follow me where I'm going",
            "you won't hear from me again. I've made my decision",
            "the smoke's coming under the door and I'm not trying to get out. let it happen.",
        ),
    ),
)
