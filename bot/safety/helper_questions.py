"""Ordinary first messages that ask a question about a pattern, not for rescue.

Three kinds, found in two unseen authors' first messages (NLU set L, v12a,
v12b; issue 8). Each turns the full danger reply down to the check-in line at
most (ordinary_kinds.asked_for_later wires it in), only for the pattern rules
(following, watching, someone around, turning up) and only when every danger
match in the message is one of those:

``helping_someone``: someone else's ongoing pattern told by a helper who asks
what they can do: "a lodger of mine says a man has been waiting at the end of
her road, is there anything I can do as her landlord", "my boyfriend's being
followed by his ex, what's the best thing I can do", "one of the girls on my
shift is being watched by her ex, what can a supervisor actually do".

``asked_if_stalking``: a habit asked about as "is it stalking": "does it count
as stalking if she keeps turning up wherever my dad goes", "he has just been
turning up wherever my nan went this past year".

``asked_about_a_habit``: a habit in the simple present, then how to complain or
report or whether it counts as evidence: "I want to complain about a man who
follows me from the bus stop, how do I go about that" (issue 8).

A past arrival asked about as "how did he know" is readings.asked_how_he_knew
(the one reading of that kind).

None acts when the message says it is happening now (stand_down.said_now: "right
now", "outside", "tonight", "still"), holds fear, a plea, a weapon, harm or a
threat (stand_down.threatening), or has someone following, watching or at
someone now in the present tense ("he is following her", "her ex is following
us", "she's hiding"): "my sister is being followed home right now, what do I do"
and "a woman in the back says her ex is following us, what do I do" keep the
full reply.
"""

from __future__ import annotations

import re

from bot.safety.matcher import Hit
from bot.safety.relayed import THIRD_PARTY
from bot.safety.rules import Signal
from bot.safety.stand_down import said_now, threatening

# The pattern rules these kinds may turn down; any other danger match (a break-in,
# a weapon, a threat) keeps the full reply.
_PATTERN_RULES = frozenset(
    {
        "following_now",
        "following",
        "watching_waiting",
        "sensing",
        "presence",
        "arrived",
        "arrived_now",
        "ci_someone_near",
        # Set v19a: "There's a man on the site she says watches her" (a mum with dementia).
        "there_is_someone",
    }
)

# Someone doing it now, in the present tense, to anyone: "he is following her",
# "her ex is following us", "someone is sitting outside her flat", "she is hiding".
# A passive "is being followed" is how people tell a pattern ("my girlfriend's
# being followed by her ex"); "right now" or "home" with it is read by _NOW_EXTRA.
_DOING_NOW = re.compile(
    r"\b(?:he|she|they|someone|somebody|ex|man|woman|guy|bloke|car|van) (?:is|are) "
    r"(?:following|watching|chasing|hitting|grabbing|attacking|waiting|standing|sitting|"
    r"parked|banging|knocking|shouting|trying|outside|at|in|here|there|hiding|locked|stuck)\b|"
    r"\b(?:is|are) (?:being )?followed (?:home|now)\b|\b(?:she|he|they) (?:is|are) hiding\b|"
    # The person themselves: "I'm being followed by my colleague's ex" (set H).
    r"\b(?:i am|we are) being (?:followed|watched|stalked|tracked)\b"
)
_NOW_EXTRA = (r"today", r"this (?:morning|afternoon|evening)", r"hiding", r"help (?:me|us)")


def _calm(text: str) -> bool:
    """Nothing in the message says now, fear, a plea, harm or someone at anyone now."""
    return not (said_now(text, also=_NOW_EXTRA) or threatening(text) or _DOING_NOW.search(text))


def _only_patterns(hits: list[Hit]) -> bool:
    danger = [h for h in hits if Signal.IMMEDIATE_DANGER in h.rule.signals]
    return bool(danger) and all(h.rule.id in _PATTERN_RULES for h in danger)


# --- helping_someone ------------------------------------------------------
# A pattern, not an event: "has been", "keeps", "being followed", "told me", "most days".
_PATTERN = re.compile(
    r"\b(?:has been|have been|is been|had been|keeps?|kept|being (?:followed|watched|stalked|"
    r"harassed|tracked)|told me|tells me|says|said|every (?:day|night|week|time)|most days|"
    r"always|for (?:weeks|months|ages)|wherever|whenever|"
    # A suspicion, not a sighting now: "I think someone is hanging around her
    # bungalow" (set L).
    r"i think|(?:she|he) thinks|i reckon)\b"
)
# The helper named by their role: "as her boss how do I help" (data/nlu).
_ROLE = re.compile(
    r"\bas (?:her|his|their|the) (?:boss|manager|line manager|landlord|landlady|teacher|"
    r"supervisor|coach|employer)\b"
)
# What the helper can do: "is there anything I can do", "what's the best thing I
# can do", "what can a manager actually do", "how can I help keep her safe".
_HELPER_ASKS = re.compile(
    r"\b(?:(?:is there )?anything (?:i|we) (?:can|could|should) do|"
    r"what is the best (?:thing|way) (?:i|we) (?:can|could|should) do|"
    r"what (?:can|could|should) (?:a|an|the|her|his|their) (?:\w+ )?(?:actually )?do|"
    r"what (?:can|could|should|do) (?:i|we) (?:actually )?do|"
    r"how (?:do|can|should|could) (?:i|we) (?:best )?(?:help|support|protect|keep)|"
    r"how (?:i|we) (?:can|could) (?:help|support|protect)|best way to (?:help|support)|"
    # Set I: "how do I get through to her" (a friend making excuses for him).
    r"how (?:do|can|could) (?:i|we) get through to (?:her|him|them)|"
    # Set v17a: a church warden, "How do I point her to you?".
    r"how (?:do|can|could|should) (?:i|we) (?:point|refer|signpost|send|direct) "
    r"(?:her|him|them) (?:to|towards) (?:you|this|the service)|"
    # Set v19a: "What would you suggest as a first step? Should I keep a log for her?".
    r"what (?:would|do|can) you (?:suggest|advise|recommend)|"
    # Set v20a: "my friend's being followed by her ex ... what does she need to do".
    r"what (?:does|do|should|would) (?:she|he|they) (?:need to|have to)? ?do|"
    r"should (?:i|we) keep a (?:log|diary|record) for (?:her|him|them))\b"
)
# The person themselves as the one followed or watched: "following me", "at my door".
_AT_THE_PERSON = re.compile(
    r"\b(?:follow\w*|watch\w*|outside|round|around|at|behind|near) (?:me|us|my|our)\b"
)


