"""The shared turn with a stand-in for Rasa's handler (the end-to-end tests use the real one)."""

from __future__ import annotations

from typing import Any

import pytest
from rasa.core.channels.channel import UserMessage
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from bot.safety.replies import response_text
from bot.turn import SafeTurn, TurnRequest
from common import markers
from common.medium import Medium
from common.settings import load_settings

DANGER = response_text("utter_immediate_danger")
SELF_HARM = response_text("utter_self_harm_support")
UNAVAILABLE = response_text("notice_service_unavailable")
FIRST = response_text("utter_first_reply_notice")


class Handler:
    """Says the given replies through the output channel, or raises."""

    def __init__(self, *replies: dict[str, Any], error: Exception | None = None) -> None:
        self.replies = replies
        self.error = error
        self.seen: list[UserMessage] = []

    async def __call__(self, message: UserMessage) -> None:
        self.seen.append(message)
        if self.error:
            raise self.error
        for reply in self.replies:
            await message.output_channel.send_response(message.sender_id, dict(reply))


@pytest.fixture
async def trackers() -> InMemoryTrackerStore:
    store = InMemoryTrackerStore(Domain.empty())
    await store.save(DialogueStateTracker("known", []))
    return store


def turn_for(handler: Handler, trackers: InMemoryTrackerStore, **settings: Any) -> SafeTurn:
    return SafeTurn(
        handler, lambda: trackers, load_settings(None, action_server_url="", **settings)
    )


async def test_an_action_that_failed_gets_999_and_helplines_not_silence(trackers) -> None:
    handler = Handler({"custom": {markers.ACTION_FAILED: True}})
    result = await turn_for(handler, trackers).run(TurnRequest("known", "who can help?", "rest"))
    assert result.texts == [UNAVAILABLE] and result.failed
    assert "08 08 16 89 111" in result.texts[0]


async def test_a_turn_that_raises_still_answers(trackers) -> None:
    handler = Handler(error=ConnectionError("redis down"))
    result = await turn_for(handler, trackers).run(TurnRequest("known", "hes outside now", "rest"))
    assert result.texts == [DANGER, UNAVAILABLE]


async def test_the_first_reply_says_it_is_automated(trackers) -> None:
    turn = turn_for(Handler({"text": "Hello."}), trackers)
    first = await turn.run(TurnRequest("new", "hello", "rest"))
    later = await turn.run(TurnRequest("known", "hello", "rest"))
    assert first.texts == ["Hello.", FIRST] and later.texts == ["Hello."]


async def test_an_overlong_message_gets_no_turn_but_the_guidance_it_calls_for(trackers) -> None:
    handler = Handler({"text": "Hello."})
    text = "I want to kill myself. " + "x" * 6000
    result = await turn_for(handler, trackers).run(TurnRequest("known", text, "rest"))
    assert result.texts[0] == SELF_HARM and "too long" in result.texts[1]
    assert handler.seen == []


async def test_sms_uses_its_own_limit_and_wording(trackers) -> None:
    handler = Handler({"text": "Hello."})
    turn = turn_for(handler, trackers, sms_max_inbound_chars=10)
    result = await turn.run(TurnRequest("known", "a bit too long", "sms"))
    assert result.texts == [response_text("notice_message_too_long", Medium.SMS)]


async def test_delete_my_data_deletes_the_conversation_and_the_channel_records(trackers) -> None:
    handler = Handler({"text": "Done.", "custom": {markers.FORGET: True}})
    cleaned: list[str] = []

    async def on_forget(conversation_id: str) -> None:
        cleaned.append(conversation_id)

    turn = turn_for(handler, trackers)
    turn.on_forget = on_forget
    result = await turn.run(TurnRequest("known", "yes", "rest"))
    assert result.forgotten and result.texts == ["Done."]
    assert "known" not in trackers.store and cleaned == ["known"]


async def test_the_message_reaches_rasa_with_its_channel_and_ids(trackers) -> None:
    handler = Handler({"text": "Hello."})
    request = TurnRequest("known", "hi", "sms", metadata={"a": 1}, message_id="m1")
    await turn_for(handler, trackers).run(request)
    (message,) = handler.seen
    assert (message.sender_id, message.input_channel, message.message_id) == ("known", "sms", "m1")
    assert message.metadata == {"a": 1}
