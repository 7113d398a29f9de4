"""Self-harm words about the stalker, told as over: not the person's own risk now.

Blind set v13b (issue 8) held ordinary messages that got the full self-harm
reply (Samaritans and 999) for words about someone else, told as past:

* **His old threat to harm himself, used as leverage and over**
  (``past_threat_as_leverage``): "He used to threaten to jump off the Runcorn
  bridge to make me stay. He's in prison now", "He wrote in a letter in June
  that he'd end it all if I didn't reply. He's fine, I've seen him posting".
  Needs he or she as the one who would do it, a condition or threat ("if I
  didn't", "to make me", "threaten"), the threat told in the past ("used to",
  "wrote", "said", "in June") and the message saying it is over ("he's fine",
  "in prison now", "married now").
* **A place he stood** (``place_he_stood``): "He used to stand under the
  railway bridge near my house every evening. That stopped in March": a bridge
  or the tracks as where he waited (under, near, by, at), told as a habit or as
  past, not a height for the person.

* **His overdose, cared for** (``cared_for_after_overdose``, asked by
  self_harm_readings.someone_else: Samaritans' line, not the full reply): "his
  sister says he's in hospital after an overdose ... on a ward and being looked
  after". Not "I'm in hospital after an overdose", nor "he's not answering" or
  "discharged himself".

The first two do not act when anything in the message is said now or tonight, or says he
is on the height, going to do it, or not answering (``_said_now``): "he says he'll
jump off the bridge tonight, he's on it now" keeps the full reply; nor when the
person is the one at the place ("I'm stood under the railway bridge and I want
to jump": the last person named before the words is "I").
"""

from __future__ import annotations

import re

from bot.safety.context_words import MONTHS
from bot.safety.matcher import Hit
from bot.safety.named_last import named_last
from bot.safety.sentence import sentence_end, sentence_start
from bot.safety.stand_down import said_now

# Said now (stand_down.said_now: "right now", "just now", "minutes ago"), or tonight,
# on the height, going to do it, a goodbye: the full reply stays. Not "still" or
# "outside": "he is still alive", "he stood outside the bridge club" are the
# readings' own ordinary words.
_NOW_TOO = (
    r"tonight",
    r"at the moment",
    r"this evening",
    r"today",
    r"(?:on|at|by) it now",
    r"there now",
    r"is (?:on|at|by) (?:the|a) (?:\w+ )?(?:bridge|roof|edge|ledge|cliff|tracks|river|viaduct|"
    r"motorway)",
    r"(?:is|are) (?:stood|standing|sat|sitting) (?:on|at|by|near|under)",
    r"going to (?:do it|jump|end)",
    r"about to",
    r"(?:not|never) (?:answering|picking up)",
    r"phone is off",
    r"goodbye",
    r"note",
    r"(?:has|have|just) (?:taken|got|sent)",
    r"says (?:he|she) (?:will|is going)",
    r"i am (?:stood|standing|sat|sitting|on|at|by|under|near)",
    r"kill myself",
    r"end my life",
)


# "Again" keeps the full reply, unless its sentence is only about his contact
# starting again ("he's started following me on socials again", v14a, v14b).
_CONTACT_AGAIN = re.compile(
    r"\b(?:messag\w*|text\w*|follow\w*|contact\w*|calling|ringing|emailing|posting|"
    r"online|on socials|social media|turning up|driving past)\b"
)
_HARM_WORDS = re.compile(
    r"\b(?:threat\w*|jump\w*|kill\w*|end\w*|die|dying|dead|hurt\w*|himself|herself|"
    r"overdos\w*|tablets|pills|rope|noose|bridge|roof|suicid\w*)\b"
)


def _again_about_harm(text: str) -> bool:
    for sentence in text.split(" . "):
        if re.search(r"\bagain\b", sentence) and (
            not _CONTACT_AGAIN.search(sentence) or _HARM_WORDS.search(sentence)
        ):
            return True
    return False


def _said_now(text: str) -> bool:
    if _again_about_harm(text):
        return True
    return said_now(text, bare_now=False, near=False, lasting=False, also=_NOW_TOO)


