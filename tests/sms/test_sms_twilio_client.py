"""Sending through the Messages API: auth, fields, retries with backoff, bounded attempts."""

from __future__ import annotations

import logging
from dataclasses import replace

import httpx
import pytest

from bot.channels.sms.config import SmsSettings
from bot.channels.sms.twilio_client import TwilioMessages
from tests.e2e.conftest import free_port
from tests.e2e.fake_twilio import FakeTwilio

TO = "+447700900123"


class Sleeps(list):
    """Records the backoff delays instead of waiting them out."""

    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


async def send(settings: SmsSettings, sleeps: Sleeps | None = None, body: str = "Hi"):
    client = TwilioMessages(settings, sleep=sleeps if sleeps is not None else Sleeps())
    try:
        return await client.send(TO, body)
    finally:
        await client.close()


async def test_a_message_is_sent_with_basic_auth_and_twilio_fields(
    fake_twilio: FakeTwilio, sms_settings: SmsSettings
) -> None:
    result = await send(sms_settings, body="Hello there")
    assert result.sent and result.attempts == 1 and result.message_sid.startswith("SM")
    (call,) = fake_twilio.calls
    assert call.authorised
    assert call.form == {"To": TO, "Body": "Hello there", "From": sms_settings.from_number}


async def test_a_messaging_service_is_used_instead_of_a_number(
    fake_twilio: FakeTwilio, sms_settings: SmsSettings
) -> None:
    settings = replace(sms_settings, from_number="", messaging_service_sid="MG" + "1" * 32)
    assert (await send(settings)).sent
    assert fake_twilio.calls[0].form["MessagingServiceSid"] == "MG" + "1" * 32
    assert "From" not in fake_twilio.calls[0].form


async def test_429_and_500_are_retried_with_growing_delays(
    fake_twilio: FakeTwilio, sms_settings: SmsSettings
) -> None:
    fake_twilio.fail_next(2, status=429)
    fake_twilio.fail_next(1, status=503)
    sleeps = Sleeps()
    result = await send(replace(sms_settings, send_backoff_seconds=1.0), sleeps)
    assert result.sent and result.attempts == 4
    assert [c.status for c in fake_twilio.calls] == [429, 429, 503, 201]
    assert len(fake_twilio.sent(TO)) == 1, "exactly one message got through"
    # Exponential with jitter: base 1, 2, 4 seconds, each scaled by 0.5-1.0.
    assert 0.5 <= sleeps[0] <= 1 and 1 <= sleeps[1] <= 2 and 2 <= sleeps[2] <= 4


async def test_retry_after_is_honoured(fake_twilio: FakeTwilio, sms_settings: SmsSettings) -> None:
    fake_twilio.fail_next(1, status=429, retry_after="3")
    sleeps = Sleeps()
    assert (await send(sms_settings, sleeps)).sent
    assert sleeps == [3.0]


async def test_attempts_are_bounded(fake_twilio: FakeTwilio, sms_settings: SmsSettings) -> None:
    fake_twilio.fail_next(10, status=500)
    sleeps = Sleeps()
    result = await send(replace(sms_settings, send_attempts=3), sleeps)
    assert not result.sent and result.attempts == 3 and result.status == 500
    assert len(fake_twilio.calls) == 3 and len(sleeps) == 2


async def test_a_client_error_is_not_retried(fake_twilio: FakeTwilio, sms_settings: SmsSettings):
    result = await send(replace(sms_settings, auth_token="wrong"))
    assert not result.sent and result.status == 401 and result.attempts == 1
    assert len(fake_twilio.calls) == 1


async def test_a_dropped_connection_is_retried(
    fake_twilio: FakeTwilio, sms_settings: SmsSettings
) -> None:
    fake_twilio.drop_next(1)
    result = await send(sms_settings)
    assert result.sent and result.attempts == 2
    assert len(fake_twilio.sent(TO)) == 1


async def test_connection_refused_is_retried_then_given_up(sms_settings: SmsSettings) -> None:
    closed = replace(sms_settings, api_url=f"http://127.0.0.1:{free_port()}", send_attempts=3)
    sleeps = Sleeps()
    result = await send(closed, sleeps)
    assert not result.sent and result.attempts == 3 and len(sleeps) == 2


async def test_a_read_timeout_is_not_retried(sms_settings: SmsSettings) -> None:
    # Twilio may have accepted the message: a retry could send it twice.
    calls = []

    def slow(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise httpx.ReadTimeout("no answer", request=request)

    client = TwilioMessages(
        sms_settings, client=httpx.AsyncClient(transport=httpx.MockTransport(slow)), sleep=Sleeps()
    )
    try:
        result = await client.send(TO, "Hi")
    finally:
        await client.close()
    assert not result.sent and len(calls) == 1


async def test_requests_are_not_logged_with_the_account_sid(
    fake_twilio: FakeTwilio, sms_settings: SmsSettings, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        fake_twilio.fail_next(1, status=500)
        assert (await send(sms_settings)).sent
    assert sms_settings.account_sid not in caplog.text
    assert "sms.send_retry attempt=1 status=500" in caplog.text
