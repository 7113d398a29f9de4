"""The conversation as the tracker store holds it: is it new, and deleting it.

Deletion happens after the turn, when Rasa has already saved the tracker, so
it is final: the whole conversation goes from the tracker store.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from rasa.core.tracker_store import InMemoryTrackerStore, RedisTrackerStore, TrackerStore


def _inner(store: TrackerStore) -> TrackerStore:
    # Rasa wraps the configured store in an AwaitableTrackerStore.
    return getattr(store, "_tracker_store", store)


class Conversations:
    """Reads and deletes whole conversations in the tracker store Rasa uses."""

    def __init__(self, tracker_store: Callable[[], TrackerStore | None]) -> None:
        # A callable: the agent (and its store) exists only once the server runs.
        self._tracker_store = tracker_store

    async def exists(self, conversation_id: str) -> bool:
        """True if anything is stored for the conversation (a cheap key check).

        With no tracker store yet (the agent is still loading) the answer is
        True: nothing is known, so nothing is treated as a first message.
        """
        store = self._tracker_store()
        if store is None:
            return True
        inner = _inner(store)
        if isinstance(inner, RedisTrackerStore):
            key = inner.key_prefix + conversation_id
            return bool(await asyncio.to_thread(inner.red.exists, key))
        if isinstance(inner, InMemoryTrackerStore):
            return conversation_id in inner.store
        return await store.retrieve(conversation_id) is not None

    async def delete(self, conversation_id: str) -> bool:
        """Deletes everything stored for one conversation. True if anything was."""
        store = self._tracker_store()
        if store is None:
            return False
        inner = _inner(store)
        if isinstance(inner, RedisTrackerStore):
            key = inner.key_prefix + conversation_id
            return bool(await asyncio.to_thread(inner.red.delete, key))
        if isinstance(inner, InMemoryTrackerStore):
            return inner.store.pop(conversation_id, None) is not None
        raise NotImplementedError(f"deleting from {type(inner).__name__} is not supported")
