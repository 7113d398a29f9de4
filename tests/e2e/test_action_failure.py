"""An action that fails while its server is up still ends in 999 and helplines, never silence.

The stack here runs with FAIL_ACTIONS=action_list_services (a development
and test setting, ignored in production): the action server is healthy, but
that action raises inside SafeAction, exactly where a real bug or bad data
would. Before the shared turn, a person who asked "who can help?" got
nothing, or only "I'm an automated helper".
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bot.safety.replies import response_text
from scripts.stack import Stack
from tests.e2e.conftest import Chat, delete_keys, stack_env

UNAVAILABLE = response_text("notice_service_unavailable")


@pytest.fixture(scope="module")
def failing_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    env = stack_env()
    env["FAIL_ACTIONS"] = "action_list_services"
    running = Stack(env, log_dir=tmp_path_factory.mktemp("failing-logs"), quiet=True).start()
    try:
        yield running
    finally:
        running.stop()
        delete_keys(env)


def test_a_failed_action_answers_with_999_and_helplines(failing_stack: Stack) -> None:
    env = failing_stack.env
    health = httpx.get(f"http://127.0.0.1:{env['ACTION_PORT']}/health", timeout=10)
    assert health.status_code == 200, "the action server is up: this is not an outage"
    chat = Chat(env)
    chat.say("failing-action", "hello")
    replies = chat.say("failing-action", "who can help me")
    assert replies[-1] == UNAVAILABLE
    assert "999" in replies[-1] and "08 08 16 89 111" in replies[-1]


def test_the_conversation_carries_on_after_the_failure(failing_stack: Stack) -> None:
    chat = Chat(failing_stack.env)
    chat.say("carries-on", "who can help me")
    replies = chat.say("carries-on", "how do i keep a record of what he does")
    assert "log" in " ".join(replies).lower()
    assert UNAVAILABLE not in replies


def test_the_failure_is_logged_without_the_person_s_words(failing_stack: Stack) -> None:
    chat = Chat(failing_stack.env)
    chat.say("quiet-logs", "who can help me near Quarry Lane")
    logs = "".join(p.read_text(errors="replace") for p in Path(failing_stack.log_dir).glob("*.log"))
    assert "action.failed" in logs
    assert "Quarry Lane" not in logs
