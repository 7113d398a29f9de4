"""Twilio's "create a Message" as the SMS channel calls it: what it refuses, and its answers.

``POST /2010-04-01/Accounts/{AccountSid}/Messages.json`` with form fields To,
Body, and From or MessagingServiceSid. Twilio's checks, in Twilio's order, and
its JSON shapes: the message resource (201) and the error body, with the codes
and messages from twilio.com/docs/api/errors.
"""

from __future__ import annotations

import re
from email.utils import formatdate
from typing import Any

from aiohttp import web

from bot.channels.sms.segments import count_segments

MESSAGES_PATH = "/2010-04-01/Accounts/{account}/Messages.json"
# Twilio refuses an outbound body over 1,600 characters (error 21617).
MAX_OUTBOUND_CHARS = 1600
_E164 = re.compile(r"^\+[1-9]\d{6,14}$")
# Twilio's error codes and messages (twilio.com/docs/api/errors).
_ERRORS = {
    20003: "Authenticate",
    20429: "Too Many Requests",
    20500: "An internal server error has occurred",
    21211: "The 'To' number is not a valid phone number.",
    21602: "Message body is required.",
    21603: "A 'From' or 'MessagingServiceSid' parameter is required to send a message.",
    21604: "A 'To' phone number is required.",
    21617: "The concatenated message body exceeds the 1600 character limit.",
}


def twilio_error(
    code: int, status: int, message: str | None = None, headers: dict[str, str] | None = None
) -> web.Response:
    """Twilio's error answer: its code, message, link and HTTP status."""
    body = {
        "code": code,
        "message": message or _ERRORS.get(code, "Error"),
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
    }
    return web.json_response(body, status=status, headers=headers)


def refusal(form: dict[str, str]) -> int | None:
    """Twilio's error code for a create-Message form it would refuse, in Twilio's order."""
    if not form.get("To"):
        return 21604
    if not (form.get("From") or form.get("MessagingServiceSid")):
        return 21603
    if not form.get("Body") and not form.get("MediaUrl"):
        return 21602
    if len(form.get("Body", "")) > MAX_OUTBOUND_CHARS:
        return 21617
    if not _E164.match(form["To"]):
        return 21211
    return None


def message_resource(account_sid: str, sid: str, form: dict[str, str]) -> dict[str, Any]:
    """The message resource Twilio answers an accepted create-Message form with."""
    now = formatdate(usegmt=True)
    body = form["Body"]
    uri = f"/2010-04-01/Accounts/{account_sid}/Messages/{sid}"
    return {
        "account_sid": account_sid,
        "api_version": "2010-04-01",
        "body": body,
        "date_created": now,
        "date_sent": None,
        "date_updated": now,
        "direction": "outbound-api",
        "error_code": None,
        "error_message": None,
        "from": form.get("From") or None,
        "messaging_service_sid": form.get("MessagingServiceSid") or None,
        "num_media": "0",
        "num_segments": str(count_segments(body) if body else 1),
        "price": None,
        "price_unit": "GBP",
        "sid": sid,
        # With a Messaging Service Twilio answers "accepted", then picks a sender.
        "status": "accepted" if form.get("MessagingServiceSid") else "queued",
        "subresource_uris": {"media": f"{uri}/Media.json"},
        "to": form["To"],
        "uri": f"{uri}.json",
    }


__all__ = ["MAX_OUTBOUND_CHARS", "MESSAGES_PATH", "message_resource", "refusal", "twilio_error"]
