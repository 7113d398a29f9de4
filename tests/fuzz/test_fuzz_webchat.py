"""The web chat's session tokens and message events: anything a page sends is read or refused."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from bot.channels.webchat import tokens
from bot.channels.webchat.limits import BadMessage, Incoming, read_message
from tests.fuzz.conftest import fuzz, json_values

SECRET = "fuzz-secret-" + "x" * 32
MAX_CHARS = 500
session_ids = st.from_regex(r"\A[A-Za-z0-9_-]{32}\Z")


@fuzz(500)
@given(json_values | st.text(max_size=200) | st.text(alphabet="v1.-_AZaz09=", max_size=120))
def test_a_made_up_token_is_never_accepted(token: Any) -> None:
    assert tokens.verify(SECRET, token) is None


@fuzz(200)
@given(session_ids)
def test_an_issued_token_gives_its_session_back(session_id: str) -> None:
    token = tokens.issue(SECRET, session_id)
    assert tokens.verify(SECRET, token) == session_id
    assert tokens.verify("another-secret", token) is None
    assert tokens.conversation_id(SECRET, session_id).startswith(tokens.CONVERSATION_PREFIX)


@fuzz(300)
@given(session_ids, st.integers(min_value=0, max_value=80), st.characters(codec="ascii"))
def test_a_token_changed_in_one_place_is_refused(session_id: str, at: int, char: str) -> None:
    token = tokens.issue(SECRET, session_id)
    at %= len(token)
    altered = token[:at] + char + token[at + 1 :]
    if altered != token:
        assert tokens.verify(SECRET, altered) is None


@fuzz(300)
@given(st.just(SECRET) | st.just("") | st.text(max_size=20), json_values)
def test_verify_never_raises_whatever_the_secret(secret: str, token: Any) -> None:
    assert tokens.verify(secret, token) is None or isinstance(tokens.verify(secret, token), str)


message_events = st.fixed_dictionaries(
    {},
    optional={
        "id": st.from_regex(r"\A[A-Za-z0-9_-]{1,64}\Z") | json_values,
        "text": st.text(max_size=MAX_CHARS + 20) | json_values,
    },
)


@fuzz(500)
@given(message_events | json_values)
def test_any_message_event_is_read_or_refused_with_a_status(data: Any) -> None:
    try:
        incoming = read_message(data, MAX_CHARS)
    except BadMessage as err:
        assert err.status in {"invalid", "too_large"}
        return
    assert isinstance(incoming, Incoming)
    assert isinstance(incoming.text, str) and len(incoming.text) <= MAX_CHARS
