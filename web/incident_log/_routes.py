"""The incident log API: open with the code, then list, add, amend, delete, export.

* ``POST /api/incident-log/open`` with the code returns a token that lasts
  ``INCIDENT_LOG_SESSION_SECONDS``. Wrong codes count against the caller's
  address (an IPv6 address by its /64) and against everyone's total (the
  vault's guess limits, :mod:`incident_log.guesses`: 429 with Retry-After past
  either, so new addresses get no fresh guesses once the total is reached),
  and each try costs one memory-hard derivation, run in a worker thread.
* Every other call sends ``Authorization: Bearer <token>``. The token is the
  log's access sealed under ``INCIDENT_LOG_SECRET`` (:mod:`incident_log.sealed`),
  so nothing is stored for it; it stops working when it expires or the log is
  deleted.
* Checks run in this order, so a client always learns the first thing wrong:
  the request (400), the service (404 when no INCIDENT_LOG_SECRET is set:
  the log is not offered here), the token (401), the log or entry (404).
* Answers are never cached (``Cache-Control: no-store``); nothing of an entry
  or a code is logged.

The log is created in the conversation (bot/turn/incident_log_mode.py), not here.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import logging
import re
from pathlib import Path
from typing import Any

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from common.errors import FieldError, error_body
from common.settings import Settings
from incident_log.export import to_csv, to_pdf
from incident_log.extract import LONDON, when_of
from incident_log.model import Entry, Reported
from incident_log.store import vault_from_settings
from incident_log.vault import Log, LogAccess, TooManyGuesses, Vault
from web.incident_log._models import AmendmentIn, EntryIn, OpenRequest, entry_json, parse

logger = logging.getLogger(__name__)

PAGE_DIR = Path(__file__).parent / "page"
_ENTRY_ID = re.compile(r"^[0-9a-f]{32}$")
NO_STORE = {"Cache-Control": "no-store"}
# The page's own files only; no inline script, no other host.
PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'"
)


class _Service:
    """The vault and token sealer, built on first use (no connection at import or start-up)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._vault: Vault | None = None

    @property
    def available(self) -> bool:
        return len(self.settings.incident_log_secret.encode()) >= 32

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            self._vault = vault_from_settings(self.settings)
        return self._vault

    def token(self, log: Log) -> str:
        access = log.access()
        return self.vault.sealer("api token").token(
            {"a": access.to_json()}, self.settings.incident_log_session_seconds
        )

    def log_for(self, token: str) -> Log | None:
        value = self.vault.sealer("api token").read_token(token)
        if value is None or not isinstance(value.get("a"), str):
            return None
        return self.vault.resume(LogAccess.from_json(str(value["a"])))


