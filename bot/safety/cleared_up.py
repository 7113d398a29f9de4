"""Danger words the message itself clears up (blind set v8's false alarms).

- An item asked about in law: "is it legal to keep a bat by the door for
  protection?", "does pepper spray count as a weapon here?" (``asks_about_the_law``,
  read by everyday.asked_what_counts; the weapon rule is muted in
  everyday.ordinary_reading). "he's got a baseball bat" is no question.
- An arrival put right straight after: "someone's at the door but it's the
  Tesco delivery", "a knock at the door, it was my neighbour with a parcel"
  (``arrival_put_right``, inside ``mistaken``: muted in not_news.not_first_hand). "someone's at the
  door, I think it's him" is not put right. Blind set v10: a scare put right,
  "thought somebody was at the back door, it was only the recycling bin"
  (``scare_put_right``).
- A hunch that someone has been, with no time: "I think someone's been going
  through my bins, not sure when" (``hunch_someone_has_been``: at most the
  check-in line, through not_happening.feels_like). "someone is in my garden"
  has no "been" and keeps the full reply.
- A turning-up told as a habit with no now: "she has been turning up at the
  football every Saturday" (``turning_up_as_a_habit``: at most the check-in
  line, through not_happening.feels_like). "she's turned up at the football
  now" keeps the full reply.
- A turning-up told as a habit, then asked about (``turning_up_asked_about``; no
  line: read through check_in_cleared.py): "my ex keeps turning up at the same
  gym classes as me, can the gym ban him?", "she keeps showing up at our local,
  is that right?", "he keeps turning up at my son's football every Sunday, how
  do I deal with it?" (blind sets v14a and v14b: seven ordinary questions got
  "Are you safe right now?"). "he keeps turning up" with no question keeps the
  line; "he keeps turning up, he's outside now, what do I do" keeps the full reply.
"""

from __future__ import annotations

import re

from bot.safety.arrivals import FRIENDLY_PEOPLE, HOSTILE
from bot.safety.context_words import URGENT_OVER_PAST
from bot.safety.matcher import Hit
from bot.safety.sentence import sentence_end, sentence_start
from bot.safety.stand_down import said_now, threatening

# "is it legal to keep ...", "is pepper spray illegal in the UK", "does X count as
# a weapon", "am I allowed to carry ...".
_LAW_QUESTION = re.compile(
    r"\b(?:is it|is that|would it be|is|are) (?:\w+ ){0,3}(?:legal|illegal|against the law) "
    r"(?:to|for me to|in)\b|\bcounts? as (?:a |an )?(?:\w+ )?weapons?\b|"
    r"\b(?:am i|are we|is anyone) (?:\w+ )?allowed to (?:carry|keep|own|have|buy)\b"
)


def asks_about_the_law(text: str) -> bool:
    """Whether the message asks whether an item is legal or counts as a weapon."""
    return bool(_LAW_QUESTION.search(text))


# ordinary_v7_mistaken (moved from everyday.py): "I thought I saw him but it
# wasn't", "turned out to be the delivery driver".
_MISTAKEN_SIGHTING = re.compile(
    r"\bthought (?:i|we) (?:saw|seen|spotted|heard) (?:him|her|them|his|my ex)\b"
    r"(?: \w+){0,3} (?:but|and|\.) (?:it|that|he|she) (?:was not|wasnt|was nt|is not)\b"
)
_MISTAKEN = re.compile(
    r"\bturn(?:ed|s)? out (?:to be|it was) (?:just |only )?(?:the|a|an|my|our|some) "
    r"(?:\w+ ){0,2}(?:amazon|postman|postie|courier|delivery|neighbour|neighbor|driver|parcel|"
    r"meter|friend|mum|dad|brother|sister|"
    # Blind set v9: "turned out to be the manager with clean towels", "a drunk lad
    # at the wrong house".
    r"manager|receptionist|staff|cleaner|housekeeping|landlord|landlady|warden|caretaker|"
    r"concierge|security|engineer|plumber|electrician|window cleaner|kids?|lads?|teenagers|"
    r"students?)\b"
)
# "turned out to be some students knocking on the wrong door".
_WRONG_DOOR = re.compile(
    r"\bturn(?:ed|s)? out (?:to be |it was )?(?:\w+ ){0,4}(?:at|knocking on|for) the wrong "
    r"(?:house|door|flat|address|number|room)\b"
)
# Right after the match: "but it is the tesco delivery", ". it was my neighbour".
_PUT_RIGHT = re.compile(
    r"^(?:\. |, )?(?:but |and )?(?:oh |ah |phew |false alarm |never mind |nvm |sorry )?"
    r"(?:\. |, )?(?:it is|it was|its|that was|that is|it s) (?:just |only )?"
    r"(?:the|a|an|my|our) (?:\w+ ){0,2}(\w+)\b"
)
_ORDINARY_CALLERS = FRIENDLY_PEOPLE | frozenset(
    "delivery parcel amazon dpd evri hermes dhl ups yodel tesco asda sainsburys ocado "
    "morrisons postman postie courier neighbour neighbor neighbours milkman".split()
)


# Blind set v10: a scare put right in the same breath: "I thought someone was
# trying the door but it was the gate banging", "thought he was at the window,
# it was only the cat". The match must sit between "thought" and the putting
# right, and nothing after it may say now or near ("... but now he's outside").
_THOUGHT_BUT_IT_WAS = re.compile(
    r"\bthought (?:i heard |there was )?(?:someone|somebody|some one|he|she|they|it was)\b"
    r"(?: \w+){1,10}(?: \.| ,)? (?:but |and )?(?:it was|it is|its|it s|turned out to be) "
    r"(?:just |only )?(?:the|a|an|my|our|next doors|next door s) (?:\w+ )?"
    r"(?:gate|wind|cat|fox|dog|bins?|branch|tree|rain|pipes?|heating|boiler|fence|shutter|"
    r"blinds?|curtains?|letterbox|radiator|washing machine|neighbours?|neighbors?|door|"
    r"storm|birds?|squirrel|hedgehog|recycling)s?\b"
)

