"""The audit trail: who did what, no free text, retention, readable by an admin only."""

from __future__ import annotations

import pytest

from handover.accounts import Account, Role
from handover.audit import Action, AuditTrail, NotAllowed
from handover.config import HandoverConfig

ADMIN = Account("root.admin", Role.ADMIN, False, 0.0)
ADVOCATE = Account("sam", Role.ADVOCATE, False, 0.0)


@pytest.fixture
def audit(aredis, config, clock) -> AuditTrail:
    return AuditTrail(aredis, config, clock)


async def test_entries_read_newest_first_by_an_admin(audit, clock) -> None:
    await audit.record("sam", Action.LOGIN)
    clock.advance(1)
    await audit.record("sam", Action.CLAIM, "3f2a")
    clock.advance(1)
    await audit.record("sam", Action.VIEW_TRANSCRIPT, "3f2a")
    entries = await audit.read(ADMIN)
    assert [(e.actor, e.action, e.target) for e in entries] == [
        ("sam", Action.VIEW_TRANSCRIPT, "3f2a"),
        ("sam", Action.CLAIM, "3f2a"),
        ("sam", Action.LOGIN, ""),
    ]
    assert entries[0].at == clock.now
    # Paging back from an entry; the admin's own read is recorded too.
    older = await audit.read(ADMIN, before=entries[0].id)
    assert [e.action for e in older] == [Action.CLAIM, Action.LOGIN]
    assert (await audit.read(ADMIN, count=1))[0].action is Action.READ_AUDIT


@pytest.mark.parametrize("reader", [ADVOCATE, Account("old", Role.ADMIN, True, 0.0)])
async def test_only_an_enabled_admin_reads_it(audit, reader) -> None:
    with pytest.raises(NotAllowed):
        await audit.read(reader)


@pytest.mark.parametrize(
    "target", ["he followed me home again", "call me on 07700 900123", "x" * 200]
)
async def test_no_free_text_can_enter_it(audit, target) -> None:
    with pytest.raises(ValueError):
        await audit.record("sam", Action.REPLY, target)


async def test_old_entries_are_trimmed_and_the_key_expires(aredis, redis_test_prefix, clock):
    config = HandoverConfig(key_prefix=redis_test_prefix, audit_retention_seconds=3600)
    audit = AuditTrail(aredis, config, clock)
    await audit.record("sam", Action.LOGIN)
    clock.advance(3601)
    await audit.record("alex", Action.LOGIN)
    assert [e.actor for e in await audit.read(ADMIN)] == ["alex"]
    assert 0 < await aredis.ttl(config.key("audit")) <= 3600
