"""The test phone end to end, as `make run` sets it up: a text typed on the page reaches the
real Rasa server, action server and Redis through the signed SMS webhook, and the reply,
sent through the Messages API, shows on the page; so does an advocate's, from the console.

The stack gets the development SMS settings `make run` writes on a fresh machine
(scripts/sms_dev_settings.py, on this stack's free ports) and starts the local
Twilio as `make run` does: `python -m devtools.twilio_local`, a process of its own.
"""

from __future__ import annotations

import itertools
import re
import secrets
import time
from collections.abc import Iterator

import httpx
import pytest

from scripts.sms_dev_settings import dev_values
from scripts.stack import MODEL_PATH, Stack
from scripts.supervisor import twilio_local_wanted
from tests.e2e.conftest import delete_keys, stack_env
from tests.e2e.handover_people import QUEUED, Console, choose

REPLY_WAIT = 60.0
NOTICE = "not read live"  # the SMS first-reply notice
_numbers = itertools.count(secrets.randbelow(900))


@pytest.fixture(scope="module")
def dev_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    assert MODEL_PATH.is_file(), "train first: make train"
    env = stack_env()
    env |= dev_values(env) | {"ADVOCATE_COOKIE_SECURE": "false"}  # the console over http
    assert twilio_local_wanted(env), "make run would start the local Twilio with these"
    running = Stack(env, log_dir=tmp_path_factory.mktemp("phone-stack-logs"), quiet=True)
    try:
        running.start()
        running.start_twilio_local()
        yield running
    finally:
        running.stop()
        delete_keys(env)


@pytest.fixture(scope="module")
def page(dev_stack: Stack) -> Iterator[httpx.Client]:
    base = f"http://127.0.0.1:{dev_stack.env['TWILIO_LOCAL_PORT']}"
    with httpx.Client(base_url=base, timeout=30) as client:
        yield client


def new_number() -> str:
    # Ofcom's drama range (07700 900000-900999): never a real person's number.
    return f"07700 900{next(_numbers):03d}"


def replies(page: httpx.Client, number: str, count: int) -> list[str]:
    """What the phone has received, once `count` texts arrived (or the wait is over)."""
    deadline = time.monotonic() + REPLY_WAIT
    while True:
        texts = page.get("/api/texts", params={"number": number}).json()["texts"]
        bodies = [t["body"] for t in texts if t["direction"] == "out"]
        if len(bodies) >= count or time.monotonic() > deadline:
            return bodies
        time.sleep(0.2)


def conversation(page: httpx.Client, number: str) -> list[tuple[str, str]]:
    texts = page.get("/api/texts", params={"number": number}).json()["texts"]
    return [(t["direction"], t["body"]) for t in texts]


def text(page: httpx.Client, number: str, body: str) -> None:
    answer = page.post("/api/texts", json={"from": number, "body": body})
    assert answer.status_code == 201, answer.text
    assert answer.json()["text"]["status"] == "delivered", answer.json()


def test_the_test_phone_page_is_served(page: httpx.Client) -> None:
    answer = page.get("/")
    assert answer.status_code == 200 and "Test phone" in answer.text


def test_a_text_from_the_test_phone_gets_the_assistants_reply(page: httpx.Client) -> None:
    number = new_number()
    text(page, number, "how do I keep a record of what he does?")
    (reply,) = replies(page, number, 1)
    assert "date and time" in reply and NOTICE in reply


def test_danger_texted_from_the_test_phone_gets_999_first(page: httpx.Client) -> None:
    number = new_number()
    text(page, number, "hes outside my house now")
    (reply,) = replies(page, number, 1)
    assert "999" in reply[:160], reply


def say(page: httpx.Client, number: str, body: str) -> str:
    """Texts once from the page and returns the one new text the phone gets."""
    before = len(replies(page, number, 0))
    text(page, number, body)
    received = replies(page, number, before + 1)
    assert len(received) > before, f"no reply to {body!r}"
    return received[before]


def test_an_advocate_takes_a_chat_started_on_the_test_phone(
    dev_stack: Stack, page: httpx.Client
) -> None:
    number = new_number()
    reply = say(page, number, "can i talk to a real person")
    for _ in range(15):
        if QUEUED.search(reply):
            break
        options = re.findall(r"^(\d{1,2}) (.+)$", reply, re.MULTILINE)
        index = choose([title for _, title in options])
        assert index is not None, f"no way forward in {reply!r}: {conversation(page, number)}"
        reply = say(page, number, options[index][0])
    assert QUEUED.search(reply), reply

    console = Console(dev_stack.env, "phone.advocate")
    (row,) = [r for r in console.queue() if r["channel"] == "sms"]
    claimed = console.post(f"handovers/{row['id']}/claim")
    assert claimed.status_code == 200, claimed.text
    words = "Hi, it's Sam from the Harm Reduction Unit. Is now a good time?"
    sent = console.post(f"handovers/{row['id']}/reply", {"text": words})
    assert sent.status_code == 200, sent.text
    # The advocate's words arrive on the phone, pushed through the Messages API.
    deadline = time.monotonic() + REPLY_WAIT
    while words not in replies(page, number, 0) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert words in replies(page, number, 0)
