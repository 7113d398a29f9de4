"""Advocate accounts: argon2 hashes, no default password, disable, and the admin command."""

from __future__ import annotations

import io

import pytest

from handover.accounts import AccountError, AccountStore, Role
from handover.admin import run
from handover.audit import Action, AuditTrail

PASSWORD = "correct horse battery"


@pytest.fixture
def store(aredis, config, cheap_hasher) -> AccountStore:
    return AccountStore(aredis, config, hasher=cheap_hasher)


@pytest.fixture
def audit(aredis, config, clock) -> AuditTrail:
    return AuditTrail(aredis, config, clock)


async def test_there_are_no_accounts_until_an_admin_creates_one(store) -> None:
    assert await store.list() == []
    for username, password in [("admin", "admin"), ("advocate", "password"), ("demo", "demo")]:
        assert await store.verify(username, password) is None


async def test_create_and_verify(store, aredis, config) -> None:
    account = await store.create("sam.jones", PASSWORD)
    assert account.role is Role.ADVOCATE and not account.disabled
    assert (await store.verify("sam.jones", PASSWORD)) == account
    assert await store.verify("sam.jones", PASSWORD + "x") is None
    assert await store.verify("nobody", PASSWORD) is None
    stored = await aredis.hget(config.key("account", "sam.jones"), "hash")
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


async def test_a_taken_username_is_refused_and_the_first_account_kept(store) -> None:
    await store.create("sam", PASSWORD)
    with pytest.raises(AccountError, match="taken"):
        await store.create("sam", "another long password", Role.ADMIN)
    account = await store.verify("sam", PASSWORD)
    assert account is not None and account.role is Role.ADVOCATE


@pytest.mark.parametrize(
    ("username", "password"),
    [("sam", "short"), ("Sam", PASSWORD), ("s", PASSWORD), ("sam jones", PASSWORD), ("", PASSWORD)],
)
async def test_bad_usernames_and_short_passwords_are_refused(store, username, password) -> None:
    with pytest.raises(AccountError):
        await store.create(username, password)


async def test_a_disabled_account_cannot_sign_in(store) -> None:
    await store.create("sam", PASSWORD)
    assert await store.disable("sam")
    assert await store.verify("sam", PASSWORD) is None
    assert not await store.disable("nobody")
    assert await store.enable("sam")
    assert await store.verify("sam", PASSWORD) is not None


async def test_a_weaker_hash_is_upgraded_on_sign_in(aredis, config, cheap_hasher) -> None:
    from argon2 import PasswordHasher

    await AccountStore(aredis, config, hasher=cheap_hasher).create("sam", PASSWORD)
    stronger = AccountStore(
        aredis, config, hasher=PasswordHasher(time_cost=2, memory_cost=16, parallelism=1)
    )
    assert await stronger.verify("sam", PASSWORD) is not None
    stored = await aredis.hget(config.key("account", "sam"), "hash")
    assert "t=2" in stored


async def test_admin_command_creates_lists_and_disables(store, audit) -> None:
    out = io.StringIO()
    argv = ["create", "sam", "--admin"]
    assert await run(argv, store, audit, io.StringIO(PASSWORD + "\n"), out) == 0
    assert await run(["create", "alex"], store, audit, io.StringIO(PASSWORD + "\n"), out) == 0
    assert await run(["disable", "alex"], store, audit, io.StringIO(), out) == 0
    listing = io.StringIO()
    assert await run(["list"], store, audit, io.StringIO(), listing) == 0
    assert listing.getvalue().splitlines() == ["alex\tadvocate\tdisabled", "sam\tadmin\tenabled"]
    admin = await store.verify("sam", PASSWORD)
    assert admin is not None
    actions = [(e.action, e.target) for e in await audit.read(admin)]
    assert (Action.ACCOUNT_CREATED, "sam") in actions
    assert (Action.ACCOUNT_DISABLED, "alex") in actions


async def test_admin_command_refuses_a_short_password_and_an_unknown_account(store, audit) -> None:
    out = io.StringIO()
    assert await run(["create", "sam"], store, audit, io.StringIO("short\n"), out) == 2
    assert await run(["disable", "nobody"], store, audit, io.StringIO(), out) == 1
    assert await store.list() == []


def test_the_password_is_never_an_argument() -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "handover.admin", "create", "sam", PASSWORD],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2 and "unrecognized arguments" in result.stderr


async def test_an_account_lapses_when_dormant_and_each_sign_in_renews_it(
    aredis, config, cheap_hasher
) -> None:
    store = AccountStore(aredis, config, cheap_hasher)
    await store.create("dormant", "a long enough password")
    key = config.key("account", "dormant")
    assert 0 < await aredis.ttl(key) <= config.account_dormant_seconds
    await aredis.expire(key, 60)
    assert await store.verify("dormant", "a long enough password") is not None
    assert await aredis.ttl(key) > 60
    assert await aredis.ttl(config.key("accounts")) > 60
