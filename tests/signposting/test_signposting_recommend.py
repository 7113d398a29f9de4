"""Which services a person is offered, and how the reply is shaped per channel."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from signposting.recommend import SMS_LIMIT, recommend, services_reply

# A Tuesday, 11:00 in London (GMT): the National Stalking Helpline is open.
TUESDAY_MORNING = datetime(2026, 11, 24, 11, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("im a man being stalked by my ex, who can help me?", "mens_advice_line"),
        ("im gay, is there support for me", "galop"),
        ("my family say ive brought shame and want a forced marriage", "karma_nirvana"),
        ("i feel like hurting myself", "samaritans"),
        ("who can help me", "national_stalking_helpline"),
    ],
)
def test_the_most_fitting_service_comes_first(text: str, first: str) -> None:
    assert recommend(text, TUESDAY_MORNING)[0].id == first


def test_the_stalking_helpline_is_always_offered_on_the_web() -> None:
    for text in ("who can help", "im a man", "my ex hacked my instagram"):
        ids = [s.id for s in recommend(text, TUESDAY_MORNING)]
        assert "national_stalking_helpline" in ids, text


def test_services_for_other_groups_are_not_offered() -> None:
    ids = {s.id for s in recommend("im a man being stalked by my ex", TUESDAY_MORNING)}
    assert "galop" not in ids and "womens_aid_live_chat" not in ids


def test_sms_reply_is_short_plain_and_has_999() -> None:
    reply = services_reply("who can help", "sms", TUESDAY_MORNING)
    lines = reply.splitlines()
    assert len(lines) <= SMS_LIMIT + 2
    assert "•" not in reply and "999" in lines[-1]


def test_web_reply_lists_hours_and_999() -> None:
    reply = services_reply("who can help", "rest", TUESDAY_MORNING)
    assert "0808 802 0300 (" in reply and reply.endswith("call 999.")
