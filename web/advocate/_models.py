"""What the console's JSON API accepts, checked by pydantic (as web/openapi.yml says).

A bad body becomes a :class:`common.errors.FieldError`, answered 400 with
``{"error": "...", "field": "..."}``, through :func:`web.models.parse`.
"""

from __future__ import annotations

from pydantic import StrictStr, validator

from handover.service import MAX_OUTCOME_CHARS
from handover.transcript import MAX_LINE_CHARS as MAX_REPLY_CHARS
from web.models import _Strict  # the API's one strict base: unknown fields refused

MAX_USERNAME_CHARS = 64
MAX_PASSWORD_CHARS = 1024


def _length(value: str, field: str, most: int, strip: bool = True) -> str:
    checked = value.strip() if strip else value
    if not checked:
        raise ValueError(f"{field} is empty")
    if len(checked) > most:
        raise ValueError(f"{field} has more than {most} characters")
    return checked


class LoginRequest(_Strict):
    username: StrictStr
    password: StrictStr

    @validator("username")
    def _username(cls, value: str) -> str:  # noqa: N805 - pydantic validator
        return _length(value, "username", MAX_USERNAME_CHARS).lower()

    @validator("password")
    def _password(cls, value: str) -> str:  # noqa: N805 - pydantic validator
        # Passwords are taken as typed: spaces count.
        return _length(value, "password", MAX_PASSWORD_CHARS, strip=False)


class ReplyRequest(_Strict):
    text: StrictStr

    @validator("text")
    def _text(cls, value: str) -> str:  # noqa: N805 - pydantic validator
        return _length(value, "text", MAX_REPLY_CHARS)


class EndRequest(_Strict):
    outcome: StrictStr

    @validator("outcome")
    def _outcome(cls, value: str) -> str:  # noqa: N805 - pydantic validator
        return _length(value, "outcome", MAX_OUTCOME_CHARS)
