"""The SMS channel's form reader and number parser: any input is read or refused cleanly."""

from __future__ import annotations

from urllib.parse import urlencode

from hypothesis import given
from hypothesis import strategies as st

from bot.channels.sms.identity import InvalidNumber, to_e164
from bot.channels.sms.inbound import MAX_FIELDS, FormError, InboundSms, parse_form, read_message
from tests.fuzz.conftest import fuzz

TWILIO_FIELDS = ["From", "To", "Body", "MessageSid", "SmsSid", "NumMedia", "OptOutType"]
# Twilio's SIDs, and things that nearly are.
sids = st.from_regex(r"\A(SM|MM)[0-9a-f]{32}\Z") | st.text(max_size=40)
form_fields = st.dictionaries(
    st.sampled_from(TWILIO_FIELDS) | st.text(max_size=10),
    st.lists(st.text(max_size=60), min_size=1, max_size=3),
    max_size=10,
)


@fuzz(500)
@given(st.binary(max_size=2048))
def test_any_bytes_are_parsed_or_refused_with_a_form_error(raw: bytes) -> None:
    try:
        fields = parse_form(raw)
    except FormError as err:
        assert err.field == "body"
        return
    assert all(
        isinstance(k, str) and all(isinstance(v, str) for v in vs) for k, vs in fields.items()
    )
    assert len(fields) <= MAX_FIELDS


@fuzz(300)
@given(form_fields)
def test_an_encoded_form_reads_back_every_field(fields: dict[str, list[str]]) -> None:
    raw = urlencode([(k, v) for k, vs in fields.items() for v in vs]).encode()
    if not raw:
        assert parse_form(raw) == {}
        return
    assert parse_form(raw) == fields


@fuzz(500)
@given(form_fields, sids)
def test_any_fields_give_a_message_or_a_form_error(fields: dict[str, list[str]], sid: str) -> None:
    fields = {**fields, "MessageSid": [sid]}
    try:
        message = read_message(fields)
    except FormError as err:
        assert err.field in {"From", "MessageSid"}
        return
    assert isinstance(message, InboundSms)
    assert message.sender and ":" not in message.sender
    assert message.num_media >= 0


@fuzz(100)
@given(st.sampled_from(["whatsapp", "messenger", "rcs", "x"]), st.from_regex(r"\A\+44\d{10}\Z"))
def test_other_twilio_channels_are_refused(channel: str, number: str) -> None:
    fields = {"From": [f"{channel}:{number}"], "MessageSid": ["SM" + "0" * 32], "Body": ["hi"]}
    try:
        read_message(fields)
    except FormError as err:
        assert err.field == "From"
    else:
        raise AssertionError("a sender from another channel was accepted")


@fuzz(500)
@given(st.text(max_size=40) | st.from_regex(r"\A[+0][\d ()-]{0,20}\Z"))
def test_any_sender_is_a_number_or_invalid(raw: str) -> None:
    try:
        e164 = to_e164(raw)
    except InvalidNumber:
        return
    assert e164.startswith("+") and e164[1:].isdigit()
    assert to_e164(e164) == e164
