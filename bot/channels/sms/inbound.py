"""Reading Twilio's form-encoded inbound message; anything malformed is a FormError."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs

# Twilio's message SIDs: two letters (SM, MM) and 32 hex digits.
_SID = re.compile(r"^[A-Z]{2}[0-9a-f]{32}$", re.I)
MAX_FIELDS = 200
MAX_BODY_BYTES = 64 * 1024  # a 1,600-character SMS and every field Twilio adds fit easily
FORM_TYPE = "application/x-www-form-urlencoded"


class FormError(ValueError):
    """The request cannot be read; ``field`` names what is wrong (never its value)."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


@dataclass(frozen=True)
class InboundSms:
    sender: str
    body: str
    sid: str
    num_media: int = 0
    opt_out_type: str = ""


def parse_form(raw: bytes) -> dict[str, list[str]]:
    """Every field, blank ones included (Twilio signs them too)."""
    if not raw:
        return {}
    try:
        text = raw.decode("utf-8")
        return parse_qs(
            text, keep_blank_values=True, strict_parsing=True, max_num_fields=MAX_FIELDS
        )
    except (UnicodeDecodeError, ValueError) as exc:
        raise FormError("body") from exc


def _one(fields: dict[str, list[str]], name: str) -> str | None:
    values = fields.get(name)
    return values[0] if values else None


def read_message(fields: dict[str, list[str]]) -> InboundSms:
    """The parts of a Twilio inbound message the channel uses; unknown fields are ignored.

    Raises:
        FormError: a field is missing or unusable; ``From`` also when the message
            came over another Twilio channel (``whatsapp:+44…``, ``messenger:…``):
            this webhook serves SMS only, and an SMS reply to a WhatsApp sender
            would go to the bare number, where the person may not expect it.
    """
    sender = (_one(fields, "From") or "").strip()
    if not sender or ":" in sender:
        raise FormError("From")
    sid = (_one(fields, "MessageSid") or _one(fields, "SmsSid") or "").strip()
    if not _SID.match(sid):
        raise FormError("MessageSid")
    try:
        num_media = max(0, int(_one(fields, "NumMedia") or 0))
    except ValueError:
        num_media = 0
    return InboundSms(
        sender=sender,
        body=_one(fields, "Body") or "",
        sid=sid,
        num_media=num_media,
        opt_out_type=_one(fields, "OptOutType") or "",
    )
