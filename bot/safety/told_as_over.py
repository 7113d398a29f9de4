"""Danger and check-in words in messages that say it is over, minor or not now.

Kinds found by blind sets v12a and v12b (issue 8), read per match by
detector.py:

``minor_accident`` mutes the weapon and violence rules (never a self-harm rule,
which the self-harm readings judge) when the person hurt themselves by
accident and says it is over and minor: "Stabbed myself with the screwdriver
putting flat pack drawers together, blood everywhere but it's a tiny cut,
plaster on, all good" (v12a). Not when anyone else did it ("he stabbed me,
it's a tiny cut") or anything is said now or feared.

``whenever_it_happens`` lowers someone being with the person to the check-in
line at most when it is told as what happens each time something does: "It's
my husband's [AirTag], he's in the car with me when it happens. How do these
alerts work?" (v12b). Not with now, fear or a plea.

``check_in_over`` gives no line at all for check-in words (and danger rules
that reached only the check-in line) in an ordinary message that says, by
kind (all v12a):

- an incident sorted by the police: "police came and took him away, all
  sorted";
- a named day gone by, the police took him (v14b): "turned up ... on Boxing Day
  shouting. Police came and took him away";
- not seen since (v14b): "kept turning up at my lectures last term. This term I
  haven't seen him at all";
- an arrival agreed and gone: "dropping off the presents, agreed through
  solicitors, and he left straight away";
- a sighting put right in new words: "the same car on my route but it was
  another courier, we've had a chat";
- a car park as the place everyone stood: "everyone out in the car park";
- a pattern asked about as "not violent, just persistent";
- a feeling the person puts right: "It's like he's watching me. I know he
  can't be, he's in Wales and police confirmed it";
- a knock-door-run: "Kids doing knock door run I think, they did the whole
  street";
- a what-if that "hasn't happened": "What if he sees me in Tesco? It hasn't
  happened but it could";
- someone else's hunch the friend is "not sure" of: "My friend thinks a man at
  her gym is following her round but she's not sure ... What can she do?".

None acts when the message says it is happening now, someone is at the
person's place now, fear or a plea (stand_down.said_now, threatening).
"""

from __future__ import annotations

import re

from bot.safety.matcher import Hit
from bot.safety.stand_down import said_now, threatening

# --- minor_accident -------------------------------------------------------
_ACCIDENT_RULES = frozenset({"weapon", "violence", "weapon_held"})
# The person hurt themselves: "stabbed myself with the screwdriver", "cut myself
# on the tin".
_SELF_HURT = re.compile(
    r"\b(?:stabbed|stab|cut|caught|hit|sliced|nicked|jabbed|whacked|hurt) myself\b"
)
# Said to be over and minor: "tiny cut", "plaster on", "all good", "no harm done".
_MINOR = re.compile(
    r"\b(?:tiny|little|small|minor) (?:cut|nick|scratch|graze)\b|\bplaster on\b|"
    r"\ball good\b|\bno harm done\b|\bjust a (?:scratch|nick|graze)\b|\bnothing serious\b"
)
# Someone else doing harm: "he stabbed me", "he cut me".
_OTHERS_HARM = re.compile(
    r"\b(?:he|she|they|him|ex|someone)(?: \w+){0,2} (?:stabbed|cut|hit|attacked|hurt|slashed) "
    r"(?:me|us|her|him)\b"
)


def minor_accident(words: list[str], hits: list[Hit]) -> list[bool]:
    """Per hit: a weapon or violence match in an accident told as over and minor."""
    text = " ".join(words)
    kind = (
        bool(_SELF_HURT.search(text))
        and bool(_MINOR.search(text))
        and not _OTHERS_HARM.search(text)
        and not said_now(text, bare_now=False, near=True, lasting=False)
        and not threatening(text, harm=False, weapons=False, mood=False)
    )
    return [kind and hit.rule.id in _ACCIDENT_RULES for hit in hits]


# --- whenever_it_happens --------------------------------------------------
_WITH_ME_RULES = frozenset({"presence", "ci_someone_near"})
_EACH_TIME = re.compile(r"^(?: \w+){0,6} (?:when|whenever|every time) (?:it|that|this) happens\b")


