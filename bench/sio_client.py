"""A minimal Socket.IO v5 client over one WebSocket, for the web chat bench and tests.

python-engineio's own client needs a newer aiohttp than Rasa 3.6 allows, and
the widget speaks this same small subset: connect with auth, events,
acknowledgements, ping/pong.
"""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

import websockets

PATH = "/webhooks/webchat/socket.io/"
_ACK = re.compile(r"^(\d+)(.*)$", re.S)


class Refused(ConnectionError):
    """The server refused the connection; ``reason`` is what it said."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class SioClient:
    """One web chat connection. Use ``await SioClient.connect(...)``."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.events: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()
        self._acks: dict[int, asyncio.Future] = {}
        self._next = 1
        self._reader: asyncio.Task | None = None

    @classmethod
    async def connect(
        cls, server: str, origin: str | None, token: str | None = None, timeout: float = 10
    ) -> SioClient:
        url = server.replace("http", "ws", 1).rstrip("/") + PATH + "?EIO=4&transport=websocket"
        headers = {"Origin": origin} if origin else None
        ws = await websockets.connect(url, extra_headers=headers, open_timeout=timeout)
        client = cls(ws)
        opening = json.loads((await ws.recv())[1:])  # "0{...}" engine.io open
        assert "sid" in opening
        await ws.send("40" + json.dumps({"token": token} if token else {}))
        while True:
            msg = await asyncio.wait_for(ws.recv(), timeout)
            if msg == "2":
                await ws.send("3")
            elif msg.startswith("40"):
                break
            elif msg.startswith("44"):
                await ws.close()
                raise Refused(json.loads(msg[2:]).get("message", "refused"))
        client._reader = asyncio.get_running_loop().create_task(client._read())
        return client

    async def _read(self) -> None:
        try:
            async for msg in self.ws:
                if msg == "2":
                    await self.ws.send("3")
                elif msg.startswith("42"):
                    name, *rest = json.loads(msg[2:])
                    await self.events.put((name, rest[0] if rest else None))
                elif msg.startswith("43"):
                    match = _ACK.match(msg[2:])
                    if match:
                        future = self._acks.pop(int(match.group(1)), None)
                        if future and not future.done():
                            future.set_result(json.loads(match.group(2))[0])
        except websockets.ConnectionClosed:
            pass
        finally:
            await self.events.put(("_closed", None))

    async def call(self, event: str, data: Any = None, timeout: float = 30) -> Any:
        """Emits an event and returns the server's acknowledgement."""
        ack_id = self._next
        self._next += 1
        future = asyncio.get_running_loop().create_future()
        self._acks[ack_id] = future
        await self.ws.send(f"42{ack_id}" + json.dumps([event, {} if data is None else data]))
        return await asyncio.wait_for(future, timeout)

    async def next_event(self, name: str, timeout: float = 60) -> Any:
        """Waits for the next event called ``name`` (others are skipped)."""
        while True:
            got, data = await asyncio.wait_for(self.events.get(), timeout)
            if got == name:
                return data
            if got == "_closed":
                raise ConnectionError("the server closed the connection")

    async def close(self) -> None:
        await self.ws.close()
        if self._reader is not None:
            await asyncio.gather(self._reader, return_exceptions=True)
