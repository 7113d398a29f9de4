"""The advocates' audit trail: who viewed and did what, when. Readable by an admin.

One Redis stream, ``<prefix>:handover:audit``. Each entry holds an actor (a
username or ``system``), an action from :class:`Action` and a target (a
handover id, conversation id or username). There is no free-text field, so
no message the person wrote, and no outcome note, can end up in it.

Retention: each write trims entries older than the configured retention and
caps the stream at about the configured size; the key itself expires after
the retention with no writes.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from redis.asyncio import Redis

from handover.accounts import Account, Role
from handover.config import HandoverConfig

__all__ = ["Action", "AuditEntry", "AuditTrail", "NotAllowed"]

SYSTEM = "system"
_TARGET = re.compile(r"^[A-Za-z0-9:_.\-]{0,128}$")


class NotAllowed(PermissionError):
    """The account may not do this (an advocate reading the audit trail)."""


class Action(str, Enum):
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGOUT = "logout"
    VIEW_QUEUE = "view_queue"
    VIEW_HANDOVER = "view_handover"
    VIEW_TRANSCRIPT = "view_transcript"
    CLAIM = "claim"
    RELEASE = "release"
    RELEASE_IDLE = "release_idle"
    TAKE_OVER = "take_over"
    REPLY = "reply"
    ESCALATE = "escalate"
    END = "end"
    ACCOUNT_CREATED = "account_created"
    ACCOUNT_DISABLED = "account_disabled"
    READ_AUDIT = "read_audit"
    # A log the person shared with the advocate holding their handover (issue 13).
    VIEW_LOG = "view_log"
    DOWNLOAD_LOG = "download_log"
    # The number kept for a callback or an SMS chat, shown to the holder.
    VIEW_CONTACT = "view_contact"


@dataclass(frozen=True)
class AuditEntry:
    id: str
    at: float
    actor: str
    action: Action
    target: str


class AuditTrail:
    """Appends and reads audit entries.

    Args:
        redis: An async Redis client with ``decode_responses=True``.
        config: Key prefix and retention.
        clock: Seconds since 1970 (tests pass their own).
    """

    def __init__(
        self, redis: Redis, config: HandoverConfig, clock: Callable[[], float] = time.time
    ) -> None:
        self._redis = redis
        self._config = config
        self._clock = clock
        self._key = config.key("audit")

    async def record(self, actor: str, action: Action, target: str = "") -> str:
        """Adds an entry; returns its stream id.

        Raises:
            ValueError: The target is not an id or username (it could carry free text).
        """
        if not _TARGET.match(target) or not _TARGET.match(actor) or not actor:
            raise ValueError("audit actor and target must be ids or usernames")
        now_ms = int(self._clock() * 1000)
        oldest_ms = now_ms - self._config.audit_retention_seconds * 1000
        fields = {"actor": actor, "action": Action(action).value, "target": target}
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.xadd(self._key, fields, id=f"{now_ms}-*", minid=oldest_ms, approximate=False)
            pipe.xtrim(self._key, maxlen=self._config.audit_max_entries, approximate=True)
            pipe.expire(self._key, self._config.audit_retention_seconds)
            entry_id, *_ = await pipe.execute()
        return str(entry_id)

    async def read(self, reader: Account, count: int = 100, before: str = "+") -> list[AuditEntry]:
        """The newest entries first, for an admin; the read itself is recorded.

        Args:
            reader: Who is reading: must be an enabled admin.
            count: At most this many entries.
            before: A stream id to page back from (exclusive); "+" for the newest.

        Raises:
            NotAllowed: The reader is not an enabled admin.
        """
        if reader.role is not Role.ADMIN or reader.disabled:
            raise NotAllowed("only an admin can read the audit trail")
        maximum = f"({before}" if before != "+" else "+"
        rows = await self._redis.xrevrange(self._key, max=maximum, min="-", count=count)
        await self.record(reader.username, Action.READ_AUDIT)
        return [
            AuditEntry(
                id=entry_id,
                at=int(entry_id.split("-")[0]) / 1000,
                actor=fields["actor"],
                action=Action(fields["action"]),
                target=fields.get("target", ""),
            )
            for entry_id, fields in rows
        ]
