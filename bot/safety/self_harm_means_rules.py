"""Self-harm rules: means and acts. Method and dose questions, stockpiling,
overdoses, self-injury, heights, ropes and blades. (Heavy bleeding and a weapon
meant for whom: self_harm_acts_rules.py, first there so the order holds.)

Part of the self-harm rules (index: self_harm_rules.py). Never muted.
"""

from __future__ import annotations

from bot.safety.rules import Rule, Signal

_S = (Signal.SELF_HARM,)
# The word before a "down" that records rather than swallows ("write down
# everything", "jot it all down"): any word, or a sentence end, except these.
_NOT_RECORDING = "!~write|~jot|~note|~put|~set|~type|~copy|~get|~scribble|~log|~mark|~list"
# After "started cutting": a thing cut, not the person ("cutting out sugar",
# "cutting my hours", "cutting teeth"); "my arms" has its own phrase.
_NOT_CUT = (
    "!out|back|down|off|up|the|a|an|some|my|his|her|their|its|it|them|him|people|corners|"
    "hair|grass|hedge|hedges|lawn|costs|ties|contact|in|into|through|wood|paper|fabric|"
    "class|classes|school|lessons|coffee|sugar|carbs|meat|alcohol|booze|dairy|bread|hours|"
    "teeth|tooth|loose"
)

