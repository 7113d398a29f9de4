"""What is stored and logged: pseudonymous keys, a retention limit, no words in logs."""

from __future__ import annotations

import redis

from scripts.stack import Stack
from tests.e2e.conftest import TEST_RETENTION_SECONDS, Chat


def test_conversation_is_stored_with_a_retention_limit(stack: Stack, chat: Chat, sender: str):
    chat.say(sender, "hello")
    env = stack.env
    conn = redis.Redis(port=int(env["REDIS_PORT"]), db=int(env["REDIS_DB"]))
    key = f"{env['REDIS_KEY_PREFIX']}:tracker:{sender}"
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
