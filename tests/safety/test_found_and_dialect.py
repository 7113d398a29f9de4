"""Set v9 recall kinds: being found, "toward", and "me" for "my" (issue 8, session 8).

Written by the engineers after blind sets v9a and v9b were scored once at first
sight, in their own words; both sides of each kind.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import assess


@pytest.mark.parametrize(
    "text",
    [
        "he found me",
        "she's found us",
        "they've found my new address",
        "he found out where i live now",
        "omg he tracked me down",
    ],
)
def test_being_found_gets_at_least_the_check_in_line(text: str) -> None:
    found = assess(text)
    assert found.immediate_danger or found.check_in, text


@pytest.mark.parametrize(
    "text",
    [
        "I found him on facebook",
        "he found me on tinder two years ago",
        "the police found me a place in a refuge",
        "my advocate found me a solicitor",
    ],
)
def test_finding_someone_or_something_else_is_no_check_in(text: str) -> None:
    found = assess(text)
    assert not found.any and not found.check_in, text


@pytest.mark.parametrize(
    "text",
    [
        "he's walking toward me from the other side",
        "she is running toward me now",
        "me uncle is outside kicking off",
        "me ex is at me door now",
        "me stalker is in me garden",
    ],
)
def test_toward_and_me_for_my_read_as_danger(text: str) -> None:
    assert assess(text).immediate_danger, text


@pytest.mark.parametrize(
    "text",
    [
        "he walked toward me in court last month, can I ask for screens",
        "me mam says I should report it, how do I do that",
        "can you send me the number for the helpline",
        "he keeps ringing me mam, is that harassment",
        "he keeps calling me baby in his messages, is that harassment",
    ],
)
def test_the_same_words_told_calmly_stay_ordinary(text: str) -> None:
    assert not assess(text).any, text
