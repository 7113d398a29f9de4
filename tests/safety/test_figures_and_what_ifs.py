"""Blind set v10 kinds: a weapon kept as evidence, stabbing at a device, one's own
knife in a what-if with him not there, a scare put right. Each is tested both
ways with wording written for this file: the ordinary kind gets no full reply,
the same words with danger now keep it."""

from __future__ import annotations

import pytest

from bot.safety.detector import assess

ORDINARY = [
    # A weapon kept as evidence, years ago.
    "the blade he waved at me in 2019 is still held as evidence, will they return it",
    # Stabbing or jabbing at a device.
    "been jabbing at my phone screen all morning and the app still won't open",
    "I was stabbing away at the keyboard trying to finish the form",
    # One's own knife in a what-if, him said not to be there.
    "if I'm cutting bread with a big knife and he shows up, is that self defence? "
    "he isn't here, just wondering",
    # A scare put right.
    "I thought somebody was trying the back door but it was only the cat, all ok",
    "storm last night, thought someone was at the window but it was the tree "
    "scraping, checked everything",
]

DANGER = [
    "the knife is still held as evidence but he's outside with another one",
    "he's jabbing at me with a knife",
    "he's stabbing at the door with a knife right now",
    "if he shows up I'll grab my knife, he isn't here yet but he's on his way",
    "thought someone was trying the door but it was the gate, now he's outside "
    "banging on the window",
    "I thought it was the wind but someone is trying the door right now",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_kind_gets_no_full_reply(text: str) -> None:
    assert not assess(text).immediate_danger


@pytest.mark.parametrize("text", DANGER)
def test_same_words_with_danger_keep_the_full_reply(text: str) -> None:
    assert assess(text).immediate_danger
