"""Self-harm rules: means, places and farewells said without a word for suicide.

Blind sets v10a, v10b, v11a and v11b (session 10) held self-harm the rules did
not reach, so it got only Samaritans' line from the second opinion: a means
asked about ("do u know if a belt would hold", "would my insulin be enough to
stop my heart", "the max dose ... I want to know the number above that"), a
means at hand ("my car running in the garage", "half a bottle of vodka and my
nan's old tablets"), a place dwelt on ("top floor of the multistorey and I keep
looking over", "what time does the bridge get quiet", "by the canal thinking
about just walking in", "the voice keeps telling me to jump"), and a farewell
or plan said quietly ("I will not be here. I have made my arrangements", "I've
picked Friday", "I don't think I'll be around", "tonight's the night", "I've
been looking up ways", "in case anyone reads this later, I'm sorry", "I don't
think I can do this anymore").

A plain "I won't be here" with an ordinary reason beside it ("I won't be here,
I'm on holiday") is read in self_harm_said_otherwise.py (``away_for_a_reason``).

Part of the self-harm rules (index: self_harm_rules.py). Never muted.
"""

from __future__ import annotations

from bot.safety.rules import Rule, Signal

_S = (Signal.SELF_HARM,)
_SPIRITS = "vodka|whisky|whiskey|wine|gin|rum|spirits|brandy|voddie|jd"
_HIGH = "bridge|viaduct|multistorey|multi|cliff|cliffs|roof|rooftop|tracks|railway|quarry|pier"
_DAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow"

