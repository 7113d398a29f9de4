"""Deleting a person's conversation when they ask (bot/domain/privacy.yml).

The response that confirms deletion carries a custom marker. Channels call
``apply_forget`` after the turn, when Rasa has already saved the tracker, so
the deletion is final: the marker is removed from the reply and the whole
conversation is deleted from the tracker store.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from rasa.core.tracker_store import InMemoryTrackerStore, RedisTrackerStore, TrackerStore

logger = logging.getLogger(__name__)

FORGET_MARKER = "forget_conversation"


def _inner(store: TrackerStore) -> TrackerStore:
    # Rasa wraps the configured store in an AwaitableTrackerStore.
    return getattr(store, "_tracker_store", store)


async def forget_conversation(store: TrackerStore, sender_id: str) -> bool:
    """Deletes everything stored for one conversation. Returns True if anything was."""
    inner = _inner(store)
    if isinstance(inner, RedisTrackerStore):
        key = inner.key_prefix + sender_id
        return bool(await asyncio.to_thread(inner.red.delete, key))
    if isinstance(inner, InMemoryTrackerStore):
        return inner.store.pop(sender_id, None) is not None
    raise NotImplementedError(f"deleting from {type(inner).__name__} is not supported")


def wants_forgetting(messages: list[dict[str, Any]]) -> bool:
    return any((m.get("custom") or {}).get(FORGET_MARKER) for m in messages)


async def apply_forget(
    messages: list[dict[str, Any]], store: TrackerStore | None, sender_id: str
) -> list[dict[str, Any]]:
    """Deletes the conversation if the turn asked for it; returns messages without the marker."""
    if not wants_forgetting(messages):
        return messages
    if store is not None:
        deleted = await forget_conversation(store, sender_id)
        logger.info("conversation.forgotten deleted=%s", deleted)
    return [m for m in messages if not (m.get("custom") or {}).get(FORGET_MARKER)]
