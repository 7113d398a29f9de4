"""The one stand-down (stand_down.py) and the one footage reading (footage.py).

Every reading that turns a danger match down asks the same two questions: is it
said to be happening now, and is anything threatening? And the four readings of
"footage seen later" agree on what a camera caught.
"""

from __future__ import annotations

import pytest

from bot.safety.footage import footage_seen_later
from bot.safety.stand_down import HOSTILE, said_now, threatening


@pytest.mark.parametrize(
    "text",
    [
        "he is at the end of the drive right now",
        "the van is still there",
        "he was by the gate 2 mins ago",
        "she is just pulled up",
        "he is on his way over",
        "he is outside the flat",
    ],
)
def test_said_now_reads_now_and_nearby(text: str) -> None:
    assert said_now(text)


@pytest.mark.parametrize(
    "text",
    ["he has followed my van before", "he just rings me every sunday", "i moved here in may"],
)
def test_said_now_leaves_out_habit_and_the_past(text: str) -> None:
    assert not said_now(text)


def test_options_leave_out_or_add_a_group() -> None:
    assert said_now("now i have seen his page on facebook")
    assert not said_now("now i have seen his page on facebook", bare_now=False)
    assert not said_now("i just want it logged")
    assert said_now("i just want it logged", bare_just=True)
    assert not said_now("he is outside the school gates", near=False)
    assert said_now("he is coming round", also=("coming",))


@pytest.mark.parametrize(
    "text",
    [
        "he said he would kill me",
        "he is got a hammer",
        "i am terrified",
        "please help",
        "he is drunk",
    ],
)
def test_threatening_reads_threats_fear_and_pleas(text: str) -> None:
    assert threatening(text)


def test_a_reading_can_leave_fear_weapons_or_pleas_out() -> None:
    assert not threatening("i am petrified", fear=False)
    assert not threatening("the order mentions a knife", weapons=False)
    assert not threatening("can someone help me", pleas=False)
    # "kill" and "hurt me" are always read.
    assert threatening("he will hurt me", harm=False, fear=False, pleas=False)


def test_hostile_adds_the_wider_reading() -> None:
    assert not threatening("he keeps following my bus")
    assert threatening("he keeps following my bus", hostile=True)
    assert HOSTILE.search("he keeps following my bus")


@pytest.mark.parametrize(
    "text",
    [
        "my dashcam picked his van up behind me on the a49",
        "went back through the cctv when i got home",
        "it is on my doorbell",
        "how long should i keep the footage",
        "the ring doorbell got him at 2",
    ],
)
def test_footage_seen_later(text: str) -> None:
    assert footage_seen_later(text)


@pytest.mark.parametrize(
    "text",
    [
        "i need to ring the police he got in",
        "he is behind me on the ring road",
        "i was watching a video",
        # A live view, not a recording: "shows" needs a time told.
        "doorbell cam shows him on the step trying the lock",
    ],
)
def test_not_footage(text: str) -> None:
    assert not footage_seen_later(text)


def test_looked_back_is_only_going_back_over_it() -> None:
    assert footage_seen_later("checked my dashcam after work", looked_back=True)
    assert not footage_seen_later("my dashcam caught him", looked_back=True)
