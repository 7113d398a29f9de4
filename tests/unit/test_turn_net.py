"""The safety net follows the verdict, not the wording of the replies."""

from __future__ import annotations

from bot.safety.detector import assess
from bot.safety.replies import response_text
from bot.turn.net import apply_net
from common.medium import Medium

DANGER = response_text("utter_immediate_danger")
SELF_HARM = response_text("utter_self_harm_support")
UNAVAILABLE = response_text("notice_service_unavailable")
FIRST = response_text("utter_first_reply_notice")
TOO_LONG = response_text("notice_message_too_long")
CHECK_IN = response_text("utter_safety_check_in")


def texts(messages: list[dict]) -> list[str]:
    return [m["text"] for m in messages]


def net(replies: list[str], user_text: str, medium: Medium = Medium.WEB, **flags) -> list[str]:
    return texts(apply_net([{"text": r} for r in replies], assess(user_text), medium, **flags))


def test_no_reply_becomes_the_unavailable_notice_with_999_and_helplines() -> None:
    (reply,) = net([], "how do i report him")
    assert "999" in reply and "0808 802 0300" in reply and "08 08 16 89 111" in reply


def test_danger_gets_the_guidance_first() -> None:
    assert net(["Here is how to keep a log."], "hes outside my house now") == [
        DANGER,
        "Here is how to keep a log.",
    ]


def test_a_reply_that_merely_mentions_999_is_not_the_danger_guidance() -> None:
    # Finding 1 of the hardening issue: the "too long" notice says 999 but not the Silent Solution.
    replies = net([TOO_LONG], "he is outside my house now")
    assert replies == [DANGER, TOO_LONG]


def test_the_guidance_rasa_already_gave_is_moved_first_not_repeated() -> None:
    replies = net(["Here is how to keep a log.", DANGER], "hes outside my house now")
    assert replies == [DANGER, "Here is how to keep a log."]


def test_self_harm_in_a_long_message_still_gets_samaritans() -> None:
    replies = net([TOO_LONG], "I want to kill myself. " + "and then " * 2000)
    assert replies == [SELF_HARM, TOO_LONG]
    assert "116 123" in replies[0]


def test_danger_and_self_harm_get_both_danger_first() -> None:
    replies = net([], "hes outside with a knife and i want to kill myself", failed=True)
    assert replies[:2] == [DANGER, SELF_HARM] and replies[-1] == UNAVAILABLE


def test_possible_danger_beside_self_harm_gets_the_check_in_line_first() -> None:
    # Blind sets v16a, v16b: danger only possible, self-harm certain. The "are you
    # safe?" line with 999 comes first, then the self-harm guidance. (v16a's "my boss
    # is sat outside in his car" gets the full danger reply since session 16.)
    replies = net([], "says if i try to leave he'll kill me. i want to die anyway")
    assert replies[:2] == [CHECK_IN, SELF_HARM]


def test_a_check_in_from_self_harm_words_alone_comes_after_the_self_harm_guidance() -> None:
    replies = net([], "I want to end it all, I've got my tablets here")
    assert replies[0] == SELF_HARM


def test_a_failed_turn_with_danger_still_gives_a_helpline() -> None:
    # Finding 1: during a Redis outage, danger replies carried 999 but no helpline.
    replies = net([], "hes outside my house now", failed=True)
    assert replies == [DANGER, UNAVAILABLE]
    assert "08 08 16 89 111" in replies[-1]


def test_a_failed_action_after_a_partial_answer_adds_the_notice() -> None:
    assert net(["I'm an automated helper."], "who can help", failed=True)[-1] == UNAVAILABLE


def test_degraded_with_a_helpline_already_said_adds_nothing() -> None:
    assert net(["Call 0808 802 0300."], "who can help", degraded=True) == ["Call 0808 802 0300."]


def test_the_first_reply_says_it_is_automated_after_the_guidance() -> None:
    assert net([], "hes outside my house now", first=True) == [DANGER, FIRST]
    assert net([FIRST], "hi", first=True) == [FIRST], "never twice"


def test_sms_wording_is_used_on_sms() -> None:
    (web,) = net([], "hello")
    (sms,) = net([], "hello", Medium.SMS)
    assert len(sms) < len(web) and "999" in sms
    assert net([], "hes outside my house now", Medium.SMS)[0] == response_text(
        "utter_immediate_danger", Medium.SMS
    )


def test_unknown_response_falls_back_to_a_last_resort_line_with_999() -> None:
    assert "999" in response_text("no_such_response")
