"""Reading answers to the order-eligibility questions: words, buttons, numbers, skip, stop."""

from __future__ import annotations

import pytest

from common.medium import Medium
from signposting.eligibility.questions import QUESTIONS, SKIP, STOP, parse_answer, render


@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        ("relationship", "my ex boyfriend", "ex_partner"),
        ("relationship", "An ex-partner", "ex_partner"),  # the web button's payload
        ("relationship", "2", "current_partner"),  # SMS numbered option
        ("relationship", "my husband", "spouse_or_civil_partner"),
        ("relationship", "someone from work", "colleague"),
        ("relationship", "my next door neighbour", "neighbour"),
        ("relationship", "its a fake account online", "unknown_identity"),
        ("relationship", "a stranger", "stranger"),
        ("knows_who", "yes", True),
        ("knows_who", "nope", False),
        ("lived_together", "Yes", True),
        ("lived_together", "we never lived together", False),
        ("reported", "not yet", False),
        ("behaviours", "1 3", ["following", "turning_up"]),
        ("behaviours", "1, 8 and 9", ["following", "threats", "violence"]),
        ("behaviours", "he follows me and sends threats", ["following", "threats"]),
        ("case_outcome", "he was found not guilty", "acquitted"),
        ("case_outcome", "found guilty", "convicted"),
        ("case_outcome", "hes on bail waiting for court", "charged"),
        ("area", "runcorn", "halton"),
        ("area", "CW1 2AB", "cheshire_east"),
        ("area", "i live in manchester", "greater_manchester"),  # a DAPO pilot area
        ("area", "london", "other"),
        ("area", "3", "warrington"),
    ],
)
def test_answers_are_read_from_words_buttons_and_numbers(field, text, expected) -> None:
    assert parse_answer(field, text) == expected


@pytest.mark.parametrize("text", ["skip", "not sure", "I dont know", "pass"])
def test_skip_words_skip(text: str) -> None:
    assert parse_answer("relationship", text) is SKIP


@pytest.mark.parametrize("text", ["stop", "MENU", "cancel", "no more questions please"])
def test_stop_words_leave_the_questions(text: str) -> None:
    assert parse_answer("behaviours", text) is STOP


@pytest.mark.parametrize("text", ["", "purple", "42", "🙂"])
def test_unreadable_answers_are_none(text: str) -> None:
    assert parse_answer("relationship", text) is None


@pytest.mark.parametrize("field", sorted(QUESTIONS))
def test_sms_questions_are_numbered_with_no_buttons(field: str) -> None:
    text, buttons = render(field, Medium.SMS)
    assert buttons == [] and "1 " in text and "•" not in text


def test_web_single_choice_questions_have_buttons_that_read_back() -> None:
    text, buttons = render("relationship", Medium.WEB)
    assert text == QUESTIONS["relationship"].web
    assert all(parse_answer("relationship", b["payload"]) is not None for b in buttons)
