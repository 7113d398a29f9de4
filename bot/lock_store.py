"""Rasa's Redis lock store, with an expiry on every lock it writes.

Rasa 3.6's ``RedisLockStore`` writes each conversation's ticket lock with no
expiry and deletes it when the turn ends. A Rasa process that dies during a
turn (a crash, a restart by ``make run``, the OOM killer), or a Redis error
at the moment of the delete, leaves the key for ever, and every stored key
must expire (issue 12). This subclass is the same store with a TTL on each
write. Registered in ``endpoints.yml`` as ``type: bot.lock_store.ExpiringRedisLockStore``.
"""

from __future__ import annotations

from typing import Any

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

# A lock is rewritten whenever a ticket is issued or finished and every second
# while a turn waits for it, and a ticket lapses after LOCK_LIFETIME (Rasa's
# TICKET_LOCK_LIFETIME, 60 s), so a key untouched for twice that is abandoned.
LOCK_KEY_SECONDS = 2 * int(LOCK_LIFETIME)


class ExpiringRedisLockStore(RedisLockStore):
    """``RedisLockStore`` whose lock keys expire LOCK_KEY_SECONDS after their last write."""

    def __init__(self, endpoint_config: EndpointConfig, **kwargs: Any) -> None:
        # Rasa builds a custom lock store from its endpoint config alone.
        super().__init__(host=endpoint_config.url, **{**endpoint_config.kwargs, **kwargs})

    def save_lock(self, lock: TicketLock) -> None:
        self.red.set(self.key_prefix + lock.conversation_id, lock.dumps(), ex=LOCK_KEY_SECONDS)
