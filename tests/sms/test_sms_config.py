"""The SMS channel's view of the settings: missing secrets are named, values carried over."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet

from bot.channels.sms.config import load_settings
from common.settings import SettingsError
from common.settings import load_settings as load_project

COMPLETE = {
    "twilio_account_sid": "AC" + "0" * 32,
    "twilio_auth_token": "token",
    "twilio_from_number": "+447700900000",
    "sms_id_secret": "x" * 32,
    "sms_number_key": Fernet.generate_key().decode(),
}


def sms(**values: object):
    return load_settings(load_project(None, **values))


def test_defaults() -> None:
    settings = sms(**COMPLETE)
    assert settings.missing() == []
    assert settings.api_url == "https://api.twilio.com"
    assert settings.public_url is None
    assert settings.max_parts == 4 and settings.max_inbound_chars == 1600
    assert settings.stop_confirmation is False
    assert settings.retention_seconds == 2_592_000


def test_everything_missing_is_named() -> None:
    missing = " ".join(sms().missing())
    for name in ("TWILIO_AUTH_TOKEN", "TWILIO_ACCOUNT_SID", "TWILIO_FROM_NUMBER",
                 "SMS_ID_SECRET", "SMS_NUMBER_KEY"):  # fmt: skip
        assert name in missing


def test_a_messaging_service_can_replace_the_from_number() -> None:
    values = {**COMPLETE, "twilio_from_number": "", "twilio_messaging_service_sid": "MG" + "1" * 32}
    assert sms(**values).missing() == []


def test_weak_secret_and_bad_key_are_refused() -> None:
    settings = sms(**{**COMPLETE, "sms_id_secret": "short", "sms_number_key": "nope"})
    assert len(settings.missing()) == 2


def test_shared_variables_reach_the_channel(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REDIS_DB", "12")
    monkeypatch.setenv("REDIS_KEY_PREFIX", "abc")
    monkeypatch.setenv("TRACKER_RETENTION_SECONDS", "3600")
    monkeypatch.setenv("TWILIO_API_URL", " http://127.0.0.1:9/ ")
    monkeypatch.setenv("SMS_STOP_CONFIRMATION", "true")
    settings = sms(**COMPLETE)
    assert (settings.redis_db, settings.key_prefix, settings.retention_seconds) == (12, "abc", 3600)
    assert settings.api_url == "http://127.0.0.1:9"
    assert settings.stop_confirmation is True


@pytest.mark.parametrize(
    ("variable", "value"),
    [("SMS_MAX_PARTS", "99"), ("SMS_SEND_ATTEMPTS", "zero"), ("SMS_STOP_CONFIRMATION", "maybe")],
)
def test_an_unusable_value_stops_start_up_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError, match=variable):
        load_project(None)
