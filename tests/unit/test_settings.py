"""One settings object: .env.example lists exactly its fields, bad values are named."""

from __future__ import annotations

from pathlib import Path

import pytest
from dotenv import dotenv_values

from common.settings import Settings, SettingsError, load_settings

ROOT = Path(__file__).resolve().parents[2]


def test_env_example_lists_exactly_the_settings() -> None:
    listed = set(dotenv_values(ROOT / ".env.example"))
    fields = {name.upper() for name in Settings.__fields__}
    assert listed - fields == set(), "listed in .env.example but read by nothing"
    assert fields - listed == set(), "read but not listed in .env.example"


def test_env_example_defaults_are_the_settings_defaults() -> None:
    example = load_settings(ROOT / ".env.example")
    assert example == load_settings(None)


def test_dotenv_is_read_and_the_real_environment_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("WEB_PORT=8100\nRASA_PORT=5100\n", encoding="utf-8")
    monkeypatch.setenv("RASA_PORT", "5200")
    settings = load_settings(env_file)
    assert (settings.web_port, settings.rasa_port) == (8100, 5200)


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("REDIS_PORT", "six"),
        ("REDIS_KEY_PREFIX", "stalking-support"),
        ("MAX_MESSAGE_CHARS", "0"),
        # Fewer wrong codes for everyone together than for one client (default 10).
        ("INCIDENT_LOG_MAX_GUESSES_TOTAL", "5"),
    ],
)
def test_a_bad_value_stops_start_up_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError, match=variable):
        load_settings(None)


def test_environ_round_trips_for_child_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = load_settings(None, sms_stop_confirmation=True, web_port=8123)
    for name, value in settings.environ().items():
        monkeypatch.setenv(name, value)
    assert load_settings(None) == settings


def test_injected_action_failures_never_happen_in_production() -> None:
    names = "action_list_services, action_explain_orders"
    development = load_settings(None, fail_actions=names)
    production = load_settings(None, fail_actions=names, deployment="production")
    assert development.injected_failure("action_list_services")
    assert not development.injected_failure("action_ask_area")
    assert not production.injected_failure("action_list_services")
