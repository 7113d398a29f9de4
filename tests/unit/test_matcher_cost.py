"""The safety check's matching stays cheap as the rules grow (session 14).

A message of one phrase said 160 times took 1.3 s, and a request at the size cap
held a danger reply up by 2 s (CI, session 13): wide gaps in phrases made spaCy
try every way of skipping words, every pattern was tried at every word, and
every hit was read in its sentence.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from bot.safety.detector import assess, assess_afresh
from bot.safety.matcher import MAX_HITS_PER_RULE, _repair_lemmas, find, pipeline
from bot.safety.normalise import normalise
from bot.safety.rules import compile_phrase
from tests.unit.check_timing import best_time

MESSAGES = Path(__file__).resolve().parents[2] / "bot" / "safety" / "messages"


@pytest.mark.parametrize("low, high", [(0, 0), (0, 3), (1, 4), (0, 9), (2, 20)])
def test_a_gap_matches_exactly_its_lengths(low: int, high: int) -> None:
    runs = compile_phrase(f"he _{{{low},{high}}} behind")
    optional = [sum(1 for token in run if token.get("OP") == "?") for run in runs]
    reachable = {
        len(run) - 2 - o + k for run, o in zip(runs, optional, strict=True) for k in range(o + 1)
    }
    assert reachable == set(range(low, high + 1))
    assert max(optional) <= 3  # no run long enough to make the Matcher try every skip


def test_asking_only_the_rules_whose_words_are_there_finds_every_match() -> None:
    """The same hits as asking every rule (every stored message gave the same hits
    and verdicts as one Matcher holding every pattern when this was built: 16,300,
    session 14)."""
    built = pipeline()
    sets = sorted(MESSAGES.glob("messages_*.yml"))
    texts = [t for path in sets for v in yaml.safe_load(path.read_text()).values() for t in v]
    for text in texts[::30]:
        normalised = ". " + normalise(text) + " ."
        doc = built.nlp(normalised)
        _repair_lemmas(doc, built.known_lemmas)
        expected = {(each.rule.id, s, e) for each in built.rules for _, s, e in each.matcher(doc)}
        assert {(h.rule.id, h.start, h.end) for h in find(normalised)[2]} == expected, text


def test_a_phrase_with_a_wide_gap_finds_what_it_did() -> None:
    # `_FLIGHT __{0,20} is behind me on the road` (behind_on_the_road_now).
    text = (
        "a lad has been following my girlfriend off the bus and she says he is right "
        "behind her on the lane now"
    )
    assert "behind_on_the_road_now" in assess_afresh(text).rule_ids


def test_one_phrase_said_many_times_costs_little_and_still_counts() -> None:
    assess("warm up")
    repeated = "I want to kill myself. " + "he follows me everywhere " * 160
    ordinary = ("how do i keep a diary of what he does. " * 20)[:1000]
    hits = find(". " + normalise(repeated) + " .")[2]
    assert max(Counter(h.rule.id for h in hits).values()) <= MAX_HITS_PER_RULE
    assert assess_afresh(repeated).self_harm
    # It took 1.3 s, about 50 times a 1,000-character ordinary message.
    assert best_time(repeated) < 10 * best_time(ordinary) + 0.05
