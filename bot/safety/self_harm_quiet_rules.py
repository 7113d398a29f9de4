"""Self-harm rules: quiet signs said with no risk word (blind sets v6a, v6b).

People at risk often name a place, a time or a task instead of the act: the
edge of a platform as fast trains pass, a bridge where they slowed down, a
reservoir that is "deep enough", hymns chosen, passwords left "just in case",
tablets kept rather than taken. Each rule is a published warning sign
(preparation, rehearsal, a method found, affairs put in order) said another
way, with examples in the engineers' own words.

Session 6 took the rest of v6's quiet self-harm that only the second
opinion's line had held, where a rule could be precise: a rope taken out and
brought back, high water visited at night, the act pictured as quick; a
pet's things packed with a note, a keepsake left "in case", the milk
cancelled while staying put, the children minded on a cover story
(affairs_in_order); a goodbye without the word (quiet_goodbye); dying as the
way the case or the stalking ends (death_as_the_end_of_it). Near-misses are
held in tests/safety/test_v7_kinds.py.

Part of the self-harm rules (index: self_harm_rules.py). Never muted.
"""

from __future__ import annotations

from bot.safety.rules import Rule, Signal

_S = (Signal.SELF_HARM,)

QUIET_RULES: tuple[Rule, ...] = (
    Rule(
        "rehearsal",
        "Going to a place of danger and staying there, or picturing the act: the edge of a "
        "platform as trains pass, standing on a bridge or a top floor for a long time, "
        "slowing down on a bridge, a car in the garage with the engine ready.",
        _S,
        (
            "[edge of the platform|edge of platform|end of the platform] __{0,10} train|trains|"
            "freight|express",
            "platform __{0,8} [fast trains|fast train|freight|non stop|dont stop|do not stop]",
            "bridge __{0,10} [stood there|stood for|standing there|slowing down|slow down in the "
            "middle|stopped in the middle|going back]",
            "~stand|~sit|stood|sat at|on the top floor|roof|edge _{0,5} [for a long time|for ages|"
            "for hours|for an hour]",
            "garage __{0,10} [turning it on|turn it on|turning the engine on|turn the engine on]",
            "~step|~walk off the kerb|curb in front of",
            "canal|river|sea|reservoir|water|lake|quarry __{0,10} [how cold it would be|how deep "
            "it is|how deep it would be]",
            "[it is|its|it s] deep|high enough .",
            # Session 7: a rehearsal named as one, and the next time as the real one
            # ("practised it again tonight. next time I won't stop myself"; not "next
            # time I won't stop at his house").
            "~rehearse|~practise|~practice it|this|how __{0,10} next time i|we will? not|never|nt "
            "[stop|hesitate|bottle it|chicken out|back out|pull back|stop myself]",
            # Session 6: a rope taken out to a place and brought back, with no reason
            # given ("took the rope to the woods and came home again").
            "with|took|take|taking the|a|my rope __{0,10} [do not know why|no idea why|"
            "not sure why|did not do it|could not do it] .",
            # Water that is high or deep now, and the person going by it at night.
            "high|deep|full|fast [at the moment|right now|this week|now] __{0,8} been|keep|kept|"
            "~go walking|going|sitting|standing|driving by|along|past|over|to it|there __{0,4} "
            "[at night|every night|in the dark|on my own]",
        ),
        examples=(
            "I keep standing at the edge of the platform when the express goes through",
            "stood on the bridge for an hour last night, I'm going back",
            "I sat on the top floor of the car park for ages today",
            "been in the garage with the car, thinking about turning it on",
            "I keep thinking about stepping off the curb in front of a lorry",
            "I go past the quarry and think about how deep it is",
            "looked at the lake by the golf course. its deep enough.",
            "took the rope with me to the woods. came home again, no idea why",
            "the canal is really high right now, I keep going along it at night",
            "practised it again tonight. next time I won't stop myself",
        ),
    ),
    Rule(
        "method_chosen",
        "A way found or picked, read about as painless, or medicines kept back rather than "
        "taken, or taken all at once.",
        _S,
        (
            "[worked out how|figured out how|found a way|picked one|chosen one|chose one] .",
            "ways|way to do it __{0,4} not|nt hurt",
            "@MEDS|meds|pills|tablets __{0,8} ~keep|~save [every single one|every one|them all|"
            "all of them]",
            "~take|~swallow my? @MEDS|meds|pills|tablets all at once",
            "[do you have to|do u have to|can you|can u|how to|how do you|how do u] __{0,5} "
            "kill urself|yourself|yourslf|urslf",
            # Session 6: the act pictured as quick or painless, with nothing after it,
            # over and over ("I keep thinking how quick it would be."; not "... for him to
            # find me", nor a question how quick an order is).
            "keep|keeps|kept|stop thinking _{0,2} how quick|painless|peaceful it would|could|will|"
            "might be .",
            # Session 7: knowing exactly what it would take, and how much, said of
            # oneself (a nurse, a pharmacist, a vet): "I know exactly what I'd take and
            # how many" (not "I know exactly what I'd say to him").
            "i know exactly|precisely what|which _{0,5} i would|d need|take|use|get __{0,8} "
            "[how much|how many|the dose|what dose|the amount|enough]",
        ),
        examples=(
            "I need it to stop and I've figured out how.",
            "I looked up ways to do it that don't hurt",
            "the doctor gave me sleeping tablets and I've kept every one",
            "on bad days I swallow my pills all at once",
            "do u have to be depressed to kill urself",
            "I keep thinking how painless it could be.",
            "I work in a pharmacy. I know exactly what I'd take and how many. it frightens me",
        ),
    ),
    Rule(
        "affairs_in_order",
        "Things put in order for after: hymns chosen, passwords left in case, pets rehomed, "
        "everything in order, whoever finds the house, a last message.",
        _S,
        (
            "~choose|~pick|chosen|picked [the hymns|my hymns|hymns for|songs for my funeral|"
            "my funeral songs|music for my funeral]",
            "passwords|password __{0,10} [in case|just in case]",
            "~sort|~find _{0,2} new? homes|home for my|the _? cats|dogs|pets",
            "~get|~put|~have _? everything|things|affairs in order",
            "whoever [comes in|come in|finds me|find me|comes round|finds it|finds the]",
            "[the last time i|last time i will|last time ill] message|text|msg|contact",
            "last one|message|text __{0,3} goodbye|bye .|x|xx",
            "[decided that is it|decided thats it|decided that s it|made up my mind that is it] .",
            "not think i want to [keep doing this|keep going|be here|go on|do this anymore]",
            "than [doing it myself|do it myself]",
            "[ran a bath|run a bath|in the bath] __{0,8} razor|razors|blade|blades",
            "fresh|new cuts .|on|again",
            "stopped eating __{0,6} stopped taking my? meds|medication|tablets",
            # Session 6: a pet's things packed with a note for someone.
            "~put|~pack|~leave|~get the|my|her|his _? dogs|cats|dog|cat|pets _{0,4} "
            "lead|leads|food|bowl|bowls|bed|things|stuff|toys|book|papers __{0,16} note|letter "
            "for|to !the|a|an|sitter|walker|kennels|vet|groomer",
            # Two things given away in one go, a pet among them ("gave my bike to my
            # nephew and the rabbit to next door"); a pet given on its own is
            # affairs_settled.
            "~give|~hand __{0,8} and the|my _? @PET to _{0,4} .",
            # A keepsake left for someone "in case".
            "ring|rings|watch|jewellery|necklace|locket|bracelet|earrings __{0,8} for my _? "
            "@KIN|@CHILD __{0,6} in case anything|something|.",
            # Deliveries stopped while not going away.
            "~cancel __{0,10} [not going away|not going anywhere|not on holiday|not away]",
            # The children or pets minded, with a reason given that is not the real one.
            "~ask|~get _{0,3} to [have|take|mind|keep|look after] the|my _? kids|boys|girls|"
            "children|dog|dogs|cat|baby|son|daughter __{0,10} so|because|for i|me __{0,10} "
            "[it is not|it isnt|it was not|"
            "it wasnt|that is not true|it is not true|not really] .",
            # The life insurance sorted and the family provided for.
            "~sort|~arrange|~check|~do the|my life insurance __{0,8} @KIN|@CHILD|kids|family "
            "_{0,2} will|ll be fine|ok|okay|alright|provided|looked",
            "@KIN|@CHILD|kids|family will|ll be fine|ok|okay|alright [money wise|moneywise|"
            "financially|for money]",
        ),
        examples=(
            "I've picked the hymns now",
            "left my passwords with my brother, just in case",
            "I found new homes for the dogs this week",
            "getting everything in order before the weekend",
            "whoever comes in will find it tidy",
            "this will be the last time I message",
            "last text from me. bye x",
            "finish work on Friday and I've decided that's it.",
            "I don't think I want to keep going",
            "maybe he'll do it, easier than doing it myself",
            "I've run a bath and got the razor out",
            "fresh cuts again",
            "stopped eating, stopped taking my tablets",
            "left the dog's lead and his food by the door with a note for my brother",
            "handed my records to my niece and the budgie to the lady upstairs",
            "my gold watch is in the drawer for my son, in case",
            "cancelled the paper and the milk. I'm not going away",
            "got my mum to have the kids on friday, told her it's so I can do a course. "
            "it isn't true.",
            "I've checked the life insurance, the girls will be ok",
            "the kids will be alright money wise",
        ),
    ),
    Rule(
        "quiet_goodbye",
        "A goodbye said without the word: sorry for taking up someone's time and not needing "
        "them any more, wanting to see something one last time, needing to tell someone "
        "'before'.",
        _S,
        (
            "sorry for wasting __{0,5} time __{0,12} not|nt|never _{0,3} [need|be needing|"
            "be doing|be here] __{0,3} [anymore|any more|again]",
            # Not "my old house" or "him": moving and the case have their last times too.
            "~want|~wish|~need to ~see|~hear|~hold|~hug it|them|everyone|the|my _? "
            "[one more time|one last time|for the last time] .",
            "~need|~want|~have to ~say|~tell|~talk _{0,4} someone|somebody|anyone|you before .",
            # Session 7: accounts deleted with a goodbye and no return ("wiped my socials,
            # said goodbye to the group chat. won't be back"); deleting accounts to hide
            # from him is not this, so the no-return words are needed.
            "~delete|~deactivate|~wipe|~close __{0,6} accounts|account|socials|profiles|profile|"
            "everything __{0,14} [not coming back|will not be back|not be back|never coming back|"
            "not be around]",
        ),
        examples=(
            "sorry for wasting your time all year. I won't be needing you any more",
            "please tell the officer I'm sorry for wasting his time, I won't need him again",
            "drove to the hills because I wanted to see them one last time.",
            "I only wanted to hear the sea one more time.",
            "I just wanted to tell someone before.",
            "wiped my socials and said goodbye to everyone in the group chat. won't be back",
        ),
    ),
    Rule(
        "death_as_the_end_of_it",
        "Dying pictured as the way the stalking, the case or the worry ends: whether the case "
        "stops if they die, the only way it stops is nobody left, nobody left and done, "
        "driving until the fuel runs out.",
        _S,
        (
            "if i [die|died|was dead|were dead|am dead|am gone|was gone|were gone|am not here|"
            "was not here|killed myself] .? will|would|does|do|could|can the|his|my? case|it|"
            "he|she|they|this|investigation|court|trial __{0,3} [~stop|~end|be over|go away|"
            "get done|be done|go to prison|go down|be charged|get charged|be blamed|get the blame|"
            "be dropped|get dropped]",
            "[only way|one way] it|this|he|she|they|all _{0,3} ~stop|~end|over __{0,6} "
            "[nobody left|no one left|noone left|nobody for|no one for|noone for|i am not here|"
            "i am gone|i am dead|me gone|me dead|me not here|i am not around]",
            "~have|~get|got [nobody|noone|no one] left __{0,16} [i am done|i have had enough|"
            "i give up|i am finished] .",
            "[drive|driving|keep going|keep driving] _{0,2} till|until the _? petrol|fuel|"
            "diesel|tank|battery ~run|~go|~be out|empty|dry",
        ),
        examples=(
            "if I die will the case stop? then he'd have to leave my family be",
            "the only way this ends is when there's no one left for him to chase",
            "70, got no one left now and he's taken my last bit of calm. I'm done.",
            "I'll just drive until the fuel runs out",
        ),
    ),
    # Issue 8, v7 round: more quiet signs with no risk word, each made precise enough
    # to hold ordinary messages below the full self-harm reply.
    Rule(
        "rehearsed_where_and_when",
        "Rehearsing it over and over: where, when, what would be left behind.",
        _S,
        ("~rehearse it|this __{0,10} where|when|how __{0,3} when|where|how|leave",),
        examples=("I rehearse it every night now. when, how, who finds me",),
    ),
    Rule(
        "affairs_done_and_calm",
        "Affairs put in order (milk or papers cancelled, everything paid off) and feeling calm "
        "or ready after.",
        _S,
        (
            "~cancel the milk|papers|newspaper __{0,6} [feel calmer|feel calm|at peace|"
            "i am ready|feel ready|calmer than]",
            "[paid everything off|paid off everything|paid all my debts] __{0,10} "
            "[feel calmer|feel calm|at peace|i am ready|feel ready|calmer than]",
        ),
        examples=("cancelled the newspaper and the milk. I feel calm now, at peace",),
    ),
    Rule(
        "things_given_then_ready",
        "Things given away or left to family, then 'I'm ready now'.",
        _S,
        (
            "[charity shop|giving away|given away|gave away|going to my|left to my] __{0,20} "
            "[i am ready now|ready now .]",
        ),
        examples=("my rings are going to my sister. the rest I gave away. I'm ready now.",),
    ),
    Rule(
        "who_gets_what",
        "A list made of who gets what: belongings shared out in advance.",
        _S,
        (
            "~make|~write|~do|~sort down|out? a|the|my? list|lists of? "
            "[who gets what|who is getting what]",
        ),
        examples=("wrote out a list of who gets what",),
    ),
    Rule(
        "easier_if_i_was_gone",
        "Everyone better off or things easier if the person died or were not here.",
        _S,
        (
            "easier|better for everyone|everybody|them|all if i [did .|died|was not here|"
            "was not around|was gone|were gone|was dead|were dead|were not here]",
        ),
        examples=("it'd be easier for everybody if I was gone",),
    ),
    Rule(
        "gone_so_case_can_close",
        "Being gone by a time, so the case or file can be closed.",
        _S,
        ("i will be gone __{0,8} ~close|~shut my|the case|file",),
        examples=("I'll be gone soon and you can shut my file",),
    ),
    Rule(
        "will_not_matter_soon",
        "Nothing will matter soon: an end foreseen.",
        _S,
        (
            "will not matter soon .",
            "[will not matter for much longer|will not matter much longer|"
            "will not matter after tonight]",
        ),
        examples=("it won't matter much longer",),
    ),
    Rule(
        "done_and_goodbye",
        "Finality said twice and a goodbye: done, finished, goodbye.",
        _S,
        ("i am done|finished . done|finished|over . goodbye|bye",),
        examples=("I'm finished. done. bye",),
    ),
    Rule(
        "nothing_left_but_me",
        "Everything lost, nothing left to lose except themselves.",
        _S,
        ("nothing left? to lose __{0,2} except|but me|myself",),
        examples=("got nothing left to lose but myself",),
    ),
    Rule(
        "means_at_hand_and_decided",
        "The means kept ready, or the mind made up with pills or drink at hand.",
        _S,
        (
            "got|have the means [in the|under the|upstairs|here|ready|to do it|to end it|.]",
            "[made my mind up|mind is made up|i have decided] __{0,14} "
            "pills|tablets|rope|whisky|vodka|paracetamol",
        ),
        examples=(
            "I have the means under the sink",
            "my mind is made up. there's vodka and all my tablets here",
        ),
    ),
    Rule(
        "means_then_should_not_say",
        "A gun, pills or a drop named, then 'I shouldn't say that' or 'a terrible thing to "
        "write': the person hears their own thought.",
        _S,
        (
            "gun|guns|shotgun|rifle|cabinet|pills|tablets|rope|key|bridge|lagoon|quick __{0,14} "
            "[should not say that|should not be saying this|should not have said that|"
            "should not have written that|terrible thing to write|terrible thing to say|"
            "awful thing to say|awful thing to write]",
        ),
        examples=("I keep looking at his old rifle. I shouldn't be saying this",),
    ),
    Rule(
        "exposed_and_never_going_out_again",
        "Intimate pictures shared, then never going anywhere again, said as the last word: "
        "a young person's shame turning into no future (not 'never going anywhere again "
        "without my alarm').",
        _S,
        (
            "nudes|nude|intimate|pictures|photos|pics|images|video|videos __{0,16} "
            "[not going anywhere ever again|never going anywhere again|"
            "not going anywhere again|never going out again|not going out ever again] .",
        ),
        examples=("he's put my intimate pics in the group chat. I'm never going out again.",),
    ),
)
