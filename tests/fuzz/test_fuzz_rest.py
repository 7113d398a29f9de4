"""The REST channel's request parser: any body gives a request or a FieldError, nothing else."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from sanic.exceptions import InvalidUsage

from bot.channels.rest import MAX_SENDER_CHARS, parse_request
from common.errors import FieldError
from tests.fuzz.conftest import fuzz, json_values

FIELDS = {"body", "sender", "message", "metadata"}


class StandIn:
    """What parse_request reads of a Sanic request: ``.json``, which raises for bad JSON."""

    def __init__(self, body: Any, unparsable: bool = False) -> None:
        self._body, self._unparsable = body, unparsable

    @property
    def json(self) -> Any:
        if self._unparsable:
            raise InvalidUsage("Failed when parsing body as json")
        return self._body


# Bodies shaped like the real thing, with every field any JSON type or missing.
rest_bodies = st.fixed_dictionaries(
    {},
    optional={
        "sender": st.text(max_size=200) | json_values,
        "message": st.text() | json_values,
        "metadata": json_values,
    },
).flatmap(
    lambda body: st.dictionaries(st.text(max_size=8), json_values, max_size=3).map(
        lambda extra: {**extra, **body}
    )
)


def check(request: StandIn) -> None:
    try:
        sender, message, metadata = parse_request(request)
    except FieldError as err:
        assert err.field in FIELDS
        assert err.problem
        return
    assert isinstance(sender, str) and sender.strip() and len(sender) <= MAX_SENDER_CHARS
    assert isinstance(message, str)
    assert metadata is None or isinstance(metadata, dict)


@fuzz(400)
@given(rest_bodies)
def test_any_rest_shaped_body_is_read_or_refused_with_a_field_error(body: dict) -> None:
    check(StandIn(body))


@fuzz(200)
@given(json_values)
def test_any_json_value_is_read_or_refused_with_a_field_error(body: Any) -> None:
    check(StandIn(body))


def test_unparsable_json_is_a_field_error_on_the_body() -> None:
    try:
        parse_request(StandIn(None, unparsable=True))
    except FieldError as err:
        assert err.field == "body"
    else:
        raise AssertionError("unparsable JSON was accepted")


@fuzz(200)
@given(st.text(min_size=1, max_size=MAX_SENDER_CHARS).filter(str.strip), st.text())
def test_a_good_request_comes_back_unchanged(sender: str, message: str) -> None:
    assert parse_request(StandIn({"sender": sender, "message": message})) == (
        sender,
        message,
        None,
    )
