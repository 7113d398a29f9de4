"""The screening questions by text message: their own shorter words, one SMS each, nothing on
the lock screen that gives the topic away (common/sms_text.py), and the data file's rules."""

from __future__ import annotations

from pathlib import Path

import pytest
import textstat
import yaml

from actions.handover_screening import SCREENING_BUTTONS, screening_question
from bot.channels.sms.options import render
from bot.channels.sms.segments import count_segments
from common.medium import Medium
from common.sms_text import is_gsm7, non_gsm7, reveals_topic
from handover import screening
from handover.screening import questions


@pytest.mark.parametrize("question", questions(), ids=lambda q: q.id)
def test_the_sms_wording_is_shorter_plain_and_neutral(question) -> None:
    assert len(question.sms) <= len(question.plain)
    assert question.sms.endswith("?")
    assert is_gsm7(question.sms), non_gsm7(question.sms)
    # All of it would fit a lock screen's preview with its number, so none of it may tell.
    assert not reveals_topic(question.sms, whole=True), question.sms
    assert textstat.flesch_kincaid_grade(question.sms) <= 6
    assert "suspect" not in question.sms and "victim" not in question.sms


@pytest.mark.parametrize("question", questions(), ids=lambda q: q.id)
def test_each_question_is_one_text_with_its_numbered_answers(question) -> None:
    # What the SMS channel sends for the question's turn (bot/channels/sms/options.py).
    message = {"text": screening_question(question, Medium.SMS), "buttons": SCREENING_BUTTONS}
    [body], options = render([message])
    assert body.startswith(f"{question.number} of 11: {question.sms}\n")
    assert [o.title for o in options][-1] == "No more questions"
    assert is_gsm7(body), non_gsm7(body)
    assert count_segments(body) == 1, body
    assert not reveals_topic(body), body


def test_the_web_keeps_the_plain_wording() -> None:
    first = questions()[0]
    assert screening_question(first, Medium.WEB) == f"Question 1 of 11: {first.plain}"


@pytest.mark.parametrize(
    ("sms", "error"),
    [
        ("Have they been violent to anyone?", "sms names the topic"),
        ("Have they " + "x" * 60 + "?", "sms must be short ASCII"),
        ("", "sms must be short ASCII"),
    ],
)
def test_the_data_file_refuses_an_sms_wording_that_tells_or_is_long(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sms: str, error: str
) -> None:
    data = yaml.safe_load(screening.DATA_FILE.read_text(encoding="utf-8"))
    data["questions"][10]["sms"] = sms
    bad = tmp_path / "screening.yml"
    bad.write_text(yaml.safe_dump(data), encoding="utf-8")
    monkeypatch.setattr(screening, "DATA_FILE", bad)
    screening.questions.cache_clear()
    try:
        with pytest.raises(ValueError, match=f"question 11: {error}"):
            screening.questions()
    finally:
        monkeypatch.undo()
        screening.questions.cache_clear()
