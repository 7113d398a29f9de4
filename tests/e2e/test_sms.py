"""SMS end to end: signed Twilio webhooks into the real Rasa server, action server and Redis,
replies out to a local Twilio-compatible Messages API (tests/e2e/fake_twilio.py).

Webhooks are signed with twilio's own RequestValidator.compute_signature, for
the public URL Twilio would call (SMS_PUBLIC_URL), not the local one, as behind
a proxy. Processing is asynchronous, so replies are awaited at the fake API
with a bounded wait.
"""

from __future__ import annotations

import itertools
import secrets
import time
from collections.abc import Iterator
from urllib.parse import urlencode

import httpx
import pytest
import redis
from twilio.request_validator import RequestValidator

from scripts.stack import MODEL_PATH, Stack
from tests.e2e.conftest import delete_keys, stack_env
from tests.e2e.fake_twilio import FakeTwilio
from tests.e2e.sms_env import OUR_NUMBER, PUBLIC_URL, sms_env
from tests.redis_values import stored

REPLY_WAIT = 60.0
# Ofcom's drama range (07700 900000-900999): never a real person's number.
_numbers = itertools.count(100 + secrets.randbelow(300))
NOTICE = "not read live"  # the SMS first-reply notice


def new_number() -> str:
    return f"+447700900{next(_numbers):03d}"


def new_sid() -> str:
    return "SM" + secrets.token_hex(16)


@pytest.fixture(scope="module")
def twilio() -> Iterator[FakeTwilio]:
    fake = FakeTwilio()
    fake.start_in_thread()
    try:
        yield fake
    finally:
        fake.stop_thread()


@pytest.fixture(scope="module")
def sms_stack(tmp_path_factory: pytest.TempPathFactory, twilio: FakeTwilio) -> Iterator[Stack]:
    """A stack of its own with the SMS settings (the session stack has none)."""
    assert MODEL_PATH.is_file(), "train first: make train"
    env = stack_env() | sms_env(twilio)
    running = Stack(env, log_dir=tmp_path_factory.mktemp("sms-stack-logs"), quiet=True).start()
    try:
        yield running
    finally:
        running.stop()
        delete_keys(env)


class Phone:
    """Texts the stack the way Twilio delivers an inbound SMS."""

    def __init__(self, stack: Stack, twilio: FakeTwilio) -> None:
        self.url = f"http://127.0.0.1:{stack.env['RASA_PORT']}/webhooks/sms/webhook"
        self.twilio = twilio
        self.validator = RequestValidator(twilio.auth_token)

    def post(
        self, params: dict[str, str], signature: str | None = "sign", raw: bytes | None = None
    ) -> httpx.Response:
        headers = {"content-type": "application/x-www-form-urlencoded"}
        if signature == "sign":
            signature = self.validator.compute_signature(PUBLIC_URL, params)
        if signature is not None:
            headers["X-Twilio-Signature"] = signature
        body = raw if raw is not None else urlencode(params).encode()
        return httpx.post(self.url, content=body, headers=headers, timeout=30)

    @staticmethod
    def params(number: str, body: str, sid: str | None = None, **extra: str) -> dict[str, str]:
        return {
            "ToCountry": "GB",
            "SmsMessageSid": sid or new_sid(),
            "NumMedia": "0",
            "From": number,
            "To": OUR_NUMBER,
            "Body": body,
            "NumSegments": "1",
            "ApiVersion": "2010-04-01",
            **extra,
        } | ({"MessageSid": sid} if sid else {})

    def text(self, number: str, body: str, **extra: str) -> httpx.Response:
        params = self.params(number, body, **extra)
        params.setdefault("MessageSid", params["SmsMessageSid"])
        answer = self.post(params)
        assert answer.status_code == 200, answer.text
        return answer

    def replies(self, number: str, count: int) -> list[str]:
        bodies = self.twilio.wait_for(number, count, timeout=REPLY_WAIT)
        assert len(bodies) >= count, f"expected {count} replies, got {bodies}"
        return bodies

    def say(self, number: str, body: str, **extra: str) -> str:
        """Texts once and returns the one new reply."""
        before = len(self.twilio.bodies(number))
        self.text(number, body, **extra)
        return self.replies(number, before + 1)[before]


@pytest.fixture(scope="module")
def phone(sms_stack: Stack, twilio: FakeTwilio) -> Phone:
    return Phone(sms_stack, twilio)


