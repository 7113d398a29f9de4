"""Spot who a person says they are, and what help they ask for, in free text.

Deterministic keyword and pattern rules, so results are predictable, testable
and explainable to the Harm Reduction Unit. They feed
``Directory.find(identities=..., needs=...)`` to put the most fitting services
first; they never decide whether someone gets help.

Identities count only when people describe themselves ("I'm a man", "im 17").
Nothing is guessed from other clues: "my ex-girlfriend" does not say the
writer is a man, and "he called me gay" does not say the writer is gay.

Text is folded first (:func:`signposting.text.fold`: lower case, accents
dropped, curly apostrophes and dashes straightened), and the patterns
accept missing apostrophes and common SMS shorthand ("im", "cant", "bf", "kms").
"""

from __future__ import annotations

import re

from signposting.text import fold

__all__ = ["identities_in", "needs_in", "stated_age"]

# Paladin has a caseworker for ages 16-25 (sources 8 and 76, docs/sources.md);
# younger children need a safeguarding route rather than this tag.
YOUNG_PERSON_AGES = range(16, 26)

# "i'm", "im", "i m", "i am", "iam", and "am" opening a sentence (SMS often
# drops the "I"; elsewhere "am" is too often "10 am").
_SELF = r"(?:\bi\s*'?\s*m|\bi\s+am|\biam|(?:^|(?<=[.!?,;]\s)|(?<=[.!?,;]))am)\b"
# Soft words that can sit between "I'm" and what follows ("i'm only 17").
_SOFTENER = r"(?:(?:only|just|now|still|also|actually|really|literally)\s+)?"
# Up to four describing words before the noun ("i'm a 40 year old gay man").
# Words that start a different statement stop the match, so "i'm scared of a
# man" or "i'm not a man" are not self-descriptions.
_STOP = (
    r"(?:not|no|never|with|of|to|for|by|from|about|my|his|her|their|the|this|that|"
    r"being|been|scared|afraid|frightened|worried|terrified|like|than|and|or|but|"
    r"so|because|in|at|on|sure|going|married|dating|seeing|friends|followed|"
    r"stalked|harassed|told|called)\b"
)
_DESCRIBERS = rf"(?:(?!{_STOP})[\w'/+-]+\s+){{0,4}}"
_ARTICLE = r"(?:an?\s+)?"


def _self_description(nouns: str) -> str:
    """Pattern for "I'm (a) ... <noun>" and "as a ... <noun>"."""
    return (
        rf"(?:{_SELF}\s+{_SOFTENER}{_ARTICLE}|\bas\s+an?\s+)"
        rf"{_DESCRIBERS}(?:{nouns})(?![\w'])"
    )


_MEN_NOUNS = r"man|guy|bloke|male|lad|fella|fellow|gent|gentleman|boy|dad|father|husband"
_WOMEN_NOUNS = r"woman|lady|girl|female|mum|mom|mother|wife"
_LGBT_WORDS = (
    r"gay|lesbian|bi|bisexual|pansexual|trans|transgender|transsexual|"
    r"non[- ]?binary|enby|queer|lgbt\w*\+?|gender[- ]?fluid|genderqueer|intersex|asexual"
)
_YOUNG_WORDS = (
    r"teen|teenager|minor|young person|schoolgirl|schoolboy|sixth[- ]former|"
    r"student at (?:school|college)|pupil"
)

