"""Self-harm rules: indirect signs. Not being around soon, an act pictured, the
railway, wanting the abuser to finish it, affairs settled.

Blind set v5 showed that people at risk often say none of the direct words:
"I won't be troubling anyone much longer", "won't matter after this weekend",
"I keep thinking about just not turning the wheel", "do train drivers see you
on the line". Each rule here is a published warning sign said another way.

Part of the self-harm rules (index: self_harm_rules.py). Never muted.
"""

from __future__ import annotations

from bot.safety.rules import Rule, Signal

_S = (Signal.SELF_HARM,)
# Times by which the person says they will be gone.
_SOON = "[much longer|for much longer|for long|soon|very soon|after tonight|after today]"
# Said from today ("after this weekend", "by Friday"), not "after the weekend".
_WHEN = (
    "[tonight|today|tomorrow|this weekend|this week|friday|saturday|sunday|monday|tuesday|"
    "wednesday|thursday|christmas|midnight|the morning|my birthday|next week]"
)
# What a car, a step or a fall is pictured going into, off or over.
_INTO = (
    "wall|barrier|tree|lorry|lorries|train|trains|traffic|side|edge|cliff|river|sea|"
    "canal|water|tracks|motorway|railings|ledge|roof|balcony|oncoming|bus|reservoir|quarry|"
    "viaduct|central|pillar|lamppost"
)

