"""Per-connection limits: what a message may look like and how often it may come."""

from __future__ import annotations

import re
import time
from collections import deque
from dataclasses import dataclass
from typing import Any

_MESSAGE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
WINDOW_SECONDS = 60.0


class BadMessage(ValueError):
    """The event is not a message this channel accepts; ``status`` tells the page why."""

    def __init__(self, status: str) -> None:
        super().__init__(status)
        self.status = status


@dataclass(frozen=True)
class Incoming:
    message_id: str
    text: str


def read_message(data: Any, max_chars: int) -> Incoming:
    """Reads ``{"id": <client message id>, "text": <words>}`` or raises BadMessage."""
    if not isinstance(data, dict):
        raise BadMessage("invalid")
    message_id, text = data.get("id"), data.get("text")
    if not isinstance(message_id, str) or not _MESSAGE_ID.match(message_id):
        raise BadMessage("invalid")
    if not isinstance(text, str):
        raise BadMessage("invalid")
    if len(text) > max_chars:
        raise BadMessage("too_large")
    return Incoming(message_id, text)


class RateLimit:
    """At most ``per_minute`` messages in any 60 seconds (a sliding window)."""

    def __init__(self, per_minute: int, clock=time.monotonic) -> None:
        self.per_minute = per_minute
        self.clock = clock
        self.sent: deque[float] = deque()

    def retry_after(self) -> float:
        """0 if a message may go now (and counts it), else seconds to wait."""
        now = self.clock()
        while self.sent and now - self.sent[0] >= WINDOW_SECONDS:
            self.sent.popleft()
        if len(self.sent) >= self.per_minute:
            return WINDOW_SECONDS - (now - self.sent[0])
        self.sent.append(now)
        return 0.0
