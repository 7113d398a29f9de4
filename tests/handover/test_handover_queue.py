"""The advocates' queue in real Redis: order, atomic claims, release, take-over, time-outs."""

from __future__ import annotations

import asyncio

import pytest

from handover.queue import Callback, HandoverQueue, HandoverRequest, State
from handover.screening import Priority


@pytest.fixture
def queue(aredis, config, clock) -> HandoverQueue:
    return HandoverQueue(aredis, config, clock)


def _request(n: int, priority: Priority = Priority.STANDARD, **kw) -> HandoverRequest:
    return HandoverRequest(
        conversation_id=f"web:conv{n}", channel="webchat", priority=priority, **kw
    )


async def test_a_handover_keeps_what_the_bot_knew(queue) -> None:
    request = HandoverRequest(
        conversation_id="sms_abc",
        channel="sms",
        area="warrington",
        risk_flags=("danger", "threats"),
        priority=Priority.HIGH,
        consent_to_share=True,
        callback=Callback(safe_time="after 6pm on weekdays", method="phone"),
    )
    handover_id = await queue.enqueue(request)
    stored = await queue.get(handover_id)
    assert stored is not None
    assert stored.request == request
    assert stored.state is State.WAITING and stored.advocate is None
    assert (await queue.for_conversation("sms_abc")) == stored


async def test_one_live_handover_per_conversation(queue) -> None:
    first = await queue.enqueue(_request(1))
    assert await queue.enqueue(_request(1, Priority.HIGH)) == first
    assert len(await queue.waiting()) == 1


async def test_ordered_by_priority_then_waiting_time(queue, clock) -> None:
    ids = {}
    for n, priority in enumerate(
        [Priority.STANDARD, Priority.HIGH, Priority.STANDARD, Priority.HIGH]
    ):
        ids[n] = await queue.enqueue(_request(n, priority))
        clock.advance(10)
    assert [h.id for h in await queue.waiting()] == [ids[1], ids[3], ids[0], ids[2]]
    assert await queue.position(ids[0]) == 3


async def test_many_advocates_claiming_at_once_exactly_one_wins(queue) -> None:
    for round_ in range(20):
        handover_id = await queue.enqueue(_request(round_))
        advocates = [f"advocate{i}" for i in range(25)]
        results = await asyncio.gather(*(queue.claim(handover_id, a) for a in advocates))
        assert sum(results) == 1
        winner = advocates[results.index(True)]
        stored = await queue.get(handover_id)
        assert stored is not None and stored.state is State.CLAIMED
        assert stored.advocate == winner
        assert await queue.holds(handover_id, winner)
    assert await queue.waiting() == []
    assert len(await queue.claimed()) == 20


async def test_release_returns_it_to_its_place_in_the_queue(queue, clock) -> None:
    older = await queue.enqueue(_request(1))
    clock.advance(60)
    newer = await queue.enqueue(_request(2))
    assert await queue.claim(older, "sam")
    assert not await queue.release(older, "alex"), "only the holder can release"
    assert await queue.release(older, "sam")
    assert [h.id for h in await queue.waiting()] == [older, newer]
    released = await queue.get(older)
    assert released is not None and released.advocate is None
    assert released.previous_advocates == ("sam",)
    assert await queue.claim(older, "alex")


async def test_acting_on_anothers_handover_needs_an_explicit_take_over(queue) -> None:
    handover_id = await queue.enqueue(_request(1))
    assert await queue.claim(handover_id, "sam")
    assert not await queue.claim(handover_id, "alex")
    assert not await queue.end(handover_id, "alex", "tried to end it")
    assert not await queue.touch(handover_id, "alex")
    assert not await queue.holds(handover_id, "alex")

    assert await queue.take_over(handover_id, "alex") == "sam"
    assert await queue.take_over(handover_id, "alex") is None, "already theirs"
    assert await queue.holds(handover_id, "alex")
    assert not await queue.holds(handover_id, "sam")
    assert not await queue.end(handover_id, "sam", "too late")
    stored = await queue.get(handover_id)
    assert stored is not None and stored.previous_advocates == ("sam",)


async def test_a_waiting_handover_cannot_be_taken_over_only_claimed(queue) -> None:
    handover_id = await queue.enqueue(_request(1))
    assert await queue.take_over(handover_id, "alex") is None


async def test_end_with_an_outcome_note(queue, clock) -> None:
    handover_id = await queue.enqueue(_request(1))
    assert await queue.claim(handover_id, "sam")
    clock.advance(600)
    assert await queue.end(handover_id, "sam", "Safety plan made; referred to HRU.")
    stored = await queue.get(handover_id)
    assert stored is not None and stored.state is State.ENDED
    assert stored.outcome == "Safety plan made; referred to HRU."
    assert stored.ended_at == clock.now
    assert await queue.for_conversation("web:conv1") is None
    assert await queue.claimed() == [] and await queue.waiting() == []
    assert not await queue.end(handover_id, "sam", "twice")
    # The conversation can be handed over again later.
    assert await queue.enqueue(_request(1)) != handover_id


async def test_the_person_can_withdraw_while_waiting(queue) -> None:
    handover_id = await queue.enqueue(_request(1))
    assert await queue.withdraw(handover_id)
    assert await queue.waiting() == []
    assert not await queue.claim(handover_id, "sam")


async def test_unclaimed_handovers_are_reported_once_after_the_set_time(queue, clock) -> None:
    late = await queue.enqueue(_request(1))
    clock.advance(200)
    recent = await queue.enqueue(_request(2))
    assert await queue.overdue() == []
    clock.advance(101)
    assert [h.id for h in await queue.overdue()] == [late]
    assert await queue.mark_overdue_notified(late)
    assert not await queue.mark_overdue_notified(late), "the person is told once"
    assert recent in [h.id for h in await queue.waiting()]


async def test_an_idle_advocate_hands_the_conversation_back(queue, clock) -> None:
    idle = await queue.enqueue(_request(1))
    active = await queue.enqueue(_request(2))
    assert await queue.claim(idle, "sam")
    assert await queue.claim(active, "alex")
    clock.advance(170)
    assert await queue.touch(active, "alex")
    clock.advance(20)
    assert await queue.release_idle() == [idle]
    assert [h.id for h in await queue.waiting()] == [idle]
    assert await queue.holds(active, "alex")


async def test_escalate_raises_and_never_lowers(queue, clock) -> None:
    first = await queue.enqueue(_request(1, Priority.HIGH))
    clock.advance(5)
    second = await queue.enqueue(_request(2))
    assert await queue.escalate(second)
    assert not await queue.escalate(first)
    stored = await queue.get(second)
    assert stored is not None and stored.priority is Priority.HIGH
    assert [h.id for h in await queue.waiting()] == [first, second]


async def test_every_key_has_a_ttl(queue, aredis, config) -> None:
    ended = await queue.enqueue(_request(1))
    await queue.claim(ended, "sam")
    await queue.end(ended, "sam", "done")
    await queue.enqueue(_request(2))
    claimed = await queue.enqueue(_request(3))
    await queue.claim(claimed, "alex")
    keys = [k async for k in aredis.scan_iter(f"{config.key_prefix}*")]
    assert len(keys) >= 6
    for key in keys:
        ttl = await aredis.ttl(key)
        assert 0 < ttl <= config.retention_seconds, key
