"""The way into a handover over REST, against the real stack (issue 10).

"Can I talk to a real person" → what will happen and consent → the screening
(skip, stop) → wait here → the person is told they are in the queue. The
session stack runs with HANDOVER_HOURS=always (the development default); the
out-of-hours path gets a stack of its own with hours that are never open now.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import httpx
import pytest

from scripts.stack import Stack
from tests.e2e.conftest import Chat, delete_keys, stack_env


def _said(replies: list[str]) -> str:
    return " ".join(replies)


def _ask_for_a_person(chat: Chat, sender: str) -> list[str]:
    chat.say(sender, "hello")
    return chat.say(sender, "can I talk to a real person")


def test_asking_for_a_person_then_consent_screening_and_the_queue(chat: Chat, sender: str):
    first = _said(_ask_for_a_person(chat, sender))
    assert "trained advocate" in first and "not an emergency service" in first and "999" in first
    assert "short summary" in first

    offer = _said(chat.say(sender, "Yes, share it"))
    assert "yes or no questions" in offer and "skip" in offer

    q1 = chat.say(sender, "yes")
    assert q1[-1].startswith("Question 1 of 11:")
    assert chat.say(sender, "No")[-1].startswith("Question 2 of 11:")
    assert chat.say(sender, "skip")[-1].startswith("Question 3 of 11:")
    assert chat.say(sender, "purple")[0].startswith("Sorry, I didn't catch that.")
    stopped = chat.say(sender, "no more questions")
    assert "no more questions" in _said(stopped).lower()
    assert "wait here" in _said(stopped).lower()

    queued = _said(chat.say(sender, "Yes, I'll wait"))
    assert "queue" in queued and "999" in queued
    # Never a score or a risk level.
    assert "risk" not in queued.lower() and "score" not in queued.lower()


def test_no_consent_skips_the_screening_and_back_to_the_bot_leaves(chat: Chat, sender: str):
    _ask_for_a_person(chat, sender)
    declined = _said(chat.say(sender, "no, don't share"))
    assert "won't share a summary" in declined
    assert "yes or no questions" not in declined
    back = _said(chat.say(sender, "back to the bot"))
    assert "still here" in back
    # The bot answers questions again.
    assert "101" in chat.say(sender, "how do i report him")[0]


def test_two_misunderstandings_in_a_row_offer_a_person(chat: Chat, sender: str) -> None:
    chat.say(sender, "hello")
    # What the model fails to place changes with every training, so the test sends
    # the fallback intent itself (a payload, as a button would) to check the dialogue.
    first = _said(chat.say(sender, "/nlu_fallback"))
    assert "not sure what you mean" in first and "advocate" not in first
    second = _said(chat.say(sender, "/nlu_fallback"))
    assert "still not sure" in second and "trained advocate" in second
    assert "short summary" in _said(chat.say(sender, "yes please"))


def test_danger_inside_the_questions_gets_999_first(chat: Chat, sender: str) -> None:
    _ask_for_a_person(chat, sender)
    replies = chat.say(sender, "he is outside my house right now with a knife")
    assert "999" in replies[0]
    assert "queue" not in _said(replies)


@pytest.fixture(scope="module")
def closed_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    env = stack_env()
    # Open one minute a week, on a Monday before dawn: closed whenever this runs
    # but for that minute.
    env["HANDOVER_HOURS"] = "Mon 03:00-03:01"
    running = Stack(env, log_dir=tmp_path_factory.mktemp("closed-logs"), quiet=True).start()
    try:
        yield running
    finally:
        running.stop()
        delete_keys(env)


def test_out_of_hours_says_when_and_gives_24_7_lines_and_a_callback(closed_stack: Stack):
    chat, sender = Chat(closed_stack.env), "e2e-" + uuid.uuid4().hex
    closed = _said(_ask_for_a_person(chat, sender))
    assert "not here right now" in closed and "at 3am" in closed
    assert "116 123" in closed and "0808 2000 247" in closed and "999" in closed
    assert "0808 802 0300" not in closed  # the National Stalking Helpline is weekdays only
    consent = _said(chat.say(sender, "Yes, contact me later"))
    assert "time you choose" in consent and "short summary" in consent
    assert "safe time" in _said(chat.say(sender, "No, don't share"))
    method = _said(chat.say(sender, "weekday mornings"))
    assert "How should they get in touch" in method
    noted = _said(chat.say(sender, "Text message"))
    assert "weekday mornings" in noted and "text message" in noted
    # No number is known on this channel: it is asked for (inside the handover mode).
    assert "What number should they use?" in noted
    # A callback does not keep the person waiting: a question instead of a number
    # keeps nothing and the bot answers it.
    reply = httpx.post(
        chat.url, json={"sender": sender, "message": "how do i report him"}, timeout=60
    )
    texts = [m.get("text") or "" for m in reply.json()]
    assert "reply in this chat" in texts[0] and any("101" in t for t in texts[1:]), texts