_IDENTITY_PATTERNS: dict[str, list[re.Pattern[str]]] = {
    "men": [re.compile(_self_description(_MEN_NOUNS))],
    "women": [re.compile(_self_description(_WOMEN_NOUNS))],
    "lgbt": [
        re.compile(_self_description(_LGBT_WORDS)),
        # Naming the community is itself a strong, low-risk signal.
        re.compile(r"\blgbt\w*"),
        re.compile(r"\bsame[- ]?sex\s+(?:relationship|partner|couple|marriage)"),
        re.compile(r"\b(?:i|we)\s+(?:came|come)\s+out\b|\bcoming out\s+as\b"),
        re.compile(r"\b(?:i\s+use|i\s+go\s+by|my\s+pronouns\s+are)\s+they\s*/\s*them\b"),
    ],
    "young_people": [
        re.compile(_self_description(_YOUNG_WORDS)),
        re.compile(
            rf"{_SELF}\s+{_SOFTENER}(?:at|in)\s+(?:school|college|sixth[- ]form|year\s*1[0-3])\b"
        ),
        re.compile(r"\bi\s+(?:still\s+)?go\s+to\s+(?:school|college|sixth[- ]form)\b"),
        re.compile(r"\bmy\s+(?:school|college|sixth[- ]form)\b(?!\s+(?:days|years))"),
    ],
    # "Honour"-based abuse and forced marriage (DASH covers both [facts.md 54]).
    "honour_based_abuse": [
        re.compile(r"\bhono(?:u)?r[- ]?(?:based\s+)?(?:abuse|violence|crimes?|killings?)\b"),
        re.compile(r"\bhono(?:u)?r[- ]based\b"),
        re.compile(
            r"\bfamil(?:y|y's|ys|ies)\s+hono(?:u)?r\b|\bhono(?:u)?r\s+of\s+(?:the|my|our)\s+family\b"
        ),
        re.compile(r"\bdishono(?:u)?r"),
        re.compile(r"\bizzat\b"),
        re.compile(r"\bfamily\s+shame\b|\b(?:bring|brings|bringing|brought)\s+shame\b"),
        re.compile(r"\bshame\s+(?:on|to|upon)\s+(?:the|my|our|his|her)\s+family\b"),
        re.compile(r"\bshamed?\s+(?:the|my|our)\s+family\b"),
        re.compile(r"\bforced\s+(?:into\s+)?(?:a\s+)?marr"),
        re.compile(
            r"\b(?:forc(?:e|es|ed|ing)|mak(?:e|es|ing)|made|pressur(?:e|es|ed|ing))\s+me\s+(?:to\s+|into\s+)?(?:marry|marriage|get\s+married)"
        ),
    ],
}

_AGE_UNITS = (
    r"min|mins|minutes?|miles?|km|kms|metres?|meters?|feet|ft|times?|days?|weeks?|"
    r"months?|hours?|hrs?|secs?|seconds?|percent|pounds?|quid|stone|kg|floors?|"
    r"doors?|houses?|streets?|am|pm|o'?clock"
)
_AGE_PATTERNS = [
    # "i'm 17", "im 19yo", "i am aged 20", "i'm 18 years old"
    re.compile(
        rf"{_SELF}\s+{_SOFTENER}(?:aged?\s+)?(\d{{1,2}})"
        rf"(?:\s*(?:years?|yrs?|yr|yo|y/o)(?:[\s-]*old)?)?"
        rf"(?![\w%:])(?![.,]\d)(?!\s*(?:{_AGE_UNITS})\b)"
    ),
    # "i'm a 17 year old", "im a 19yo girl"
    re.compile(rf"{_SELF}\s+{_SOFTENER}an?\s+(\d{{1,2}})\s*-?\s*(?:years?|yrs?|yr|yo|y/o)\b"),
]

