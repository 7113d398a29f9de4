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
from common.settings import Settings

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


@pytest.fixture
def turn_for(settings: Settings):
    def make(handler: Handler, trackers: InMemoryTrackerStore, **changes: Any) -> SafeTurn:
        return SafeTurn(handler, lambda: trackers, settings.copy(update=changes))

    return make


async def test_an_action_that_failed_gets_999_and_helplines_not_silence(trackers, turn_for) -> None:
    handler = Handler({"custom": {markers.ACTION_FAILED: True}})
    result = await turn_for(handler, trackers).run(TurnRequest("known", "who can help?", "rest"))
    assert result.texts == [UNAVAILABLE] and result.failed
    assert "08 08 16 89 111" in result.texts[0]


async def test_a_turn_that_raises_still_answers(trackers, turn_for) -> None:
    handler = Handler(error=ConnectionError("redis down"))
    result = await turn_for(handler, trackers).run(TurnRequest("known", "hes outside now", "rest"))
    assert result.texts == [DANGER, UNAVAILABLE]


async def test_the_first_reply_says_it_is_automated(trackers, turn_for) -> None:
    turn = turn_for(Handler({"text": "Hello."}), trackers)
    first = await turn.run(TurnRequest("new", "hello", "rest"))
    later = await turn.run(TurnRequest("known", "hello", "rest"))
    assert first.texts == ["Hello.", FIRST] and later.texts == ["Hello."]


async def test_an_overlong_message_gets_no_turn_but_the_guidance_it_calls_for(
    trackers, turn_for
) -> None:
    handler = Handler({"text": "Hello."})
    text = "I want to kill myself. " + "x" * 6000
    result = await turn_for(handler, trackers).run(TurnRequest("known", text, "rest"))
    assert result.texts[0] == SELF_HARM and "too long" in result.texts[1]
    assert handler.seen == []


async def test_sms_uses_its_own_limit_and_wording(trackers, turn_for) -> None:
    handler = Handler({"text": "Hello."})
    turn = turn_for(handler, trackers, sms_max_inbound_chars=10)
    # Over the 10-character limit; an ordinary question, so nothing else is added.
    result = await turn.run(TurnRequest("known", "is there a court order for this", "sms"))
    assert result.texts == [response_text("notice_message_too_long", Medium.SMS)]


async def test_delete_my_data_deletes_the_conversation_and_the_channel_records(
    trackers, turn_for
) -> None:
    handler = Handler({"text": "Done.", "custom": {markers.FORGET: True}})
    cleaned: list[str] = []

    async def on_forget(conversation_id: str) -> None:
        cleaned.append(conversation_id)

    turn = turn_for(handler, trackers)
    turn.on_forget = on_forget
    result = await turn.run(TurnRequest("known", "yes", "rest"))
    assert result.forgotten and result.texts == ["Done."]
    assert "known" not in trackers.store and cleaned == ["known"]


async def test_the_message_reaches_rasa_with_its_channel_and_ids(trackers, turn_for) -> None:
    handler = Handler({"text": "Hello."})
    request = TurnRequest("known", "hi", "sms", metadata={"a": 1}, message_id="m1")
    await turn_for(handler, trackers).run(request)
    (message,) = handler.seen
    assert (message.sender_id, message.input_channel, message.message_id) == ("known", "sms", "m1")
    assert message.metadata == {"a": 1}


@pytest.mark.parametrize("channel", ["rest", "sms"])
async def test_delete_my_data_inside_a_form_is_asked_then_done(
    trackers, turn_for, channel: str
) -> None:
    # Finding 2 of the hardening issue: inside the court-order questions the words
    # went to the form, and the next "yes" was taken as an answer.
    handler = Handler({"text": "Have you ever lived with them?"})
    turn = turn_for(handler, trackers)
    asked = await turn.run(TurnRequest("known", "I want to delete this chat", channel))
    # (Wanting the chat gone can mean someone checks the phone: a check-in line may come first.)
    assert "delete this whole chat" in asked.texts[-1], asked
    assert handler.seen == []
    done = await turn.run(TurnRequest("known", "yes", channel))
    assert done.forgotten and "deleted" in done.texts[-1] and handler.seen == []
    assert "known" not in trackers.store


async def test_no_keeps_the_chat_and_anything_else_carries_on(trackers, turn_for) -> None:
    handler = Handler({"text": "Have you ever lived with them?"})
    turn = turn_for(handler, trackers)
    await turn.run(TurnRequest("known", "delete my data", "rest"))
    kept = await turn.run(TurnRequest("known", "no", "rest"))
    assert "kept" in kept.texts[0] and "known" in trackers.store
    await turn.run(TurnRequest("known", "delete my data", "rest"))
    moved_on = await turn.run(TurnRequest("known", "my ex", "rest"))
    assert moved_on.texts == ["Have you ever lived with them?"] and not moved_on.forgotten
    later_yes = await turn.run(TurnRequest("known", "yes", "rest"))
    assert not later_yes.forgotten, "a yes long after the question deletes nothing"


@pytest.mark.parametrize(
    ("text", "is_request"),
    [
        ("delete my data", True),
        ("Please wipe this convo", True),
        ("can u erase everything i said", True),
        ("I want to delete this chat", True),
        ("how do i delete his messages", False),
        ("should I delete the messages she sent me", False),
        ("delete", False),
        ("I cleared my history but he still found the chat " + "x" * 120, False),
    ],
)
def test_what_counts_as_a_request_to_delete(text: str, is_request: bool) -> None:
    from bot.turn.deletion import is_request as check

    assert check(text) is is_request


async def test_another_language_gets_the_english_only_notice_not_a_turn(trackers, turn_for):
    # Finding 8: a French message about being followed got the self-harm reply.
    handler = Handler({"text": response_text("utter_self_harm_support")})
    result = await turn_for(handler, trackers).run(
        TurnRequest("known", "il me suit partout depuis une semaine, j'ai peur", "rest")
    )
    assert result.texts == [response_text("notice_english_only")] and handler.seen == []
    assert "999" in result.texts[0] and "interpreter" in result.texts[0]
