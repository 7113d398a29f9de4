"""TwilioLocal: the Messages API subset the SMS channel uses, a test phone, one record.

Routes (one aiohttp app, on 127.0.0.1):

* ``POST /2010-04-01/Accounts/{AccountSid}/Messages.json``: Twilio's "create a
  Message", as the channel calls it: HTTP basic auth (account SID, auth token),
  form fields To, Body, and From or MessagingServiceSid. 201 with a message
  resource; 401 (error 20003) for bad credentials; 400 with Twilio's error code
  for a missing or bad field. Every call is recorded (:attr:`TwilioLocal.calls`).
* ``GET /``: the test phone page (``static/``): pick a drama-range number, text
  the service, read its replies, an advocate's included.
* ``GET /api/texts?number=...``: one phone's conversation as JSON, both ways.
* ``POST /api/texts`` ``{"from": "07700 900123", "body": "..."}``: the phone
  texts the service: the webhook gets the form Twilio would post, signed with
  the auth token for the webhook's public URL.
* ``GET /health``.

Tests can make the Messages API answer 429 or 5xx (with Retry-After) or drop
the connection for the next N calls (:meth:`TwilioLocal.fail_next`,
:meth:`TwilioLocal.drop_next`), and wait for what was sent
(:meth:`TwilioLocal.wait_for`): the record and the faults are ``_record.py``'s,
Twilio's checks and answers ``_messages_api.py``'s, the phone's side of a text
``_phone.py``'s. Here: the routes, and running them.
"""

from __future__ import annotations

import asyncio
import base64
import secrets
import threading
from pathlib import Path
from urllib.parse import urlsplit

from aiohttp import ClientError, ClientSession, ClientTimeout, web

from devtools.twilio_local._messages_api import (
    MESSAGES_PATH,
    message_resource,
    refusal,
    twilio_error,
)
from devtools.twilio_local._phone import (
    MAX_INBOUND_CHARS,
    PhoneNumberError,
    drama_number,
    inbound_params,
    new_sid,
    signed_request,
    twiml_messages,
)
from devtools.twilio_local._record import Call, Record, Text

STATIC = Path(__file__).parent / "static"
# Twilio waits 15 s for a webhook's answer, then gives up (error 11200).
WEBHOOK_TIMEOUT_SECONDS = 15.0
DEFAULT_OUR_NUMBER = "+447700900000"
LOCAL_HOSTNAMES = {"127.0.0.1", "localhost", "::1"}
_PAGE_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
_STATIC_TYPES = {".html": "text/html", ".js": "text/javascript", ".css": "text/css"}


