"""The REST channel trusts its sender ids, so it is locked down outside development."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from sanic.compat import Header

from bot.channels.rest import conversation_id, refusal
from common.settings import load_settings


def request(authorization: str | None = None) -> SimpleNamespace:
    headers = Header({"authorization": authorization} if authorization else {})
    return SimpleNamespace(headers=headers)


def test_development_without_a_token_is_open() -> None:
    assert refusal(request(), load_settings(None)) is None


def test_production_without_a_token_is_off() -> None:
    refused = refusal(request(), load_settings(None, deployment="production"))
    assert refused is not None and refused.status == 403


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer wrong", "bearer", "Basic c2VjcmV0", "Bearer secret-but-longer", "secret"],
)
def test_a_missing_or_wrong_token_gets_401(authorization: str | None) -> None:
    settings = load_settings(None, rest_channel_token="secret", deployment="production")
    refused = refusal(request(authorization), settings)
    assert refused is not None and refused.status == 401
    assert refused.headers["WWW-Authenticate"] == "Bearer"


def test_the_right_bearer_token_is_let_through() -> None:
    settings = load_settings(None, rest_channel_token="secret", deployment="production")
    assert refusal(request("Bearer secret"), settings) is None


def test_rest_conversations_cannot_reach_other_channels() -> None:
    # An SMS conversation id is "sms_<hash>" and a web chat one "web:<id>": a REST
    # caller naming either still lands in its own namespace.
    assert conversation_id("sms_abc") == "rest:sms_abc"
    assert conversation_id("web:abc") == "rest:web:abc"
