"""Self-harm long past, the person well now, in more words (issue 8).

Blind sets v9a and v9b: "I've been clean for 5 years", "counselling has helped
loads", "I'm 34 now and doing well", "her scars have healed and she's doing
really well" got the full self-harm reply. They no longer do
(self_harm_long_past.well_now); self-harm going on now, or back again, keeps it.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess


@pytest.mark.parametrize(
    "text",
    [
        "I used to self harm when I was younger but I've been clean for 5 years. Will that be "
        "used against me in court?",
        "I had thoughts of ending it last year but counselling has helped loads",
        "When I was 19 I took an overdose and ended up in hospital. I'm 34 now and doing well",
        "My daughter's self harm scars have healed and she's doing really well",
        "I cut myself as a teenager but I've been self harm free since 2015, does it matter "
        "for the custody case?",
        "I felt suicidal last year but therapy really helped and I'm in a better place",
        "my son took an overdose at uni, he's doing so well now",
        "his scars have faded and he's doing much better",
    ],
)
def test_long_past_and_well_now_is_not_the_full_reply(text: str) -> None:
    result = assess(text)
    assert not result.self_harm, result.rule_ids
    assert not result.immediate_danger, result.rule_ids


@pytest.mark.parametrize(
    "text",
    [
        "I used to self harm when I was younger, I've been clean for 5 years but I started "
        "again last night",
        "I had thoughts of ending it last year, counselling helped but lately they're back",
        "When I was 19 I took an overdose. I'm 34 now and I want to do it again",
        "My daughter's self harm scars have healed but she cut again last night",
        "I've been clean for 5 years but tonight I want to cut myself",
        "I'm cutting myself",
        "I want to end it",
        "therapy has helped but I still want to kill myself",
    ],
)
def test_self_harm_now_keeps_the_full_reply(text: str) -> None:
    assert assess(text).self_harm, text
