"""Self-harm rules: what is said. Suicide named, wishing to die, hopelessness,
saying goodbye and putting affairs in order.

Part of the self-harm rules (index: self_harm_rules.py). Never muted.
"""

from __future__ import annotations

from bot.safety.rules import Rule, Signal

_S = (Signal.SELF_HARM,)
_SELF = "[myself|meself|my self|herself|himself|themselves|themself|ourselves]"
_SELF_1 = "[myself|meself|my self|ourselves]"
_SELF_3 = "[herself|himself|themselves|themself]"
_DIE = "die|dying|died|dead|death"

SAID_RULES: tuple[Rule, ...] = (
    Rule(
        "suicide_words",
        "Suicide named, or killing, hanging or ending oneself.",
        _S,
        (
            f"~kill|~hang|~top|~off|~unalive|~drown|~gas|~poison|~shoot|~suffocate {_SELF_1}",
            # Someone else: self-harm, except as leverage over the person ("she said
            # she'll kill herself if I report her": a threat to control them, the
            # check-in rule ci_leverage); "if she can't see the kids" stays self-harm.
            f"~kill|~hang|~top|~off|~unalive|~drown|~gas|~poison|~shoot|~suffocate {_SELF_3} "
            "!if|unless",
            f"~kill|~hang|~top|~off|~unalive|~drown|~gas|~poison|~shoot|~suffocate {_SELF_3} "
            "if|unless !i|we|you|u",
            "re:^suicid",
            # Found dead by him, as revenge: "let him find me hanging" (blind set v6a).
            "let|make _{0,2} find me hanging|dead|cold|gone",
            "~unalive",
            "~take|~end my|our own? life|lives",
            "~take|~end her|his|their own? life|lives !if|unless",
            "~take|~end her|his|their own? life|lives if|unless !i|we|you|u",
            "~end it|things|everything|myself !with|between|for|off|now",
            "~end it|things|everything all|now|tonight|today|soon",
            "~end _? all .",
            "noose|ligature",
            "~kill _{0,5} [and then himself|and then herself|and then myself|then himself|"
            "then herself|then myself|and himself|and herself|and myself]",
            "~use|~turn _{0,2} it|knife|blade|gun on myself",
            "i [will|am going to|am gonna] do it first|before|myself",
            # Talking oneself towards it: "perhaps I should just end it now".
            "maybe|perhaps i? should|might|could? just [do it|end it] "
            "first|now|tonight|.|before|already|then|today|soon",
            "might|may as well just? [do it|end it] first|now|tonight|.|before|already|then|today",
            "kms",
            # Asked in general: "is it wrong to kill yourself if you have children".
            "selfish|wrong|cowardly|bad|fair|ok|okay|weak to ~kill|~hang yourself|urself|oneself",
            "selfish|wrong|cowardly|bad|fair|ok|okay|weak to ~end|~take your own? life",
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
            "my mum says she'll kill herself if she loses the house",
            "im going to end it tonight",
            "Tonight I'm going to finish things.",
            "I'm going to take the last thing myself",
            "perhaps I should just end it now",
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
            "~have|~make|~pick|~choose|~set|~get|got a|the plan and a date",
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
            # "done fighting", "sick of living".
            "tired|sick|done|enough of|with? [living|life|being alive|it all|everything|fighting|"
            "existing]",
            # Nothing left: "I've got nothing left", "nothing left in me".
            "~have|~get|got nothing left .",
            "~have|~get|got nothing left [to give|in me|to live for]",
            # "I can't keep living like this."
            "can not keep [living|going on|going|doing this] [like this|anymore|any more|.]",
            # Stopping themselves, as the stalker will not stop: "so I'll stop myself".
            "i [will|am going to] stop myself|instead .",
            # Relief at the thought of not being here.
            "[think|thinking|thought] about|of [not being here|not being alive|not being around|"
            "not existing|not waking up|being dead|being gone]",
            "no|the point [anymore|any more|in anything|of anything|of living|of me|.]",
            "can not|not [go on|carry on|keep going|take it|take this|do this|do it] "
            "[any more|anymore|any longer|like this]",
            "~sleep [forever|for ever|and not wake|and never wake]",
            # Session 6: "going to sleep and not waking up" (any form of wake).
            "~sleep|asleep and not|never ~wake",
            "not|nt see the|any point",
            # "I'll do it myself", "I'd rather do it myself"; not "can I do it myself".
            "will|would|rather|just|might do it [myself|meself]",
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
            "no reason to [live|be here|go on|stay|carry on|keep living|stay alive|be alive]",
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
            # A plan in the person's own words: "I know exactly where I'd do it",
            # "figured out when I would go".
            "~plan|~decide|~work|~figure|~know|~sort _{0,3} how|when|where i would|will|could|am "
            "going? to? [do it|end it|end things|go through with it] .|now|tonight|already|too",
            "~plan|~decide|~work|~figure|~know|~sort _{0,3} [how and when|when and how|"
            "where and when|when and where|how and where|where and how] .",
            # Not existing: "I'd rather not exist", "easier to not be alive".
            "to|rather|just|wish|easier|better|best|prefer not [exist|be alive|be living|"
            "be breathing|wake up again|be here anymore|be here any more|exist anymore]",
            # Session 6: "rather just not be here at all." (not "... at all when he's out").
            "rather|just|wish|easier|better|best|prefer not [be here at all|be around at all] .",
            "wish i did|was|were not|nt [exist|alive|born|here anymore]",
            "wish i _{0,2} never been? born|existed",
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
            # Not "giving away my old sofa on Facebook" (set v19b): things cleared out.
            "giving|given|gave away all|everything|things|stuff|belongings",
            "giving|given|gave away my !old|spare|sofa|couch|settee|table|chairs|wardrobe|"
            "fridge|freezer|cooker|telly|tv|pram|cot|buggy|furniture|bed|desk|unwanted",
            "~sort out? all? my _? affairs|will|things|stuff|finances|funeral",
            "[look after|take care of] my _{0,2} when|if|for",
            "done something stupid|silly|daft",
            "[no one|nobody|noone] would|will even? miss|care|notice",
            # Not caring what happens to oneself any more: "I don't care anymore what
            # happens" (blind set v6a, sat in a car with the engine running).
            "not|nt care [anymore|any more] [what happens|if i|whether i]",
            "not|nt care what happens to me [anymore|any more|now]",
        ),
        examples=(
            "i dont want to be here anymore",
            "everyone would be better off without me",
            "I've got no reason to stay alive",
            "theres no way out except dying",
            "i'm a burden",
            "I've given away my cat",
            "i dont see a reason to stay alive",
            "I know exactly where I'd do it",
            "it would be easier to not be alive",
            "some days I'd rather not exist",
            "ive decided when and how",
            "wish i had never been born",
            "I haven't eaten or drunk anything in 3 days and I'm not going to",
            "I can't take another night of it",
            "I'm done fighting, I've got nothing left",
            "i cant keep living like this",
            "the police won't stop him, so I'll stop myself",
            "i feel relieved when i think about not being here",
            "I think about falling asleep and never waking",
            "honestly I'd rather just not be here at all",
        ),
    ),
    Rule(
        "plan_or_last_hold",
        "The one thing holding the person back, a plan come back, 'sorting it' for good.",
        _S,
        (
            "only thing|things|one|reason|person _? ~stop|~keep|~hold me|myself from? "
            "~jump|~end|alive|here|around",
            "only thing|things|one|reason|person _? ~stop|~keep|~hold me|myself from? "
            "~do|~go [it|through with it]",
            "~have|~make|~get a|the plan __{0,10} ~get|~have|got it|one|them again|back",
            "~sort|~end|~finish|~fix it|things|everything|myself tonight|today|now? .? for good",
        ),
        examples=(
            "my dog is the only thing keeping me alive",
            "I made a plan before and I've got it back",
            "gonna end it tonight, for good",
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
            # Not needing something after a time: "I won't need any of this by the
            # weekend", "won't be needing my phone after tonight".
            "not|nt|never be? need|needing [this chat|this service|this app|this number|"
            "this phone|this|it|you|anything|any of this|any of it|them|these|my phone|my meds|"
            "my tablets|my things|my stuff|my car|my clothes|my bank card|any help] "
            "[after tonight|after today|after tomorrow|by tomorrow|by tonight|by the morning|"
            "by morning|after this weekend|by the weekend|from tomorrow|after midnight|"
            "after friday|after saturday|after sunday|this time tomorrow]",
            # The same with any noun: "I won't need the helpline after tonight".
            "not|nt|never be? need|needing the|this|that|your|any|these|those _{0,2} "
            "[after tonight|after today|by tomorrow|by tonight|by the morning|this time tomorrow|"
            "after midnight|after this weekend]",
            # Hedged "I won't be here": "doesn't matter, I probably won't be around".
            "i probably|prob|probs|possibly|prolly will not|wo be around|here|alive .",
            "not that it ~matter __{0,8} not be around|here|alive",
            # A note written: "I've written my note", "left my letter on the side".
            "~write|~finish|~leave my note|notes|letter|letters .|on|in|for",
            # "You won't have to worry about me after tonight."
            "not|nt|never [need to|have to|need] [worry about|deal with|put up with|bother with|"
            "look after] me [anymore|any more|again|after|by|soon|much longer|for long|tomorrow]",
            # To the person's own people; not "a letter to my MP".
            "~write _{0,3} note|notes|letter|letters _{0,2} to|for my|our _? @KIN|@CHILD|kids|"
            "children|family|everyone",
            "~write _{0,3} note|notes|letter|letters _{0,2} to|for everyone|each|family|kids|"
            "children|@KIN",
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
            "I won't be needing my phone after tonight",
            "you won't have to worry about me after tonight",
            "I won't need the helpline after tonight",
            "doesn't matter, I probably won't be around",
            "i've finished my note",
        ),
    ),
    # Issue 8, v7 round: explicit words the rules above did not reach.
    Rule(
        "dying_on_my_mind",
        "Thinking about dying or death as a wish, day after day (not dyeing hair, nor "
        "someone else's death).",
        _S,
        (
            "~think|~dream about dying !my|her|his|your|the|it|hair|them|of|for",
            "~think|~dream about being dead",
            "~think about death [every day|all the time|a lot|constantly|every night]",
        ),
        examples=(
            "I think about dying all the time lately",
            "been dreaming about being dead, just wanting it to be over",
        ),
    ),
    Rule(
        "not_safe_from_myself",
        "The person says they are not safe from themselves or cannot trust themselves now.",
        _S,
        (
            "[not safe from myself|not safe with myself|not safe around myself|scared of what i "
            "might do to myself|afraid of what i might do to myself]",
            "[do not trust myself|cannot trust myself|can not trust myself] "
            "[tonight|anymore|any more|right now|on my own|alone|.]",
        ),
        examples=(
            "I'm really not safe from myself right now",
            "can't trust myself tonight",
        ),
    ),
    Rule(
        "sorry_to_whoever_finds_this",
        "An apology addressed to family for when they see the message, or a goodbye "
        "written to whoever finds it: a note in all but name (not 'if anyone reads this, "
        "sorry it's long').",
        _S,
        (
            "@KIN if you ~see|~read|~find this __{0,4} sorry|goodbye|love",
            "[to say sorry to whoever|to say goodbye to whoever] ~read|~find this",
        ),
        examples=(
            "dad if you read this I'm so sorry",
            "just writing to say goodbye to whoever finds this",
        ),
    ),
    Rule(
        "note_written",
        "The note written or left, said on its own (not a note for school, nor 'I've written a "
        "note' of what he did).",
        _S,
        ("i have? ~write|~leave|~finish|~do the|my note .",),
        examples=("I've left the note. it's on the table.", "I wrote my note."),
    ),
    Rule(
        "welcoming_his_violence",
        "In danger and wishing the attacker would finish them, or meaning to do it first.",
        _S,
        (
            "hope he|they does|do|will|would? ~finish|~kill|~end me",
            "let him __{0,10} [do it myself first|do it myself before|kill myself first|"
            "kill myself before]",
            "[nothing left to stay for|nothing left to live for|nothing to live for|"
            "nothing left to stay around for]",
        ),
        examples=(
            "he's smashing the window and I hope he kills me this time",
            "he says he'll kill me. let him. or I'll do it myself first",
            "honestly there's nothing left to live for",
        ),
    ),
)
