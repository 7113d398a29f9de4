"""The warm handover end to end: web chat and SMS victims, an advocate in the console.

Real Rasa server, action server, web service and Redis; SMS through signed
webhooks and the local Twilio-compatible server. The advocate signs in and
works through the console's JSON API (the API the console page itself uses;
the page is tested in tests/browser/test_console.py).

What each side notices:

* the victim asks for a person, agrees to share a summary (the SMS victim
  also answers two screening questions by number, then stops them), and is
  told their place in the queue;
* the advocate sees both in the queue with their channel, claims them, reads
  the summary and the transcript, and replies; the web victim's widget shows
  the advocate's words, the SMS victim gets a text;
* a danger message during the handover gets the 999 guidance at once, and
  the console shows the handover flagged and raised to high priority;
* a Rasa session that expires during the handover changes nothing;
* the advocate ends the chat with an outcome note; both victims are told and
  the bot answers them again.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest
import redis

from bot.safety.replies import response_text
from common.medium import Medium
from scripts.stack import MODEL_PATH, Stack
from tests.e2e.conftest import delete_keys, stack_env
from tests.e2e.fake_twilio import FakeTwilio
from tests.e2e.handover_people import QUEUED, Console, WebVictim, sms_hand_over
from tests.e2e.sms_env import sms_env
from tests.e2e.test_sms import Phone, new_number

ENDED = response_text("notice_handover_ended")
SMS_ENDED = response_text("notice_handover_ended", Medium.SMS)
DANGER_START = response_text("utter_immediate_danger")[:40]


@pytest.fixture(scope="module")
def twilio() -> Iterator[FakeTwilio]:
    fake = FakeTwilio()
    fake.start_in_thread()
    try:
        yield fake
    finally:
        fake.stop_thread()


@pytest.fixture(scope="module")
def handover_stack(tmp_path_factory: pytest.TempPathFactory, twilio: FakeTwilio) -> Iterator[Stack]:
    assert MODEL_PATH.is_file(), "train first: make train"
    env = stack_env() | sms_env(twilio)
    env |= {"HANDOVER_HOURS": "always", "ADVOCATE_COOKIE_SECURE": "false"}
    running = Stack(env, log_dir=tmp_path_factory.mktemp("handover-logs"), quiet=True).start()
    try:
        yield running
    finally:
        running.stop()
        delete_keys(env)


def test_without_a_session_the_api_answers_401(handover_stack: Stack) -> None:
    base = f"http://127.0.0.1:{handover_stack.env['WEB_PORT']}"
    for path in ("queue", "session", "audit", "handovers/abc"):
        assert httpx.get(f"{base}/advocate/api/{path}", timeout=10).status_code == 401
    assert httpx.post(f"{base}/advocate/api/handovers/abc/claim", timeout=10).status_code == 401


def test_web_and_sms_victims_talk_to_an_advocate_and_come_back_to_the_bot(
    handover_stack: Stack, twilio: FakeTwilio
) -> None:
    env = handover_stack.env
    phone = Phone(handover_stack, twilio)
    number = new_number()
    asyncio.run(_the_whole_flow(env, phone, number, twilio))


async def _the_whole_flow(env: dict[str, str], phone: Phone, number: str, twilio) -> None:
    web = await WebVictim.open(env)
    try:
        queued = await web.hand_over()
        assert "999" in " ".join(m.get("text") or "" for m in queued)
        # The SMS victim answers two screening questions by number, then stops them.
        sms_reply = await asyncio.to_thread(sms_hand_over, phone, number, ["yes", "no"])
        assert QUEUED.search(sms_reply) and "999" in sms_reply

        console = await asyncio.to_thread(Console, env, "sam")
        rows = await asyncio.to_thread(console.queue)
        by_channel = {row["channel"]: row for row in rows if row["state"] == "waiting"}
        assert set(by_channel) >= {"web", "sms"}, rows

        # Words typed while waiting reach the advocate's transcript, not the bot.
        waiting = await web.say("he was at my work again today")
        assert any(QUEUED.search(m.get("text") or "") for m in waiting), waiting

        web_id, sms_id = by_channel["web"]["id"], by_channel["sms"]["id"]
        for handover_id in (web_id, sms_id):
            claimed = await asyncio.to_thread(console.post, f"handovers/{handover_id}/claim")
            assert claimed.status_code == 200, claimed.text
        joined = await web.pushed()
        assert "advocate has joined" in joined["text"].lower()

        # The SMS victim's screening: shown to the advocate, and "yes" to fear is high priority.
        sms_detail = await asyncio.to_thread(console.get, f"handovers/{sms_id}")
        answers = [line["answer"] for line in sms_detail["summary"]["screening"]]
        assert answers == ["yes", "no"], sms_detail["summary"]
        assert sms_detail["priority"] == "high"

        detail = await asyncio.to_thread(console.get, f"handovers/{web_id}")
        assert detail["summary"]["consent_to_share"] is True
        victim_lines = [
            line["text"] for line in detail["transcript"] if line["speaker"] == "victim"
        ]
        assert "he was at my work again today" in victim_lines

        # The advocate's reply reaches the widget, marked as the advocate's.
        sent = await asyncio.to_thread(
            console.post,
            f"handovers/{web_id}/reply",
            {"text": "Hi, I'm Sam. Are you safe to talk?"},
        )
        assert sent.status_code == 200, sent.text
        pushed = await web.pushed()
        assert pushed["text"] == "Hi, I'm Sam. Are you safe to talk?"
        assert pushed["custom"]["from"] == "advocate"

        # ... and by text message to the SMS victim.
        before = len(twilio.bodies(number))
        sent = await asyncio.to_thread(
            console.post, f"handovers/{sms_id}/reply", {"text": "Hi, it's Sam. Is now a good time?"}
        )
        assert sent.status_code == 200, sent.text
        bodies = await twilio.wait_for_async(number, before + 1)
        assert bodies[before] == "Hi, it's Sam. Is now a good time?"

        # The web victim's answer, while claimed, gets no bot reply: the advocate answers.
        quiet = await web.say("yes I'm ok to talk now")
        assert quiet == []
        detail = await asyncio.to_thread(console.get, f"handovers/{web_id}")
        assert "yes I'm ok to talk now" in [line["text"] for line in detail["transcript"]]

        # Danger during the handover: 999 first at once, and the console is flagged.
        danger = await asyncio.to_thread(phone.say, number, "hes outside my door right now")
        assert "999" in danger[:160]
        row = next(r for r in await asyncio.to_thread(console.queue) if r["id"] == sms_id)
        assert row["danger"] is True and row["priority"] == "high"

        # A Rasa session that ends (here: its tracker gone altogether) changes nothing.
        conn = redis.Redis(host="127.0.0.1", port=int(env["REDIS_PORT"]), db=int(env["REDIS_DB"]))
        trackers = list(conn.scan_iter(f"{env['REDIS_KEY_PREFIX']}:tracker:sms_*"))
        assert len(trackers) == 1
        conn.delete(*trackers)
        await asyncio.to_thread(phone.text, number, "are you still there")
        for _ in range(100):
            detail = await asyncio.to_thread(console.get, f"handovers/{sms_id}")
            if "are you still there" in [line["text"] for line in detail["transcript"]]:
                break
            await asyncio.sleep(0.2)
        else:
            raise AssertionError("the message after the session ended never reached the advocate")

        # The advocate ends both; each victim is told and the bot answers again.
        for handover_id in (web_id, sms_id):
            ended = await asyncio.to_thread(
                console.post, f"handovers/{handover_id}/end", {"outcome": "Safety plan agreed"}
            )
            assert ended.status_code == 200, ended.text
        assert (await web.pushed())["text"] == ENDED
        for _ in range(100):
            if SMS_ENDED in twilio.bodies(number):
                break
            await asyncio.sleep(0.2)
        else:
            raise AssertionError("the SMS victim was not told the chat ended")
        again = await web.say("what is stalking")
        assert not QUEUED.search(again[0]["text"]) and len(again[0]["text"]) > 40
        sms_again = await asyncio.to_thread(phone.say, number, "what is stalking")
        assert not QUEUED.search(sms_again)
    finally:
        await web.client.close()
