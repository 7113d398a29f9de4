"""The safety check against three sets of realistic messages it was not trained on.

messages_dev.yml was used to write the patterns; messages_heldout.yml and
messages_blind.yml were written blind by other authors (first-sight scores are
in docs/safety.md). Every danger and self-harm message must be caught: recall
100%. False alarms on ordinary messages are counted and reported.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.safety.detector import assess

HERE = Path(__file__).parent
SETS = ("messages_dev.yml", "messages_heldout.yml", "messages_blind.yml")


def _load(kind: str) -> list[tuple[str, str]]:
    rows = []
    for name in SETS:
        data = yaml.safe_load((HERE / name).read_text(encoding="utf-8"))
        rows += [(name, text) for text in data[kind]]
    return rows


@pytest.mark.parametrize(("source", "text"), _load("immediate_danger"))
def test_every_danger_message_gets_999_guidance(source: str, text: str) -> None:
    assert assess(text).immediate_danger, f"missed danger in {source}: {text!r}"


@pytest.mark.parametrize(("source", "text"), _load("self_harm"))
def test_every_self_harm_message_is_caught(source: str, text: str) -> None:
    found = assess(text)
    assert found.self_harm or found.immediate_danger, f"missed self-harm in {source}: {text!r}"


def test_false_alarms_on_ordinary_messages_stay_rare(record_property) -> None:
    ordinary = _load("not_danger")
    alarms = [text for _, text in ordinary if assess(text).any]
    record_property("false_alarms", f"{len(alarms)}/{len(ordinary)}")
    print(f"\nsafety false alarms: {len(alarms)}/{len(ordinary)} ordinary messages: {alarms}")
    # A false alarm costs a short 999 reminder; more than 2% would drown the answers.
    assert len(alarms) <= 0.02 * len(ordinary), alarms


def _ordinary_nlu_examples() -> list[str]:
    """Every NLU example (training and held-out) of a non-safety intent."""
    root = HERE.parent.parent
    texts = []
    for path in [*sorted((root / "data" / "nlu").glob("*.yml")), root / "tests/nlu/test_nlu.yml"]:
        for block in yaml.safe_load(path.read_text(encoding="utf-8"))["nlu"]:
            if block["intent"] in ("immediate_danger", "self_harm_risk"):
                continue
            texts += [line.strip()[2:] for line in block["examples"].splitlines() if line.strip()]
    return texts


def test_false_alarms_on_everyday_questions_stay_under_one_percent() -> None:
    ordinary = _ordinary_nlu_examples()
    alarms = [text for text in ordinary if assess(text).any]
    print(f"\nsafety false alarms: {len(alarms)}/{len(ordinary)} NLU examples: {alarms}")
    assert len(ordinary) > 1000
    assert len(alarms) <= 0.01 * len(ordinary), alarms
