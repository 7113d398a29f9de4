"""A past event told back in the present tense: not happening now.

People often tell what happened as if it were happening: "so last year right,
hes at my door, hes banging, im hiding in the bathroom". Present-tense rules
read those sentences as danger now, and "present beats past" (clause.py) lets
nothing else in the message mute them. This reading (``told_back``) mutes the
danger and check-in matches of such a message when the message itself says it
is a story told back, and nothing in it says now:

* **Framed first.** A short sentence of its own sets the time before the
  story: "so last year right. he's at my door" (set v11a).
* **Dated after.** A later sentence dates it: "... and he legs it. that was in
  april" (set v11a), "this was two years ago"; not "it happened last week
  too", which says the same is happening again now (session 12: "he's in my
  garden. it happened last week too" keeps the full danger reply).
* **A statement or story being written.** "I'm writing my statement and it's
  like reliving it. he's at the door, he's shouting" (set v11a); "writing a
  short story where the girl is hiding" (set v11a); "a pupil wrote a story
  about a man with a knife" (set v11b).
* **In the pictures.** "he's outside my house in the pics he sent last month"
  (set v11a): what a photo shows, not where he is.

Never with urgency anywhere in the message ("now", "just", "still",
"tonight", "help me"): "last year he hurt me. he's at my door now" keeps the
full reply, and so does "the man who hurt me last year is outside".
"""

from __future__ import annotations

import re

from bot.safety.context_words import MONTHS, URGENT
from bot.safety.matcher import Hit
from bot.safety.rules import Signal
from bot.safety.sentence import sentence_span

_PAST_TIME = (
    r"(?:last (?:year|month|week|summer|winter|spring|autumn|christmas|time)|"
    rf"back in \w+|in (?:{MONTHS}|(?:19|20)\d\d)|(?:a few|two|three|\d+|some) (?:years|months|"
    r"weeks) ago|years ago|months ago|one (?:night|time|day))"
)
# A frame of its own, opening the message or a sentence: "so last year right".
_FRAME = re.compile(
    r"(?:^|\. )(?:so |ok so |right so |okay so )?" + _PAST_TIME + r"(?: right| yeah| like)? \."
)
# A later sentence dating what went before: "that was in april".
_DATED_AFTER = re.compile(
    r"\. (?:that|this|it|all that|all this) (?:was|happened) (?:in|on|last|back|about|around|"
    r"over|like|\w+ (?:years|months|weeks) ago|years|months|weeks|ages)\b"
)
# A statement, a diary or a story being written (or a pupil's story).
_WRITING = re.compile(
    r"\b(?:writing|write|wrote|written|doing|typing) (?:up )?(?:my|a|an|the|his|her|this) "
    r"(?:\w+ )?(?:statement|story|diary|journal|poem|essay|script|novel|account)\b|"
    r"\bcreative writing\b"
)
# Told back, not going on: the writer says so.
_TOLD_BACK = re.compile(
    r"\b(?:reliving|relive|remembering|flashbacks?|it was (?:horrible|awful|terrifying|scary)|"
    r"story|creative writing|pupil|pupils)\b"
)
_IN_THE_PICTURES = re.compile(
    r"\bin (?:the|his|her|those|these) (?:pics|pictures|photos|photo|picture|video|videos|"
    r"footage|screenshots|clip|clips) (?:he|she|they|that|from|i)\b"
)


# "it happened last week too": the same again, so what went before is now (v14 note).
_HAPPENED_BEFORE_TOO = re.compile(r"^[^.]*\b(?:too|as well|also|again|before)\b")


def _dated_after(text: str) -> bool:
    return any(
        not _HAPPENED_BEFORE_TOO.match(text[found.end() :]) for found in _DATED_AFTER.finditer(text)
    )


def _story(text: str) -> bool:
    """Whether the whole message says it is a story told back."""
    if _FRAME.search(text) or _dated_after(text):
        return True
    return bool(_WRITING.search(text)) and bool(_TOLD_BACK.search(text))


def told_back(words: list[str], hits: list[Hit]) -> list[bool]:
    """For each hit, whether it is part of a past event told back (module docstring)."""
    text = " ".join(words)
    if URGENT.search(text):
        return [False] * len(hits)
    story = _story(text)
    muted = []
    for hit in hits:
        if Signal.SELF_HARM in hit.rule.signals:
            muted.append(False)
            continue
        start, end = sentence_span(words, hit.start, hit.end)
        muted.append(story or bool(_IN_THE_PICTURES.search(" ".join(words[start:end]))))
    return muted
