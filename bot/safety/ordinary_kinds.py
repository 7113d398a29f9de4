"""Ordinary messages holding danger words, by kind (sets v12a, v12b and NLU set L).

``ordinary_kinds`` mutes a danger match (never a self-harm one) when the
message shows it is not danger now:

* **Put right in the same breath.** "He's outside!!! ... the cat I mean",
  "every bang makes me think it's him. I know it's just the wind", "a man
  followed me but it turned out he was giving back my purse" (v12a, v12b).
* **Far away or coming later.** "he's 200 miles away in prison", "he's coming
  to court on Monday", "coming for me, in a legal sense, family court" (v12a,
  v12b), "he's inside for another 4 years" (v14b).
* **Work, hobby and commentary.** "finished a night shift in A&E, a stabbing",
  "shot my first clay", "the commentator said they've murdered them", "a
  client told me her husband hits her", "feels like dying but it's not",
  shotguns the person wants rid of (v12a, v12b).
* **Told later.** "the anniversary of the night he broke in", "the night he
  kicked the door in. That was 2022" (v12a, v12b).

``asked_for_later`` turns a full reply down to the check-in line when the
message asks how to report or help, or what a sighting earlier means, and
nothing says it is happening to the person now: "my sister reckons I should go
to the police now he's turned up at my work, what would they do", "how do I
check my car for a gps tracker", "saw him this morning ... I'm home now, door locked, all fine"
(set L, v12a, v12b).

Never with urgency ("right now", "as we speak", "help me", "he's just") or
with someone at, in or following the person now ("he is outside my door",
"he is following me"): those keep the full reply.
"""

from __future__ import annotations

import re

from bot.safety.helper_questions import helper_questions
from bot.safety.job_or_course import CLIENT_TOLD, SHIFT_OVER
from bot.safety.matcher import Hit
from bot.safety.rules import Signal
from bot.safety.said_in_passing import asked_in_passing, said_in_passing
from bot.safety.sentence import sentence_end, sentence_start
from bot.safety.stand_down import said_now

# Said now, a plea or fear: never muted or lightened here. stand_down.said_now
# without "now" alone, someone "outside" (the kinds below put those right: "He's
# outside!!! ... the cat I mean") or a lasting state ("he's in prison at the
# moment", "I still can't cook in there"), with this reading's own words.
_ALSO_NOW = (
    r"at this moment",
    r"help me",
    r"please help",
    r"hurry",
    # Not "quick one about court" or "quick question" (set v20b).
    r"quick(?! (?:one|question|q|thing|query))",
    r"scared",
    r"terrified",
    r"hiding",
)


def _said_now(text: str) -> bool:
    return said_now(text, bare_now=False, near=False, lasting=False, also=_ALSO_NOW)


# Someone at, in or following the person now (set L's questions stay full with these).
_AT_ME = re.compile(
    r"\b(?:he|she|they|someone|somebody|a man|a woman|my ex) (?:is|are) "
    r"(?:(?:following|watching|chasing|hitting|hurting|grabbing|attacking|filming|"
    r"threatening|waiting|standing|sitting|parked|banging|knocking|shouting|looking) "
    r"(?:me|for me|after me|outside my|at my|in my|on my)|(?:outside|at|in) (?:my|the) "
    r"(?:door|house|flat|home|garden|window|room|car))\b|"
    # Any subject told before the verb: "a man who follows me from the bus stop is
    # outside my door, how do I report him" (issue 8's near neighbour).
    r"\b(?:is|are) (?:outside|at|in) my (?:door|house|flat|home|garden|window|room|car)\b|"
    # Someone hurt now by him, wherever the person is (set v18b: "my mum is on the
    # phone to me screaming he's in her house and he's hitting her, I'm 20 miles away").
    r"\b(?:he|she|they|someone) (?:is|are) (?:hitting|hurting|attacking|beating|strangling|"
    r"stabbing|kicking|punching|choking) (?:her|him|them|my)\b|"
    # Close behind now: "he's right behind me now, how do I report it" (session 14).
    r"\b(?:is|are) (?:right |still |just )?(?:behind|beside|next to) (?:me|us)\b",
    re.I,
)

