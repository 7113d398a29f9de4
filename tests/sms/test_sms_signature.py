"""X-Twilio-Signature, computed here with twilio's own RequestValidator."""

from __future__ import annotations

from twilio.request_validator import RequestValidator

from bot.channels.sms.inbound import parse_form
from bot.channels.sms.signature import is_valid, signed_url

TOKEN = "12345678901234567890123456789012"
URL = "https://sms.example.org/webhooks/sms/webhook"
PARAMS = {
    "From": "+447700900123",
    "To": "+447700900000",
    "Body": "hello there",
    "MessageSid": "SM" + "a" * 32,
    "NumMedia": "0",
}


def sign(params: dict[str, str], url: str = URL, token: str = TOKEN) -> str:
    return RequestValidator(token).compute_signature(url, params)


def form(params: dict[str, str]) -> dict[str, list[str]]:
    return {k: [v] for k, v in params.items()}


def test_a_twilio_signature_is_accepted() -> None:
    assert is_valid(TOKEN, URL, form(PARAMS), sign(PARAMS))


def test_a_signature_made_with_another_token_is_refused() -> None:
    assert not is_valid(TOKEN, URL, form(PARAMS), sign(PARAMS, token="x" * 32))


def test_a_changed_field_breaks_the_signature() -> None:
    signature = sign(PARAMS)
    assert not is_valid(TOKEN, URL, form({**PARAMS, "Body": "hello therE"}), signature)
    assert not is_valid(TOKEN, URL, form({**PARAMS, "Extra": "1"}), signature)


def test_the_url_twilio_called_is_part_of_the_signature() -> None:
    signature = sign(PARAMS)
    assert not is_valid(
        TOKEN, "http://127.0.0.1:5005/webhooks/sms/webhook", form(PARAMS), signature
    )
    # Twilio signs with or without the default port: both are accepted.
    assert is_valid(
        TOKEN, "https://sms.example.org:443/webhooks/sms/webhook", form(PARAMS), signature
    )


def test_missing_signature_or_token_is_refused() -> None:
    assert not is_valid(TOKEN, URL, form(PARAMS), "")
    assert not is_valid("", URL, form(PARAMS), sign(PARAMS))


def test_blank_fields_are_signed_too() -> None:
    params = {**PARAMS, "Body": ""}
    raw = (
        b"From=%2B447700900123&To=%2B447700900000&Body=&MessageSid=SM" + b"a" * 32 + b"&NumMedia=0"
    )
    assert is_valid(TOKEN, URL, parse_form(raw), sign(params))


def test_the_public_url_wins_over_the_request_url() -> None:
    assert signed_url("http://10.0.0.5:5005/webhooks/sms/webhook", URL) == URL
    assert signed_url("http://h/webhooks/sms/webhook", None) == "http://h/webhooks/sms/webhook"
