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
(:meth:`TwilioLocal.wait_for`).
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import re
import secrets
import threading
import time
import xml.etree.ElementTree as ElementTree
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from aiohttp import ClientError, ClientSession, ClientTimeout, web

from bot.channels.sms.segments import count_segments
from devtools.twilio_local._phone import (
    MAX_INBOUND_CHARS,
    PhoneNumberError,
    drama_number,
    inbound_params,
    new_sid,
    signed_request,
)

STATIC = Path(__file__).parent / "static"
MESSAGES_PATH = "/2010-04-01/Accounts/{account}/Messages.json"
# Twilio refuses an outbound body over 1,600 characters (error 21617).
MAX_OUTBOUND_CHARS = 1600
# Twilio waits 15 s for a webhook's answer, then gives up (error 11200).
WEBHOOK_TIMEOUT_SECONDS = 15.0
DEFAULT_OUR_NUMBER = "+447700900000"
LOCAL_HOSTNAMES = {"127.0.0.1", "localhost", "::1"}
_E164 = re.compile(r"^\+[1-9]\d{6,14}$")
# Twilio's error codes and messages (twilio.com/docs/api/errors).
_ERRORS = {
    20003: "Authenticate",
    20429: "Too Many Requests",
    20500: "An internal server error has occurred",
    21211: "The 'To' number is not a valid phone number.",
    21602: "Message body is required.",
    21603: "A 'From' or 'MessagingServiceSid' parameter is required to send a message.",
    21604: "A 'To' phone number is required.",
    21617: "The concatenated message body exceeds the 1600 character limit.",
}
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


@dataclass
class Call:
    """One request to the Messages API."""

    account_sid: str
    form: dict[str, str]
    authorised: bool
    status: int
    at: float = field(default_factory=time.monotonic)


@dataclass
class Text:
    """One text in a test phone's conversation, either way."""

    id: int
    number: str  # the phone's number, E.164
    direction: str  # "in": the phone texted the service; "out": the service texted the phone
    body: str
    sid: str
    status: str  # out: "sent"; in: "delivered", or what went wrong on the way
    at: float = field(default_factory=time.time)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "number": self.number,
            "direction": self.direction,
            "body": self.body,
            "sid": self.sid,
            "status": self.status,
            "segments": count_segments(self.body) if self.body else 1,
            "at": formatdate(self.at, usegmt=True),
        }


@dataclass
class _Fault:
    status: int | None  # None: drop the connection without an answer
    retry_after: str | None = None
    code: int | None = None


def _twilio_error(
    code: int, status: int, message: str | None = None, headers: dict[str, str] | None = None
) -> web.Response:
    body = {
        "code": code,
        "message": message or _ERRORS.get(code, "Error"),
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
    }
    return web.json_response(body, status=status, headers=headers)


