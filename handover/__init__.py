"""The warm handover to a human advocate, as a library (issue 10).

No Rasa and no web framework here: the bot's actions, the channels and the
advocate console call these, and the tests run them against Redis alone.

* :mod:`handover.screening`: the S-DASH questions in plain words, and the priority.
* :mod:`handover.queue`: the advocates' queue in Redis, with atomic claims.
* :mod:`handover.accounts`: advocate accounts with argon2 password hashes.
* :mod:`handover.audit`: who viewed and did what.
* :mod:`handover.summary`: what the advocate reads first.
* ``python -m handover.admin``: create, disable and list accounts.
"""

from handover.accounts import Account, AccountError, AccountStore, Role
from handover.audit import Action, AuditEntry, AuditTrail, NotAllowed
from handover.config import HandoverConfig
from handover.queue import Callback, Handover, HandoverQueue, HandoverRequest, State
from handover.screening import Answer, Priority, Question, ScreeningResult, assess, questions
from handover.summary import HandoverSummary, build_summary

__all__ = [
    "Account",
    "AccountError",
    "AccountStore",
    "Action",
    "Answer",
    "AuditEntry",
    "AuditTrail",
    "Callback",
    "Handover",
    "HandoverConfig",
    "HandoverQueue",
    "HandoverRequest",
    "HandoverSummary",
    "NotAllowed",
    "Priority",
    "Question",
    "Role",
    "ScreeningResult",
    "State",
    "assess",
    "build_summary",
    "questions",
]