# --- his old threat to harm himself, as leverage, told as over ---
_LEVERAGE = re.compile(
    r"\b(?:if (?:i|we|you)|unless (?:i|we)|to make me|so (?:i|that i) would|"
    r"threat\w*|blackmail\w*|rather (?:die|be dead) than (?:see|watch|let|lose))\b"
)
_TOLD_PAST = re.compile(
    rf"\b(?:used to|wrote|said|told me|texted|messaged|threatened|sent|would|in (?:{MONTHS}|"
    r"(?:19|20)\d\d)|last (?:year|month|summer|winter|spring|autumn)|years ago|months ago|"
    r"back then|when we were together)\b"
)
# The message says it is over: he is well, elsewhere, moved on.
_OVER = re.compile(
    r"\b(?:he|she) is (?:fine|ok|okay|alive|well|still alive|in prison|inside|locked up|married|"
    r"remarried|engaged|with someone|moved on|living)\b|\bin prison now\b|"
    r"\b(?:i have|i ve) seen (?:him|her) (?:posting|out|about|around)\b|"
    r"\bnever (?:did|went through with) (?:it|anything)\b|\bnothing came of it\b|"
    r"\b(?:he|she) (?:got|has got|has) (?:married|a new)\b|"
    r"\bthat (?:was|stopped) (?:in|when|years)\b|"
    # v14b: "he hasn't contacted me since".
    r"\b(?:he|she) (?:has not|had not|hasnt) (?:contacted|messaged|texted|been in touch with) "
    r"(?:me )?since\b"
)


def past_threat_as_leverage(words: list[str], hit: Hit) -> bool:
    """ "He used to threaten to jump off the bridge to make me stay. He's in prison now"."""
    if named_last(words, hit, through_match=True) != "third":
        return False
    first = sentence_start(words, hit.start)
    told = " ".join(words[first : sentence_end(words, hit.end)])
    if not (_LEVERAGE.search(told) and _TOLD_PAST.search(told)):
        return False
    text = " ".join(words)
    return bool(_OVER.search(text)) and not _said_now(text)


# --- a place he stood ---
_STOOD = frozenset({"stand", "stood", "standing", "stands", "sit", "sat", "sitting", "sits"})
_AT_A_PLACE = frozenset({"under", "near", "by", "at"})
# A habit or the past: "every evening", "used to", "that stopped in March".
_HABIT_OR_PAST = re.compile(
    r"\b(?:used to|every (?:\w+ )?(?:evening|night|morning|day|week|weekend)|each (?:evening|"
    r"night|morning|day)|most (?:nights|days|evenings)|(?:that|it|this) stopped|for (?:weeks|"
    r"months)|last (?:year|month|week|summer|winter)|years ago|months ago|that was)\b"
)
_HEIGHT_ACT = re.compile(r"\b(?:jump\w*|fall\w*|fell|edge|ledge|over the side|throw \w+ off)\b")


def place_he_stood(words: list[str], hit: Hit) -> bool:
    """ "He used to stand under the railway bridge every evening": a place, not a height."""
    matched = words[hit.start : hit.end]
    if len(matched) < 2 or matched[0] not in _STOOD or matched[1] not in _AT_A_PLACE:
        return False
    if named_last(words, hit, through_match=True) != "third":
        return False
    text = " ".join(words)
    if _HEIGHT_ACT.search(text) or _said_now(text):
        return False
    return bool(_HABIT_OR_PAST.search(text))


# --- someone else in hospital after an overdose, cared for ---
# Blind set v13b ("she says he's
# in hospital after an overdose ... on a ward and being looked after"): Samaritans'
# line, as for someone else's words. Not the person's own ("I'm in hospital after").
_CARED_FOR_AFTER = re.compile(
    r"\b(?:he|she|they|(?:my|his|her|our) (?:\w+ )?(?:brother|sister|son|daughter|mum|dad|"
    r"mother|father|ex|partner|husband|wife|friend|mate|cousin)) (?:is|are|was|were) in "
    r"(?:hospital|a and e|intensive care) after "
    r"(?:an? |his |her |their )?overdos\w*\b"
)
_CARED_FOR = re.compile(
    r"\b(?:being looked after|on a ward|stable|recovering|out of danger|in good hands|"
    r"being treated|doctors are|nurses are)\b"
)
_STILL_AT_RISK = re.compile(
    r"\b(?:not answering|missing|discharged himself|discharged herself|left the hospital|"
    r"says (?:he|she) will|again|tonight|critical|dying)\b"
)


def cared_for_after_overdose(words: list[str], hit: Hit) -> bool:
    """ "His sister says he's in hospital after an overdose ... being looked after"."""
    if hit.rule.id != "overdose":
        return False
    text = " ".join(words)
    return bool(
        _CARED_FOR_AFTER.search(text) and _CARED_FOR.search(text)
    ) and not _STILL_AT_RISK.search(text)


def his_past_threat_or_place(words: list[str], hit: Hit) -> bool:
    """Either reading above (self-harm rules only; asked by self_harm_told_as_past)."""
    return past_threat_as_leverage(words, hit) or place_he_stood(words, hit)
