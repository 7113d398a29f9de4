"""Deterministic check for immediate danger and self-harm signals.

Runs on every user message (the SafetyGuard NLU component, and the channel
safety net when the rest of the turn fails). It is a reviewed list of patterns,
not a model, so a safeguarding lead can read why a message was flagged and a
test set can pin its behaviour. It errs towards flagging: a false alarm costs a
short 999 reminder, a miss can cost a life.

Patterns describing someone's presence, a weapon or violence are muted when the
same clause is clearly hypothetical ("what should I do if he turns up?"), in
the past ("last year") or habitual ("keeps turning up"), unless an urgency cue
("now", "tonight", "still", "just") is also there. Self-harm patterns are never
muted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.safety.danger_rules import DANGER_RULES
from bot.safety.normalise import normalise
from bot.safety.rules import HABITUAL, HYPOTHETICAL, ONLINE, PAST, URGENT, Guard, Rule, Signal
from bot.safety.self_harm_rules import SELF_HARM_RULES

RULES: tuple[Rule, ...] = DANGER_RULES + SELF_HARM_RULES


@dataclass(frozen=True)
class Assessment:
    """What the check found. Holds rule ids only, never the user's words."""

    signals: frozenset[Signal]
    rule_ids: tuple[str, ...]

    @property
    def immediate_danger(self) -> bool:
        return Signal.IMMEDIATE_DANGER in self.signals

    @property
    def self_harm(self) -> bool:
        return Signal.SELF_HARM in self.signals

    @property
    def any(self) -> bool:
        return bool(self.signals)


def _muted(clause: str, guard: Guard) -> bool:
    if guard is Guard.NONE or URGENT.search(clause):
        return False
    if HYPOTHETICAL.search(clause) or PAST.search(clause):
        return True
    return guard is Guard.ANY and bool(HABITUAL.search(clause))


# A lone "help!" is a plea; a lone "help" is usually a request for the menu.
_LONE_HELP_PLEA = re.compile(r"^\W*help\W*!\W*$", re.IGNORECASE)


def assess(text: str | None) -> Assessment:
    """Checks one user message for immediate-danger and self-harm signals.

    Args:
        text: The message as the user typed it (any language, any length).

    Returns:
        The signals found and the ids of the rules that matched.
    """
    if not text:
        return Assessment(frozenset(), ())
    clauses = [c.strip() for c in normalise(text).split(" . ") if c.strip(" .")]
    signals: set[Signal] = set()
    rule_ids: list[str] = []
    if _LONE_HELP_PLEA.match(text):
        signals.add(Signal.IMMEDIATE_DANGER)
        rule_ids.append("help_plea")
    for rule in RULES:
        for clause in clauses:
            if not rule.pattern.search(clause) or _muted(clause, rule.guard):
                continue
            if rule.id in ("watching_waiting", "following_now") and ONLINE.search(clause):
                continue
            signals.add(rule.signal)
            rule_ids.append(rule.id)
            break
    return Assessment(frozenset(signals), tuple(rule_ids))
