"""Table-driven behaviour of the deterministic safety check."""

from __future__ import annotations

import pytest

from bot.safety.detector import assess
from bot.safety.normalise import normalise


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He's outside my house right now", "he is outside my house right now"),
        ("hes @ the frnt dor", "he is at the front door"),
        ("im scard hes outsdie", "i am scared he is outside"),
        ("Hés bangin on the WINDW!!!", "he is banging on the window ."),
        ("", ""),
    ],
)
def test_normalise_folds_case_shorthand_and_typos(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "he's at my front door",
        "he has a weapon",
        "I'm hiding in the bathroom",
        "HES OUTSIDE",
        "hes outsde my hous rn",
        "help!",
        "what should i do if he turns up, he is outside now",
    ],
)
def test_danger_is_flagged(text: str) -> None:
    assert assess(text).immediate_danger


@pytest.mark.parametrize(
    "text",
    [
        "what should I do if he turns up at my door?",
        "he turned up at my work last week",
        "he has turned up at my house ten times since christmas",
        "can i get an order if he threatened me with a knife last year",
        "how do I keep a log",
        "help",
        "i feel trapped in this situation",
        "someone's got into my instagram",
        "he keeps following me on instagram",
        "",
    ],
)
def test_ordinary_messages_are_not_flagged(text: str) -> None:
    assert not assess(text).any


@pytest.mark.parametrize(
    "text",
    ["i want to kill myself", "gonna kms", "took all my tablets", "everyone would be better off"],
)
def test_self_harm_is_flagged_and_never_muted(text: str) -> None:
    assert assess(text).self_harm


def test_assessment_holds_rule_ids_never_words() -> None:
    found = assess("he is outside my house with a knife")
    assert found.rule_ids == ("presence", "weapon")
    assert all(" " not in rule for rule in found.rule_ids)


@pytest.mark.parametrize("text", ["😀😀😀", "x" * 20000, "Il est devant ma porte", "\x00\u202e"])
def test_odd_input_is_handled_without_alarm(text: str) -> None:
    assert assess(text).any is False
