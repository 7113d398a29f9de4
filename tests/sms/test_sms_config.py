"""Settings come from the environment when first needed; missing secrets are named."""

from __future__ import annotations

from cryptography.fernet import Fernet

from bot.channels.sms.config import DEFAULT_API_URL, load_settings

COMPLETE = {
    "TWILIO_ACCOUNT_SID": "AC" + "0" * 32,
    "TWILIO_AUTH_TOKEN": "token",
    "TWILIO_FROM_NUMBER": "+447700900000",
    "SMS_ID_SECRET": "x" * 32,
    "SMS_NUMBER_KEY": Fernet.generate_key().decode(),
}


def test_defaults() -> None:
    settings = load_settings(COMPLETE)
    assert settings.missing() == []
    assert settings.api_url == DEFAULT_API_URL
    assert settings.public_url is None
    assert settings.max_parts == 4 and settings.max_inbound_chars == 1600
    assert settings.stop_confirmation is False
    assert settings.retention_seconds == 2_592_000


def test_everything_missing_is_named() -> None:
    missing = " ".join(load_settings({}).missing())
    for name in ("TWILIO_AUTH_TOKEN", "TWILIO_ACCOUNT_SID", "TWILIO_FROM_NUMBER",
                 "SMS_ID_SECRET", "SMS_NUMBER_KEY"):  # fmt: skip
        assert name in missing


def test_a_messaging_service_can_replace_the_from_number() -> None:
    env = {**COMPLETE, "TWILIO_FROM_NUMBER": "", "TWILIO_MESSAGING_SERVICE_SID": "MG" + "1" * 32}
    assert load_settings(env).missing() == []


def test_weak_secret_and_bad_key_are_refused() -> None:
    missing = load_settings({**COMPLETE, "SMS_ID_SECRET": "short", "SMS_NUMBER_KEY": "nope"})
    assert len(missing.missing()) == 2


def test_shared_variables_and_bounds() -> None:
    settings = load_settings(
        {
            **COMPLETE,
            "REDIS_DB": "12",
            "REDIS_KEY_PREFIX": "abc",
            "TRACKER_RETENTION_SECONDS": "3600",
            "SMS_MAX_PARTS": "99",
            "SMS_SEND_ATTEMPTS": "zero",
            "TWILIO_API_URL": "http://127.0.0.1:9/",
            "SMS_STOP_CONFIRMATION": "true",
        }
    )
    assert (settings.redis_db, settings.key_prefix, settings.retention_seconds) == (12, "abc", 3600)
    assert settings.max_parts == 10  # capped
    assert settings.send_attempts == 4  # unreadable: the default
    assert settings.api_url == "http://127.0.0.1:9"
    assert settings.stop_confirmation is True
