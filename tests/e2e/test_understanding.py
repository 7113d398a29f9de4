"""Issue 11 end to end: the new routes, the kept profile and the short order result.

Over REST (the session stack, as tests/e2e/test_conversation.py) and over SMS
(signed Twilio webhooks against a stack of this module's own, as
tests/e2e/test_sms.py, whose fixtures this module reuses).
"""

from __future__ import annotations

import pytest

from tests.e2e.conftest import Chat
from tests.e2e.test_sms import Phone, new_number, phone, sms_stack, twilio  # noqa: F401

NOTICE = "nobody reads this chat as you type"

# (first message, a phrase only the right web answer has, the same for SMS)
NEW_ROUTES = [
    (
        "can police tell me who is behind the fake accounts messaging me",
        "not a right you can claim",
        "not a right you can claim",
    ),
    ("what is clare's law and how do i ask", "28 days", "28 days"),
    (
        "my sister is being stalked by her ex, how can i help her",
        "Don't confront the person",
        "don't confront the person",
    ),
    (
        "i keep messaging my ex even though she told me to stop, i need help to stop",
        "0808 802 4040",
        "0808 802 4040",
    ),
    # Session 9: what happens to what the person types, with the stack's own
    # retention filled in: the test stack keeps chats an hour
    # (conftest.TEST_RETENTION_SECONDS), which the answer rounds up to a day.
    (
        "is this chat private? do the police see what i write here",
        "kept for up to 1 day",
        "kept up to 1 day",
    ),
]


@pytest.mark.parametrize(("message", "web_phrase", "_sms"), NEW_ROUTES)
def test_each_new_route_is_answered_first_then_the_notice(
    chat: Chat, sender: str, message: str, web_phrase: str, _sms: str
) -> None:
    replies = chat.say(sender, message)
    assert web_phrase in replies[0], replies
    assert any(NOTICE in r for r in replies[1:]), replies


def test_asking_for_a_person_says_what_will_happen_and_ends_with_the_consent_question(
    chat: Chat, sender: str
) -> None:
    # The way into the handover (issue 10): the notice comes before the question,
    # so the question the person must answer is the last thing they read.
    replies = chat.say(sender, "can i talk to a real person please")
    assert any(NOTICE in r for r in replies), replies
    assert any("trained advocate" in r for r in replies), replies
    assert "summary" in replies[-1], replies


def test_right_to_know_never_promises_and_says_to_ask_the_police(chat: Chat, sender: str):
    chat.say(sender, "hi")
    reply = chat.say(
        sender, "is the right to know law yet? i want to know who my online stalker is"
    )[0]
    assert "Crime and Policing Act" in reply and "101" in reply and "999" in reply
    assert "could not confirm" in reply


def test_perpetrator_answer_is_not_shaming_and_says_police_give_no_legal_advice(
    chat: Chat, sender: str
) -> None:
    chat.say(sender, "hi")
    reply = chat.say(sender, "i think i might be stalking someone and i want to stop")[0]
    assert "The police can't give legal advice" in reply
    assert not any(word in reply.lower() for word in ("shame", "disgust", "monster"))


def test_a_man_then_a_town_keeps_the_mens_service(chat: Chat, sender: str) -> None:
    first = "\n".join(chat.say(sender, "I'm a man"))
    assert "Men's Advice Line" in first, first
    reply = "\n".join(chat.say(sender, "I live in Crewe"))
    # And a Crewe (Cheshire East) service: which one depends on the hour, as
    # services open now come first (Cheshire CARES closes at 16:00 at weekends).
    assert "Men's Advice Line" in reply and "Cheshire" in reply, reply


def test_order_result_is_a_short_lead_with_details_behind_buttons(chat: Chat, sender: str):
    chat.say(sender, "hello")
    chat.say(sender, "can i get a restraining order")
    chat.say(sender, "yes")
    for answer in ("my ex boyfriend", "yes", "1 2 8", "yes", "Found guilty"):
        chat.say(sender, answer)
    final = chat.post({"sender": sender, "message": "i live in warrington"}).json()
    lead = next(m for m in final if "not legal advice" in (m.get("text") or ""))
    assert len(lead["text"]) < 900, len(lead["text"])
    assert "Who applies" not in lead["text"]
    button = lead["buttons"][0]
    details = chat.say(sender, button["payload"])
    assert "Who applies" in details[0] and "not legal advice" in details[0]


def test_stop_part_way_is_short_with_a_way_back(chat: Chat, sender: str) -> None:
    chat.say(sender, "hello")
    chat.say(sender, "can i get a restraining order")
    chat.say(sender, "yes")
    chat.say(sender, "my ex")
    stopped = chat.post({"sender": sender, "message": "stop"}).json()
    text = " ".join(m.get("text") or "" for m in stopped)
    assert "OK, no more questions" in text and "Who applies" not in text
    assert len(text) < 300, text
    way_back = next(m for m in stopped if m.get("buttons"))["buttons"][0]["payload"]
    assert "not legal advice" in " ".join(chat.say(sender, way_back))


# -- the same over SMS --------------------------------------------------------


@pytest.mark.parametrize(("message", "_web", "sms_phrase"), NEW_ROUTES)
def test_each_new_route_by_text(phone: Phone, message: str, _web: str, sms_phrase: str):  # noqa: F811
    reply = phone.say(new_number(), message)
    assert sms_phrase.lower() in reply.lower(), reply
    assert "999" in reply


def test_asking_for_a_person_by_text(phone: Phone) -> None:  # noqa: F811
    reply = phone.say(new_number(), "can i talk to a real person please")
    assert "trained advocate" in reply and "999" in reply
    assert reply.rstrip().endswith("3 Back to the bot"), reply


def test_a_man_then_a_town_keeps_the_mens_service_by_text(phone: Phone) -> None:  # noqa: F811
    number = new_number()
    phone.say(number, "im a man")
    reply = phone.say(number, "i live in crewe")
    assert "Men's Advice Line" in reply, reply


def test_stop_part_way_by_text_is_short(phone: Phone) -> None:  # noqa: F811
    number = new_number()
    phone.say(number, "can i get a restraining order")
    phone.say(number, "yes")
    phone.say(number, "1")  # an ex-partner
    reply = phone.say(number, "menu")
    assert "no more questions" in reply and len(reply) < 160, reply
