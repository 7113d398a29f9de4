"""The SMS channel's settings, read from the environment when the channel first needs them.

Every variable is listed, with its default, in ``.env.example``. Secrets have no
default: until they are set the webhook answers 503 and says which names are
missing (names only, never values).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from cryptography.fernet import Fernet

DEFAULT_API_URL = "https://api.twilio.com"
# A keyed hash of a phone number is only as private as its key: UK mobile numbers
# are few enough to try them all, so the key must be long and random.
MIN_ID_SECRET_CHARS = 32


@dataclass(frozen=True)
class SmsSettings:
    """Everything the channel reads from the environment."""

    account_sid: str = ""
    auth_token: str = ""
    from_number: str = ""
    messaging_service_sid: str = ""
    api_url: str = DEFAULT_API_URL
    # The exact URL Twilio calls (with any query string); None means the request's URL.
    public_url: str | None = None
    id_secret: str = ""
    # One Fernet key, or several separated by commas (the first encrypts; all decrypt).
    number_keys: str = ""
    redis_host: str = "127.0.0.1"
    redis_port: int = 6379
    redis_password: str | None = None
    redis_db: int = 0
    key_prefix: str = "stalkingsupport"
    retention_seconds: int = 2_592_000
    max_parts: int = 4
    max_inbound_chars: int = 1600
    stop_confirmation: bool = False
    send_attempts: int = 4
    send_backoff_seconds: float = 0.5
    send_timeout_seconds: float = 15.0
    max_concurrent_turns: int = 4
    options_seconds: int = 86_400
    dedupe_seconds: int = 86_400

    def missing(self) -> list[str]:
        """Names of required settings that are unset or unusable."""
        problems = []
        if not self.auth_token:
            problems.append("TWILIO_AUTH_TOKEN")
        if not self.account_sid:
            problems.append("TWILIO_ACCOUNT_SID")
        if not (self.from_number or self.messaging_service_sid):
            problems.append("TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID")
        if len(self.id_secret) < MIN_ID_SECRET_CHARS:
            problems.append(f"SMS_ID_SECRET (at least {MIN_ID_SECRET_CHARS} characters)")
        if not _valid_fernet_keys(self.number_keys):
            problems.append("SMS_NUMBER_KEY (a Fernet key)")
        return problems


def _valid_fernet_keys(keys: str) -> bool:
    parts = [k.strip() for k in keys.split(",") if k.strip()]
    try:
        for key in parts:
            Fernet(key)
    except ValueError:
        return False
    return bool(parts)


def _int(env: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    try:
        value = int(env.get(name) or default)
    except ValueError:
        return default
    return min(max(value, low), high)


def _float(env: Mapping[str, str], name: str, default: float, low: float, high: float) -> float:
    try:
        value = float(env.get(name) or default)
    except ValueError:
        return default
    return min(max(value, low), high)


def _flag(env: Mapping[str, str], name: str) -> bool:
    return (env.get(name) or "").strip().lower() in {"1", "true", "yes", "on"}


def load_settings(env: Mapping[str, str] | None = None) -> SmsSettings:
    """Reads the settings (from ``os.environ`` unless given); bad numbers fall back to defaults."""
    env = os.environ if env is None else env
    d = SmsSettings()
    return SmsSettings(
        account_sid=(env.get("TWILIO_ACCOUNT_SID") or "").strip(),
        auth_token=(env.get("TWILIO_AUTH_TOKEN") or "").strip(),
        from_number=(env.get("TWILIO_FROM_NUMBER") or "").strip(),
        messaging_service_sid=(env.get("TWILIO_MESSAGING_SERVICE_SID") or "").strip(),
        api_url=(env.get("TWILIO_API_URL") or DEFAULT_API_URL).strip().rstrip("/"),
        public_url=(env.get("SMS_PUBLIC_URL") or "").strip() or None,
        id_secret=env.get("SMS_ID_SECRET") or "",
        number_keys=env.get("SMS_NUMBER_KEY") or "",
        redis_host=env.get("REDIS_HOST") or d.redis_host,
        redis_port=_int(env, "REDIS_PORT", d.redis_port, 1, 65535),
        redis_password=env.get("REDIS_PASSWORD") or None,
        redis_db=_int(env, "REDIS_DB", d.redis_db, 0, 10_000),
        key_prefix=env.get("REDIS_KEY_PREFIX") or d.key_prefix,
        retention_seconds=_int(env, "TRACKER_RETENTION_SECONDS", d.retention_seconds, 60, 10**9),
        max_parts=_int(env, "SMS_MAX_PARTS", d.max_parts, 1, 10),
        max_inbound_chars=_int(env, "SMS_MAX_INBOUND_CHARS", d.max_inbound_chars, 1, 100_000),
        stop_confirmation=_flag(env, "SMS_STOP_CONFIRMATION"),
        send_attempts=_int(env, "SMS_SEND_ATTEMPTS", d.send_attempts, 1, 10),
        send_backoff_seconds=_float(
            env, "SMS_SEND_BACKOFF_SECONDS", d.send_backoff_seconds, 0.0, 60.0
        ),
        send_timeout_seconds=_float(
            env, "SMS_SEND_TIMEOUT_SECONDS", d.send_timeout_seconds, 1.0, 120.0
        ),
        max_concurrent_turns=_int(env, "SMS_MAX_CONCURRENT_TURNS", d.max_concurrent_turns, 1, 256),
        options_seconds=_int(env, "SMS_OPTIONS_SECONDS", d.options_seconds, 60, 10**9),
        dedupe_seconds=_int(env, "SMS_DEDUPE_SECONDS", d.dedupe_seconds, 60, 10**9),
    )
