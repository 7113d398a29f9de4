"""The SMS channel's view of the project's settings.

The values are read once, into common.settings.Settings (a bad value stops the
server at start-up, naming the variable); this frozen view gives the channel
short names and says which secrets are missing. Secrets have no default: until
they are set the webhook answers 503 and names what is missing (never values).
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.fernet import Fernet

from common.settings import Settings, get_settings

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


def load_settings(settings: Settings | None = None) -> SmsSettings:
    """The channel's view of the project's settings (common/settings.py, read once)."""
    s = settings or get_settings()
    return SmsSettings(
        account_sid=s.twilio_account_sid,
        auth_token=s.twilio_auth_token,
        from_number=s.twilio_from_number,
        messaging_service_sid=s.twilio_messaging_service_sid,
        api_url=s.twilio_api_url,
        public_url=s.sms_public_url or None,
        id_secret=s.sms_id_secret,
        number_keys=s.sms_number_key,
        redis_host=s.redis_host,
        redis_port=s.redis_port,
        redis_password=s.redis_password or None,
        redis_db=s.redis_db,
        key_prefix=s.redis_key_prefix,
        retention_seconds=s.tracker_retention_seconds,
        max_parts=s.sms_max_parts,
        max_inbound_chars=s.sms_max_inbound_chars,
        stop_confirmation=s.sms_stop_confirmation,
        send_attempts=s.sms_send_attempts,
        send_backoff_seconds=s.sms_send_backoff_seconds,
        send_timeout_seconds=s.sms_send_timeout_seconds,
        max_concurrent_turns=s.sms_max_concurrent_turns,
        options_seconds=s.sms_options_seconds,
        dedupe_seconds=s.sms_dedupe_seconds,
    )
