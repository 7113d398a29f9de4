"""What the second intent reader and its meaning reader cost per message, and to train.

Loads the trained model once and parses every held-out NLU message (the
whole NLU pipeline, as Rasa runs it for each message) three ways, alternating
message by message so the ratios hold on a shared machine: DIET alone, DIET
with the TF-IDF reader, and DIET with both readers (the TF-IDF reader and the
sentence-meaning reader, session 8); then times training the TF-IDF reader
alone on the training data.

Usage: python -m bench.nlu_reader_bench [--model PATH]
Writes bench/out/nlu_reader_bench.json and prints a table.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from typing import Any

from rasa.core.agent import Agent
from rasa.shared.nlu.training_data.loading import load_data

from bench.safety_bench import quantiles
from bot.components.intent_second_opinion import IntentSecondOpinion, build_reader
from scripts.stack import ROOT

OUT = ROOT / "bench" / "out"


def _readers(agent: Agent) -> list[IntentSecondOpinion]:
    nodes = agent.processor.graph_runner._instantiated_nodes.values()
    return [n._component for n in nodes if isinstance(n._component, IntentSecondOpinion)]


async def _parse_times(agent: Agent, texts: list[str]) -> dict[str, list[float]]:
    [reader] = _readers(agent)
    kept, meaning = reader._reader, reader._meaning
    ways = (("with", kept, meaning), ("words", kept, None), ("without", None, None))
    times: dict[str, list[float]] = {label: [] for label, _, _ in ways}
    for text in texts:
        for label, words_model, meaning_model in ways:
            reader._reader, reader._meaning = words_model, meaning_model
            start = time.perf_counter()
            await agent.parse_message(text)
            times[label].append(time.perf_counter() - start)
    reader._reader, reader._meaning = kept, meaning
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default=str(ROOT / "models" / "stalking-support.tar.gz"))
    args = parser.parse_args()
    texts = [e.get("text") for e in load_data(str(ROOT / "tests/nlu/test_nlu.yml")).intent_examples]
    agent = Agent.load(args.model)
    asyncio.run(_parse_times(agent, texts[:20]))  # warm up
    times = asyncio.run(_parse_times(agent, texts))
    training = load_data(str(ROOT / "data" / "nlu")).intent_examples
    start = time.perf_counter()
    build_reader(20.0).fit([e.get("text") for e in training], [e.get("intent") for e in training])
    train_s = time.perf_counter() - start
    result: dict[str, Any] = {
        "with_both_readers": quantiles(times["with"]),
        "with_reader": quantiles(times["words"]),
        "without_reader": quantiles(times["without"]),
        "train_seconds": round(train_s, 2),
        "training_examples": len(training),
    }
    result["p50_ratio"] = round(
        result["with_reader"]["p50_ms"] / result["without_reader"]["p50_ms"], 2
    )
    # What the meaning reader adds on top of the TF-IDF reader.
    result["meaning_p50_ratio"] = round(
        result["with_both_readers"]["p50_ms"] / result["with_reader"]["p50_ms"], 2
    )
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "nlu_reader_bench.json").write_text(json.dumps(result, indent=2))
    print("NLU parse per message (held-out file, alternating)")
    for label in ("without_reader", "with_reader", "with_both_readers"):
        row = result[label]
        print(f"  {label:17s} p50 {row['p50_ms']:7.2f} ms  p95 {row['p95_ms']:7.2f} ms  "
              f"n={row['n']}")  # fmt: skip
    print(f"  meaning reader on top: ratio p50 {result['meaning_p50_ratio']}")
    print(f"  ratio p50 {result['p50_ratio']}; training the reader alone {train_s:.1f} s "
          f"on {len(training)} examples")  # fmt: skip


if __name__ == "__main__":
    main()
