"""What a trained model shows authors it has never seen (issue 11).

The held-out file (tests/nlu/test_nlu.yml) was written by the engineers who
wrote the training data, so it flatters a model on their wording. Two other
authors wrote examples without seeing the training data (session 6): one
file is now trained on (data/nlu/voices_h1.yml), the other
(devtools/nlu_candidates/voices_h2.yml) is not, and is the default set here:
a small blind set that can be scored as often as needed ("unseen authors",
docs/benchmarks.md, "Session 7: a steadier learner"). Score a file only with
a model that was not trained on it.

Every example goes through the model's whole NLU pipeline, as a first message
does (the second reader, the FallbackClassifier, the SafetyGuard), and is
counted by what the person would see:

- ``right``: the labelled topic is answered;
- ``fallback``: the honest "not sure" (``offered`` counts those whose label is
  one of the topics the fallback offers as buttons, ``action_suggest_topics``);
- ``wrong``: another topic is answered, a confident wrong answer;
- ``alarm``: the danger or self-harm reply (also counted in ``wrong``).

The second reader's weight (DIET's share of the vote) and the fallback
threshold can be swept on one loaded model, since neither changes training.
With ``--heldout`` the held-out macro F1 is also computed for each weight,
the way ``rasa test nlu`` and scripts/nlu_gate.py compute it (fallbacks
undone, so the file's top intent is scored). Only counts are printed, never
an example's text: the held-out file must stay unread.

Usage:
    python -m devtools.nlu_unseen --model /tmp/exp/X.tar.gz \\
        [--examples another_unseen_author.yml] \\
        [--weight 0.5 0.4] [--threshold 0.5 0.4] [--heldout] [--json out.json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CANDIDATES = ROOT / "devtools" / "nlu_candidates"
HELD_OUT = ROOT / "tests" / "nlu" / "test_nlu.yml"
FALLBACK = "nlu_fallback"
# The intents whose reply is the safety guidance (bot/safety/intents.py).
ALARMS = frozenset({"immediate_danger", "self_harm_risk"})
OUTCOMES = ("right", "fallback", "offered", "wrong", "alarm")
# Answers that are also right for a label the dev sets were written with. Session
# 9 split questions about the chat's privacy off the bot question; the privacy
# answer opens "Nobody reads this chat as you type. I'm an automated helper.",
# so it answers "are you a bot?" too.
ALSO_RIGHT = {"bot_challenge": frozenset({"ask_chat_privacy"})}


def outcome(label: str, parsed: dict[str, Any]) -> str:
    """What the person sees for one parsed message: right, fallback, alarm or wrong."""
    shown = (parsed.get("intent") or {}).get("name")
    if shown == FALLBACK:
        return "fallback"
    if shown == label or shown in ALSO_RIGHT.get(label, ()):
        return "right"
    return "alarm" if shown in ALARMS else "wrong"


def offered(label: str, parsed: dict[str, Any]) -> bool:
    """Whether the fallback's topic buttons include the label (bot/understanding/suggestions.py).

    The buttons leave out non-topics (the bot question, out of scope, deleting
    data, own behaviour...), so a fallback on those is never "offered".
    """
    from bot.understanding.suggestions import suggest_topics

    return label in [s.intent for s in suggest_topics(parsed.get("intent_ranking") or [])]


def top_intent(parsed: dict[str, Any]) -> str:
    """The intent ``rasa test nlu`` scores: the fallback undone, as Rasa's own evaluation does."""
    shown = (parsed.get("intent") or {}).get("name") or ""
    if shown != FALLBACK:
        return shown
    below = [r.get("name") for r in parsed.get("intent_ranking") or [] if r.get("name") != FALLBACK]
    return below[0] if below else shown


