"""Self-harm figures on the pending blind sets (issue 8, the self-harm side).

The sets in ``bot/safety/messages/pending/`` wait outside ``messages/`` until
their kinds are fixed (pending/README.md). This scores only the self-harm side
of each, through ``bot.safety.detector.assess_afresh`` (no cached verdicts):

- self-harm messages (the ``self_harm`` and ``both`` sections): ``full`` when
  they get the full self-harm reply (``.self_harm``, or ``.immediate_danger``,
  whose reply carries 999 too), ``line`` when they get only Samaritans' line
  (``.check_in_self_harm``), ``miss`` otherwise;
- ordinary messages (``not_danger``): ``alarm`` when they get the full
  self-harm reply (``.self_harm``), a false alarm; ``line`` when they get
  Samaritans' line.

Usage:
    PYTHONPATH=. .venv/bin/python -m devtools.score_self_harm_pending [--show]

``--show`` also lists the self-harm messages not given the full reply and the
ordinary messages given it, with the rule ids that fired (these are authored
test sets, not anyone's messages).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml

from bot.safety.detector import assess_afresh

PENDING = Path(__file__).resolve().parent.parent / "bot" / "safety" / "messages" / "pending"


def score(path: Path, show: bool) -> dict[str, int]:
    """Counts for one set; prints the messages behind them when ``show``."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    counts = {"self_harm": 0, "full": 0, "line": 0, "miss": 0, "ordinary": 0, "alarm": 0}
    counts["ordinary_line"] = 0
    for section in ("self_harm", "both"):
        for text in data.get(section) or []:
            verdict = assess_afresh(text)
            counts["self_harm"] += 1
            if verdict.self_harm or verdict.immediate_danger:
                counts["full"] += 1
                continue
            kind = "line" if verdict.check_in_self_harm else "miss"
            counts[kind] += 1
            if show:
                print(f"  {kind.upper():5} {text!r} {verdict.check_in_rule_ids}")
    for text in data.get("not_danger") or []:
        verdict = assess_afresh(text)
        counts["ordinary"] += 1
        if verdict.self_harm:
            counts["alarm"] += 1
            if show:
                print(f"  ALARM {text!r} {verdict.rule_ids}")
        elif verdict.check_in_self_harm:
            counts["ordinary_line"] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list the messages behind the counts")
    parser.add_argument("sets", nargs="*", help="set names (default: every pending set)")
    args = parser.parse_args()
    paths = sorted(PENDING.glob("messages_*.yml"))
    if args.sets:
        paths = [p for p in paths if any(name in p.name for name in args.sets)]
    total = {"self_harm": 0, "full": 0, "line": 0, "miss": 0, "ordinary": 0, "alarm": 0}
    total["ordinary_line"] = 0
    for path in paths:
        if args.show:
            print(path.name)
        counts = score(path, args.show)
        for key, value in counts.items():
            total[key] += value
        print(_row(path.name.removeprefix("messages_blind_").removesuffix(".yml"), counts))
    print(_row("all", total))


def _row(name: str, c: dict[str, int]) -> str:
    return (
        f"{name:5} self-harm {c['self_harm']:3}: full {c['full']:3} line {c['line']:2} "
        f"miss {c['miss']:2} | ordinary {c['ordinary']:3}: full self-harm {c['alarm']:2} "
        f"line {c['ordinary_line']:2}"
    )


if __name__ == "__main__":
    main()