SIGNS_RULES: tuple[Rule, ...] = (
    Rule(
        "leaving_soon",
        "Not being around soon, said without the direct words: not troubling anyone much "
        "longer, nothing mattering after a day, a last message, no need to call back.",
        _S,
        (
            # "I won't be troubling anyone much longer", "won't be a problem for anyone soon".
            "not|nt|never [be troubling|be bothering|be burdening|be a problem|be a burden|"
            "be a nuisance|be in the way|be in anyones way|be any trouble|be a bother|"
            f"be any bother] _{{0,3}} {_SOON}",
            # "won't matter after this weekend", "none of it will matter by Friday".
            f"not|nt|never matter|~need after|by|from|past {_WHEN}",
            f"none|nothing _{{0,3}} ~matter after|by|from|past {_WHEN}",
            # "this is the last time I'll message", "last message from me".
            "last time i will|ll|am|m _? message|text|write|speak|talk|contact _? "
            ".|x|thank|thanks|goodbye|bye|sorry",
            "last message|text|words from me",
            ". last message|text|words .",
            # "don't worry about calling me back next week" (the whole sentence).
            ". do? not|nt [worry about|bother] [calling|ringing|phoning|contacting|texting|"
            "messaging] me back? next|again|anymore|tomorrow|.",
            # "won't be needing them", "I won't need it." (with nothing after).
            "will not be needing them|it|these|those|this .|anymore|again|now",
            "i will not [need|be needing] them|it|this|anything .|anymore|again|now",
            # "don't see me still being here by christmas", "can't see a way out".
            "not|nt see me|myself _{0,2} being here|around|alive",
            "not|nt|never ~see|~find a|any way out|escape",
            # "goodbye. thank you for trying"; "a text saying goodbye and sorry".
            "goodbye|farewell __{0,3} [thank you for trying|thanks for trying]",
            "[thank you for trying|thanks for trying] __{0,3} goodbye|farewell",
            # A note written and kept back: "I wrote a note today. not sending it yet".
            "~write|~finish|~leave a|my|the|some note|notes|letter|letters __{0,6} "
            "[not sending it yet|not sending them yet|for them to find|for when i|for after]",
            "goodbye and sorry",
            "sorry and goodbye",
        ),
        examples=(
            "I won't be troubling anyone much longer",
            "Sorry for wasting your time. I won't be a problem for anyone soon",
            "actually dont bother, none of it will matter after this weekend",
            "this is the last time I'll message. thanks for everything x",
            "last message from me. deleted all my socials",
            "dont worry about calling me back next week",
            "gave my games to my brother, won't be needing them",
            "make sure the police get my log. I won't need it",
            "don't see me still being here by christmas",
            "I can't see a way out",
            "goodbye. thank you for trying",
            "I wrote a note today. not sending it yet",
            "she sent me a text saying goodbye and sorry",
        ),
    ),
    Rule(
        "imagined_act",
        "An act pictured or wanted: driving into a wall, stepping off an edge, going over "
        "the side, not turning the wheel, looking at the tracks.",
        _S,
        (
            "think|thinking|thought|tempted|want|wanted|wanting|going|gonna|of|about just? "
            "~drive|~swerve|~veer|~crash|~steer|~step|~walk|~go|~jump|~run|~throw _{0,2} into|off|"
            f"over|onto|under|of the|a|an|my _? {_INTO}",
            "[feel like|felt like|feels like] just? ~drive|~swerve|~veer|~crash|~steer|~step|~walk|"
            f"~jump|~throw _{{0,2}} into|off|over|onto|under|of the|a|an|my _? {_INTO}",
            "think|thinking|thought|tempted|want|keep|about|of just? not|nt ~turn|~steer|~brake "
            "the|my wheel|steering|car",
            "~let go of the|my wheel|steering",
            # "I keep looking at the tracks", "staring at the drop".
            "~look|~stare|~gaze at|over|down the|a _? tracks|rails|railway",
            "~look|~stare|~gaze at|over|down the|a _? drop !down|box|menu|list|off|in|of",
            # "jumping feels better than him getting in".
            "[jumping|drowning|ending it|ending things|not waking up|stepping off|going under] "
            "is|would|seems|feels|might _{0,2} better|easier|best|kinder",
            "[jumping|drowning|ending it|ending things|not waking up|stepping off|going under] "
            "is|would|seems|feels|might _{0,2} [the answer|the only]",
        ),
        examples=(
            "I'm thinking of just driving into a wall to end it",
            "I keep driving over the bridge and thinking about just not turning the wheel",
            "I keep thinking about just going over the side",
            "im thinking of just driving into the central barrier",
            "I keep thinking about stepping off the edge instead",
            "I keep looking at the tracks",
            "honestly jumping feels better than him getting in",
        ),
    ),
    Rule(
        "railway",
        "The railway as a way to die: trains hitting someone, fast trains that don't stop "
        "'here', thinking about the line.",
        _S,
        (
            "train|trains|driver|drivers __{0,10} ~hit|~kill|~run you|me|someone|somebody|people|"
            "over",
            "fast|express|through trains|train|ones _{0,2} not|nt|never stop|slow down? here",
            "~think|~dream|~picture about|of the|a|that? _? railway|tracks|track|crossing|"
            "railways|railroad",
            "~hit|~kill by|under a|the? train|trains",
        ),
        examples=(
            "do train drivers see you on the line before they hit you",
            "at the end of platform 5. the fast ones don't stop here",
            "i keep thinking about the railway line behind my house",
        ),
    ),
    Rule(
        "wanting_it_over",
        "Wanting the abuser to kill them, or to 'get it over with'.",
        _S,
        (
            "part of me __{0,4} want|wants|wish|wishes|hope|hopes him|her|them|he|she _? "
            "[get it over with|kill me|finish me|finish it|end it|do it]",
            "~want|~wish|~hope him|her|them to [kill me|finish me off|finish me|end me|just "
            "kill me|just finish it]",
        ),
        examples=(
            "part of me just wants him to get it over with",
            "i just want him to kill me",
        ),
    ),
    Rule(
        "affairs_settled",
        "Others provided for and everything sorted: 'the kids will be fine, I've sorted it "
        "all out', a pet given away, a way to make it look like an accident.",
        _S,
        (
            "@KIN|@CHILD|kids|pets|dog|cat _{0,2} will|ll [be fine|be ok|be okay|be alright|"
            "be looked after|be taken care of|be better off] __{0,12} ~sort|~arrange|~organise "
            "it|everything|all _{0,2} out? for them|her|him|after|everyone",
            "~give|~rehome|~hand my|the _? dog|cat|pets|pet|rabbit|kitten|puppy|hamster to|away",
            "way|ways|how _{0,3} make it look like an? accident|natural",
            "life insurance __{0,8} [suicide|pay out|payout|still pay|if i die|if i died|"
            "if i was gone|if i am gone|an accident]",
            "[still get|still pay|pay out|payout] __{0,4} life insurance",
        ),
        examples=(
            "my kids will be fine with their dad's parents. I've sorted it all out for them",
            "I've given the cat to my neighbour",
            "is there a way to make it look like an accident so the kids still get the life "
            "insurance",
        ),
    ),
    # Issue 8, v7 round: a drop, a crossing or cold water, thought about or looked up.
    Rule(
        "lingering_at_a_drop",
        "Going back to a bridge, crossing or drop and thinking how easy it would be, or "
        "about not stopping the car; waiting at a level crossing at night.",
        _S,
        (
            "~stop|~stand|~sit|~linger|~wait|~park on|at|over|by the? _? "
            "bridge|crossing|tracks|platform|edge|cliff|roof|ledge|balcony|motorway|railway|"
            "viaduct|river|water __{0,12} [how easy it would be|how easy itd be|how easy it would|"
            "how quick it would be|how quick itd be]",
            "~think about|of [not stopping the car|not braking|not stopping at the bend]",
            "[to the level crossing|to the railway|to the tracks|to the crossing] __{0,6} "
            "~sit|~wait|~stand",
        ),
        examples=(
            "every night I stop on the viaduct and think how easy it would be",
            "I keep thinking about not stopping the car at the roundabout",
            "I go to the railway crossing late on and just sit there waiting",
        ),
    ),
    Rule(
        "height_looked_up",
        "Looking up how high a top floor, roof, car park or cliff is.",
        _S,
        (
            "~look|~google|~search|~check up? how high|tall the? [top floor|roof|multi storey|"
            "multistorey|car park|cliff|cliffs|viaduct|balcony]",
        ),
        examples=("I've been googling how high the cliffs at the point are",),
    ),
    Rule(
        "last_visit_to_water_or_height",
        "Going to water or a height 'for the last time' and saying goodbye.",
        _S,
        (
            "reservoir|bridge|cliff|cliffs|quarry|viaduct|tracks|river|canal|lake|roof|sea "
            "for the last time . goodbye|bye|love|sorry",
        ),
        examples=("walking down to the quarry for the last time. love you all",),
    ),
    Rule(
        "cold_water_at_night",
        "Thinking at night about a river or water and how cold or deep it would be.",
        _S,
        ("~think about the? _{1,2} at night . how cold|deep _{1,2} be",),
        examples=("keep thinking about the canal at night. how deep it would be",),
    ),
    Rule(
        "place_pictured_as_quick",
        "A place or means of death pictured as quick or painless.",
        _S,
        (
            "~think|~reckon __{0,4} the? lagoon|lake|pond|river|canal|reservoir|quarry|sea|cliff|"
            "cliffs|drop|water|tracks|rope|tablets|pills|slurry|viaduct _{0,2} would|will be "
            "quick|quickest|painless|easiest .",
        ),
        examples=("I reckon the quarry would be quickest.",),
    ),
    # Set H: quiet self-harm the rules missed at first sight (issue 8, session 7).
    Rule(
        "done_with_breathing",
        "Done with everything down to breathing, or 'just done' after ruling out the "
        "ordinary things it could mean.",
        _S,
        (
            "done with breathing|existing|waking",
            # "I'm done. Not with the app, not with the police. Just done."
            "not with __{0,8} just done .",
        ),
        examples=(
            "done with court, done with him, done with breathing",
            "I'm done. Not with the case, not with you lot. Just done.",
        ),
    ),
    Rule(
        "not_making_it_to_the_date",
        "Not making it to a date, then thanks or a goodbye: 'I won't make it to the 9th. "
        "Thanks for everything anyway.'",
        _S,
        ("not|nt make it to|till|until the # . __{0,6} thanks|thank|goodbye|bye|anyway|sorry",),
        examples=("The hearing is on the 14th. I won't make it to the 14th. Thank you anyway.",),
    ),
    Rule(
        "switching_off_for_good",
        "Wanting to switch off or shut down for good.",
        _S,
        (
            "~switch|~turn|~shut off|down .? permanently|forever",
            "~switch|~turn|~shut off|down .? [for good|for ever]",
        ),
        examples=("I just want to shut down, permanently.", "i want to switch off forever"),
    ),
    Rule(
        "it_is_me_i_am_not_safe_from",
        "Safe from him but not from themselves: 'it's me I'm not safe from'.",
        _S,
        ("it is|its me i am|im|m not safe from|around", "not safe from him . it is|its me"),
        examples=("I'm safe from him. It's me I'm not safe from.",),
    ),
    Rule(
        "not_getting_back_on",
        "Getting off somewhere and not getting back on anything, with sorry.",
        _S,
        ("not|never ~get back on anything|again __{0,3} sorry",),
        examples=("getting off at the bridge and I'm not getting back on anything. sorry",),
    ),
    Rule(
        "doing_it_first",
        "A means at hand and 'doing it first' if he gets in.",
        _S,
        (
            "razor|razors|blade|blades|pills|tablets|knife|knives|rope|belt __{0,16} "
            "[doing it|do it|going to do it] first|before .",
        ),
        examples=(
            "I've got the blades in the bathroom with me. If he gets through the door I'll do "
            "it first.",
        ),
    ),
)
