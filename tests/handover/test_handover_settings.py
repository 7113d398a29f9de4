"""The handover settings exist in both the settings object and .env.example."""

from __future__ import annotations

from pathlib import Path

from dotenv import dotenv_values

from common.settings import Settings, load_settings
from handover.config import HandoverConfig

ROOT = Path(__file__).resolve().parents[2]
NAMES = {
    "HANDOVER_UNCLAIMED_SECONDS",
    "HANDOVER_IDLE_SECONDS",
    "HANDOVER_RETENTION_SECONDS",
    "HANDOVER_AUDIT_RETENTION_SECONDS",
    "HANDOVER_AUDIT_MAX_ENTRIES",
    "HANDOVER_ACCOUNT_DORMANT_DAYS",
    # Advocate hours (handover/hours.py), read by actions/handover.py.
    "HANDOVER_HOURS",
}


def test_settings_and_env_example_list_the_same_handover_names() -> None:
    fields = {name.upper() for name in Settings.__fields__ if name.startswith("handover_")}
    listed = {name for name in dotenv_values(ROOT / ".env.example") if name.startswith("HANDOVER_")}
    assert fields == listed == NAMES


def test_the_config_takes_the_settings() -> None:
    settings = load_settings(None, redis_key_prefix="abc", handover_unclaimed_seconds=60)
    config = HandoverConfig.from_settings(settings)
    assert config.unclaimed_seconds == 60 and config.key("queue") == "abc:handover:queue"
