"""Sharing with the advocate: only with consent, withdrawn at once, nothing after deletion."""

from __future__ import annotations

import datetime as dt

import redis

from incident_log.extract import LONDON
from incident_log.sharing import (
    share_with_handover,
    shared_entries,
    shared_pdf,
    stop_sharing,
)
from incident_log.vault import Vault, new_code

NOW = dt.datetime(2026, 11, 28, 12, 0, tzinfo=LONDON)


def test_no_consent_means_nothing(vault: Vault) -> None:
    assert shared_entries(vault, "web:someone") is None
    assert shared_pdf(vault, "web:someone", NOW) is None


def test_consent_lets_the_console_read_and_download_until_withdrawn(
    vault: Vault, make_entries, redis_conn: redis.Redis
) -> None:
    log = vault.create(new_code())
    for entry in make_entries(2):
        log.save(entry)
    share_with_handover(vault, "sms_abc", log, ttl_seconds=600)
    assert [e.id for e in shared_entries(vault, "sms_abc") or []] == [e.id for e in log.entries()]
    pdf = shared_pdf(vault, "sms_abc", NOW)
    assert pdf is not None and pdf.startswith(b"%PDF")
    assert shared_entries(vault, "sms_other") is None  # another conversation sees nothing
    (key,) = redis_conn.scan_iter(f"{vault.prefix}:ilog-share:*")
    assert b"sms_abc" not in key and 0 < redis_conn.ttl(key) <= 600
    value = redis_conn.get(key) or b""
    assert log.log_id.encode() not in value  # sealed, not readable
    stop_sharing(vault, "sms_abc")
    assert shared_entries(vault, "sms_abc") is None


def test_a_deleted_log_is_not_shared_and_leaves_no_share_behind(
    vault: Vault, make_entries, redis_conn: redis.Redis
) -> None:
    log = vault.create(new_code())
    log.save(make_entries(1)[0])
    share_with_handover(vault, "web:x", log, ttl_seconds=600)
    log.delete()
    assert shared_entries(vault, "web:x") is None
    assert list(redis_conn.scan_iter(f"{vault.prefix}:ilog-share:*")) == []
