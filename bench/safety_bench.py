"""The safety check's cost per message, with and without the second opinion.

Times ``bot.safety.detector.assess`` over every labelled message (the safety
sets and the NLU training data): the rules alone (the second opinion switched
off) against rules plus the second opinion, interleaved in one run so the
ratio holds on a shared machine; and how long the second opinion takes to
train (once per process, when Rasa starts).

Usage: python -m bench.safety_bench [--rounds N]
Writes bench/out/safety_bench.json and prints a table.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable

from bot.safety import detector, second_opinion
from bot.safety.second_opinion import Opinion, SecondOpinion, nlu_examples, safety_sets
from scripts.stack import ROOT

OUT = ROOT / "bench" / "out"


def quantiles(samples: list[float]) -> dict[str, float]:
    samples = sorted(samples)
    return {
        "n": len(samples),
        "p50_ms": round(statistics.median(samples) * 1000, 3),
        "p95_ms": round(samples[int(0.95 * (len(samples) - 1))] * 1000, 3),
    }


def _time_each(texts: list[str], check: Callable[[str], object]) -> list[float]:
    samples = []
    for text in texts:
        start = time.perf_counter()
        check(text)
        samples.append(time.perf_counter() - start)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    examples = safety_sets() + nlu_examples()
    # Distinct texts, so the per-message cache never answers for the classifier.
    texts = sorted({e.text for e in examples})

    start = time.perf_counter()
    SecondOpinion(examples)
    training_s = time.perf_counter() - start

    real = detector.second_opinion
    detector.assess("warm up")  # builds the spaCy pipeline and trains the shared classifier

    def rules_only(text: str) -> object:
        # Read afresh: assess() would answer a text it has seen from its cache.
        return detector.assess_afresh(text)

    rules: list[float] = []
    both: list[float] = []
    for _ in range(args.rounds):
        detector.second_opinion = lambda _t: Opinion(0.0, 0.0)  # type: ignore[assignment]
        rules += _time_each(texts, rules_only)
        detector.second_opinion = real
        second_opinion.second_opinion.cache_clear()
        both += _time_each(texts, rules_only)
    rules_q, both_q = quantiles(rules), quantiles(both)
    result = {
        "messages": len(texts),
        "training_s": round(training_s, 2),
        "rules_only": rules_q,
        "rules_and_second_opinion": both_q,
        "p50_ratio": round(both_q["p50_ms"] / rules_q["p50_ms"], 2),
    }
    OUT.mkdir(exist_ok=True)
    (OUT / "safety_bench.json").write_text(json.dumps(result, indent=2))
    print(f"safety check over {len(texts)} messages, {args.rounds} rounds each")
    print(f"second opinion training: {result['training_s']} s")
    for name, q in (("rules only", rules_q), ("rules and second opinion", both_q)):
        print(f"  {name:26} p50 {q['p50_ms']:7.3f} ms  p95 {q['p95_ms']:7.3f} ms")
    print(f"  p50 ratio (with / without): {result['p50_ratio']}")


if __name__ == "__main__":
    main()
