"""When a joke marker does not make a danger message a joke.

"lol", "haha" and "lmao" are fiction words (context_words.FICTION): said in
play, not in fear. But people in fear laugh too: "lol so my ex is literally at
my window now. not funny. what do i do" (blind set v8a) was muted by its
"lol". A word saying the person means it ("not funny", "I'm serious",
"literally", "no joke") anywhere in the message, or "now" in the clause of the
match, outweighs a joke marker. It never outweighs other fiction ("lol he's at
my window in the film") or a plain retraction ("jk", "only joking").
"""

from __future__ import annotations

import re

from bot.safety.context_words import FICTION

# Markers of laughing, which can sit beside real fear.
_LAUGHING = re.compile(r"\b(?:lol|lmao|haha\w*)\b")
# Saying one means it, read across the whole message.
_SERIOUS = re.compile(
    r"\b(?:not funny|not a joke|no joke|not joking|i am not joking|i am serious|"
    r"i mean it|seriously|literally)\b"
)
# "now" in the match's own clause, as URGENT reads it (not "till now").
_NOW = re.compile(r"\b(?<!till )(?<!until )now\b")


def is_fiction(clause: str, message: str) -> bool:
    """Fiction in ``clause``, unless its only fiction is laughing said in earnest.

    Args:
        clause: The match's clause (normalised words, space-joined).
        message: The whole normalised message.
    """
    if not FICTION.search(clause):
        return False
    if not (_SERIOUS.search(message) or _NOW.search(clause)):
        return True
    return bool(FICTION.search(_LAUGHING.sub(" ", clause)))
