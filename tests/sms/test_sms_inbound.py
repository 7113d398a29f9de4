"""Reading Twilio's form: malformed bodies and missing fields are named, unknown ones ignored."""

from __future__ import annotations

import pytest

from bot.channels.sms.inbound import FormError, parse_form, read_message

SID = "SM" + "0123456789abcdef" * 2


def test_a_twilio_form_is_read() -> None:
    fields = parse_form(
        b"ToCountry=GB&From=%2B447700900123&Body=he+is+outside%21&MessageSid=" + SID.encode()
        + b"&NumMedia=1&ApiVersion=2010-04-01&SomethingNew=x"
    )  # fmt: skip
    message = read_message(fields)
    assert message.sender == "+447700900123"
    assert message.body == "he is outside!"
    assert message.sid == SID and message.num_media == 1


def test_a_missing_body_is_an_empty_message() -> None:
    message = read_message({"From": ["+447700900123"], "MessageSid": [SID]})
    assert message.body == "" and message.num_media == 0


def test_sms_sid_is_accepted_when_message_sid_is_missing() -> None:
    assert read_message({"From": ["+447700900123"], "SmsSid": [SID]}).sid == SID


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"MessageSid": [SID]}, "From"),
        ({"From": [" "], "MessageSid": [SID]}, "From"),
        # Finding 6 of the hardening issue: WhatsApp senders were answered by SMS.
        ({"From": ["whatsapp:+447700900123"], "MessageSid": [SID]}, "From"),
        ({"From": ["messenger:1234567890"], "MessageSid": [SID]}, "From"),
        ({"From": ["+447700900123"]}, "MessageSid"),
        ({"From": ["+447700900123"], "MessageSid": ["SM:tracker:x"]}, "MessageSid"),
    ],
)
def test_missing_or_bad_fields_are_named(fields: dict, field: str) -> None:
    with pytest.raises(FormError) as err:
        read_message(fields)
    assert err.value.field == field


@pytest.mark.parametrize("raw", [b"a&b", b"From=1&&Body=2", b"\xff\xfe=\x00", b"x" * 10])
def test_malformed_bodies_are_refused(raw: bytes) -> None:
    with pytest.raises(FormError):
        parse_form(raw)


def test_an_empty_body_has_no_fields() -> None:
    assert parse_form(b"") == {}


def test_a_bad_media_count_is_zero() -> None:
    message = read_message({"From": ["+447700900123"], "MessageSid": [SID], "NumMedia": ["x"]})
    assert message.num_media == 0
