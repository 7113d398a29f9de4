"""Self-harm words in an everyday sense: a job, a blocked account, one's own habit.

Blind sets v13a, v13b and NLU dev sets blind_set_o and blind_set_m (issue 8)
held ordinary first messages that got the full self-harm reply:

* **Ropes and bridges as a job** (``rope_or_height_at_work``): "I work at the
  rope access firm on the bridge repairs": a rope, a bridge or a roof in a
  message about the person's work (job_or_course.AT_WORK, the one list of work
  words). Never with hanging, jumping, a neck or "myself" in the message, nor
  with the person stopping, standing or thinking at the height ("stopping on
  the bridge on the way home from my shift and thinking how easy it would be").
* **"What's the point" about blocking** (``no_point_in_blocking``): "blocked
  him on everything and he just makes new accounts. whats the point": the bare
  words, in a message about blocking or reporting accounts.
* **"Not the point"** (``beside_the_point``): "my ex killed all my houseplants
  lol. Not the point": "not", "beside" or "missing" before "the point".
* **Wanting one's own habit to end** (``own_habit_to_end``): "i can't stop
  keeping tabs on her and i want it to end": "want it to end" or "stop" with
  the person's own checking, texting or following named (the perpetrator_help
  intent).

None acts when the message also says anything about dying, ending one's life,
a means or tonight (``_DYING``): "I work on the bridge repairs and tonight I'm
going to jump" and "I can't stop checking her page and I want it to end, I
want to die" keep the full reply.
"""

from __future__ import annotations

import re

from bot.safety.job_or_course import AT_WORK
from bot.safety.matcher import Hit

# Anything about dying, a means or a time keeps the full reply.
_DYING = re.compile(
    r"\b(?:die|dying|dead|suicid\w*|kill (?:myself|meself)|end (?:my life|it all)|"
    r"take my (?:own )?life|overdos\w*|pills|(?:the|my) tablets|hang\w*|noose|neck|jump\w*|"
    r"myself|meself|tonight|goodbye|better off|not (?:be|being) (?:here|around)|"
    r"can not (?:go on|cope|carry on|do this)|no point (?:in|of) (?:living|life|going on|me)|"
    r"point (?:in|of) (?:living|life|going on|me))\b"
)

# --- ropes and bridges as a job ---
_WORK_MEANS = frozenset(
    {"rope", "ropes", "bridge", "bridges", "roof", "roofs", "scaffold", "scaffolding", "viaduct"}
)


# The person at the height or thinking about it: not the job ("i keep stopping on
# the bridge on the way home from my shift and thinking how easy it would be", v7b).
_AT_THE_HEIGHT = re.compile(
    r"\b(?:think\w*|thought|how easy|easy|tempt\w*|edge|railings?|parapet|drop|long way down|"
    r"(?:stop|stops|stopping|stopped|stand|standing|stood|sit|sitting|sat|lean\w*|look\w*|"
    r"stare\w*|climb\w*) (?:on|at|over|off|from|down|up)|over the (?:side|top))\b"
)


def rope_or_height_at_work(words: list[str], hit: Hit) -> bool:
    """ "I work at the rope access firm on the bridge repairs": the job's words."""
    if not _WORK_MEANS & set(words[hit.start : hit.end]):
        return False
    text = " ".join(words)
    if not AT_WORK.search(text) or _AT_THE_HEIGHT.search(text):
        return False
    return not _DYING.search(text)


# --- "what's the point" about blocking ---
_BARE_POINT = frozenset({"the", "no", "point", ".", "anymore", "any", "more"})
_BLOCKING = re.compile(
    r"\b(?:block\w*|unblock\w*|new (?:accounts?|numbers?|profiles?)|fake (?:accounts?|"
    r"profiles?)|reported (?:him|her|them|it|the account)|mute\w*|changed my number)\b"
)


def no_point_in_blocking(words: list[str], hit: Hit) -> bool:
    """ "Blocked him on everything and he makes new accounts. Whats the point"."""
    if hit.rule.id != "wish_to_die" or not set(words[hit.start : hit.end]) <= _BARE_POINT:
        return False
    text = " ".join(words)
    return bool(_BLOCKING.search(text)) and not _DYING.search(text)


# --- "not the point" ---
_BESIDE = frozenset({"not", "beside", "missing", "missed", "miss"})


def beside_the_point(words: list[str], hit: Hit) -> bool:
    """ "Not the point", "beside the point": a figure, not hopelessness."""
    if hit.rule.id != "wish_to_die" or not set(words[hit.start : hit.end]) <= _BARE_POINT:
        return False
    if hit.start == 0 or words[hit.start] != "the" or words[hit.start - 1] not in _BESIDE:
        return False
    return not _DYING.search(" ".join(words))


# --- wanting one's own habit to end ---
_OWN_HABIT = re.compile(
    r"\b(?:can not|cannot|cant|need to|want to|trying to|how do i|help me) stop (?:\w+ )?"
    r"(?:checking|texting|messaging|ringing|calling|contacting|following|watching|looking|"
    r"keeping tab\w* on|driving past|turning up|going)\b|"
    r"\bi (?:keep|kept) (?:checking|texting|messaging|ringing|calling|contacting|following|"
    r"watching|driving past|turning up|making (?:new )?accounts)\b|"
    r"\b(?:fixated|obsessed) (?:on|with)\b|\bmy (?:own )?behaviour\b"
)
_WANT_IT_TO_END = re.compile(r"\bwant (?:it|this) (?:all )?to (?:end|stop)\b")


def own_habit_to_end(words: list[str], hit: Hit) -> bool:
    """ "I can't stop keeping tabs on her and I want it to end": the habit, not a life."""
    if hit.rule.id != "wish_to_die":
        return False
    if not _WANT_IT_TO_END.search(" ".join(words[hit.start : hit.end])):
        return False
    # normalise.py spells "tabs" as "tablets": "keeping tablets on her" is no means.
    text = re.sub(r"\bkeeping tablets on\b", "keeping tabs on", " ".join(words))
    return bool(_OWN_HABIT.search(text)) and not _DYING.search(text)


def said_in_an_everyday_sense(words: list[str], hit: Hit) -> bool:
    """Any reading above (self-harm rules only; asked by self_harm_told_as_past)."""
    return (
        rope_or_height_at_work(words, hit)
        or no_point_in_blocking(words, hit)
        or beside_the_point(words, hit)
        or own_habit_to_end(words, hit)
    )