# Put right in the same breath (v12a, v12b).
_PUT_RIGHT = re.compile(
    r"\b(?:(?:the|my) \w+ i mean|i know it is (?:just|only)|it is (?:just|only) the (?:wind|cat|"
    r"dog|storm|neighbour|postman)|(?:it )?turned out (?:he|she|it|they) (?:was|were) "
    r"(?:just |only )?(?:\w+ing\b|a |the |my )|not actually (?:here|there|outside)|"
    # Set v16a, v16b: "there's someone at the door - it's just the Amazon man sorry",
    # "someone's outside, oh wait it's the window cleaner". The visitor must end the
    # thought: not "it's only my neighbour but he's drunk and shouting he'll kill me".
    r"(?:it is (?:just|only) |(?:oh )?wait (?:it is|that is) (?:just |only )?)"
    r"(?:the|a|my|our) (?:\w+ ){0,2}(?:man|woman|lady|guy|bloke|driver|cleaner|postman|"
    r"postie|courier|neighbour|engineer|plumber|builder|gardener|fox|cat|"
    # Set v19a: "There's a car outside mine but it's just the carer's".
    r"carer|carers|nurse|nurses|midwife|milkman|neighbours)"
    r"(?= (?:sorry|lol|phew|haha|all fine|\.))|"
    # Set v17a: "man at the door was from the council about the bins, panic over lol".
    r"\bpanic over\b|"
    # Set v20a, v20b: "a car was behind me ... it turned off at the roundabout, just going
    # the same way", "the bloke next door is outside again - washing his car like every
    # Sunday lol".
    r"\bjust going the same way\b|\bit turned off\b|"
    r"\blike every (?:sunday|saturday|weekend|week|morning|day|evening)\b|"
    # Set v18a: "There's a man in my garden! Oh it's the meter reader, false alarm",
    # "Someone at the door, it's fine, it's my grandson with my shopping".
    r"(?<!not a )(?<!no )\bfalse alarm\b|"
    r"\bit is fine (?:\. )?it is (?:just |only )?(?:my|the|a|our) \w+)",
    re.I,
)
# Far away or coming later (v12a, v12b), in the match's sentence.
_ELSEWHERE = re.compile(
    # Not "he's supposed to be in prison" (v13a: he is at the school gates now).
    r"\b(?:\d+ miles away|(?<!out of )(?<!supposed to be )(?<!meant to be )(?<!should be )"
    r"in (?:prison|jail)|(?<!supposed to be )(?<!meant to be )(?<!should be )locked up|"
    r"(?:is|are) in hospital|on a ward|"
    # Set v17b: "even though he's been on remand for two months and can't get out".
    r"(?<!out of )(?<!not )on remand|"
    # Set v14b: "he's inside for another 4 years" (a prison officer's inmate).
    r"(?<!still )inside for (?:another |a further )?(?:\d+|a|an|one|two|three|four|five|six|"
    r"seven|eight|nine|ten) (?:more )?(?:years?|months?)|"
    # Set v18a: "birth father was convicted of harassing their mum, he's inside now".
    r"\b(?:convicted|sentenced|jailed)\b(?: \w+| \.){0,10} (?:he|she|they) (?:is|are) "
    r"inside(?: now)?(?= \.(?! (?:in|at|by|on) (?:my|our|the))| for\b| until\b)|"
    # Set v18a: "The ex is outside... outside the country, thank God".
    r"outside (?:the|this) (?:country|uk|county|area)|"
    # Set v18a: "they took my phone for evidence" (the police).
    r"(?:took|taken|take|kept|keeping|have|got) my (?:phone|mobile|laptop) (?:for|as) evidence|"
    # Set v16a: "prison officer, he's now inside at another prison".
    r"(?<!still )inside (?:at|in) (?:a |an |another |the )?(?:\w+ )?(?:prison|jail|hmp)|"
    # Set v16b: "saw his car in Knutsford today going the other way, didn't stop".
    r"(?:going|heading|driving|went|drove) (?:off )?(?:the other way|in the other direction)|"
    r"coming (?:to|for) "
    r"(?:the |a )?(?:\w+ )?court|in a legal sense|family court|to court on)\b",
    re.I,
)
# Work, hobby and commentary (v12a, v12b), in the match's sentence; the work forms
# are job_or_course.py's narrow ones (this mutes the full danger reply outright).
_WORK_OR_HOBBY = re.compile(
    rf"\b(?:{SHIFT_OVER}|{CLIENT_TOLD}|"
    r"clays?|clay pigeons?|skeet|commentator|pundit|"
    # Set v16b: "I make knives as a hobby and my ex is telling the police I'm dangerous".
    r"as a hobby|(?:make|making|forge|forging) (?:\w+ )?knives|knife ?making|bladesmith\w*|"
    # Set v18b: "my husband's in the army and does knife training and fieldcraft".
    r"(?:knife|weapons?|firearms?|rifle|bayonet) training|fieldcraft|"
    # Set v17a: "I work in a butchers so I use knives all day".
    r"(?:use|using|handle|handling|work with|working with) (?:knives|a knife|blades) "
    r"(?:all day|every day|for work|at work|for my job)|"
    r"feels? like (?:i am )?dying but (?:it is not|i am not))\b",
    re.I,
)
# Weapons the person wants to hand in, anywhere in the message (v12a: "my late
# husband's shotguns ... I want rid of them. Who collects them?").
_HAND_IN = re.compile(
    r"\b(?:(?:want|get|getting) rid of (?:them|it|the \w+)|hand (?:them|it) in|who collects|"
    r"(?:gun|knife|weapon) amnesty)\b",
    re.I,
)
# Told later (v12a, v12b): an anniversary, or a later sentence giving the year.
_TOLD_LATER = re.compile(r"\banniversary (?:\w+ )?of\b", re.I)
_YEAR_AFTER = re.compile(r"\. (?:that|this|it) was (?:in |back in )?(?:19|20)\d\d\b", re.I)

