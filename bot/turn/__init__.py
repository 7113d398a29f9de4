"""One safe turn that every channel calls (REST, SMS, web chat).

A channel adapter parses and verifies its own requests, maps its ids to a
conversation id, and hands the words here; this package does everything else
the same way for all of them::

    channel adapter ──► SafeTurn.run(TurnRequest) ──► TurnResult.messages
                         │ 1. the safety verdict (bot.safety.detector.assess)
                         │ 2. input checks: empty, too long (with the verdict's guidance)
                         │ 3. the Rasa turn (a failure is caught, never raised)
                         │ 4. markers from actions: forget, action failed
                         │ 5. the net: guidance the verdict calls for comes first,
                         │    a failed or degraded turn ends with 999 and helplines,
                         │    a first reply says the helper is automated
"""

from bot.turn.request import TurnRequest, TurnResult
from bot.turn.safe_turn import SafeTurn, warm_up

__all__ = ["SafeTurn", "TurnRequest", "TurnResult", "warm_up"]
