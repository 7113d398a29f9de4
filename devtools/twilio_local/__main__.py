"""``python -m devtools.twilio_local``: the local Twilio on TWILIO_LOCAL_PORT, for ``make run``.

Reads the project's settings (environment > ``.env`` > defaults): the Messages
API accepts TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN, and the test phone posts
to the SMS webhook, SMS_PUBLIC_URL (or Rasa's own URL when that is empty),
signed with the same token. Development only: it refuses to start when
DEPLOYMENT is production.
"""

from __future__ import annotations

import asyncio
import signal
import sys

from common.settings import Settings, SettingsError, get_settings
from devtools.twilio_local._server import DEFAULT_OUR_NUMBER, TwilioLocal

WEBHOOK_PATH = "/webhooks/sms/webhook"


def webhook_url(settings: Settings) -> str:
    """The SMS webhook as Twilio would call it: SMS_PUBLIC_URL, else Rasa on this machine."""
    return settings.sms_public_url or f"http://127.0.0.1:{settings.rasa_port}{WEBHOOK_PATH}"


def from_settings(settings: Settings) -> TwilioLocal:
    """A server for the project's SMS settings (``make run`` writes development ones)."""
    url = webhook_url(settings)
    return TwilioLocal(
        settings.twilio_account_sid,
        settings.twilio_auth_token,
        webhook_url=url,
        public_url=url,
        our_number=settings.twilio_from_number or DEFAULT_OUR_NUMBER,
        messaging_service_sid=settings.twilio_messaging_service_sid,
    )


async def serve(server: TwilioLocal, port: int) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    await server.start(port)
    print(
        f"twilio_local: Messages API {server.url}/2010-04-01/Accounts/<sid>/Messages.json; "
        f"test phone http://localhost:{port}/ texting {server.webhook_url}",
        flush=True,
    )
    try:
        await stop.wait()
    finally:
        await server.stop()


def main() -> int:
    try:
        settings = get_settings()
    except SettingsError as exc:
        print(f"twilio_local: {exc}", file=sys.stderr)
        return 2
    if settings.deployment == "production":
        print(
            "twilio_local: development only; not started with DEPLOYMENT=production",
            file=sys.stderr,
        )
        return 2
    if not (settings.twilio_account_sid and settings.twilio_auth_token):
        print(
            "twilio_local: TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN are needed "
            "(make run writes development ones into .env)",
            file=sys.stderr,
        )
        return 2
    asyncio.run(serve(from_settings(settings), settings.twilio_local_port))
    return 0


if __name__ == "__main__":
    sys.exit(main())
