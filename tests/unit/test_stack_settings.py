"""The runner's settings: environment > .env > defaults, a token with no manual step."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from common.settings import SettingsError
from scripts.stack import settings
from scripts.supervisor import ensure_secret_in_env_file


@pytest.fixture
def env_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("REDIS_PORT", "RASA_PORT", "WEB_PORT", "ACTION_SERVER_TOKEN", "REQUEST_MAX_BYTES"):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / ".env"
    path.write_text("REDIS_PORT=7000\nRASA_PORT=7001\n")
    return path


def test_environment_wins_over_env_file_which_wins_over_defaults(
    env_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RASA_PORT", "7002")
    env = settings(env_file=env_file)
    assert (env["REDIS_PORT"], env["RASA_PORT"], env["WEB_PORT"]) == ("7000", "7002", "8000")
    assert settings({"RASA_PORT": "7003"}, env_file=env_file)["RASA_PORT"] == "7003"


def test_an_empty_action_token_is_generated_fresh_and_a_set_one_is_kept(
    env_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = settings(env_file=env_file), settings(env_file=env_file)
    assert len(first["ACTION_SERVER_TOKEN"]) >= 32
    assert first["ACTION_SERVER_TOKEN"] != second["ACTION_SERVER_TOKEN"]
    monkeypatch.setenv("ACTION_SERVER_TOKEN", "chosen-by-the-deployer")
    assert settings(env_file=env_file)["ACTION_SERVER_TOKEN"] == "chosen-by-the-deployer"


def test_the_request_cap_reaches_sanic(env_file: Path) -> None:
    env = settings({"REQUEST_MAX_BYTES": "4096"}, env_file=env_file)
    assert env["SANIC_REQUEST_MAX_SIZE"] == "4096"


def test_a_bad_value_names_the_variable(env_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RESTART_BACKOFF_SECONDS", "soon")
    with pytest.raises(SettingsError, match="RESTART_BACKOFF_SECONDS"):
        settings(env_file=env_file)


def test_a_missing_secret_is_written_to_env_once_and_privately(tmp_path: Path) -> None:
    path = tmp_path / ".env"
    path.write_text("REDIS_PORT=7000")  # no final newline
    env = {"WEBCHAT_TOKEN_SECRET": ""}
    ensure_secret_in_env_file(env, "WEBCHAT_TOKEN_SECRET", path)
    written = env["WEBCHAT_TOKEN_SECRET"]
    assert len(written) >= 32
    assert path.read_text().splitlines()[0] == "REDIS_PORT=7000"
    assert f"WEBCHAT_TOKEN_SECRET={written}" in path.read_text().splitlines()
    ensure_secret_in_env_file(env, "WEBCHAT_TOKEN_SECRET", path)  # set: nothing changes
    assert path.read_text().count("WEBCHAT_TOKEN_SECRET=") == 1

    fresh = tmp_path / "new.env"
    ensure_secret_in_env_file({"WEBCHAT_TOKEN_SECRET": ""}, "WEBCHAT_TOKEN_SECRET", fresh)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600