_PARTNER = (
    r"husband|hubby|wife|partner|boyfriend|girlfriend|bf|gf|fianc[eé]e?|spouse|"
    r"other half|baby'?s?\s+(?:dad|daddy|father|mum|mummy|mother|mom)"
)
# "ex" followed by these is not an ex-partner ("ex-colleague", "ex boss").
_NOT_PARTNER_EX = (
    r"colleague|co-?worker|workmate|boss|manager|friend|mate|employee|employer|"
    r"flat-?mate|house-?mate|room-?mate|neighbou?r|tenant|landlord|lodger|teacher|"
    r"student|client|customer|member|con|convict|prisoner|army|military|police|cop|officer"
)
_EMOTIONAL = [
    re.compile(r"\bcan'?t\s+cope\b|\bcannot\s+cope\b|\bnot\s+coping\b"),
    re.compile(r"\bstruggling\b|\boverwhelmed\b|\banxi(?:ous|ety)\b|\bpanic\s+attacks?\b"),
    re.compile(r"\bdepress(?:ed|ion)\b|\bmental\s+health\b|\blonely\b"),
    re.compile(r"\bbreaking\s+(?:down|point)\b|\bfalling\s+apart\b|\blosing\s+my\s+mind\b"),
    re.compile(r"\bcan'?t\s+(?:sleep|go\s+on|take\s+(?:it|this|any\s*more))\b"),
    re.compile(
        r"\b(?:someone|somebody|some1|any\s*one)\s+to\s+talk\s+to\b|\btalk\s+to\s+(?:someone|somebody|some1)\b"
    ),
]
_NEED_PATTERNS: dict[str, list[re.Pattern[str]]] = {
    "emotional_support": _EMOTIONAL,
    # About 90% of Cheshire stalking involves an ex-partner [facts.md 71][12][72].
    "domestic_abuse": [
        re.compile(r"\bdomestic\s*(?:abuse|violence)?\b|\bdv\b|\bcoercive\b"),
        re.compile(rf"\b(?:my|our)\s+(?:ex[- ]?)?(?:{_PARTNER})\b"),
        re.compile(rf"\bex[- ]?(?:{_PARTNER})\b"),
        re.compile(rf"\bex\b(?![- ]?(?:{_NOT_PARTNER_EX})s?\b)|\bmy\s+x\b"),
        re.compile(r"\b(?:we|i)\s+(?:split\s+up|broke\s+up|separated|divorced)\b"),
        re.compile(
            r"\b(?:used\s+to|we\s+used\s+to)\s+(?:date|go\s+out|be\s+together|live\s+together)\b"
        ),
    ],
    # About 67% of Cheshire stalking is cyber-enabled [facts.md 12].
    "online_safety": [
        re.compile(r"\bhack|\bspyware\b|\bstalkerware\b|\bmalware\b|\bcyber|\bdox"),
        re.compile(r"\bonline\b|\binternet\b|\bsocial\s+media\b|\bweb\s*cam"),
        re.compile(
            r"\b(?:instagram|insta|facebook|fb|messenger|snapchat|snap\s+chat|tiktok|"
            r"twitter|whatsapp|telegram|discord|onlyfans|tinder|hinge|bumble|grindr|"
            r"dating\s+app)\b|\bon\s+snap\b"
        ),
        re.compile(r"\be-?mails?\b|\be-?mailed\b|\bemailing\b|\bdms?\b|\bdirect\s+messages?\b"),
        re.compile(r"\bfake\s+(?:accounts?|profiles?|pages?)\b|\bcatfish"),
        re.compile(
            r"\b(?:my|his|her|an?)\s+(?:accounts?|passwords?)\b|\bpasswords?\b|\blogg?(?:ed|ing)?\s+in(?:to)?\s+my\b"
        ),
        re.compile(
            r"\btracking\s+(?:app|device)\b|\btracker\b|\bair\s*tags?\b|\bgps\b|"
            r"\bfind\s+my\s+(?:iphone|phone|friends|device)\b|\blife\s*360\b|"
            r"\blocation\s+sharing\b|\bshar\w*\s+my\s+location\b|\btrack\w*\s+my\s+(?:phone|location|car)\b"
        ),
        re.compile(
            r"\bnudes?\b|\brevenge\s+porn\b|"
            r"\b(?:intimate|sexual|private|naked)\s+(?:images?|photos?|pics?|pictures?|videos?)\b|"
            r"\bleak\w*\s+(?:my\s+)?(?:photos?|pics?|pictures?|videos?|images?)\b"
        ),
        re.compile(
            r"\bmy\s+(?:phone|laptop|computer|ipad|tablet)\s+(?:has\s+been|was|got|is)\s+(?:hacked|bugged|cloned)\b|\bbugged\b"
        ),
    ],
    "legal_help": [
        re.compile(r"\binjunction"),
        re.compile(
            r"\b(?:restraining|protection|protective|non[- ]?mol\w*|occupation|"
            r"stalking\s+protection|court|barring|stay[- ]away)\s+orders?\b"
        ),
        re.compile(r"\b(?:spo|nmo|dvpo|dvpn|dapo|dapn)s?\b|\bnon[- ]?mol\b"),
        re.compile(r"\borders?\s+(?:against|on)\s+(?:him|her|them)\b"),
        re.compile(r"\bsolicitors?\b|\blawyers?\b|\bbarristers?\b|\blegal\b"),
        re.compile(r"(?<!food )(?<!tennis )(?<!basketball )(?<!netball )(?<!squash )\bcourts?\b"),
        re.compile(r"\b(?:sue|suing)\s+(?:him|her|them)\b"),
    ],
    "reporting": [
        re.compile(r"\breport"),
        re.compile(r"\bpolice\b|\bcops?\b|\bcoppers?\b|\bold\s+bill\b|\b101\b"),
        re.compile(r"\bcrime\s+(?:number|reference|ref)\b|\bpress(?:ing)?\s+charges\b"),
        re.compile(r"\b(?:make|give|made|gave)\s+a\s+statement\b|\bclare'?s\s+law\b"),
    ],
}
# Self-harm cues also ask for someone to talk to.
_IMPLIED_NEEDS = {"self_harm": {"emotional_support"}}

