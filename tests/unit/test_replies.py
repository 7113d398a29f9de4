"""The safety net's guarantees: never empty, and 999 first when danger is signalled."""

from __future__ import annotations

from bot.safety.replies import ensure_safe_reply, response_text


def test_no_reply_becomes_the_unavailable_notice_with_999_and_helplines() -> None:
    (reply,) = ensure_safe_reply([], "how do i report him")
    assert "999" in reply and "0808 802 0300" in reply and "08 08 16 89 111" in reply


def test_danger_without_999_in_the_replies_gets_guidance_first() -> None:
    replies = ensure_safe_reply(["Here is how to keep a log."], "hes outside my house now")
    assert replies[0] == response_text("utter_immediate_danger")
    assert replies[1] == "Here is how to keep a log."


def test_replies_that_already_give_999_are_left_alone() -> None:
    replies = ["If you are in danger now, call 999."]
    assert ensure_safe_reply(replies, "hes outside my house now") == replies


def test_self_harm_gets_samaritans_even_when_the_turn_failed() -> None:
    replies = ensure_safe_reply([], "i want to kill myself")
    assert "116 123" in replies[0]


def test_sms_wording_is_used_on_sms() -> None:
    (web,) = ensure_safe_reply([], "hello")
    (sms,) = ensure_safe_reply([], "hello", channel="sms")
    assert len(sms) < len(web) and "999" in sms


def test_unknown_response_falls_back_to_a_last_resort_line_with_999() -> None:
    assert "999" in response_text("no_such_response")
