""" "Delete my data" in any state: asked, confirmed and done by the turn itself.

Inside a form (and later the incident log or a handover) Rasa would take the
words as an answer, and the next "yes" as another. So the turn recognises a
plain request to delete this chat before Rasa sees it, asks once, and on a
clear yes deletes the conversation: the same confirmation, wording and result
as the ``request_delete_data`` intent outside any form (bot/domain/privacy.yml),
which still catches wordings these patterns do not.

The pending question is a Redis key with a short expiry; nothing else is kept.
"""

from __future__ import annotations

import re
from enum import Enum

from redis.asyncio import Redis

# "delete my data", "I want to delete this chat", "wipe everything i said",
# "can u erase this convo". Not "how do I delete his messages": those may be
# evidence, and the confirmation says so if a wording slips through.
_REQUEST = re.compile(
    r"\b(?:delete|erase|wipe|clear|remove|forget|get rid of)\b"
    r"(?:\s+(?:all|of|my|this|our|the|everything|whole|entire)\b)*"
    r"\s+(?:data|chat|conversation|convo|messages|history|details|info|information|everything"
    r"|what i(?:'?ve| have)? (?:said|told you|written|wrote|typed))\b",
    re.IGNORECASE,
)
_THIRD_PARTY = re.compile(r"\b(?:his|her|their|he|she|they)\b", re.IGNORECASE)
# A request is a short message; a long story that mentions deleting is not one.
MAX_REQUEST_CHARS = 120

_YES = re.compile(
    r"^\W*(?:y|yes|yeah|yep|yup|ok|okay|sure|please|do it|delete it|yes delete it|"
    r"yes please|go ahead|confirm|/confirm_delete_data)\W*$",
    re.IGNORECASE,
)
_NO = re.compile(
    r"^\W*(?:n|no|nope|nah|no thanks|keep it|don'?t|do not|cancel|/deny)\W*$", re.IGNORECASE
)

CONFIRM_RESPONSE = "utter_confirm_delete"
DELETED_RESPONSE = "utter_data_deleted"
CANCELLED_RESPONSE = "utter_delete_cancelled"
# How long the question stays open, in seconds.
PENDING_SECONDS = 600


class Answer(Enum):
    YES = "yes"
    NO = "no"
    OTHER = "other"


def is_request(text: str) -> bool:
    """True when the message plainly asks to delete this conversation."""
    text = text.strip()
    if len(text) > MAX_REQUEST_CHARS or not _REQUEST.search(text):
        return False
    return not _THIRD_PARTY.search(text)


def answer(text: str) -> Answer:
    """Reads the reply to "Do you want me to delete this chat?"."""
    if _YES.match(text):
        return Answer.YES
    if _NO.match(text):
        return Answer.NO
    return Answer.OTHER


class PendingDeletes:
    """Conversations that were just asked "delete this chat?" (Redis, short expiry)."""

    def __init__(self, redis: Redis, key_prefix: str) -> None:
        self.redis = redis
        self.prefix = f"{key_prefix}:turn:delete_asked"

    async def ask(self, conversation_id: str) -> None:
        await self.redis.set(f"{self.prefix}:{conversation_id}", b"1", ex=PENDING_SECONDS)

    async def take(self, conversation_id: str) -> bool:
        """True if the question was open; it is closed either way."""
        return await self.redis.getdel(f"{self.prefix}:{conversation_id}") is not None
