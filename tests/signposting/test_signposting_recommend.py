"""Which services a person is offered, and how the reply is shaped per channel."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from common.medium import Medium
from signposting import recommend as rec
from signposting.profile import asks_open_now, profile_in
from signposting.recommend import SMS_LIMIT


def recommend(text: str, at: datetime) -> rec.Recommendation:
    """What the conversation offers after one message saying ``text``."""
    return rec.recommend(profile_in(text), at, open_now=asks_open_now(text))


def services_reply(text: str, medium: Medium, at: datetime) -> str:
    return rec.services_reply(profile_in(text), medium, at, open_now=asks_open_now(text))


# A Tuesday, 11:00 in London (GMT): the National Stalking Helpline is open.
TUESDAY_MORNING = datetime(2026, 11, 24, 11, 0, tzinfo=timezone.utc)
# A Sunday, 23:00: only the 24/7 lines are open.
SUNDAY_NIGHT = datetime(2026, 11, 22, 23, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("im a man being stalked by my ex, who can help me?", "mens_advice_line"),
        ("im gay, is there support for me", "galop"),
        ("my family say ive brought shame and want a forced marriage", "karma_nirvana"),
        ("who can help me", "national_stalking_helpline"),
    ],
)
def test_the_most_fitting_service_comes_first(text: str, first: str) -> None:
    assert recommend(text, TUESDAY_MORNING).services[0].id == first


def test_self_harm_from_the_safety_verdict_puts_samaritans_first() -> None:
    profile = profile_in("i feel like hurting myself", self_harm=True)
    assert rec.recommend(profile, TUESDAY_MORNING).services[0].id == "samaritans"


def test_the_stalking_helpline_is_always_offered_on_the_web() -> None:
    for text in ("who can help", "im a man", "my ex hacked my instagram"):
        ids = [s.id for s in recommend(text, TUESDAY_MORNING).services]
        assert "national_stalking_helpline" in ids, text


def test_services_for_other_groups_are_not_offered() -> None:
    ids = {s.id for s in recommend("im a man being stalked by my ex", TUESDAY_MORNING).services}
    assert "galop" not in ids and "womens_aid_live_chat" not in ids


@pytest.mark.parametrize("text", ["who can help", "im in manchester, who can help"])
def test_sms_reply_is_short_plain_and_has_999(text: str) -> None:
    reply = services_reply(text, Medium.SMS, TUESDAY_MORNING)
    lines = reply.splitlines()
    assert len(lines) <= SMS_LIMIT + 2
    assert "•" not in reply and "999" in lines[-1]
    # What a lock screen shows must not give the topic away.
    assert "stalk" not in reply[:60].lower() and "abuse" not in reply[:60].lower()


def test_web_reply_lists_hours_and_999() -> None:
    reply = services_reply("who can help", Medium.WEB, TUESDAY_MORNING)
    assert "0808 802 0300 (" in reply and reply.endswith("call 999.")


@pytest.mark.parametrize("text", ["anything in warrington?", "who can help, i live in WA4 6RT"])
def test_a_cheshire_place_adds_local_services(text: str) -> None:
    found = recommend(text, TUESDAY_MORNING)
    assert found.profile.area == "warrington"
    assert "cheshire_cares" in [s.id for s in found.services]


def test_a_place_outside_cheshire_is_said_plainly() -> None:
    reply = services_reply("im in manchester, who can help", Medium.WEB, TUESDAY_MORNING)
    assert "so these are national" in reply
    assert "Cheshire CARES" not in reply


def test_asking_who_is_open_now_lists_only_open_services() -> None:
    found = recommend("is anyone open now", SUNDAY_NIGHT).services
    assert found and all(s.is_open(SUNDAY_NIGHT) for s in found)
    assert "samaritans" in [s.id for s in found]


def test_closed_services_are_flagged_at_night() -> None:
    reply = services_reply("who can help", Medium.WEB, SUNDAY_NIGHT)
    assert "closed now" in reply and reply.index("Victim Support") < reply.index("0808 802 0300")


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        (SUNDAY_NIGHT, "opens tomorrow 9:30am"),
        (datetime(2026, 11, 25, 10, 0, tzinfo=timezone.utc), "opens 1pm"),  # Wednesday
        (datetime(2026, 11, 27, 17, 0, tzinfo=timezone.utc), "opens Mon 9:30am"),  # Friday
        # 29 March 2026 is a Sunday in British Summer Time: 23:30 UTC is 00:30 Monday.
        (datetime(2026, 3, 29, 23, 30, tzinfo=timezone.utc), "opens 9:30am"),
        (TUESDAY_MORNING, None),  # open now
    ],
)
def test_closed_services_say_when_they_next_open(at: datetime, expected: str | None) -> None:
    from signposting.directory import load_directory

    helpline = load_directory().get("national_stalking_helpline")
    assert helpline.hours.opens_phrase(at) == expected


def test_sms_list_says_when_a_closed_service_opens() -> None:
    reply = services_reply("who can help", Medium.SMS, SUNDAY_NIGHT)
    assert "National Stalking Helpline: 0808 802 0300, opens tomorrow 9:30am" in reply
    assert "Victim Support: 08 08 16 89 111 (24/7)" in reply
