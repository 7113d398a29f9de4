"""SMS channel over Twilio: signed webhooks, fast acknowledgement, private identities.

Register it in ``credentials.yml`` as ``bot.channels.sms.SmsInput:``. The
pure modules (segments, keywords, options, identity, ...) import without Rasa;
the channel classes are loaded only when asked for, so unit tests of the pure
parts stay light.
"""

from __future__ import annotations

from typing import Any

__all__ = ["SmsInput", "SmsOutput"]


def __getattr__(name: str) -> Any:
    # Rasa finds the channel with getattr(module, "SmsInput"): import it then, not before.
    if name in __all__:
        from bot.channels.sms import channel

        return getattr(channel, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
