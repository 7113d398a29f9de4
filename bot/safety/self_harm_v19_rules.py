"""Self-harm rules: kinds sets v19a and v19b showed, which had no self-harm reply.

At first sight of blind sets v19a and v19b (issue 8, session 16) these quiet
plans got no reply at all:

- a last round of the day's work done "for the last time", and a list left
  for whoever takes it on: "fed the cattle for the last time. left a list for
  the contractor";
- a going chosen for when the children are away, with nowhere named:
  "planning to go on Friday when the kids are at their dads".

Part of the self-harm rules (index: self_harm_rules.py; the phrase language is
explained in danger_rules.py and rules.compile_phrase).
"""

from __future__ import annotations

from bot.safety.rules import Rule, Signal

_S = (Signal.SELF_HARM,)
_DAY = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|weekend"

V19_RULES: tuple[Rule, ...] = (
    Rule(
        "last_round_done_list_left",
        "The day's work done 'for the last time', then a list or a note left for whoever "
        "takes over (set v19a): 'fed the cattle for the last time. left a list for the "
        "contractor'. Not 'for the last time, where do I send it' (impatience).",
        _S,
        ("for the last time __{0,3} ~leave|~write a|the|my? list|lists|note|notes|instructions",),
        examples=("fed the cattle for the last time. left a list for the contractor",),
    ),
    Rule(
        "going_when_the_children_are_away",
        "Going, with nowhere named, on a day chosen for when the children are away (set "
        "v19a): 'planning to go on Friday when the kids are at their dads'. Not 'planning to "
        "go to the police on Friday' (a place named).",
        _S,
        (
            "~plan|~decide to go on|this|next? " + _DAY + " when|while the|my kids|children|boys|"
            "girls|son|daughter are|is|will|go _{0,4} .",
        ),
        examples=("planning to go on Friday when the kids are at their dads",),
    ),
)
