"""Self-harm told as long past, with the person well now (split from self_harm_readings.py).

The one reading of "long past, well now": the self-harm rules ask it through
``well_now`` (muted in everyday.ordinary_self_harm), the pills check-in through
medicine_questions.py, and self_harm_readings.denied reads ``AGAIN`` ("I used to
self harm, I'm fine now but I cut last night": not over).
"""

from __future__ import annotations

import re

from bot.safety.matcher import Hit
from bot.safety.sentence import sentence_end, sentence_start

# h_well_now: self-harm or an attempt told as long past, with the person well now:
# "I tried to end my life years ago, I'm well now", "self harmed as a teenager. Not
# now.", "my suicide attempt from uni ... I've been well for ages". Muted
# (everyday.ordinary_self_harm), as "used to ... haven't for years" already is;
# never with "again", "lately", "started" or "tonight" after it.
# Blind set v8 widened it to a year, "last year", "back in" and "in my twenties",
# to an overdose, to a friend ("she felt suicidal last year. she's better now"),
# and to "in a much better place", "fine now", "I'm 45 now and fine"; blind sets
# v9a and v9b to "been clean for 5 years", "counselling has helped", "scars have
# healed", "doing really well".
_WELL_NOW_RULES = frozenset({"suicide_words", "self_injury", "overdose"})
_LONG_PAST = re.compile(
    r"\b(?:years ago|years back|\d+ years ago|as a (?:teenager|teen|kid|child|student)|when i was "
    r"(?:\d+|a \w+|at \w+|young|younger|little)|(?:at|from|in) (?:uni|university|school|"
    r"college|sixth form)|in (?:19|20)\d\d|back (?:then|in (?:19|20)\d\d))\b|"
    # Set v18a, v18b: "self-harmed before she came to us" (a foster child), "back in uni".
    r"\bbefore (?:she|he|they) came to (?:us|me|live with)\b|\bback (?:in|at) (?:uni|school|"
    r"college|university|sixth form)\b|"
    r"\blast year\b|\bback in (?:19|20)?\d\d\b|\b(?:in|during) my (?:teens|twenties|thirties|"
    r"forties|20s|30s|40s)\b|"
    # Blind sets v9a, v9b: "she's self harm scars have healed"; v11a: "are fully healed".
    r"\bscars (?:have |had |has |are |were )?(?:all |fully |completely )?(?:healed|faded)\b|"
    # Blind sets v10a, v11a, v11b: "my daughter used to self harm", "i was 14 when i
    # took an overdose", "suicidal thoughts last winter", "when we were together".
    r"\bused to\b|\b(?:i|she|he) was (?:only |just )?\d+ when\b|"
    r"\blast (?:winter|summer|spring|autumn|christmas)\b|\bwhen we were together\b|"
    # "the scars on my arms are old".
    r"\bscars(?: \w+){0,3} (?:are|were) old\b|\bold (?:self harm )?scars\b|"
    # v15a, v15b: "in the past i took an overdose", "I was suicidal when the stalking was
    # at its worst".
    r"\bin the past\b|\bwhen (?:the|it|this|that|things) (?:\w+ ){0,3}(?:was|were) "
    r"(?:at (?:its|it is|their) worst|really bad|so bad|bad)\b"
)
_WELL_NOW = re.compile(
    r"\b(?:i am|im|she is|shes|he is|hes|they are|theyre) (?:well|fine|ok|okay|good|better|"
    r"doing (?:really |so |very |much )?(?:well|fine|ok|okay|good|better)|in a (?:much |far "
    r"|way |lot )?(?:good|better) place)(?: now)?\b|\b(?:i am|im|she is|he is) \d+ now and "
    r"(?:doing )?(?:really |so )?(?:fine|well|ok|okay|good|in a (?:good|better) place)\b|"
    # v15a: a letter to my younger self about it, "it helped loads".
    r"\bit (?:has |really |honestly )?helped (?:loads|a lot|so much|massively)\b|"
    r"\bbeen (?:well|fine|ok|okay|good|better|clean|free|(?:self )?harm free) (?:for|since)\b|"
    # Set v18a, v18b: "had CBT, been fine 8 years", "seeing someone now and doing better".
    r"\bbeen (?:well|fine|ok|okay|good) (?:\d+|a|one|two|three|four|five|six|seven|eight|nine|"
    r"ten) (?:years?|months)\b|\band (?:is |are )?doing (?:really |so |much |a lot )?(?:well|"
    r"better|great)\b|"
    r"(?:^|\. )not now \.|"
    # Blind sets v9a, v9b: "counselling has helped loads", "therapy really helped".
    r"\b(?:counselling|counseling|therapy|treatment|medication|meds|support|the group|"
    r"cbt|talking) (?:has |have |had )?(?:really |so )?helped\b|"
    r"\bnothing to do with (?:now|how i am now)\b|"
    # Blind sets v10a, v10b, v11a, v11b: "she's been clean 2 years", "now I'm strong",
    # "I'm so much better", "I'm not at risk now", "healed now ... proud of myself",
    # "the scars on my arms are old".
    r"\bbeen (?:clean|free|(?:self )?harm free) (?:\d+|a|one|two|three|four|five|six) "
    r"(?:years?|months)\b|"
    # Blind set v14a: "I'm 5 years clean now"; v16a, v16b: "doing great now, 4 years
    # clean", "I'm 8 months clean".
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months) "
    r"(?:clean|sober|free|(?:self )?harm free)\b|\bdoing (?:really |so )?(?:great|brilliantly|"
    r"brilliant|amazingly|amazing) now\b|\b(?:is|are) doing (?:really |so )?(?:great|"
    r"brilliantly|amazingly)\b|"
    r"\bnow (?:i am|im|i m) (?:strong|stronger|happy|safe|well|fine|"
    r"good|doing well)\b|\b(?:i am|im) (?:so |much |so much |a lot |loads |way )better\b|"
    r"\bnot at risk\b|\bhealed now\b|\bproud of myself\b|"
    # Set v20b: "I had suicidal thoughts 5 years ago and got help".
    r"\band (?:i )?(?:got|had|found) (?:help|support|treatment|counselling|therapy)\b|"
    # Set v17a: "scars on my arms from when I was a teenager".
    r"\bscars?(?: \w+){0,4} from when i was (?:a |in |at )?(?:teenager|teen|kid|child|"
    r"younger|school|uni|university|college)\b|"
    r"\bscars(?: \w+){0,3} (?:are|were) (?:old|faded|healed)\b|\bold (?:self harm )?scars\b|"
    # Issue 8: "I used to hurt myself years ago, not since I got help".
    r"\bnot since\b|\b(?:have not|havent|has not|hasnt)(?: \w+){0,2} since\b|"
    # Blind set v13a: helping others now, "I'm now a peer supporter with Mind".
    r"\b(?:i am|im) now an? (?:\w+ )?(?:peer supporter|peer mentor|volunteer|mentor|listener|"
    r"ambassador|recovery coach|support worker)\b"
)
AGAIN = re.compile(
    r"\b(?:again|lately|recently|these days|starting|relaps\w*|urges?|tonight|"
    # Blind set v13a: "when it all started" dates the past, it is not a new start.
    r"(?<!when it all )(?<!when it )(?<!when this )(?<!when that )started|"
    r"thinking about (?:it|doing)|not (?:well|ok|okay|fine|good) now|back to|still|"
    r"(?:new|fresh) (?:cuts?|scars?|marks?|burns?)|last night|yesterday|this morning|this week|"
    r"want to (?:die|end|kill|go)|wish i (?:was|were) dead)\b"
)


