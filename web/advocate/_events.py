"""The console's Server-Sent Events: one per handover event (ids and kinds only)."""

from __future__ import annotations

import asyncio
import contextlib
import json

from sanic import Blueprint
from sanic.request import Request

from handover import Account
from web.advocate._console import Console
from web.advocate._http import SECURITY_HEADERS, Api, ConsoleRef
from web.advocate._sessions import Session

# The event stream says something this often, so proxies keep it open and a
# session that ended is noticed within this time.
KEEPALIVE_SECONDS = 15.0


def add_event_routes(bp: Blueprint, console: ConsoleRef, api: Api) -> None:
    """``GET /advocate/api/events``."""

    @api("/advocate/api/events", "GET", changes_state=False)
    async def events(request: Request, _session: Session, _account: Account) -> None:
        # Sanic has sent the response itself (request.respond): return nothing.
        await _event_stream(request, console())


async def _event_stream(request: Request, console: Console) -> None:
    """Server-Sent Events: one per handover event (ids and kinds only, never words)."""
    stream = await request.respond(
        content_type="text/event-stream; charset=utf-8",
        headers={**SECURITY_HEADERS, "X-Accel-Buffering": "no"},
    )
    inbox: asyncio.Queue = asyncio.Queue(maxsize=1000)

    async def pump() -> None:
        async for event in console.service.events.listen():
            with contextlib.suppress(asyncio.QueueFull):
                inbox.put_nowait(event)

    listener = asyncio.get_running_loop().create_task(pump())
    try:
        # The browser reconnects after 3 s if the stream drops.
        await stream.send("retry: 3000\n\n")
        while not listener.done():
            try:
                event = await asyncio.wait_for(inbox.get(), KEEPALIVE_SECONDS)
            except asyncio.TimeoutError:
                if await console.signed_in(request, touch=False) is None:
                    await stream.send("event: signed_out\ndata: {}\n\n")
                    break
                await stream.send(": still here\n\n")
                continue
            data = json.dumps(
                {"kind": event.kind.value, "handover_id": event.handover_id, "at": event.at}
            )
            await stream.send(f"event: {event.kind.value}\ndata: {data}\n\n")
    finally:
        listener.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await listener
    await stream.eof()