@dataclass
class Tally:
    """Counts of what the person would see, overall and per labelled intent."""

    counts: Counter[str] = field(default_factory=Counter)
    by_intent: dict[str, Counter[str]] = field(default_factory=dict)

    def add(self, label: str, parsed: dict[str, Any]) -> None:
        seen = outcome(label, parsed)
        counted = [seen, "wrong"] if seen == "alarm" else [seen]
        if seen == "fallback" and offered(label, parsed):
            counted.append("offered")
        for key in [*counted, "total"]:
            self.counts[key] += 1
            self.by_intent.setdefault(label, Counter())[key] += 1

    def line(self) -> str:
        n = self.counts["total"] or 1
        parts = [f"{key} {self.counts[key]:3d} ({self.counts[key] / n:5.1%})" for key in OUTCOMES]
        return f"n={self.counts['total']}  " + "  ".join(parts)


def macro_f1(targets: list[str], predictions: list[str]) -> float:
    """Macro F1 exactly as Rasa's NLU evaluation reports it (intent_report.json)."""
    from rasa.model_testing import get_evaluation_metrics

    report, _, _, _ = get_evaluation_metrics(targets, predictions, output_dict=True)
    return float(report["macro avg"]["f1-score"])


def _examples(path: Path) -> list[tuple[str, str]]:
    from rasa.shared.nlu.training_data.loading import load_data

    return [(e.get("text"), e.get("intent")) for e in load_data(str(path)).intent_examples]


def _components(agent: Any, kind: type) -> list[Any]:
    nodes = agent.processor.graph_runner._instantiated_nodes.values()
    return [n._component for n in nodes if isinstance(n._component, kind)]


async def _parse_all(agent: Any, examples: list[tuple[str, str]]) -> list[dict[str, Any]]:
    return [await agent.parse_message(text) for text, _ in examples]


async def run(args: argparse.Namespace) -> dict[str, Any]:
    from rasa.core.agent import Agent
    from rasa.nlu.classifiers.fallback_classifier import FallbackClassifier
    from rasa.utils.log_utils import configure_structlog

    from bot.components.intent_second_opinion import IntentSecondOpinion

    # Rasa's debug log prints each parsed message's text: keep it off, so that
    # the held-out file stays unread and no example is copied into a log.
    configure_structlog(logging.WARNING)
    logging.getLogger().setLevel(logging.WARNING)
    agent = Agent.load(args.model)
    readers = _components(agent, IntentSecondOpinion)
    [fallback] = _components(agent, FallbackClassifier)
    sets = {Path(p).name: _examples(Path(p)) for p in args.examples}
    held_out = _examples(HELD_OUT) if args.heldout else []
    result: dict[str, Any] = {"model": args.model, "runs": []}
    for weight in args.weight or [None]:
        if weight is not None:
            for reader in readers:
                reader._config["weight"] = weight
        row: dict[str, Any] = {"weight": weight}  # None: the trained model's own
        if held_out:
            predictions = [top_intent(p) for p in await _parse_all(agent, held_out)]
            row["heldout_macro_f1"] = round(macro_f1([i for _, i in held_out], predictions), 4)
            print(f"weight {weight}: held-out macro F1 {row['heldout_macro_f1']:.3f}")
        for threshold in args.threshold or [None]:
            if threshold is not None:
                fallback.component_config["threshold"] = threshold
            for name, examples in sets.items():
                tally = Tally()
                for (_, label), one in zip(
                    examples, await _parse_all(agent, examples), strict=True
                ):
                    tally.add(label, one)
                print(f"weight {weight} threshold {threshold} {name:16s} {tally.line()}")
                per_intent = {k: dict(v) for k, v in sorted(tally.by_intent.items())}
                row.setdefault("sets", []).append(
                    {"threshold": threshold, "file": name, **tally.counts, "by_intent": per_intent}
                )
        result["runs"].append(row)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", required=True, help="a trained model (.tar.gz)")
    parser.add_argument(
        "--examples",
        nargs="+",
        default=[str(CANDIDATES / "voices_h2.yml")],
        help="NLU files of authors the model never saw (default: the one left untrained)",
    )
    parser.add_argument(
        "--weight", type=float, nargs="+", default=[], help="DIET's share (default: as trained)"
    )
    parser.add_argument(
        "--threshold", type=float, nargs="+", default=[], help="fallback (default: as trained)"
    )
    parser.add_argument("--heldout", action="store_true", help="also the held-out macro F1")
    parser.add_argument("--json", help="write every count here")
    args = parser.parse_args()
    result = asyncio.run(run(args))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
