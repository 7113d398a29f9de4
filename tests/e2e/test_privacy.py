"""What is stored and logged: pseudonymous keys, a retention limit, no words in logs."""

from __future__ import annotations

import redis

from scripts.stack import Stack
from tests.e2e.conftest import TEST_RETENTION_SECONDS, Chat


def test_conversation_is_stored_with_a_retention_limit(stack: Stack, chat: Chat, sender: str):
    chat.say(sender, "hello")
    env = stack.env
    conn = redis.Redis(port=int(env["REDIS_PORT"]), db=int(env["REDIS_DB"]))
    key = f"{env['REDIS_KEY_PREFIX']}:tracker:rest:{sender}"
    ttl = conn.ttl(key)
    assert 0 < ttl <= TEST_RETENTION_SECONDS


def test_nothing_the_person_wrote_reaches_the_logs(stack: Stack, chat: Chat, sender: str):
    words = "Pemberton lives at 14 Quarry Lane and hes outside my house with a knife"
    chat.say(sender, words)
    chat.say(sender, "Quarry Lane, who can help me")
    chat.post({"message": "Pemberton"})  # rejected request
    logs = "".join(path.read_text(errors="replace") for path in sorted(stack.log_dir.glob("*.log")))
    assert "Rasa server is up and running" in logs  # the logs were really captured
    assert "Pemberton" not in logs and "Quarry" not in logs


def test_person_can_delete_their_conversation(stack: Stack, chat: Chat, sender: str) -> None:
    env = stack.env
    conn = redis.Redis(port=int(env["REDIS_PORT"]), db=int(env["REDIS_DB"]))
    key = f"{env['REDIS_KEY_PREFIX']}:tracker:rest:{sender}"
    chat.say(sender, "hello")
    chat.say(sender, "he follows me home from work")
    assert "Do you want me to delete this chat?" in chat.say(sender, "please delete my data")[0]
    assert conn.exists(key), "nothing is deleted before a clear yes"

    reply = chat.post({"sender": sender, "message": "yes"}).json()
    assert "deleted this conversation" in reply[0]["text"]
    assert all("custom" not in m for m in reply), "the internal marker never reaches the client"
    assert not conn.exists(key)

    # Rasa has no memory of the conversation: it starts again from the beginning.
    replies = chat.say(sender, "how do i report stalking")
    assert "nobody reads this chat as you type" in replies[-1]


def test_saying_no_keeps_the_conversation(stack: Stack, chat: Chat, sender: str) -> None:
    env = stack.env
    conn = redis.Redis(port=int(env["REDIS_PORT"]), db=int(env["REDIS_DB"]))
    chat.say(sender, "hello")
    chat.say(sender, "can you delete everything i said")
    assert "kept it" in chat.say(sender, "no")[0]
    assert conn.exists(f"{env['REDIS_KEY_PREFIX']}:tracker:rest:{sender}")
