"""Failures still answer: restarts lose nothing, outages still give 999 and helplines."""

from __future__ import annotations

import pytest

from scripts.stack import Stack
from tests.e2e.conftest import Chat, PrivateRedis, delete_keys, stack_env

NOTICE = "nobody reads this chat as you type"


def test_conversation_survives_a_rasa_restart(stack: Stack, chat: Chat, sender: str) -> None:
    chat.say(sender, "hello")
    stack.stop_service("rasa")
    stack.start_rasa()
    replies = chat.say(sender, "how do i keep a record of what he does")
    # A conversation Rasa had forgotten would get the first-message notice again.
    assert "date and time" in replies[0]
    assert not any(NOTICE in r for r in replies)


def test_action_server_down_still_answers_with_999_and_helplines(
    stack: Stack, chat: Chat, sender: str
) -> None:
    stack.stop_service("actions")
    try:
        reply = " ".join(chat.say(sender, "who can help me"))
        assert "999" in reply and "0808 802 0300" in reply
        # Responses that need no action server still work.
        assert "call 999" in chat.say(sender, "hes at my door")[0]
    finally:
        stack.start_actions()


@pytest.fixture(scope="module")
def outage_stack(tmp_path_factory: pytest.TempPathFactory):
    """A second stack on a Redis of its own, so the test can stop and restart it."""
    redis_server = PrivateRedis(tmp_path_factory.mktemp("redis-data"))
    redis_server.start()
    env = stack_env(redis_port=redis_server.port)
    running = Stack(env, log_dir=tmp_path_factory.mktemp("outage-logs"), quiet=True).start()
    try:
        yield running, redis_server
    finally:
        running.stop()
        if redis_server.process and redis_server.process.poll() is None:
            delete_keys(env)
        redis_server.stop()


def test_redis_down_still_answers_and_a_redis_restart_loses_nothing(outage_stack) -> None:
    stack, redis_server = outage_stack
    chat = Chat(stack.env)
    chat.say("outage-person", "hello")

    redis_server.stop()
    reply = " ".join(chat.say("outage-person", "who can help me"))
    assert "999" in reply and "08 08 16 89 111" in reply
    danger = chat.say("outage-person", "hes outside my house right now")
    assert "call 999" in danger[0] and "55" in danger[0]

    redis_server.start()
    replies = chat.say("outage-person", "how do i report him")
    assert "101" in replies[0]
    assert not any(NOTICE in r for r in replies), "the conversation was forgotten"
