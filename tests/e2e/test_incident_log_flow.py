"""The incident log end to end: the real Rasa server, action server, web service and Redis.

A person logs one incident over REST (the web chat's path through the shared
turn) and gets a code; days later, by signed SMS, they log another with the
same code (and a danger message in the middle gets 999 first); then they open
the log over the web API, export the PDF and CSV, and delete it. Throughout,
no Redis key, no tracker and no server log holds any readable word of the
entries, and no SMS names the topic where a lock screen would show it.

By text, a person who links their phone opens their notes in later texts
without the code, until they text "unlink"; then the code is needed again.
"""

from __future__ import annotations

import csv
import io
import json
import re
import secrets
import time
from collections.abc import Iterator

import httpx
import pytest
import redis
from pypdf import PdfReader

from common.sms_text import reveals_topic
from scripts.stack import MODEL_PATH, Stack
from tests.e2e.conftest import Chat, delete_keys, stack_env
from tests.e2e.fake_twilio import FakeTwilio
from tests.e2e.sms_env import sms_env
from tests.e2e.test_sms import Phone, new_number
from tests.redis_values import everything

FIRST = (
    "Last night about half 9 he was outside my work on Market Street in Crewe, in a red "
    "Ford Fiesta AB12 CDE. He shouted that I can't hide from him. My colleague Priyanka saw it. "
    "I was terrified."
)
SECOND = "Tuesday about 6pm he followed me from the bus stop on Nantwich Road"
# Words of the two entries and their answers that must never be readable outside the log.
SECRET_WORDS = ["Fiesta", "AB12", "Priyanka", "terrified", "Nantwich Road", "zigzag jacket",
                "trembling", "doorbell clip"]  # fmt: skip


@pytest.fixture(scope="module")
def twilio() -> Iterator[FakeTwilio]:
    fake = FakeTwilio()
    fake.start_in_thread()
    try:
        yield fake
    finally:
        fake.stop_thread()


@pytest.fixture(scope="module")
def log_stack(tmp_path_factory: pytest.TempPathFactory, twilio: FakeTwilio) -> Iterator[Stack]:
    """A stack of its own with the incident log and SMS settings."""
    assert MODEL_PATH.is_file(), "train first: make train"
    env = stack_env() | sms_env(twilio)
    env |= {
        "INCIDENT_LOG_SECRET": secrets.token_urlsafe(32),
        "INCIDENT_LOG_PAGE_URL": f"http://127.0.0.1:{env['WEB_PORT']}/log",
    }
    running = Stack(env, log_dir=tmp_path_factory.mktemp("ilog-stack-logs"), quiet=True).start()
    try:
        yield running
    finally:
        running.stop()
        delete_keys(env)


def _texts(chat: Chat, sender: str, message: str) -> str:
    return "\n".join(chat.say(sender, message))


def _sms(phone: Phone, twilio: FakeTwilio, number: str, body: str) -> list[str]:
    """Texts once and returns every reply it brought (they arrive asynchronously)."""
    before = len(twilio.bodies(number))
    phone.text(number, body)
    twilio.wait_for(number, before + 1, timeout=60)
    quiet_since, count = time.monotonic(), len(twilio.bodies(number))
    while time.monotonic() - quiet_since < 1.5:
        time.sleep(0.1)
        if len(twilio.bodies(number)) != count:
            count, quiet_since = len(twilio.bodies(number)), time.monotonic()
    return twilio.bodies(number)[before:]


def _all_values(stack: Stack) -> list[tuple[bytes, bytes]]:
    """Every key of the stack with its contents read by type (never DUMP: it compresses)."""
    found = []
    for db_key in ("REDIS_DB", "REDIS_LOCK_DB"):
        conn = redis.Redis(port=int(stack.env["REDIS_PORT"]), db=int(stack.env[db_key]))
        found += everything(conn, stack.env["REDIS_KEY_PREFIX"])
    return found


def _assert_nothing_readable(stack: Stack, words: list[str]) -> None:
    values = _all_values(stack)
    assert values, "the stack stored nothing at all?"
    for key, value in values:
        for word in words:
            assert word.encode() not in key + value, (key, word)


