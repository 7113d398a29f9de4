"""The S-DASH screening: questions as data, answers in any form, the priority rule."""

from __future__ import annotations

import inspect

import pytest
import textstat

from handover import screening
from handover.screening import (
    ANSWER_OPTIONS,
    Answer,
    Priority,
    assess,
    is_stop,
    next_question,
    parse_answer,
    questions,
)

Y, N, U, S = Answer.YES, Answer.NO, Answer.NOT_SURE, Answer.SKIPPED

# The research's paraphrase (docs/sources.md section 4, "S-DASH: 11 questions,
# paraphrased", [54][58]): the data file must carry it word for word as `sdash`.
SDASH = [
    "Is the victim very frightened?",
    "Has the suspect harassed this person or anyone else before?",
    "Has the suspect damaged the victim's property?",
    "Does the suspect turn up at the victim's home or work more than 3 times a week?",
    "Has the suspect loitered near the victim's home or work?",
    "Has the suspect threatened physical or sexual violence?",
    "Has the suspect harassed third parties (family, friends, colleagues)?",
    "Has the suspect been violent to anyone during this episode?",
    "Has the suspect got others to help, knowingly or not?",
    "Does the suspect misuse drugs or alcohol?",
    "Does the suspect have a history of violence?",
]


def _ids(*numbers: int) -> list[str]:
    return [questions()[n - 1].id for n in numbers]


def test_the_eleven_questions_carry_their_source() -> None:
    loaded = questions()
    assert [q.sdash for q in loaded] == SDASH
    assert all("S-DASH" in q.source and "[54][58]" in q.source for q in loaded)
    # The questions about fear and violence: 1, 6, 8, 11 (screening.py docstring).
    assert [q.number for q in loaded if q.key] == [1, 6, 8, 11]


@pytest.mark.parametrize("question", questions(), ids=lambda q: q.id)
def test_each_question_is_plain_for_a_reading_age_of_about_11(question) -> None:
    # Flesch-Kincaid grade 6 is a reading age of about 11.
    assert textstat.flesch_kincaid_grade(question.plain) <= 6
    assert question.plain.endswith("?")
    assert "suspect" not in question.plain and "victim" not in question.plain


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yes", Y),
        ("yeah", Y),
        ("Y", Y),
        ("1", Y),
        ("yes they have", Y),
        ("No", N),
        ("nope", N),
        ("2", N),
        ("they have not", N),
        ("Not sure", U),
        ("I'm not sure", U),
        ("I don't know", U),
        ("no idea", U),
        ("maybe", U),
        (" 3 ", U),
        ("Skip this one", S),
        ("skip", S),
        ("I'd rather not say", S),
        ("4", S),
        ("yes and no", None),
        ("what do you mean", None),
        ("7", None),
        ("", None),
    ],
)
def test_answers_from_buttons_sms_numbers_and_free_text(text: str, expected) -> None:
    assert parse_answer(text) is expected


def test_sms_numbers_and_button_labels_are_unique() -> None:
    assert len({o.number for o in ANSWER_OPTIONS}) == len(ANSWER_OPTIONS)
    assert len({o.label for o in ANSWER_OPTIONS}) == len(ANSWER_OPTIONS)
    assert all(parse_answer(o.label) is o.answer for o in ANSWER_OPTIONS)


@pytest.mark.parametrize(
    ("text", "stops"),
    [
        ("5", True),
        ("stop the questions", True),
        ("no more questions please", True),
        ("quit", True),
        ("stop", False),
        ("no", False),
    ],
)
def test_the_screening_can_be_stopped_but_not_by_the_sms_opt_out_word(text, stops) -> None:
    # STOP on SMS is the carrier's opt-out, handled by the SMS channel first.
    assert is_stop(text) is stops


def test_skipped_questions_are_not_asked_again_and_the_end_is_none() -> None:
    answers = {questions()[0].id: S}
    assert next_question(answers) == questions()[1]
    assert next_question({q.id: N for q in questions()}) is None


# Each row: answers by question number, danger flags, expected priority, why.
PRIORITY_ROWS = [
    ({}, (), Priority.STANDARD, "skipped entirely: no information, no raise"),
    ({n: N for n in range(1, 12)}, (), Priority.STANDARD, "all no"),
    ({n: S for n in range(1, 12)}, (), Priority.STANDARD, "all skipped"),
    ({2: Y, 3: Y, 4: Y}, (), Priority.STANDARD, "3 yes, below the count [57] scaled"),
    ({2: Y, 3: Y, 4: Y, 5: Y}, (), Priority.HIGH, "4 yes: Marac 14/41 [57] scaled to 11"),
    ({2: Y, 3: U, 4: U, 5: U}, (), Priority.HIGH, "not sure counts with yes"),
    ({2: U, 3: U, 4: U}, (), Priority.STANDARD, "3 not sure"),
    ({1: Y}, (), Priority.HIGH, "very frightened [58][59]"),
    ({6: Y}, (), Priority.HIGH, "threats of violence: serious harm [8]"),
    ({8: Y}, (), Priority.HIGH, "violent this episode [8]"),
    ({11: Y}, (), Priority.HIGH, "history of violence [8]"),
    ({1: U}, (), Priority.STANDARD, "a key question needs a clear yes on its own"),
    ({}, ("danger",), Priority.HIGH, "the safety check fired"),
]


@pytest.mark.parametrize(("numbers", "flags", "priority", "why"), PRIORITY_ROWS)
def test_priority_rule(numbers, flags, priority, why) -> None:
    answers = {questions()[n - 1].id: a for n, a in numbers.items()}
    result = assess(answers, flags)
    assert result.priority is priority, why
    assert bool(result.reasons) is (priority is Priority.HIGH)


def test_reasons_name_what_made_it_high_for_the_advocate() -> None:
    result = assess(dict.fromkeys(_ids(1, 2, 3, 4), Y), ["danger"])
    assert result.reasons == ("danger_flag", "yes_to_q1_very_frightened", "4_yes_or_not_sure")
    assert result.yes_count == 4


def test_an_unknown_question_is_an_error() -> None:
    with pytest.raises(KeyError):
        assess({"not_a_question": Y})


def test_no_function_gives_the_person_a_score() -> None:
    # The only text meant for the person is the questions and the answer labels;
    # no public function returns a string, so nothing can show them a score.
    for name in screening.__all__:
        obj = getattr(screening, name)
        if inspect.isfunction(obj):
            assert inspect.signature(obj).return_annotation not in ("str", str), name
    person_text = [q.plain for q in questions()] + [o.label for o in ANSWER_OPTIONS]
    for text in person_text:
        assert not any(w in text.lower() for w in ("score", "risk", "priority", "high"))
