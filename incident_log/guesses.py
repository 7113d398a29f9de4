"""How many wrong codes may be tried: the guess limit behind :meth:`Vault.open`.

A wrong code names no log. It derives another log id with nothing there, so
the vault cannot tell which log a guesser is after, and a code has no public
part (a log number, say) that could name it. A limit counted "per log" is
therefore impossible to key; instead two limits together bound the guesses
*every* log faces, whoever makes them and from wherever:

* **Per client** (``INCIDENT_LOG_MAX_GUESSES`` within
  ``INCIDENT_LOG_GUESS_WINDOW_SECONDS``): one conversation (a web chat
  session, an SMS pseudonym) or one address of the API (an IPv6 address by
  its /64, as one subscriber usually holds a whole /64). A fixed window from
  the first failure (``SET NX EX``, then ``INCR``), under a keyed hash of the
  client. It keeps one person's typos to themselves.
* **Everyone together** (``INCIDENT_LOG_MAX_GUESSES_TOTAL`` within the same
  window, sliding): each failed open from any client is a member of one Redis
  sorted set scored by its time; members older than the window are dropped.
  A new web chat session or a new address starts a fresh per-client count,
  not a fresh total, so no log can be guessed at more than
  ``MAX_GUESSES_TOTAL`` times a window. With five words from 2,027 (about 55
  bits), 200 guesses an hour for a year is under 2**21 guesses: against ten
  thousand logs, about one chance in two million of opening any.

Both are checked before the key derivation, so a refused try costs no scrypt
run, and :class:`TooManyGuesses` says how long to wait.

The price of the total: once it is reached, codes open nothing for anyone
until failures age out of the window. An attack can delay people, never read
a log. What was opened already keeps working (a conversation's draft, an API
token), and a phone linked to its log (:mod:`incident_log.links`) opens it
without a code. Reaching the total is logged (the event name only), so the
deployer sees the attack.
"""

from __future__ import annotations

import logging
import math
import secrets
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import redis

logger = logging.getLogger(__name__)


class TooManyGuesses(Exception):
    """Too many wrong codes (from this client, or from everyone): try again later.

    Attributes:
        retry_after: Seconds until a try may be made again (at least 1).
        everyone: The limit for everyone together was reached, not this client's.
    """

    def __init__(self, retry_after: int, everyone: bool = False) -> None:
        super().__init__("too many wrong codes")
        self.retry_after = max(1, retry_after)
        self.everyone = everyone


class GuessLimit:
    """Counts failed opens per client and for everyone, and refuses past either limit.

    Args:
        redis: A Redis connection.
        client_key: The Redis key for a client (a keyed hash: it must not show the client).
        total_key: The Redis key of the sorted set of every client's failures.
        per_client: Failures allowed per client within the window.
        total: Failures allowed from everyone together within the window.
        window_seconds: The window.
        clock: Seconds since the epoch (tests pass their own).
    """

    def __init__(
        self,
        redis: redis.Redis,
        *,
        client_key: Callable[[str], str],
        total_key: str,
        per_client: int,
        total: int,
        window_seconds: int,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.redis = redis
        self._client_key = client_key
        self._total_key = total_key
        self.per_client = per_client
        self.total = total
        self.window_seconds = window_seconds
        self._clock = clock

    def __repr__(self) -> str:
        return f"GuessLimit(per_client={self.per_client}, total={self.total})"

    def check(self, client: str) -> None:
        """Returns if ``client`` may try a code now.

        Raises:
            TooManyGuesses: The client's limit, or everyone's, is reached.
        """
        now = self._clock()
        key = self._client_key(client)
        pipe = self.redis.pipeline()
        pipe.get(key)
        pipe.ttl(key)
        pipe.zremrangebyscore(self._total_key, "-inf", now - self.window_seconds)
        pipe.zcard(self._total_key)
        pipe.zrange(self._total_key, 0, 0, withscores=True)
        mine, mine_ttl, _, everyone, oldest = pipe.execute()
        if int(mine or 0) >= self.per_client:
            raise TooManyGuesses(int(mine_ttl) if mine_ttl and mine_ttl > 0 else 1)
        if everyone >= self.total:
            # The window slides: a try is allowed again once the oldest failure ages out.
            first = oldest[0][1] if oldest else now
            logger.warning("incident_log.guess_limit_total")
            raise TooManyGuesses(math.ceil(first + self.window_seconds - now), everyone=True)

    def failed(self, client: str) -> None:
        """Counts one wrong code from ``client``, towards its limit and everyone's."""
        now = self._clock()
        key = self._client_key(client)
        pipe = self.redis.pipeline()
        # The client's window starts at its first failure, then failures add up.
        pipe.set(key, 0, ex=self.window_seconds, nx=True)
        pipe.incr(key)
        # A random member: two failures in the same microsecond are still two.
        pipe.zadd(self._total_key, {f"{now:.6f}:{secrets.token_hex(4)}": now})
        pipe.expire(self._total_key, self.window_seconds)
        pipe.execute()