class TwilioLocal:
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
        self.account_sid = account_sid or "AC" + secrets.token_hex(16)
        self.auth_token = auth_token or secrets.token_hex(16)
        self.webhook_url = webhook_url
        self.public_url = public_url or webhook_url
        self.our_number = our_number
        self.messaging_service_sid = messaging_service_sid
        self.calls: list[Call] = []
        self.texts: deque[Text] = deque(maxlen=max_texts)
        self.listeners: list[Callable[[Call], None]] = []
        self._ids = itertools.count(1)
        self._faults: list[_Fault] = []
        self._cond = threading.Condition()
        self._runner: web.AppRunner | None = None
        self._session: ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

    # -- control (tests) ---------------------------------------------------------

    def fail_next(
        self, times: int, status: int = 500, retry_after: str | None = None, code: int | None = None
    ) -> None:
        """Answers the next `times` Messages API calls with `status` (and Retry-After, if given)."""
        with self._cond:
            self._faults += [_Fault(status, retry_after, code) for _ in range(times)]

    def drop_next(self, times: int) -> None:
        """Closes the connection without an answer on the next `times` calls."""
        with self._cond:
            self._faults += [_Fault(None) for _ in range(times)]

    def reset(self) -> None:
        """Forgets every call, text and pending fault."""
        with self._cond:
            self.calls.clear()
            self.texts.clear()
            self._faults.clear()

    # -- what was sent -------------------------------------------------------------

    def sent(self, to: str | None = None) -> list[Call]:
        """Accepted messages (201), optionally only those to one number, in order."""
        with self._cond:
            return [
                c for c in self.calls if c.status == 201 and (to is None or c.form.get("To") == to)
            ]

    def bodies(self, to: str) -> list[str]:
        return [c.form.get("Body", "") for c in self.sent(to)]

    def conversation(self, number: str) -> list[Text]:
        """One phone's texts, both ways, oldest first."""
        with self._cond:
            return [t for t in self.texts if t.number == number]

    def wait_for(self, to: str, count: int, timeout: float = 30.0) -> list[str]:
        """Blocks until `count` messages to `to` were accepted (or timeout); returns the bodies."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while len(self.bodies(to)) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self._cond.wait(left)
            return self.bodies(to)

    async def wait_for_async(self, to: str, count: int, timeout: float = 30.0) -> list[str]:
        """As :meth:`wait_for`, without blocking the event loop."""
        deadline = time.monotonic() + timeout
        while len(self.bodies(to)) < count and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        return self.bodies(to)

    def _record_text(self, number: str, direction: str, body: str, sid: str, status: str) -> Text:
        with self._cond:
            text = Text(next(self._ids), number, direction, body, sid, status)
            self.texts.append(text)
            return text

    # -- the Messages API ----------------------------------------------------------

    def _authorised(self, request: web.Request) -> bool:
        expected = base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        return secrets.compare_digest(request.headers.get("Authorization", ""), f"Basic {expected}")

    @staticmethod
    def _invalid(form: dict[str, str]) -> int | None:
        """Twilio's error code for a create-Message form it would refuse, in Twilio's order."""
        if not form.get("To"):
            return 21604
        if not (form.get("From") or form.get("MessagingServiceSid")):
            return 21603
        if not form.get("Body") and not form.get("MediaUrl"):
            return 21602
        if len(form.get("Body", "")) > MAX_OUTBOUND_CHARS:
            return 21617
        if not _E164.match(form["To"]):
            return 21211
        return None

    def _resource(self, sid: str, form: dict[str, str]) -> dict[str, Any]:
        now = formatdate(usegmt=True)
        body = form["Body"]
        uri = f"/2010-04-01/Accounts/{self.account_sid}/Messages/{sid}"
        return {
            "account_sid": self.account_sid,
            "api_version": "2010-04-01",
            "body": body,
            "date_created": now,
            "date_sent": None,
            "date_updated": now,
            "direction": "outbound-api",
            "error_code": None,
            "error_message": None,
            "from": form.get("From") or None,
            "messaging_service_sid": form.get("MessagingServiceSid") or None,
            "num_media": "0",
            "num_segments": str(count_segments(body) if body else 1),
            "price": None,
            "price_unit": "GBP",
            "sid": sid,
            # With a Messaging Service Twilio answers "accepted", then picks a sender.
            "status": "accepted" if form.get("MessagingServiceSid") else "queued",
            "subresource_uris": {"media": f"{uri}/Media.json"},
            "to": form["To"],
            "uri": f"{uri}.json",
        }

    async def _create_message(self, request: web.Request) -> web.StreamResponse:
        form = {k: str(v) for k, v in (await request.post()).items()}
        account = request.match_info["account"]
        authorised = self._authorised(request) and account == self.account_sid
        with self._cond:
            fault = self._faults.pop(0) if authorised and self._faults else None
        invalid = self._invalid(form) if authorised and fault is None else None
        if not authorised:
            status = 401
        elif fault is not None:
            status = fault.status or 0
        elif invalid is not None:
            status = 400
        else:
            status = 201
        call = Call(account, form, authorised, status)
        sid = new_sid("SM")
        with self._cond:
            self.calls.append(call)
            if status == 201:
                self.texts.append(
                    Text(next(self._ids), form["To"], "out", form["Body"], sid, "sent")
                )
            self._cond.notify_all()
        for listener in self.listeners:
            listener(call)

        if status == 0:  # drop the connection: the client sees no answer at all
            assert request.transport is not None
            request.transport.close()
            raise asyncio.CancelledError
        if status == 401:
            return _twilio_error(20003, 401)
        if status == 400:
            assert invalid is not None
            return _twilio_error(invalid, 400)
        if status == 201:
            return web.json_response(self._resource(sid, form), status=201)
        assert fault is not None
        headers = {"Retry-After": fault.retry_after} if fault.retry_after else None
        code = fault.code or (20429 if status == 429 else 20500 if status >= 500 else status)
        return _twilio_error(code, status, headers=headers)

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
        with self._cond:
            self._cond.notify_all()
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
        for message in _twiml_messages(reply):
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


def _twiml_messages(reply: str) -> list[str]:
    """The bodies of any ``<Message>`` verbs in a webhook's TwiML answer."""
    if "<Message" not in reply or len(reply) > 64 * 1024:
        return []
    try:
        root = ElementTree.fromstring(reply)
    except ElementTree.ParseError:
        return []
    bodies = []
    for message in root.iter("Message"):
        body = message.find("Body")
        text = (body.text if body is not None else message.text) or ""
        if text.strip():
            bodies.append(text.strip())
    return bodies
