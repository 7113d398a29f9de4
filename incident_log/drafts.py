"""The entry in progress, per conversation: sealed in Redis with a short expiry.

The person's words never go into Rasa's tracker (the turn mode answers them,
bot/turn/incident_log_mode.py), and in Redis they are only ever sealed: the
draft under a key derived from ``INCIDENT_LOG_SECRET`` (the code is not known
yet while the entry is being written), the key's name a keyed hash of the
conversation id. It expires ``ttl_seconds`` after the last message
(``INCIDENT_LOG_SESSION_SECONDS``), and :meth:`Drafts.delete` removes it at once.

A draft that expired mid-way leaves a *lapsed* mark (no content, one day):
the person's next message is likely an answer meant for the log, so it must
not go on to Rasa's tracker; the mode says the entry timed out instead.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from incident_log.vault import Vault


# How long after a draft expired its lapse mark still catches the next message.
LAPSE_SECONDS = 86_400


class Drafts:
    """Sealed per-conversation state of the log conversation.

    Args:
        vault: The vault (its Redis connection, prefix and secret are used).
        ttl_seconds: How long an untouched draft is kept.
    """

    def __init__(self, vault: Vault, ttl_seconds: int) -> None:
        self._vault = vault
        self._sealer = vault.sealer("draft")
        self.ttl_seconds = ttl_seconds

    def __repr__(self) -> str:
        return f"Drafts(ttl_seconds={self.ttl_seconds})"

    def key(self, conversation_id: str) -> str:
        return self._vault.keyed("ilog-draft", conversation_id)

    def _lapse_key(self, conversation_id: str) -> str:
        return self._vault.keyed("ilog-lapse", conversation_id)

    def load(self, conversation_id: str) -> dict[str, Any] | None:
        """The conversation's state, or None when it has none (or it expired)."""
        state, _ = self.load_or_lapsed(conversation_id)
        return state

    def load_or_lapsed(self, conversation_id: str) -> tuple[dict[str, Any] | None, bool]:
        """The state, and whether a draft expired mid-way since (one round trip).

        A lapsed mark is cleared as it is read: it is said once.
        """
        key, lapse = self.key(conversation_id), self._lapse_key(conversation_id)
        blob, lapsed = self._vault.redis.mget([key, lapse])
        if blob is None:
            if lapsed is not None:
                self._vault.redis.delete(lapse)
            return None, lapsed is not None
        plain = self._sealer.unseal(blob, key)
        return (None if plain is None else dict(json.loads(plain))), False

    def save(self, conversation_id: str, state: dict[str, Any]) -> None:
        """Stores the state sealed, renewing its expiry (and the lapse mark behind it)."""
        key = self.key(conversation_id)
        blob = self._sealer.seal(json.dumps(state).encode(), key)
        pipe = self._vault.redis.pipeline()
        pipe.set(key, blob, ex=self.ttl_seconds)
        pipe.set(self._lapse_key(conversation_id), b"1", ex=self.ttl_seconds + LAPSE_SECONDS)
        pipe.execute()

    def delete(self, conversation_id: str) -> None:
        """Removes the state and its lapse mark (the log ended, or "delete my data")."""
        self._vault.redis.delete(self.key(conversation_id), self._lapse_key(conversation_id))