def _redis(stack: Stack, db_key: str = "REDIS_DB") -> redis.Redis:
    return redis.Redis(port=int(stack.env["REDIS_PORT"]), db=int(stack.env[db_key]))


def _all_keys(stack: Stack) -> list[tuple[int, bytes]]:
    found = []
    for db_key in ("REDIS_DB", "REDIS_LOCK_DB"):
        conn = _redis(stack, db_key)
        found += [(conn, k) for k in conn.scan_iter(f"{stack.env['REDIS_KEY_PREFIX']}*")]
    return found


def _settle(twilio: FakeTwilio, seconds: float = 1.5) -> None:
    """Waits until the fake API has been quiet for a moment (processing is asynchronous)."""
    deadline = time.monotonic() + 15
    last = len(twilio.calls)
    quiet_since = time.monotonic()
    while time.monotonic() < deadline and time.monotonic() - quiet_since < seconds:
        time.sleep(0.1)
        if len(twilio.calls) != last:
            last, quiet_since = len(twilio.calls), time.monotonic()


# -- the happy path -------------------------------------------------------------


def test_a_signed_text_gets_the_sms_reply_from_rasa(phone: Phone, twilio: FakeTwilio) -> None:
    number = new_number()
    answer = phone.text(number, "hello")
    assert answer.headers["content-type"].startswith("text/xml")
    assert answer.text == '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
    (reply,) = phone.replies(number, 1)
    # The `channel: sms` variant of utter_greet, not the web one.
    assert reply.startswith("Hello. I can help with staying safe")
    assert "Nobody reads this chat" not in reply
    (call,) = twilio.sent(number)
    assert call.authorised and call.form["From"] == OUR_NUMBER and call.form["To"] == number


def test_a_conversation_carries_on_across_texts(phone: Phone) -> None:
    number = new_number()
    first = phone.say(number, "how do i keep a record of what he does")
    assert "date and time" in first and NOTICE in first  # answer first, then the notice
    second = phone.say(number, "should i block him")
    assert "blocking" in second.lower() and NOTICE not in second


def test_support_services_come_from_the_action_server_in_sms_form(phone: Phone) -> None:
    reply = phone.say(new_number(), "who can help me")
    assert "0808 802 0300" in reply and "999" in reply
    assert len(reply) < 480


def test_court_order_questions_by_text_use_numbered_options(phone: Phone) -> None:
    number = new_number()
    offer = phone.say(number, "can i get a restraining order")
    assert "Not legal advice" in offer and "Reply YES or NO" in offer
    question = phone.say(number, "yes")  # one SMS: how to skip or leave, then the question
    assert "Reply SKIP" in question
    assert "Who is doing this?" in question and "1 An ex-partner" in question
    assert "Have you ever lived with them?" in phone.say(number, "1")
    phone.say(number, "1")  # yes
    phone.say(number, "1 2 8")  # followed, kept contacting, threatened
    phone.say(number, "2")  # not reported
    final = phone.say(number, "runcorn")
    assert "Non-molestation order: likely" in final and "not legal advice" in final
    assert "•" not in final and len(final) <= 320


# -- forged, unsigned, replayed -------------------------------------------------


def test_unsigned_forged_and_tampered_requests_are_refused(
    phone: Phone, twilio: FakeTwilio
) -> None:
    number = new_number()
    params = phone.params(number, "hello", sid=new_sid())
    assert phone.post(params, signature=None).status_code == 403
    assert phone.post(params, signature="Zm9yZ2Vk").status_code == 403
    forged = RequestValidator("not-the-token").compute_signature(PUBLIC_URL, params)
    assert phone.post(params, signature=forged).status_code == 403
    signed_for_local_url = phone.validator.compute_signature(phone.url, params)
    assert phone.post(params, signature=signed_for_local_url).status_code == 403
    tampered = phone.validator.compute_signature(PUBLIC_URL, params)
    assert phone.post({**params, "Body": "hellp"}, signature=tampered).status_code == 403
    _settle(twilio)
    assert twilio.bodies(number) == [], "nothing was processed"


def test_a_replayed_message_is_answered_once(phone: Phone, twilio: FakeTwilio) -> None:
    number = new_number()
    params = phone.params(number, "hello", sid=new_sid())
    for _ in range(3):  # Twilio retrying, or someone replaying a captured request
        assert phone.post(params).status_code == 200
    phone.replies(number, 1)
    _settle(twilio)
    assert len(twilio.bodies(number)) == 1


