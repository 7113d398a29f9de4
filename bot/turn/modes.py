"""Turn modes: stretches of a conversation the turn runs itself, outside Rasa.

Some work must not go through Rasa's tracker or Rasa's pause:

* a **handover** to a human advocate: the person's words go to the advocate,
  Rasa's session expiry must not end it, and danger is still answered at once;
* an **incident-log entry**: the person's account of what happened must never
  be stored readable in the tracker, only behind their code.

A mode is started by an action: it sends ``{"custom": {"start_mode": NAME,
"data": {...}}}`` (:func:`common.markers.start_mode`), the turn removes that
message and calls :meth:`TurnMode.start`. While a mode owns the
conversation, :meth:`TurnMode.handle` answers each message instead of Rasa,
until it says it is done. The safety verdict is taken before any mode runs,
and the net puts its guidance first on whatever the mode answers, so danger
gets 999 first in every mode.
"""

from __future__ import annotations

import abc
from dataclasses import dataclass, field
from typing import Any

from bot.safety.detector import Assessment
from bot.turn.request import TurnRequest

Message = dict[str, Any]


@dataclass(frozen=True)
class ModeReply:
    """What a mode answers to one message.

    Attributes:
        messages: Rasa-style message dicts (``text``, ``buttons``), in order.
        to_rasa: After these messages, also run the message through Rasa
            (the mode has ended and the person asked the bot something).
        text_for_rasa: What Rasa should read instead of the person's words
            (a payload such as ``/menu``), when ``to_rasa`` is set.
        quiet: No reply is the right answer (a person will answer instead: the
            advocate), so the net adds no "something went wrong" notice; any
            safety guidance the verdict calls for is still sent.
    """

    messages: list[Message] = field(default_factory=list)
    to_rasa: bool = False
    text_for_rasa: str | None = None
    quiet: bool = False


class TurnMode(abc.ABC):
    """One mode. Implementations keep their own state in Redis, with expiry."""

    #: The name actions use in ``start_mode``.
    name: str = ""

    @abc.abstractmethod
    async def handle(self, request: TurnRequest, verdict: Assessment) -> ModeReply | None:
        """Answers the message if this mode owns the conversation now, else None.

        Must not raise for ordinary failures (a store down): return None and the
        message goes to Rasa, so the person still gets an answer.
        """

    @abc.abstractmethod
    async def start(
        self, request: TurnRequest, verdict: Assessment, data: dict[str, Any]
    ) -> list[Message]:
        """Starts the mode after an action asked for it; returns messages to add."""

    async def forget(self, conversation_id: str) -> None:  # noqa: B027 - optional hook
        """The person confirmed "delete my data": remove this mode's records too."""

    async def close(self) -> None:  # noqa: B027 - optional hook
        """The server is stopping: close clients."""


#: Every mode, as "module:Class"; each class is built with the settings.
#: The handover comes first: a person talking to an advocate is not logging.
MODES: tuple[str, ...] = (
    "bot.turn.handover_mode:HandoverMode",
    "bot.turn.incident_log_mode:IncidentLogMode",
)


def default_modes(settings: Any) -> list[TurnMode]:
    """One instance of every mode in :data:`MODES` (imported here, not at start-up)."""
    import importlib

    built: list[TurnMode] = []
    for path in MODES:
        module, _, cls = path.partition(":")
        built.append(getattr(importlib.import_module(module), cls)(settings))
    return built
