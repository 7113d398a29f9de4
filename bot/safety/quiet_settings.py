"""Danger words in a setting that is clearly ordinary: no line at all (blind sets
v9a and v9b).

Session 8 lowered these to the check-in line ("Are you safe right now?"); on
the v9 sets they were a fifth of all check-ins on ordinary messages. Each kind
here is muted only when the message says nothing of now, a threat or fear
(each reading's own stand-down, stand_down.py):

- ``weapon_in_a_setting`` (weapon_told.py): a weapon named in a legal, work,
  pretend or past setting: "the order says he can't carry a knife, does that
  include his tools", "the charge sheet says assault with a weapon", "I'm a
  butcher, knives are my job". "He's got a knife", "he's outside with a knife"
  fire other rules this never touches.
- ``stabbing_at_a_device`` and ``own_weapon_in_a_what_if`` (weapon_told.py, blind
  set v10): "I've been jabbing at my phone all morning", "if I'm cutting bread
  with a big knife and he turns up, is that self defence? he's not here".
- ``followed_before_asked``: following told as before or seen on footage, with a
  question about the footage or the record: "he's followed my lorry before, it's
  on my dashcam, how long to keep footage".
- ``named_with_a_case``: "the man who is following me" named only to say
  something about his case: "... has court on 12 March".
- ``someone_elses_following``: a third person's following, told with how to help:
  "my grandad's neighbour is being followed, how can he help".
- ``device_asked_about``: a doorbell or camera asked about as a thing to buy:
  "is it worth getting a Ring doorbell or will he hack it".

asked_about.muted_questions asks ``quietly_set``.
"""

from __future__ import annotations

from bot.safety.background import in_the_background
from bot.safety.context_words import rx
from bot.safety.matcher import Hit
from bot.safety.stand_down import said_now, threatening
from bot.safety.weapon_told import (
    own_weapon_in_a_what_if,
    stabbing_at_a_device,
    weapon_in_a_setting,
)

_FOLLOWING = frozenset({"following", "following_now"})

# followed_before_asked: what to do with the footage or the record.
_RECORD_QUESTION = rx(
    r"(?:how long|should|do|can|must) (?:i|we|should i)?(?: \w+){0,3} (?:keep|save|store|copy|"
    r"download|send|hand|give|report|log)",
    r"is (?:it|that|this) (?:enough|evidence|worth)",
    r"(?:keep|save|copy) the (?:footage|file|video|clip|recording)",
)
_BEFORE = rx(r"before(?! (?:he|she|they|i|we|you|it)\b)", r"in the past", r"previously")

# named_with_a_case: what is said about him is his case, not what he is doing.
_CASE = rx(
    r"(?:has|got|is due in|is due at|goes to|is going to|at) (?:court|a hearing|his hearing|"
    r"trial|his trial|magistrates|crown court|sentencing)",
    r"(?:was|got|has been|is being) (?:charged|arrested|bailed|remanded|convicted|sentenced|"
    r"cautioned|interviewed)",
    r"(?:his|the) (?:hearing|trial|court date|case|bail|sentencing)",
)

# someone_elses_following: a third person named before the following.
_THIRD_PERSON = rx(
    r"(?:my|our|his|her) (?:\w+s )?(?:neighbour|friend|mate|sister|brother|daughter|son|mum|"
    r"dad|colleague|cousin|aunt|auntie|uncle|niece|nephew|grandad|grandma|nan|gran|"
    r"flatmate|housemate|tenant|client|pupil|student|patient|lodger)s?"
)
_TO_HELP = rx(
    r"(?:wants?|would like|trying) to help",
    r"(?:does not|doesnt|do not|dont) know how",
    r"how (?:can|could|should|do) (?:he|she|they|i|we) (?:best )?(?:help|support)",
)

# device_asked_about: a doorbell or camera as a thing to buy or fit.
_DEVICE_RULES = frozenset({"ci_someone_near"})
_GETTING = rx(
    r"(?:getting|get|buying|buy|fitting|fit|installing|install|putting up|put up) "
    r"(?:a|an|one of those|the) ring doorbell",
    r"(?:is|are) (?:a|an|the)? ?ring doorbells? (?:worth|any good|good|safe|hackable)",
)


def _calm(text: str) -> bool:
    return not said_now(text) and not threatening(text, pleas=True)


def followed_before_asked(words: list[str], hit: Hit) -> bool:
    """Following told as before or on footage, asked about as a record."""
    text = " ".join(words)
    return (
        hit.rule.id in _FOLLOWING
        and in_the_background(words, hit)
        and bool(_BEFORE.search(text) or "footage" in text or "dashcam" in text)
        and bool(_RECORD_QUESTION.search(text))
        and _calm(text)
    )


def named_with_a_case(words: list[str], hit: Hit) -> bool:
    """ "the man who is following me has court on 12 March": his case, nothing now."""
    matched = words[hit.start : hit.end]
    text = " ".join(words)
    return (
        hit.rule.id in _FOLLOWING
        and "who" in matched[:2]
        and in_the_background(words, hit)
        and bool(_CASE.search(" ".join(words[hit.end : hit.end + 8])))
        and _calm(text)
    )


def someone_elses_following(words: list[str], hit: Hit) -> bool:
    """A third person's following, told with how to help them."""
    if hit.rule.id not in _FOLLOWING:
        return False
    text = " ".join(words)
    before = " ".join(words[max(0, hit.start - 6) : hit.start + 1])
    matched = set(words[hit.start : hit.end])
    return (
        bool(_THIRD_PERSON.search(before))
        and not {"me", "us", "i", "my"} & matched
        and bool(_TO_HELP.search(text))
        and _calm(text)
    )


def device_asked_about(words: list[str], hit: Hit) -> bool:
    """A Ring doorbell asked about as a thing to get, nothing at the door now."""
    text = " ".join(words)
    return hit.rule.id in _DEVICE_RULES and bool(_GETTING.search(text)) and _calm(text)


def quietly_set(words: list[str], hit: Hit, hits: list[Hit]) -> bool:
    """Whether any kind above mutes the match.

    A weapon is muted only when no other match says someone is there now (a rule
    marked ``present``): in "I'm a chef and he's at my work with a knife" the
    knife is his, now.
    """
    alone = not any(h.rule.present for h in hits if h is not hit)
    return (
        (alone and weapon_in_a_setting(words, hit))
        # Blind set v10 (weapon_told.py): "stabbing at this laptop", "if I'm chopping
        # veg with a big knife and he turns up ... he's not here".
        or (alone and stabbing_at_a_device(words, hit))
        or (alone and own_weapon_in_a_what_if(words, hit))
        or followed_before_asked(words, hit)
        or named_with_a_case(words, hit)
        or someone_elses_following(words, hit)
        or device_asked_about(words, hit)
    )
