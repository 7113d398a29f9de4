"""`make run` in development: development SMS settings once, and the local Twilio started.

Only Twilio's cloud is replaced, and only in development: production, or real
Twilio settings, start no local Twilio and leave `.env` alone.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pytest
from dotenv import dotenv_values

from bot.channels.sms.config import load_settings as sms_settings
from common.settings import load_settings
from scripts.sms_dev_settings import SMS_SETTINGS, ensure_sms_dev_settings
from scripts.stack import Stack, settings
from scripts.supervisor import service_names, twilio_local_wanted

VARIABLES = (*SMS_SETTINGS, "TWILIO_API_URL", "TWILIO_LOCAL_PORT", "RASA_PORT", "DEPLOYMENT")


@pytest.fixture
def env_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / ".env"
    path.write_text("REDIS_PORT=7000\n")
    return path


def test_a_fresh_machine_gets_development_sms_settings_once_and_privately(
    env_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    env = settings(env_file=env_file)
    assert ensure_sms_dev_settings(env, env_file)
    assert stat.S_IMODE(env_file.stat().st_mode) == 0o600
    assert "test phone at http://localhost:8010/" in capsys.readouterr().out

    written = dotenv_values(env_file)
    assert written["REDIS_PORT"] == "7000", "only ever appends"
    assert re.fullmatch(r"AC[0-9a-f]{32}", written["TWILIO_ACCOUNT_SID"] or "")
    assert re.fullmatch(r"\+447700900\d{3}", written["TWILIO_FROM_NUMBER"] or "")
    assert written["TWILIO_API_URL"] == "http://127.0.0.1:8010"
    assert written["SMS_PUBLIC_URL"] == "http://127.0.0.1:5005/webhooks/sms/webhook"
    # The SMS channel accepts them: nothing missing, so its webhook answers.
    assert sms_settings(load_settings(env_file)).missing() == []

    again = settings(env_file=env_file)
    assert not ensure_sms_dev_settings(again, env_file)
    assert env_file.read_text().count("TWILIO_AUTH_TOKEN=") == 1


def test_make_run_in_development_starts_the_local_twilio(env_file: Path) -> None:
    ensure_sms_dev_settings(settings(env_file=env_file), env_file)
    env = settings(env_file=env_file)
    assert twilio_local_wanted(env)
    assert service_names(env, local_redis=False) == ["actions", "web", "rasa", "twilio_local"]
    spec = Stack(env, quiet=True).spec("twilio_local")
    assert spec.args[-2:] == ["-m", "devtools.twilio_local"]
    assert spec.address == "http://localhost:8010/ (test phone)"


@pytest.mark.parametrize(
    "overrides",
    [
        {"DEPLOYMENT": "production"},
        {"TWILIO_API_URL": "https://api.twilio.com"},  # real Twilio settings
        {"TWILIO_LOCAL_PORT": "8011"},  # the channel sends elsewhere
    ],
)
def test_production_or_real_twilio_start_no_local_twilio(
    env_file: Path, overrides: dict[str, str]
) -> None:
    ensure_sms_dev_settings(settings(env_file=env_file), env_file)
    env = settings(overrides, env_file=env_file)
    assert not twilio_local_wanted(env)
    assert "twilio_local" not in service_names(env, local_redis=True)


@pytest.mark.parametrize(
    "given",
    [
        {"TWILIO_AUTH_TOKEN": "a-real-token"},
        {"TWILIO_API_URL": "https://twilio.example.org"},
        {"SMS_ID_SECRET": "x" * 40},
        {"DEPLOYMENT": "production"},
    ],
)
def test_any_sms_setting_given_or_production_leaves_env_alone(
    env_file: Path, given: dict[str, str]
) -> None:
    before = env_file.read_text()
    assert not ensure_sms_dev_settings(settings(given, env_file=env_file), env_file)
    assert env_file.read_text() == before
