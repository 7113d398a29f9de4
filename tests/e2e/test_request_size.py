"""One large request cannot stall everyone: bodies over REQUEST_MAX_BYTES get 413
before they are read, and a conversation beside them is not held up.

Before the cap (Sanic's default is 100 MB) a 20 MB request took 7.9 s and a
danger message sent meanwhile waited 6.5 s (issue 12, finding 3).
"""

from __future__ import annotations

import socket
import statistics
import threading
import time
import uuid

import httpx
import pytest

from scripts.stack import Stack
from tests.e2e.conftest import Chat

BIG = 20 * 1024 * 1024  # the size that stalled everyone before


def raw_post(port: int, path: str, declared: int, sent: int) -> tuple[str, float]:
    """Declares a body of `declared` bytes, sends only `sent`, returns the status line."""
    start = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        head = (
            f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Content-Type: application/json\r\nContent-Length: {declared}\r\n\r\n"
        )
        sock.sendall(head.encode() + b"x" * sent)
        status = sock.recv(200).split(b"\r\n", 1)[0].decode()
    return status, time.monotonic() - start


@pytest.mark.parametrize(
    "service, path",
    [("RASA_PORT", "/webhooks/rest/webhook"), ("WEB_PORT", "/api/eligibility")],
)
def test_an_oversized_body_gets_413_without_being_read(
    stack: Stack, service: str, path: str
) -> None:
    # Only 1 KB of the declared 20 MB is ever sent: a 413 proves Sanic refused it
    # from the Content-Length, before reading (or buffering) the body.
    status, elapsed = raw_post(int(stack.env[service]), path, declared=BIG, sent=1024)
    assert status.startswith("HTTP/1.1 413"), status
    assert elapsed < 1.0


def test_a_body_at_the_cap_is_still_read(stack: Stack) -> None:
    cap = int(stack.env["REQUEST_MAX_BYTES"])
    status, _ = raw_post(int(stack.env["RASA_PORT"]), "/webhooks/rest/webhook", cap + 1, 0)
    assert status.startswith("HTTP/1.1 413")
    body = b'{"sender": "cap-' + uuid.uuid4().hex.encode() + b'", "message": "'
    body += b"a" * (cap - len(body) - 2) + b'"}'
    assert len(body) == cap
    reply = httpx.post(
        f"http://127.0.0.1:{stack.env['RASA_PORT']}/webhooks/rest/webhook",
        content=body,
        headers={"content-type": "application/json"},
        timeout=60,
    )
    assert reply.status_code == 200, reply.text  # the channel answers "too long", not Sanic


def timed_turn(chat: Chat) -> float:
    start = time.monotonic()
    replies = chat.say("size-" + uuid.uuid4().hex, "hes outside my house right now")
    assert "999" in replies[0]
    return time.monotonic() - start


def delay_beside(chat: Chat, load: bytes) -> tuple[float, float, int | str]:
    """A danger turn's time alone and beside one request carrying `load`."""
    alone = statistics.median(timed_turn(chat) for _ in range(3))
    outcome: list[int | str] = []

    def send() -> None:
        try:
            reply = httpx.post(
                chat.url, content=load, headers={"content-type": "application/json"}, timeout=60
            )
            outcome.append(reply.status_code)
        except httpx.TransportError as exc:  # the server may close before all is sent
            outcome.append(type(exc).__name__)

    sender = threading.Thread(target=send)
    sender.start()
    time.sleep(0.05)  # the large request is in flight
    beside = timed_turn(chat)
    sender.join(60)
    return alone, beside, outcome[0]


def test_a_huge_request_does_not_delay_a_danger_reply(chat: Chat) -> None:
    load = b'{"sender": "big", "message": "' + b"a" * BIG + b'"}'
    alone, beside, outcome = delay_beside(chat, load)
    print(f"20 MB beside: danger reply {alone:.3f} s alone, {beside:.3f} s beside ({outcome})")
    assert outcome in (413, "WriteError", "RemoteProtocolError", "ReadError")
    assert beside - alone < 0.5


def test_a_request_at_the_cap_delays_a_danger_reply_only_a_little(stack: Stack, chat: Chat) -> None:
    cap = int(stack.env["REQUEST_MAX_BYTES"])
    text = "I want to kill myself. " + "he follows me everywhere " * (cap // 25 + 1)
    load = ('{"sender": "atcap", "message": "' + text + '"}').encode()[:cap]
    load = load[: cap - 2] + b'"}'
    alone, beside, outcome = delay_beside(chat, load)
    print(f"{cap} B beside: danger reply {alone:.3f} s alone, {beside:.3f} s beside ({outcome})")
    assert outcome == 200
    assert beside - alone < 1.0