# Blind set v11a: a wish to die told in the past ("i wanted to die last year ... im so
# much better"), or old scars ("the scars on my arms are old, from when i was a
# teenager"); "I want to die" and "cuts on my arms" now are not read here.
_PAST_WISH = frozenset({"wanted", "wished", "felt", "was", "were", "thought", "scars"})


def well_now(words: list[str], hit: Hit) -> bool:
    """Self-harm or an attempt told as long past, the person saying they are well now."""
    if hit.rule.id == "wish_to_die":
        if not _PAST_WISH & set(words[hit.start : hit.end]):
            return False
    elif hit.rule.id not in _WELL_NOW_RULES:
        return False
    return told_as_long_past(words, hit.start, hit.end)


def told_as_long_past(words: list[str], start: int, end: int) -> bool:
    """The words at start:end told as long past, the person well now, nothing since.

    The one reading of "long past, well now": self-harm rules ask it through
    ``well_now``, the pills check-in through medicine_questions.py.
    """
    # The sentence and the two before it: "a long time ago. years ago now. I tried to".
    first = sentence_start(words, start, count=3)
    # And the sentence after: "the time I tried to end it. that was 8 years ago" (v15a).
    last = sentence_end(words, end, count=2)
    return (
        bool(_LONG_PAST.search(" ".join(words[first:last])))
        # From just before the match: "been self harm free since 2015" holds it.
        and bool(_WELL_NOW.search(" ".join(words[max(0, start - 2) :])))
        and not AGAIN.search(" ".join(words[end:]))
    )