def _trackers(stack: Stack) -> str:
    conn = redis.Redis(port=int(stack.env["REDIS_PORT"]), db=int(stack.env["REDIS_DB"]))
    keys = conn.scan_iter(f"{stack.env['REDIS_KEY_PREFIX']}:tracker:*")
    return "\n".join((conn.get(k) or b"").decode() for k in keys)


def test_two_incidents_by_web_and_text_then_export_and_delete(
    log_stack: Stack, twilio: FakeTwilio
) -> None:
    chat, phone = Chat(log_stack.env), Phone(log_stack, twilio)
    sender = "e2e-log-" + secrets.token_hex(6)

    # Day one, over REST: the account first, then only what is missing.
    assert "your own words" in _texts(chat, sender, "I want to log something")
    # When, where, what was said, the car, a witness and the feeling are all in it.
    assert "Did you keep anything" in _texts(chat, sender, FIRST)
    assert "Have you reported it" in _texts(chat, sender, "A doorbell clip on my phone")
    reply = _texts(chat, sender, "No")
    assert "Shall I save it?" in reply
    assert "Where: outside my work" in reply and "AB12 CDE" in reply
    assert "Do you already have a code" in _texts(chat, sender, "save it")
    saved = _texts(chat, sender, "new code")
    code = saved.split("Your code is:\n", 1)[1].splitlines()[0]
    assert len(code.split()) == 5
    assert "If the code is lost, the log is lost too" in saved and "1 year" in saved
    assert "OK. To add to your log" in _texts(chat, sender, "Finished")

    # Days later, by text, with the code: the same log.
    number = new_number()
    assert any("your own words" in r for r in _sms(phone, twilio, number, "log something"))
    assert any("Where did it happen" in r for r in _sms(phone, twilio, number, SECOND))
    assert any("say or send" in r for r in _sms(phone, twilio, number, "by the Co-op"))
    danger = _sms(phone, twilio, number, "hes outside my door right now")
    assert "999" in danger[0]  # the 999 guidance first, then the entry carries on
    assert "say or send" in danger[-1]
    steps = [
        ("skip", "look like"),
        ("He was in a zigzag jacket", "see or hear"),
        ("no", "keep anything"),
        ("no", "reported it"),
        ("no", "feel"),
        ("trembling all evening", "Shall I save it?"),
        ("1", "code for your notes"),  # 1 Save it
        ("1", "type your code"),  # 1 Yes, I have a code
        (code, "Saved. Your notes have 2 entries now."),  # and the phone link offered
        ("2", "You'll need your code each time."),  # 2 No, ask for the code
        ("Finished", 'text "log something"'),
    ]
    for body, expected in steps:
        replies = _sms(phone, twilio, number, body)
        assert any(expected in r for r in replies), (body, replies)
    for body in twilio.bodies(number):
        assert not reveals_topic(body), body

    # Nothing of either entry (nor the code) is readable in Redis or in a tracker.
    _assert_nothing_readable(log_stack, [*SECRET_WORDS, code])
    trackers = _trackers(log_stack)
    assert "log something" in trackers  # the request itself went to Rasa
    for word in [*SECRET_WORDS, "half 9", "Market Street", code, "zigzag"]:
        assert word not in trackers, word

    # Nor in any server's log.
    assert log_stack.log_dir is not None
    logs = "".join(p.read_text(errors="replace") for p in log_stack.log_dir.glob("*.log"))
    assert logs, "no server logs?"
    for word in [*SECRET_WORDS, code, "Market Street"]:
        assert word not in logs, word

    # The web API: open with the code, list, export, delete.
    web = f"http://127.0.0.1:{log_stack.env['WEB_PORT']}/api/incident-log"
    opened = httpx.post(f"{web}/open", json={"code": code}, timeout=30)
    assert opened.status_code == 200, opened.text
    auth = {"Authorization": f"Bearer {opened.json()['token']}"}
    entries = httpx.get(f"{web}/entries", headers=auth, timeout=30).json()["entries"]
    assert [e["what"][:20] for e in entries] == [SECOND[:20], FIRST[:20]]  # Tuesday first
    days = {e["occurred_at"][:10] for e in entries}
    assert len(days) == 2
    pdf = httpx.get(f"{web}/export.pdf", headers=auth, timeout=60)
    assert pdf.status_code == 200
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf.content)).pages)
    text = re.sub(r"\s+", " ", text)
    for word in ("Number of entries: 2", "AB12 CDE", "zigzag jacket", "Nantwich Road"):
        assert word in text, word
    table = httpx.get(f"{web}/export.csv", headers=auth, timeout=30)
    rows = list(csv.reader(io.StringIO(table.text)))
    assert len(rows) == 3 and "doorbell clip" in table.text.lower()

    assert httpx.delete(web, headers=auth, timeout=30).status_code == 204
    assert httpx.post(f"{web}/open", json={"code": code}, timeout=30).status_code == 404
    leftover = [key for key, _ in _all_values(log_stack) if b":ilog:" in key]
    assert leftover == []


