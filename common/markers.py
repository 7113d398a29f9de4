"""Signals an action sends back to the shared turn in a ``custom`` message.

An action cannot speak to the channel directly, so it dispatches
``{"custom": {MARKER: True}}``; the shared turn (bot/turn/) removes the
message before anyone sees it and acts on it.
"""

from __future__ import annotations

from typing import Any

# The person confirmed "delete my data": delete the conversation after the turn.
FORGET = "forget_conversation"
# An action failed while its server was up: add the notice with 999 and helplines.
ACTION_FAILED = "action_failed"
# Hand the conversation to a turn mode (bot/turn/modes.py): {"start_mode": name, "data": {...}}.
START_MODE = "start_mode"

ALL = (FORGET, ACTION_FAILED, START_MODE)


def start_mode(name: str, **data: Any) -> dict[str, Any]:
    """The ``json_message`` an action dispatches to start a turn mode."""
    return {START_MODE: name, "data": data}
