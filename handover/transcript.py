"""What was said during a handover, for the advocate's view.

One Redis stream per handover (``<prefix>:handover:transcript:<id>``), with
the handover's retention as its expiry, refreshed on every line. The words are
the person's and the advocate's own; they are stored here (to be shown to the
advocate who holds the handover) and never written to logs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from redis.asyncio import Redis

from handover.config import HandoverConfig

__all__ = ["Line", "Speaker", "Transcript"]

# One line at most this long (an advocate's reply or a person's message); the
# channels already cap what a person can send, this bounds the advocate's side.
MAX_LINE_CHARS = 4000


class Speaker(str, Enum):
    VICTIM = "victim"
    BOT = "bot"
    ADVOCATE = "advocate"
    SYSTEM = "system"


@dataclass(frozen=True)
class Line:
    """One line of the transcript.

    Attributes:
        id: The stream id (orders lines; a client asks for lines after one).
        speaker: Who said it.
        text: What was said.
        at: Seconds since 1970.
        flags: Safety rule ids or short codes ("danger", "self_harm").
        by: The advocate's username for their lines, else "".
    """

    id: str
    speaker: Speaker
    text: str
    at: float
    flags: tuple[str, ...] = ()
    by: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "speaker": self.speaker.value,
            "text": self.text,
            "at": self.at,
            "flags": list(self.flags),
            "by": self.by,
        }


class Transcript:
    """Appends and reads the lines of handovers.

    Args:
        redis: An async Redis client with ``decode_responses=True``.
        config: Key prefix and retention.
    """

    def __init__(self, redis: Redis, config: HandoverConfig) -> None:
        self._redis = redis
        self._config = config

    def _key(self, handover_id: str) -> str:
        return self._config.key("transcript", handover_id)

    async def add(
        self,
        handover_id: str,
        speaker: Speaker,
        text: str,
        flags: Iterable[str] = (),
        by: str = "",
    ) -> Line:
        """Adds a line and returns it (with its id and time)."""
        fields = {
            "speaker": Speaker(speaker).value,
            "text": text[:MAX_LINE_CHARS],
            "flags": ",".join(flags),
            "by": by,
        }
        key = self._key(handover_id)
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.xadd(key, fields)
            pipe.expire(key, self._config.retention_seconds)
            line_id, _ = await pipe.execute()
        return _line(str(line_id), fields)

    async def read(self, handover_id: str, after: str | None = None) -> list[Line]:
        """Every line, oldest first; or only those after the line id given."""
        low = f"({after}" if after else "-"
        rows = await self._redis.xrange(self._key(handover_id), min=low, max="+")
        return [_line(line_id, fields) for line_id, fields in rows]

    async def delete(self, handover_id: str) -> None:
        await self._redis.delete(self._key(handover_id))


def _line(line_id: str, fields: dict[str, str]) -> Line:
    milliseconds: Callable[[str], float] = lambda i: int(i.split("-")[0]) / 1000  # noqa: E731
    return Line(
        id=line_id,
        speaker=Speaker(fields["speaker"]),
        text=fields.get("text", ""),
        at=milliseconds(line_id),
        flags=tuple(f for f in fields.get("flags", "").split(",") if f),
        by=fields.get("by", ""),
    )
