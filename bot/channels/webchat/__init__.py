"""The web chat channel (socket.io), registered as ``bot.channels.webchat.WebchatInput``.

The channel classes are loaded only when asked for (as the SMS channel's are),
so the light modules here (manager, tokens, limits) import without Rasa.
"""

from __future__ import annotations

from typing import Any

__all__ = ["WebchatInput", "WebchatOutput"]


def __getattr__(name: str) -> Any:
    # Rasa finds the channel with getattr(module, "WebchatInput"): import it then.
    if name in __all__:
        from bot.channels.webchat import channel

        return getattr(channel, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
