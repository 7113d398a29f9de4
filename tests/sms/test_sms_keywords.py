"""STOP/START/HELP words [facts.md 7, sources 103-105] and the channel's own neutral wording."""

from __future__ import annotations

import pytest

from bot.channels.sms.keywords import Keyword, classify
from bot.channels.sms.segments import count_segments, is_gsm7
from bot.channels.sms.texts import names, text
from common.sms_text import reveals_topic


@pytest.mark.parametrize(
    ("body", "keyword"),
    [
        ("STOP", Keyword.STOP),
        ("stop", Keyword.STOP),
        ("  Stop. ", Keyword.STOP),
        ("STOPALL", Keyword.STOP),
        ("unsubscribe", Keyword.STOP),
        ("CANCEL", Keyword.STOP),
        ("end", Keyword.STOP),
        ("Quit!", Keyword.STOP),
        ("revoke", Keyword.STOP),
        ("OPTOUT", Keyword.STOP),
        ("START", Keyword.START),
        ("unstop", Keyword.START),
        ("HELP", Keyword.HELP),
        ("help?", Keyword.HELP),
        ("info", Keyword.HELP),
        # A sentence is a question for the assistant, not a keyword.
        ("please stop him", None),
        ("help me hes outside", None),
        ("how do i stop this", None),
        ("YES", None),  # an answer (e.g. to "delete this chat?") unless stopped
        ("", None),
    ],
)
def test_keywords_are_whole_messages(body: str, keyword: Keyword | None) -> None:
    assert classify(body) is keyword


def test_yes_restarts_only_a_stopped_number() -> None:
    assert classify("yes", opted_out=True) is Keyword.START
    assert classify("yes", opted_out=False) is None


@pytest.mark.parametrize(
    ("opt_out_type", "keyword"),
    [("STOP", Keyword.STOP), ("START", Keyword.START), ("HELP", Keyword.HELP)],
)
def test_twilio_advanced_opt_out_type_is_honoured(opt_out_type: str, keyword: Keyword) -> None:
    # A custom opt-out word configured in Twilio's console arrives with OptOutType.
    assert classify("ARRET", opt_out_type=opt_out_type) is keyword


@pytest.mark.parametrize("name", names())
def test_channel_texts_are_one_neutral_gsm7_sms(name: str) -> None:
    wording = text(name)
    assert is_gsm7(wording), name
    assert count_segments(wording) == 1, name
    assert not reveals_topic(wording, whole=True), f"{name} names the topic"


def test_help_says_what_it_is_999_and_how_to_stop() -> None:
    wording = text("help")
    assert "automated" in wording and "999" in wording and "STOP" in wording


def test_stop_and_start_replies_offer_nothing_else() -> None:
    assert "999" not in text("stop_confirmation") and "?" not in text("stop_confirmation")
    assert "START" in text("stop_confirmation")


@pytest.mark.parametrize(
    ("message", "reveals"),
    [
        ("Hello. I can help with staying safe and keeping a record.\nStalking is a crime.", False),
        ("Stalking is a crime.", True),
        ("Hello.\nStalking is a crime.", True),  # short first line: the next one shows too
        ("These can help:\nNational Stalking Helpline: 0808 802 0300", True),
        ("Call 999 now if you are in danger. Can't talk? Stay on the line.\nThe police", False),
    ],
)
def test_lock_screen_preview_check(message: str, reveals: bool) -> None:
    assert reveals_topic(message) is reveals
