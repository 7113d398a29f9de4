"""Who is named last before some words, in their sentence: the person or someone else.

Two readings asked this with their own word lists (self_harm_history_told.py:
"my friend ... said she wanted to die"; self_harm_his_past_threats.py: "he used
to threaten to jump"); they now share one list and one rule (session 14 review).
"""

from __future__ import annotations

from bot.safety.matcher import Hit
from bot.safety.sentence import sentence_start

THIRD = frozenset({"he", "she", "they", "himself", "herself", "themselves", "mine"})
FIRST = frozenset({"i", "im", "me", "myself", "we", "us"})
# "my friend", "her stalker", "the main character".
SOMEONE = frozenset(
    {
        "friend",
        "mate",
        "daughter",
        "son",
        "sister",
        "brother",
        "mum",
        "dad",
        "stalker",
        "ex",
        "partner",
        "husband",
        "wife",
        "boyfriend",
        "girlfriend",
        "cousin",
        # Session 15: "my aunt wanted to die when ... she's doing so much better now".
        "aunt",
        "auntie",
        "uncle",
        "nan",
        "gran",
        "grandma",
        "grandad",
        "grandpa",
        "mother",
        "father",
        "flatmate",
        "housemate",
        "neighbour",
        "niece",
        "nephew",
        "colleague",
        "pupil",
        "student",
        "character",
        "protagonist",
        "gent",
        "gentleman",
        "client",
        "resident",
    }
)
# Reported speech: "he said I would rather die": the "I" is the speaker's.
SAYING = frozenset({"said", "says", "saying", "wrote", "texted", "messaged", "screamed"})


def named_last(words: list[str], hit: Hit, *, through_match: bool = False) -> str:
    """ "third", "first" or "": who is named last before the words, in their sentence.

    The match's own "himself" or "myself" counts first ("going to top himself").
    With ``through_match`` the match's other words count too: "a roof saying he
    would jump" names him.
    """
    matched = set(words[hit.start : hit.end])
    if matched & {"himself", "herself", "themselves"}:
        return "third"
    if "myself" in matched:
        return "first"
    first = sentence_start(words, hit.start)
    for i in range(hit.end - 1 if through_match else hit.start - 1, first - 1, -1):
        word = words[i]
        if word in FIRST and not (i > first and words[i - 1] in SAYING):
            return "first"
        if word in THIRD or word in SOMEONE:
            return "third"
    return ""
