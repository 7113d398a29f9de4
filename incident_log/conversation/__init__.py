"""The log conversation as a plain state machine: one message in, replies out.

The person first tells what happened in their own words. :func:`prefill`
reads what that account already says (:func:`incident_log.extract.extract`
for when and where, plates, handles and numbers; short word lists for the
person's description, witnesses, evidence, reporting and feelings), then the
conversation asks only for what is missing or unclear, one short question
at a time, each with "Skip" and "That's all". It reads the entry back and
saves it only on "Save it", to a log opened with the person's code or a new
one (the code shown once, with the plain warning that a lost code is a lost
log). On SMS, once the code was given or made, it offers to link the phone
so later texts need no code (:mod:`incident_log.links`). With the log open,
the person can add, list, amend (a dated amendment, never an edit), delete
one entry or the whole log, share it with their advocate, unlink the phone,
or (on the web) download it.

No Rasa, no Redis here: the log is reached through a :class:`LogStore`
(:class:`incident_log.store.VaultStore` in the bot, a fake in the tests), and
the state is a :class:`Draft` the caller keeps (sealed, with an expiry).
The wording, for the web and for SMS, is in ``data/texts.yml``.
"""

from incident_log.conversation._answers import asks_to_unlink, normalise
from incident_log.conversation._dialogue import start, step
from incident_log.conversation._open_log import MAX_LISTED
from incident_log.conversation._prefill import prefill
from incident_log.conversation._questions import QUESTIONS
from incident_log.conversation._readback import build_entry, reported_details
from incident_log.conversation._state import Draft, LogStore, Message, Reply
from incident_log.conversation._texts import LABELS, TEXTS_PATH, say, texts

__all__ = [
    "LABELS",
    "MAX_LISTED",
    "QUESTIONS",
    "TEXTS_PATH",
    "Draft",
    "LogStore",
    "Message",
    "Reply",
    "asks_to_unlink",
    "build_entry",
    "normalise",
    "prefill",
    "reported_details",
    "say",
    "start",
    "step",
    "texts",
]
