"""The SMS channel's settings for a stack under test, written once.

Every stack that texts (the SMS, handover and incident-log end-to-end tests,
the handover benchmark) points the channel at a local Twilio-compatible server
(tests/e2e/fake_twilio.py) the same way. Kept out of a test module so the
benchmarks can import it without pulling in another test file's fixtures.
"""

from __future__ import annotations

import secrets

from cryptography.fernet import Fernet

from tests.e2e.fake_twilio import FakeTwilio

# The number people text, and the public URL Twilio would call (behind a proxy,
# so webhooks are signed for this URL, not the local one).
OUR_NUMBER = "+447700900000"
PUBLIC_URL = "https://sms.example.org/webhooks/sms/webhook"


def sms_env(twilio: FakeTwilio) -> dict[str, str]:
    """TWILIO_* and SMS_* for a stack whose texts go to `twilio`.

    Fresh secrets each call, so no two stacks share a pseudonym key or number key.
    """
    return {
        "TWILIO_ACCOUNT_SID": twilio.account_sid,
        "TWILIO_AUTH_TOKEN": twilio.auth_token,
        "TWILIO_FROM_NUMBER": OUR_NUMBER,
        "TWILIO_MESSAGING_SERVICE_SID": "",
        "TWILIO_API_URL": twilio.url,
        "SMS_PUBLIC_URL": PUBLIC_URL,
        "SMS_ID_SECRET": secrets.token_urlsafe(32),
        "SMS_NUMBER_KEY": Fernet.generate_key().decode(),
        # A failed send is retried quickly: tests wait on replies with a bounded wait.
        "SMS_SEND_BACKOFF_SECONDS": "0.05",
        # Twilio confirms STOP itself on long codes, so the channel sends nothing after it.
        "SMS_STOP_CONFIRMATION": "false",
    }
