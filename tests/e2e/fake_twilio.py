"""A local stand-in for Twilio's Messages API, for tests and the SMS benchmark.

It serves ``POST /2010-04-01/Accounts/{AccountSid}/Messages.json`` like Twilio:
form fields To, Body, From or MessagingServiceSid, HTTP basic auth with the
account SID and auth token (401 with Twilio's error 20003 otherwise), and 201
with a JSON message resource. Every call is recorded. It can be told to answer
429 or 5xx (with an optional Retry-After) or to drop the connection for the
next N calls, to test retries.

Run it in the current event loop (``await fake.start()``) or in a thread of its
own (``fake.start_in_thread()``) for synchronous tests that talk to a server
in another process.
"""

from __future__ import annotations

import asyncio
import base64
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from aiohttp import web


@dataclass
class Call:
    """One request to the Messages API."""

    account_sid: str
    form: dict[str, str]
    authorised: bool
    status: int
    at: float = field(default_factory=time.monotonic)


@dataclass
class _Fault:
    status: int | None  # None: drop the connection without an answer
    retry_after: str | None = None


class FakeTwilio:
    def __init__(self, account_sid: str | None = None, auth_token: str | None = None) -> None:
        self.account_sid = account_sid or "AC" + secrets.token_hex(16)
        self.auth_token = auth_token or secrets.token_hex(16)
        self.calls: list[Call] = []
        self.listeners: list[Callable[[Call], None]] = []
        self._faults: list[_Fault] = []
        self._cond = threading.Condition()
        self._runner: web.AppRunner | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self.url = ""

    # -- control ----------------------------------------------------------------

    def fail_next(self, times: int, status: int = 500, retry_after: str | None = None) -> None:
        """Answers the next `times` calls with `status` (and Retry-After, if given)."""
        with self._cond:
            self._faults += [_Fault(status, retry_after) for _ in range(times)]

    def drop_next(self, times: int) -> None:
        """Closes the connection without an answer on the next `times` calls."""
        with self._cond:
            self._faults += [_Fault(None) for _ in range(times)]

    def reset(self) -> None:
        with self._cond:
            self.calls.clear()
            self._faults.clear()

    # -- what was sent ------------------------------------------------------------

    def sent(self, to: str | None = None) -> list[Call]:
        """Accepted messages (201), optionally only those to one number, in order."""
        with self._cond:
            return [
                c for c in self.calls if c.status == 201 and (to is None or c.form.get("To") == to)
            ]

    def bodies(self, to: str) -> list[str]:
        return [c.form.get("Body", "") for c in self.sent(to)]

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
        deadline = time.monotonic() + timeout
        while len(self.bodies(to)) < count and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        return self.bodies(to)

    # -- the API ------------------------------------------------------------------

    def _authorised(self, request: web.Request) -> bool:
        expected = base64.b64encode(f"{self.account_sid}:{self.auth_token}".encode()).decode()
        return secrets.compare_digest(request.headers.get("Authorization", ""), f"Basic {expected}")

    async def _messages(self, request: web.Request) -> web.StreamResponse:
        form = {k: str(v) for k, v in (await request.post()).items()}
        account = request.match_info["account"]
        authorised = self._authorised(request) and account == self.account_sid
        with self._cond:
            fault = self._faults.pop(0) if authorised and self._faults else None
        if not authorised:
            status = 401
        elif fault is not None:
            status = fault.status or 0
        elif not form.get("To") or not form.get("Body"):
            status = 400
        elif not (form.get("From") or form.get("MessagingServiceSid")):
            status = 400
        else:
            status = 201
        call = Call(account, form, authorised, status)
        with self._cond:
            self.calls.append(call)
            self._cond.notify_all()
        for listener in self.listeners:
            listener(call)

        if status == 0:  # drop the connection: the client sees no answer at all
            assert request.transport is not None
            request.transport.close()
            raise asyncio.CancelledError
        if status == 401:
            return web.json_response({"code": 20003, "message": "Authenticate"}, status=401)
        if status == 201:
            sid = "SM" + secrets.token_hex(16)
            return web.json_response(
                {"sid": sid, "status": "queued", "to": form["To"], "body": form["Body"]},
                status=201,
            )
        headers = {"Retry-After": fault.retry_after} if fault and fault.retry_after else {}
        return web.json_response(
            {"code": status, "message": "fault"}, status=status, headers=headers
        )

    def _app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/2010-04-01/Accounts/{account}/Messages.json", self._messages)
        return app

    # -- running ------------------------------------------------------------------

    async def start(self, port: int = 0) -> str:
        """Serves in the running event loop on 127.0.0.1; returns the base URL."""
        self._runner = web.AppRunner(self._app(), access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", port)
        await site.start()
        host, bound = self._runner.addresses[0][:2]
        self.url = f"http://{host}:{bound}"
        return self.url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def start_in_thread(self) -> str:
        """Serves from a thread with its own event loop; returns the base URL."""
        ready = threading.Event()

        def serve() -> None:
            self._loop = asyncio.new_event_loop()
            self._loop.run_until_complete(self.start())
            ready.set()
            self._loop.run_forever()
            self._loop.run_until_complete(self.stop())
            self._loop.close()

        self._thread = threading.Thread(target=serve, name="fake-twilio", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("the fake Twilio server did not start")
        return self.url

    def stop_thread(self) -> None:
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)
            self._thread = None
