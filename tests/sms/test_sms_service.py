"""One inbound SMS end to end inside the channel: stub Rasa, real Redis, fake Twilio API."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Callable
from dataclasses import replace

import pytest
import redis
from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from bot.channels.sms.identity import conversation_id
from bot.channels.sms.inbound import InboundSms
from bot.channels.sms.segments import count_segments
from bot.channels.sms.service import SmsService
from bot.channels.sms.store import SmsStore
from bot.channels.sms.texts import text
from bot.safety.replies import (
    EMPTY_RESPONSE,
    MEDIA_ONLY_RESPONSE,
    TOO_LONG_RESPONSE,
    response_text,
)
from bot.turn.conversations import Conversations
from common.medium import Medium
from tests.e2e.conftest import free_port
from tests.e2e.fake_twilio import FakeTwilio
from tests.redis_values import stored
from tests.sms.conftest import StubRasa

NUMBER = "+447700900123"
MakeService = Callable[..., SmsService]


def inbound(body: str, num_media: int = 0, sid: str | None = None) -> InboundSms:
    return InboundSms(NUMBER, body, sid or "SM" + secrets.token_hex(16), num_media)


async def say(service: SmsService, body: str, **kwargs) -> None:
    conv = conversation_id(NUMBER, service.settings.id_secret)
    await service.handle(inbound(body, **kwargs), NUMBER, conv)


async def test_a_message_is_a_rasa_turn_on_the_sms_channel_under_a_pseudonym(
    make_service: MakeService, rasa: StubRasa, fake_twilio: FakeTwilio
) -> None:
    service = make_service()
    await say(service, "hello")
    (message,) = rasa.received
    assert message.text == "hello" and message.input_channel == "sms"
    assert message.output_channel.name() == "sms", "Rasa picks `channel: sms` variants by this"
    assert message.sender_id == conversation_id(NUMBER, service.settings.id_secret)
    assert "7700900123" not in message.sender_id
    assert fake_twilio.bodies(NUMBER) == ["Hello. Ask me anything."]


async def test_the_number_is_not_stored_at_all(
    make_service: MakeService, store: SmsStore, sms_redis: redis.Redis
) -> None:
    service = make_service()
    await say(service, "hello")
    conv = conversation_id(NUMBER, service.settings.id_secret)
    assert not sms_redis.exists(f"{store.prefix}:number:{conv}")
    for key in sms_redis.scan_iter(f"{store.prefix}:*"):
        # Read by type, not DUMP: DUMP compresses strings (tests/redis_values.py).
        assert b"7700900123" not in stored(sms_redis, key)


async def test_a_repeated_message_sid_is_handled_once(
    make_service: MakeService, rasa: StubRasa, fake_twilio: FakeTwilio
) -> None:
    service = make_service()
    message = inbound("hello")
    conv = conversation_id(NUMBER, service.settings.id_secret)
    await asyncio.gather(*(service.handle(message, NUMBER, conv) for _ in range(3)))
    await service.handle(message, NUMBER, conv)
    assert len(rasa.received) == 1 and len(fake_twilio.sent(NUMBER)) == 1


async def test_stop_silences_everything_until_start(
    make_service: MakeService, rasa: StubRasa, fake_twilio: FakeTwilio
) -> None:
    service = make_service()
    await say(service, "STOP")
    await say(service, "hes outside my house now")
    await say(service, "HELP")
    assert fake_twilio.calls == [] and rasa.received == [], "nothing at all after STOP"

    await say(service, "start")
    await say(service, "hello")
    assert fake_twilio.bodies(NUMBER) == [text("start"), "Hello. Ask me anything."]
    assert rasa.texts == ["hello"]


async def test_yes_restarts_a_stopped_number(make_service: MakeService, fake_twilio: FakeTwilio):
    service = make_service()
    await say(service, "unsubscribe")
    await say(service, "YES")
    assert fake_twilio.bodies(NUMBER) == [text("start")]


async def test_stop_can_send_one_neutral_confirmation(
    make_service: MakeService, fake_twilio: FakeTwilio
) -> None:
    service = make_service(stop_confirmation=True)
    await say(service, "stop")
    await say(service, "hello")
    assert fake_twilio.bodies(NUMBER) == [text("stop_confirmation")]


async def test_help_is_answered_by_the_channel(
    make_service: MakeService, rasa: StubRasa, fake_twilio: FakeTwilio
) -> None:
    await say(make_service(), "Help")
    assert fake_twilio.bodies(NUMBER) == [text("help")] and rasa.received == []


async def test_danger_gets_999_first_even_when_the_turn_missed_it(
    make_service: MakeService, rasa: StubRasa, fake_twilio: FakeTwilio
) -> None:
    rasa.replies = [{"text": "Here is how to keep a log."}]
    await say(make_service(), "hes outside my house right now")
    (body,) = fake_twilio.bodies(NUMBER)
    first_part = body[:160]
    assert "999" in first_part and "55" in first_part
    assert body.endswith("Here is how to keep a log.")


async def test_a_failed_turn_still_answers_with_999_and_helplines(
    make_service: MakeService, rasa: StubRasa, fake_twilio: FakeTwilio
) -> None:
    rasa.fail = True
    await say(make_service(), "who can help me")
    (body,) = fake_twilio.bodies(NUMBER)
    assert body == response_text("notice_service_unavailable", Medium.SMS)
    assert "999" in body and "08 08 16 89 111" in body


async def test_buttons_become_numbers_and_a_number_becomes_the_payload(
    make_service: MakeService, rasa: StubRasa, fake_twilio: FakeTwilio
) -> None:
    rasa.replies = [
        {
            "text": "What would you like?",
            "buttons": [
                {"title": "Keeping a record", "payload": "/ask_evidence_log"},
                {"title": "Who can help?", "payload": "/ask_support_services"},
            ],
        }
    ]
    service = make_service()
    await say(service, "menu")
    assert fake_twilio.bodies(NUMBER)[0].endswith("1 Keeping a record\n2 Who can help?")
    rasa.replies = [{"text": "These can help: 0808 802 0300"}]
    await say(service, "2")
    await say(service, "2")  # no options were offered by the last reply
    assert rasa.texts == ["menu", "/ask_support_services", "2"]


@pytest.mark.parametrize(
    ("body", "num_media", "expected"),
    [
        ("", 0, response_text(EMPTY_RESPONSE, Medium.SMS)),
        ("   ", 0, response_text(EMPTY_RESPONSE, Medium.SMS)),
        ("", 2, response_text(MEDIA_ONLY_RESPONSE, Medium.SMS)),
        ("x " * 1000, 0, response_text(TOO_LONG_RESPONSE, Medium.SMS)),
    ],
)
async def test_bad_input_gets_a_plain_reply_without_a_turn(
    make_service: MakeService,
    rasa: StubRasa,
    fake_twilio: FakeTwilio,
    body: str,
    num_media: int,
    expected: str,
) -> None:
    await say(make_service(), body, num_media=num_media)
    assert fake_twilio.bodies(NUMBER) == [expected] and rasa.received == []


async def test_an_overlong_danger_message_still_gets_999_first(
    make_service: MakeService, fake_twilio: FakeTwilio
) -> None:
    await say(make_service(), "he is outside my house right now. " + "x " * 1000)
    (body,) = fake_twilio.bodies(NUMBER)
    assert "999" in body[:160] and "too long" in body


async def test_a_long_reply_is_capped_at_max_parts(
    make_service: MakeService, rasa: StubRasa, fake_twilio: FakeTwilio
) -> None:
    rasa.replies = [{"text": "A sentence that goes on for a while. " * 40}]
    await say(make_service(max_parts=2), "tell me everything")
    (body,) = fake_twilio.bodies(NUMBER)
    assert count_segments(body) == 2 and body.endswith(".")


async def test_delete_my_data_removes_the_conversation_and_every_sms_record(
    make_service: MakeService,
    rasa: StubRasa,
    fake_twilio: FakeTwilio,
    store: SmsStore,
    sms_redis: redis.Redis,
) -> None:
    service = make_service()
    conv = conversation_id(NUMBER, service.settings.id_secret)
    trackers = InMemoryTrackerStore(Domain.empty())
    await trackers.save(DialogueStateTracker(conv, []))
    service.turn.conversations = Conversations(lambda: trackers)
    rasa.replies = [{"text": "Pick one", "buttons": [{"title": "A", "payload": "/a"}]}]
    await say(service, "menu")
    assert sms_redis.exists(f"{store.prefix}:options:{conv}")

    done = "Done. I've deleted our conversation."
    rasa.replies = [{"text": done, "custom": {"forget_conversation": True}}]
    await say(service, "yes")
    assert fake_twilio.bodies(NUMBER)[-1] == done
    assert conv not in trackers.store
    assert not list(sms_redis.scan_iter(f"{store.prefix}:*{conv}*"))


async def test_an_already_claimed_reply_is_not_sent_again(
    make_service: MakeService, store: SmsStore, fake_twilio: FakeTwilio
) -> None:
    message = inbound("hello")
    assert await store.claim_outbound(message.sid)  # e.g. another replica sent it
    service = make_service()
    await service.handle(message, NUMBER, conversation_id(NUMBER, service.settings.id_secret))
    assert fake_twilio.calls == []


async def test_a_person_s_messages_are_handled_in_order(
    make_service: MakeService, rasa: StubRasa
) -> None:
    service = make_service()
    conv = conversation_id(NUMBER, service.settings.id_secret)
    tasks = [service.submit(inbound(f"message {i}"), NUMBER, conv) for i in range(5)]
    await asyncio.gather(*tasks)
    assert rasa.texts == [f"message {i}" for i in range(5)]
    assert service.pending == 0


async def test_concurrent_turns_are_capped(make_service: MakeService, rasa: StubRasa) -> None:
    running, peak = 0, 0
    original = StubRasa.__call__

    async def slow(message):
        nonlocal running, peak
        running += 1
        peak = max(peak, running)
        await asyncio.sleep(0.02)
        running -= 1
        await original(rasa, message)

    service = make_service(max_concurrent_turns=2)
    service.turn.on_new_message = slow
    people = [f"+4477009001{i:02d}" for i in range(6)]
    tasks = [
        service.submit(inbound("hi"), n, conversation_id(n, service.settings.id_secret))
        for n in people
    ]
    await asyncio.gather(*tasks)
    assert peak == 2


async def test_redis_down_still_answers(
    make_service: MakeService, sms_settings, fake_twilio: FakeTwilio
) -> None:
    from bot.channels.sms.store import connect

    down = replace(sms_settings, redis_port=free_port())
    service = make_service()
    service.store = SmsStore(connect(down), down)
    try:
        await say(service, "hes outside my house now")
    finally:
        await service.store.redis.close()
    (body,) = fake_twilio.bodies(NUMBER)
    assert "999" in body[:160]
