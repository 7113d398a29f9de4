"""The audit trail, for admins: newest first, a page at a time."""

from __future__ import annotations

from sanic import Blueprint
from sanic.request import Request
from sanic.response import HTTPResponse

from common.errors import FieldError, error_body
from handover import Account, NotAllowed, Role
from web.advocate._http import STREAM_ID, Api, ConsoleRef, _error, _json
from web.advocate._sessions import Session

MAX_AUDIT_COUNT = 500


def add_audit_routes(bp: Blueprint, console: ConsoleRef, api: Api) -> None:
    """``GET /advocate/api/audit``."""

    @api("/advocate/api/audit", "GET", changes_state=False)
    async def audit(request: Request, _session: Session, account: Account) -> HTTPResponse:
        try:
            count, before = _audit_query(request)
        except FieldError as err:
            return _json(error_body(err), 400)
        if account.role is not Role.ADMIN:
            return _error("only an admin can read the audit trail", 403)
        if before != "+" and not any(int(part) for part in before.split("-")):
            return _json({"entries": [], "next_before": None})  # nothing is older than 0-0
        try:
            entries = await console().audit.read(account, count=count, before=before)
        except NotAllowed:
            return _error("only an admin can read the audit trail", 403)
        return _json(
            {
                "entries": [
                    {
                        "id": e.id,
                        "at": e.at,
                        "actor": e.actor,
                        "action": e.action.value,
                        "target": e.target,
                    }
                    for e in entries
                ],
                "next_before": entries[-1].id if len(entries) == count else None,
            }
        )


def _audit_query(request: Request) -> tuple[int, str]:
    args = {name: values for name, values in request.args.items()}
    for name, values in args.items():
        if len(values) > 1:
            raise FieldError(name, f"give {name} once")
    count_text = args.get("count", ["100"])[0] or "100"
    if not (count_text.isascii() and count_text.isdigit()) or not (
        1 <= int(count_text) <= MAX_AUDIT_COUNT
    ):
        raise FieldError("count", f"count must be a whole number from 1 to {MAX_AUDIT_COUNT}")
    before = args.get("before", ["+"])[0] or "+"
    if before != "+" and not STREAM_ID.match(before):
        raise FieldError("before", "before must be an entry id from this list")
    return int(count_text), before