def test_without_the_code_nothing_opens_and_guessing_is_limited(log_stack: Stack) -> None:
    chat = Chat(log_stack.env)
    sender = "e2e-log-" + secrets.token_hex(6)
    assert "type your code" in _texts(chat, sender, "open my log")
    for _ in range(3):
        assert "didn't open" in _texts(chat, sender, "one two three four five")
    web = f"http://127.0.0.1:{log_stack.env['WEB_PORT']}/api/incident-log"
    reply = httpx.post(f"{web}/open", json={"code": "one two three four five"}, timeout=30)
    assert reply.status_code == 404 and json.loads(reply.text) == {
        "error": "no log opens with that code"
    }


LINKED_FIRST = "Yesterday about 7pm he left flowers on my car outside the gym in Winsford"
LINKED_SECOND = "This morning he drove past my house three times in a blue Corsa"
LINKED_WORDS = ["flowers", "Winsford", "Corsa", "three times"]


def _link_keys(stack: Stack) -> list[bytes]:
    return [key for key, _ in _all_values(stack) if b":ilog-link:" in key]


def test_a_linked_phone_opens_the_notes_by_text_until_unlinked(
    log_stack: Stack, twilio: FakeTwilio
) -> None:
    phone, number = Phone(log_stack, twilio), new_number()

    def text(body: str, expected: str) -> str:
        reply = "\n".join(_sms(phone, twilio, number, body))
        assert expected in reply, (body, reply)
        return reply

    # A new log by text; the phone link is offered with the plain warning, and taken.
    text("log something", "your own words")
    text(LINKED_FIRST, "?")
    text("That's all", "Shall I save it?")
    text("1", "code for your notes")  # 1 Save it
    saved = text("2", "Anyone who can use this phone could then read them")  # 2 make a new one
    code = saved.split("Your words: ", 1)[1].splitlines()[0]
    assert len(code.split()) == 5
    text("1", "Texts from this phone open your notes now")  # 1 Yes, link this phone
    text("Finished", "from this phone")
    assert len(_link_keys(log_stack)) == 1

    # Later texts: the notes open without the code, and a new entry is saved to them.
    opened = text("open my notes", "Your notes are open. They have 1 entry.")
    assert "type your code" not in opened and "Unlink this phone" in opened
    text("Add an entry", "your own words")
    text(LINKED_SECOND, "?")
    text("That's all", "Shall I save it?")
    text("1", "Saved. Your notes have 2 entries now.")  # no code asked
    text("Finished", "from this phone")
    _assert_nothing_readable(log_stack, [*LINKED_WORDS, code])  # linked, still all sealed

    # Unlinked: the code is needed again, and the link is offered again, not taken.
    text("unlink", "This phone won't open your notes now")
    assert _link_keys(log_stack) == []
    text("open my notes", "type your code")
    text(code, "Your notes are open. They have 2 entries.")
    text("2", "You'll need your code each time.")  # 2 No, ask for the code
    text("Finished", "You'll need your code.")
    assert _link_keys(log_stack) == []

    for body in twilio.bodies(number):
        assert not reveals_topic(body), body
    _assert_nothing_readable(log_stack, [*LINKED_WORDS, code])
