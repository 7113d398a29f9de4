"""Danger rules: someone arriving, on the way, just turned up or due at a clock time.

Arrivals (arrival_now, arrived_now, arrived, clock_now); a friendly person
arriving is softened to a check-in by arrivals.py. Part of the danger rules
(index: danger_rules.py, which also explains the phrase language). Moved out of
danger_presence_rules.py unchanged, in the same order.
"""

from __future__ import annotations

from bot.safety.rules import Guard, Rule, Signal

_D = (Signal.IMMEDIATE_DANGER,)

ARRIVING_RULES: tuple[Rule, ...] = (
    Rule(
        "arrival_now",
        "Someone is on the way, coming over, or due within minutes.",
        _D,
        (
            "@WHO _{0,4} is|are|will|ll @ADV? on @POSS way",
            "on his|her|their way here|over|round|back|now|tonight|to|.",
            "@WHO _{0,4} is|are|will|ll @ADV? be? ~come|~head|~drive|~walk|~run|~race|~make "
            "over|round|here|back|now|tonight|for|towards|to|up|in|into|through|upstairs|"
            "downstairs",
            "@WHO _{0,4} will|ll be here|there|round|over|back",
            "#|a|an|ten|five|twenty|few|couple _? minutes|mins|min|hour|seconds away|out|off",
            # "he's two streets away" (not "he lives two streets away").
            "@WHO _{0,3} is|are @ADV? #|a|few|couple|two|three|four|five|six _? "
            "streets|roads|doors|"
            "houses|miles away",
            # Session 7: a few feet or metres off: "he's like 3 metres away from me". A "2"
            # or "4" before the unit stays a number (normalise.py); "to" and "for" are
            # kept for a digit read as a word before a word the normaliser does not know.
            "@WHO _{0,3} is|are @ADV? _{0,2} #|a|few|couple|two|three|four|five|six|ten|to|for _? "
            "ft|feet|foot|metres|meters|yards|steps|paces|m away|from|behind|off|back",
            "@WHO _{0,6} ~say|~text|~message|~reply|~tell|~ring|~call # _? minutes|mins|min|hour|"
            "pm|am",
            # Not a time range or a time past: "he sent 14 messages between 10pm and
            # midnight" is a record (blind set E), "he rang at 3am" a past call.
            "@WHO _{0,6} ~say|~text|~message|~reply|~tell|~ring|~call _{0,2} "
            "!between|from|since|until|till|and|at|around # _? minutes|mins|min|hour|pm|am",
            "be here|there|round|over in #|a|an|ten|five|twenty|few|couple|half _? minutes|"
            "mins|min|hour|hours|half|seconds",
            # Arriving said with nothing after it: "she's coming", "he's coming!!"
            # (not "gotta go, someone's coming": a quick exit, not a report).
            "he|she|they|ex is|are @ADV? ~come|~head .",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "he's on his way",
            "he said 20 mins",
            "she's coming over now",
            "he'll be here in ten minutes",
            "my ex is three roads away",
            "shes coming",
            "he's only about 3 metres away from me",
        ),
    ),
    Rule(
        "arrived_now",
        "Someone has just turned up, arrived, walked in or pulled up.",
        _D,
        (
            "@SUBJECT _{0,2} has|have|is|are|just @ADV? ~turn|~show|~rock|~pull|~pop up|in|round",
            "@SUBJECT _{0,2} has|have|is|are|just @ADV? ~arrive|~appear|~return|here",
            # "He's just come home" is someone back in their own home (a partner, a
            # flatmate): a friendly arrival unless anything is threatening (arrivals.py).
            "@SUBJECT _{0,2} has|have|just ~come back|here|in|round|home",
            "@SUBJECT _{0,2} has|have|just ~get back|here|in|home !into",
            # "he's just pulled onto my drive".
            "@SUBJECT _{0,2} has|have|is|are|just @ADV? ~pull|~drive|~turn|~walk|~come onto|into|"
            "up @POSS _? drive|driveway|road|street|close|carpark|park|estate|car|lane|avenue|path|"
            "@PLACE",
            # Session 7: stepped or climbed onto the boat, the deck, the balcony.
            "@SUBJECT _{0,2} has|have|is|are|just @ADV? ~step|~climb|~jump|~get|~hop onto|into|"
            "aboard|on @POSS _? boat|deck|narrowboat|barge|balcony|roof|porch|decking|caravan|"
            "@PLACE",
        ),
        Guard.ANY,
        present=True,
        examples=(
            "he has just turned up",
            "she's just pulled up outside",
            "he has come back",
            "sorry he's just pulled onto my drive, what do I do",
            "im a nurse and he's just walked onto my ward asking for me by name",
            "somebody has just climbed onto the balcony",
        ),
    ),
    Rule(
        "arrived",
        "Someone turned up, arrived or came back (any tense; history and habit mute it).",
        _D,
        (
            "@SUBJECT _{0,2} ~turn|~show|~rock|~pull|~pop up",
            "@SUBJECT _{0,2} ~arrive|~appear|~reappear",
            "@SUBJECT _{0,2} ~come back|here|in|round|inside !to",
            "@SUBJECT _{0,2} ~get back|here|in|inside !trouble|touch|contact|bed|to",
            "@SUBJECT _{0,2} ~walk|~barge|~burst|~storm in|into",
            "@SUBJECT _{0,2} ~get on|off|in _? @VEHICLE|bus|train|tram|same|carriage|platform",
        ),
        Guard.ANY,
        examples=("he turned up", "he's come back", "he got on my bus"),
    ),
    Rule(
        "clock_now",
        "An arrival or a threat at a clock time, with the time now said: 'he's coming at 8 "
        "and it's 7.50', 'when he gets back at 11 and its 10.40'.",
        _D,
        (
            "@SUBJECT _{0,6} ~come|~arrive|~get|~be|back|home|here|round|over _{0,3} at|by # "
            "__{0,8} it is _? #",
            "@SUBJECT _{0,6} ~come|~arrive|~get|~be|back|home|here|round|over _{0,3} at|by # "
            "__{0,8} now|nearly|almost|already #",
        ),
        # The time is now by nature: no context word mutes it. A friendly arrival ("my
        # mate's coming at 8 and it's 7.50") is softened like any other (arrivals.py).
        Guard.NONE,
        examples=(
            "said he's coming at 8 and its 7.50",
            "he said he'd choke me when he gets back at 11 and its 10.40",
        ),
    ),
)
