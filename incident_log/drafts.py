"""The entry in progress, per conversation: sealed in Redis with a short expiry.

The person's words never go into Rasa's tracker (the turn mode answers them,
bot/turn/incident_log_mode.py), and in Redis they are only ever sealed: the
draft under a key derived from ``INCIDENT_LOG_SECRET`` (the code is not known
yet while the entry is being written), the key's name a keyed hash of the
conversation id. It expires ``ttl_seconds`` after the last message
(``INCIDENT_LOG_SESSION_SECONDS``), and :meth:`Drafts.delete` removes it at once.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from incident_log.vault import Vault


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

    def load(self, conversation_id: str) -> dict[str, Any] | None:
        """The conversation's state, or None when it has none (or it expired)."""
        key = self.key(conversation_id)
        blob = self._vault.redis.get(key)
        if blob is None:
            return None
        plain = self._sealer.unseal(blob, key)
        return None if plain is None else dict(json.loads(plain))

    def save(self, conversation_id: str, state: dict[str, Any]) -> None:
        """Stores the state sealed, renewing its expiry."""
        key = self.key(conversation_id)
        blob = self._sealer.seal(json.dumps(state).encode(), key)
        self._vault.redis.set(key, blob, ex=self.ttl_seconds)

    def delete(self, conversation_id: str) -> None:
        """Removes the state (the entry ended, or "delete my data")."""
        self._vault.redis.delete(self.key(conversation_id))
