"""Bad input gets a clear answer, never a 500 or silence."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import Chat


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"message": "hi"}, "sender"),
        ({"sender": "", "message": "hi"}, "sender"),
        ({"sender": "x" * 500, "message": "hi"}, "sender"),
        ({"sender": "someone"}, "message"),
        ({"sender": "someone", "message": 42}, "message"),
        ({"sender": "someone", "message": "hi", "metadata": "oops"}, "metadata"),
        (["not", "an", "object"], "body"),
    ],
)
def test_malformed_request_gets_400_naming_the_field(chat: Chat, body: object, field: str) -> None:
    reply = chat.post(body)
    assert reply.status_code == 400
    assert reply.json()["field"] == field


def test_unparsable_json_gets_400(chat: Chat) -> None:
    reply = chat.post(None, content=b"{not json", headers={"content-type": "application/json"})
    assert reply.status_code == 400
    assert reply.json()["field"] == "body"


def test_empty_message_gets_asked_again(chat: Chat, sender: str) -> None:
    assert "didn't get any words" in chat.say(sender, "   ")[0]


def test_oversized_message_is_answered_and_danger_still_flagged(chat: Chat, sender: str) -> None:
    replies = chat.say(sender, "he is outside my house right now. " + "x " * 4000)
    assert "call 999" in replies[0]
    assert any("too long" in r for r in replies)


@pytest.mark.parametrize("message", ["😀😀😀🙏", "où est le commissariat?", "¿me puedes ayudar?"])
def test_emoji_and_other_languages_get_a_reply(chat: Chat, sender: str, message: str) -> None:
    replies = chat.say(sender, message)
    assert replies and all(r.strip() for r in replies)
    assert "999" in " ".join(replies)
