"""The second opinion left out one set at a time, with the rules (issue 8).

The second opinion (bot/safety/second_opinion.py) learns from every set in
bot/safety/messages, so scoring it on those sets flatters it. Here each
``messages_*.yml`` set is left out in turn: the classifier is trained on
everything else (the other sets, the training-only sets, the NLU data, the
log codes), then every message of the left-out set goes through ``assess``
as the service runs it, rules first. Per set and in all:

- danger (``immediate_danger`` and ``both``): the full reply, or the check-in line;
- self-harm (``self_harm`` and ``both``): the full reply, or Samaritans' line;
- ordinary (``not_danger``): the check-in line or Samaritans' line with no full
  reply, and how many of those lines come from the second opinion alone.

Only counts are printed. Run (a few minutes on two cores):
``PYTHONPATH=. .venv/bin/python -m devtools.second_opinion_cv [set-name ...]``.
"""

from __future__ import annotations

import sys
from collections import Counter

from bot.safety import detector
from bot.safety import second_opinion as opinion_module
from bot.safety.second_opinion import (
    SECOND_OPINION_DANGER,
    SECOND_OPINION_SELF_HARM,
    Labelled,
    SecondOpinion,
    log_codes,
    nlu_examples,
    safety_sets,
)

FROM_MODEL = frozenset({SECOND_OPINION_DANGER, SECOND_OPINION_SELF_HARM})


def _use(model: SecondOpinion) -> None:
    """Makes ``assess`` read with ``model`` (and forget what it read before)."""
    opinion_module._trained = model
    opinion_module.second_opinion.cache_clear()


def score(left_out: str, messages: list[Labelled], rest: list[Labelled]) -> Counter[str]:
    """Counts for one left-out set, read with a model that never saw it."""
    _use(SecondOpinion(rest))
    counts: Counter[str] = Counter()
    for m in messages:
        found = detector.assess_afresh(m.text)
        if m.danger:
            counts["danger"] += 1
            counts["danger_full"] += found.immediate_danger
            counts["danger_line"] += not found.immediate_danger and found.check_in
        if m.self_harm:
            counts["self_harm"] += 1
            counts["self_harm_full"] += found.self_harm
            counts["self_harm_line"] += not found.self_harm and found.check_in_self_harm
        if not m.danger and not m.self_harm:
            counts["ordinary"] += 1
            full = found.immediate_danger or found.self_harm
            line = not full and (found.check_in or found.check_in_self_harm)
            counts["ordinary_full"] += full
            counts["ordinary_line"] += line
            alone = line and set(found.check_in_rule_ids) <= FROM_MODEL
            counts["ordinary_line_model_only"] += alone
    print(_line(left_out, counts), flush=True)
    return counts


def _line(name: str, c: Counter[str]) -> str:
    def pct(part: str, whole: str) -> str:
        return f"{c[part]}/{c[whole]} ({100 * c[part] / max(c[whole], 1):.1f}%)"

    danger = c["danger_full"] + c["danger_line"]
    self_harm = c["self_harm_full"] + c["self_harm_line"]
    return (
        f"{name:28s} danger {danger}/{c['danger']} ({100 * danger / max(c['danger'], 1):.1f}%, "
        f"line only {c['danger_line']}); self-harm {self_harm}/{c['self_harm']} "
        f"({100 * self_harm / max(c['self_harm'], 1):.1f}%, line only {c['self_harm_line']}); "
        f"ordinary line {pct('ordinary_line', 'ordinary')}, "
        f"from the model alone {pct('ordinary_line_model_only', 'ordinary')}, "
        f"full {c['ordinary_full']}"
    )


def main(argv: list[str]) -> None:
    every = safety_sets()
    always = nlu_examples() + log_codes()
    sources = sorted({m.source for m in every if m.source.startswith("messages_")})
    wanted = [s for s in sources if not argv or any(a in s for a in argv)]
    total: Counter[str] = Counter()
    for source in wanted:
        held = [m for m in every if m.source == source]
        rest = [m for m in every if m.source != source] + always
        total += score(source, held, rest)
    print(_line("all", total))
    _use(SecondOpinion(every + always))


if __name__ == "__main__":
    main(sys.argv[1:])