# -- keywords ---------------------------------------------------------------------


def test_stop_then_a_message_sends_nothing_until_start(phone: Phone, twilio: FakeTwilio) -> None:
    number = new_number()
    phone.say(number, "hello")
    phone.text(number, "STOP")
    phone.text(number, "hes outside my house right now")
    phone.text(number, "help")
    _settle(twilio)
    assert len(twilio.bodies(number)) == 1, "nothing after STOP"
    started = phone.say(number, "START")
    assert "texts are back on" in started
    assert len(twilio.bodies(number)) == 2


def test_help_is_neutral_and_gives_999_and_how_to_stop(phone: Phone) -> None:
    reply = phone.say(new_number(), "HELP")
    assert "999" in reply and "STOP" in reply
    for word in ("stalk", "harass", "abuse", "police"):
        assert word not in reply.lower()


# -- safety ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    ["hes outside my house right now", "he's got a knife and he's at my door", "help me hes here"],
)
def test_danger_gets_999_in_the_first_sms(phone: Phone, message: str) -> None:
    number = new_number()
    first = phone.say(number, message)
    assert "999" in first[:160], "999 in the first part the phone shows"
    assert "55" in first


def test_danger_mid_conversation_still_comes_first(phone: Phone) -> None:
    number = new_number()
    phone.say(number, "how do i report him")
    reply = phone.say(number, "he is outside my house now what do i do")
    assert reply.startswith("Call 999")


def test_lock_screen_preview_of_the_first_reply_is_neutral(phone: Phone) -> None:
    reply = phone.say(new_number(), "what is stalking")
    for word in ("stalk", "harass", "abuse", "police"):
        assert word not in reply[:60].lower(), reply


# -- bad input ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "extra", "expected"),
    [
        ("", {}, "didn't get any words"),
        ("", {"NumMedia": "1", "MediaUrl0": "https://api.twilio.com/x.jpg"}, "pictures"),
        ("😀😀🙏", {}, "999"),
        ("où est le commissariat?", {}, "999"),
        ("a" * 1700, {}, "too long"),
    ],
)
def test_bad_input_gets_a_sensible_reply(phone: Phone, body: str, extra: dict, expected: str):
    assert expected in phone.say(new_number(), body, **extra)


@pytest.mark.parametrize(
    ("raw", "status"),
    [
        (b"From=1&&Body=2", 400),
        (b"not a form at all \xff", 400),
        (b"", 400),
    ],
)
def test_malformed_bodies_get_a_clean_4xx(phone: Phone, raw: bytes, status: int) -> None:
    # Signed over no fields: the form is refused before the signature is checked.
    assert phone.post({}, raw=raw).status_code == status


def test_a_signed_message_without_from_gets_400(phone: Phone) -> None:
    params = phone.params(new_number(), "hello", sid=new_sid())
    del params["From"]
    assert phone.post(params).status_code == 400


def test_json_gets_415(phone: Phone) -> None:
    answer = httpx.post(
        phone.url, json={"From": new_number()}, headers={"X-Twilio-Signature": "x"}, timeout=30
    )
    assert answer.status_code == 415


# -- resilience -----------------------------------------------------------------


def test_twilio_errors_are_retried_and_the_reply_arrives_once(
    phone: Phone, twilio: FakeTwilio
) -> None:
    number = new_number()
    twilio.fail_next(1, status=429)
    twilio.fail_next(1, status=500)
    reply = phone.say(number, "hello")
    assert reply.startswith("Hello.")
    _settle(twilio)
    assert len(twilio.bodies(number)) == 1
    statuses = [c.status for c in twilio.calls if c.form.get("To") == number]
    assert statuses == [429, 500, 201]


def test_a_rasa_restart_mid_conversation_loses_nothing(sms_stack: Stack, phone: Phone) -> None:
    number = new_number()
    phone.say(number, "hello")
    options_before = phone.say(number, "how do i report him")
    assert "101" in options_before
    sms_stack.stop_service("rasa")
    sms_stack.start_rasa()
    reply = phone.say(number, "how do i keep a record of what he does")
    assert "date and time" in reply
    assert NOTICE not in reply, "a forgotten conversation would get the first-reply notice"


