"""What the local Twilio saw, both ways, and the faults a test asked it to answer with.

One record a server, shared by the event loop that serves and the test thread
that reads (hence the lock): every Messages API call (:class:`Call`), the test
phone's texts either way (:class:`Text`), and the faults queued for the next
calls (:meth:`Record.fail_next`, :meth:`Record.drop_next`).
"""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from typing import Any

from bot.channels.sms.segments import count_segments


@dataclass
class Call:
    """One request to the Messages API."""

    account_sid: str
    form: dict[str, str]
    authorised: bool
    status: int
    at: float = field(default_factory=time.monotonic)


@dataclass
class Text:
    """One text in a test phone's conversation, either way."""

    id: int
    number: str  # the phone's number, E.164
    direction: str  # "in": the phone texted the service; "out": the service texted the phone
    body: str
    sid: str
    status: str  # out: "sent"; in: "delivered", or what went wrong on the way
    at: float = field(default_factory=time.time)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "number": self.number,
            "direction": self.direction,
            "body": self.body,
            "sid": self.sid,
            "status": self.status,
            "segments": count_segments(self.body) if self.body else 1,
            "at": formatdate(self.at, usegmt=True),
        }


@dataclass
class Fault:
    """How the Messages API answers one coming call instead of accepting it."""

    status: int | None  # None: drop the connection without an answer
    retry_after: str | None = None
    code: int | None = None


class Record:
    """The calls and texts so far, and the faults to come; safe across threads.

    Args:
        max_texts: How many texts the phone keeps, oldest dropped first.
    """

    def __init__(self, max_texts: int = 10_000) -> None:
        self.calls: list[Call] = []
        self.texts: deque[Text] = deque(maxlen=max_texts)
        self.listeners: list[Callable[[Call], None]] = []
        self._ids = itertools.count(1)
        self._faults: list[Fault] = []
        self._cond = threading.Condition()

    # -- control (tests) ---------------------------------------------------------

    def fail_next(
        self, times: int, status: int = 500, retry_after: str | None = None, code: int | None = None
    ) -> None:
        """Answers the next `times` Messages API calls with `status` (and Retry-After, if given)."""
        with self._cond:
            self._faults += [Fault(status, retry_after, code) for _ in range(times)]

    def drop_next(self, times: int) -> None:
        """Closes the connection without an answer on the next `times` calls."""
        with self._cond:
            self._faults += [Fault(None) for _ in range(times)]

    def reset(self) -> None:
        """Forgets every call, text and pending fault."""
        with self._cond:
            self.calls.clear()
            self.texts.clear()
            self._faults.clear()

    # -- what was sent -------------------------------------------------------------

    def sent(self, to: str | None = None) -> list[Call]:
        """Accepted messages (201), optionally only those to one number, in order."""
        with self._cond:
            return [
                c for c in self.calls if c.status == 201 and (to is None or c.form.get("To") == to)
            ]

    def bodies(self, to: str) -> list[str]:
        return [c.form.get("Body", "") for c in self.sent(to)]

    def conversation(self, number: str) -> list[Text]:
        """One phone's texts, both ways, oldest first."""
        with self._cond:
            return [t for t in self.texts if t.number == number]

    def wait_for(self, to: str, count: int, timeout: float = 30.0) -> list[str]:
        """Blocks until `count` messages to `to` were accepted (or timeout); returns the bodies."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while len(self.bodies(to)) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._cond.wait(left)
            return self.bodies(to)

    async def wait_for_async(self, to: str, count: int, timeout: float = 30.0) -> list[str]:
        """As :meth:`wait_for`, without blocking the event loop."""
        deadline = time.monotonic() + timeout
        while len(self.bodies(to)) < count and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        return self.bodies(to)

    # -- recording (the server) ------------------------------------------------------

    def _next_fault(self) -> Fault | None:
        """The fault queued for this call, if any (taken off the queue)."""
        with self._cond:
            return self._faults.pop(0) if self._faults else None

    def _record_call(self, call: Call, sid: str) -> None:
        """Keeps a Messages API call (and the text, if accepted), then tells the listeners."""
        with self._cond:
            self.calls.append(call)
            if call.status == 201:
                self.texts.append(
                    Text(next(self._ids), call.form["To"], "out", call.form["Body"], sid, "sent")
                )
            self._cond.notify_all()
        for listener in self.listeners:
            listener(call)

    def _record_text(self, number: str, direction: str, body: str, sid: str, status: str) -> Text:
        with self._cond:
            text = Text(next(self._ids), number, direction, body, sid, status)
            self.texts.append(text)
            return text

    def _notify(self) -> None:
        """Wakes :meth:`wait_for` after a text changed."""
        with self._cond:
            self._cond.notify_all()


__all__ = ["Call", "Fault", "Record", "Text"]
