"""A person's incident log as their advocate sees it, once they have shared it (issue 13).

The person gives consent in the log conversation ("send my log to my advocate");
:mod:`incident_log.sharing` keeps it against their conversation id until it
lapses or they withdraw it. This module only calls that library, in a worker
thread (the vault is synchronous Redis, and the PDF takes a while), and shows
entries as the incident log API does. Who may read a log (the advocate who
holds the handover) and the audit trail are the routes' business.

Without ``INCIDENT_LOG_SECRET`` the service offers no log, so nothing can have
been shared: every answer is "not shared". Nothing of an entry is logged.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from common.settings import Settings
from incident_log.extract import LONDON
from incident_log.sharing import shared_entries, shared_pdf
from incident_log.store import vault_from_settings
from incident_log.vault import Vault
from web.incident_log._models import entry_json

__all__ = ["SharedLogs"]


class SharedLogs:
    """The logs people shared with the advocate for their conversation.

    Args:
        settings: The project's settings (Redis, ``INCIDENT_LOG_SECRET``).
        vault: A vault to use instead of one built from the settings (tests).
    """

    def __init__(self, settings: Settings, vault: Vault | None = None) -> None:
        self._settings = settings
        self._vault = vault

    def __repr__(self) -> str:
        return "SharedLogs()"

    def _get_vault(self) -> Vault | None:
        if self._vault is None and len(self._settings.incident_log_secret.encode()) >= 32:
            # Built on first use, on the event loop's thread: no connection until then.
            self._vault = vault_from_settings(self._settings)
        return self._vault

    async def entries(self, conversation_id: str) -> list[dict[str, Any]] | None:
        """The shared log's entries in order, as the API shows them; None when not shared."""
        vault = self._get_vault()
        if vault is None:
            return None
        found = await asyncio.to_thread(shared_entries, vault, conversation_id)
        return None if found is None else [entry_json(entry) for entry in found]

    async def count(self, conversation_id: str) -> int | None:
        """How many entries the shared log has; None when nothing is shared."""
        vault = self._get_vault()
        if vault is None:
            return None
        found = await asyncio.to_thread(shared_entries, vault, conversation_id)
        return None if found is None else len(found)

    async def pdf(self, conversation_id: str) -> bytes | None:
        """The shared log as the police-ready PDF; None when nothing is shared."""
        vault = self._get_vault()
        if vault is None:
            return None
        now = dt.datetime.now(LONDON)
        return await asyncio.to_thread(shared_pdf, vault, conversation_id, now)

    def close(self) -> None:
        """Closes the vault's Redis connections, if it was ever built."""
        if self._vault is not None:
            self._vault.redis.close()
