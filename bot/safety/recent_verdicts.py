"""The last few verdicts, keyed by a digest of the message, never by its words.

One turn asks the check about the same message three times in the Rasa
process: the shared turn's net (bot/turn/safe_turn.py), SafetyGuard and the
profile extractor. A long message full of matches (one at the request cap)
takes a few tenths of a second to read, and that time holds up every other
conversation on the same event loop (tests/e2e/test_request_size.py), so it is
read once. Keys are BLAKE2b digests, so the cache holds nobody's words, and
an ``Assessment`` holds rule ids only.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class RecentVerdicts(Generic[T]):
    """At most ``size`` results of a pure function of a text, newest kept."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._held: OrderedDict[bytes, T] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def _key(text: str) -> bytes:
        return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()

    def get(self, text: str, compute: Callable[[str], T]) -> T:
        """The result for ``text``, computed at most once while it is held."""
        key = self._key(text)
        with self._lock:
            if key in self._held:
                self._held.move_to_end(key)
                return self._held[key]
        result = compute(text)
        with self._lock:
            self._held[key] = result
            while len(self._held) > self._size:
                self._held.popitem(last=False)
        return result

    def clear(self) -> None:
        """Forgets every result (tests that change what the check depends on)."""
        with self._lock:
            self._held.clear()
