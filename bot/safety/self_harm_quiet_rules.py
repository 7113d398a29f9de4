"""Self-harm rules: quiet signs said with no risk word (blind sets v6a, v6b).

People at risk often name a place, a time or a task instead of the act: the
edge of a platform as fast trains pass, a bridge where they slowed down, a
reservoir that is "deep enough", hymns chosen, passwords left "just in case",
tablets kept rather than taken. Each rule is a published warning sign
(preparation, rehearsal, a method found, affairs put in order) said another
way, with examples in the engineers' own words.

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
        ),
        examples=(
            "I keep standing at the edge of the platform when the express goes through",
            "stood on the bridge for an hour last night, I'm going back",
            "I sat on the top floor of the car park for ages today",
            "been in the garage with the car, thinking about turning it on",
            "I keep thinking about stepping off the curb in front of a lorry",
            "I go past the quarry and think about how deep it is",
            "looked at the lake by the golf course. its deep enough.",
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
        ),
        examples=(
            "I need it to stop and I've figured out how.",
            "I looked up ways to do it that don't hurt",
            "the doctor gave me sleeping tablets and I've kept every one",
            "on bad days I swallow my pills all at once",
            "do u have to be depressed to kill urself",
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
        ),
    ),
)
