"""The log behind its code: round trip, wrong code, guess limit, no readable text, deletion."""

from __future__ import annotations

import datetime as dt

import pytest
import redis

from incident_log.extract import LONDON
from incident_log.vault import TooManyGuesses, Vault, new_code, normalise_code, words


def test_codes_are_random_words_from_the_shipped_list() -> None:
    listed = set(words())
    assert 1900 <= len(listed) <= 2500
    assert all(word.isalpha() and word.islower() for word in listed)
    codes = {new_code() for _ in range(50)}
    assert len(codes) == 50
    assert all(len(code.split()) == 5 and set(code.split()) <= listed for code in codes)


def test_a_code_is_compared_whatever_its_case_and_separators() -> None:
    assert normalise_code(" Maple-Lantern,  river ") == "maple lantern river"


def test_round_trip_and_a_different_device(vault: Vault, make_entries) -> None:
    code = new_code()
    log = vault.create(code)
    entries = make_entries(3)
    for entry in entries:
        log.save(entry)
    again = vault.open(code.upper().replace(" ", "-"), client="other-device")
    assert again is not None
    assert again.entries() == sorted(entries, key=lambda e: e.sort_key())
    assert again.entries()[0].what.endswith("(0)")


def test_an_amended_entry_keeps_the_original_after_saving(vault: Vault, make_entries) -> None:
    code = new_code()
    log = vault.create(code)
    entry = make_entries(1)[0]
    log.save(entry)
    log.save(entry.amend("what", "He also shouted my name", dt.datetime(2027, 1, 1, tzinfo=LONDON)))
    (stored,) = vault.open(code, client="c").entries()  # type: ignore[union-attr]
    assert stored.what == entry.what
    assert [a.text for a in stored.amendments] == ["He also shouted my name"]


def test_a_wrong_code_reads_nothing(vault: Vault, make_entries) -> None:
    log = vault.create(new_code())
    log.save(make_entries(1)[0])
    assert vault.open(new_code(), client="someone") is None
    assert vault.open("", client="someone") is None


def test_guessing_is_rate_limited_per_client(vault: Vault, redis_conn: redis.Redis) -> None:
    code = new_code()
    vault.create(code)
    for _ in range(3):
        assert vault.open(new_code(), client="guesser") is None
    with pytest.raises(TooManyGuesses):
        vault.open(code, client="guesser")  # even the right code, until the window ends
    assert vault.open(code, client="the-owner") is not None
    guess_keys = [k for k in redis_conn.scan_iter(f"{vault.prefix}:ilog-guesses:*")]
    assert len(guess_keys) == 1
    assert 0 < redis_conn.ttl(guess_keys[0]) <= vault.guess_window_seconds
    assert b"guesser" not in guess_keys[0]


def test_redis_holds_no_readable_entry_text_and_every_key_expires(
    vault: Vault, redis_conn: redis.Redis, make_entries
) -> None:
    code = new_code()
    log = vault.create(code)
    entries = make_entries(2)
    for entry in entries:
        log.save(entry)
    vault.open(new_code(), client="x")
    dump = b""
    keys = list(redis_conn.scan_iter(f"{vault.prefix}*"))
    assert keys
    for key in keys:
        assert 0 < redis_conn.ttl(key)
        dump += key
        if redis_conn.type(key) == b"hash":
            for field, value in redis_conn.hgetall(key).items():
                dump += field + value
        else:
            dump += redis_conn.get(key) or b""
    for entry in entries:
        for text in (entry.what, entry.where, entry.impact, "Crewe", "AB12", "PC Patel", "07700"):
            assert text.encode() not in dump
    for word in code.split():
        assert word.encode() not in dump


def test_retention_is_the_configured_days(vault: Vault) -> None:
    log = vault.create(new_code())
    assert 364 * 86_400 < log.ttl_seconds() <= 365 * 86_400


def test_deleting_one_entry_then_the_whole_log_leaves_nothing(
    vault: Vault, redis_conn: redis.Redis, make_entries
) -> None:
    code = new_code()
    log = vault.create(code)
    first, second = make_entries(2)
    log.save(first)
    log.save(second)
    assert log.delete_entry(first.id)
    assert [e.id for e in log.entries()] == [second.id]
    log.delete()
    assert list(redis_conn.scan_iter(f"{vault.prefix}:ilog:*")) == []
    assert vault.open(code, client="c") is None


def test_a_code_cannot_be_created_twice(vault: Vault) -> None:
    code = new_code()
    vault.create(code)
    with pytest.raises(ValueError):
        vault.create(code)


def test_a_short_secret_is_refused(redis_conn: redis.Redis) -> None:
    with pytest.raises(ValueError, match="INCIDENT_LOG_SECRET"):
        Vault(redis_conn, secret="short", prefix="x")
