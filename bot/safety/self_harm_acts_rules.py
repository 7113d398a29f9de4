"""Self-harm rules: acts said in ways the means rules did not reach (issue 8, v7 round).

First, moved from self_harm_means_rules.py (ids and order unchanged): self-harm
with heavy bleeding, and a weapon meant for whom (both replies).

Tablets already taken with a count, a blade held to one's own skin, a ligature in
place, a train or lorry, a painless way asked, fumes in a closed car, a weapon
meant for oneself, cutting with heavy bleeding, a window as the way out,
someone else harming themselves now.

Part of the self-harm rules (index: self_harm_rules.py). Never muted.
"""

from __future__ import annotations

from bot.safety.rules import Rule, Signal

_S = (Signal.SELF_HARM,)
_BOTH = (Signal.SELF_HARM, Signal.IMMEDIATE_DANGER)

ACTS_RULES: tuple[Rule, ...] = (
    Rule(
        "self_harm_bleeding",
        "Self-harm with heavy bleeding: needs both the self-harm support and 999.",
        _BOTH,
        (
            "~cut|cuts|~slit|~slash|deep|wound|wounds|wrist|wrists|arm __{0,8} not|nt|never "
            "~stop ~bleed",
            "~cut|~slit|~slash __{0,7} ~bleed _{0,3} lot|loads|badly|heavily|everywhere|"
            "heavy|bad|through",
            "~cut _{0,4} [so deep|too deep|deeply|really deep]",
            # v9 round: "sliced my leg with the stanley knife, its pretty deep".
            "~slice|~slash my leg|legs|arm|arms|wrist|wrists|thigh|thighs __{0,10} "
            "[pretty deep|very deep|quite deep|really deep|so deep|too deep]",
        ),
        examples=(
            "cut myself and it wont stop bleeding",
            "i slit my wrist and im bleeding a lot",
        ),
    ),
    Rule(
        "weapon_for_whom",
        "Not sure who a weapon or ammunition is for, with him near: the person may turn it on "
        "themselves or him (blind set v6a). Both replies.",
        _BOTH,
        (
            "not|nt|never sure|know who _{0,3} @WEAPON|cartridges|cartridge|bullets|bullet|"
            "shells|ammo|rope _{0,2} is|are|s for",
        ),
        examples=(
            "he's in the yard. I'm not sure who the cartridges are for yet",
            "got it in my hand and I don't know who the knife is for",
        ),
    ),
    Rule(
        "overdose_taken_count",
        "Medicines already taken, with a rough count or feeling sick after (not 'took them "
        "to school', nor a usual dose: 'already taken it. 2 this morning').",
        _S,
        (
            "already ~take|~swallow|~down them|all|everything|lot all? . "
            "maybe|about|around|like|over|nearly|almost|probably|prob #",
            "already ~take|~swallow|~down them|all|everything|lot all? . __{0,3} "
            "sick|dizzy|drowsy|sleepy|numb",
        ),
        examples=("already swallowed them all. about 40. feeling dizzy",),
    ),
    Rule(
        "blade_to_own_skin",
        "A knife, blade or razor held or pressed to the person's own wrist, arm or skin.",
        _S,
        (
            "i|keep|kept|been|was|am|just ~press|~hold|~put|~run|~drag the|a|my? "
            "knife|blade|razor|scissors|glass to|against|on|across|into my "
            "wrist|wrists|arm|arms|skin|leg|legs",
        ),
        examples=("been holding a blade against my arm to see if I dare",),
    ),
    Rule(
        "ligature_in_place",
        "A belt, rope, cord or cable set over a door, beam or banister, or round the neck.",
        _S,
        (
            "belt|belts|rope|ropes|cord|cords|cable|flex|lead|ligature is? over|round|around|on "
            "the|my? "
            "door|doorframe|banister|bannister|beam|beams|hook|hatch|loft|rail",
            "belt|rope|cord|cable|flex|ligature round|around my neck",
        ),
        examples=("tied the rope round the banister now", "I put the cord round my neck"),
    ),
    Rule(
        "in_front_of_a_train_or_lorry",
        "Stepping or jumping in front of a train, lorry, bus or traffic, said of oneself.",
        _S,
        (
            "to|about|i|myself|just|and ~step|~walk|~jump|~throw out? in front of "
            "the|a|an? train|trains|wagon|wagons|lorry|lorries|bus|buses|truck|trucks|traffic|#",
        ),
        examples=(
            "some days I want to walk out in front of a lorry on the ring road",
            "I could just jump in front of the 8.15",
        ),
    ),
    Rule(
        "painless_way_asked",
        "Asking for a way to die or go that will not hurt.",
        _S,
        (
            "way|ways|method to go|die __{0,3} [without it hurting|without any pain|"
            "without pain|without feeling it|painlessly|that does not hurt|that will not hurt]",
        ),
        examples=("is there a way to die without it hurting",),
    ),
    Rule(
        "fumes_in_a_closed_car",
        "A hose from the exhaust or a car running in a shut garage: an emergency (999) as "
        "well as self-harm, even when told about someone else.",
        (Signal.IMMEDIATE_DANGER, Signal.SELF_HARM),
        (
            "hose|hosepipe|tube|pipe __{0,4} through|in|into|from the? car? window|exhaust",
            "exhaust __{0,4} hose|hosepipe|tube|pipe",
            "garage __{0,6} car|engine running __{0,6} door|doors shut|closed",
        ),
        examples=(
            "I've put the tube from the exhaust in through the car window",
            "found my brother in the garage with the engine running and the door closed",
        ),
    ),
    Rule(
        "weapon_meant_for_myself",
        "A knife or other weapon held in danger but meant for the person themselves.",
        _S,
        (
            "knife|knives|blade|gun|razor|shotgun __{0,8} [for me not|for me and not|"
            "for him or for me|for him or me|for me or him|for me or for him|for myself]",
        ),
        examples=("he's outside and I've the knife in my hand, it's for me or for him",),
    ),
    Rule(
        "cutting_heavy_bleeding",
        "Cutting with a lot of blood (the danger rules add 999 where the bleeding is named "
        "as heavy).",
        _S,
        (
            "~cut __{0,14} [a lot of blood|lots of blood|so much blood|loads of blood|"
            "will not stop bleeding|bleeding a lot|too much blood]",
        ),
        examples=("I cut deeper than I meant, there's so much blood",),
    ),
    Rule(
        "cut_own_limb_with_blade",
        "Cutting one's own leg, arm, wrist or thigh with a blade (blind set v9 round: "
        "'sliced my leg with the stanley knife' got only the weapon rule). The person's "
        "own body part and a cutting verb done by themselves is self-harm; a deep cut "
        "also gets 999 from the bleeding rule.",
        _S,
        (
            # Not when someone else did it ("he slashed my arm with a knife").
            "!he|she|they|someone|somebody|who|ex|partner|husband|boyfriend "
            "~slice|~slash|~cut|~slit|~gash|~carve|~score my "
            "leg|legs|arm|arms|wrist|wrists|thigh|thighs|stomach|skin|forearm|forearms "
            "_{0,3} with|using the|a|my|his|her|dad's|mum's? stanley|craft|kitchen|"
            "pen|bread? knife|razor|blade|blades|razors|scalpel|knife",
        ),
        examples=(
            "slashed my thigh with a razor last night",
            "I cut my arm with the kitchen knife again",
        ),
    ),
    Rule(
        "out_of_the_window_if_he_comes",
        "Going out of a window if the attacker reaches them: a fall that may be meant.",
        _S,
        (
            "if he|they ~come|~get|~reach __{0,3} [i am going out|i will go out|i will jump out|"
            "i am jumping out|i would jump out|i will climb out|i am going out of|"
            "i will jump out of] the? window",
        ),
        examples=("if he gets up the stairs I'll jump out the window",),
    ),
    Rule(
        "someone_else_harming_now",
        "Someone else (a child, a relative) harming themselves now: cutting themselves or "
        "having taken an overdose, often beside danger (blind set v8b: a grandson who "
        "says he is cutting himself while his father hammers on the door). Not 'cutting "
        "himself off', nor a usual dose ('she has taken her tablets').",
        _S,
        (
            "is|are|been|keeps cutting himself|herself|themselves "
            "!off|out|free|loose|short|a|some|down|up|back|in",
            # Tablets taken by the count ("my son has taken a whole box of paracetamol")
            # are already the overdose rule's; this adds the words it has no count for.
            "he|she|they|@KIN is|has|have|are|just _? taken|had|done an? overdose|od",
            "he|she|they is|has|have|are|just _? taken|swallowed something .",
        ),
        examples=(
            "my son has shut himself in the bathroom and says he is cutting himself",
            "my son has taken an overdose",
            "she rang me crying, she has taken something",
        ),
    ),
)