def _json(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> HTTPResponse:
    return response.json(body, status=status, headers={**NO_STORE, **(headers or {})})


def _error(message: str, status: int, headers: dict[str, str] | None = None) -> HTTPResponse:
    return _json({"error": message}, status=status, headers=headers)


def _bad(err: FieldError) -> HTTPResponse:
    return _json(error_body(err), status=400)


def _body(request: Request) -> Any:
    if not request.body:
        raise FieldError("body", "the body must be a JSON object")
    try:
        return request.json
    except Exception as exc:  # noqa: BLE001 - sanic raises InvalidUsage for unparsable JSON
        raise FieldError("body", "the body must be a JSON object") from exc


def _entry_id(value: str) -> str:
    if not _ENTRY_ID.match(value):
        raise FieldError("entry_id", "entry_id: not an entry id")
    return value


def _bearer(request: Request) -> str:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def _address(request: Request) -> str:
    """Who is asking, for the guess limit: the address, or an IPv6 address's /64.

    One subscriber holds at least a whole IPv6 /64 (the usual subnet, RFC 7421;
    end sites are often given a /56 or a /48, RFC 6177), so counting single IPv6
    addresses would give one person 2**64 fresh counts. A larger holder still
    gets several: the total for everyone (incident_log.guesses) bounds them.
    """
    # remote_addr is set only when the deployer configures Sanic's proxy settings.
    raw = request.remote_addr or request.ip or "unknown"
    try:
        address = ipaddress.ip_address(raw)
    except ValueError:
        return "web:" + raw
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:  # ::ffff:192.0.2.1 is 192.0.2.1
            return f"web:{address.ipv4_mapped}"
        return f"web:{ipaddress.ip_network(f'{address}/64', strict=False)}"
    return f"web:{address}"


UNAVAILABLE = "the incident log is not offered on this service"
NO_TOKEN = "open the log with its code first (Authorization: Bearer <token>)"
GONE = "there is no such log: it was deleted, or the token has expired"


def incident_log_blueprint(settings: Settings) -> Blueprint:
    """The API's routes under ``/api/incident-log`` and the download page at ``/log``."""
    bp = Blueprint("incident_log_api")
    service = _Service(settings)

    async def authorised(request: Request) -> Log | HTTPResponse:
        if not service.available:
            return _error(UNAVAILABLE, 404)
        token = _bearer(request)
        if not token:
            return _error(NO_TOKEN, 401, {"WWW-Authenticate": "Bearer"})
        log = await asyncio.to_thread(service.log_for, token)
        if log is None:
            return _error(GONE, 401, {"WWW-Authenticate": "Bearer"})
        return log

    @bp.post("/api/incident-log/open")
    async def open_log(request: Request) -> HTTPResponse:
        try:
            body = parse(OpenRequest, _body(request))
        except FieldError as err:
            return _bad(err)
        if not service.available:
            return _error(UNAVAILABLE, 404)
        try:
            log = await asyncio.to_thread(service.vault.open, body.code, _address(request))
        except TooManyGuesses as limit:
            wait = str(limit.retry_after)
            return _error("too many tries: please wait and try again", 429, {"Retry-After": wait})
        if log is None:
            return _error("no log opens with that code", 404)
        count = len(await asyncio.to_thread(log.entries))
        return _json(
            {
                "token": service.token(log),
                "expires_in": settings.incident_log_session_seconds,
                "entries": count,
                "kept_days": settings.incident_log_retention_days,
            }
        )

    @bp.get("/api/incident-log/entries")
    async def list_entries(request: Request) -> HTTPResponse:
        log = await authorised(request)
        if isinstance(log, HTTPResponse):
            return log
        entries = await asyncio.to_thread(log.entries)
        return _json({"entries": [entry_json(e) for e in entries]})

    @bp.post("/api/incident-log/entries")
    async def add_entry(request: Request) -> HTTPResponse:
        try:
            body = parse(EntryIn, _body(request))
        except FieldError as err:
            return _bad(err)
        log = await authorised(request)
        if isinstance(log, HTTPResponse):
            return log
        now = dt.datetime.now(LONDON)
        occurred, approximate = body.occurred_at, body.occurred_approximate
        if occurred is None and body.occurred_phrase:
            when = when_of(body.occurred_phrase, now)
            if when is not None:
                occurred, approximate = when.at, approximate or when.approximate
        entry = Entry(
            recorded_at=now,
            occurred_at=occurred,
            occurred_phrase=body.occurred_phrase,
            occurred_approximate=approximate,
            where=body.where,
            what=body.what,
            description=body.description,
            witnesses=body.witnesses,
            evidence=body.evidence,
            reported=Reported(**body.reported.dict()),
            impact=body.impact,
        )
        await asyncio.to_thread(log.save, entry)
        return _json({"entry": entry_json(entry)}, status=201)

    @bp.post("/api/incident-log/entries/<entry_id>/amendments")
    async def amend_entry(request: Request, entry_id: str) -> HTTPResponse:
        try:
            _entry_id(entry_id)
            body = parse(AmendmentIn, _body(request))
        except FieldError as err:
            return _bad(err)
        log = await authorised(request)
        if isinstance(log, HTTPResponse):
            return log
        entry = await asyncio.to_thread(log.get, entry_id)
        if entry is None:
            return _error("there is no entry with that id in this log", 404)
        now = max(dt.datetime.now(LONDON), entry.recorded_at)
        amended = entry.amend(body.field, body.text, now)
        await asyncio.to_thread(log.save, amended)
        return _json({"entry": entry_json(amended)}, status=201)

    @bp.delete("/api/incident-log/entries/<entry_id>")
    async def delete_entry(request: Request, entry_id: str) -> HTTPResponse:
        try:
            _entry_id(entry_id)
        except FieldError as err:
            return _bad(err)
        log = await authorised(request)
        if isinstance(log, HTTPResponse):
            return log
        if not await asyncio.to_thread(log.delete_entry, entry_id):
            return _error("there is no entry with that id in this log", 404)
        return response.empty(status=204, headers=NO_STORE)

    @bp.delete("/api/incident-log")
    async def delete_log(request: Request) -> HTTPResponse:
        log = await authorised(request)
        if isinstance(log, HTTPResponse):
            return log
        await asyncio.to_thread(log.delete)
        return response.empty(status=204, headers=NO_STORE)

    @bp.get("/api/incident-log/export.pdf")
    async def export_pdf(request: Request) -> HTTPResponse:
        log = await authorised(request)
        if isinstance(log, HTTPResponse):
            return log
        entries = await asyncio.to_thread(log.entries)
        pdf = await asyncio.to_thread(to_pdf, entries, dt.datetime.now(LONDON))
        return response.raw(
            pdf,
            content_type="application/pdf",
            headers={**NO_STORE, "Content-Disposition": 'attachment; filename="incident-log.pdf"'},
        )

    @bp.get("/api/incident-log/export.csv")
    async def export_csv(request: Request) -> HTTPResponse:
        log = await authorised(request)
        if isinstance(log, HTTPResponse):
            return log
        entries = await asyncio.to_thread(log.entries)
        return response.raw(
            to_csv(entries).encode("utf-8"),
            content_type="text/csv; charset=utf-8",
            headers={**NO_STORE, "Content-Disposition": 'attachment; filename="incident-log.csv"'},
        )

    @bp.get("/log")
    async def page(request: Request) -> HTTPResponse:
        html = (PAGE_DIR / "index.html").read_text(encoding="utf-8")
        return response.html(html, headers={**NO_STORE, "Content-Security-Policy": PAGE_CSP})

    @bp.get("/log/log.js")
    async def page_script(request: Request) -> HTTPResponse:
        script = (PAGE_DIR / "log.js").read_text(encoding="utf-8")
        return response.raw(
            script.encode(),
            content_type="text/javascript; charset=utf-8",
            headers={**NO_STORE, "Content-Security-Policy": PAGE_CSP},
        )

    return bp
