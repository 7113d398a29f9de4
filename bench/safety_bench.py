"""The safety check's cost per message, with and without the second opinion.

Times ``bot.safety.detector.assess`` over every labelled message (the safety
sets and the NLU training data): the rules alone (the second opinion switched
off) against rules plus the second opinion, interleaved in one run so the
ratio holds on a shared machine; and how long the second opinion takes to
train (once per process, when Rasa starts).

It also times the rules with every rule's patterns tried on every message (how
the matcher worked until session 14) against only the rules whose needed words
are in the message, interleaved the same way, and the longest message the
check reads made of one phrase said over and over (the size-cap request of
tests/e2e/test_request_size.py).

Usage: python -m bench.safety_bench [--rounds N]
Writes bench/out/safety_bench.json and prints a table.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable

from bot.safety import detector, matcher, second_opinion
from bot.safety.normalise import normalise
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
    every_q, needed_q = _every_rule_against_needed(texts, args.rounds)
    repeated = "I want to kill myself. " + "he follows me everywhere " * 11_000
    repeated_s = min(_time_each([repeated] * 3, rules_only))
    result = {
        "messages": len(texts),
        "training_s": round(training_s, 2),
        "rules_only": rules_q,
        "rules_and_second_opinion": both_q,
        "p50_ratio": round(both_q["p50_ms"] / rules_q["p50_ms"], 2),
        "every_rule_asked": every_q,
        "rules_with_their_words_asked": needed_q,
        "asked_p50_ratio": round(every_q["p50_ms"] / needed_q["p50_ms"], 2),
        "one_phrase_repeated_to_the_cap_s": round(repeated_s, 3),
    }
    OUT.mkdir(exist_ok=True)
    (OUT / "safety_bench.json").write_text(json.dumps(result, indent=2))
    print(f"safety check over {len(texts)} messages, {args.rounds} rounds each")
    print(f"second opinion training: {result['training_s']} s")
    for name, q in (("rules only", rules_q), ("rules and second opinion", both_q)):
        print(f"  {name:26} p50 {q['p50_ms']:7.3f} ms  p95 {q['p95_ms']:7.3f} ms")
    print(f"  p50 ratio (with / without): {result['p50_ratio']}")
    for name, q in (("every rule asked", every_q), ("rules with their words", needed_q)):
        print(f"  {name:26} p50 {q['p50_ms']:7.3f} ms  p95 {q['p95_ms']:7.3f} ms")
    print(f"  p50 ratio (every rule / with their words): {result['asked_p50_ratio']}")
    print(f"  one phrase repeated to the size cap: {result['one_phrase_repeated_to_the_cap_s']} s")


def _every_rule_against_needed(texts: list[str], rounds: int) -> tuple[dict, dict]:
    """Matching alone, every rule asked against only those whose words are there."""
    normalised = [". " + normalise(text) + " ." for text in texts]
    needed_only = matcher._RuleMatcher.may_match
    every: list[float] = []
    needed: list[float] = []
    try:
        for _ in range(rounds):
            matcher._RuleMatcher.may_match = lambda *_: True  # type: ignore[method-assign]
            every += _time_each(normalised, matcher.find)
            matcher._RuleMatcher.may_match = needed_only  # type: ignore[method-assign]
            needed += _time_each(normalised, matcher.find)
    finally:
        matcher._RuleMatcher.may_match = needed_only  # type: ignore[method-assign]
    return quantiles(every), quantiles(needed)


if __name__ == "__main__":
    main()
