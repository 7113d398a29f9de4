"""Entries are never edited: an amendment is dated and the original words stay."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from incident_log.extract import LONDON
from incident_log.model import Entry


def test_an_amendment_keeps_the_original_words(make_entries) -> None:
    entry = make_entries(1)[0]
    later = entry.recorded_at + dt.timedelta(days=2)
    amended = entry.amend("where", "It was the side entrance, not the front", later)
    assert amended.where == entry.where
    assert [(a.field, a.text, a.made_at) for a in amended.amendments] == [
        ("where", "It was the side entrance, not the front", later)
    ]
    assert entry.amendments == ()


def test_an_entry_cannot_be_changed_in_place(make_entries) -> None:
    entry = make_entries(1)[0]
    with pytest.raises(TypeError):
        entry.what = "something else"


def test_an_amendment_cannot_be_dated_before_the_entry(make_entries) -> None:
    entry = make_entries(1)[0]
    with pytest.raises(ValueError):
        entry.amend("what", "more", entry.recorded_at - dt.timedelta(minutes=1))


def test_times_must_carry_a_timezone() -> None:
    with pytest.raises(ValidationError):
        Entry(recorded_at=dt.datetime(2026, 1, 1), what="x")


def test_repr_never_shows_the_words(make_entries) -> None:
    entry = make_entries(1)[0].amend(
        "impact", "I moved out", dt.datetime(2027, 1, 1, tzinfo=LONDON)
    )
    for text in (repr(entry), str(entry), f"{entry}", repr(entry.amendments[0])):
        assert "watching" not in text and "Crewe" not in text and "moved" not in text


def test_when_text_keeps_the_persons_words(make_entries) -> None:
    entry = make_entries(1)[0]
    assert entry.when_text() == "about Thu 01 Oct 2026 21:30 (night 0 about half 9)"
