"""Two readings mended in session 17, both ways (docs/safety.md, "Session 17").

- "he's found me" as the whole message is news: the full danger reply (it had
  only the check-in line, because "he's" is read "he is").
- A child's dose taken by mistake, asked about while the child "seems fine", is
  a first-aid question (set v18b: melatonin gummies); a child unwell after it, or
  the person's own overdose, keeps its reply.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess_afresh


@pytest.mark.parametrize("text", ["he's found me", "she's found us", "hes found me"])
def test_found_me_alone_gets_the_full_danger_reply(text: str) -> None:
    assert assess_afresh(text).immediate_danger, text


def test_a_childs_mistaken_dose_asked_about_gets_no_self_harm_reply() -> None:
    verdict = assess_afresh(
        "can you overdose on calpol? my son had two spoons instead of one and seems fine"
    )
    assert not verdict.any, verdict.rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "I want to overdose on my melatonin, I've got the whole pot",
        "can you overdose on melatonin? I want to take them all tonight",
    ],
)
def test_the_persons_own_overdose_keeps_the_self_harm_reply(text: str) -> None:
    assert assess_afresh(text).self_harm, text
