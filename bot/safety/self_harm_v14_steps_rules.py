"""Self-harm rules: the person's own last steps in new words (v14a, v14b).

Blind sets v14a and v14b held self-harm said by the person that got only
Samaritans' short line (the second opinion's guess), never the full reply: a
belt "ready" or a cord tied to the bannister; sitting on the wall of a viaduct
or by a canal "just wanted someone to know"; helium bought after "I've had
enough of this life"; "sorry everyone. i tried."; tablets laid out on the
bathroom floor; "enough saved up to do it properly"; a pharmacist or nurse who
knows "exactly what I'd need"; a note on the kitchen table "on record"; passwords
left in an envelope for a brother; a message passed on to a son, "tell him I
love him and it's not his fault"; the water "so calm from here"; driving into a
lorry "in the car now"; a shotgun out of the cabinet to stop "the noise in my
head"; insulin stopped "if my body gives up that's fine"; "I cut last night and
again this morning and I want to do more"; "the only way to be free of him is to
not be here".

Each phrase needs the means, place or farewell together with the finality, the
calm or the wish to be gone, so the ordinary neighbours the tests name (a belt
for trousers, a cord for a blind, a walk over a viaduct, helium for party
balloons, "sorry everyone I tried my best at the quiz", saving up for a
holiday) are left. Tests: tests/safety/test_v14_self_harm_steps.py.

Part of the self-harm rules (index: self_harm_rules.py). Never muted.
"""

from __future__ import annotations

from bot.safety.rules import Rule, Signal

_S = (Signal.SELF_HARM,)
_LIGATURE = "rope|cord|belt|noose|ligature|flex|cable|scarf"
_HANG_FROM = (
    "bannister|bannisters|banister|banisters|beam|beams|rafters|rafter|loft|hatch|stairgate"
)
_DROP_OR_WATER = (
    "bridge|viaduct|cliff|cliffs|edge|ledge|roof|rooftop|multistorey|pier|quarry|canal|river|"
    "lake|reservoir|weir|sea|docks|tracks|railway|woods|wood|forest"
)
# Saying it to someone before going: the farewell that needs nothing else.
_TOLD_BEFORE_GOING = (
    "[wanted someone to know .|want someone to know .|do not want to go home|"
    "not going home|not coming home|before i go .|wanted to say it to someone]"
)
_WEARY = (
    "[had enough of this life|had enough of life|had enough of living|done with this life|"
    "done with life|do not want to be here|can not do this any more|can not do this anymore|"
    "want it to be over|want it all to be over|want to die|do not want help]"
)
_KIN = "son|daughter|mum|mam|dad|brother|sister|husband|wife|partner|kids|children|nan|family"

