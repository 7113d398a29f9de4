"""The court-order result in the web chat: a short lead, details behind buttons,
and a short "no more questions" when the person stops part-way (issue 11)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.orders_form import ActionExplainOrderDetail, ActionExplainOrders

ANSWERS = {"relationship": "ex_partner", "lived_together": True, "behaviours": ["following"]}
# Two SMS segments, as every SMS reply (tests/unit/test_responses.py).
SMS_MAX_CHARS = 2 * 153


def _tracker(slots: dict, channel: str = "rest", entities: list | None = None) -> Tracker:
    latest = {"text": "x", "intent": {"name": "ask_order_detail"}, "entities": entities or []}
    events = [{"event": "user", "text": "x", "input_channel": channel, "parse_data": latest}]
    return Tracker("someone", slots, latest, events, False, None, {}, "action_listen")


async def _run(action, tracker: Tracker) -> list[dict]:
    dispatcher = CollectingDispatcher()
    await action.run(dispatcher, tracker, {})
    return dispatcher.messages


async def test_the_web_result_is_a_short_lead_with_a_button_per_order() -> None:
    [message] = await _run(ActionExplainOrders(), _tracker(ANSWERS))
    assert len(message["text"]) < 900
    assert "Non-molestation order: likely available" in message["text"]
    assert "not legal advice" in message["text"] and "999" in message["text"]
    assert "Who applies" not in message["text"]
    payloads = [b["payload"] for b in message["buttons"]]
    assert '/ask_order_detail{"order_id": "non_molestation_order"}' in payloads


async def test_a_button_gives_that_order_s_details() -> None:
    entities = [{"entity": "order_id", "value": "non_molestation_order"}]
    [message] = await _run(ActionExplainOrderDetail(), _tracker(ANSWERS, entities=entities))
    assert message["text"].startswith("Non-molestation order: likely available.")
    assert "Who applies" in message["text"] and "not legal advice" in message["text"]
    assert "0800 970 2070" in message["text"]


async def test_tell_me_more_without_a_button_gives_each_order_in_its_own_bubble() -> None:
    messages = await _run(ActionExplainOrderDetail(), _tracker(ANSWERS))
    assert len(messages) > 2
    assert all("not legal advice" in m["text"] and len(m["text"]) < 700 for m in messages)


async def test_stop_part_way_is_a_short_reply_with_a_way_back() -> None:
    slots = {**ANSWERS, "orders_stopped": True}
    [web] = await _run(ActionExplainOrders(), _tracker(slots))
    assert web["text"].startswith("OK, no more questions.") and len(web["text"]) < 200
    assert [b["payload"] for b in web["buttons"]] == ["/ask_orders_result", "/ask_menu"]
    [sms] = await _run(ActionExplainOrders(), _tracker(slots, "sms"))
    assert sms["text"].startswith("OK, no more questions.") and "ORDERS" in sms["text"]


async def test_the_sms_result_still_fits_two_segments() -> None:
    [sms] = await _run(ActionExplainOrders(), _tracker(ANSWERS, "sms"))
    assert len(sms["text"]) <= SMS_MAX_CHARS and "not legal advice" in sms["text"].lower()