def test_a_message_in_hand_when_rasa_stops_is_still_answered(
    sms_stack: Stack, phone: Phone
) -> None:
    number = new_number()
    phone.say(number, "hello")
    phone.text(number, "how do i report him")  # acknowledged; the turn runs in the background
    sms_stack.stop_service("rasa")  # SIGTERM straight away: the channel drains first
    try:
        assert "101" in phone.replies(number, 2)[1]
    finally:
        sms_stack.start_rasa()


# -- privacy --------------------------------------------------------------------


def test_the_number_is_never_stored_or_logged_in_clear(
    sms_stack: Stack, phone: Phone, twilio: FakeTwilio
) -> None:
    number = new_number()
    phone.say(number, "hello")
    phone.say(number, "he follows me home from Quarry Lane")
    phone.post(phone.params(number, "forged", sid=new_sid()), signature="Zm9yZ2Vk")
    forms = {number, number[1:], "0" + number[3:], number[3:]}  # +44..., 44..., 07..., 7...

    keys = _all_keys(sms_stack)
    assert any(b":tracker:sms_" in k for _, k in keys), "the conversation is stored"
    for conn, key in keys:
        assert not any(f.encode() in key for f in forms), key
        if conn.type(key) == b"string":
            value = conn.get(key) or b""
            assert not any(f.encode() in value for f in forms), key

    logs = "".join(p.read_text(errors="replace") for p in sorted(sms_stack.log_dir.glob("*.log")))
    assert "sms.rejected" in logs, "the logs were really captured"
    assert not any(f in logs for f in forms)
    assert "Quarry" not in logs


def _conversation_of(stack: Stack, number: str) -> str:
    from bot.channels.sms.identity import conversation_id

    return conversation_id(number, stack.env["SMS_ID_SECRET"])


def test_the_tracker_key_is_the_keyed_hash_and_the_number_is_stored_nowhere(
    sms_stack: Stack, phone: Phone
) -> None:
    number = new_number()
    phone.say(number, "hello")
    conn, prefix = _redis(sms_stack), sms_stack.env["REDIS_KEY_PREFIX"]
    conv = _conversation_of(sms_stack, number)
    assert conn.exists(f"{prefix}:tracker:{conv}")
    assert not conn.exists(f"{prefix}:sms:number:{conv}"), "no feature reads it yet"
    for key in conn.scan_iter(f"{prefix}:*"):
        # Read by type, not DUMP: DUMP compresses strings (tests/redis_values.py).
        assert number[3:].encode() not in stored(conn, key)


def test_delete_my_data_removes_the_tracker_and_every_sms_record(
    sms_stack: Stack, phone: Phone
) -> None:
    number = new_number()
    conn, prefix = _redis(sms_stack), sms_stack.env["REDIS_KEY_PREFIX"]
    conv = _conversation_of(sms_stack, number)
    phone.say(number, "hello")
    assert "Reply YES" in phone.say(number, "please delete my data")
    assert conn.exists(f"{prefix}:tracker:{conv}"), "nothing is deleted before a clear yes"

    assert "deleted" in phone.say(number, "YES")
    assert not conn.exists(f"{prefix}:tracker:{conv}")
    assert not list(conn.scan_iter(f"{prefix}:sms:*{conv}"))
    # The conversation starts again from the beginning.
    assert NOTICE in phone.say(number, "how do i report him")


def test_delete_my_data_inside_the_court_order_questions_by_text(phone: Phone) -> None:
    # Finding 2 of the hardening issue, on SMS: "yes" was taken as an answer.
    number = new_number()
    phone.say(number, "can i get a restraining order")
    assert "Who is doing this?" in phone.say(number, "yes")
    asked = phone.say(number, "please delete my data")
    assert "Reply YES to delete it" in asked
    assert "deleted" in phone.say(number, "YES")


def test_stop_then_start_leaves_no_question_waiting(phone: Phone) -> None:
    # Finding 2: after STOP then START the court-order questions were still open.
    number = new_number()
    phone.say(number, "can i get a restraining order")
    assert "Who is doing this?" in phone.say(number, "yes")
    phone.text(number, "STOP")
    phone.say(number, "START")
    assert "Who is doing this?" not in phone.say(number, "my ex")


def test_a_long_text_that_starts_with_self_harm_gets_samaritans(phone: Phone) -> None:
    number = new_number()
    reply = phone.say(number, "i want to end my life. " + "nothing helps any more. " * 80)
    assert "116 123" in reply and "too long" in reply
