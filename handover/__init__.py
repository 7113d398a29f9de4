"""The warm handover to a human advocate, as a library (issue 10).

No Rasa and no web framework here: the bot's actions, the channels and the
advocate console call these, and the tests run them against Redis alone.

* :mod:`handover.screening`: the S-DASH questions in plain words, and the priority.
* :mod:`handover.queue`: the advocates' queue in Redis, with atomic claims.
* :mod:`handover.accounts`: advocate accounts with argon2 password hashes.
* :mod:`handover.audit`: who viewed and did what.
* :mod:`handover.summary`: what the advocate reads first.
* :mod:`handover.transcript`: what was said during a handover.
* :mod:`handover.events`: live news for every console (Redis pub/sub).
* :mod:`handover.service`: every change to a handover, from the turn or the console.
* ``python -m handover.admin``: create, disable and list accounts.
"""

from handover.accounts import Account, AccountError, AccountStore, Role
from handover.audit import Action, AuditEntry, AuditTrail, NotAllowed
from handover.config import HandoverConfig
from handover.events import Event, EventKind, Events
from handover.queue import Callback, Handover, HandoverQueue, HandoverRequest, State
from handover.screening import Answer, Priority, Question, ScreeningResult, assess, questions
from handover.service import HandoverService, ReplyRefused
from handover.summary import HandoverSummary, build_summary
from handover.transcript import Line, Speaker, Transcript

__all__ = [
    "Account",
    "AccountError",
    "AccountStore",
    "Action",
    "Answer",
    "AuditEntry",
    "AuditTrail",
    "Callback",
    "Event",
    "EventKind",
    "Events",
    "Handover",
    "HandoverConfig",
    "HandoverQueue",
    "HandoverRequest",
    "HandoverService",
    "HandoverSummary",
    "Line",
    "NotAllowed",
    "Priority",
    "Question",
    "ReplyRefused",
    "Role",
    "ScreeningResult",
    "Speaker",
    "State",
    "Transcript",
    "assess",
    "build_summary",
    "questions",
]
