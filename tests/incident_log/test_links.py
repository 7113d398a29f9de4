"""A phone linked to a log: opens it without the code, only that phone, only sealed,
expiring with the log, and gone on unlink or with the log."""

from __future__ import annotations

import base64

import redis

from incident_log.links import PhoneLinks
from incident_log.vault import Vault, new_code
from tests.incident_log.conftest import CHEAP, SECRET
from tests.redis_values import everything

PHONE = "sms_" + "ab" * 32
OTHER_PHONE = "sms_" + "cd" * 32


def _link_keys(conn: redis.Redis, vault: Vault) -> list[bytes]:
    return list(conn.scan_iter(f"{vault.prefix}:ilog-link:*"))


def test_a_linked_phone_opens_the_log_without_the_code(vault: Vault, make_entries) -> None:
    log = vault.create(new_code())
    log.save(make_entries(1)[0])
    links = PhoneLinks(vault)
    assert links.open(PHONE) is None
    links.link(PHONE, log)
    opened = links.open(PHONE)
    assert opened is not None and opened.entries() == log.entries()
    assert links.open(OTHER_PHONE) is None  # another number opens nothing


def test_redis_shows_neither_the_phone_nor_the_log_nor_its_key(
    vault: Vault, redis_conn: redis.Redis, make_entries
) -> None:
    log = vault.create(new_code())
    log.save(make_entries(1)[0])
    PhoneLinks(vault).link(PHONE, log)
    (key,) = _link_keys(redis_conn, vault)
    value = redis_conn.get(key) or b""
    access = log.access()
    for secret in (PHONE.encode(), access.log_id.encode(), access.key,
                   base64.b64encode(access.key)):  # fmt: skip
        assert secret not in key and secret not in value
    assert 0 < redis_conn.ttl(key) <= vault.retention_seconds
    for _, stored in everything(redis_conn, vault.prefix):
        assert b"Crewe" not in stored and PHONE.encode() not in stored


def test_without_the_deployments_secret_a_copy_of_redis_opens_nothing(
    vault: Vault, redis_conn: redis.Redis
) -> None:
    PhoneLinks(vault).link(PHONE, vault.create(new_code()))
    other = Vault(redis_conn, secret="another-secret-" + "z" * 32, prefix=vault.prefix, kdf=CHEAP)
    (key,) = _link_keys(redis_conn, vault)
    # Even with the blob copied to where the other deployment would look for this phone.
    redis_conn.set(other.keyed("ilog-link", PHONE), redis_conn.get(key) or b"", ex=60)
    assert PhoneLinks(other).open(PHONE) is None


def test_a_link_moved_to_another_phone_opens_nothing(vault: Vault, redis_conn: redis.Redis) -> None:
    links = PhoneLinks(vault)
    links.link(PHONE, vault.create(new_code()))
    (key,) = _link_keys(redis_conn, vault)
    redis_conn.set(vault.keyed("ilog-link", OTHER_PHONE), redis_conn.get(key) or b"", ex=60)
    assert links.open(OTHER_PHONE) is None


def test_unlink_removes_it_and_the_code_still_opens_the_log(
    vault: Vault, redis_conn: redis.Redis
) -> None:
    code = new_code()
    links = PhoneLinks(vault)
    links.link(PHONE, vault.create(code))
    assert links.unlink(PHONE)
    assert not links.unlink(PHONE)
    assert links.open(PHONE) is None and _link_keys(redis_conn, vault) == []
    assert vault.open(code, client="c") is not None
    log_key = f"{vault.prefix}:ilog:".encode()
    (stored,) = [value for key, value in everything(redis_conn, vault.prefix) if log_key in key]
    assert b"_bound:" not in stored  # the log no longer names the link


def test_deleting_the_log_anywhere_deletes_the_link(vault: Vault, redis_conn: redis.Redis) -> None:
    code = new_code()
    links = PhoneLinks(vault)
    links.link(PHONE, vault.create(code))
    links.link(OTHER_PHONE, vault.create(new_code()))
    opened = vault.open(code, client="web:203.0.113.5")  # as the web API opens it
    assert opened is not None
    opened.delete()
    assert links.open(PHONE) is None
    assert len(_link_keys(redis_conn, vault)) == 1  # the other phone's log is untouched
    assert links.open(OTHER_PHONE) is not None


def test_relinking_to_another_log_leaves_the_first_logs_deletion_harmless(vault: Vault) -> None:
    first, second = vault.create(new_code()), vault.create(new_code())
    links = PhoneLinks(vault)
    links.link(PHONE, first)
    links.link(PHONE, second)
    first.delete()
    reopened = links.open(PHONE)
    assert reopened is not None and reopened.log_id == second.log_id


def test_a_link_to_a_log_that_expired_is_removed(vault: Vault, redis_conn: redis.Redis) -> None:
    log = vault.create(new_code())
    links = PhoneLinks(vault)
    links.link(PHONE, log)
    redis_conn.delete(f"{vault.prefix}:ilog:{log.log_id}")  # what retention amounts to
    assert links.open(PHONE) is None
    assert _link_keys(redis_conn, vault) == []


def test_opening_by_the_link_renews_it_with_the_log(vault: Vault, redis_conn: redis.Redis) -> None:
    log = vault.create(new_code())
    links = PhoneLinks(vault)
    links.link(PHONE, log)
    (key,) = _link_keys(redis_conn, vault)
    redis_conn.expire(key, 60)
    redis_conn.expire(f"{vault.prefix}:ilog:{log.log_id}", 60)
    assert links.open(PHONE) is not None
    assert redis_conn.ttl(key) > vault.retention_seconds - 60
    assert log.ttl_seconds() > vault.retention_seconds - 60


def test_the_secret_in_the_fixture_is_the_one_used(vault: Vault) -> None:
    # Guards the test above: a vault on the fixture's secret reads the fixture's links.
    same = Vault(vault.redis, secret=SECRET, prefix=vault.prefix, kdf=CHEAP)
    PhoneLinks(vault).link(PHONE, vault.create(new_code()))
    assert PhoneLinks(same).open(PHONE) is not None
