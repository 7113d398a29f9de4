"""devtools/nlu_unseen.py counts what a person would see for each parsed first message."""

from __future__ import annotations

from typing import Any

import pytest

from devtools.nlu_unseen import Tally, macro_f1, offered, outcome, top_intent


def _parsed(*ranking: tuple[str, float]) -> dict[str, Any]:
    """A parse result as Agent.parse_message returns it: the shown intent first."""
    rows = [{"name": name, "confidence": confidence} for name, confidence in ranking]
    return {"intent": rows[0], "intent_ranking": rows}


def test_the_labelled_topic_answered_is_right() -> None:
    assert outcome("ask_blocking", _parsed(("ask_blocking", 0.9))) == "right"


def test_the_honest_fallback_is_not_counted_as_right_even_when_the_label_is_next() -> None:
    parsed = _parsed(("nlu_fallback", 0.5), ("ask_blocking", 0.45), ("ask_tracking", 0.4))
    assert outcome("ask_blocking", parsed) == "fallback"


def test_the_privacy_answer_is_right_for_a_bot_question_but_not_the_other_way() -> None:
    assert outcome("bot_challenge", _parsed(("ask_chat_privacy", 0.9))) == "right"
    assert outcome("ask_chat_privacy", _parsed(("bot_challenge", 0.9))) == "wrong"


def test_another_topic_answered_is_a_wrong_answer() -> None:
    assert outcome("ask_blocking", _parsed(("ask_tracking", 0.9))) == "wrong"


@pytest.mark.parametrize("alarm", ["immediate_danger", "self_harm_risk"])
def test_the_safety_reply_to_an_ordinary_question_is_an_alarm(alarm: str) -> None:
    assert outcome("ask_blocking", _parsed((alarm, 1.0), ("ask_blocking", 0.8))) == "alarm"


def test_a_fallback_offers_the_two_likeliest_topics_below_it() -> None:
    parsed = _parsed(("nlu_fallback", 0.5), ("ask_tracking", 0.45), ("ask_blocking", 0.4))
    assert offered("ask_blocking", parsed)
    third = _parsed(
        ("nlu_fallback", 0.5), ("ask_tracking", 0.4), ("ask_reporting", 0.3), ("ask_blocking", 0.2)
    )
    assert not offered("ask_blocking", third)


def test_a_non_topic_is_never_counted_as_offered_as_the_buttons_leave_it_out() -> None:
    parsed = _parsed(("nlu_fallback", 0.5), ("bot_challenge", 0.45), ("ask_tracking", 0.4))
    assert not offered("bot_challenge", parsed)
    assert offered("ask_tracking", parsed)


def test_the_scored_intent_undoes_the_fallback_as_rasa_test_nlu_does() -> None:
    assert top_intent(_parsed(("nlu_fallback", 0.5), ("ask_tracking", 0.45))) == "ask_tracking"
    assert top_intent(_parsed(("ask_blocking", 0.9), ("ask_tracking", 0.05))) == "ask_blocking"


def test_a_tally_counts_an_alarm_as_a_wrong_answer_too_and_keeps_each_intent_apart() -> None:
    tally = Tally()
    tally.add("ask_blocking", _parsed(("ask_blocking", 0.9)))
    tally.add("ask_blocking", _parsed(("immediate_danger", 1.0)))
    tally.add("ask_tracking", _parsed(("nlu_fallback", 0.5), ("ask_tracking", 0.4)))
    assert tally.counts == {
        "right": 1,
        "alarm": 1,
        "wrong": 1,
        "fallback": 1,
        "offered": 1,
        "total": 3,
    }
    assert tally.by_intent["ask_blocking"] == {"right": 1, "alarm": 1, "wrong": 1, "total": 2}
    assert "right   1 (33.3%)" in tally.line()


def test_macro_f1_is_the_mean_over_intents_as_the_nlu_gate_reports_it() -> None:
    # ask_blocking: precision 1, recall 0.5 -> F1 2/3; ask_tracking: precision 0.5, recall 1 -> 2/3.
    targets = ["ask_blocking", "ask_blocking", "ask_tracking"]
    predictions = ["ask_blocking", "ask_tracking", "ask_tracking"]
    assert macro_f1(targets, predictions) == pytest.approx(2 / 3)
