"""Self-harm told as history: someone else's, one's own asked about, or a character's.

Blind sets v14a and v14b (issue 8, session 12) held ordinary messages that got
the full self-harm reply (Samaritans 116 123 and 999) for self-harm told as
history, with nothing about it now. Three kinds, each with its own guards:

* **Someone else's, told as past** (``others_told_as_past``; Samaritans' line,
  asked by self_harm_readings.someone_else): a friend, a daughter or the
  stalker whose suicidal words, attempt or overdose the message dates ("my
  friend was talking about suicide last month ... she's doing a lot better
  now", "she wrote in her diary that she wanted to die ... that was 3 years
  ago", "he said he was gonna top himself about 2 months ago", "overdosed last
  year and survived"), and an old man's words about his age relayed by his
  carer ("the gent I look after keeps saying he won't be here much longer").
  Someone else is the last person named before the words in their sentence;
  months or years ago, last year or a year named date it; a few weeks or "last
  month" only with them well now ("doing better", "thriving").
* **One's own, long past, asked about for the case** (``own_history_for_the_case``;
  muted): "I self-harmed a lot as a teenager and have scars. Will the defence
  bring that up in court?": told in the past tense with a long-past time, in a
  message asking how the court, the police or a statement will use it.
* **A character's, in a play or story the person writes** (``written_for_a_character``;
  Samaritans' line, asked by self_harm_readings.someone_else): "I'm writing a
  play for my drama A-level. The main character takes an overdose in act 2":
  the character or a "he"/"she" does it, never "I".

Two of them are muted outright (``well_or_a_character``, session 15: the
line still reached 7 ordinary messages of v14a and v14b): someone else's told
as past who is well now ("she's seeing someone now and doing a lot better",
"that was 3 years ago, she's in sixth form now and thriving", "overdosed last
year and survived"), and a character's. Someone else's death stays on
Samaritans' line ("ended up taking her own life in 2018"): the person is
bereaved.

None acts when the message says anything now, again, tonight, a plan, an amount
or the person's own wish to die (``_at_risk``, with stand_down.said_now), nor
when someone is not answering or missing:
"my friend took an overdose last year and she's not answering tonight" and "I
self-harmed as a teenager and I cut again last night, will court find out" keep
the full reply.
"""

from __future__ import annotations

import re

from bot.safety.matcher import Hit
from bot.safety.named_last import named_last
from bot.safety.sentence import sentence_end, sentence_start
from bot.safety.stand_down import said_now

# Still at risk: the full reply stays.
_AT_RISK = re.compile(
    r"\b(?:not answering|not picking up|not replying|missing|can not (?:reach|get hold)|"
    r"phone (?:is )?off|again|tonight|goodbye|note|says (?:she|he|they) (?:will|is going|wants)|"
    r"(?:wants|want) to (?:die|end)|in hospital now|critical)\b"
)

# The person's own wish now, beside someone else's: "I want to join her".
_OWN_WISH = re.compile(
    r"\b(?:i (?:want|wanna|wish|need) to (?:die|be dead|join|be with|end it|go too)|kill myself|"
    r"end my life|take my (?:own )?life|the same|thinking (?:of|about) (?:it|doing|ending|joining)|"
    r"tempted|i am (?:going|planning) to|"
    r"i (?:have|have got|got) (?:the )?(?:pills|tablets|rope))\b"
)
_NOW_TOO = (r"tonight", r"at the moment", r"currently", r"this morning", r"last night")


def _at_risk(text: str) -> bool:
    if _AT_RISK.search(text) or _OWN_WISH.search(text):
        return True
    return said_now(text, bare_now=False, near=False, lasting=False, also=_NOW_TOO)


# --- someone else's, told as past ---
_OTHERS_RULES = frozenset({"suicide_words", "wish_to_die", "overdose", "self_injury"})
_LONG_AGO = re.compile(
    r"\b(?:(?:\d+|a|one|two|three|four|five|six|several|many|a few|some) (?:years?|months) ago|"
    r"years ago|months ago|last year|a year ago|in (?:19|20)\d\d|in year \d+|"
    r"when (?:she|he|they) (?:was|were) (?:\d+|young|little|a \w+|at \w+|being)|"
    r"as a (?:teenager|teen|child|kid))\b"
)
_LATELY = re.compile(
    r"\b(?:last (?:month|week|summer|winter|spring|autumn)|"
    r"(?:\d+|a few|two|three|four) weeks ago)\b"
)
_WELL_NOW = re.compile(
    r"\b(?:she|he|they) (?:is|are) (?:now )?(?:thriving|fine|ok|okay|well|happy|"
    r"in a (?:good|better) place)\b|"
    r"\bdoing (?:a lot |so much |much |loads |way |really )?(?:better|well|great)\b|"
    r"\b(?:survived|recovered|thriving)\b"
)
# Present words in the words' own sentence: "she is talking about suicide now".
_NOW_IN_SENTENCE = re.compile(
    r"\b(?:now|still(?! (?:feel|think|blame|worry|wonder))|today|currently|lately|recently|"
    r"at the moment|these days|is|are|keeps|wants)\b"
)
# A carer relaying an old person's words about age.
_CARED_FOR_WORDS = re.compile(
    r"\b(?:the|an?|my) (?:old |elderly |older )?(?:gent|gentleman|man|lady|woman|client|"
    r"resident|patient|service user) (?:i|we) (?:look after|care for|support|visit|sit with) "
    r"(?:always )?(?:keeps saying|kept saying|always says|always said|says|said)\b"
)
_MEANS_OR_TIME = re.compile(r"\b(?:pills|tablets|rope|gun|tonight|goodbye|plan|saving)\b")
_AGE = re.compile(r"\b(?:9\d|1[01]\d)\b|\b(?:his|her|their) age\b|\bcheerful\b")


