"""Buttons become numbered options; a reply of "1" becomes the first button's payload."""

from __future__ import annotations

import pytest

from bot.channels.sms.options import Option, render, resolve

GREETING = {
    "text": "Hello.",
    "buttons": [
        {"title": "What is stalking?", "payload": "/ask_what_is_stalking"},
        {"title": "Keeping a record", "payload": "/ask_evidence_log"},
    ],
}
MENU = {
    "text": "More:",
    "buttons": [{"title": "Who can help?", "payload": "/ask_support_services"}],
}


def test_buttons_are_listed_with_numbers_under_the_text() -> None:
    texts, options = render([GREETING])
    assert texts == ["Hello.\nReply with a number:\n1 What is stalking?\n2 Keeping a record"]
    assert options == [
        Option("What is stalking?", "/ask_what_is_stalking"),
        Option("Keeping a record", "/ask_evidence_log"),
    ]


def test_numbering_runs_across_a_turn() -> None:
    texts, options = render([GREETING, {"text": "No buttons here."}, MENU])
    assert texts[2].endswith("3 Who can help?")
    assert [o.payload for o in options][2] == "/ask_support_services"


def test_plain_messages_offer_no_options() -> None:
    texts, options = render([{"text": "Hi."}, {"text": ""}, {"custom": {"x": 1}}])
    assert texts == ["Hi."] and options == []


def test_an_image_is_sent_as_its_link() -> None:
    texts, _ = render([{"text": "See:", "image": "https://example.org/a.png"}])
    assert texts == ["See:\nhttps://example.org/a.png"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("1", "/ask_what_is_stalking"),
        (" 2 ", "/ask_evidence_log"),
        ("2.", "/ask_evidence_log"),
        ("#1", "/ask_what_is_stalking"),
        ("3", "3"),  # out of range: the words go to the assistant unchanged
        ("0", "0"),
        ("1 more thing", "1 more thing"),
        ("hes outside", "hes outside"),
    ],
)
def test_a_number_resolves_to_the_payload(body: str, expected: str) -> None:
    _, options = render([GREETING])
    assert resolve(body, options) == expected


def test_a_number_with_no_options_is_sent_as_it_is() -> None:
    assert resolve("1", []) == "1"
