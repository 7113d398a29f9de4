"""Parts of a sentence the clause reading (clause.py) looks at apart.

- ``after_waking``: what follows waking, or "and now", is not the dream or the
  story before it: "I had a nightmare and woke up and he's standing over my
  bed"; a laugh before "but" is about what went before: "sorry i'm a bit drunk
  lol but there's someone in the hall" (set v9b); nor is a new scene joined by
  "and" in which someone is, or has just been, at the person's own home: "I'm
  watching a film and someone is breaking into my house right now, help" (found
  while fixing v14's false alarms, session 12; "in the film she's alone and
  someone is breaking into her house" stays fiction).
- ``after_but``: self-doubt before "but" is not a worry about what follows:
  "probably me being paranoid but the glass in my back door just smashed"
  (set v9a).
- ``IS``: "is he is" is a statement, not the question "is he": "the reason I'm
  messaging now is he's sat on the wall" (set v11a).

Moved out of clause.py (which keeps under 400 lines) in issue 8.
"""

from __future__ import annotations

IS = frozenset({"is", "are", "has", "have"})


def after_but(words: list[str], start: int, first: int) -> int:
    """Where the hit's part of the sentence begins after the last "but" before it."""
    for i in range(first - 1, start - 1, -1):
        if words[i] == "but":
            return i + 1
    return start


_WAKING = frozenset({"woke", "wake", "woken", "waking"})
_NOW_AFTER = frozenset({"and", "but", "then", ".", ","})
_LAUGHS = frozenset({"lol", "haha", "hahaha", "lmao"})


_SUBJECTS = frozenset({"someone", "somebody", "he", "she", "they", "there", "man", "woman", "guy"})
_OWN = frozenset({"my", "our", "me", "us"})


def _new_scene(words: list[str], i: int, end: int) -> bool:
    """Whether "and" at ``i`` starts a clause in which someone is (or has just been)
    at the person's own place: a subject, "is/are/has/have" within three words,
    and my, our, me or us after it."""
    ahead = words[i + 1 : min(end, i + 4)]
    subject = next((k for k, w in enumerate(ahead) if w in _SUBJECTS), None)
    if subject is None or not IS.intersection(ahead[subject + 1 :] + words[i + 4 : i + 5]):
        return False
    return bool(_OWN.intersection(words[i + 1 : end]))


def after_waking(words: list[str], start: int, first: int, end: int) -> str:
    """The clause, or only its part after the last "woke" (or "and now") before the match.

    "reading a thriller and now someone is climbing in" is not fiction from "now" on.
    """
    for i in range(first - 1, start - 1, -1):
        if words[i] in _WAKING or (words[i] == "now" and words[i - 1] in _NOW_AFTER):
            return " ".join(words[i + 1 : end])
        if words[i] == "and" and _new_scene(words, i, end):
            return " ".join(words[i + 1 : end])
        # A laugh before "but" is about what went before (set v9b): "sorry i'm a bit
        # drunk lol but there's someone in the hall" is not said in play.
        if words[i] == "but" and _LAUGHS.intersection(words[start:i]):
            return " ".join(words[i + 1 : end])
    return " ".join(words[start:end])
