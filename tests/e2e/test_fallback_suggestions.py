"""The honest fallback with choices, end to end: a message the model is not sure of
gets "not sure" and the likeliest topics, and picking one gets that topic's answer.

Over REST (the session stack) and SMS (a stack of this module's own, with the
fixtures of tests/e2e/test_sms.py), against the real model. Which messages the
model is unsure of changes with every training, so each test tries the vague
messages below in turn and uses the first that gets topics to pick; it fails,
never skips, when none does.
"""

from __future__ import annotations

import uuid

from bot.understanding.suggestions import TOPIC_TITLES
from tests.e2e.conftest import Chat
from tests.e2e.test_sms import Phone, new_number, phone, sms_stack, twilio  # noqa: F401

# Vague, topic-adjacent first messages, in our own words: each is near a topic
# without saying which. None speaks of danger or self-harm.
VAGUE = [
    "the notes i made, are they any use",
    "the phone thing keeps happening, what now",
    "he keeps doing the thing with the car",
    "where would i even start with this",
    "what about all the screenshots and stuff",
    "is it worth doing anything about it",
    "do i need all of it or just some",
    "ok but what do i actually do with it all",
]
NOT_SURE = (
    "Sorry, I'm not sure what you mean, and I don't want to guess. Did you mean one of these?"
)
SHOW_THE_OPTIONS = {"title": "Show me the options", "payload": "/ask_menu"}
SMS_LEAD = "Reply with a number:\n1 "


def _sender() -> str:
    return "e2e-" + uuid.uuid4().hex


def _offer_over_rest(chat: Chat) -> tuple[str, dict]:
    """The first vague message that gets topics to pick: its sender and the reply with them."""
    for message in VAGUE:
        sender = _sender()
        replies = chat.post({"sender": sender, "message": message}).json()
        for reply in replies:
            buttons = reply.get("buttons") or []
            if any(b["payload"] != SHOW_THE_OPTIONS["payload"] for b in buttons):
                return sender, reply
    raise AssertionError(f"none of {len(VAGUE)} vague messages got topics to pick from")


def test_a_vague_message_offers_likely_topics_and_one_leads_to_its_answer(chat: Chat) -> None:
    sender, offer = _offer_over_rest(chat)
    assert offer["text"].startswith(NOT_SURE) and "call 999" in offer["text"]
    topics, last = offer["buttons"][:-1], offer["buttons"][-1]
    assert 1 <= len(topics) <= 2 and last == SHOW_THE_OPTIONS
    assert all(TOPIC_TITLES[b["payload"].removeprefix("/")] == b["title"] for b in topics)

    picked = chat.say(sender, topics[0]["payload"])
    # The same answer as asking for the topic outright, in a conversation of its own.
    outright = _sender()
    chat.say(outright, "hello")
    assert picked[0] == chat.say(outright, topics[0]["payload"])[0]


def test_not_understood_again_after_the_choices_offers_a_person(chat: Chat) -> None:
    sender, _offer = _offer_over_rest(chat)
    # The fallback intent itself, as in tests/e2e/test_handover_entry.py: what the
    # model fails to place changes with every training.
    second = " ".join(chat.say(sender, "/nlu_fallback"))
    assert "still not sure" in second and "trained advocate" in second


def test_with_no_likely_topic_the_fallback_is_as_before(chat: Chat) -> None:
    # "/nlu_fallback" has nothing but the fallback in its ranking.
    replies = chat.post({"sender": _sender(), "message": "/nlu_fallback"}).json()
    assert replies[0]["text"].startswith(
        "Sorry, I'm not sure what you mean, and I don't want to guess.\n"
    )
    assert [b["title"] for b in replies[0]["buttons"]] == ["Show me the options", "Who can help?"]


# -- the same by text ------------------------------------------------------------


def test_by_text_a_vague_message_offers_numbered_topics_and_1_picks_the_first(
    phone: Phone,  # noqa: F811
) -> None:
    for message in VAGUE:
        number = new_number()
        offer = phone.say(number, message)
        if SMS_LEAD in offer:
            break
    else:
        raise AssertionError(f"none of {len(VAGUE)} vague messages got numbered topics by text")
    assert offer.startswith("Sorry, I didn't follow that. In danger? Call 999.")
    first_title = offer.split(SMS_LEAD, 1)[1].split("\n", 1)[0]
    assert first_title != SHOW_THE_OPTIONS["title"]

    picked = phone.say(number, "1")
    # The same answer as asking for that topic outright, by its button's words
    # in a conversation of its own.
    outright = new_number()
    phone.say(outright, "hello")
    assert picked == phone.say(outright, _payload_of(first_title))
    assert "Did you mean" not in picked


def _payload_of(title: str) -> str:
    return "/" + next(intent for intent, t in TOPIC_TITLES.items() if t == title)
