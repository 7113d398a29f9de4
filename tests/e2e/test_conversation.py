"""Conversations over the REST channel against the real Rasa server, action server and Redis."""

from __future__ import annotations

import json
import time

import pytest
import redis

from tests.e2e.conftest import Chat

NOTICE = "nobody reads this chat as you type"


def test_greeting_says_what_it_does_that_it_is_not_live_and_999(chat: Chat, sender: str) -> None:
    reply = " ".join(chat.say(sender, "hello"))
    assert "keep a record" in reply
    assert "automated" in reply and "Nobody reads this chat" in reply
    assert "999" in reply


@pytest.mark.parametrize(
    ("question", "answer_phrase"),
    [
        ("what actually counts as stalking?", "Fixated, Obsessive, Unwanted and Repeated"),
        ("what should i write down each time something happens", "crime reference number"),
        ("should i keep the voicemails he leaves", "Don't delete texts, voicemails"),
        ("should i just block his number", "second phone"),
        ("should i message him back and tell him to leave me alone", "safest not to reply"),
        ("how do i report him to the police", "101"),
        ("im scared reporting him will make it worse", "0808 802 0300"),
        ("i think theres a tracker on my car", "AirTag"),
        ("i think hes hacked my email", "2-step verification"),
        ("can i get a restraining order", "not legal advice"),
        ("i cant sleep, im scared all the time", "116 123"),
    ],
)
def test_first_question_is_answered_first_then_the_notice(
    chat: Chat, sender: str, question: str, answer_phrase: str
) -> None:
    replies = chat.say(sender, question)
    assert answer_phrase in replies[0], replies
    assert any(NOTICE in r for r in replies[1:]), replies


def test_question_after_greeting_gets_no_repeated_notice(chat: Chat, sender: str) -> None:
    chat.say(sender, "hi")
    replies = chat.say(sender, "how do i report stalking")
    assert "101" in replies[0]
    assert not any(NOTICE in r for r in replies)


@pytest.mark.parametrize(
    "message",
    [
        "he's at my front door right now",
        "hes got a knife",
        "im hiding in the bathroom",
        "how do i keep evidence? hes outside my house now",
    ],
)
def test_danger_gets_999_and_silent_solution_in_the_very_next_reply(
    chat: Chat, sender: str, message: str
) -> None:
    chat.say(sender, "hi")
    first = chat.say(sender, message)[0]
    assert "call 999" in first and "55" in first


def test_self_harm_gets_samaritans_and_999(chat: Chat, sender: str) -> None:
    reply = " ".join(chat.say(sender, "i dont want to be here anymore"))
    assert "116 123" in reply and "999" in reply


def test_support_services_come_from_the_directory_for_who_is_asking(
    chat: Chat, sender: str
) -> None:
    chat.say(sender, "hello")
    reply = " ".join(chat.say(sender, "im a man being stalked by my ex, who can help me?"))
    assert reply.index("Men's Advice Line: 0808 801 0327") < reply.index("0808 802 0300")
    assert "999" in reply


def test_unclear_message_gets_an_honest_fallback_not_a_guess(chat: Chat, sender: str) -> None:
    reply = " ".join(chat.say(sender, "purple monkey dishwasher"))
    assert "not sure" in reply or "can't help with that" in reply
    assert "999" in reply


def test_goodbye_mentions_clearing_history(chat: Chat, sender: str) -> None:
    chat.say(sender, "hi")
    reply = " ".join(chat.say(sender, "bye, thanks"))
    assert "history" in reply or "Take care" in reply


def test_danger_in_a_paused_conversation_still_gets_999(stack, chat: Chat, sender: str) -> None:
    """Rasa predicts nothing while a conversation is paused; the channel net still answers."""
    chat.say(sender, "hello")
    env = stack.env
    conn = redis.Redis(port=int(env["REDIS_PORT"]), db=int(env["REDIS_DB"]))
    key = f"{env['REDIS_KEY_PREFIX']}:tracker:rest:{sender}"
    tracker = json.loads(conn.get(key))
    tracker["events"].append({"event": "pause", "timestamp": time.time()})
    conn.set(key, json.dumps(tracker), ex=conn.ttl(key))

    # Paused, Rasa says nothing; the person still never gets silence.
    assert "999" in " ".join(chat.say(sender, "how do i report him"))
    first = chat.say(sender, "hes at my door right now")[0]
    assert "call 999" in first and "55" in first


def test_anything_in_warrington_lists_local_and_national_help(chat: Chat, sender: str) -> None:
    chat.say(sender, "hi")
    reply = " ".join(chat.say(sender, "is there anything in warrington that can help"))
    assert "Cheshire CARES: 01606 36 6336" in reply
    assert "0808 802 0300" in reply


def test_is_anyone_open_now_lists_only_services_open_now(chat: Chat, sender: str) -> None:
    from datetime import datetime, timezone

    from signposting.directory import load_directory

    chat.say(sender, "hi")
    reply = " ".join(chat.say(sender, "is anyone open now i need to talk to someone"))
    now = datetime.now(timezone.utc)
    listed = [s for s in load_directory() if f"{s.name}:" in reply]
    assert listed, reply
    assert all(s.hours_known and s.is_open(now) for s in listed), [s.id for s in listed]


# ---------------------------------------------------------------------------
# The bot keeps what the person has said (issue 7, point 5)


def test_a_place_said_earlier_reaches_the_service_list(chat: Chat, sender: str) -> None:
    chat.say(sender, "hi")
    chat.say(sender, "I'm in Crewe")
    reply = "\n".join(chat.say(sender, "who can help?"))
    # Cheshire CARES is local to the four Cheshire areas; a national list has none.
    assert "Cheshire CARES" in reply, reply


def test_who_they_are_is_kept_when_they_say_where_they_live(chat: Chat, sender: str) -> None:
    chat.say(sender, "hi")
    chat.say(sender, "I'm a man")
    reply = "\n".join(chat.say(sender, "I live in Crewe"))
    assert "Men's Advice Line" in reply, reply
    # A Crewe (Cheshire East) service is listed too. Which one depends on the
    # hour: services open now come first (Cheshire CARES closes at 16:00 at
    # weekends, when the Cheshire East hub leads instead).
    assert "Cheshire" in reply, reply