# "i don't want to report it", "no police": not asking to report. Removed before
# the reporting patterns run, so people who are not ready are not pushed to
# the police first. Deliberately NOT applied to self-harm: there a false alarm
# costs little and a miss could cost a life.
_NOT_REPORTING = re.compile(
    r"\b(?:don'?t|dont|do\s+not|didn'?t|did\s+not|haven'?t|have\s+not|hasn'?t|"
    r"never|not|won'?t|wont|will\s+not|no|without)\s+"
    r"(?:(?:want|wanna|going|gonna|need|plan|planning|intend|to|the|it|this|him|"
    r"her|them|involve|involving|call|calling|ring|tell|telling|contact|go|get|"
    r"any|a|yet|ever|have|been|ready)\s+){0,4}"
    r"(?:report\w*|police|cops?|coppers?|101)\b"
)


def stated_age(text: str) -> int | None:
    """The age a person gives as their own, if any.

    Args:
        text: A message, in any case.

    Returns:
        The first own age stated ("i'm 17", "im a 19yo"), or ``None``.
        Other people's ages ("my son is 17") and distances or times
        ("i'm 20 mins away") are ignored.
    """
    normal = fold(text)
    for pattern in _AGE_PATTERNS:
        match = pattern.search(normal)
        if match:
            return int(match.group(1))
    return None


def identities_in(text: str) -> set[str]:
    """Groups the person says they belong to.

    Args:
        text: A message, in any case.

    Returns:
        A subset of ``{"men", "women", "lgbt", "young_people",
        "honour_based_abuse"}``. ``young_people`` means an own age of 16 to 25
        or saying they are a teenager or at school or college.
    """
    normal = fold(text)
    found = {
        identity
        for identity, patterns in _IDENTITY_PATTERNS.items()
        if any(pattern.search(normal) for pattern in patterns)
    }
    age = stated_age(normal)
    if age is not None and age in YOUNG_PERSON_AGES:
        found.add("young_people")
    return found


def needs_in(text: str, self_harm: bool = False) -> set[str]:
    """Kinds of help the message points to.

    Args:
        text: A message, in any case.
        self_harm: The safety check's verdict on the message (bot/safety/):
            the one definition of self-harm in the project, so the library
            keeps no second set of patterns that could disagree with it.

    Returns:
        A subset of ``{"self_harm", "emotional_support", "domestic_abuse",
        "online_safety", "legal_help", "reporting"}``. Self-harm always adds
        ``emotional_support`` too.
    """
    normal = fold(text)
    found = {"self_harm", *_IMPLIED_NEEDS["self_harm"]} if self_harm else set()
    for need, patterns in _NEED_PATTERNS.items():
        haystack = _NOT_REPORTING.sub(" ", normal) if need == "reporting" else normal
        if any(pattern.search(haystack) for pattern in patterns):
            found.add(need)
            found |= _IMPLIED_NEEDS.get(need, set())
    return found
