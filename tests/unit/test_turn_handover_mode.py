"""The live handover inside the shared turn, on real Redis, with a stand-in for Rasa.

What a person notices: once handed over, their words go to the advocate (not
the bot), they hear their place in the queue, danger still gets 999 first and
the advocate is alerted, BACK returns them to the bot, and an expired Rasa
session changes nothing because the handover is not Rasa's.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from redis.asyncio import Redis

from bot.safety.replies import response_text
from bot.turn import SafeTurn, TurnRequest
from bot.turn.handover_mode import HandoverMode, is_back
from common import markers
from common.settings import Settings
from handover import Account, HandoverService, NotAllowed, Role, Speaker, State
from tests.unit.test_safe_turn import Handler

DANGER = response_text("utter_immediate_danger")
ALERTED = response_text("notice_handover_alerted")
BACK = response_text("notice_handover_back")
START = markers.start_mode(
    "handover",
    consent=True,
    priority="standard",
    screening={},
    danger_flags=[],
    area=None,
    identities=[],
    needs=[],
    told_topics=["utter_evidence_log"],
    reason="asked",
    callback=None,
)
ADVOCATE = Account("sam", "x", Role.ADVOCATE, False)


@pytest.fixture
async def service(settings: Settings):
    client = Redis(host="127.0.0.1", port=6379, db=settings.redis_db, decode_responses=True)
    yield HandoverService(client, settings, texts=response_text)
    await client.close()


@pytest.fixture
async def trackers() -> InMemoryTrackerStore:
    store = InMemoryTrackerStore(Domain.empty())
    await store.save(DialogueStateTracker("web:one", []))
    return store


def turn(handler: Handler, trackers: InMemoryTrackerStore, settings: Settings, service) -> SafeTurn:
    mode = HandoverMode(settings, service)
    return SafeTurn(handler, lambda: trackers, settings, modes=[mode])


async def handed_over(trackers, settings, service) -> tuple[SafeTurn, Handler, Any]:
    asked = Handler({"text": "OK."}, {"custom": START})
    first = await turn(asked, trackers, settings, service).run(
        TurnRequest("web:one", "can i talk to a real person", "webchat")
    )
    assert first.texts[0] == "OK."
    assert "number 1 in the queue" in first.texts[1]
    assert not any(markers.START_MODE in (m.get("custom") or {}) for m in first.messages)
    bot = Handler({"text": "the bot answered"})
    handover = await service.live("web:one")
    assert handover is not None and handover.state is State.WAITING
    return turn(bot, trackers, settings, service), bot, handover


async def test_words_go_to_the_advocate_not_the_bot(trackers, settings, service) -> None:
    safe, bot, handover = await handed_over(trackers, settings, service)
    result = await safe.run(TurnRequest("web:one", "he keeps texting me at night", "webchat"))
    assert bot.seen == []  # Rasa never saw it
    assert "number 1 in the queue" in result.texts[0] and "999" in result.texts[0]
    lines = await service.transcript.read(handover.id)
    assert [line.text for line in lines if line.speaker is Speaker.VICTIM] == [
        "he keeps texting me at night"
    ]


async def test_danger_during_handover_gets_999_first_and_alerts_the_advocate(
    trackers, settings, service
) -> None:
    safe, bot, handover = await handed_over(trackers, settings, service)
    events = service.events.listen()
    listening = asyncio.ensure_future(events.__anext__())
    await asyncio.sleep(0.2)  # subscribed before the message
    result = await safe.run(TurnRequest("web:one", "hes outside my door right now", "webchat"))
    assert result.texts[0] == DANGER and result.texts[1] == ALERTED
    event = await listening
    assert event.kind.value == "danger" and event.handover_id == handover.id
    raised = await service.queue.get(handover.id)
    assert raised is not None and raised.priority.value == "high"
    row = (await service.queue_view(ADVOCATE))[0]
    assert row["danger"] is True
    await events.aclose()


async def test_another_language_reaches_the_advocate_who_may_read_it(
    trackers, settings, service
) -> None:
    safe, bot, handover = await handed_over(trackers, settings, service)
    text = "Bonjour, je ne parle pas bien anglais. Il me suit tous les jours."
    result = await safe.run(TurnRequest("web:one", text, "webchat"))
    assert "number 1 in the queue" in result.texts[0]
    assert text in [line.text for line in await service.transcript.read(handover.id)]


async def test_claimed_handover_is_quiet_so_the_advocate_answers(
    trackers, settings, service
) -> None:
    safe, bot, handover = await handed_over(trackers, settings, service)
    assert await service.claim(handover.id, ADVOCATE)
    result = await safe.run(TurnRequest("web:one", "thank you for picking up", "webchat"))
    assert result.texts == [] and not result.failed and bot.seen == []


async def test_back_returns_to_the_bot_and_ends_the_handover(trackers, settings, service) -> None:
    safe, bot, handover = await handed_over(trackers, settings, service)
    result = await safe.run(TurnRequest("web:one", "Back", "webchat"))
    assert result.texts == [BACK, "the bot answered"]
    assert [m.text for m in bot.seen] == ["/ask_menu"]
    assert await service.live("web:one") is None
    ended = await service.queue.get(handover.id)
    assert ended is not None and ended.state is State.ENDED


async def test_an_expired_rasa_session_changes_nothing(trackers, settings, service) -> None:
    safe, bot, handover = await handed_over(trackers, settings, service)
    trackers.store.pop("web:one")  # what session expiry and a tracker's TTL amount to
    result = await safe.run(TurnRequest("web:one", "are you still there", "webchat"))
    assert bot.seen == [] and "number 1 in the queue" in result.texts[0]


async def test_deleting_my_data_ends_the_handover_and_removes_its_words(
    trackers, settings, service
) -> None:
    safe, bot, handover = await handed_over(trackers, settings, service)
    await safe.run(TurnRequest("web:one", "he followed me to work", "webchat"))
    await safe.run(TurnRequest("web:one", "delete my data", "webchat"))
    await safe.run(TurnRequest("web:one", "yes", "webchat"))
    assert await service.live("web:one") is None
    words = [line.text for line in await service.transcript.read(handover.id)]
    assert "he followed me to work" not in words


@pytest.mark.parametrize("text", ["back", "BACK", "go back", "back to the bot", "bot", "menu."])
def test_back_words(text: str) -> None:
    assert is_back(text)


@pytest.mark.parametrize("text", ["he came back", "back door was open", "my bot is broken"])
def test_sentences_with_back_in_them_go_to_the_advocate(text: str) -> None:
    assert not is_back(text)


CALLBACK = markers.start_mode(
    "handover",
    consent=True,
    priority="standard",
    screening={},
    reason="asked",
    callback={"safe_time": "weekday mornings", "method": "phone"},
)


@pytest.fixture
def keyed(settings: Settings) -> Settings:
    from cryptography.fernet import Fernet

    return settings.copy(update={"sms_number_key": Fernet.generate_key().decode()})


async def web_callback(trackers, settings, service) -> SafeTurn:
    asked = Handler({"text": "OK."}, {"custom": CALLBACK})
    first = await turn(asked, trackers, settings, service).run(
        TurnRequest("web:one", "call me back please", "webchat")
    )
    assert "weekday mornings" in first.texts[1]
    assert first.texts[2] == response_text("notice_handover_ask_number")
    return turn(Handler({"text": "the bot answered"}), trackers, settings, service)


async def test_a_web_callback_keeps_the_number_for_the_holder_only(
    trackers, keyed, service
) -> None:
    from bot.channels.sms.identity import NumberVault

    safe = await web_callback(trackers, keyed, service)
    unclear = await safe.run(TurnRequest("web:one", "077 00", "webchat"))
    assert unclear.texts == [response_text("notice_handover_number_unclear")]
    kept = await safe.run(TurnRequest("web:one", "07700 900123", "webchat"))
    assert kept.texts == [response_text("notice_handover_number_kept")]
    handover = (await service.queue.waiting())[0]
    with pytest.raises(NotAllowed):
        await service.contact(handover.id, ADVOCATE)
    await service.claim(handover.id, ADVOCATE)
    sealed = await service.contact(handover.id, ADVOCATE)
    assert NumberVault(keyed.sms_number_key).decrypt(sealed) == "+447700900123"
    # Nowhere readable: not in the transcript, not in any key's value.
    lines = [line.text for line in await service.transcript.read(handover.id)]
    assert not any("900123" in line for line in lines)


async def test_a_question_instead_of_a_number_is_answered_and_nothing_kept(
    trackers, keyed, service
) -> None:
    safe = await web_callback(trackers, keyed, service)
    result = await safe.run(TurnRequest("web:one", "what is stalking", "webchat"))
    assert result.texts == [response_text("notice_handover_number_skipped"), "the bot answered"]
    assert (await service.queue_view(ADVOCATE))[0]["has_contact"] is False