# A question how to report or help (set L), or how a tracker alert works (v12b).
_ASKED = re.compile(
    r"\b(?:what would (?:they|the police|police) (?:actually )?do|"
    r"(?:how (?:do|can) i|how i) (?:do this|report|tell|check (?:my|the) \w+ for)|"
    r"can (?:the )?police (?:find|trace|track|tell)|where can i (?:signpost|refer|send)|"
    r"how do (?:these|the|airtag) (?:\w+ )?alerts? work|should i report)\b",
    re.I,
)
# A sighting earlier, the person home and fine since (v12a).
_EARLIER = re.compile(r"\b(?:this morning|this afternoon|earlier|yesterday|last night)\b", re.I)
_HOME_FINE = re.compile(
    r"\bi am (?:home|back|safe|inside) now\b.*\b(?:all fine|all good|i am (?:fine|ok|okay|safe))\b",
    re.I,
)


def _quiet(text: str) -> bool:
    """Whether nothing in the message says now or someone at the person now."""
    return not _said_now(text) and not _AT_ME.search(text)


def _around(words: list[str], hit: Hit) -> str:
    """The match's sentence with the one before and after: people split one
    thought with commas ("he's coming for me, but in a legal sense", v12b)."""
    start = sentence_start(words, hit.start, count=2)
    end = sentence_end(words, hit.end, count=2)
    return " ".join(words[start:end])


def ordinary_kinds(words: list[str], hits: list[Hit]) -> list[bool]:
    """For each hit, whether one of the module docstring's kinds, or one of
    said_in_passing.py's (sets v13a, v13b: its own guard), mutes it."""
    passing = said_in_passing(words, hits)
    return [a or b for a, b in zip(passing, _ordinary_kinds(words, hits), strict=True)]


def _ordinary_kinds(words: list[str], hits: list[Hit]) -> list[bool]:
    text = " ".join(words)
    if _said_now(text):
        return [False] * len(hits)
    # Put right or dated: the correction itself says it is not someone at the door.
    whole = bool(_PUT_RIGHT.search(text) or _YEAR_AFTER.search(text))
    if not whole and _AT_ME.search(text):
        return [False] * len(hits)
    handed_in = bool(_HAND_IN.search(text))
    muted = []
    for hit in hits:
        if Signal.SELF_HARM in hit.rule.signals:
            muted.append(False)
            continue
        sentence = _around(words, hit)
        muted.append(
            whole
            or bool(_ELSEWHERE.search(sentence))
            or bool(_WORK_OR_HOBBY.search(sentence))
            or bool(_TOLD_LATER.search(sentence))
            or (handed_in and hit.rule.id == "weapon")
        )
    return muted


def asked_for_later(words: list[str], hits: list[Hit]) -> list[bool]:
    """For each hit, whether the message asks how to report or help (docstring).

    With helper_questions.py's kinds: a helper asking what they can do about
    someone else's pattern, "is it stalking" about a habit, a habit before a
    reporting question (how he knew, after a past arrival, is readings.py's).
    """
    text = " ".join(words)
    # said_in_passing.py's check-in kinds (sets v13a, v13b, NLU set O), own guard.
    passing = asked_in_passing(words, hits)
    if any(passing):
        return passing
    helper = helper_questions(words, hits)
    if any(helper):
        return helper
    # "my sister is being followed home tonight, how do I help" stays full (test_readings).
    if not _quiet(text) or re.search(r"\b(?:tonight|today)\b", text):
        return [False] * len(hits)
    asked = bool(_ASKED.search(text)) or bool(_EARLIER.search(text) and _HOME_FINE.search(text))
    return [asked and Signal.SELF_HARM not in hit.rule.signals for hit in hits]