UNSAID_RULES: tuple[Rule, ...] = (
    Rule(
        "means_asked_or_at_hand",
        "A means asked about or at hand, without a word for suicide (sets v9b, v10a, v10b, "
        "v11a, v11b): whether a belt or cord would hold, a car running in the garage, "
        "enough to stop the heart, the dose 'above that' or 'asking for reasons', a crash "
        "made to look like an accident, knives hidden from oneself, spirits with tablets, "
        "the whole packet swallowed.",
        _S,
        (
            "belt|rope|cord|cable|scarf|flex|lead|tie|sheet|sheets would|will|could hold",
            "would|will|could a|the|my _{0,2} belt|rope|cord|cable|scarf|flex|sheet|sheets _{0,4} "
            "hold",
            "belt|rope|cord|cable|scarf|banister|beam|hook|rail _{0,4} ~hold my weight",
            "car|engine _? running|on in|inside the|my garage .|and|with",
            "enough _{0,2} to stop my|your|the? heart",
            "max|maximum|most|dose|doses|lethal __{0,14} [number above that|amount above that|"
            "more than that|above that|asking for reasons|for reasons|asking for me|"
            "asking for myself]",
            "~crash|~drive|~swerve|~steer|~step|~walk __{0,10} [look like an accident|"
            "looks like an accident|seem like an accident|like an accident]",
            "~hide|hid|hidden the|my? knives|knife|blades|razors|@PILLS from myself|me",
            f"bottle of {_SPIRITS} __{{0,12}} @PILLS",
            "~swallow the|a whole packet|box|bottle|strip|lot|pack",
            "enough to sleep [for a long time|forever|for good|and not wake up]",
        ),
        examples=(
            "would a dressing gown cord hold",
            "i've left the engine running in the garage",
            "how much insulin is enough to stop your heart",
            "most co-codamol you can take, asking for reasons",
            "thinking of swerving into a lorry so it looks like an accident",
            "I've hidden the razors from myself but I know where they are",
            "sat here with a bottle of gin and my sertraline",
            "swallowed a whole box an hour ago",
        ),
    ),
    Rule(
        "height_or_water_dwelt_on",
        "A height or water dwelt on with a bad night said, asked when it is empty, walked "
        "into in thought, or a voice telling the person to jump (sets v10b, v11a: 'top "
        "floor ... I keep looking over', 'what time does the bridge get quiet', 'by the "
        "canal thinking about just walking in').",
        _S,
        (
            "floor|roof|bridge|balcony|ledge|multistorey|multi|cliff|edge|viaduct|parapet "
            "__{0,10} keep|kept ~look|~lean|~stare over|down",
            "[in a bad way|not in a good way|not ok|not okay|struggling|can not cope|"
            "had enough|in a dark place] __{0,14} [near the edge|at the edge|on the edge|"
            "by the edge|near the drop|on the ledge|over the edge]",
            f"[what time|when|how late] __{{0,3}} {_HIGH}|@WATER _{{0,6}} ~get|~go|~be "
            "quiet|empty|deserted",
            "@WATER __{0,10} [thinking about|thinking of|thought about|want to|going to|"
            "tempted to|urge to] just? walking|~walk in|into .|it|there",
            "@WATER __{0,10} [thinking about|thinking of|thought about|want to|going to|"
            "tempted to|urge to] just? walking|~walk in|into the? @WATER",
            "voice|voices|head _{0,6} telling|tells|told|saying|say me? to jump",
        ),
        examples=(
            "up on the roof of the flats and I keep leaning over",
            "struggling tonight, I'm up at the quarry near the edge",
            "when does the viaduct get quiet at night",
            "stood at the river thinking about just walking in",
            "the voices keep telling me to jump",
        ),
    ),
    Rule(
        "farewell_or_plan_said_quietly",
        "A farewell or a plan said quietly (sets v9b, v10a, v10b, v11a, v11b): 'I will not "
        "be here', 'I don't think I'll be around', 'I have made my arrangements', a day "
        "picked, 'tonight's the night', ways looked up, 'in case anyone reads this later, "
        "I'm sorry', 'I don't think I can do this anymore', no longer wanting to live, "
        "a goodbye post scheduled, 'after I've gone', the only thing stopping them.",
        _S,
        (
            "i will|would not be here|around|alive .",
            "i do not think i will|would be around|here|alive .|anymore|much|by",
            "i do not think i will|would be around|here|alive [for much longer|for long]",
            "not be here to use|see|need|enjoy|read|deal",
            "~make my|all my? arrangements .",
            # Not his words reported: "he keeps saying tonight's the night" (set v5b).
            "!saying|says|said|say tonight is? the night .",
            f"~pick|~choose {_DAY} .",
            "~look|~google|~search|~research up? ways|methods [.|to die|to do it|to end it|"
            "to kill myself|of dying|of doing it|to go]",
            "how to do it painlessly|quickly|quick|properly",
            "[in case anyone|if anyone|whoever|for whoever|to whoever|anyone who] ~read|~find "
            "this __{0,10} [i am sorry|im sorry|i am so sorry|so sorry|sorry for everything] .",
            "not think i can [do this|go on|carry on|cope|keep going|take this|take it|"
            "take much more] [anymore|any more|any longer|much longer|.]",
            "~stop wanting to [live|be alive|be here|exist|go on]",
            "know|knows exactly how [to do it|i would do it|i will do it|i am going to do it]",
            "wish he|they would just? [do it|kill me|finish me off|finish it] __{0,8} "
            "[get it over with|so i do not have to]",
            "not be a problem|burden|bother for|to anyone|anybody|everyone",
            "goodbye post|message|video|letter __{0,6} ~schedule",
            "after i [have gone|am gone|ve gone] .",
            "only thing [stopping me|keeping me here|keeping me alive|keeping me going|"
            "holding me back]",
            "~bang|~hit|~smash my head __{0,4} till|until it ~bleed",
            "~decide to stop __{0,8} [do not send|please do not send]",
            "goodbye|bye _{0,2} everybody",
            # v10b: "I've stopped eating and I'm hoping it just ends".
            "~stop eating|drinking and|. __{0,6} ~hope|~pray|~wish it _? ~end .",
            # v9b: "sorry for all the trouble I've caused, I've left instructions for the cat".
            "sorry for [all the trouble|the trouble|being a burden|all the hassle] __{0,12} "
            "instructions for the|my @PET .",
        ),
        examples=(
            "sorry to mess you about, I won't be here.",
            "I don't think I'll be alive by then",
            "I have made all my arrangements.",
            "tonight's the night.",
            "I've chosen Sunday.",
            "been researching ways to do it",
            "to whoever reads this, I'm sorry",
            "I don't think I can keep going any longer",
            "I've stopped wanting to be alive",
            "my goodbye message is scheduled for 6am",
            "the only thing keeping me here is my dog",
            "stopped eating. praying it ends.",
            "sorry for being a burden, I've written instructions for the dog",
        ),
    ),
)
