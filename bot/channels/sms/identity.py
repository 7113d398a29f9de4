"""Who is texting, without keeping their number in the clear.

* The conversation id (Rasa's sender id, the tracker key) is an HMAC-SHA256 of
  the number in E.164 form, keyed with SMS_ID_SECRET: the same number always
  maps to the same conversation, and without the key the id cannot be turned
  back into a number, even by trying every UK number.
* The number itself is kept only when a feature must reply later without an
  inbound message (the advocate handover); then it is encrypted with Fernet
  (AES-128-CBC with HMAC-SHA256) under SMS_NUMBER_KEY. Several comma-separated
  keys allow rotation: the first encrypts, any decrypts. Nothing stores it yet.
"""

from __future__ import annotations

import hashlib
import hmac

import phonenumbers
from cryptography.fernet import Fernet, InvalidToken, MultiFernet

DEFAULT_REGION = "GB"
CONVERSATION_PREFIX = "sms_"


class InvalidNumber(ValueError):
    """The sender is not a phone number this channel can reply to."""


def to_e164(raw: str, region: str = DEFAULT_REGION) -> str:
    """The number in E.164 form ("+447700900123"); national numbers are read as UK ones."""
    try:
        number = phonenumbers.parse(raw.strip(), region)
    except phonenumbers.NumberParseException as exc:
        raise InvalidNumber("not a phone number") from exc
    # Possible, not valid: Ofcom's drama ranges and new ranges fail is_valid_number,
    # and the network has already delivered the text from this number.
    if not phonenumbers.is_possible_number(number):
        raise InvalidNumber("not a possible phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def conversation_id(e164: str, secret: str) -> str:
    """A stable pseudonym for the number: ``sms_`` and 64 hex digits."""
    digest = hmac.new(secret.encode("utf-8"), e164.encode("utf-8"), hashlib.sha256)
    return CONVERSATION_PREFIX + digest.hexdigest()


class NumberVault:
    """Encrypts and decrypts phone numbers with the configured Fernet key(s)."""

    def __init__(self, keys: str) -> None:
        fernets = [Fernet(k.strip()) for k in keys.split(",") if k.strip()]
        if not fernets:
            raise ValueError("no Fernet key given")
        self._fernet = MultiFernet(fernets)

    def encrypt(self, e164: str) -> bytes:
        return self._fernet.encrypt(e164.encode("utf-8"))

    def decrypt(self, token: bytes) -> str | None:
        """The number, or None if the token was made with a key no longer configured."""
        try:
            return self._fernet.decrypt(token).decode("utf-8")
        except InvalidToken:
            return None
