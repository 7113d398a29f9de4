"""The shared turn against the real stack over REST: what every channel now does the same way.

Each test is a finding of the hardening issue (failed before the shared turn)
or a promise of the architecture issue.
"""

from __future__ import annotations

import uuid

from bot.safety.replies import response_text
from tests.e2e.conftest import Chat

DANGER = response_text("utter_immediate_danger")
SELF_HARM = response_text("utter_self_harm_support")
FIRST = response_text("utter_first_reply_notice")


def test_a_danger_first_message_still_says_it_is_automated(chat: Chat, sender: str) -> None:
    # Finding 9: the first reply said "automated" only for ordinary questions.
    replies = chat.say(sender, "hes outside my house right now")
    assert replies[0] == DANGER
    assert replies[-1] == FIRST
    assert FIRST not in chat.say(sender, "what should i do"), "said once, on the first reply"


def test_a_long_message_that_starts_with_self_harm_gets_samaritans(chat: Chat, sender: str) -> None:
    # Finding 1: it got only "too long ... call 999".
    replies = chat.say(sender, "I want to kill myself. " + "It has gone on for months. " * 300)
    assert replies[0] == SELF_HARM and "116 123" in replies[0]
    assert "too long" in replies[1]


def test_a_long_message_that_ends_with_danger_gets_the_silent_solution(
    chat: Chat, sender: str
) -> None:
    replies = chat.say(sender, "It started last year. " * 300 + "He is outside my door now.")
    assert replies[0] == DANGER and "55" in replies[0]


def test_delete_my_data_inside_the_court_order_questions(chat: Chat, sender: str) -> None:
    # Finding 2: inside the questions the request was ignored and "yes" taken as an answer.
    chat.say(sender, "can i get a restraining order")
    assert chat.say(sender, "yes")[-1] == "Who is doing this to you?"
    asked = " ".join(chat.say(sender, "I want to delete this chat"))
    assert "Do you want me to delete this chat?" in asked
    done = " ".join(chat.say(sender, "yes"))
    assert "deleted" in done
    fresh = chat.say(sender, "hello")
    assert FIRST in fresh, "a new conversation: nothing of the old one is left"


def test_a_message_in_another_language_gets_a_plain_english_reply(chat: Chat, sender: str):
    # Finding 8: a French message about being followed got the self-harm reply.
    replies = chat.say(sender, "il me suit partout depuis une semaine, j'ai peur")
    assert "I can only read English" in replies[0] and "999" in replies[0]
    assert not any("116 123" in r for r in replies)


def test_rest_senders_cannot_reach_another_channel_s_conversation(chat: Chat, stack) -> None:
    # Finding 10: any REST caller could post as any conversation id.
    import redis

    env = stack.env
    conn = redis.Redis(port=int(env["REDIS_PORT"]), db=int(env["REDIS_DB"]))
    sms_like = "sms_" + uuid.uuid4().hex
    chat.say(sms_like, "hello")
    prefix = env["REDIS_KEY_PREFIX"]
    assert conn.exists(f"{prefix}:tracker:rest:{sms_like}")
    assert not conn.exists(f"{prefix}:tracker:{sms_like}")
