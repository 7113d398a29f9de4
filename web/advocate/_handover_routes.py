"""The queue, one handover, claim, take over, release, reply, end, heartbeat, the shared log."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.sms.identity import NumberVault
from common.errors import FieldError, error_body
from handover import Account, Action, NotAllowed
from handover.queue import Handover, State
from handover.service import ReplyRefused
from web.advocate._http import (
    HANDOVER_ID,
    SECURITY_HEADERS,
    STREAM_ID,
    Api,
    ConsoleRef,
    _body,
    _error,
    _json,
)
from web.advocate._models import EndRequest, ReplyRequest
from web.advocate._sessions import Session
from web.models import parse

logger = logging.getLogger(__name__)

NOT_HOLDER_LOG = "only the advocate who has this chat can see a log shared with it; claim it first"
NOT_SHARED = "they have not shared an incident log with this chat"
LOG_UNREADABLE = "the shared log could not be read just now; try again"
NOT_HOLDER_CONTACT = "only the advocate who has this chat can see its number; claim it first"
NO_CONTACT = "no number is kept for this chat"


def add_handover_routes(bp: Blueprint, console: ConsoleRef, api: Api) -> None:
    """The queue and everything done with one handover, and the log its person shared."""

    async def _held(handover_id: str) -> bool:
        return HANDOVER_ID.match(handover_id) is not None and (
            await console().service.queue.get(handover_id) is not None
        )

    @api("/advocate/api/queue", "GET", changes_state=False)
    async def queue(_: Request, _session: Session, account: Account) -> HTTPResponse:
        return _json({"handovers": await console().service.queue_view(account)})

    @api("/advocate/api/handovers/<handover_id>", "GET", changes_state=False)
    async def handover(
        request: Request, _session: Session, account: Account, handover_id: str
    ) -> HTTPResponse:
        after = request.args.get("after") or None
        if after is not None and (
            len(request.args.getlist("after")) > 1 or not STREAM_ID.match(after)
        ):
            return _json(error_body(FieldError("after", "after must be a line id")), 400)
        found = None
        if HANDOVER_ID.match(handover_id):
            found = await console().service.detail(handover_id, account, after)
        if found is None:
            return _error("no such handover", 404)
        found.update(await _log_status(handover_id, account))
        return _json(found)

    # -- the incident log the person shared (issue 13) ------------------------------
    # Only the advocate who holds the handover learns whether a log was shared:
    # for anyone else the detail says null and the log's routes answer 403 first,
    # so no one learns whether a log exists without the person's consent.

    async def _holding(handover_id: str, account: Account) -> Handover | HTTPResponse:
        handover = None
        if HANDOVER_ID.match(handover_id):
            handover = await console().service.queue.get(handover_id)
        if handover is None:
            return _error("no such handover", 404)
        if handover.state is not State.CLAIMED or handover.advocate != account.username:
            return _error(NOT_HOLDER_LOG, 403)
        return handover

    async def _log_status(handover_id: str, account: Account) -> dict[str, Any]:
        handover = await _holding(handover_id, account)
        if not isinstance(handover, Handover):
            return {"log_shared": None, "log_entries": None}
        try:
            count = await console().shared_logs.count(handover.request.conversation_id)
        except Exception as exc:  # noqa: BLE001 - the chat itself must still open
            logger.warning("advocate.shared_log_failed error=%s", type(exc).__name__)
            return {"log_shared": None, "log_entries": None}
        return {"log_shared": count is not None, "log_entries": count or 0}

    @api("/advocate/api/handovers/<handover_id>/log", "GET", changes_state=False)
    async def shared_log(
        _: Request, _session: Session, account: Account, handover_id: str
    ) -> HTTPResponse:
        handover = await _holding(handover_id, account)
        if not isinstance(handover, Handover):
            return handover
        try:
            entries = await console().shared_logs.entries(handover.request.conversation_id)
        except Exception as exc:  # noqa: BLE001 - answered, and only the error's type logged
            logger.warning("advocate.shared_log_failed error=%s", type(exc).__name__)
            return _error(LOG_UNREADABLE, 503)
        if entries is None:
            return _error(NOT_SHARED, 404)
        await console().audit.record(account.username, Action.VIEW_LOG, handover_id)
        return _json(
            {
                "handover_id": handover_id,
                "count": len(entries),
                "entries": entries,
                "pdf": f"/advocate/api/handovers/{handover_id}/log.pdf",
            }
        )

    @api("/advocate/api/handovers/<handover_id>/log.pdf", "GET", changes_state=False)
    async def shared_log_pdf(
        _: Request, _session: Session, account: Account, handover_id: str
    ) -> HTTPResponse:
        handover = await _holding(handover_id, account)
        if not isinstance(handover, Handover):
            return handover
        try:
            pdf = await console().shared_logs.pdf(handover.request.conversation_id)
        except Exception as exc:  # noqa: BLE001 - answered, and only the error's type logged
            logger.warning("advocate.shared_log_failed error=%s", type(exc).__name__)
            return _error(LOG_UNREADABLE, 503)
        if pdf is None:
            return _error(NOT_SHARED, 404)
        await console().audit.record(account.username, Action.DOWNLOAD_LOG, handover_id)
        return response.raw(
            pdf,
            content_type="application/pdf",
            headers={
                **SECURITY_HEADERS,
                "Content-Disposition": 'attachment; filename="incident-log.pdf"',
            },
        )

    # -- the number kept for a callback or an SMS chat ------------------------------

    @api("/advocate/api/handovers/<handover_id>/contact", "GET", changes_state=False)
    async def contact(
        _: Request, _session: Session, account: Account, handover_id: str
    ) -> HTTPResponse:
        handover = await _holding(handover_id, account)
        if not isinstance(handover, Handover):
            return handover if handover.status != 403 else _error(NOT_HOLDER_CONTACT, 403)
        sealed = await console().service.contact(handover_id, account)
        key = console().settings.sms_number_key
        number = NumberVault(key).decrypt(sealed) if (sealed and key) else None
        if number is None:
            return _error(NO_CONTACT, 404)
        return _json({"handover_id": handover_id, "number": number})  # audited by the service

    async def _act(
        handover_id: str,
        act: Callable[[], Awaitable[bool]],
        state: str,
        refused: str,
        account: Account,
    ) -> HTTPResponse:
        if not await _held(handover_id):
            return _error("no such handover", 404)
        if not await act():
            return _error(refused, 409)
        return _json({"id": handover_id, "state": state, "advocate": account.username})

    @api("/advocate/api/handovers/<handover_id>/claim", "POST", changes_state=True)
    async def claim(
        _: Request, _session: Session, account: Account, handover_id: str
    ) -> HTTPResponse:
        return await _act(
            handover_id,
            lambda: console().service.claim(handover_id, account),
            "claimed",
            "someone else has taken this one, or it has ended",
            account,
        )

    @api("/advocate/api/handovers/<handover_id>/take-over", "POST", changes_state=True)
    async def take_over(
        _: Request, _session: Session, account: Account, handover_id: str
    ) -> HTTPResponse:
        return await _act(
            handover_id,
            lambda: console().service.take_over(handover_id, account),
            "claimed",
            "only a handover another advocate holds can be taken over",
            account,
        )

    @api("/advocate/api/handovers/<handover_id>/release", "POST", changes_state=True)
    async def release(
        _: Request, _session: Session, account: Account, handover_id: str
    ) -> HTTPResponse:
        if not await _held(handover_id):
            return _error("no such handover", 404)
        if not await console().service.release(handover_id, account):
            return _error("you do not hold this one", 409)
        return _json({"id": handover_id, "state": "waiting", "advocate": None})

    @api("/advocate/api/handovers/<handover_id>/reply", "POST", changes_state=True)
    async def reply(
        request: Request, _session: Session, account: Account, handover_id: str
    ) -> HTTPResponse:
        try:
            body = parse(ReplyRequest, _body(request))
        except FieldError as err:
            return _json(error_body(err), 400)
        if not await _held(handover_id):
            return _error("no such handover", 404)
        try:
            line = await console().service.reply(handover_id, account, body.text)
        except NotAllowed:
            return _error("you do not hold this one; take it over first", 403)
        except ReplyRefused as err:
            return _json(error_body(FieldError("text", str(err))), 400)
        return _json(line)

    @api("/advocate/api/handovers/<handover_id>/end", "POST", changes_state=True)
    async def end(
        request: Request, _session: Session, account: Account, handover_id: str
    ) -> HTTPResponse:
        try:
            body = parse(EndRequest, _body(request))
        except FieldError as err:
            return _json(error_body(err), 400)
        if not await _held(handover_id):
            return _error("no such handover", 404)
        try:
            await console().service.end(handover_id, account, body.outcome)
        except NotAllowed:
            return _error("you do not hold this one; take it over first", 403)
        except ReplyRefused as err:
            return _json(error_body(FieldError("outcome", str(err))), 400)
        return _json({"id": handover_id, "state": "ended", "advocate": account.username})

    @api("/advocate/api/heartbeat", "POST", changes_state=True)
    async def heartbeat(_: Request, _session: Session, account: Account) -> HTTPResponse:
        await console().service.heartbeat(account)
        return response.empty(headers=SECURITY_HEADERS)
