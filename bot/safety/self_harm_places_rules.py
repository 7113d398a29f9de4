"""Self-harm rules: a place or a means named with the intent (session 9, sets v8 and v9).

Sets v8a, v8b and v9a held self-harm the rules did not reach, so it got only
Samaritans' line from the second opinion, or nothing: a gun cabinet opened
with no other way seen, "my head says jump" on a car park's top floor, the
rope in the barn, walking into a river by its name ("the Weaver"), standing
in front of the last train, train times looked up "not to catch one", and
"not that it matters, I don't plan on being here in June"; and plain words for
ending it the other rules missed ("I'm taking myself out of the picture"). Each rule is one
of these kinds said in the ways people say it; the ordinary uses of the same
words (a bridge on the commute, a training rope, the trains delayed, away on
holiday in June) are left alone by needing the intent beside the place.

Part of the self-harm rules (index: self_harm_rules.py). Never muted.
"""

from __future__ import annotations

from bot.safety.rules import Rule, Signal

_S = (Signal.SELF_HARM,)
# A gun, the cabinet or safe it is kept in, or its cartridges.
_GUN = (
    "gun|guns|shotgun|shotguns|rifle|rifles|pistol|handgun|firearm|firearms|cartridge|"
    "cartridges|cabinet"
)
# No other way seen, or the gun turned on oneself.
_NO_OTHER_WAY = (
    "[can not see another way|can not see any other way|see no other way|no other way .|"
    "there is no other way|no other way out|on myself|at myself|against myself|"
    "to my own head|in my mouth|under my chin|use it on me|turn it on me]"
)
# A height someone could jump from.
_HEIGHT = (
    "bridge|roof|rooftop|floor|storey|storeys|ledge|edge|balcony|cliff|cliffs|viaduct|tower|"
    "multi|multistorey|window|flyover|railings|parapet|quarry|level|height|heights|drop"
)
# Wanting, coming or being told to jump (not "made me jump", "jump on the bus").
_TO_JUMP = (
    "[head says|head is saying|head keeps saying|voice says|voices say|voices are saying|"
    "came here to|come here to|came up here to|going to|gonna|want to|wanna|wanted to|"
    "about to|ready to|tempted to|urge to|i will|i will just|i might|i could just|"
    "i am going to|should just|could just] jump .|off|from|now|anyway|tonight|today"
)
# Walking or wading into water: said as intent, a wish or a thought.
_INTENT = (
    "[going to|gonna|want to|wanna|rather|about to|ready to|tempted to|thinking of|"
    "thinking about|think about|thought about|urge to|just want to|could just|will just|"
    "should just|might just|feel like|planning to|plan to|i will|decided to]"
)
# Looked at and pictured as the way: quick, easy, unfound.
_PICTURED = (
    "[it would be quick|itd be quick|would be so quick|would be easy|it would be so easy|"
    "itd be so easy|no one would find me|nobody would find me|no one would know|"
    "nobody would know|no one would miss me|nobody would miss me|thinking about it|"
    "and thinking about it|how easy it would be|how quick it would be]"
)
# Not being alive, or "here", at a time to come.
_NOT_BE = (
    "not|nt [plan on being|plan to be|planning on being|planning to be|intend to be|"
    "intend on being|intending to be|expect to be|expecting to be|going to be|gonna be|be]"
)
_NOT_THAT_IT_MATTERS = (
    "[not that it matters|not that it will matter|it will not matter|does not matter anyway|"
    "not like it matters|not that it makes a difference|no point anyway]"
)

