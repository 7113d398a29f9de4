"""Sharing a log with the person's advocate, only when they say so.

In the log conversation a person can say "send my log to my advocate". With
their yes, :func:`share_with_handover` keeps the log's access sealed under
``INCIDENT_LOG_SECRET`` against their conversation id, for ``ttl_seconds``
(the handover's retention). The advocate console, looking at that
conversation's handover, calls :func:`shared_entries` or :func:`shared_pdf`;
each returns None when there is no consent (never given, withdrawn with "stop
sharing my log", expired, or the log deleted). Nothing else reads a log
without its code.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from incident_log.export import to_pdf
from incident_log.vault import Log, LogAccess

if TYPE_CHECKING:
    from incident_log.model import Entry
    from incident_log.vault import Vault

_KIND = "ilog-share"


def share_with_handover(vault: Vault, conversation_id: str, log: Log, ttl_seconds: int) -> None:
    """Records the person's consent: the advocate for this conversation may read the log."""
    key = vault.keyed(_KIND, conversation_id)
    blob = vault.sealer("share").seal(log.access().to_json().encode(), key)
    vault.redis.set(key, blob, ex=ttl_seconds)
    # Deleting the log deletes the consent with it, wherever it is deleted from
    # (the conversation or the web API): nothing of it is left behind.
    log.bind(key)


def stop_sharing(vault: Vault, conversation_id: str) -> None:
    """Withdraws the consent at once."""
    vault.redis.delete(vault.keyed(_KIND, conversation_id))


def shared_log(vault: Vault, conversation_id: str) -> Log | None:
    """The log shared for this conversation, or None without consent or once it is deleted."""
    key = vault.keyed(_KIND, conversation_id)
    blob = vault.redis.get(key)
    if blob is None:
        return None
    plain = vault.sealer("share").unseal(blob, key)
    if plain is None:
        return None
    return vault.resume(LogAccess.from_json(plain.decode()))


def shared_entries(vault: Vault, conversation_id: str) -> list[Entry] | None:
    """The shared log's entries in order, or None (see :func:`shared_log`)."""
    log = shared_log(vault, conversation_id)
    return None if log is None else log.entries()


def shared_pdf(vault: Vault, conversation_id: str, generated_at: dt.datetime) -> bytes | None:
    """The shared log as the police-ready PDF, or None (see :func:`shared_log`)."""
    entries = shared_entries(vault, conversation_id)
    return None if entries is None else to_pdf(entries, generated_at)
