"""Ordinary questions told with danger words (issues 8 and 11, v9 first messages).

Two new authors' first messages got the full danger reply for questions about
something over, someone else, or the person's own behaviour. Each reading
here looks at one kind, in the hit's own sentence, and never holds when the
message says it is happening now ("right now", "just", "tonight", "still")
or holds anything threatening (stand_down.py; not a plea, as "can someone help
me" is what a person asking about their own behaviour says).

Muted (relayed.accusation_visits, the hook detector.py reads as "not news"):

- photos the person holds of past damage, asked about as evidence: "what
  counts as evidence? ... some photos of my car being keyed" (photo_now), and
  the damage they show: "pics of my car after he slashed the tyres" (breaking_in);
- someone else's report passed on, with how to support them: "a pupil has
  told me someone is following her. what is the best way to support her"
  (following_now, following);
- the person asking about their own behaviour: "my ex says i'm harassing
  her ... can someone help me" (help_plea, help_asked, seen_by_caller);
- an idea of what stalking is: "i thought stalking was like hiding in bushes"
  (hiding_trapped).

At most the check-in line (relayed.arrivals_elsewhere, read by
readings.turned_down), as the now-reading is not certain:

- following as what is being reported: "gonna report my ex for following me
  around chester, what do they ask you" (following); and following told inside
  a question about reporting it, logging it or its evidence (blind sets v15a,
  v15b and Q, session 13): "a patient has told me she is being followed, how
  would she go about reporting it", "I want to report someone who's been
  following me home, where do I start", "what counts as evidence of being
  followed", "helping her keep an incident log". Followed now and first-hand
  ("he is following me, how do I report it", "I'm being followed") keeps the
  full reply;
- footage looked at later: "my dashcam picked him up following me on the
  A556. do i need to copy the file" (following);
- a past turning-up asked about: "he turned up at a festival ... how is he
  doing it" (arrived);
- a sighting by someone else asked about as evidence (NLU set N, session 15):
  "my mate saw him outside my flat. does what she saw count as evidence"
  (sensing). "I saw him outside just now, is that evidence?" is the person's own
  sighting, now, and keeps the full reply.
"""

from __future__ import annotations

import re

from bot.safety.context_words import rx
from bot.safety.footage import footage_seen_later
from bot.safety.matcher import Hit
from bot.safety.quiet_settings import quietly_set
from bot.safety.sentence import sentence_span
from bot.safety.stand_down import said_now, threatening

_FOLLOWING = frozenset({"following", "following_now"})

# Kind 1: an evidence question, photos the person holds, of damage or the past.
_EVIDENCE = rx(r"evidence", r"proof", r"prove", r"in court", r"the police", r"report", r"log")
_HOLDS = rx(
    r"i (?:have|had|took|have got|got|kept|saved)(?: \w+){0,3}",
    r"my (?:own )?(?:photos|pictures|pics)",
)
_DAMAGE = rx(
    r"being (?:keyed|scratched|smashed|damaged|vandalised|egged|slashed|broken)",
    r"(?:after|of the damage|when|the day)",
    r"keyed|scratched|smashed|damaged|vandalised|slashed",
)
_SENT = rx(r"sent|send|texted|messaged|dm\w*|airdrop\w*|emailed|snapchat\w*")

# Kind 2: following as what is reported, or told inside a question about reporting,
# a log or evidence ("how would she go about reporting it", "I want to report someone").
_REPORT_FOR = re.compile(r"\breport(?:ing|ed)?(?: \w+){1,3} for$")
_RECORDING_ASKED = re.compile(
    r"\b(?:how|where|what|can|could|should|do|does|would|is there|are there)"
    r"(?: \w+){0,8} (?:report|reporting|log|logging|diary|evidence|footage|record|recording)\b|"
    r"\b(?:want|wants|need|needs|would like|going|trying) to report\b|"
    r"\b(?:start|keep|keeping) an? (?:\w+ )?(?:report|log|diary)\b"
)
# Kind 7: a sighting by someone else: "my mate saw him outside my flat".
_SEEING = frozenset({"sensing"})
_SAW = frozenset({"saw", "spotted", "seen", "noticed"})
_SOMEONE_ELSE = frozenset(
    "mate friend neighbour neighbor sister brother mum dad colleague partner son daughter "
    "she he they someone somebody".split()
)


def _seen_by_someone_else(words: list[str], hit: Hit) -> bool:
    """The hit opens with a past sighting whose seer is someone else ("mate saw him")."""
    first = words[hit.start]
    return first in _SAW and hit.start > 0 and words[hit.start - 1] in _SOMEONE_ELSE


# Followed now and first-hand: "he is following me", "I am being followed".
_FOLLOWED_NOW = re.compile(
    r"\b(?:is|are) following (?:me|us)\b|\b(?:i am|im|we are) being followed\b"
)

# Kind 4: someone else's report, passed on, with how to support them.
_TOLD_ME = rx(r"(?:has|have|had)? ?(?:told|tells|tell|said|says|say|mentioned) (?:me|us)")
_SUPPORT = rx(
    r"support (?:her|him|them)",
    r"help (?:her|him|them)",
    r"best way to (?:support|help)",
    r"what (?:should|do|can) (?:i|we) do",
    r"safeguarding",
)
_THEM = frozenset({"her", "him", "them"})

