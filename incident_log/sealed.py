"""Short-lived secrets sealed under the deployment's secret (AES-256-GCM).

A log's own entries are encrypted under a key derived from the person's code
(:mod:`incident_log.vault`). Three things must reopen a log *without* the
code for a short while, and are sealed here instead, each under its own key
derived from ``INCIDENT_LOG_SECRET``: the entry in progress with the log it
goes to (a conversation's draft, minutes), an API token (minutes), and a log
the person chose to share with their advocate (until they stop it or the
share expires). A copy of Redis alone reads none of them.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import time

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


class Sealer:
    """Encrypts and authenticates small values for one purpose."""

    def __init__(self, secret: bytes, purpose: str) -> None:
        key = hmac.new(secret, b"incident log seal: " + purpose.encode(), hashlib.sha256).digest()
        self._aead = AESGCM(key)

    def __repr__(self) -> str:
        return "Sealer(<key>)"

    def seal(self, plain: bytes, bound_to: str = "") -> bytes:
        """``plain`` encrypted; ``bound_to`` (a key name) must match to open it."""
        nonce = os.urandom(12)
        return nonce + self._aead.encrypt(nonce, plain, bound_to.encode())

    def unseal(self, blob: bytes, bound_to: str = "") -> bytes | None:
        """The plain value, or None when it was not sealed here for ``bound_to``."""
        if len(blob) < 28:
            return None
        try:
            return self._aead.decrypt(blob[:12], blob[12:], bound_to.encode())
        except InvalidTag:
            return None

    def token(self, value: dict[str, object], ttl_seconds: int) -> str:
        """``value`` as an opaque URL-safe token that stops working after ``ttl_seconds``."""
        body = json.dumps({"v": value, "exp": int(time.time()) + ttl_seconds}).encode()
        return base64.urlsafe_b64encode(self.seal(body)).decode().rstrip("=")

    def read_token(self, token: str) -> dict[str, object] | None:
        """The value of a token from :meth:`token`, or None when forged, damaged or expired."""
        try:
            blob = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        except (ValueError, TypeError):
            return None
        plain = self.unseal(blob)
        if plain is None:
            return None
        data = json.loads(plain)
        if int(data.get("exp", 0)) < time.time():
            return None
        value = data.get("v")
        return value if isinstance(value, dict) else None
