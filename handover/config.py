"""The handover library's settings and Redis keys, taken from the one settings object."""

from __future__ import annotations

from dataclasses import dataclass

from common.settings import Settings


@dataclass(frozen=True)
class HandoverConfig:
    """What the handover library needs from :class:`common.settings.Settings`.

    Attributes:
        key_prefix: Every key starts ``<key_prefix>:handover:``.
        unclaimed_seconds: A waiting handover older than this is overdue.
        idle_seconds: A claimed handover whose advocate is unseen this long goes back.
        retention_seconds: Every handover key expires this long after its last change.
        audit_retention_seconds: Audit entries older than this are trimmed.
        audit_max_entries: The audit trail keeps at most about this many entries.
        account_dormant_seconds: An account nobody signs in to for this long is
            removed (dormant staff accounts are a common way in); each sign-in
            renews it.
    """

    key_prefix: str
    unclaimed_seconds: int = 300
    idle_seconds: int = 180
    retention_seconds: int = 604_800
    audit_retention_seconds: int = 7_776_000
    audit_max_entries: int = 100_000
    account_dormant_seconds: int = 180 * 86_400

    @classmethod
    def from_settings(cls, settings: Settings) -> HandoverConfig:
        return cls(
            key_prefix=settings.redis_key_prefix,
            unclaimed_seconds=settings.handover_unclaimed_seconds,
            idle_seconds=settings.handover_idle_seconds,
            retention_seconds=settings.handover_retention_seconds,
            audit_retention_seconds=settings.handover_audit_retention_seconds,
            audit_max_entries=settings.handover_audit_max_entries,
            account_dormant_seconds=settings.handover_account_dormant_days * 86_400,
        )

    def key(self, *parts: str) -> str:
        """A Redis key in the handover namespace."""
        return ":".join((self.key_prefix, "handover", *parts))
