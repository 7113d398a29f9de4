"""The log behind its code: round trip, wrong code, guess limit, no readable text, deletion."""

from __future__ import annotations

import datetime as dt

import pytest
import redis

from incident_log.extract import LONDON
from incident_log.vault import TooManyGuesses, Vault, new_code, normalise_code, words
from tests.incident_log.conftest import CHEAP, SECRET
from tests.redis_values import everything


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
    guess_keys = list(redis_conn.scan_iter(f"{vault.prefix}:ilog-guesses:*"))
    assert len(guess_keys) == 1
    assert 0 < redis_conn.ttl(guess_keys[0]) <= vault.guesses.window_seconds
    assert b"guesser" not in guess_keys[0]


def test_new_clients_get_no_fresh_guesses_once_everyone_together_reached_the_total(
    redis_conn: redis.Redis, redis_test_prefix: str
) -> None:
    # Each guess from a new web chat session or a new address: none reaches its own limit.
    vault = Vault(redis_conn, secret=SECRET, prefix=redis_test_prefix, kdf=CHEAP,
                  max_guesses=3, max_guesses_total=5)  # fmt: skip
    code = new_code()
    vault.create(code)
    for n in range(5):
        assert vault.open(new_code(), client=f"conversation:web:{n}") is None
    with pytest.raises(TooManyGuesses) as refused:
        vault.open(new_code(), client="web:203.0.113.99")
    assert refused.value.everyone
    assert 3590 <= refused.value.retry_after <= 3600
    with pytest.raises(TooManyGuesses):
        vault.open(code, client="the-owner")  # the oracle is closed to everyone
    totals = list(redis_conn.scan_iter(f"{redis_test_prefix}:ilog-guesses-total"))
    assert len(totals) == 1 and 0 < redis_conn.ttl(totals[0]) <= 3600
    assert b"203.0.113" not in b"".join(redis_conn.zrange(totals[0], 0, -1))


def test_the_total_slides_failures_age_out_one_by_one(
    redis_conn: redis.Redis, redis_test_prefix: str
) -> None:
    now = [1_000_000.0]
    vault = Vault(redis_conn, secret=SECRET, prefix=redis_test_prefix, kdf=CHEAP,
                  max_guesses=10, max_guesses_total=2, guess_window_seconds=600)  # fmt: skip
    vault.guesses._clock = lambda: now[0]
    code = new_code()
    vault.create(code)
    assert vault.open(new_code(), client="a") is None  # at t
    now[0] += 300
    assert vault.open(new_code(), client="b") is None  # at t + 300
    now[0] += 200
    with pytest.raises(TooManyGuesses) as refused:
        vault.open(code, client="c")
    assert refused.value.retry_after == 100  # when the first failure leaves the window
    now[0] += 101
    assert vault.open(code, client="c") is not None  # one slot free again
    assert vault.open(new_code(), client="c") is None
    with pytest.raises(TooManyGuesses):
        vault.open(code, client="d")  # the second and third failures fill it again


def test_the_right_code_counts_no_guess(vault: Vault, redis_conn: redis.Redis) -> None:
    code = new_code()
    vault.create(code)
    for _ in range(5):
        assert vault.open(code, client="owner") is not None
    assert list(redis_conn.scan_iter(f"{vault.prefix}:ilog-guesses*")) == []


def test_a_client_past_its_limit_is_told_when_to_come_back(vault: Vault) -> None:
    for _ in range(3):
        vault.open(new_code(), client="guesser")
    with pytest.raises(TooManyGuesses) as refused:
        vault.open(new_code(), client="guesser")
    assert not refused.value.everyone
    assert 0 < refused.value.retry_after <= vault.guesses.window_seconds


def test_a_bound_key_goes_with_the_log_and_is_no_entry(
    vault: Vault, redis_conn: redis.Redis, make_entries
) -> None:
    log = vault.create(new_code())
    log.save(make_entries(1)[0])
    held, kept = f"{vault.prefix}:held-elsewhere", f"{vault.prefix}:unbound"
    for name in (held, kept):
        redis_conn.set(name, b"x", ex=60)
        log.bind(name)
    log.unbind(kept)
    assert len(log.entries()) == 1 and not log.delete_entry("_bound:" + held)
    log.delete()
    assert not redis_conn.exists(held) and redis_conn.exists(kept)


def test_redis_holds_no_readable_entry_text_and_every_key_expires(
    vault: Vault, redis_conn: redis.Redis, make_entries
) -> None:
    code = new_code()
    log = vault.create(code)
    entries = make_entries(2)
    for entry in entries:
        log.save(entry)
    vault.open(new_code(), client="x")
    stored = everything(redis_conn, vault.prefix)
    assert stored
    for key, _ in stored:
        assert 0 < redis_conn.ttl(key), key
    dump = b"".join(value for _, value in stored)
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
