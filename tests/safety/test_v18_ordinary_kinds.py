"""Ordinary kinds from sets v18a and v18b, both ways (session 16; docs/safety.md).

Found at first sight of v18a and v18b as full replies on ordinary messages and
mended after it (an "after" figure; the sets wait in pending/ for their danger
kinds): a visitor put right with "false alarm" or "it's fine, it's my ...",
"outside the country", a phone kept "for evidence", "leg day killed me", a
report "to write up tonight", guns "all legal", knife training, a horror game's
knocking, a dream, "been fine 8 years", "doing better", harm "before she came to
us", a doctor's question answered "I'm not". Their neighbours said now keep the
full reply.
"""

from __future__ import annotations

import pytest

from tests.safety.rule_checks import assert_full_reply_kept, assert_no_full_reply

ORDINARY = [
    "someone's at the back door! oh it's the postman, false alarm",
    "there's someone at the door, it's fine, it's my daughter back from school",
    "my ex is outside the country until March, does his bail still count?",
    "the police have kept my phone as evidence, can I get a loan phone?",
    "arm day properly killed me, anyway can I add to my statement?",
    "got an incident report to write up tonight, can I call tomorrow instead?",
    "we do clay shooting at the weekends, all above board, can he use that against me?",
    "my brother does bayonet training in the cadets, could that affect my order?",
    "my son is playing a horror game where someone is banging on the door, it's so loud",
    "I had a dream I took an overdose, it really shook me, is that normal after all this?",
    "I tried to take my life at uni, been well 6 years now, will it come up in court?",
    "my sister was suicidal last year but she's in therapy and doing really well",
    "my stepson self-harmed before he came to us, he's doing brilliantly now",
    "the nurse asked if I'm having thoughts of ending my life. I'm not. is that routine?",
    "the man who stalked my mum was convicted in May, he's inside now. can she move?",
]

NEIGHBOURS_NOW = [
    ("danger", "there's a man in my garden, it's him, it's not a false alarm"),
    ("danger", "he's outside the flat and he's taken my phone"),
    ("danger", "he was convicted last year but he's inside now, in my kitchen"),
    ("self_harm", "I had a dream about it and now I've taken all my tablets"),
    ("self_harm", "the nurse asked if I'm having thoughts of ending my life. I am."),
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_kinds_get_no_full_reply(text: str) -> None:
    assert_no_full_reply(text)


@pytest.mark.parametrize(("kind", "text"), NEIGHBOURS_NOW)
def test_the_same_kinds_said_now_keep_the_full_reply(kind: str, text: str) -> None:
    assert_full_reply_kept(kind, text)
