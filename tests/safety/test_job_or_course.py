"""One reading of "told about a job or a course" (job_or_course.py), both ways.

The pills check-in, the self-harm readings and the weapon reading ask the same
work words. Harm met through work gets no self-harm reply; the same words as the
person's own plan keep it, and a shift or course said without its own article
("after her shift", "take its course") is no job.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess_afresh

AT_WORK = [
    "I'm a student nurse and we had two overdoses on the ward this week, it stays with you. "
    "Anyway how do I keep a diary of his texts?",
    "did a suicide awareness course for work last month, really good. can I ask about reporting?",
    "on my late shift at the care home there were two overdoses among the residents, "
    "separate thing but how do I get an order?",
]

OWN = [
    "my flatmate has got tablets saved up and says she'll take them all after her shift tonight",
    "I've stopped my heart pills on purpose, I'll let nature take its course",
    "I'm a nurse and I've been saving up tablets from work, I want to take them all tonight",
]


@pytest.mark.parametrize("text", AT_WORK)
def test_harm_met_at_work_or_on_a_course_gets_no_self_harm_reply(text: str) -> None:
    assert not assess_afresh(text).self_harm


@pytest.mark.parametrize("text", OWN)
def test_the_same_words_as_the_persons_own_plan_keep_it(text: str) -> None:
    assert assess_afresh(text).self_harm