# Kind 5: the person asking about their own behaviour.
_OWN_BEHAVIOUR = rx(
    r"(?:says?|said|thinks?|reckons?|told me) (?:that )?(?:i am|i have been|i was|i) "
    r"(?:harass|stalk|bother|pester|follow|obsess|intimidat)\w*",
    r"accus\w+ me of (?:harass|stalk|follow|pester)\w*",
    r"what i am doing(?: to (?:\w+ ){1,3})? (?:counts as|is|amounts to|could be) "
    r"(?:harassment|stalking|harassing|stalking)",
    r"am i (?:harassing|stalking|a stalker)",
)
_OWN_RULES = frozenset({"help_plea", "help_asked", "seen_by_caller"})

# Kind 7: footage looked at later ("my dashcam picked him up following me"; footage.py).
_FILE_QUESTION = rx(
    r"file",
    r"copy",
    r"save",
    r"keep",
    r"evidence",
    r"loops?",
    r"download",
    r"footage",
    r"send (?:it|the)",
)

# Kind 3: a past turning-up asked about: how does he know where I am.
_HOW_DOING = rx(
    r"how (?:is|does|did|has|can|could) (?:he|she|they) (?:doing|do|keep|know|find|"
    r"finding|knowing|tracking|track|always)",
    r"how (?:is|was) (?:this|that|it) (?:happening|possible)",
)
_PAST_ARRIVED = frozenset(
    {"turned", "showed", "arrived", "appeared", "came", "rocked", "popped", "walked", "got"}
)

# Kind 9: an idea of stalking ("i thought stalking was like hiding in bushes").
_DEFINITION = re.compile(r"\bstalk\w*\b(?: \w+){0,3}$")


def _sentence(words: list[str], hit: Hit) -> tuple[str, str]:
    """The words before the hit in its sentence, and the whole sentence."""
    start, end = sentence_span(words, hit.start, hit.end)
    return " ".join(words[start : hit.start]), " ".join(words[start:end])


def _up_to(words: list[str], hit: Hit, limit: int = 0) -> str:
    """The hit's sentence up to the hit's end (or only ``limit`` words back)."""
    start = sentence_span(words, hit.start, hit.end)[0]
    if limit:
        start = max(start, hit.start - limit)
    return " ".join(words[start : hit.end])


def _muted(words: list[str], text: str, hit: Hit) -> bool:
    before, sentence = _sentence(words, hit)
    rule = hit.rule.id
    if rule == "photo_now":
        return bool(
            _EVIDENCE.search(text)
            and _HOLDS.search(before)
            and _DAMAGE.search(" ".join(words[hit.end : hit.end + 4]))
            and not _SENT.search(sentence)
        )
    if rule in _FOLLOWING:
        # The hit may start at the teller: "my neighbour told me someone is following her".
        told = _TOLD_ME.search(_up_to(words, hit))
        return bool(told and _SUPPORT.search(text) and words[hit.end - 1] in _THEM)
    if rule in _OWN_RULES:
        return bool(_OWN_BEHAVIOUR.search(text))
    if rule == "hiding_trapped":
        window = _up_to(words, hit, 5).split()[: hit.start - hit.end + 1 or None]
        return bool(_DEFINITION.search(" ".join(window)))
    return False


def _checked(words: list[str], text: str, hit: Hit) -> bool:
    before, sentence = _sentence(words, hit)
    rule = hit.rule.id
    if rule in _FOLLOWING:
        if _REPORT_FOR.search(before):
            return True
        if _RECORDING_ASKED.search(text) and not _FOLLOWED_NOW.search(text):
            return True
        return bool(footage_seen_later(before) and _FILE_QUESTION.search(text))
    if rule == "arrived":
        span = words[hit.start : hit.end]
        perfect = any(w in ("has", "have", "is", "are") for w in span)
        return bool(
            _HOW_DOING.search(text) and not perfect and any(w in _PAST_ARRIVED for w in span)
        )
    return False


def _calm(text: str) -> bool:
    return not said_now(text) and not threatening(text, pleas=False)


def muted_questions(words: list[str], hits: list[Hit]) -> list[bool]:
    """For each hit, whether it is one of the muted kinds above, or a match in a
    clearly ordinary setting (quiet_settings.py, each with its own stand-down)."""
    text = " ".join(words)
    quiet = [quietly_set(words, h, hits) for h in hits]
    if not _calm(text):
        return quiet
    muted = [_muted(words, text, h) for h in hits]
    return [
        q or m or _pictured(words, h, hits, muted)
        for h, m, q in zip(hits, muted, quiet, strict=True)
    ]


# Kind 1: the damage a held photo shows ("pics of my car after he slashed the tyres").
_DAMAGE_RULES = frozenset({"breaking_in"})
_PICTURED = frozenset({"after", "when", "where", "of", "from", "showing"})


def _pictured(words: list[str], hit: Hit, hits: list[Hit], muted: list[bool]) -> bool:
    """Whether a damage hit is what a muted photo, just before it, shows."""
    if hit.rule.id not in _DAMAGE_RULES:
        return False
    for other, m in zip(hits, muted, strict=True):
        between = words[other.end : hit.start]
        if (
            m
            and other.rule.id == "photo_now"
            and 0 <= len(between) <= 4
            and "." not in between
            and _PICTURED & set(between)
        ):
            return True
    return False


def checked_questions(words: list[str], hits: list[Hit]) -> list[bool]:
    """For each hit, whether it is one of the check-in kinds above."""
    text = " ".join(words)
    # Kind 7 reads "outside" as where the sighting was, not as now.
    seen = not said_now(text, near=False) and not threatening(text, pleas=False)
    told = [
        seen
        and h.rule.id in _SEEING
        and _seen_by_someone_else(words, h)
        and bool(_RECORDING_ASKED.search(text))
        for h in hits
    ]
    if not _calm(text):
        return told
    return [t or _checked(words, text, h) for t, h in zip(told, hits, strict=True)]