MEANS_RULES: tuple[Rule, ...] = (
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
            "bridge|building|park|multi|cliff|block|tower|drop|viaduct _{0,4} ~high|~tall|enough|"
            "far",
            # "what happens to your body when you jump from a height".
            "what happens|happen _{0,4} if|when you|i|someone|people|u ~jump|~drown|~hang|"
            "~overdose|~bleed|~suffocate",
            "~jump|~fall from|off a|the height|heights|bridge|building|roof|cliff|multi|balcony|"
            "tower",
            # All of a medicine at once: "what happens if you inject all your insulin at once",
            # "max dose of propranolol you can take in one go".
            "what happens|happen if|when you|i|u|someone|people ~inject|~take|~swallow|~down "
            "all|whole|everything|the|a _{0,3} @MEDS|@AMOUNT|pens|pen",
            "~inject all|whole|too _{0,3} @MEDS|pens|pen",
            "max|maximum|most|highest _? dose|amount|many|much __{0,8} [in one go|all at once|"
            "at once|in one hit|at one time|in one sitting]",
            "high|tall enough",
            # "what's the highest bridge near Warrington".
            "what|which|where _{0,2} ~high|~tall bridge|bridges|building|buildings|cliff|cliffs|"
            "viaduct|drop|tower|block|multi",
            # "if I swallowed the whole lot would it hurt", "would it work if I took them all".
            "if i ~take|~swallow|~drink|~down [all of|the whole|the lot|them all|all the|all my] "
            "__{0,5} would|will|does|did it|that ~hurt|~kill|~work|painful|enough",
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
            # Drowning, hanging, suffocating, jumping: "how long does it take to
            # suffocate", "can you survive a jump from a car park", "is drowning painful".
            "how long _{0,7} ~drown|~suffocate|~asphyxiate|~overdose|~starve|~freeze|"
            "unconscious|~die|dead",
            "how long _{0,7} ~hang !around|about|on|up|out|in|onto|over|off|there|with|at|for|.",
            "how long _{0,7} ~hang .",
            "how deep|cold|far|high _{0,6} ~drown|~die|survive|~kill|fatal",
            "survive|survivable|survived _{0,4} ~jump|~fall|~drown|jump|fall|drop|jumping|falling|"
            "drowning|hanging",
            # The method said after the question: "is it painful? drowning" (blind set v6a).
            "painful|painless|hurt|quick|quickest|survivable __{0,2} drowning|hanging|"
            "suffocating|overdosing|jumping .",
            "~drown|~jump|drowning|jumping|suffocating _{0,4} painful|painless|hurt|"
            "quick|quickest|peaceful|survive|survivable|fatal|~kill|~work",
            # Not "an ex hanging round outside work" (loitering).
            "~hang|hanging painful|painless|hurt|quick|quickest|peaceful|survive|survivable|fatal|"
            "~kill|~work",
            "~hang|hanging !round|around|about|out|on|up|in|over|off|onto|there|outside _{0,3} "
            "painful|painless|hurt|quick|quickest|peaceful|survive|survivable|fatal|~kill|~work",
            "what|which floor|storey|storeys|height|floors _{0,5} ~jump|~fall|survive|~die|~kill|"
            "fatal",
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
            # The strongest or deadliest medicine or household thing that would kill you
            # (blind set v8b), not "the strongest painkiller for my back".
            # A modal before "kill": not "the strongest painkiller, it's killing me".
            "what|which _{0,5} [strongest|deadliest|most dangerous|most lethal|most toxic|"
            "most poisonous] _{0,9} would|could|will|to|can|might|that|d kill|kills you|me|"
            "yourself|myself|someone|somebody|u|people",
            "what|which _{0,5} [strongest|deadliest|most dangerous|most lethal|most toxic|"
            "most poisonous] _{0,6} to die|od|overdose",
        ),
        examples=(
            "how many paracetamol would it take",
            "what happens to your body when you jump from a height",
            "what happens if you inject all your insulin at once",
            "whats the max dose of propranolol you can take in one go",
            "which bridge in chester is the highest",
            "what is a lethal dose of sertraline",
            "quickest way to die",
            "looked up how high the bridge at Runcorn is",
            "my friend said 20 would be enough, I've got 40",
            "15 should do it, i have 30",
            "which tablets are the most dangerous taken together",
            "what is the deadliest thing in the bathroom cupboard that would kill me",
            "how long does it take to suffocate",
            "is drowning painful",
            "what floor would you need to jump from",
        ),
    ),
    Rule(
        "stockpiling",
        "Saving up, collecting or lining up medicines.",
        _S,
        (
            "~save|~stockpile|~hoard|~collect|~stash|~gather|~build|~count|~line _{0,3} @MEDS",
            # By form: by lemma "counted" was "count" ("my past drug use count", v16b).
            "@MEDS _{0,3} saved|stockpiled|hoarded|collected|stashed|ready|lined|counted",
            "@MEDS _{0,3} ~save|~stockpile|~hoard|~collect|~stash",
            "@MEDS _{0,3} [in front of|next to|beside] me",
            "@MEDS _{0,2} in my hand|hands",
            "~buy|~get|~order|~have _{0,3} @AMOUNT _{0,2} @MEDS",
            "~buy|~get|~order|~have|got|bought a|the|some rope|ropes|noose|hosepipe",
            "~buy|~get|~order|~have _{0,2} # _? boxes|packets|packs|strips|@MEDS",
            "got|have the @MEDS",
            # Counted or hidden: "a box of my nan's old tablets. I counted them".
            "@MEDS __{0,8} ~count|~stash|~hide them|it|they",
            # Ropes searched for or bought: "been looking at ropes online".
            "~look|~search|~browse|~research|~google|~shop|~buy|~order _{0,2} at|for? _? rope|"
            "ropes|noose|nooses",
            "~get|~have|~take|~lay|~put @POSS|the|all _? @MEDS out|ready",
        ),
        examples=(
            "been saving my tablets",
            "ive got all the pills ready",
            "bought loads of paracetamol from different shops",
            "I've left a note for my son and got my pills out",
            "ive got a box of my nan's old tablets in my room. I counted them",
            "been looking at ropes online",
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
            "~swallow [them|the lot|all of them|them all|everything]",
            # "Down" after a writing verb is a record, not a swallow: "how do i write
            # down everything hes doing" (issue 11, v9 ordinary kind 6).
            f"{_NOT_RECORDING} ~down [them|the lot|all of them|them all|everything]",
            "~take [them all|all of them|the whole lot]",
            # Medicines held, with a plan to take them: "ive got my dads tablets and im
            # going to take them here" (blind set v6b).
            "@MEDS|pills|tablets|meds __{0,6} going|gonna|about|ready to ~take|~swallow them|it|"
            "all|the",
            # Everything taken, said plainly: "i've swallowed the lot", "ive had everything
            # in the drawer".
            "i have|just|i ~take|~swallow|~had|~down|~neck [everything|the lot] in|from|.|and",
            # Pills taken, said as the whole sentence or with "I don't know how many".
            "i have|just ~take|~swallow|~had|~down @PILLS|pills|tablets|meds|@MEDS .",
            "~take|~swallow|~have _? @PILLS|pills|tablets|meds|@MEDS __{0,3} not ~know|~remember|"
            "sure how many",
            # About to take everything: "I'll take the lot before she gets back".
            "i _{0,4} ~take|~swallow [everything|the lot] before|tonight|now|.|then",
            "i _{0,3} " + _NOT_RECORDING + " ~down [everything|the lot] before|tonight|now|.|then",
            "i ~down [everything|the lot] before|tonight|now|.|then",
            # Drink, then medicines: "been drinking and took my sleeping pills".
            "drinking|drunk|drank __{0,6} took|taken|swallowed|downed _{0,3} @MEDS",
            # Meaning to use them all: "thinking of using the lot", "about to take them all".
            "~think|~tempt|~plan|~go|~want|~decide|about _{0,2} of|about|to ~use|~take|~swallow|"
            "~inject|~down [the lot|all of them|them all|all of it|everything|the whole lot|all my|"
            "all the]",
        ),
        examples=(
            "i took too many pills",
            "just swallowed 30 tablets",
            "I've taken all my sertraline",
            "i have swallowed the lot",
            "ive had some tablets. not sure how many",
            "i'm going to swallow the lot tonight",
            "i just downed everything",
            "i've downed the lot. sorry",
            "i've been drinking and took my sleeping pills",
            "im thinking of using the lot",
        ),
    ),
    Rule(
        "stopping_to_die",
        "Stopping food, drink or medicines on purpose so the body gives up.",
        _S,
        (
            # Stopped (or not) eating, drinking or a medicine, then a sign it is meant:
            # "stopped my insulin on purpose", "haven't eaten in 4 days on purpose",
            # "not taking my insulin. Let it happen".
            "~stop|~quit|~refuse|not|nt _{0,2} eating|drinking|food|meds|medication|tablets|"
            "insulin|@PILLS|~eat|~take|~drink __{0,8} deliberately|intentionally",
            "~stop|~quit|~refuse|not|nt _{0,2} eating|drinking|food|meds|medication|tablets|"
            "insulin|@PILLS|~eat|~take|~drink __{0,8} [on purpose|so i die|to die|so that i die|"
            "let it happen|want it all to stop|want it to stop|want it all to end]",
            "~want|~wish|~hope|~let my body _? to? just? ~give|~shut|~pack up|down|in",
        ),
        examples=(
            "I've stopped taking my insulin deliberately",
            "I just want my body to shut down",
            "stopped my insulin on purpose 3 days ago",
            "havent eaten in 4 days on purpose",
            "I've stopped eating and I'm not taking my insulin. Let it happen",
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
            # Not a thing cut ("started cutting out sugar", "cutting my hours") nor a
            # pain ("my back started hurting again"): those are not self-harm (issue 8).
            "[started|go back to|going back to|relapsed|relapse] _{0,2} cutting|harming "
            f"{_NOT_CUT}",
            "[started|go back to|going back to|relapsed|relapse] _{0,2} self harm|harming|injury|"
            "injuring|hurt|hurting",
            # "I keep cutting,", "I've been cutting", "deeper every time".
            "~keep|been|still|started cutting|burning|scratching .|again|deeper|more|myself",
            # Cutting said with a since, a span or a repeat: "I've been cutting since he
            # came", "ever since it started", "all week" (issue 8: only Samaritans' line).
            "~keep|been|still|started|start cutting|harming [since|ever since|all week|all day|"
            "all night|every day|every night|each night|for weeks|for days|for months|for ages|"
            "for a while|most nights|most days|lately|recently|a lot|loads|daily|non stop|"
            "constantly|on and off|every time]",
            # Started again after a past: "I used to cut years ago but I've started again".
            "used to ~cut|selfharm|self !hair|back|down|out|off|up|the|a|my|his|her|their|costs|"
            "grass|corners __{0,10} [started again|started it again|doing it again|back to it|"
            "relapsed]",
            "~cut|cuts|cutting __{0,8} deeper",
            # "I'm going to jump."
            "going|gonna|about|ready|want|wanna|decided to? [jump|step off] .|tonight|now|today|"
            "soon",
            # Heights: "just looking over the edge".
            "~look|~stare|~peer|~lean|~stand over|off|down|from the|a _? edge|ledge|drop|railing|"
            "railings|parapet",
            "razor|razors|blade|blades _{0,5} ~cut|myself|skin|arm|wrist|~use|ready",
            # A blade or weapon meant for oneself: "thinking of using it on me", "the
            # kitchen knife. not for him. for me." (blind set v6a).
            "i|im _{0,4} ~use it|them|this|that on me|myself|meself",
            "not for him|her|them . _? for me|myself",
            "for me|myself not|nt for him|her|them",
            # Cutting now, or unable to stop: "im cutting i cant stop" (blind set v6b).
            "i am|im cutting .|i|and|now|again|right",
            "cutting _{0,2} can not|cannot|cant stop",
            # A rope made ready: "rope's ready in the loft" (blind set v6a).
            "rope|noose is|s ready|tied|up|sorted",
            "[finishing it|finish it|end it|ending it] myself|meself",
            # Blades kept or carried: "I carry a blade in my purse just in case".
            "~keep|~carry|~hide|~stash|~hoard|~collect _{0,2} blade|blades !for",
            "razor|razors|blade|blades __{0,6} [just in case|in case]",
            # Jumping, thought about from a height: "on the roof thinking about it,
            # thinking about jumping".
            "[thinking about|thinking of|think about|thought about|considering|tempted to|"
            "feel like|want to] ~jump|jumping .|off|from|out",
            "balcony|bridge|roof|rooftop|ledge|cliff|cliffs|viaduct|parapet __{0,8} ~jump|~fall",
            "balcony|bridge|roof|rooftop|ledge|cliff|cliffs|viaduct|parapet __{0,8} "
            "[step off|let go]",
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
            # A rope with a time or a place away from people: "taking the rope up to
            # the forest later", "the rope's in my bag for tonight".
            "rope|ropes|noose __{0,10} tonight|today|tomorrow|later|woods|wood|forest|trees|"
            "plan|planned|garage|shed|park|bridge",
            "tonight|later|woods|wood|forest|trees|plan|planned|beam|hook __{0,10} with|~take|"
            "~bring|got|and|a|the|my|some rope|ropes|noose",
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
            # "punched the mirror till my hand split open" (the person's own act).
            "i|. keep|kept|been|have|just|again? ~punch|~hit|~smash|~bang|~headbutt|~kick "
            "the|a|my _? mirror|wall|walls|door|window|glass till|until|so|and __{0,5} split|"
            "~bleed|bled|bleeding|broke|~break|~crack|numb|bruised|bloody",
            # Cutting in a hiding place or because of him: "cutting in the work toilets".
            ". i? am? cutting|burning|scratching in|at the|my _? toilet|toilets|bathroom|loo|bath|"
            "bedroom|room|car|shower|cubicle|cubicles",
            "cutting|burning|scratching myself? because|cos|coz of? him|he|she|they|i",
            # On an edge or looking down from a height: "right on the edge. it's a long way down".
            "right|stood|standing|sat|sitting|am|are on|at the|a _? edge|ledge !of",
            "edge|top|roof|cliff|bridge|ledge|balcony|castle|tower __{0,8} [long way down|"
            "long drop|big drop|high up here|so high up]",
            # A blade used on oneself again, a ligature practised with, a wall or door hit
            # till one's own hands bleed (blind set v7b: these got only the danger reply).
            "i|. ~use the|my blade|blades again",
            "~practise|~practice|~rehearse _{0,2} with the|a|my belt|cord|scarf|cable|flex|rope|"
            "noose !at|for|in|on|class|lesson|grading",
            "~punch|~headbutt|~hit|~smash the? walls|wall|doors|door|mirror till|until "
            "my knuckles|hands|hand|head|fists|fist _? ~bleed|bled|bleeding|split|~break",
        ),
        examples=(
            "I used my blade again last night, it's the only thing that helps",
            "been practising with a cord. scared how calm i feel",
            "punching the door till my hands bleed",
            "i've got the razor in my hand",
            "got some razors and they're not for shaving",
            "sitting in the bath with a razor",
            "banging my head against the wall again",
            "i've been cutting again",
            "I've been cutting since he came",
            "ive been cutting ever since he moved in next door",
            "I want to hurt myself",
            "standing on the bridge",
            "i bought a rope, will it hold my weight",
            "I keep cutting, it's the only thing that helps",
            "cutting deeper every time",
            "Im going to jump",
            "i'm going to step off tonight",
            "been up the hill every day just looking over the edge",
            "There's a rope in the garage and I keep going out to look at it",
            "taking the rope up to the forest later",
            "I carry a blade in my purse just in case",
            "up on the roof of the car park thinking about jumping",
            "punched the mirror till my hand split open",
            "cutting in the work toilets",
            "up at beeston castle right on the edge. its a long way down",
        ),
    ),
    Rule(
        "water_or_height",
        "Walking into water and not coming out; thinking about a roof, a top floor or a drop.",
        _S,
        (
            "~walk|~wade|~swim|~go|~step|~head into|in|out _{0,5} and? never|not ~come|~swim|~walk "
            "out|back",
            # "walk out on the marsh tonight and just keep walking".
            "~walk|~wade|~swim|~go|~head out|into|in _{0,6} and just? ~keep walking|swimming|going",
            "~think|~dream|~picture about|of the|a|that? _? roof|rooftop|bridge|cliff|cliffs|"
            "ledge|viaduct|edge",
            "~think|~dream|~picture about|of the|a|that? _? [top floor|top storey|multi storey]",
            "[car park|multi storey|multistorey] roof|top",
            ". top floor|roof .",
        ),
        examples=(
            "keep picturing walking into the sea and not walking back",
            "been thinking about the bridge over the motorway",
            "I keep going up to the multi storey roof",
            "I want to walk out on the marsh tonight and just keep walking",
        ),
    ),
)
