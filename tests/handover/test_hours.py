"""Advocate hours: the setting is read strictly, London time, bank holidays closed."""

from __future__ import annotations

import datetime as dt

import pytest

from common.settings import SettingsError, load_settings
from handover.hours import (
    LONDON,
    BankHolidays,
    bank_holidays,
    describe_next_open,
    parse_hours,
)

UTC = dt.timezone.utc
OFFICE = parse_hours("Mon-Fri 09:00-17:00")


def london(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=LONDON)


@pytest.mark.parametrize(
    ("moment", "open_"),
    [
        (london(2026, 11, 30, 9, 0), True),  # Monday, opening minute
        (london(2026, 11, 30, 8, 59), False),
        (london(2026, 11, 30, 16, 59), True),
        (london(2026, 11, 30, 17, 0), False),  # closing time is closed
        (london(2026, 11, 28, 12, 0), False),  # Saturday
        # British Summer Time: 08:30 UTC is 09:30 in London on 1 July.
        (dt.datetime(2026, 7, 1, 8, 30, tzinfo=UTC), True),
        (dt.datetime(2026, 7, 1, 16, 30, tzinfo=UTC), False),  # 17:30 BST
        # Naive times are UTC: 08:30 UTC in January is 08:30 in London.
        (dt.datetime(2026, 1, 6, 8, 30), False),
        # Bank holidays (gov.uk/bank-holidays): Easter Monday, Boxing Day substitute.
        (london(2026, 4, 6, 12, 0), False),
        (london(2026, 12, 28, 12, 0), False),
        (london(2027, 12, 28, 12, 0), False),
        (london(2026, 12, 29, 12, 0), True),
    ],
)
def test_office_hours_in_london_time(moment: dt.datetime, open_: bool) -> None:
    assert OFFICE.is_open(moment) is open_


def test_always_is_open_even_on_christmas_day() -> None:
    assert parse_hours("always").is_open(london(2026, 12, 25, 3, 0))
    assert parse_hours("  Always ").next_open(london(2026, 12, 25, 3, 0)) == london(
        2026, 12, 25, 3, 0
    )


@pytest.mark.parametrize(
    ("now", "expected", "words"),
    [
        # Saturday late morning: Monday at 9am.
        (london(2026, 11, 28, 11, 55), london(2026, 11, 30, 9, 0), "on Monday at 9am"),
        # Before opening on a weekday: today.
        (london(2026, 12, 1, 7, 0), london(2026, 12, 1, 9, 0), "today at 9am"),
        # After closing on a weekday: tomorrow.
        (london(2026, 12, 1, 18, 0), london(2026, 12, 2, 9, 0), "tomorrow at 9am"),
        # Christmas Eve evening: Christmas Day and the Boxing Day substitute are closed.
        (london(2026, 12, 24, 17, 30), london(2026, 12, 29, 9, 0), "on Tuesday at 9am"),
        # Good Friday 2027: Easter Monday is closed too.
        (london(2027, 3, 26, 10, 0), london(2027, 3, 30, 9, 0), "on Tuesday at 9am"),
    ],
)
def test_next_open_skips_weekends_and_bank_holidays(now, expected, words) -> None:
    found = OFFICE.next_open(now)
    assert found == expected
    assert describe_next_open(found, now) == words


def test_open_now_is_now() -> None:
    now = london(2026, 12, 1, 10, 0)
    assert OFFICE.next_open(now) == now


def test_far_ahead_gives_the_date_and_half_hours() -> None:
    hours = parse_hours("Wed 13:30-16:00")
    now = london(2026, 12, 23, 17, 0)  # a Wednesday, after closing
    assert describe_next_open(hours.next_open(now), now) == "on Wednesday 30 December at 1:30pm"


def test_several_windows_and_day_lists() -> None:
    hours = parse_hours("Mon-Thu 09:00-17:00; Fri 09:00-16:30; Sat,Sun 10:00-24:00")
    assert hours.is_open(london(2026, 12, 4, 16, 0))
    assert not hours.is_open(london(2026, 12, 4, 16, 45))
    assert hours.is_open(london(2026, 12, 5, 23, 59))


def test_the_clock_change_keeps_wall_clock_hours() -> None:
    # 29 March 2026: the clocks go forward at 1am; Monday's 9am is 08:00 UTC.
    assert OFFICE.next_open(london(2026, 3, 28, 12, 0)) == dt.datetime(
        2026, 3, 30, 8, 0, tzinfo=UTC
    )


def test_hours_that_never_open_have_no_next_time() -> None:
    nothing = BankHolidays(frozenset(), dt.date(2099, 12, 31))
    hours = parse_hours("Mon 09:00-10:00", holidays=nothing)
    assert hours.next_open(london(2026, 12, 1, 11, 0)) == london(2026, 12, 7, 9, 0)
    every_day_closed = BankHolidays(
        frozenset(dt.date(2026, 1, 1) + dt.timedelta(days=i) for i in range(800)),
        dt.date(2099, 12, 31),
    )
    assert parse_hours("Mon 09:00-10:00", every_day_closed).next_open(london(2026, 1, 1)) is None


def test_after_the_data_ends_weekdays_count_as_working_days() -> None:
    assert OFFICE.is_open(london(2030, 12, 25, 10, 0))  # a Wednesday; no data for 2030


@pytest.mark.parametrize(
    "spec",
    ["", ";", "Mon-Fri", "Mon-Fri 9-5", "Mon-Fry 09:00-17:00", "Fri-Mon 09:00-17:00",
     "Mon 17:00-09:00", "Mon 09:00-25:00", "weekdays 09:00-17:00", "never"],
)  # fmt: skip
def test_unreadable_hours_are_refused_naming_the_setting(spec: str) -> None:
    with pytest.raises(ValueError):
        parse_hours(spec)
    with pytest.raises(SettingsError, match="HANDOVER_HOURS"):
        load_settings(None, handover_hours=spec)


def test_the_bank_holiday_data_matches_gov_uk_and_covers_next_year() -> None:
    # https://www.gov.uk/bank-holidays, England and Wales (re-check every year).
    data = bank_holidays()
    expected = {
        "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31",
        "2026-12-25", "2026-12-28", "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03",
        "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
    }  # fmt: skip
    assert {d.isoformat() for d in data.dates} == expected
    assert all(d.weekday() < 5 for d in data.dates)
    assert data.covers_until >= dt.date.today() + dt.timedelta(days=30), (
        "handover/data/bank_holidays.yml: add next year's dates from gov.uk/bank-holidays"
    )