def others_told_as_past(words: list[str], hit: Hit) -> bool:
    """Someone else's suicidal words or attempt, dated long ago (or recently and well now)."""
    return hit.rule.id in _OTHERS_RULES and _told_as_past(words, hit)


def _told_as_past(words: list[str], hit: Hit) -> bool:
    text = " ".join(words)
    first = sentence_start(words, hit.start)
    own = " ".join(words[first : sentence_end(words, hit.end)])
    if _CARED_FOR_WORDS.search(own) and _AGE.search(text):
        # Their own words ("says she won't be here") are not read as a risk; the
        # rest of the message and any means or time still are.
        return not _at_risk(text.replace(own, "")) and not _MEANS_OR_TIME.search(text)
    if _at_risk(text):
        return False
    if named_last(words, hit) != "third":
        return False
    # The words' own sentence must be the past one: only its part before the match
    # and the match may not say now ("she is talking about it now").
    told = " ".join(words[first : hit.start])
    if _NOW_IN_SENTENCE.search(told):
        return False
    # Dated in the sentence or the next: "... in year 9. that was 3 years ago".
    dating = " ".join(words[first : sentence_end(words, sentence_end(words, hit.end) + 1)])
    if _LONG_AGO.search(dating):
        return True
    return bool(_LATELY.search(dating)) and bool(_WELL_NOW.search(text))


# --- one's own, long past, asked about for the case ---
_OWN_RULES = frozenset({"suicide_words", "self_injury", "overdose"})
_PAST_ACT = re.compile(
    r"\b(?:self harmed|harmed myself|hurt myself|cut myself|overdosed|overdose|took an overdose|"
    r"tried to|attempted|was suicidal|felt suicidal|attempted suicide)\b"
)
_LONG_PAST_OWN = re.compile(
    r"\b(?:as a (?:teenager|teen|child|kid|student)|"
    r"when i was (?:\d+|young|younger|a \w+|at \w+)|years ago|in (?:19|20)\d\d|"
    r"at (?:school|uni|university|college)|in my (?:teens|twenties|20s))\b"
)
_FOR_THE_CASE = re.compile(
    r"\b(?:court|defence|defense|barrister|solicitor|judge|jury|trial|hearing|"
    r"statement|evidence|cross examin\w*|on record|police)\b"
)
_USED_AGAINST = re.compile(
    r"\b(?:bring (?:that|it|this) up|brought up|use (?:that|it|this) against|against me|"
    r"make me look|mention|disclose|tell (?:them|the court|the police)|ask (?:me )?about|"
    r"find out|count against|matter|be used)\b"
)


def own_history_for_the_case(words: list[str], hit: Hit) -> bool:
    """ "I self-harmed as a teenager. Will the defence bring that up in court?"."""
    if hit.rule.id not in _OWN_RULES:
        return False
    text = " ".join(words)
    if _at_risk(text):
        return False
    first = sentence_start(words, hit.start)
    own = " ".join(words[first : sentence_end(words, hit.end)])
    if not (_PAST_ACT.search(own) and _LONG_PAST_OWN.search(own)):
        return False
    return bool(_FOR_THE_CASE.search(text) and _USED_AGAINST.search(text))


# --- a character's, in a play or story the person writes ---
_WRITING = re.compile(
    r"\b(?:writing|write|wrote|directing|devising|rehears\w*) (?:a|an|my|our|the) "
    r"(?:\w+ )?(?:play|script|screenplay|novel|story|short story|drama piece|monologue|"
    r"film|scene)\b"
)
_CHARACTER = re.compile(r"\b(?:character|characters|protagonist|lead|in act|in scene|in chapter)\b")


def written_for_a_character(words: list[str], hit: Hit) -> bool:
    """ "I'm writing a play. The main character takes an overdose in act 2"."""
    return hit.rule.id in _OTHERS_RULES and _for_a_character(words, hit)


def _for_a_character(words: list[str], hit: Hit) -> bool:
    text = " ".join(words)
    if not _WRITING.search(text) or _at_risk(text):
        return False
    first = sentence_start(words, hit.start)
    own = " ".join(words[first : sentence_end(words, hit.end)])
    return bool(_CHARACTER.search(own)) and named_last(words, hit) == "third"


def well_or_a_character(words: list[str], hit: Hit) -> bool:
    """Someone else's, told as past and well now, or a character's: no line at all.

    Read for the pills check-in too ("the main character takes an overdose").
    """
    if hit.rule.id not in _OTHERS_RULES and hit.rule.id != "ci_pills":
        return False
    if _for_a_character(words, hit):
        return True
    return _told_as_past(words, hit) and bool(_WELL_NOW.search(" ".join(words)))
