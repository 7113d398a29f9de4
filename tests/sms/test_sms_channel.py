"""The webhook's checks, answered before anything is handled: 503, 403, 413, 415, 400, or TwiML."""

from __future__ import annotations

import logging
import secrets
from dataclasses import replace
from types import SimpleNamespace
from urllib.parse import urlencode

import pytest
from sanic.compat import Header
from twilio.request_validator import RequestValidator

from bot.channels.sms.channel import EMPTY_TWIML, SmsInput
from bot.channels.sms.config import SmsSettings
from tests.e2e.fake_twilio import FakeTwilio
from tests.sms.conftest import StubRasa, project_settings

NUMBER = "+447700900123"
FORM = "application/x-www-form-urlencoded"


def twilio_params(**changes: str) -> dict[str, str]:
    params = {
        "ToCountry": "GB",
        "From": NUMBER,
        "To": "+447700900000",
        "Body": "hello",
        "MessageSid": "SM" + secrets.token_hex(16),
        "NumMedia": "0",
        "ApiVersion": "2010-04-01",
    }
    params.update(changes)
    return {k: v for k, v in params.items() if v is not None}


def request(
    settings: SmsSettings,
    params: dict[str, str] | None = None,
    raw: bytes | None = None,
    signature: str | None = "sign",
    content_type: str = FORM,
    token: str | None = None,
) -> SimpleNamespace:
    params = twilio_params() if params is None else params
    body = raw if raw is not None else urlencode(params).encode()
    headers = Header({"content-type": content_type})
    if signature == "sign":
        validator = RequestValidator(token or settings.auth_token)
        signature = validator.compute_signature(settings.public_url, params)
    if signature is not None:
        headers["x-twilio-signature"] = signature  # header names are case-insensitive
    return SimpleNamespace(
        headers=headers,
        body=body,
        url="http://127.0.0.1:5005/webhooks/sms/webhook",  # behind a proxy
        app=SimpleNamespace(ctx=SimpleNamespace(agent=None)),
    )


@pytest.fixture
async def channel(sms_settings: SmsSettings):
    sms = SmsInput(sms_settings, project_settings(sms_settings))
    yield sms
    await sms.close()


async def test_a_signed_message_is_acknowledged_at_once_with_empty_twiml(
    channel: SmsInput, sms_settings: SmsSettings, rasa: StubRasa, fake_twilio: FakeTwilio
) -> None:
    answer = await channel.receive(request(sms_settings), rasa)
    assert answer.status == 200
    assert answer.body.decode() == EMPTY_TWIML
    assert answer.content_type == "text/xml"
    await channel.service(None, rasa).drain(30)
    assert fake_twilio.bodies(NUMBER) == ["Hello. Ask me anything."]


@pytest.mark.parametrize(
    ("kwargs", "status"),
    [
        ({"signature": None}, 403),
        ({"signature": ""}, 403),
        ({"signature": "bm90IGEgc2lnbmF0dXJl"}, 403),
        ({"token": "another-accounts-token"}, 403),
        ({"content_type": "application/json"}, 415),
        ({"raw": b"x=" + b"a" * 70_000}, 413),
        ({"raw": b"From=1&&Body=2"}, 400),
        ({"raw": b"\xff\xfe"}, 400),
    ],
)
async def test_bad_requests_are_refused_and_nothing_is_handled(
    channel: SmsInput, sms_settings: SmsSettings, rasa: StubRasa, kwargs: dict, status: int
) -> None:
    answer = await channel.receive(request(sms_settings, **kwargs), rasa)
    assert answer.status == status
    assert channel._service is None and rasa.received == []


async def test_a_tampered_body_fails_the_signature(
    channel: SmsInput, sms_settings: SmsSettings, rasa: StubRasa
) -> None:
    signed = request(sms_settings)
    signed.body = signed.body.replace(b"Body=hello", b"Body=hellp")
    assert (await channel.receive(signed, rasa)).status == 403


@pytest.mark.parametrize(
    ("params", "field"),
    [
        (twilio_params(From=None), "From"),
        (twilio_params(From="hello"), "From"),
        (twilio_params(From="whatsapp:" + NUMBER), "From"),
        (twilio_params(MessageSid=None), "MessageSid"),
    ],
)
async def test_signed_but_unusable_messages_get_400_naming_the_field(
    channel: SmsInput,
    sms_settings: SmsSettings,
    rasa: StubRasa,
    fake_twilio: FakeTwilio,
    params: dict,
    field: str,
) -> None:
    answer = await channel.receive(request(sms_settings, params), rasa)
    assert answer.status == 400 and field in answer.body.decode()
    await channel.service(None, rasa).drain(30)
    assert rasa.received == [] and fake_twilio.calls == [], "nothing is answered by SMS"


async def test_unknown_fields_are_signed_and_ignored(
    channel: SmsInput, sms_settings: SmsSettings, rasa: StubRasa
) -> None:
    params = twilio_params(SomethingTwilioAddsLater="x", AddOns='{"status":"ok"}')
    assert (await channel.receive(request(sms_settings, params), rasa)).status == 200


async def test_without_a_public_url_the_request_url_is_signed(
    sms_settings: SmsSettings, rasa: StubRasa
) -> None:
    settings = replace(sms_settings, public_url=None)
    channel = SmsInput(settings)
    params = twilio_params()
    req = request(settings, params, signature=None)
    req.headers["x-twilio-signature"] = RequestValidator(settings.auth_token).compute_signature(
        req.url, params
    )
    try:
        assert (await channel.receive(req, rasa)).status == 200
    finally:
        await channel.close()


async def test_an_unconfigured_channel_answers_503_and_names_what_is_missing(
    rasa: StubRasa, caplog: pytest.LogCaptureFixture
) -> None:
    channel = SmsInput(SmsSettings())
    with caplog.at_level(logging.INFO):
        answer = await channel.receive(request(SmsSettings(public_url="https://x/")), rasa)
    assert answer.status == 503
    assert "TWILIO_AUTH_TOKEN" in caplog.text and "SMS_NUMBER_KEY" in caplog.text


async def test_rejections_log_only_the_fact(
    channel: SmsInput, sms_settings: SmsSettings, rasa: StubRasa, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        await channel.receive(request(sms_settings, signature="forged"), rasa)
        await channel.receive(request(sms_settings, twilio_params(Body="Quarry Lane")), rasa)
        await channel.service(None, rasa).drain(30)
    assert "sms.rejected status=403 reason=signature" in caplog.text
    assert "7700900123" not in caplog.text and "Quarry" not in caplog.text
    assert "sms_" not in caplog.text, "not even the pseudonym is logged"


async def test_an_unexpected_failure_is_a_503_not_a_crash(
    channel: SmsInput, sms_settings: SmsSettings, rasa: StubRasa
) -> None:
    class Broken:
        def get(self, *_):
            raise RuntimeError("boom")

    blueprint = channel.blueprint(rasa)
    handler = next(r.handler for r in blueprint._future_routes if r.uri == "/webhook")
    broken = request(sms_settings)
    broken.headers = Broken()
    assert (await handler(broken)).status == 503