V14_STEPS_RULES: tuple[Rule, ...] = (
    Rule(
        "ligature_ready_or_tied",
        # Catches a ligature made ready or tied to somewhere to hang from; a
        # belt for trousers, a blind cord tied out of a child's reach are left.
        "A belt, cord or rope ready, or tied to a bannister or beam (set v14b): 'I've got "
        "the belt ready', 'i've tied the cord to the bannister. i'm just sat on the stairs'.",
        _S,
        (
            f"~tie|~fix|~knot|~attach|~loop|~hang the|a|my? _{{0,1}} {_LIGATURE} _{{0,2}} "
            f"to|round|around|from|over|on the|a|my? {_HANG_FROM}",
            f"{_LIGATURE} is|are ~tie|~fix|~knot|~attach|~hang to|round|around|from|over|on "
            f"the|a|my? {_HANG_FROM}",
            "i have|am got|getting the|a|my rope|belt|cord|noose|ligature ready|sorted|set|up "
            ".? !for|to|on|in|with|and",
        ),
        examples=(
            "the flex is tied round the loft hatch now.",
            "I've got the rope ready. wanted to tell someone",
        ),
    ),
    Rule(
        "at_a_drop_to_tell_someone",
        # Catches being at a height or water now and saying it to someone before
        # going; a walk over a viaduct or a picnic by the canal say none of it.
        "At a height or water now, saying it to someone (sets v14a, v14b): 'I'm sat on "
        "the wall of the viaduct. Just wanted someone to know', 'writing this from the "
        "footpath on the bridge. I don't want to go home'.",
        _S,
        (
            "i am sat|stood|standing|sitting|parked|writing|messaging|typing _{0,2} "
            f"on|by|at|from|in|near|under the|a _{{0,4}} {_DROP_OR_WATER} __{{0,12}} "
            f"{_TOLD_BEFORE_GOING}",
            f"{_TOLD_BEFORE_GOING} __{{0,8}} i am sat|stood|standing|sitting _{{0,2}} "
            f"on|by|at|in|near the|a _{{0,4}} {_DROP_OR_WATER}",
        ),
        examples=(
            "I'm standing by the weir. I just wanted someone to know.",
            "I'm stood on the edge of the quarry. not going home tonight",
        ),
    ),
    Rule(
        "sorry_everyone_and_done",
        # Catches a farewell to everyone with the end said ("i tried.", "he won.",
        # "today is the day", the last message); "sorry everyone I tried my best
        # at the quiz" and "sorry everyone for the late reply" go on.
        "A farewell to everyone with the end said (sets v14a, v14b): 'sorry everyone. i "
        "tried.', 'Today is the day. I'm sorry to everyone. He won.', 'This is the last "
        "message I'll send anybody'.",
        _S,
        (
            "sorry to? everyone|everybody|all|guys . __{0,2} [i tried|i did try|i really tried] .",
            "sorry to? everyone|everybody|all . __{0,3} he|she|they won|wins .",
            "today|tonight is the day|night . __{0,4} sorry to? everyone|everybody|all .",
            "[this is the last message|this is my last message|this is the last text|"
            "this is my last text] i will|am ever? send|sending|write|writing to? "
            "anybody|anyone|ever !today|tonight|before|until|till|about|on",
            "[will not be needing|will not need|will not be going to|will not make] the court "
            "_{0,2} . __{0,4} [made my peace|make my peace|making my peace]",
            "[made my peace|make my peace] . __{0,4} [will not be needing|will not need|"
            "will not be going to|will not make] the court|hearing|trial",
            "i do not plan on|to being|be around|here|alive by|when the time|court|trial|"
            "hearing|date",
        ),
        examples=(
            "sorry everybody. I really tried.",
            "tonight is the night. sorry to everyone.",
            "I won't need the court date. I've made my peace.",
            "I don't plan on being around by the time of the trial",
        ),
    ),
    Rule(
        "means_saved_up_and_known",
        # Catches a means saved or put aside by someone who knows what it takes,
        # or saved "to do it properly" with the wish for it to be over; saving up
        # for a holiday, a nurse knowing a safe dose for her son are left.
        "A means saved or set aside, knowing how much (sets v14a, v14b): 'I want it to be "
        "over. I've got enough saved up to do it properly', 'I work in a pharmacy so I know "
        "exactly what I'd need. Been putting it aside', 'a nurse ... know exactly how much "
        "of what I've got in the house would be enough'.",
        _S,
        (
            f"{_WEARY} __{{0,10}} enough saved|stored|stockpiled|hoarded|collected|kept "
            "_{0,2} to do it|this [properly|right|for sure|for good]",
            "know exactly what|how much? _{0,10} need|enough|take __{0,8} putting|put|saving|"
            "saved|hoarding|keeping|kept|hiding|stockpiling it|them|some aside|away|by|back|up",
            "i am|work a|an|in a? nurse|pharmacist|pharmacy|vet|vets|doctor|paramedic|chemist|"
            "carer|anaesthetist __{0,3} know exactly how|what much? __{0,10} [would be enough|"
            "would do it|it would take|would kill me|would need to do it]",
        ),
        examples=(
            "I don't want to be here. I've got enough stockpiled to do it for sure",
            "I'm a vet so I know exactly what it would take. been hiding some away",
        ),
    ),
    Rule(
        "means_bought_with_life_weariness",
        # Catches a gas or other means bought beside being done with life;
        # helium for party balloons says nothing of it.
        "A means bought with being done with life (set v14a): 'I've had enough of this "
        "life. Bought helium today.'",
        _S,
        (
            f"{_WEARY} __{{0,10}} ~buy|~order|~get|~have helium|nitrogen|charcoal|rope|noose",
            f"~buy|~order|~get helium|nitrogen|charcoal __{{0,10}} {_WEARY}",
            "helium|nitrogen _{0,3} ~tube|~hose|~bag|~mask|~hood !for",
        ),
        examples=("done with life. ordered nitrogen yesterday",),
    ),
    Rule(
        "note_left_or_affairs_left_for_kin",
        # Catches a note written and left with the blame or calm of a farewell, or
        # passwords left for family with a sorry; a note of every time he turned
        # up, passwords in a manager are left.
        "A note left, or passwords left for family, with blame or sorry (sets v14a, "
        "v14b): 'I've written a note. It's on the kitchen table. I just wanted it on "
        "record that the police never helped', 'gave my PS5 to my little brother and "
        "wrote a note ... so someone knows it was because of him', 'I've put all my "
        "passwords in an envelope for my brother. Sorry.'",
        _S,
        (
            "~write|~leave a|my note . __{0,14} [on record|someone knows|someone to know|"
            "because of him|because of her|it was him|it was her|police never helped|"
            "on the kitchen table|on the table|on my bed|on the bed|on my pillow]",
            f"~give|~leave _{{0,4}} to my _{{0,2}} {_KIN} __{{0,3}} ~write|~leave a|my note",
            f"passwords __{{0,6}} envelope|for|to my _{{0,2}} {_KIN} . __{{0,2}} sorry .",
            "[just letting someone know|just wanted someone to know] . __{0,4} passwords",
        ),
        examples=(
            "left a note. it's on my pillow.",
            "wrote down my passwords for my sister. sorry.",
        ),
    ),
    Rule(
        "farewell_passed_on_to_kin",
        # Catches a last message passed on to family with love and "not his fault";
        # "how do I tell him it's not his fault" asks for advice and is left.
        "A farewell passed on to family (set v14a): 'can you pass a message to my son, "
        "tell him I love him and it's not his fault'.",
        _S,
        (
            f"~pass|~give|~send a|this|my message to my {_KIN} __{{0,3}} tell|say "
            "_{0,2} [i love|i am sorry]",
            "tell him|her|them i love him|her|them _{0,2} it is not his|her|their|your fault .",
        ),
        examples=("please give this message to my daughter, tell her I'm sorry",),
    ),
    Rule(
        "act_pictured_near_now",
        # Catches an act pictured at a place or on a road with the person there or
        # ready now; "I keep thinking about driving into town" is left.
        "An act pictured with the person there now (sets v14a, v14b): 'so easy to just "
        "walk into the Dee. the water looks so calm from here', 'driving into the back of "
        "a lorry ... I'm in the car now', 'the train line at Crewe. how quick it would be', "
        "'been drinking and got the car keys ... the big tree on the bend'.",
        _S,
        (
            "would be so? easy|quick|simple to just? walk|step|jump|drive|swerve|go|slip "
            "into|off|in|under the|a|that? river|sea|canal|water|lake|reservoir|dee|mersey|"
            "weaver|bridge|viaduct|edge|train|trains|lorry|traffic|tracks",
            "the water|river|sea|drop|canal looks|look|is so? calm|peaceful|inviting|"
            "welcoming|easy from here",
            "thinking about driving|crashing|swerving|steering into the|a? back? of? a|the? "
            "lorry|truck|tree|wall|barrier|bridge|oncoming|river|sea|pillar|lamppost "
            "__{0,12} [in the car now|got the car keys|in the car]",
            "thinking about the|a train|railway? line|lines|track|tracks|lorry|bridge|viaduct "
            "_{0,3} "
            ". __{0,2} how quick|easy|fast|simple it would be",
            "[been drinking|got the car keys] __{0,10} keep thinking about the|a _{0,2} "
            "tree|wall|barrier|bridge|lorry|pillar|bend",
        ),
        examples=(
            "it would be so simple to just step off the bridge",
            "keep thinking about the railway line. how fast it would be",
        ),
    ),
    Rule(
        "own_means_with_the_end_wished",
        # Catches means at hand with the wish for it all to stop, be with the dead,
        # or the body to give up; a shotgun for crows, insulin changed by a
        # consultant, a dosette box sorted are left.
        "Means at hand with the end wished (sets v14a, v14b): 'shotgun out of the cabinet. "
        "i just want the noise in my head to stop', 'my late husband's pills ... tonight "
        "I'll take them and go and be with him', 'stopped doing my insulin. if my body "
        "gives up that's fine', 'sat on the bathroom floor with all the tablets out'.",
        _S,
        (
            "shotgun|gun|rifle|pistol|guns __{0,12} want the|this noise|voices|thoughts in my "
            "head to stop|end",
            "@PILLS __{0,10} ~take them|it|all|the _{0,1} __{0,2} [go and be with|go be with|"
            "be with him again|"
            "be with her again|join him|join her]",
            "~stop|~skip doing|taking|eating? my? _{0,1} insulin|meds|medication|eating|food "
            "__{0,10} [if my body gives up|if i die|body gives up|do not care if i die]",
            "floor|bed|table with all? the|my _{0,2} @PILLS out|laid|lined|counted !of",
            "i am done|finished . __{0,2} i have got|have|got _{0,3} @PILLS .",
            "[what is the point|he will find me anyway|no point] __{0,10} @PILLS "
            "__{0,6} thinking about it all day|night .",
        ),
        examples=(
            "got my dad's rifle out. i want the voices in my head to stop",
            "I'm done. I've got all my sertraline.",
        ),
    ),
    Rule(
        "cut_again_and_wanting_more",
        # Catches cutting (no object: themselves) told with a time and wanting more;
        # "I cut the hedge last night and want to do more" has an object and is left.
        "Cutting again and wanting more (set v14a): 'I cut last night and again this "
        "morning and I want to do more'.",
        _S,
        (
            "i have|was? been? cut|cutting [last night|this morning|yesterday|today|earlier|"
            "again|tonight] and|. __{0,8} want|need|going to do|cut|go more|deeper|again",
        ),
        examples=("I've been cutting again. I need to go deeper",),
    ),
    Rule(
        "gone_as_the_only_way_out",
        # Catches not being here given as the only way free, or a life that will
        # not end while they are still around, or pets left "after tonight"; it
        # "will never end while he's around" is about him and is left.
        "Being gone as the only way out (sets v14a, v14b): 'the only way to be free of him "
        "is to not be here', 'who will look after my cats after tonight. this won't ever "
        "end while I'm still around'.",
        _S,
        (
            "only way|escape|option|answer _{0,8} is|would be? to not [be here|be around|"
            "be alive|exist|wake up] !in|at|on|for|with|when",
            "only way|escape|option|answer _{0,8} is|would be? to [be gone|be dead|die] "
            "!in|at|on|for|with|when",
            "not|never ever? end|stop while i am still? around|here|alive",
            "who will|would look after|feed|have|take my _{0,1} @PET|kids|children "
            "[after tonight|when i am gone|after i am gone] .",
        ),
        examples=(
            "the only escape from her is to not exist",
            "it won't stop while I'm still alive",
        ),
    ),
    Rule(
        "plan_set_and_blame_known",
        # Catches a plan set for a time with the wish that someone know who drove
        # them to it; a plan to change the locks names no blame and is left.
        "A plan with a day and blame left behind (set v14a): 'I've got a plan and I'm doing "
        "it this weekend. Just wanted someone to know it was him.'",
        _S,
        (
            "[got a plan|have a plan|made a plan|doing it tonight|doing it this weekend|"
            "doing it tomorrow] __{0,10} someone|everyone|people to? know|knows it was "
            "him|her|them .",
            "[got a plan|have a plan|made a plan|doing it tonight|doing it this weekend|"
            "doing it tomorrow] __{0,10} someone|everyone|people to? know|knows it was? "
            "because of him|her|them .",
        ),
        examples=("I've made a plan, doing it tomorrow. I want everyone to know it was her.",),
    ),
)