class TwilioLocal(Record):
    """A Twilio-compatible Messages API with a test phone, on 127.0.0.1.

    Args:
        account_sid: The account the Messages API accepts (random when None).
        auth_token: Its auth token: basic-auth password, and the key that signs
            the test phone's webhooks (random when None).
        webhook_url: Where the test phone's texts are posted (the SMS webhook);
            empty: the phone is off.
        public_url: The URL the signature covers, as configured at Twilio
            (``SMS_PUBLIC_URL``); empty: ``webhook_url``.
        our_number: The service's number: the ``To`` of every inbound text.
        messaging_service_sid: Sent with inbound texts when the service uses one.
        max_texts: How many texts the phone keeps, oldest dropped first.
    """

    def __init__(
        self,
        account_sid: str | None = None,
        auth_token: str | None = None,
        *,
        webhook_url: str = "",
        public_url: str = "",
        our_number: str = DEFAULT_OUR_NUMBER,
        messaging_service_sid: str = "",
        max_texts: int = 10_000,
    ) -> None:
        super().__init__(max_texts)
        self.account_sid = account_sid or "AC" + secrets.token_hex(16)
        self.auth_token = auth_token or secrets.token_hex(16)
        self.webhook_url = webhook_url
        self.public_url = public_url or webhook_url
        self.our_number = our_number
        self.messaging_service_sid = messaging_service_sid
        self._runner: web.AppRunner | None = None
        self._session: ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

    # -- the Messages API ----------------------------------------------------------

    def _authorised(self, request: web.Request) -> bool:
        expected = base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        return secrets.compare_digest(request.headers.get("Authorization", ""), f"Basic {expected}")

    async def _create_message(self, request: web.Request) -> web.StreamResponse:
        form = {k: str(v) for k, v in (await request.post()).items()}
        account = request.match_info["account"]
        authorised = self._authorised(request) and account == self.account_sid
        fault = self._next_fault() if authorised else None
        invalid = refusal(form) if authorised and fault is None else None
        if not authorised:
            status = 401
        elif fault is not None:
            status = fault.status or 0
        elif invalid is not None:
            status = 400
        else:
            status = 201
        sid = new_sid("SM")
        self._record_call(Call(account, form, authorised, status), sid)

        if status == 0:  # drop the connection: the client sees no answer at all
            assert request.transport is not None
            request.transport.close()
            raise asyncio.CancelledError
        if status == 401:
            return twilio_error(20003, 401)
        if status == 400:
            assert invalid is not None
            return twilio_error(invalid, 400)
        if status == 201:
            return web.json_response(message_resource(self.account_sid, sid, form), status=201)
        assert fault is not None
        headers = {"Retry-After": fault.retry_after} if fault.retry_after else None
        code = fault.code or (20429 if status == 429 else 20500 if status >= 500 else status)
        return twilio_error(code, status, headers=headers)

    # -- the test phone --------------------------------------------------------------

    async def text_service(self, phone: str, body: str) -> Text:
        """Texts the service from `phone`, as Twilio delivers an inbound SMS.

        The webhook gets Twilio's form fields and a MessageSid, signed with the
        auth token for the public URL. An empty TwiML answer is what the SMS
        channel gives; a ``<Message>`` in the answer is sent back, as Twilio would.

        Raises:
            PhoneNumberError: `phone` is not a drama-range number.
            ValueError: `body` is empty or over 1,600 characters.
        """
        number = drama_number(phone)
        if not body.strip() or len(body) > MAX_INBOUND_CHARS:
            raise ValueError(f"a text has 1 to {MAX_INBOUND_CHARS} characters")
        params = inbound_params(
            self.account_sid, number, self.our_number, body, self.messaging_service_sid
        )
        text = self._record_text(number, "in", body, params["MessageSid"], "sending")
        text.status = await self._deliver(number, params)
        self._notify()
        return text

    async def _deliver(self, number: str, params: dict[str, str]) -> str:
        if not self.webhook_url:
            return "not delivered: no webhook is set"
        if self._session is None:
            self._session = ClientSession(timeout=ClientTimeout(total=WEBHOOK_TIMEOUT_SECONDS))
        data, headers = signed_request(self.auth_token, self.public_url, params)
        try:
            async with self._session.post(self.webhook_url, data=data, headers=headers) as answer:
                reply = await answer.text()
                status = answer.status
        except asyncio.TimeoutError:
            return f"not delivered: the webhook did not answer in {WEBHOOK_TIMEOUT_SECONDS:g} s"
        except ClientError:
            return "not delivered: the webhook is not reachable (is Rasa up?)"
        if status != 200:
            hint = " (SMS settings missing: see logs/rasa.log)" if status == 503 else ""
            return f"not delivered: the webhook answered {status}{hint}"
        for message in twiml_messages(reply):
            self._record_text(number, "out", message, new_sid("SM"), "sent (TwiML)")
        return "delivered"

    @staticmethod
    def _local(request: web.Request) -> bool:
        # Only pages this machine opened by a loopback name (no DNS rebinding).
        try:
            hostname = urlsplit("//" + request.host).hostname or ""
        except ValueError:
            return False
        return hostname in LOCAL_HOSTNAMES

    async def _page(self, request: web.Request) -> web.StreamResponse:
        if not self._local(request):
            raise web.HTTPMisdirectedRequest()
        name = request.match_info.get("name") or "index.html"
        path = STATIC / name
        if path.suffix not in _STATIC_TYPES or not path.is_file():
            raise web.HTTPNotFound()
        return web.Response(
            body=path.read_bytes(),
            content_type=_STATIC_TYPES[path.suffix],
            charset="utf-8",
            headers=_PAGE_HEADERS,
        )

    async def _read_texts(self, request: web.Request) -> web.StreamResponse:
        if not self._local(request):
            raise web.HTTPMisdirectedRequest()
        try:
            number = drama_number(request.query.get("number", ""))
        except PhoneNumberError as exc:
            return web.json_response({"error": str(exc)}, status=400)
        return web.json_response(
            {
                "number": number,
                "service_number": self.our_number,
                "webhook": self.webhook_url,
                "texts": [t.as_json() for t in self.conversation(number)],
            },
            headers={"Cache-Control": "no-store"},
        )

    async def _send_text(self, request: web.Request) -> web.StreamResponse:
        # JSON only: another site's page cannot send one without a CORS preflight,
        # which this server never answers.
        if not self._local(request):
            raise web.HTTPMisdirectedRequest()
        if request.content_type != "application/json":
            return web.json_response({"error": "send JSON"}, status=415)
        try:
            payload = await request.json()
            phone, body = str(payload["from"]), str(payload["body"])
        except (ValueError, KeyError, TypeError):
            return web.json_response({"error": 'send {"from": ..., "body": ...}'}, status=400)
        try:
            text = await self.text_service(phone, body)
        except ValueError as exc:  # PhoneNumberError included
            return web.json_response({"error": str(exc)}, status=400)
        return web.json_response({"text": text.as_json()}, status=201)

    @staticmethod
    async def _no_icon(_request: web.Request) -> web.StreamResponse:
        return web.Response(status=204)

    @staticmethod
    async def _health(_request: web.Request) -> web.StreamResponse:
        return web.json_response({"status": "ok"})

    def app(self) -> web.Application:
        """The aiohttp application (routes in the module docstring)."""
        app = web.Application(client_max_size=64 * 1024)
        app.router.add_post(MESSAGES_PATH, self._create_message)
        app.router.add_get("/", self._page)
        app.router.add_get("/{name:[a-z]+\\.(?:js|css)}", self._page)
        app.router.add_get("/api/texts", self._read_texts)
        app.router.add_post("/api/texts", self._send_text)
        app.router.add_get("/health", self._health)
        app.router.add_get("/favicon.ico", self._no_icon)
        return app

    # -- running -------------------------------------------------------------------

    async def start(self, port: int = 0, host: str = "127.0.0.1") -> str:
        """Serves in the running event loop; returns the base URL."""
        self._runner = web.AppRunner(self.app(), access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        bound_host, bound = self._runner.addresses[0][:2]
        self.url = f"http://{bound_host}:{bound}"
        return self.url

    async def stop(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def start_in_thread(self, port: int = 0) -> str:
        """Serves from a thread with its own event loop; returns the base URL."""
        ready = threading.Event()

        def serve() -> None:
            self._loop = asyncio.new_event_loop()
            self._loop.run_until_complete(self.start(port))
            ready.set()
            self._loop.run_forever()
            self._loop.run_until_complete(self.stop())
            self._loop.close()

        self._thread = threading.Thread(target=serve, name="twilio-local", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("the local Twilio server did not start")
        return self.url

    def stop_thread(self) -> None:
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)
            self._thread = None
