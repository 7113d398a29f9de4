"""The test phone's side: who may text, an inbound text as Twilio delivers it, and the answer."""

from __future__ import annotations

import re
import secrets
import xml.etree.ElementTree as ElementTree
from urllib.parse import urlencode

from twilio.request_validator import RequestValidator

from bot.channels.sms.segments import count_segments

# Ofcom sets aside 07700 900000 to 07700 900999 for drama: never a real person's
# phone (ofcom.org.uk, "Telephone numbers for drama purposes"). The test phone
# only texts from these, so nothing typed here can be a real number.
_DRAMA = re.compile(r"^(?:\+?44|0)7700900(\d{3})$")
DRAMA_RANGE_HELP = "a number from 07700 900000 to 07700 900999 (Ofcom's drama range)"
# Twilio delivers at most 1,600 characters of one inbound text.
MAX_INBOUND_CHARS = 1600


class PhoneNumberError(ValueError):
    """The number is not in Ofcom's drama range."""


def drama_number(raw: str) -> str:
    """The E.164 form of a drama-range mobile number (``07700 900123`` → ``+447700900123``).

    Raises:
        PhoneNumberError: Not a number from 07700 900000 to 07700 900999.
    """
    match = _DRAMA.match(re.sub(r"[\s().-]", "", raw or ""))
    if match is None:
        raise PhoneNumberError(f"use {DRAMA_RANGE_HELP}")
    return f"+447700900{match.group(1)}"


def new_sid(prefix: str) -> str:
    """A Twilio-shaped SID: two letters and 32 hex digits."""
    return prefix + secrets.token_hex(16)


def inbound_params(
    account_sid: str, phone: str, to: str, body: str, messaging_service_sid: str = ""
) -> dict[str, str]:
    """The form fields Twilio posts to a number's "a message comes in" webhook."""
    sid = new_sid("SM")
    params = {
        "ToCountry": "GB",
        "ToState": "",
        "SmsMessageSid": sid,
        "NumMedia": "0",
        "ToCity": "",
        "FromZip": "",
        "SmsSid": sid,
        "FromState": "",
        "SmsStatus": "received",
        "FromCity": "",
        "Body": body,
        "FromCountry": "GB",
        "To": to,
        "ToZip": "",
        "NumSegments": str(count_segments(body) if body else 1),
        "MessageSid": sid,
        "AccountSid": account_sid,
        "From": phone,
        "ApiVersion": "2010-04-01",
    }
    if messaging_service_sid:
        params["MessagingServiceSid"] = messaging_service_sid
    return params


def signed_request(
    auth_token: str, public_url: str, params: dict[str, str]
) -> tuple[bytes, dict[str, str]]:
    """The body and headers of Twilio's webhook request, X-Twilio-Signature included.

    The signature is twilio's own ``RequestValidator.compute_signature`` over the
    URL configured at Twilio (``SMS_PUBLIC_URL``) and every form field.
    """
    headers = {
        "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
        "User-Agent": "TwilioProxy/1.1",
        "I-Twilio-Idempotency-Token": secrets.token_hex(16),
        "X-Twilio-Signature": RequestValidator(auth_token).compute_signature(public_url, params),
    }
    return urlencode(params).encode(), headers


def twiml_messages(reply: str) -> list[str]:
    """The bodies of any ``<Message>`` verbs in a webhook's TwiML answer."""
    if "<Message" not in reply or len(reply) > 64 * 1024:
        return []
    try:
        root = ElementTree.fromstring(reply)
    except ElementTree.ParseError:
        return []
    bodies = []
    for message in root.iter("Message"):
        body = message.find("Body")
        text = (body.text if body is not None else message.text) or ""
        if text.strip():
            bodies.append(text.strip())
    return bodies