_ITS_NOISE = re.compile(r"^ (?:banging|rattling|slamming|creaking|flapping|blowing)\b")


def scare_put_right(words: list[str], hit: Hit) -> bool:
    """ "I thought someone was trying the door but it was the gate": a scare put right."""
    text = " ".join(words)
    at = len(" ".join(words[: hit.start])) + (1 if hit.start else 0)
    for found in _THOUGHT_BUT_IT_WAS.finditer(text):
        if found.start() < at < found.end():
            # "the gate banging" is the gate's noise, not his: set it aside.
            rest = _ITS_NOISE.sub(" ", text[found.end() :], count=1)
            return not said_now(rest) and not threatening(rest, harm=False, weapons=False)
    return False


def mistaken(words: list[str], hit: Hit) -> bool:
    """A sighting or arrival put right: "turned out to be the postman", "it's the Tesco
    delivery", "thought I saw him but it wasn't"."""
    after = " ".join(words[hit.end :])
    return (
        bool(_MISTAKEN.search(after) or _WRONG_DOOR.search(after))
        or _inside_put_right(words, hit)
        or arrival_put_right(words, hit)
        or bool(_MISTAKEN_SIGHTING.search(" ".join(words)))
        or scare_put_right(words, hit)
    )


def _inside_put_right(words: list[str], hit: Hit) -> bool:
    """The match is part of the putting right: "turned out to be some students
    knocking on the wrong door"."""
    start = max(0, hit.start - 8)
    text = " ".join(words[start : hit.end])
    # The put-right phrase starts before the match and runs into it.
    at = len(text) - len(" ".join(words[hit.start : hit.end]))
    return any(
        found.start() < at < found.end()
        for pattern in (_MISTAKEN, _WRONG_DOOR)
        for found in pattern.finditer(" ".join(words[start:]))
    )


def arrival_put_right(words: list[str], hit: Hit) -> bool:
    """ "someone's at the door but it's the Tesco delivery": the caller named, ordinary."""
    found = _PUT_RIGHT.search(" ".join(words[hit.end : hit.end + 9]))
    if not found or HOSTILE.search(" ".join(words)):
        return False
    named = found.group(0).split()
    return bool(_ORDINARY_CALLERS & set(named))


_HUNCH = re.compile(r"\b(?:i think|i reckon|i suspect|pretty sure|maybe|i guess)$")
_HUNCH_RULES = frozenset({"presence", "ci_someone_near"})


def hunch_someone_has_been(words: list[str], hit: Hit) -> bool:
    """ "I think someone's been through my bins": a past visit guessed at, no sighting."""
    before = " ".join(words[max(0, hit.start - 3) : hit.start])
    return (
        hit.rule.id in _HUNCH_RULES
        and "been" in words[hit.start : hit.end]
        and bool(_HUNCH.search(before))
        and not URGENT_OVER_PAST.search(" ".join(words[hit.start :]))
    )


_TURNING_UP = frozenset({"arrived", "arrived_now"})
_HABIT_WORDS = re.compile(
    r"\b(?:every|each) (?:\w+day|day|week|weekend|night|morning|evening|time)\b|"
    r"\b(?:most|on) (?:\w+days|days|weekends|nights)\b|\bweekly\b"
)


def turning_up_as_a_habit(words: list[str], hit: Hit) -> bool:
    """ "she has been turning up at the football every Saturday": a pattern, not now."""
    matched = words[hit.start : hit.end]
    return (
        hit.rule.id in _TURNING_UP
        and "been" in matched
        and bool(_HABIT_WORDS.search(" ".join(words[hit.end : hit.end + 8])))
        and not URGENT_OVER_PAST.search(" ".join(words))
    )


# "keeps turning up", "kept showing up", "always turns up", "does keep turning up".
_HABIT_OF_TURNING_UP = re.compile(
    r"\b(?:keeps?|kept) (?:on )?(?:\w+ )?(?:turning|showing|popping|rocking) up\b|"
    r"\balways (?:turns|shows|pops) up\b"
)
# The question asked about it: what to do, whether it counts, whether it is right.
_ASKED_ABOUT_IT = re.compile(
    r"\b(?:can (?:i|we|the|they|he|she|you|anyone|someone)|could (?:i|we|the|they)|"
    r"how (?:do|can|should|would) (?:i|we)|what (?:can|should|do|could) (?:i|we)|"
    r"what are (?:my|our) options|should (?:i|we)|do (?:i|we) (?:need|have)|"
    r"is (?:that|this|it) (?:right|something|normal|ok|okay|allowed|stalking|harassment)|"
    r"does (?:this|that|it) count|is there anything|am i (?:overreacting|being)|"
    r"(?:get|apply for) (?:an?|the) (?:\w+ )?order)\b"
)
_HABIT_RULES = frozenset({"arrived", "arrived_now", "ci_someone_near"})


def turning_up_asked_about(words: list[str], hit: Hit) -> bool:
    """ "my ex keeps turning up at the gym, can they ban him?": a habit asked about."""
    if hit.rule.id not in _HABIT_RULES:
        return False
    text = " ".join(words)
    sentence = " ".join(words[sentence_start(words, hit.start) : sentence_end(words, hit.end)])
    return (
        bool(_HABIT_OF_TURNING_UP.search(sentence))
        and bool(_ASKED_ABOUT_IT.search(text))
        and not said_now(text)
        and not threatening(text)
    )
