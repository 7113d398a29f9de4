"""Pseudonymous conversation ids (HMAC-SHA256 of the E.164 number) and encrypted numbers."""

from __future__ import annotations

import re

import pytest
from cryptography.fernet import Fernet

from bot.channels.sms.identity import InvalidNumber, NumberVault, conversation_id, to_e164

SECRET = "s" * 40


@pytest.mark.parametrize(
    "raw", ["+447700900123", "07700 900123", "07700900123", "+44 7700 900123", "447700900123"]
)
def test_uk_numbers_in_any_format_become_e164(raw: str) -> None:
    assert to_e164(raw) == "+447700900123"


def test_other_countries_keep_their_code() -> None:
    assert to_e164("+1 500 555 0006") == "+15005550006"


@pytest.mark.parametrize("raw", ["hello", "", "+4477009001234567890"])
def test_things_that_are_not_numbers_are_refused(raw: str) -> None:
    with pytest.raises(InvalidNumber):
        to_e164(raw)


def test_the_same_number_is_always_the_same_conversation() -> None:
    a = conversation_id(to_e164("07700 900123"), SECRET)
    b = conversation_id(to_e164("+447700900123"), SECRET)
    assert a == b
    assert re.fullmatch(r"sms_[0-9a-f]{64}", a)


def test_ids_differ_by_number_and_by_secret_and_hide_the_number() -> None:
    a = conversation_id("+447700900123", SECRET)
    assert a != conversation_id("+447700900124", SECRET)
    assert a != conversation_id("+447700900123", "t" * 40)
    assert "7700900123" not in a


def test_numbers_are_stored_encrypted_and_come_back() -> None:
    vault = NumberVault(Fernet.generate_key().decode())
    token = vault.encrypt("+447700900123")
    assert b"7700900123" not in token
    assert vault.decrypt(token) == "+447700900123"


def test_key_rotation_decrypts_old_tokens_and_refuses_unknown_ones() -> None:
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    token = NumberVault(old).encrypt("+447700900123")
    assert NumberVault(f"{new},{old}").decrypt(token) == "+447700900123"
    assert NumberVault(new).decrypt(token) is None


def test_a_vault_needs_a_key() -> None:
    with pytest.raises(ValueError):
        NumberVault(" , ")
