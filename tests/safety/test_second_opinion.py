"""The second opinion: a classifier that can only add the lighter replies.

bot/safety/second_opinion.py learns from every labelled message in the
repository; these tests pin what a person would notice: wording no rule lists
still gets 999 or Samaritans' number in front of the answer, an ordinary
question rarely does, and nothing the rules found is ever taken away.
"""

from __future__ import annotations

import pytest

from bot.safety import detector, second_opinion
from bot.safety.replies import response_text
from bot.safety.second_opinion import Opinion, SecondOpinion, nlu_examples, safety_sets
from bot.turn.net import apply_net
from common.medium import Medium
from common.sms_text import reveals_topic

CHECK_IN = response_text("utter_safety_check_in")
SAMARITANS = response_text("notice_self_harm_check_in")
SAMARITANS_SMS = response_text("notice_self_harm_check_in", Medium.SMS)


def test_it_generalises_to_a_blind_set_it_never_learnt_from() -> None:
    """Trained without the newest blind set, it still reads that author's wording.

    v4 was written by an author who saw nothing of the project (docs/safety.md).
    Leave-one-set-out over every set gave danger 97.6%, self-harm 95.3% and 6.3%
    of ordinary messages flagged (docs/safety.md, "The second opinion").
    """
    held_out = "messages_blind_v4.yml"
    examples = safety_sets()
    model = SecondOpinion([e for e in examples if e.source != held_out] + nlu_examples())
    test = [e for e in examples if e.source == held_out]
    danger = [model.read(e.text).possible_danger for e in test if e.danger]
    self_harm = [model.read(e.text).possible_self_harm for e in test if e.self_harm]
    ordinary = [model.read(e.text) for e in test if not e.danger and not e.self_harm]
    flagged = [o for o in ordinary if o.possible_danger or o.possible_self_harm]
    assert sum(danger) >= 0.9 * len(danger)
    assert sum(self_harm) >= 0.9 * len(self_harm)
    assert len(flagged) <= 0.1 * len(ordinary)


@pytest.fixture
def opinion(monkeypatch: pytest.MonkeyPatch):
    """Sets what the second opinion says, to check what the detector does with it."""

    def set_to(danger: float, self_harm: float) -> None:
        monkeypatch.setattr(detector, "second_opinion", lambda _text: Opinion(danger, self_harm))

    return set_to


def test_a_worried_opinion_on_an_ordinary_question_is_only_a_check_in(opinion) -> None:
    opinion(0.99, 0.99)
    found = detector.assess("what time does the library in crewe open")
    assert not found.any, "the classifier must never give the full reply"
    assert found.check_in and found.check_in_self_harm
    assert found.check_in_rule_ids == ("second_opinion_danger", "second_opinion_self_harm")


def test_a_calm_opinion_never_takes_away_what_the_rules_found(opinion) -> None:
    opinion(0.0, 0.0)
    assert detector.assess("he's outside my door with a knife").immediate_danger
    assert detector.assess("i want to kill myself").self_harm


def test_self_harm_the_rules_found_does_not_get_a_second_samaritans_line(opinion) -> None:
    opinion(0.0, 0.99)
    found = detector.assess("i want to kill myself")
    assert found.self_harm and not found.check_in_self_harm


def test_possible_self_harm_puts_samaritans_before_the_answer(opinion) -> None:
    opinion(0.0, 0.99)
    verdict = detector.assess("how do i block a number")
    replies = apply_net([{"text": "Here is how to block a number."}], verdict, Medium.WEB)
    assert [r["text"] for r in replies] == [CHECK_IN, SAMARITANS, "Here is how to block a number."]
    assert "116 123" in SAMARITANS and "999" in SAMARITANS


def test_possible_self_harm_by_text_is_short_and_quiet_on_a_lock_screen(opinion) -> None:
    opinion(0.0, 0.99)
    verdict = detector.assess("how do i block a number")
    replies = [r["text"] for r in apply_net([], verdict, Medium.SMS)]
    assert SAMARITANS_SMS in replies and "116 123" in SAMARITANS_SMS
    assert len(SAMARITANS_SMS) <= 160 and not reveals_topic(SAMARITANS_SMS)


def test_danger_with_possible_self_harm_gets_999_then_samaritans(opinion) -> None:
    opinion(0.0, 0.99)
    verdict = detector.assess("he's outside my door with a knife")
    replies = [r["text"] for r in apply_net([], verdict, Medium.WEB, failed=True)]
    assert replies[0] == response_text("utter_immediate_danger")
    assert replies[1] == SAMARITANS


def test_the_shared_classifier_is_trained_once(monkeypatch: pytest.MonkeyPatch) -> None:
    first = second_opinion._shared()
    assert second_opinion._shared() is first