def _helping_someone(text: str) -> bool:
    return (
        bool(THIRD_PARTY.search(text) or _ROLE.search(text))
        and bool(_PATTERN.search(text))
        and bool(_HELPER_ASKS.search(text))
        and not _AT_THE_PERSON.search(text)
    )


# --- asked_if_stalking ----------------------------------------------------
_IS_IT_STALKING = re.compile(
    r"\b(?:is (?:it|this|that|he|she) (?:still )?(?:classed as |counted as )?(?:stalking|"
    r"harassment)|(?:does|would|could) (?:it|this|that) (?:still )?(?:count|be classed|be "
    r"stalking)|is (?:this|that|it) (?:normal|ok|okay|allowed|legal))\b"
)
# A habit: "keeps", "wherever", "whenever", "every time", "always", "this past year".
_HABIT = re.compile(
    r"\b(?:keeps?|wherever|whenever|every time|always|this past (?:year|month|few months)|"
    r"for (?:weeks|months|years)|all year|"
    # Set v19a: "a bloke who's moored near us on and off since last summer".
    r"on and off|since last (?:summer|winter|spring|autumn|year))\b"
)
# "is it still stalking" asks about the word, and "has just been turning up
# wherever ... this past year" is a habit, not news: read without those words.
_NOT_NEWS = re.compile(
    r"(?<=\bis it )still\b|(?<=\bis this )still\b|(?<=\bis that )still\b|"
    r"(?<=has )just (?=been \w+ing\b[^.]* (?:wherever|whenever|every time|this past)\b)|"
    # Set v19a: "he's never done anything threatening but he photographs us".
    r"\bnever (?:done|said) anything (?:threatening|violent|nasty)\b"
)


def _asked_if_stalking(text: str) -> bool:
    habit = bool(_HABIT.search(text))
    return habit and (
        bool(_IS_IT_STALKING.search(text))
        # "he has just been turning up wherever my mum went this past year": a
        # year of it, told about someone else (the person's mum), is a pattern.
        or (bool(THIRD_PARTY.search(text)) and bool(re.search(r"\bthis past\b", text)))
    )


# --- asked_about_a_habit --------------------------------------------------
# A habit told in the simple present ("a man who follows me from the bus stop",
# "she waits by my car after every shift"), then an ordinary question: how to
# complain or report, whether it counts. Issue 8 (set N's covered questions got the
# full reply): "I'd like to make a formal complaint about a man who follows me from
# the bus stop, how do I go about that". "is following me" is the present
# continuous, read by _DOING_NOW, and keeps the full reply.
_SIMPLE_PRESENT = re.compile(
    r"\b(?:who|he|she|they|ex|man|woman|guy|bloke|lad|neighbour) (?:\w+ )?"
    r"(?:follows|waits|watches|turns up|shows up|hangs (?:around|round|about)|sits|parks|rings)\b"
)
_REPORT_ASK = re.compile(
    r"\b(?:(?:make|making|put in|file) a (?:formal |police )?complaint|"
    r"how (?:do|can|would|should) i (?:go about (?:that|this|it|reporting)|report|complain)|"
    r"(?:should|can|could) i report|(?:does|would|will) (?:this|that|it) count as evidence)\b"
)


def _asked_about_a_habit(text: str) -> bool:
    return bool(_SIMPLE_PRESENT.search(text)) and bool(_REPORT_ASK.search(text))


def helper_questions(words: list[str], hits: list[Hit]) -> list[bool]:
    """For each hit, whether one of the docstring's kinds turns it down to a check-in."""
    text = " ".join(words)
    if not _only_patterns(hits):
        return [False] * len(hits)
    read = re.sub(r" +", " ", _NOT_NEWS.sub(" ", text))
    if not _calm(read):
        return [False] * len(hits)
    kind = _helping_someone(read) or _asked_if_stalking(read) or _asked_about_a_habit(read)
    return [kind and h.rule.id in _PATTERN_RULES for h in hits]