def whenever_it_happens(words: list[str], hits: list[Hit]) -> list[bool]:
    """Per hit: someone with the person told as what happens each time (check-in at most)."""
    text = " ".join(words)
    if said_now(text, bare_now=True, near=False) or threatening(text, mood=False):
        return [False] * len(hits)
    return [
        hit.rule.id in _WITH_ME_RULES and bool(_EACH_TIME.search(" " + " ".join(words[hit.end :])))
        for hit in hits
    ]


# --- check_in_over --------------------------------------------------------
# Every match in a message of these kinds is muted (the kinds never say now; the
# guards in check_in_over stand down for now, someone near, fear or a plea).
_OVER = re.compile(
    # Sorted by the police: "police came and took him away, all sorted".
    r"\bpolice (?:came|arrived|turned up) and (?:took (?:him|her|them) away|arrested)\b.*"
    r"\ball sorted\b|"
    # Set v14b: a day gone by, the police took him: "turned up ... on Boxing Day
    # shouting. Police came and took him away."
    r"\bon (?:boxing day|christmas day|christmas eve|new years eve|new years day|bonfire night|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b.*\bpolice (?:came|arrived|turned up) and "
    r"(?:took (?:him|her|them) away|arrested (?:him|her|them))\b|"
    # Set v14b: not seen since: "this term I haven't seen him at all".
    r"\b(?:this|since last) (?:term|month|year|week|summer) i have not seen (?:him|her|them)\b|"
    r"\bi have not seen (?:him|her|them) at all\b|"
    # Agreed and gone: "agreed through solicitors, and he left straight away".
    r"\bagreed (?:through|with|by|via) (?:the )?(?:solicitors?|court|contact centre)\b.*"
    r"\bleft straight away\b|"
    # Put right: "but it was another courier, we have had a chat".
    r"\bbut it was (?:just )?another (?!man|car|van)\w+\b|"
    # A pattern asked about: "he's not violent, just persistent".
    r"\b(?:he|she|they) (?:is|are) not violent\b|"
    # A feeling put right: "I know he can't be, he's in Wales and police confirmed it".
    r"\bi know (?:he|she|they) (?:can not|cannot) be\b|"
    # A knock-door-run: "kids doing knock door run".
    r"\bknock (?:door|down) (?:run|ginger)\b|\bdid the whole street\b|"
    # A what-if that has not happened: "It hasn't happened but it could".
    r"\bit (?:has not|has never|never) happened\b|"
    # Someone else's hunch, unsure: "my friend thinks ... but she's not sure".
    r"\bmy (?:friend|mate|sister|colleague|daughter|mum) thinks\b.*\bbut (?:she|he) is not sure\b|"
    # Set v17a: long over and quiet since: "It's all calmed down now and he's not been
    # seen since Christmas", "he moved to Leeds ... I haven't heard a thing for two
    # years".
    r"\b(?:it is|it has|things have|everything has|everything is) (?:all )?calmed down\b|"
    r"\b(?:he|she|they) (?:has|have|is|are) not been seen since\b|"
    r"\bi have not heard (?:a thing|anything|a word|from (?:him|her|them)) (?:for|since|in)\b"
)
# A car park as a place: "everyone out in the car park" (rule ci_vehicle).
_CAR_PARK = re.compile(r"\bcar park\b")


def check_in_over(words: list[str], hits: list[Hit]) -> list[bool]:
    """Per hit: check-in words in a message that says it is over, put right or not now."""
    text = " ".join(words)
    if said_now(text, bare_now=False, lasting=False) or threatening(
        text, harm=False, weapons=False, mood=False
    ):
        return [False] * len(hits)
    over = bool(_OVER.search(text))
    out = []
    for hit in hits:
        matched = " ".join(words[hit.start : hit.end])
        out.append(over or (hit.rule.id == "ci_vehicle" and bool(_CAR_PARK.search(matched))))
    return out


def told_as_over(words: list[str], hits: list[Hit]) -> tuple[list[bool], list[bool]]:
    """``minor_accident`` and ``check_in_over``, per hit (both mute)."""
    return minor_accident(words, hits), check_in_over(words, hits)
