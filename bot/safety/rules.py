"""Building blocks of the safety check: signals, rules, word sets and context words.

A rule is a short list of *phrases* written in a small pattern language that a
safeguarding lead can read (see ``compile_phrase``), matched by spaCy over the
lemma or the lower-case form of each word, so one phrase covers every
inflection ("stab" matches stabbed, stabbing, stabs). Every rule carries an id,
a sentence saying what it catches and example messages; a test checks that
each rule fires on its own examples.

Context words decide when a rule is muted within its clause (detector.py):
hypothetical, past or habitual wording mutes presence, weapon and violence
rules unless an urgency word is there too, and never when the message also
holds a present-tense, first-hand danger statement ("present beats past").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Callable


class Signal(str, Enum):
    IMMEDIATE_DANGER = "immediate_danger"
    SELF_HARM = "self_harm"
    # "Possible danger": risk words without certainty. Not part of
    # Assessment.signals (so ``any`` keeps its meaning); see Assessment.check_in.
    CHECK_IN = "check_in"


class Guard(str, Enum):
    """Which context words can mute a rule within its clause."""

    NONE = "none"
    HYPOTHETICAL_OR_PAST = "hypothetical_or_past"
    ANY = "any"  # hypothetical, past or habitual


@dataclass(frozen=True)
class Rule:
    """One reviewed rule.

    Attributes:
        id: Stable name, reported in ``Assessment.rule_ids`` (never the words).
        catches: What the rule is for, in plain words.
        signals: What a match means (danger, self-harm, or a check-in).
        phrases: Patterns in the phrase language (``compile_phrase``).
        guard: Which context words may mute it.
        present: A match is a present-tense, first-hand statement of danger
            ("he is outside", "he has broken in"): it can never be muted, and
            its presence anywhere in the message stops history, worry or a
            question elsewhere from muting the other rules.
        examples: Messages the rule must catch (checked by a test).
    """

    id: str
    catches: str
    signals: tuple[Signal, ...]
    phrases: tuple[str, ...]
    guard: Guard = Guard.NONE
    present: bool = False
    examples: tuple[str, ...] = field(default_factory=tuple)


# Named word sets for the phrase language: "@NAME" in a phrase. Each is matched
# on the lemma (so "knife" covers "knives") unless listed in _BY_FORM.
WORDS: dict[str, tuple[str, ...]] = {
    # Who might be the danger.
    "WHO": (
        "he",
        "she",
        "they",
        "someone",
        "somebody",
        "man",
        "woman",
        "guy",
        "lad",
        "bloke",
        "men",
        "people",
        "stranger",
        "ex",
        "stalker",
        "husband",
        "boyfriend",
        "girlfriend",
        "wife",
        "partner",
        "him",
        "them",
        "exs",
        "mate",
        "mates",
        "brother",
        "family",
        "person",
        "bf",
        "gf",
        "hubby",
        "fella",
        "colleague",
        "boss",
        "manager",
        "coworker",
        "landlord",
        "neighbour",
        "neighbor",
        "stepdad",
        "dad",
        "father",
        "uncle",
        "cousin",
        "mum",
        "mother",
        "sister",
        "son",
        "friend",
        "friends",
        "lads",
        "guys",
        "women",
        "group",
        "gang",
        "men",
        "figure",
        "exhusband",
        "exwife",
        "exboyfriend",
        "exgirlfriend",
        "abuser",
        "attacker",
        "perpetrator",
    ),  # fmt: skip
    # Someone the person may be worried for (danger to others).
    "KIN": (
        "mum",
        "mom",
        "mother",
        "dad",
        "father",
        "son",
        "daughter",
        "kid",
        "child",
        "baby",
        "sister",
        "brother",
        "nan",
        "gran",
        "grandma",
        "grandad",
        "friend",
        "neighbour",
        "neighbor",
        "wife",
        "husband",
        "partner",
        "niece",
        "nephew",
        "family",
        "cousin",
        "aunt",
        "uncle",
        "toddler",
        "boy",
        "girl",
        "children",
        "little",
        "flatmate",
        "housemate",
        "mam",
        "mummy",
        "daddy",
        "sis",
        "bro",
        "grandson",
        "granddaughter",
        "stepdaughter",
        "stepson",
        "colleague",
    ),  # fmt: skip
    # Words for the person themselves or others as the object of harm.
    "ME": ("me", "us", "her", "him", "them", "everyone", "you"),
    "POSS": ("my", "our", "her", "his", "their", "the", "mums", "dads", "sisters", "your"),
    # Places someone can be at, in or near.
    "PLACE": (
        "house",
        "flat",
        "home",
        "garden",
        "door",
        "doorstep",
        "window",
        "letterbox",
        "gate",
        "drive",
        "driveway",
        "porch",
        "hall",
        "hallway",
        "kitchen",
        "room",
        "bedroom",
        "bathroom",
        "loo",
        "toilet",
        "loft",
        "attic",
        "garage",
        "shed",
        "yard",
        "stair",
        "stairs",
        "stairwell",
        "landing",
        "lounge",
        "building",
        "block",
        "reception",
        "work",
        "office",
        "shop",
        "school",
        "nursery",
        "street",
        "road",
        "bus",
        "train",
        "station",
        "carriage",
        "platform",
        "car",
        "lift",
        "corridor",
        "gym",
        "window",
        "property",
        "place",
        "flats",
        "estate",
        "close",
        "lane",
        "avenue",
        "drive",
        "bungalow",
        "caravan",
        "van",
        "entrance",
        "exit",
        "backdoor",
        "fence",
        "wall",
        "bin",
        "bins",
        "hedge",
        "bush",
        "bushes",
        "alley",
        "alleyway",
        "carpark",
        "park",
        "playground",
        "pub",
        "bar",
        "club",
        "cafe",
        "supermarket",
        "tesco",
        "asda",
        "stop",
        "surgery",
        "hospital",
        "ward",
        "college",
        "uni",
        "campus",
        "hotel",
        "refuge",
        "hostel",
        "desk",
        "balcony",
        "conservatory",
        "cellar",
        "basement",
        "bed",
        "wardrobe",
        "cupboard",
        "curtains",
        "blinds",
        "glass",
        "patio",
        "lobby",
        "foyer",
        "gates",
        "doors",
        "windows",
        "letter",
        "side",
        "front",
        "back",
        "end",
        "flat",
        "apartment",
        "room",
        "classroom",
        "playground",
        "workplace",
        "site",
        "roof",
        "extension",
        "decking",
        "terrace",
        "doorway",
        "carriage",
        "aisle",
        "garden",
        "path",
        "pavement",
        "corner",
        "street",
        "hall",
    ),  # fmt: skip
    # Prepositions of nearness.
    "AT": (
        "at",
        "in",
        "on",
        "by",
        "outside",
        "inside",
        "near",
        "round",
        "around",
        "behind",
        "opposite",
        "through",
        "under",
        "across",
        "up",
        "down",
        "beside",
        "nearby",
        "over",
        "outsde",
        "infront",
    ),  # fmt: skip
    # Single words that mean "near me" on their own.
    "HERE": (
        "here",
        "outside",
        "downstairs",
        "upstairs",
        "inside",
        "nearby",
        "opposite",
        "outsde",
        "next",
        "hereee",
        "heree",
        "reception",
        "outside.",
    ),  # fmt: skip
    # Vehicles.
    "VEHICLE": (
        "car",
        "van",
        "truck",
        "lorry",
        "motorbike",
        "bike",
        "moped",
        "taxi",
        "cab",
        "4x4",
        "suv",
        "jeep",
        "vehicle",
        "motor",
        "pickup",
    ),  # fmt: skip
    # Things that are weapons on their own.
    "WEAPON": (
        "knife",
        "gun",
        "pistol",
        "shotgun",
        "rifle",
        "firearm",
        "weapon",
        "blade",
        "machete",
        "axe",
        "crowbar",
        "acid",
        "crossbow",
        "taser",
        "cleaver",
        "sword",
        "dagger",
        "bat",
        "hatchet",
        "handgun",
        "stanley",
    ),  # fmt: skip
    # Household objects that are weapons only when held or used against someone.
    "OBJECT": (
        "hammer",
        "screwdriver",
        "scissor",
        "scissors",
        "brick",
        "spanner",
        "wrench",
        "poker",
        "chain",
        "rock",
        "stone",
        "stick",
        "pole",
        "plank",
        "club",
        "lighter",
        "petrol",
        "saw",
        "pipe",
        "bar",
        "razor",
        "mallet",
        "shovel",
        "spade",
        "pan",
        "bottle",
        "belt",
        "iron",
        "chisel",
        "bolt",
        "pickaxe",
        "lump",
        "branch",
        "fuel",
        "gasoline",
        "matches",
        "skewer",
        "corkscrew",
        "tool",
        "object",
    ),  # fmt: skip
    # Violent acts (lemmas).
    "HARM": (
        "hit",
        "punch",
        "kick",
        "beat",
        "attack",
        "hurt",
        "strangle",
        "choke",
        "grab",
        "push",
        "drag",
        "bite",
        "slap",
        "assault",
        "batter",
        "throttle",
        "smother",
        "headbutt",
        "stab",
        "shoot",
        "rape",
        "thump",
        "shove",
        "whack",
        "smack",
        "pin",
        "suffocate",
        "burn",
        "kill",
        "murder",
        "threaten",
        "chase",
        "corner",
        "rough",
        "slam",
        "bash",
        "smash",
        "knock",
        "throw",
        "spit",
        "pull",
        "twist",
        "squeeze",
        "hold",
        "restrain",
        "tie",
    ),  # fmt: skip
    # Threatened acts (lemmas).
    "KILL": (
        "kill",
        "hurt",
        "stab",
        "shoot",
        "murder",
        "burn",
        "attack",
        "rape",
        "batter",
        "beat",
        "strangle",
        "finish",
        "torch",
        "petrol",
        "slit",
        "cut",
        "smash",
        "end",
        "harm",
        "get",
        "do",
        "sort",
        "teach",
        "deal",
        "destroy",
        "break",
        "acid",
        "blow",
        "bury",
        "ruin",
        "snap",
        "kidnap",
        "take",
    ),  # fmt: skip
    # Medicines and drugs, by kind and by common UK name.
    "MEDS": (
        "pill",
        "tablet",
        "paracetamol",
        "ibuprofen",
        "aspirin",
        "codeine",
        "cocodamol",
        "tramadol",
        "sertraline",
        "citalopram",
        "fluoxetine",
        "mirtazapine",
        "amitriptyline",
        "diazepam",
        "valium",
        "zopiclone",
        "antidepressant",
        "antidepressants",
        "painkiller",
        "painkillers",
        "meds",
        "medication",
        "medicine",
        "medicines",
        "insulin",
        "nurofen",
        "panadol",
        "calpol",
        "anadin",
        "propranolol",
        "quetiapine",
        "olanzapine",
        "lithium",
        "oxycodone",
        "morphine",
        "methadone",
        "heroin",
        "pregabalin",
        "gabapentin",
        "lorazepam",
        "temazepam",
        "capsule",
        "naproxen",
        "fentanyl",
        "beechams",
        "lemsip",
        "sleepers",
        "paracetemol",
        "paracetomol",
        "parecetamol",
        "sertaline",
        "setraline",
        "prozac",
        "xanax",
        "codamol",
        "drug",
        "drugs",
        "sleeping",
    ),  # fmt: skip
    # Ways of taking one's life besides medicines.
    "METHOD": (
        "rope",
        "noose",
        "ligature",
        "razor",
        "blade",
        "bridge",
        "cliff",
        "ledge",
        "roof",
        "train",
        "tracks",
        "railway",
        "motorway",
        "traffic",
        "river",
        "sea",
        "canal",
        "gas",
        "bleach",
        "antifreeze",
        "exhaust",
        "overdose",
        "poison",
        "cord",
        "cable",
        "belt",
        "scarf",
        "carbon",
        "charcoal",
    ),  # fmt: skip
    # Numbers and amounts ("30", "a handful of", "all my").
    "AMOUNT": (
        "all",
        "whole",
        "lot",
        "load",
        "loads",
        "handful",
        "box",
        "boxes",
        "packet",
        "packets",
        "strip",
        "strips",
        "bottle",
        "bottles",
        "too",
        "many",
        "much",
        "enough",
        "bunch",
        "pile",
        "stash",
        "heap",
        "dozen",
        "double",
        "triple",
        "extra",
        "rest",
        "every",
        "lots",
        "fistful",
        "mouthful",
    ),  # fmt: skip
    # Being together / reaching the person.
    # Words between "is" and where someone is ("he is still stood at my door").
    "ADV": (
        "still",
        "now",
        "currently",
        "just",
        "right",
        "back",
        "already",
        "literally",
        "actually",
        "stood",
        "standing",
        "sat",
        "sitting",
        "waiting",
        "hiding",
        "parked",
        "lurking",
        "hanging",
        "banging",
        "knocking",
        "shouting",
        "screaming",
        "walking",
        "pacing",
        "again",
        "outside",
        "somewhere",
        "out",
        "round",
        "around",
        "creeping",
        "watching",
        "staring",
        "looking",
        "loitering",
        "prowling",
        "sleeping",
        "stopped",
        "also",
        "definitely",
        "def",
        "physically",
        "here",
        "there",
        "down",
        "up",
        "rn",
        "probably",
        "apparently",
        "going",
        "been",
        "refusing",
        "trying",
    ),  # fmt: skip
    # Whose vehicle: anything but the person's own.
    "VEHDET": (
        "his",
        "her",
        "their",
        "a",
        "an",
        "the",
        "that",
        "same",
        "this",
        "some",
        "unknown",
        "strange",
        "black",
        "white",
        "silver",
        "red",
        "blue",
        "grey",
        "gray",
        "dark",
        "green",
        "exs",
        "mans",
        "somebodys",
        "someones",
        "random",
        "unmarked",
        "another",
    ),  # fmt: skip
    # Someone, as the subject of "there is ...".
    "SOMEONE": (
        "someone",
        "somebody",
        "man",
        "woman",
        "guy",
        "men",
        "people",
        "person",
        "bloke",
        "lad",
        "figure",
        "stranger",
        "car",
        "van",
        "vehicle",
        "motorbike",
        "footsteps",
        "noise",
        "noises",
        "shadow",
        "strangers",
        "lads",
        "guys",
        "women",
        "group",
        "gang",
    ),  # fmt: skip
    # Children someone may take.
    "CHILD": (
        "kid",
        "kids",
        "child",
        "children",
        "son",
        "daughter",
        "baby",
        "boy",
        "girl",
        "toddler",
        "little",
        "one",
        "ones",
        "sons",
        "daughters",
        "babies",
        "boys",
        "girls",
        "grandson",
        "granddaughter",
        "stepdaughter",
        "stepson",
        "newborn",
    ),  # fmt: skip
    # Blows (lemmas): "hit me", "punched my son".
    "HIT": (
        "hit",
        "punch",
        "kick",
        "beat",
        "attack",
        "hurt",
        "strangle",
        "choke",
        "grab",
        "push",
        "drag",
        "bite",
        "slap",
        "assault",
        "batter",
        "throttle",
        "smother",
        "headbutt",
        "stab",
        "shoot",
        "rape",
        "thump",
        "shove",
        "whack",
        "smack",
        "suffocate",
        "murder",
        "kill",
        "slam",
        "bash",
        "strike",
        "kidnap",
        "abduct",
        "stamp",
        "knock",
        "burn",
        "scald",
        "pin",
        "spit",
        "hurted",
    ),  # fmt: skip
    # Medicines named on their own (without boxes, doses and prescriptions).
    "PILLS": (
        "pill",
        "tablet",
        "paracetamol",
        "ibuprofen",
        "aspirin",
        "codeine",
        "cocodamol",
        "tramadol",
        "sertraline",
        "citalopram",
        "fluoxetine",
        "mirtazapine",
        "amitriptyline",
        "diazepam",
        "valium",
        "zopiclone",
        "antidepressant",
        "antidepressants",
        "painkiller",
        "painkillers",
        "meds",
        "medication",
        "insulin",
        "nurofen",
        "panadol",
        "propranolol",
        "quetiapine",
        "olanzapine",
        "lithium",
        "oxycodone",
        "morphine",
        "methadone",
        "pregabalin",
        "gabapentin",
        "lorazepam",
        "temazepam",
        "naproxen",
        "fentanyl",
        "sleepers",
        "paracetemol",
        "paracetomol",
        "parecetamol",
        "sertaline",
        "setraline",
        "overdose",
        "capsule",
        "prozac",
        "xanax",
    ),  # fmt: skip
    "COME": ("come", "head", "drive", "walk", "run", "go", "make", "get", "race", "storm"),
    "NOT": ("not", "never", "no", "nt"),
}
# Sets matched on the lower-case word, not the lemma (pronouns and determiners,
# whose lemmas are unhelpful, and words the lemma table gets wrong).
_BY_FORM = frozenset({"WHO", "ME", "POSS", "AT", "HERE", "NOT"})


def _token(spec: str, lemma: Callable[[str], str]) -> dict[str, Any]:
    """One item of the phrase language (see compile_phrase) as a spaCy token pattern."""
    op = None
    if spec[-1] in "?+*" and len(spec) > 1:
        spec, op = spec[:-1], spec[-1]
    negate = spec.startswith("!")
    spec = spec[1:] if negate else spec
    pattern: dict[str, Any]
    if spec == "_":
        pattern = {"ORTH": {"NOT_IN": ["."]}}
    elif spec == "__":
        pattern = {}
    elif spec == "#":
        pattern = {"LIKE_NUM": True}
    elif spec == ".":
        pattern = {"ORTH": "."}
    elif spec.startswith("re:"):
        pattern = {"LOWER": {"REGEX": spec[3:]}}
    else:
        by_lemma = False
        words: set[str] = set()
        for item in spec.split("|"):
            if item.startswith("@"):
                words.update(WORDS[item[1:]])
                by_lemma |= item[1:] not in _BY_FORM
            else:
                words.add(item.lstrip("~"))
                by_lemma |= item.startswith("~")
        if by_lemma:
            # Every word is compared by its dictionary form: "children" as "child".
            words = {lemma(w) for w in words} | {w for w in words if " " not in w}
        attr = "LEMMA" if by_lemma else "LOWER"
        pattern = {attr: {"NOT_IN" if negate else "IN": sorted(words)}}
    if op:
        pattern["OP"] = op
    return pattern


_GROUP = re.compile(r"\[([^\[\]]*)\]")


def compile_phrase(
    phrase: str, lemma: Callable[[str], str] = lambda word: word
) -> list[list[dict[str, Any]]]:
    """Turns one phrase into spaCy Matcher token patterns.

    The phrase language, one item per word, separated by spaces:

    - ``outside``: the word as written (lower case); ``car|van``: any of these.
    - ``~stab``: any form of the word (its lemma): stab, stabs, stabbed, stabbing.
      In a list, one ``~`` makes the whole list match by lemma.
    - ``@WEAPON``: any word of a named set in WORDS (by lemma unless the set
      is one of the pronoun-like sets in _BY_FORM); ``@ME|us``: set plus words.
    - ``_``: any one word; ``_{0,3}``: up to three words; ``#``: a number.
      ``__{0,8}``: up to eight words, across sentence breaks (self-harm
      phrases whose two halves are often split by a comma).
    - ``!to|for``: any word, or the sentence end, except these.
    - a trailing ``?`` makes an item optional.
    - ``.``: a sentence end (matches never cross one otherwise).
    - ``re:^suicid``: a word matching a regular expression.
    - ``[be here|go on|exist]``: alternatives of several words each.

    Args:
        phrase: The phrase.
        lemma: Gives a word's dictionary form (the pipeline's lemmatizer).

    Returns:
        Token patterns (``_{n,m}`` is expanded, as spaCy 3.4 has no counted
        repeats).
    """
    group = _GROUP.search(phrase)
    if group:
        # "[be here|exist]": one pattern per alternative, each any number of words.
        head, tail = phrase[: group.start()], phrase[group.end() :]
        return [
            pattern
            for alternative in group.group(1).split("|")
            for pattern in compile_phrase(f"{head} {alternative} {tail}", lemma)
        ]
    tokens: list[dict[str, Any]] = []
    for spec in phrase.split():
        span = re.fullmatch(r"(__?)\{(\d+),(\d+)\}", spec)
        if span:
            any_word, low, high = span.group(1), int(span.group(2)), int(span.group(3))
            tokens += [_token(any_word, lemma) for _ in range(low)]
            tokens += [_token(any_word + "?", lemma) for _ in range(high - low)]
        else:
            tokens.append(_token(spec, lemma))
    return [tokens]


def rx(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")


# Context words, as regular expressions over the normalised clause.
HYPOTHETICAL = rx(
    # Not "if I don't open the door he'll kick it in": that is an ultimatum.
    r"if(?! (?:i|we) (?:do not|did not|will not|refuse|dont))",
    r"whenever",
    r"when (?:he|she|they|someone|i|we|it|you)",
    r"in case",
    r"incase",
    r"might",
    r"could",
    r"would",
    r"should",
    r"ever",
    r"one day",
    r"what happens",
    r"what if",
    r"supposing",
    r"suppose",
    r"hypothetically",
    r"imagine",
    r"pretend",
    r"how (?:do|can|to|should|would|could) (?:i|we|you|people|someone)",
    r"how to",
    # Questions: "will he turn up", "can he come to my house".
    r"(?:will|would|can|could|does|do|did|should|might|may|is|are) (?:he|she|they|someone|"
    r"my ex|an ex|people)",
    r"(?:before|until|till|unless) (?:he|she|they|someone|it)",
    r"is it (?:a crime|illegal|against the law|an offence|stalking|harassment)",
    r"can (?:i|you|the police|police|they) (?:get|report|do|make|stop|apply|arrest)",
)
# Fiction and dreams mute the whole clause ("in the film a man breaks in").
FICTION = rx(
    r"(?:dream|dreams|dreamt|dreamed|dreaming|nightmare|nightmares)",
    r"(?:film|films|movie|movies|tv|telly|episode|programme|soap|documentary|podcast|"
    r"netflix|youtube|trailer|novel|book|video game|drama|lyrics|song|true crime|"
    r"on screen|on the news|in the news|article)",
    r"hypothetically",
    r"pretend",
    r"imagine",
)
# Worry words: they turn a would-be danger match into a check-in, not silence.
WORRY = rx(
    r"worried",
    r"worry",
    r"worrying",
    r"paranoid",
    r"(?:afraid|scared|terrified|frightened|fear|think) (?:that )?(?:he|she|they|someone) "
    r"(?:will|might|would|may|could|is going to|are going to)",
)
PAST = rx(
    r"last (?:week|month|year|night|time|summer|winter|spring|autumn|weekend|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter)",
    r"yesterday",
    r"ago",
    r"used to",
    r"back in",
    r"back then",
    r"in the past",
    r"years? back",
    r"weeks? back",
    r"months? back",
    r"the other (?:day|night|week)",
    r"earlier (?:this|in the) (?:year|month|week)",
    r"in (?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|(?:19|20)\d\d)",
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    r"\d+(?:st|nd|rd|th)? (?:of )?(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december)",
    r"(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december) \d+",
    r"once",
    r"previously",
    r"at the time",
    r"was reported",
    r"reported it",
    r"when i was",
    r"as a (?:kid|child|teenager)",
    r"growing up",
    r"was (?:convicted|charged|arrested|sentenced|jailed|cautioned)",
    r"(?:got|was|were|been) (?:convicted|charged|arrested|sentenced|jailed|cautioned)",
    r"in court",
    r"my statement",
    r"years",
    # Distant future: also not "now".
    r"next (?:week|month|year|summer|spring|autumn|winter|christmas)",
    r"when (?:he|she|they) (?:gets?|comes?|is) (?:out|released|let out)",
    r"(?:from|out of|leaves?) prison",
    r"on (?:his|her|their) release",
)
HABITUAL = rx(
    r"keeps?",
    r"kept",
    r"always",
    r"every (?:day|night|week|time|morning|evening|weekend|month|year|single|other|few|now)",
    r"everyday",
    r"often",
    r"sometimes",
    r"usually",
    r"times",
    r"since",
    r"for (?:months|weeks|years|ages|a while|days)",
    r"been going on",
    r"most (?:days|nights|weeks|mornings|evenings)",
    r"again and again",
    r"regularly",
    r"constantly",
    r"(?:a|per|each|twice a|once a) (?:week|day|month|night)",
)
URGENT = rx(
    r"right now",
    r"now",
    r"at the moment",
    r"currently",
    r"as we speak",
    r"as i (?:type|write|am typing|am writing)",
    r"tonight",
    r"today",
    r"still",
    r"just",
    r"minutes away",
    r"minutes",
    r"please help",
    r"help me",
    r"this second",
    r"this minute",
    r"on (?:his|her|their|the) way",
    r"omw",
    r"otw",
    r"any minute",
    r"any second",
    r"hurry",
    r"quick",
    r"quickly",
    r"sos",
)
# Urgency strong enough to outweigh past wording in the same clause ("he just
# hit me, like last week"); "now" alone is not ("can that be used now").
URGENT_OVER_PAST = rx(
    r"right now",
    r"as we speak",
    r"just",
    r"this second",
    r"this minute",
    r"at the moment",
    r"currently",
    r"still",
)

ONLINE = rx(
    r"instagram",
    r"insta",
    r"ig",
    r"facebook",
    r"fb",
    r"tiktok",
    r"snapchat",
    r"snap",
    r"twitter",
    r"whatsapp",
    r"online",
    r"social media",
    r"socials",
    r"stories",
    r"story",
    r"posts",
    r"profile",
    r"account",
    r"linkedin",
    r"strava",
    r"youtube",
    r"twitch",
    r"reddit",
    r"threads",
    r"x",
    r"bank",
    r"emails?",
    r"icloud",
    r"laptop",
    r"computer",
    r"password",
    r"cloud",
    r"gmail",
    r"apps?",
    r"accounts",
)