PLACES_RULES: tuple[Rule, ...] = (
    Rule(
        "gun_with_no_other_way",
        "A gun, its cabinet or cartridges named with no other way seen, or the gun meant "
        "for oneself (set v8a: 'got the gun cabinet open. can't see another way'). Not a "
        "gun licence or the cabinet inspected: the words of no way out must be there.",
        _S,
        (
            f"{_GUN} __{{0,12}} {_NO_OTHER_WAY}",
            f"[can not see another way|can not see any other way|see no other way] __{{0,12}} "
            f"{_GUN}",
            "~use|~turn|~point the|his|dads|my|a? gun|shotgun|rifle|pistol on|at|against myself",
        ),
        examples=(
            "Farm lad here. got the gun cabinet open. can't see another way",
            "dad's shotgun is on the kitchen table. I can't see any other way now",
            "I keep thinking I could just turn the rifle on myself",
        ),
    ),
    Rule(
        "jump_from_a_height_said",
        "Wanting, coming or being told to jump, with a bridge, roof, top floor or edge "
        "named (sets v8a, v9a: 'my head says jump. im on the top floor of the car park'), "
        "and asking whether a jump from somewhere kills at once (v9a: 'if you jump off the "
        "Runcorn bridge do you die straight away'). Not 'he made me jump', nor 'jump on "
        "the train'.",
        _S,
        (
            f"{_TO_JUMP} __{{0,14}} {_HEIGHT}",
            f"{_HEIGHT} __{{0,14}} {_TO_JUMP}",
            # "I came up to the roof to jump".
            f"{_HEIGHT} _{{0,3}} to jump .|off|from|now|anyway|tonight|today",
            "~jump|~fall|~throw off|from __{0,6} [do you die|would you die|would i die|"
            "will i die|do people die|does it kill you|would it kill you|would it kill me|"
            "die straight away|die instantly|die on impact|die quickly|is it instant|"
            "would it be instant]",
        ),
        examples=(
            "my head says jump. im on the top floor of the car park in Chester",
            "I'm on the roof of the flats. I came up here to jump",
            "if you jump off the Thelwall viaduct do you die straight away",
        ),
    ),
    Rule(
        "looking_at_the_drop_or_water",
        "Looking at a bridge, a drop or water and picturing it as quick, easy or "
        "unfound (sets v8b, v9a: 'I keep looking at the water. It'd be quick and no one "
        "would find me for days', 'looking at the bridge over the Dee ... and thinking "
        "about it').",
        _S,
        (
            "~look|~stare|~gaze down|out? at|over|down|into the|a|that _? bridge|drop|edge|ledge|"
            f"viaduct|water|river|canal|sea|lake|reservoir|quarry|tracks|@WATER __{{0,12}} "
            f"{_PICTURED}",
        ),
        examples=(
            "on the towpath staring at the canal, it would be quick",
            "I walk past the reservoir every day and look at the water, no one would know",
        ),
    ),
    Rule(
        "rope_in_mind_or_at_hand",
        "A rope or noose kept in mind, or at hand somewhere alone, or something tied to a "
        "banister or beam (sets v8a, v8b, v9a: 'the big tree at the back of the field and "
        "the rope in the barn', 'in the loft with a rope', 'tied something to the "
        "banister'). Not skipping, climbing or tow ropes, nor a rope bought for training.",
        _S,
        (
            # The word before the rope is not "training", "battle" or "climbing".
            "~think|~picture|~dream about|of __{0,10} !training|battle|climbing|skipping|tow|"
            "washing|jump|gym rope|ropes|noose|nooses !course|courses|ladder|swing|bridge|"
            "access|trick|tricks|light|lights|session|class|workout",
            "i am|m sat|sitting|hiding|stood|standing? in|up the|my|our loft|attic|garage|"
            "shed|barn|woods|cellar|basement _{0,2} with a|the|some|my rope|noose|belt|cord|"
            "ligature",
            "~tie|~fasten|~knot a|the|my|some? something|rope|belt|noose|sheet|scarf|ligature "
            "to|round|around|from|over|onto the|a|my? banister|bannister|beam|beams|rafter|"
            "rafters|joist|hatch|landing|loft",
        ),
        examples=(
            "I keep thinking about the big oak by the lane and the rope in the garage",
            "he's banging on the door and I'm in the attic with a rope",
            "I've tied something to the beam in the garage",
        ),
    ),
    Rule(
        "walking_into_water",
        "Meaning, wanting or picturing walking or wading into a river, the sea, a canal or "
        "a reservoir, named or by its name (sets v8a, v9b: 'I'm going to walk into the "
        "Weaver tonight', 'I'd rather walk into the Mersey than go home to him'). Not a "
        "walk into town, nor a paddle planned on holiday ('go in the sea').",
        _S,
        (
            f"{_INTENT} just? ~walk|~wade|~step|~drive|~throw out? into|under the|a _? @WATER",
            "~walk|~wade out? into the|a _? @WATER _{0,3} [and not come back|"
            "and never come back|and keep walking|and keep going|and not stop|until i]",
        ),
        examples=(
            "I'm going to walk into the Dane tonight",
            "some nights I want to wade into the sea and keep walking",
            "honestly I'd rather walk into the canal than face court",
        ),
    ),
    Rule(
        "in_front_of_the_train_said_later",
        "A train or lorry named, then wanting to stand or lie in front of it; or trains "
        "looked up 'not to catch one' (sets v8a, v8b: 'what time the last train goes "
        "through Hartford? ... I want to stand in front of it', 'ive been looking at the "
        "train times. not to catch one').",
        _S,
        (
            f"train|trains|lorry|lorries|bus|buses|traffic __{{0,14}} {_INTENT} just? "
            "~stand|~step|~walk|~jump|~lie|~lay|~throw _? in front of|under it|one|them",
            f"{_INTENT} just? [~stand in front of|~lie in front of|~lie down in front of|"
            "~lay in front of|~sit in front of|~lie on|~lie down on] the|a train|trains|tracks|"
            "line|express",
            "train|trains|timetable|timetables|times __{0,8} [not to catch one|not to catch it|"
            "not to get on one|not to get on it|not to get one|not for catching|"
            "not to ride one|not to travel]",
        ),
        examples=(
            "when does the last fast train go through Acton Bridge? I want to lie in front of it",
            "been checking the train timetable. not to get on one",
        ),
    ),
    Rule(
        "not_here_at_a_time_to_come",
        "Not planning or expecting to be alive at a time to come, or not to be here with "
        "'not that it matters' (set v9a: 'it runs out in June. Not that it matters, I "
        "don't plan on being here in June'). Not 'I won't be here in June, I'm on "
        "holiday': a plain 'here' needs the words that say it does not matter.",
        _S,
        (
            # Not "I wouldn't be alive if it wasn't for the refuge".
            "not|nt [plan on being|plan to be|planning on being|planning to be|intend to be|"
            "intend on being|intending to be|expect to be|expecting to be|going to be|"
            "gonna be] still? alive !if|without|unless|but",
            f"{_NOT_THAT_IT_MATTERS} __{{0,8}} {_NOT_BE} here|around",
            f"{_NOT_BE} here|around __{{0,8}} {_NOT_THAT_IT_MATTERS}",
        ),
        examples=(
            "Not that it matters, I don't plan on being here in June.",
            "my hearing's in March. I don't expect to be alive by then",
            "I'm not planning on being around at Christmas. doesn't matter anyway.",
        ),
    ),
    Rule(
        "ending_it_said_plainly",
        "Plain words for ending one's life the other rules did not reach (sets v8a, v8b, "
        "v9a, v9b): taking oneself out of the picture, choosing not to be here, finishing "
        "one's life, the lot taken and someone told, the note being written now, ways "
        "researched and one decided on, a way that looks like an accident, the quickest "
        "way asked then 'I'm done'.",
        _S,
        (
            "~take myself out of the picture|equation",
            "[choosing not to be|chosen not to be|decided not to be|choose not to be] .|alive",
            "[choosing not to be|chosen not to be|decided not to be|choose not to be] "
            "here|around anymore|.",
            "~finish my life",
            "[took the lot|taken the lot|swallowed the lot|took them all|taken them all|"
            "swallowed them all] __{0,6} [someone to know|somebody to know|to tell someone|"
            "to say goodbye]",
            "~write my note now|tonight|.",
            # "researching ways. decided on one" (not "ways to get him to stop").
            "~research|researching|~read|reading|~look|looking up? ways|methods . __{0,5} "
            "[decided on one|picked one|chosen one|chose one|settled on one]",
            "[way to do it|ways to do it|do it so it|do it in a way] __{0,3} ~look|~seem like "
            "an? accident",
            "quickest|easiest|fastest way . _{0,2} i am done .",
        ),
        examples=(
            "He's got everything. I'm taking myself out of the equation.",
            "the one thing I still get to decide is whether I'm here. I'm choosing not to be.",
            "I think I will finish my life this weekend",
            "took them all an hour ago. I wanted someone to know",
            "lost the house, lost the kids. writing my note now",
            "been researching ways. decided on one",
            "how do you do it so it looks like an accident",
            "what's the easiest way. I'm done.",
        ),
    ),
)
