"""Rules for self-harm and suicide risk. Never muted by context: "I took my tablets
an hour ago" is as urgent as "now". Beyond direct words they cover the published
warning signs: hopelessness, no way out, being a burden, saying goodbye,
putting affairs in order, giving things away, researching methods or doses,
stockpiling medicines, ropes, being somewhere high. Self-harm with heavy
bleeding also gives the danger reply (999).

The phrase language is explained in danger_rules.py and rules.compile_phrase.
"""

from __future__ import annotations

from bot.safety.rules import Rule, Signal

_S = (Signal.SELF_HARM,)
_BOTH = (Signal.SELF_HARM, Signal.IMMEDIATE_DANGER)

_SELF = "[myself|meself|my self|herself|himself|themselves|themself|ourselves]"
_DIE = "die|dying|died|dead|death"

SELF_HARM_RULES: tuple[Rule, ...] = (
    Rule(
        "suicide_words",
        "Suicide named, or killing, hanging or ending oneself.",
        _S,
        (
            f"~kill|~hang|~top|~off|~unalive|~drown|~gas|~poison|~shoot|~suffocate {_SELF}",
            "re:^suicid",
            "~unalive",
            "~take|~end my|her|his own? life",
            "~end it|things|everything|myself !with|between|for|off|now",
            "~end it|things|everything all|now|tonight|today|soon",
            "~end _? all .",
            "noose|ligature",
            "~kill _{0,5} [and then himself|and then herself|and then myself|then himself|"
            "then herself|then myself|and himself|and herself|and myself]",
            "~use|~turn _{0,2} it|knife|blade|gun on myself",
            "i [will|am going to|am gonna] do it first|before|myself",
            "kms",
            # "Tonight I'm going to finish things."
            "~finish [things|everything|myself|it all] !with|between|for|off|at|on|up|before|by|"
            "first|and|in|of|from|to|the|my|this|that",
            # "he took everything so I'm going to take the last thing myself".
            "~take the last thing|things|one _{0,2} myself|me|left",
        ),
        examples=(
            "i want to kill myself",
            "ive thought about ending it",
            "she said she'll hang herself",
            "im going to end it tonight",
            "Tonight I'm going to finish things.",
            "I'm going to take the last thing myself",
        ),
    ),
    Rule(
        "wish_to_die",
        "Wanting to die, not wanting to live, being better off dead.",
        _S,
        (
            f"~want|wanna|~wish|ready|~deserve|~long|rather|~prefer|just to? {_DIE}",
            f"wish i was|were|could {_DIE}|gone|never|not",
            "rather be dead|gone",
            "want|wanna|wish|rather to? be dead|gone",
            "not|nt worth [living|it anymore|going on|carrying on]",
            "can not [live|go on|carry on|cope|do this|take this|take it] [like this|anymore|any"
            " more|any longer]",
            "can not [do this|take this|take it|live like this] .",
            "~have|~make|~pick|~choose|~set a|the plan and a date",
            "~pick|~choose|~set a|the date .",
            "i|ive|have decided .",
            "~make sure [no one|nobody|noone] ~find|~stop|~save",
            "~do [everyone|everybody|the world] a favour",
            "[what happens to|look after|who will have|who gets] my _{0,2} if|when i [die|died|"
            "am gone|was gone|m gone]",
            "~go to the railway|tracks|bridge|cliff|cliffs|river|line",
            "note|letter _{0,2} saying|says sorry|goodbye",
            "cuts|cut|marks|scars|burns _{0,3} her|his|my|their arms|arm|wrists|wrist|legs|"
            "thighs|stomach",
            "better off [dead|gone|without me]",
            "~be better|happier|easier without me",
            "not|never want to [live|be alive|be here|exist|wake up|go on|carry on|keep going|"
            "continue|survive|be around|see tomorrow|breathe|be in this world|live anymore]",
            "no point _{0,2} [living|life|going on|carrying on|anything|trying|being alive|"
            "existing|any of it|it all|waking up|me|being here]",
            "point in|of _? [living|going on|carrying on|anything|life|being alive|me]",
            "tired|sick|done|enough of|with [living|life|being alive|it all|everything|fighting|"
            "existing]",
            "no|the point [anymore|any more|in anything|of anything|of living|of me|.]",
            "can not|not [go on|carry on|keep going|take it|take this|do this|do it] "
            "[any more|anymore|any longer|like this]",
            "~sleep [forever|for ever|and not wake|and never wake]",
            "not|nt see the|any point",
            "do it [myself|meself]",
            "if i am|m dead|gone",
            "not|never wake up",
            "only|one way out",
            "no way|escape out",
            f"[except|apart from|other than|but] _? {_DIE}|ending",
            f"{_DIE} is|would|seems|feels|might _{{0,2}} the? only|answer|option|way|better|"
            "easier|best",
            "a|the burden",
            "burden to|on",
            "no|any future",
            "not see a|any future",
            "no reason to [live|be here|go on|stay|carry on]",
            "not|nt|no|never _{0,2} reason to [live|stay alive|be alive|be here|go on|carry on|"
            "keep going|stay]",
            # "can't take another night of it".
            "can not [take|face|do|survive|stand] another night|day|week|minute",
            # Not eating or drinking, meaning to go on: "haven't eaten or drunk anything in 3
            # days and I'm not going to".
            "not|nt|stopped|stop eaten|eating|eat|ate and|or drunk|drinking|drink|drank __{0,10} "
            "[days|not going to|until|die|let it happen]",
            "nothing _? to live for",
            "not|never _{0,3} be [here|around] [tomorrow|much longer|anymore|any more|for long|"
            "next|for much longer|by|for|after|before|long enough|in the morning]",
            "~plan|~decide|~work _{0,2} [how to do it|how i will do it|how to end|when to do it|"
            "my death|my exit|how i am going to do it]",
            "@KIN|@CHILD|everyone|they|everybody|world _{0,2} would|will|d be _? better|happier"
            " off|without",
            "i will not|wont need|be needing them|it|anything|my",
            "if|when i am|was|were [not|no longer] here|around|alive",
            "when|once|after i am|was|m gone",
            "if i [died|was dead|disappeared|were dead|was gone|were gone]",
            "~disappear [forever|for good|permanently]",
            "stop|cease [existing|to exist|breathing]",
            "want [it all|everything|all of it|the pain|my life|all this] to [stop|end|be over]",
            "want it to end",
            "~give away my _? things|stuff|belongings|possessions|dog|cat|pets|jewellery",
            "~give my _? things|stuff|belongings|possessions|dog|cat|pets|jewellery _{0,3} away|to",
            "giving|given|gave away my|all|everything|things|stuff|belongings",
            "~sort out? all? my _? affairs|will|things|stuff|finances|funeral",
            "[look after|take care of] my _{0,2} when|if|for",
            "done something stupid|silly|daft",
            "[no one|nobody|noone] would|will even? miss|care|notice",
        ),
        examples=(
            "i dont want to be here anymore",
            "everyone would be better off without me",
            "theres no way out except dying",
            "i'm a burden",
            "I've given away my cat",
            "i dont see a reason to stay alive",
            "I haven't eaten or drunk anything in 3 days and I'm not going to",
            "I can't take another night of it",
        ),
    ),
    Rule(
        "farewell",
        "Saying goodbye for good, last messages, notes and letters.",
        _S,
        (
            "this is goodbye",
            "goodbye|bye _{0,2} everyone|forever|all|world|good|ever|last",
            "~say goodbye|goodbyes|bye to [everyone|my|them|you all]",
            "~say my|our ~goodbye",
            "my|this|is last message|text|goodbye|words",
            "love you all _? goodbye|bye|forever|always|sorry",
            "sorry for [everything|all of it]",
            "[thank you|thanks] for everything _? goodbye|bye",
            "~tell my _{0,2} [i love|that i love]",
            "not [be needing|need] them|it|anything|my _{0,2} [anymore|any more|again]",
            "~write _{0,3} note|notes|letter|letters _{0,2} to|for my|everyone|each|family|"
            "kids|children|@KIN",
            "goodbye note|letter|letters|message|text|video",
            "[thank you|thanks] for everything __{0,3} goodbye|bye",
            "~say [thank you|thanks] for everything",
            "~write|~make|~do|~update|~sort my will",
            # Notes and letters left for family: "written letters for the kids", "left a
            # note for my son", "my goodbye notes".
            "~write|~leave|~post|~put a|the|my|some? note|notes|letter|letters for|to @POSS? _? "
            "@KIN|@CHILD|everyone|family",
            "goodbye ~note|~letter|~message|~text|~video",
            "~tell my _{0,2} [i am sorry|that i am sorry|sorry]",
            # Handing over pets or keys with a note; asking not to be looked for.
            "~leave|~give|~rehome|~post|~drop my|the _? dog|cat|pets|keys|key __{0,10} note|notes|"
            "letter|letters|goodbye",
            ". do not|never try to|and? find me|us .",
            "~find|~sort|~arrange new? homes|home for my _? dog|dogs|cat|cats|pets|pet",
            ". do not|never try to|and? look|search for me|us .",
        ),
        examples=(
            "this is goodbye",
            "tell my kids i love them",
            "ive written letters to my family",
            "I've left the dog with my sister and written letters for the kids",
            "Tell my mum I'm sorry",
            "Posted my keys through my sister's door with a note. Don't try to find me.",
            "I've written my goodbye notes",
            "i've sorted homes for my cats",
        ),
    ),
    Rule(
        "method_question",
        "Questions about doses, quantities or ways to die.",
        _S,
        (
            "how many|much _{0,4} @MEDS _{0,6} ~kill|die|dying|dead|fatal|lethal|~overdose|"
            "enough|end|forever|never|deadly|liver|damage|harm|kidneys|od|death|too",
            "how many|much _{0,3} would|does|will|to it? ~take|~kill .",
            "how many|much _{0,4} @MEDS _{0,3} it|would|does|to|will ~take|~kill|~do",
            "dose|amount|quantity|much|many of _? @MEDS _{0,3} fatal|lethal|deadly|~kill|toxic|"
            "enough|die",
            "# @MEDS _{0,3} enough|~kill|fatal|lethal|~do",
            "bridge|building|park|multi|cliff|block|tower|drop _{0,4} high|tall|enough|far",
            "high|tall enough",
            "~hurt|painful|pain _? to|when|if _? die|drown|hang|jump|overdose|bleed|suffocate|"
            "~drown|~hang",
            "way|ways|method|methods to|of _? die|dying|go .",
            "way|ways|method|methods to|of [kill myself|end it|end my life]",
            "painless|peaceful way|ways|method|death",
            "lethal|fatal|deadly|toxic|overdose amount|dose|doses|level|quantity|amounts",
            "enough @MEDS _{0,3} to",
            "what|which @MEDS|@METHOD _{0,4} ~kill|~die|fatal|lethal|painless|quickest|fastest",
            "painless|quickest|quick|easiest|easy|fastest|best|surest|peaceful way|ways|method|"
            "methods to|of _? die|dying|~kill|~end",
            "how high|far _{0,3} ~fall|drop|~jump|bridge|building _{0,3} ~kill|~die|survive|"
            "fatal|dead",
            "how long _{0,4} ~die|~bleed|dead|~kill",
            "~bleed out",
            "how deep _{0,3} ~cut",
            # Heights: "looked up how high the bridge is".
            "how high|tall|far|deep _{0,2} the|a|that|this _{0,2} bridge|cliff|drop|multi|viaduct|"
            "fall|quarry|ledge|balcony",
            # Quantities: "20 would be enough, I've got 40".
            "# _? would|will|should|d [be enough|do it] __{0,6} have|got|ve #",
            # Dangerous combinations of medicines.
            "which|what @MEDS _{0,3} most|more dangerous|deadly|lethal|fatal|toxic",
            "most dangerous|deadly|lethal|fatal|toxic _{0,3} together|combination|combined|mix|"
            "mixed",
        ),
        examples=(
            "how many paracetamol would it take",
            "what is a lethal dose of sertraline",
            "quickest way to die",
            "looked up how high the bridge at Runcorn is",
            "my friend said 20 would be enough, I've got 40",
            "15 should do it, i have 30",
            "which tablets are the most dangerous taken together",
        ),
    ),
    Rule(
        "stockpiling",
        "Saving up, collecting or lining up medicines.",
        _S,
        (
            "~save|~stockpile|~hoard|~collect|~stash|~gather|~build|~count|~line _{0,3} @MEDS",
            "@MEDS _{0,3} saved|stockpiled|hoarded|collected|stashed|ready|lined|counted|"
            "~save|~stockpile|~hoard|~collect|~stash",
            "@MEDS _{0,3} [in front of|next to|beside] me",
            "@MEDS _{0,2} in my hand|hands",
            "~buy|~get|~order|~have _{0,3} @AMOUNT _{0,2} @MEDS",
            "~buy|~get|~order|~have|got|bought a|the|some rope|ropes|noose|hosepipe",
            "~buy|~get|~order|~have _{0,2} # _? boxes|packets|packs|strips|@MEDS",
            "got|have the @MEDS",
            "~get|~have|~take|~lay|~put @POSS|the|all _? @MEDS out|ready",
        ),
        examples=(
            "been saving my tablets",
            "ive got all the pills ready",
            "bought loads of paracetamol from different shops",
            "I've left a note for my son and got my pills out",
        ),
    ),
    Rule(
        "overdose",
        "An overdose taken, or medicines or poison swallowed in quantity.",
        _S,
        (
            "~overdose|od|oded",
            "~take|~swallow|~down|~neck|~chuck|~pop|~had _{0,3} @AMOUNT _{0,3} @MEDS",
            "~take|~swallow|~down|~neck|~chuck|~pop|~had _{0,3} # _{0,3} @MEDS",
            "~take|~swallow everything|all in|from the|my _? medicine|bathroom|pill cabinet|"
            "cupboard|drawer|box",
            "~swallow _{0,4} @MEDS|bleach|poison|everything",
            "~drink|~swallow|~take|~drank _{0,2} bleach|antifreeze|poison|weedkiller",
            "~drink|~down _{0,4} vodka|wine|whisky|alcohol|gin|bottle __{0,6} @MEDS",
            "garage _{0,6} engine|motor on|running",
            "engine|motor on|running _{0,6} garage",
            "hosepipe|hose _{0,4} exhaust",
            "charcoal|bbq|barbecue _{0,5} bedroom|room|tent|car|inside",
            "@MEDS __{0,6} vodka|wine|whisky|alcohol|gin|drink|drunk",
            "~swallow|~down [them|the lot|all of them|them all|everything]",
            "~take [them all|all of them|the whole lot]",
        ),
        examples=(
            "i took too many pills",
            "just swallowed 30 tablets",
            "I've taken all my sertraline",
        ),
    ),
    Rule(
        "self_injury",
        "Hurting, cutting or burning oneself.",
        _S,
        (
            "~hurt|~harm|~cut|~burn|~punch|~hit|~scratch|~starve|~bite|~slash|~stab|~injure|"
            "~bang [myself|meself|my self|my own body]",
            "self harm|harming|harmed|harmer|injury|injuring|hurt|hurting",
            "selfharm|selfharming",
            "~cut|~slit|~slash|~carve|~scratch|~burn my|me|both wrist|wrists|arm|arms|leg|legs|"
            "thigh|thighs|skin|stomach|body|throat|wrist",
            "~cut again",
            "~tie|~put|~wrap|~tighten _{0,3} round|around my neck",
            "go|going through with it",
            "[started|go back to|going back to|relapsed|relapse] _{0,2} cutting|harming|hurting",
            "[started|go back to|going back to|relapsed|relapse] _{0,2} self harm|harming|injury|"
            "injuring|hurt|hurting",
            # "I keep cutting,", "I've been cutting", "deeper every time".
            "~keep|been|still|started cutting|burning|scratching .|again|deeper|more|myself",
            "~cut|cuts|cutting __{0,8} deeper",
            # "I'm going to jump."
            "going|gonna|about|ready|want|wanna|decided to? [jump|step off] .|tonight|now|today|"
            "soon",
            # Heights: "just looking over the edge".
            "~look|~stare|~peer|~lean|~stand over|off|down|from the|a _? edge|ledge|drop|railing|"
            "railings|parapet",
            "razor|razors|blade|blades _{0,5} ~cut|myself|skin|arm|wrist|~use|ready",
            "i|to|of|about|will|ll|gonna|could|might|and ~jump|~throw myself? off|from|in",
            "~step|~walk|~run|~drive|~lie|~throw myself? [in front of|into|off|onto] the|a? _? "
            "train|traffic|lorry|bus|river|sea|motorway|cliff|canal|tracks",
            "i|im|am|we|sat|sitting|standing|stood|sit|stand on|at|by|near|under|top|over "
            "the|a _? bridge|tracks|ledge|roof|edge|cliff|cliffs",
            "edge of the|a _{0,3} roof|bridge|cliff|building|park|multi",
            "top of the|a _{0,2} building|multi|park|bridge|flats|block|tower|cliff",
            "~drive|~crash _{0,3} into|off _? wall|bridge|tree|lorry|cliff|motorway",
            "rope|noose __{0,10} ~strong|~hold|~weight|beam|~tie|knot|~hang|neck|myself|loft|"
            "banister|tree|hook|enough|ready|~use|thinking|~look|~stare|~check|~touch",
            "on|at the roof|top|edge of my|the|a _? building|block|flats|tower|multi|bridge|cliff",
            "belt|cable|cord|scarf|flex|tie _{0,6} neck|myself|~hang|beam|banister|hook|loft",
            # A blade in the person's own hand: self-harm as well as danger, so both
            # replies come ("I've got the blade in my hand").
            "razor|razors|blade|blades _{0,2} in my hand|hands",
            # Blades for no ordinary reason: "not for shaving", "in the bath with a blade".
            "razor|razors|blade|blades _{0,3} not for ~shave|shaving",
            "bath|bathtub _{0,3} with a|the|my _? blade|blades|razor|razors",
            # "hitting my head on the wall till it bleeds".
            "~hit|~bang|~smash|~punch my head _{0,2} on|against|into _{0,2} wall|walls|floor|door",
        ),
        examples=(
            "i've got the razor in my hand",
            "got some razors and they're not for shaving",
            "sitting in the bath with a razor",
            "banging my head against the wall again",
            "i've been cutting again",
            "I want to hurt myself",
            "standing on the bridge",
            "i bought a rope, will it hold my weight",
            "I keep cutting, it's the only thing that helps",
            "cutting deeper every time",
            "Im going to jump",
            "i'm going to step off tonight",
            "been up the hill every day just looking over the edge",
            "There's a rope in the garage and I keep going out to look at it",
        ),
    ),
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
        ),
        examples=(
            "cut myself and it wont stop bleeding",
            "i slit my wrist and im bleeding a lot",
        ),
    ),
)
