"""Ordinary first messages holding danger words (first_messages.py, issues 8 and 11).

Each kind is tested both ways with wording written for these tests: the
ordinary message gets less than the full reply, and the same words with danger
now keep it.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess


def _full(text: str) -> bool:
    return assess(text).any


@pytest.mark.parametrize(
    "text",
    [
        "my brother in law is a policeman, plod will never touch his mate so whats the point",
        "i tried telling my mum once and she didn't believe me, what's the point",
        "nobody listened the last time, so honestly what is the point",
    ],
)
def test_point_of_telling_gets_samaritans_line_not_full_reply(text: str) -> None:
    result = assess(text)
    assert not result.self_harm
    assert result.check_in_self_harm


@pytest.mark.parametrize(
    "text",
    [
        "nobody believed me so what's the point in living",
        "told my sister everything, what's the point of going on",
    ],
)
def test_point_of_living_keeps_full_reply(text: str) -> None:
    assert assess(text).self_harm


@pytest.mark.parametrize(
    "text",
    [
        "my boyfriend reckons i smother him and text him too much",
        "apparently i smother my wife, she wants space, how do i change",
    ],
)
def test_own_smothering_is_a_check_in(text: str) -> None:
    result = assess(text)
    assert not result.immediate_danger
    assert result.check_in


@pytest.mark.parametrize(
    "text",
    [
        "he's trying to smother me with a pillow right now",
        "he's smothering my baby now",
    ],
)
def test_smothering_now_keeps_full_reply(text: str) -> None:
    assert assess(text).immediate_danger


@pytest.mark.parametrize(
    "text",
    [
        "i can't leave her alone even though she blocked me, is there help for that",
        "my therapist says I can't leave my ex alone and need a course",
    ],
)
def test_cannot_leave_someone_alone_is_no_danger(text: str) -> None:
    assert not _full(text)


@pytest.mark.parametrize(
    "text",
    ["i can't leave, he's locked the door", "he won't let me leave the flat now"],
)
def test_cannot_leave_a_place_keeps_full_reply(text: str) -> None:
    assert assess(text).immediate_danger


@pytest.mark.parametrize(
    "text",
    [
        "my cousin says someone has been watching her flat for weeks",
        "my mate reckons a bloke is following her from the gym, not sure how to support her",
    ],
)
def test_second_hand_report_is_a_check_in(text: str) -> None:
    result = assess(text)
    assert not result.immediate_danger
    assert result.check_in


@pytest.mark.parametrize(
    "text",
    [
        "my cousin says someone is watching her flat right now",
        "my mate just rang, a bloke is following her now",
        "someone has been watching my house",
    ],
)
def test_second_hand_now_or_first_hand_keeps_full_reply(text: str) -> None:
    assert assess(text).immediate_danger


@pytest.mark.parametrize(
    "text",
    [
        "our garage was broken into overnight, the bikes are gone",
        "the allotment hut got broken into and they nicked my tools",
    ],
)
def test_break_in_that_is_over_is_at_most_a_check_in(text: str) -> None:
    assert not _full(text)


@pytest.mark.parametrize(
    "text",
    [
        "someone is breaking in right now",
        "the garage was broken into and he's still in there now",
    ],
)
def test_break_in_now_keeps_full_reply(text: str) -> None:
    assert assess(text).immediate_danger


@pytest.mark.parametrize(
    "text",
    [
        "a cyclist on the pavement almost hit my son outside school",
        "a van nearly hit me on the zebra crossing, shaken up",
    ],
)
def test_nearly_hit_by_a_vehicle_is_no_danger(text: str) -> None:
    assert not _full(text)


@pytest.mark.parametrize(
    "text",
    ["he hit my son", "he just hit me and he's still here"],
)
def test_hit_by_someone_keeps_full_reply(text: str) -> None:
    assert assess(text).immediate_danger


@pytest.mark.parametrize(
    "text",
    [
        "part of me wants to go and knock on his door and have it out with him",
        "should i knock on her door and ask her to stop?",
    ],
)
def test_person_going_to_someones_door_is_no_danger(text: str) -> None:
    assert not _full(text)


@pytest.mark.parametrize(
    "text",
    ["he's knocking on my door right now", "he keeps banging on my door and he's here now"],
)
def test_someone_at_their_door_keeps_full_reply(text: str) -> None:
    assert assess(text).immediate_danger


@pytest.mark.parametrize(
    "text",
    [
        "A member of staff is being followed to the office by a man. What should we do?",
        "I am a retired woman being followed by my neighbour and I worry "
        "the police won't believe me",
        "one of our volunteers keeps getting hassled by her ex turning up at the shop, "
        "what can the charity do?",
    ],
)
def test_pattern_asked_about_is_a_check_in(text: str) -> None:
    result = assess(text)
    assert not result.immediate_danger
    assert result.check_in


@pytest.mark.parametrize(
    "text",
    [
        "I'm being followed right now, what should I do?",
        "he's following me, what can I do",
        "A member of staff is being followed to her car right now. What should we do?",
        "I'm a woman being followed by a man now, nobody will believe me",
    ],
)
def test_following_now_keeps_full_reply(text: str) -> None:
    assert assess(text).immediate_danger


def test_nobody_cares_whats_the_point_keeps_full_reply() -> None:
    """Hopelessness about life, not about telling: the full self-harm reply stays."""
    assert assess("nobody cares about me so what's the point").self_harm
