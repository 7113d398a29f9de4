"""Text normalisation for the safety check: lower case, SMS shorthand, common typos.

Frightened people type fast on phones. Before matching danger patterns we fold
case and accents, drop apostrophes ("he's" -> "hes"), expand shorthand ("hes"
-> "he is", "rn" -> "right now") and repair near-miss spellings of the few
words the patterns depend on ("outsdie" -> "outside").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from signposting.text import within_one_edit  # the project's one edit distance

# Clause boundaries survive normalisation as " . " so that a hypothetical in one
# sentence ("if he comes round.") does not mute a present danger in the next.
_CLAUSE_BREAK = re.compile(r"[.!?;,\n\r]+|\s-\s")
_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc`\u00b4]")
_NON_WORD = re.compile(r"[^a-z0-9 .]+")
_SPACES = re.compile(r"\s+")
# Things named like weapons that are not ("nerf gun", "knife and fork").
_HARMLESS = re.compile(
    r"\b(?:(?:nerf|toy|water|glue|staple|nail|heat|spray|paint|paintball|airsoft|bb|cap|"
    r"squirt|laser|bubble|massage) guns?|knife and fork|knives and forks|butter knife|"
    # Kitchen and garden things, climbing and fire-escape gear, shaving.
    r"knife (?:block|set|sharpener|rack|drawer)s?|(?:bread|steak|kitchen|butter) knives|"
    r"blades? of grass|grass blades?|(?:razor )?blades? for (?:shaving|my (?:legs|beard|face))|"
    r"shaving (?:razors?|blades?)|rope ladders?|climbing ropes?|skipping ropes?|tow ropes?|"
    r"rope swings?)\b"
)
# Idioms that borrow danger words: "shoot me a text", "my back's killing me",
# "dead tired". Each is rewritten to its plain meaning.
_IDIOMS = (
    (
        re.compile(
            r"\bshoot (me|us|him|her|them) (a|an) (text|message|msg|email|e mail|line|dm|pm)"
        ),
        r"send \1 \2 \3",
    ),
    (
        re.compile(
            r"\b((?:back|head|feet|foot|legs?|knees?|shoulders?|hips?|tooth|teeth|stomach|belly|"
            r"ankles?|joints|eyes|migraine|period|cramps|shoes|boots|sciatica)s?(?: is| are)?) "
            r"(?:killing|murdering) (?:me|us)\b"
        ),
        r"\1 aching",
    ),
    (
        re.compile(
            r"\bdead (tired|beat|bored|chuffed|excited|nervous|nice|good|funny|easy|keen|proud|"
            r"lucky|jealous|happy|busy|quiet|slow|simple|handy|expensive|cheap|posh|friendly|"
            r"helpful|kind|sweet|annoying|rude|weird|awkward)\b"
        ),
        r"very \1",
    ),
    # "the man's at the door": the apostrophe is gone, so "mans" before a place word.
    (
        re.compile(
            r"\b(man)s (at|in|outside|on|by|here|back|still|there|"
            r"stood|sat|standing|sitting|watching|following|downstairs|upstairs|inside)\b"
        ),
        r"\1 is \2",
    ),
    # "out sight" and "out side" for "outside".
    (re.compile(r"\bout (?:sight|side|site|sied|sdie)\b"), "outside"),
)
_NUMBER_WORD = re.compile(r"^(\d+)(?!st$|nd$|rd$|th$)([a-z]{2,})$")
# "2" and "4" are "to" and "for" in text-speak, but stay numbers before a unit:
# "2 mins away", "4 hours", "2 streets away", "4 tablets".
_KEEP_DIGIT = frozenset({"2", "4"})
_UNIT = re.compile(
    r"^(?:m|min|mins|minute|minutes|h|hr|hrs|hour|hours|sec|secs|second|seconds|mile|miles|"
    r"street|streets|door|doors|house|houses|km|am|pm|day|days|week|weeks|night|nights|"
    r"tablet|tablets|pill|pills|box|boxes|packet|packets|strip|strips|times|of)$"
)
# Dropped final g ("bangin", "followin") on verbs the patterns use.
_G_DROPPED = frozenset(
    "bangin knockin followin kickin smashin screamin shoutin watchin waitin hidin "
    "comin starin lookin walkin tryin breakin chasin runnin sittin standin lurkin "
    "hammerin poundin threatenin hittin punchin stabbin goin drivin creepin "
    "prowlin peerin pacin rattlin climbin shakin bleedin".split()
)

# Shorthand and contractions seen in SMS and chat, after apostrophes are dropped.
SHORTHAND: dict[str, str] = {
    "hes": "he is",
    "shes": "she is",
    "theyre": "they are",
    "theres": "there is",
    "thers": "there is",
    "someones": "someone is",
    "somebodys": "somebody is",
    "its": "it is",
    "im": "i am",
    "ive": "i have",
    "ill": "i will",
    "id": "i would",
    "hed": "he would",
    "hell": "he will",
    "shell": "she will",
    "theyll": "they will",
    "theyve": "they have",
    "whats": "what is",
    "cant": "can not",
    "cannot": "can not",
    "wont": "will not",
    "dont": "do not",
    "doesnt": "does not",
    "didnt": "did not",
    "isnt": "is not",
    "wasnt": "was not",
    "werent": "were not",
    "arent": "are not",
    "havent": "have not",
    "hasnt": "has not",
    "couldnt": "could not",
    "wouldnt": "would not",
    "shouldnt": "should not",
    "aint": "is not",
    "thru": "through",
    "tho": "though",
    "4": "for",
    "2": "to",
    "b4": "before",
    "u": "you",
    "ur": "your",
    "r": "are",
    "rn": "right now",
    "atm": "at the moment",
    "n": "and",
    "pls": "please",
    "plz": "please",
    "plez": "please",
    "2nite": "tonight",
    "2night": "tonight",
    "tonite": "tonight",
    "gonna": "going to",
    "gunna": "going to",
    "gna": "going to",
    "wanna": "want to",
    "tryna": "trying to",
    "tryin": "trying",
    "cos": "because",
    "coz": "because",
    "cuz": "because",
    "bc": "because",
    "wiv": "with",
    "wid": "with",
    "w": "with",
    "ppl": "people",
    "mins": "minutes",
    "min": "minutes",
    "kms": "kill myself",
    "kil": "kill",
    "thats": "that is",
    "whos": "who is",
    "wheres": "where is",
    "kys": "kill yourself",
    "ex's": "ex is",
    # typos of pattern words too short for the edit-distance repair below
    "kife": "knife",
    "knif": "knife",
    "nife": "knife",
    "kinfe": "knife",
    "dor": "door",
    "dorr": "door",
    "hse": "house",
    "hous": "house",
    "frnt": "front",
    "outsid": "outside",
    "owtside": "outside",
    "helpp": "help",
    "hlp": "help",
    "halp": "help",
    "hepl": "help",
    "polic": "police",
    "youre": "you are",
    "youll": "you will",
    "youve": "you have",
    "ure": "you are",
    "ull": "you will",
    "omw": "on my way",
    "otw": "on the way",
    "2day": "today",
    "2moro": "tomorrow",
    "tmrw": "tomorrow",
    "sum1": "someone",
    "some1": "someone",
    "sum1s": "someone is",
    "every1": "everyone",
    "no1": "no one",
    "any1": "anyone",
    "dnt": "do not",
    "cnt": "can not",
    "wnt": "want",
    "wana": "want to",
    "gona": "going to",
    "cud": "could",
    "wud": "would",
    "shud": "should",
    "bcos": "because",
    "bcoz": "because",
    "tabs": "tablets",
    "paras": "paracetamol",
    "imma": "i am going to",
    "ima": "i am going to",
    "finna": "going to",
    "thx": "thanks",
    "nxt": "next",
    "dwn": "down",
    "bk": "back",
    "outta": "out of",
    "abt": "about",
    "sumone": "someone",
    "summat": "something",
    "nuthin": "nothing",
    "nothin": "nothing",
}

# Words the patterns rely on that are long enough (>= 5 letters) to repair by
# edit distance 1 without turning one real word into another.
_REPAIRABLE = (
    "outside",
    "window",
    "windows",
    "knife",
    "house",
    "front",
    "garden",
    "following",
    "followed",
    "downstairs",
    "upstairs",
    "bathroom",
    "bedroom",
    "behind",
    "breaking",
    "kicking",
    "weapon",
    "weapons",
    "attacking",
    "strangling",
    "threatening",
    "suicide",
    "suicidal",
    "overdose",
    "tablets",
    "myself",
    "chasing",
    "screaming",
    "smashing",
    "please",
    "police",
    "tonight",
    "trapped",
    "barricaded",
    "hiding",
    "scared",
    "terrified",
    "paracetamol",
    "sertraline",
    "citalopram",
    "tablet",
    "overdose",
    "goodbye",
    "stabbed",
    "stabbing",
    "strangled",
    "garage",
    "kitchen",
    "parked",
    "outside",
    "swallowed",
    "bleeding",
    "minutes",
    "threatened",
    "following",
    "hammer",
    "machete",
)
# Real words one edit away from a repairable word; never "repair" these.
_PROTECTED = frozenset(
    {
        "riding",
        "biding",
        "hidden",
        "horse",
        "mouse",
        "louse",
        "douse",
        "rouse",
        "hours",
        "houses",
        "fronts",
        "ordered",
        "policy",
        "places",
        "plates",
        "tables",
        "table",
        "chasin",
        "scares",
        "shared",
        "scarred",
        "tablet",
        "parker",
        "parket",
        "marked",
        "barked",
        "kitten",
        "hummer",
        "garbage",
        "minuets",
        "sacred",
        "behinds",
        "widow",
        "winded",
        "licking",
        "picking",
        "ticking",
        "sticking",
        # "my phone's been tapped" is not "trapped".
        "tapped",
        "wrapped",
        "strapped",
    }
)


@lru_cache(maxsize=4096)
def _repair(token: str) -> str:
    if len(token) < 5 or token in _PROTECTED or token in _REPAIRABLE:
        return token
    for word in _REPAIRABLE:
        if within_one_edit(token, word):
            return word
    return token


def normalise(text: str) -> str:
    """Returns a lower-case, shorthand-expanded, typo-repaired form of ``text``.

    Clause breaks are kept as " . " tokens.
    """
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    folded = _APOSTROPHES.sub("", folded)
    folded = folded.replace("@", " at ").replace("&", " and ")
    folded = _HARMLESS.sub(" ", folded)
    for idiom, plain in _IDIOMS:
        folded = idiom.sub(plain, folded)
    folded = _CLAUSE_BREAK.sub(" . ", folded)
    folded = _NON_WORD.sub(" ", folded)
    words = []
    tokens = folded.split()
    for index, token in enumerate(tokens):
        if token == ".":
            words.append(token)
            continue
        token = token.strip(".")
        if not token:
            continue
        following = tokens[index + 1].strip(".") if index + 1 < len(tokens) else ""
        if token in _KEEP_DIGIT and _UNIT.match(following):
            words.append(token)
            continue
        if token in _G_DROPPED:
            token += "g"
        joined = None if token in SHORTHAND else _NUMBER_WORD.match(token)
        if joined:
            # "20mins" -> "20 minutes", "10pm" -> "10 pm"
            number, token = joined.groups()
            words.append(number)
        token = SHORTHAND.get(token, token)
        words.append(" ".join(_repair(part) for part in token.split()))
    return _SPACES.sub(" ", " ".join(words)).strip()
