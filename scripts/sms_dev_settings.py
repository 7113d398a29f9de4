"""Development SMS settings, so ``make run`` has a working SMS channel on a fresh machine.

When DEPLOYMENT is development and no SMS or Twilio setting is set (environment
or ``.env``), this appends a block to ``.env`` (mode 0600, git-ignored) that
points the channel at the local Twilio-compatible server
(``devtools/twilio_local``): a random account SID and auth token, a sender
from Ofcom's drama range, TWILIO_API_URL on TWILIO_LOCAL_PORT, the webhook's
URL as SMS_PUBLIC_URL, a random SMS_ID_SECRET and a fresh Fernet key. Only
Twilio's cloud is replaced: the channel, Rasa and Redis are the real ones.

Any SMS setting already given (real Twilio credentials, say) leaves ``.env``
alone. ``make run`` runs it (``python -m scripts.sms_dev_settings``) before the
runner (which writes the web chat's and the incident log's secrets itself); the
runner never writes ``.env`` for SMS, so test stacks cannot touch a developer's
settings.
"""

from __future__ import annotations

import os
import secrets
import sys
from collections.abc import Mapping
from pathlib import Path

from cryptography.fernet import Fernet

from common.settings import ENV_FILE, SettingsError, load_settings

# What the SMS channel needs (bot/channels/sms/config.py), and where it sends.
SMS_SETTINGS = (
    "TWILIO_ACCOUNT_SID",
    "TWILIO_AUTH_TOKEN",
    "TWILIO_FROM_NUMBER",
    "TWILIO_MESSAGING_SERVICE_SID",
    "SMS_PUBLIC_URL",
    "SMS_ID_SECRET",
    "SMS_NUMBER_KEY",
)
REAL_TWILIO_API_URL = "https://api.twilio.com"
# Ofcom's drama range (07700 900000-900999): never a real person's number.
DEV_FROM_NUMBER = "+447700900000"
WEBHOOK_PATH = "/webhooks/sms/webhook"


def dev_values(env: Mapping[str, str]) -> dict[str, str]:
    """Fresh development SMS settings for the ports in `env`."""
    return {
        "TWILIO_ACCOUNT_SID": "AC" + secrets.token_hex(16),
        "TWILIO_AUTH_TOKEN": secrets.token_hex(16),
        "TWILIO_FROM_NUMBER": DEV_FROM_NUMBER,
        "TWILIO_API_URL": f"http://127.0.0.1:{env['TWILIO_LOCAL_PORT']}",
        "SMS_PUBLIC_URL": f"http://127.0.0.1:{env['RASA_PORT']}{WEBHOOK_PATH}",
        "SMS_ID_SECRET": secrets.token_urlsafe(32),
        "SMS_NUMBER_KEY": Fernet.generate_key().decode(),
    }


def needs_dev_settings(env: Mapping[str, str]) -> bool:
    """True in development when no SMS setting is given and Twilio's API is the real one."""
    if env.get("DEPLOYMENT") == "production":
        return False
    if env.get("TWILIO_API_URL", REAL_TWILIO_API_URL) != REAL_TWILIO_API_URL:
        return False
    return not any(env.get(name) for name in SMS_SETTINGS)


def ensure_sms_dev_settings(env: dict[str, str], env_file: Path = ENV_FILE) -> bool:
    """Appends development SMS settings to ``.env`` when none are set; updates `env`.

    Returns:
        True when settings were written (a one-line notice is printed).
    """
    if not needs_dev_settings(env):
        return False
    values = dev_values(env)
    existing = env_file.read_text(encoding="utf-8") if env_file.exists() else ""
    separator = "" if not existing or existing.endswith("\n") else "\n"
    lines = "".join(f"{name}={value}\n" for name, value in values.items())
    fd = os.open(env_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as out:
        out.write(
            f"{separator}# Development SMS settings, written by make run: the local Twilio\n"
            "# (devtools/twilio_local). Delete these lines to use real Twilio settings.\n"
            f"{lines}"
        )
    os.chmod(env_file, 0o600)  # it holds secrets, whoever created it
    env.update(values)
    print(
        f"setup: wrote development SMS settings into {env_file.name} (texts go through the "
        f"local Twilio; test phone at http://localhost:{env['TWILIO_LOCAL_PORT']}/)",
        flush=True,
    )
    return True


def main() -> int:
    try:
        env = load_settings(ENV_FILE).environ()
    except SettingsError as exc:
        print(f"sms_dev_settings: {exc}", file=sys.stderr)
        return 2
    ensure_sms_dev_settings(env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
