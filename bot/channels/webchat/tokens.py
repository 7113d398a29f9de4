"""Session ids, the signed tokens pages keep, and the conversation ids they map to.

A session id is 192 random bits chosen by the server. The page holds it only
inside a token signed with ``WEBCHAT_TOKEN_SECRET``, so a made-up or altered
token is refused. The conversation id Rasa and Redis see is a keyed hash of
the session id in its own ``web:`` namespace: neither the token nor the
session id appears in any Redis key, and the id cannot be turned back into a
token.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets

CONVERSATION_PREFIX = "web:"
_VERSION = "v1"
_SESSION_ID = re.compile(r"^[A-Za-z0-9_-]{32}$")


def _mac(secret: str, purpose: str, value: str) -> bytes:
    return hmac.new(secret.encode(), f"{purpose}|{value}".encode(), hashlib.sha256).digest()


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def new_session_id() -> str:
    """A fresh, unguessable session id (192 bits, 32 URL-safe characters)."""
    return secrets.token_urlsafe(24)


def issue(secret: str, session_id: str) -> str:
    """The token for a session: ``v1.<session id>.<HMAC-SHA256>``."""
    return f"{_VERSION}.{session_id}.{_b64(_mac(secret, 'webchat-token', session_id))}"


def verify(secret: str, token: object) -> str | None:
    """The session id inside a genuine token, or None for anything else."""
    if not secret or not isinstance(token, str) or len(token) > 128:
        return None
    version, _, rest = token.partition(".")
    session_id, _, mac = rest.partition(".")
    if version != _VERSION or not _SESSION_ID.match(session_id):
        return None
    expected = _b64(_mac(secret, "webchat-token", session_id))
    return session_id if hmac.compare_digest(mac, expected) else None


def conversation_id(secret: str, session_id: str) -> str:
    """The tracker key for a session: ``web:`` and a keyed hash, never the token."""
    digest = _mac(secret, "webchat-conversation", session_id).hex()[:32]
    return CONVERSATION_PREFIX + digest
