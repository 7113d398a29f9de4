"""Tablets the devices, not the medicine (set M's kind; wording written for these tests)."""

from __future__ import annotations

import pytest

from bot.safety.detector import assess

DEVICES = (
    "can my ex see my location through the kids' tablets, we share a google account",
    "he set up the children's tablet with his apple id, can he read my messages",
    "is there an app on my son's tablet he could be tracking us with",
)

MEDICINE = (
    "i've had ten tablets",
    "took all my tablets and logged out of my accounts, sorry",
    "i'm going to take every tablet in the house tonight",
    "I had twenty of my tablets and logged out of everything",
)


@pytest.mark.parametrize("text", DEVICES)
def test_tablets_as_devices_get_no_self_harm_reply(text: str) -> None:
    found = assess(text)
    assert not found.self_harm and "ci_pills" not in found.check_in_rule_ids, text


@pytest.mark.parametrize("text", MEDICINE)
def test_tablets_taken_keep_the_self_harm_reply(text: str) -> None:
    assert assess(text).self_harm, text
