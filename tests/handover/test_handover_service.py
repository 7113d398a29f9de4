"""The handover façade on real Redis: what the advocate and the person each notice."""

from __future__ import annotations

from typing import Any

import pytest

from bot.safety.replies import response_text
from common.medium import Medium
from handover import (
    Account,
    HandoverRequest,
    HandoverService,
    NotAllowed,
    ReplyRefused,
    Role,
    Speaker,
    State,
)
from handover.queue import Callback

SAM = Account("sam", "x", Role.ADVOCATE, False)
ALEX = Account("alex", "x", Role.ADVOCATE, False)


class Outbox:
    """Records what would be pushed to people (the real push is tested end to end)."""

    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []

    async def __call__(self, conversation_id, channel, text, message_id, **kwargs) -> bool:
        self.sent.append({"to": conversation_id, "channel": channel, "text": text, **kwargs})
        return True


@pytest.fixture
def outbox() -> Outbox:
    return Outbox()


@pytest.fixture
def service(aredis, settings, outbox, clock) -> HandoverService:
    return HandoverService(aredis, settings, outbox, texts=response_text, clock=clock)


async def started(service: HandoverService, conv: str = "web:abc", channel: str = "webchat", **kw):
    request = HandoverRequest(conv, channel, **kw)
    handover, position = await service.start(request, {"consent_to_share": True}, "asked")
    return handover, position


async def test_claiming_tells_the_person_an_advocate_joined(service, outbox) -> None:
    handover, position = await started(service)
    assert position == 1
    assert await service.claim(handover.id, SAM)
    assert not await service.claim(handover.id, ALEX)
    assert outbox.sent[-1]["text"] == response_text("notice_handover_claimed")
    assert outbox.sent[-1]["sender"] == "bot"


async def test_only_the_holder_replies_or_ends_until_an_explicit_take_over(service, outbox) -> None:
    handover, _ = await started(service)
    await service.claim(handover.id, SAM)
    with pytest.raises(NotAllowed):
        await service.reply(handover.id, ALEX, "hello")
    with pytest.raises(NotAllowed):
        await service.end(handover.id, ALEX, "done")
    assert await service.take_over(handover.id, ALEX)
    line = await service.reply(handover.id, ALEX, "Hi, I'm Alex. Are you safe to talk?")
    assert line["speaker"] == "advocate" and line["by"] == "alex" and line["delivered"]
    assert outbox.sent[-1]["text"] == "Hi, I'm Alex. Are you safe to talk?"
    with pytest.raises(NotAllowed):
        await service.reply(handover.id, SAM, "still me")


async def test_an_sms_reply_may_not_name_the_topic_where_a_lock_screen_shows_it(service) -> None:
    handover, _ = await started(service, "sms_x", "sms")
    await service.claim(handover.id, SAM)
    with pytest.raises(ReplyRefused, match="lock screen"):
        await service.reply(handover.id, SAM, "Hi, this is the stalking advocate from the police")
    line = await service.reply(handover.id, SAM, "Hi, it's Sam. Is now a safe time to talk?")
    assert line["text"].startswith("Hi, it's Sam")


@pytest.mark.parametrize("text", ["", "   ", "x" * 5000])
async def test_empty_or_huge_replies_are_refused_with_a_reason(service, text) -> None:
    handover, _ = await started(service)
    await service.claim(handover.id, SAM)
    with pytest.raises(ReplyRefused):
        await service.reply(handover.id, SAM, text)


async def test_ending_tells_the_person_and_hands_them_back_to_the_bot(service, outbox) -> None:
    handover, _ = await started(service)
    await service.claim(handover.id, SAM)
    with pytest.raises(ReplyRefused):
        await service.end(handover.id, SAM, "  ")
    assert await service.end(handover.id, SAM, "Safety plan made; referred to IDVA")
    assert outbox.sent[-1]["text"] == response_text("notice_handover_ended")
    assert await service.live("web:abc") is None
    ended = await service.queue.get(handover.id)
    assert ended is not None and ended.state is State.ENDED and ended.outcome.startswith("Safety")


async def test_a_long_wait_is_told_once_with_helplines(service, outbox, clock) -> None:
    handover, _ = await started(service)
    clock.advance(service.config.unclaimed_seconds + 1)
    await service.sweep()
    await service.sweep()
    told = [m for m in outbox.sent if m["text"] == response_text("notice_handover_overdue")]
    assert len(told) == 1 and "08 08 16 89 111" in told[0]["text"]
    assert (await service.queue_view(SAM))[0]["overdue"] is True


async def test_an_idle_advocate_hands_the_chat_back_and_the_person_is_told(
    service, outbox, clock
) -> None:
    handover, _ = await started(service)
    await service.claim(handover.id, SAM)
    clock.advance(service.config.idle_seconds / 2)
    assert await service.heartbeat(SAM) == 1
    clock.advance(service.config.idle_seconds / 2 + 1)
    await service.sweep()
    assert (await service.queue.get(handover.id)).state is State.CLAIMED  # the heartbeat kept it
    clock.advance(service.config.idle_seconds + 1)
    await service.sweep()
    assert (await service.queue.get(handover.id)).state is State.WAITING
    assert outbox.sent[-1]["text"] == response_text("notice_handover_released")


async def test_a_callback_request_is_never_told_it_waited_too_long(service, outbox, clock) -> None:
    await started(service, callback=Callback("after 6pm", "phone"))
    clock.advance(service.config.unclaimed_seconds + 1)
    await service.sweep()
    assert outbox.sent == []
    row = (await service.queue_view(SAM))[0]
    assert row["callback"] == {"safe_time": "after 6pm", "method": "phone"}


async def test_the_advocate_detail_has_summary_and_transcript(service) -> None:
    handover, _ = await started(service, area="warrington")
    await service.person_said(handover, "he was at the school gates", ("r1",))
    detail = await service.detail(handover.id, SAM)
    assert detail is not None and detail["summary"] == {"consent_to_share": True}
    assert detail["channel"] == Medium.WEB.value and detail["area"] == "warrington"
    spoken = [(line["speaker"], line["text"]) for line in detail["transcript"]]
    assert (Speaker.VICTIM.value, "he was at the school gates") in spoken
    later = await service.detail(handover.id, SAM, after=detail["transcript"][-1]["id"])
    assert later is not None and later["transcript"] == []


async def test_starting_twice_keeps_one_handover(service) -> None:
    first, _ = await started(service)
    again, position = await started(service)
    assert again.id == first.id and position == 1
    assert len(await service.queue.waiting()) == 1
