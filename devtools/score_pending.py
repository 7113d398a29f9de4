"""Scores the blind sets waiting in bot/safety/messages/pending/ (issue 8).

Per set, through the deterministic check read afresh (``assess_afresh``, no cache):

- danger messages ("immediate_danger" and "both"): how many get the full danger
  reply, and how many only the check-in line;
- ordinary messages ("not_danger"): false alarms (the full danger or self-harm
  reply) and check-ins (the check-in line).

Run: ``PYTHONPATH=. .venv/bin/python devtools/score_pending.py [-v] [set-name ...]``.
``-v`` lists the messages behind each figure (for local work only: the words
are the sets' own, never a user's).
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from bot.safety.detector import assess_afresh

PENDING = Path(__file__).resolve().parent.parent / "bot" / "safety" / "messages" / "pending"


def score(path: Path, verbose: bool) -> None:
    """Prints one set's figures (and, verbose, the messages behind them)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    danger = list(data.get("immediate_danger") or []) + list(data.get("both") or [])
    ordinary = list(data.get("not_danger") or [])
    full = only_check = missed = 0
    lines: list[str] = []
    for text in danger:
        verdict = assess_afresh(text)
        if verdict.immediate_danger:
            full += 1
        elif verdict.check_in:
            only_check += 1
            lines.append(f"  CHECK-ONLY {text!r}")
        else:
            missed += 1
            lines.append(f"  MISS       {text!r}")
    alarms = checks = 0
    for text in ordinary:
        verdict = assess_afresh(text)
        if verdict.any:
            alarms += 1
            kind = "DANGER" if verdict.immediate_danger else "SELFHARM"
            lines.append(f"  FALSE-{kind:8} {text!r} {verdict.rule_ids}")
        elif verdict.check_in:
            checks += 1
            lines.append(f"  CHECK-IN   {text!r} {verdict.check_in_rule_ids}")
    n = max(len(ordinary), 1)
    print(
        f"{path.stem}: danger {full}/{len(danger)} full, {only_check} check-in only, "
        f"{missed} missed; ordinary {len(ordinary)}: false alarms {alarms} "
        f"({100 * alarms / n:.1f}%), check-ins {checks} ({100 * checks / n:.1f}%)"
    )
    if verbose:
        print("\n".join(lines))


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    names = [a for a in argv if not a.startswith("-")]
    for path in sorted(PENDING.glob("messages_*.yml")):
        if not names or any(name in path.stem for name in names):
            score(path, verbose)


if __name__ == "__main__":
    main(sys.argv[1:])
