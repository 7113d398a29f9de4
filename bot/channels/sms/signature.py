"""Is this request really from Twilio? X-Twilio-Signature, checked with twilio's own validator."""

from __future__ import annotations

from twilio.request_validator import RequestValidator


class FormParams(dict):
    """Form fields as lists of values, in the shape twilio's validator reads (``getall``)."""

    def getall(self, name: str) -> list[str]:
        return self[name]


def signed_url(request_url: str, public_url: str | None) -> str:
    """The URL Twilio signed: the configured public URL behind a proxy, else the request's."""
    return public_url or request_url


def is_valid(auth_token: str, url: str, params: dict[str, list[str]], signature: str) -> bool:
    """True if the signature matches the URL and every form field, with and without a port."""
    if not auth_token or not signature:
        return False
    return RequestValidator(auth_token).validate(url, FormParams(params), signature)
