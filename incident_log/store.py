"""The log behind one conversation: :class:`VaultStore`, the conversation's :class:`LogStore`.

Built for one message from the vault, the client key for the guess limit
(the conversation id: an SMS pseudonym, a web chat session), the access
to a log opened earlier in the same conversation (kept only in the sealed
draft, :mod:`incident_log.drafts`) and, on SMS only, the phone links
(:mod:`incident_log.links`). All calls are blocking (Redis, scrypt): the bot
runs them in a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import redis

from incident_log.links import PhoneLinks
from incident_log.sharing import share_with_handover, stop_sharing
from incident_log.vault import KdfParams, Log, LogAccess, Vault, new_code

if TYPE_CHECKING:
    from common.settings import Settings
    from incident_log.model import Entry


def vault_from_settings(settings: Settings, kdf: KdfParams | None = None) -> Vault:
    """The vault on the project's Redis, with the settings' secret, retention and guess limit.

    Raises:
        ValueError: ``INCIDENT_LOG_SECRET`` is empty or shorter than 32 characters.
    """
    client = redis.Redis(
        host=settings.redis_host,
        port=settings.redis_port,
        db=settings.redis_db,
        password=settings.redis_password or None,
        socket_connect_timeout=2,
        socket_timeout=5,
    )
    return Vault(
        client,
        secret=settings.incident_log_secret,
        prefix=settings.redis_key_prefix,
        retention_days=settings.incident_log_retention_days,
        max_guesses=settings.incident_log_max_guesses,
        max_guesses_total=settings.incident_log_max_guesses_total,
        guess_window_seconds=settings.incident_log_guess_window_seconds,
        kdf=kdf or KdfParams(),
    )


class VaultStore:
    """One conversation's view of its log (see :class:`incident_log.conversation.LogStore`).

    Args:
        vault: The vault.
        conversation_id: The conversation (guess limit, consent to share).
        access: A log opened earlier in this conversation, if any.
        session_minutes: How long the draft is kept (said when guessing is paused).
        share_seconds: How long a consent to share lasts.
        download_link: Where the web page for downloads is.
        code_ok: A new code must pass this (the bot's turn reads a message that
            looks like another language before any mode sees it, so a code must
            not look like one, or it could never be typed back).
        links: The phone links, on SMS only (None: this conversation cannot link).
        linked: The open log was opened by this conversation's phone link, or
            linked since (kept with the access between messages).
    """

    def __init__(
        self,
        vault: Vault,
        conversation_id: str,
        access: LogAccess | None,
        session_minutes: int,
        share_seconds: int,
        download_link: str,
        code_ok: Callable[[str], bool] = lambda code: True,
        links: PhoneLinks | None = None,
        linked: bool = False,
    ) -> None:
        self._vault = vault
        self._conversation_id = conversation_id
        self._log: Log | None = vault.resume(access) if access is not None else None
        self._links = links
        self._linked = linked and self._log is not None
        self.retention_days = vault.retention_seconds // 86_400
        self.session_minutes = session_minutes
        self.share_seconds = share_seconds
        self.download_link = download_link
        self._code_ok = code_ok

    def __repr__(self) -> str:
        return f"VaultStore(open={self.is_open}, linked={self._linked})"

    @property
    def is_open(self) -> bool:
        return self._log is not None

    @property
    def access(self) -> LogAccess | None:
        """What to keep in the sealed draft so the next message needs no code."""
        return None if self._log is None else self._log.access()

    def _open_log(self) -> Log:
        if self._log is None:
            raise RuntimeError("no log is open")
        return self._log

    def create(self) -> str:
        code = new_code()
        for _ in range(100):  # about 2 in 100 codes fail the language check
            if self._code_ok(code):
                break
            code = new_code()
        self._log = self._vault.create(code)
        self._linked = False
        return code

    def open(self, code: str) -> bool:
        self._log = self._vault.open(code, client=f"conversation:{self._conversation_id}")
        self._linked = False
        return self._log is not None

    def open_linked(self) -> bool:
        """Opens the log this conversation's phone is linked to, if any (no code, no guess)."""
        if self._links is None:
            return False
        log = self._links.open(self._conversation_id)
        if log is not None:
            self._log, self._linked = log, True
        return log is not None

    @property
    def can_link(self) -> bool:
        return self._links is not None and self._log is not None and not self._linked

    @property
    def linked(self) -> bool:
        return self._linked

    def link(self) -> None:
        if self._links is None:
            raise RuntimeError("this conversation cannot link a phone")
        self._links.link(self._conversation_id, self._open_log())
        self._linked = True

    def unlink(self) -> bool:
        self._linked = False
        return self._links is not None and self._links.unlink(self._conversation_id)

    def save(self, entry: Entry) -> int:
        log = self._open_log()
        log.save(entry)
        return len(log.entries())

    def entries(self) -> list[Entry]:
        return self._open_log().entries()

    def delete_entry(self, entry_id: str) -> bool:
        return self._open_log().delete_entry(entry_id)

    def delete_log(self) -> None:
        self._open_log().delete()  # with it, every phone link to it
        stop_sharing(self._vault, self._conversation_id)
        self._log, self._linked = None, False

    def share(self) -> None:
        share_with_handover(
            self._vault, self._conversation_id, self._open_log(), self.share_seconds
        )

    def stop_sharing(self) -> None:
        stop_sharing(self._vault, self._conversation_id)
