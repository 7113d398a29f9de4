"""The local Twilio: its Messages API answers as Twilio does, its test phone texts as Twilio does.

Each test starts the server in the test's event loop on a free port; the
"webhook" is a small aiohttp app that checks X-Twilio-Signature with twilio's
own RequestValidator, as the SMS channel does.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import httpx
import pytest
from aiohttp import web
from twilio.request_validator import RequestValidator

from common.settings import load_settings
from devtools.twilio_local import TwilioLocal, drama_number
from devtools.twilio_local.__main__ import from_settings

PUBLIC_URL = "https://sms.example.org/webhooks/sms/webhook"
OUR_NUMBER = "+447700900000"
PHONE = "+447700900123"
EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'


@dataclass
class Webhook:
    """Stands in for the SMS webhook: checks the signature, keeps every form."""

    auth_token: str
    status: int = 200
    answer: str = EMPTY_TWIML
    forms: list[dict[str, str]] = field(default_factory=list)
    valid: list[bool] = field(default_factory=list)
    url: str = ""

    async def handle(self, request: web.Request) -> web.Response:
        form = {k: str(v) for k, v in (await request.post()).items()}
        signature = request.headers.get("X-Twilio-Signature", "")
        self.valid.append(RequestValidator(self.auth_token).validate(PUBLIC_URL, form, signature))
        self.forms.append(form)
        return web.Response(text=self.answer, status=self.status, content_type="text/xml")


@pytest.fixture
async def twilio() -> AsyncIterator[TwilioLocal]:
    server = TwilioLocal(our_number=OUR_NUMBER, public_url=PUBLIC_URL)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


@pytest.fixture
async def webhook(twilio: TwilioLocal) -> AsyncIterator[Webhook]:
    hook = Webhook(twilio.auth_token)
    app = web.Application()
    app.router.add_post("/webhooks/sms/webhook", hook.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    hook.url = f"http://{host}:{port}/webhooks/sms/webhook"
    twilio.webhook_url = hook.url  # posted here, signed for PUBLIC_URL (as behind a proxy)
    try:
        yield hook
    finally:
        await runner.cleanup()


@pytest.fixture
async def client(twilio: TwilioLocal) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=twilio.url, timeout=30) as http:
        yield http


def messages_url(twilio: TwilioLocal) -> str:
    return f"/2010-04-01/Accounts/{twilio.account_sid}/Messages.json"


async def test_bad_credentials_get_twilios_401_and_nothing_is_sent(
    twilio: TwilioLocal, client: httpx.AsyncClient
) -> None:
    form = {"To": PHONE, "From": OUR_NUMBER, "Body": "hello"}
    for auth in [(twilio.account_sid, "wrong"), ("AC" + "0" * 32, twilio.auth_token), None]:
        answer = await client.post(messages_url(twilio), data=form, auth=auth)
        assert answer.status_code == 401
        assert answer.json()["code"] == 20003
    assert twilio.sent() == [] and twilio.conversation(PHONE) == []


async def test_a_send_is_recorded_and_answered_with_a_message_resource(
    twilio: TwilioLocal, client: httpx.AsyncClient
) -> None:
    auth = (twilio.account_sid, twilio.auth_token)
    form = {"To": PHONE, "From": OUR_NUMBER, "Body": "An advocate is here now."}
    answer = await client.post(messages_url(twilio), data=form, auth=auth)

    assert answer.status_code == 201
    resource = answer.json()
    assert resource["sid"].startswith("SM") and len(resource["sid"]) == 34
    assert (resource["to"], resource["from"], resource["status"]) == (PHONE, OUR_NUMBER, "queued")
    assert twilio.bodies(PHONE) == ["An advocate is here now."]
    # The JSON endpoint the page and the tests read: the phone's side of it.
    texts = (await client.get("/api/texts", params={"number": "07700 900123"})).json()["texts"]
    assert [(t["direction"], t["body"], t["sid"]) for t in texts] == [
        ("out", "An advocate is here now.", resource["sid"])
    ]


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ({"From": OUR_NUMBER, "Body": "hi"}, 21604),
        ({"To": PHONE, "Body": "hi"}, 21603),
        ({"To": PHONE, "From": OUR_NUMBER}, 21602),
        ({"To": PHONE, "From": OUR_NUMBER, "Body": "x" * 1601}, 21617),
        ({"To": "07700900123", "From": OUR_NUMBER, "Body": "hi"}, 21211),
    ],
)
async def test_a_form_twilio_would_refuse_gets_its_400_and_error_code(
    twilio: TwilioLocal, client: httpx.AsyncClient, form: dict[str, str], code: int
) -> None:
    answer = await client.post(
        messages_url(twilio), data=form, auth=(twilio.account_sid, twilio.auth_token)
    )
    assert (answer.status_code, answer.json()["code"]) == (400, code)
    assert twilio.sent() == []


async def test_the_test_phone_posts_a_webhook_signed_as_twilio_signs(
    twilio: TwilioLocal, webhook: Webhook, client: httpx.AsyncClient
) -> None:
    answer = await client.post("/api/texts", json={"from": "07700 900123", "body": "hello"})

    assert answer.status_code == 201, answer.text
    assert answer.json()["text"]["status"] == "delivered"
    assert webhook.valid == [True], "RequestValidator accepts the signature for the public URL"
    (form,) = webhook.forms
    assert (form["From"], form["To"], form["Body"]) == (PHONE, OUR_NUMBER, "hello")
    assert form["MessageSid"].startswith("SM") and form["MessageSid"] == form["SmsSid"]
    assert form["AccountSid"] == twilio.account_sid
    texts = (await client.get("/api/texts", params={"number": PHONE})).json()["texts"]
    assert [(t["direction"], t["body"], t["status"]) for t in texts] == [
        ("in", "hello", "delivered")
    ]


async def test_each_text_has_its_own_message_sid(
    twilio: TwilioLocal, webhook: Webhook, client: httpx.AsyncClient
) -> None:
    for body in ("one", "two"):
        await client.post("/api/texts", json={"from": PHONE, "body": body})
    assert len({form["MessageSid"] for form in webhook.forms}) == 2


async def test_a_webhook_that_refuses_shows_as_not_delivered(
    twilio: TwilioLocal, webhook: Webhook, client: httpx.AsyncClient
) -> None:
    webhook.status = 503
    answer = await client.post("/api/texts", json={"from": PHONE, "body": "hello"})
    status = answer.json()["text"]["status"]
    assert status.startswith("not delivered") and "503" in status


async def test_a_twiml_message_in_the_answer_reaches_the_phone(
    twilio: TwilioLocal, webhook: Webhook, client: httpx.AsyncClient
) -> None:
    webhook.answer = "<Response><Message>Thanks for your text.</Message></Response>"
    await client.post("/api/texts", json={"from": PHONE, "body": "hello"})
    assert [(t.direction, t.body) for t in twilio.conversation(PHONE)] == [
        ("in", "hello"),
        ("out", "Thanks for your text."),
    ]


@pytest.mark.parametrize("number", ["07700 900999", "+44 7700 900000", "447700900042"])
def test_drama_range_numbers_are_accepted_in_any_usual_form(number: str) -> None:
    assert drama_number(number).startswith("+447700900")


@pytest.mark.parametrize(
    "payload",
    [
        {"from": "07700 901000", "body": "hello"},  # just outside Ofcom's drama range
        {"from": "07911 123456", "body": "hello"},  # could be a real person's
        {"from": PHONE, "body": ""},
        {"from": PHONE, "body": "x" * 1601},
        {"from": PHONE},
    ],
)
async def test_the_phone_refuses_numbers_outside_the_drama_range_and_bad_texts(
    twilio: TwilioLocal, webhook: Webhook, client: httpx.AsyncClient, payload: dict
) -> None:
    answer = await client.post("/api/texts", json=payload)
    assert answer.status_code == 400 and answer.json()["error"]
    assert webhook.forms == []


async def test_only_json_is_accepted_so_other_sites_cannot_post_a_text(
    twilio: TwilioLocal, webhook: Webhook, client: httpx.AsyncClient
) -> None:
    answer = await client.post("/api/texts", data={"from": PHONE, "body": "hello"})
    assert answer.status_code == 415 and webhook.forms == []


async def test_the_page_is_served_locally_with_a_strict_policy(client: httpx.AsyncClient) -> None:
    page = await client.get("/")
    assert page.status_code == 200 and "Test phone" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "http" not in page.text.split("<main>")[0].replace('"/phone', ""), "no CDN"
    for asset in ("/phone.js", "/phone.css"):
        assert (await client.get(asset)).status_code == 200
    # A page reached by another host name (DNS rebinding) is refused.
    assert (await client.get("/", headers={"host": "evil.example"})).status_code == 421
    assert (
        await client.get("/api/texts?number=" + PHONE, headers={"host": "evil.example"})
    ).status_code == 421


def test_make_runs_server_texts_rasas_sms_webhook_with_the_projects_settings() -> None:
    settings = load_settings(
        None,
        twilio_account_sid="AC" + "1" * 32,
        twilio_auth_token="secret",
        twilio_from_number="+447700900001",
        rasa_port=5999,
    )
    server = from_settings(settings)
    assert (server.account_sid, server.auth_token) == ("AC" + "1" * 32, "secret")
    assert server.webhook_url == server.public_url == "http://127.0.0.1:5999/webhooks/sms/webhook"
    assert server.our_number == "+447700900001"
