"""Text normalisation for the safety check: lower case, SMS shorthand, common typos.

Frightened people type fast on phones. Before matching danger patterns we fold
case and accents, drop apostrophes ("he's" -> "hes"), expand shorthand ("hes"
-> "he is", "rn" -> "right now") and repair near-miss spellings of the few
words the patterns depend on ("outsdie" -> "outside"); the word lists are in
spelling.py. Idioms that borrow danger words are rewritten to their plain
meaning (idioms.py: "my back's killing me", "I overdosed on Netflix"), and a
clock time ("10.40") stays one clause. "2" and "4" are read as "to", "too" or "for" when used
as words ("want 2 die", "4 the last time", "2 many") and stay numbers as a count
("2 tablets", "took 2", "2 seats behind me", "at 4 in the morning").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.safety.idioms import IDIOMS
from bot.safety.spelling import PROTECTED, REPAIRABLE, SHORTHAND
from bot.safety.words import WORDS
from signposting.text import within_one_edit  # the project's one edit distance

# Clause boundaries survive normalisation as " . " so that a hypothetical in one
# sentence ("if he comes round.") does not mute a present danger in the next.
_CLAUSE_BREAK = re.compile(r"[.!?;,\n\r]+|\s-\s")
_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc`\u00b4]")
_NON_WORD = re.compile(r"[^a-z0-9 .]+")
_SPACES = re.compile(r"\s+")
# A message typed one word to a line ("he\nis\nhere", set v19a): every line a word
# or two with no stop of its own. Its lines are one sentence, not clause breaks.
_SHORT_LINE = re.compile(r"^\s*\S+(?:\s+\S+)?\s*$")
_STOPPED = re.compile(r"[.!?]\s*$")
# Things named like weapons that are not ("nerf gun", "knife and fork").
_HARMLESS = re.compile(
    r"\b(?:(?:nerf|toy|water|glue|staple|nail|heat|spray|paint|paintball|airsoft|bb|cap|"
    r"squirt|laser|bubble|massage) guns?|knife and fork|knives and forks|butter knife|"
    # Kitchen and garden things, climbing and fire-escape gear, shaving.
    r"knife (?:block|set|sharpener|rack|drawer)s?|(?:bread|steak|kitchen|butter) knives|"
    r"blades? of grass|grass blades?|(?:razor )?blades? for (?:shaving|my (?:legs|beard|face))|"
    r"shaving (?:razors?|blades?)|rope ladders?|climbing ropes?|skipping ropes?|tow ropes?|"
    r"rope swings?|"
    # Exercise ropes (session 9): "bought a training rope for the gym", "battle ropes
    # class"; a rope the person keeps in mind is still read.
    r"(?:training|battle|gym|exercise|boxing|speed|weighted|fitness) ropes?(?: workouts?| "
    r"sessions?| class(?:es)?)?|ropes? (?:workouts?|training|sessions?|class(?:es)?)|"
    # Crime as a topic, not an event: "the knife crime talk at college", "people are
    # getting stabbed in town and I'm moaning about texts" (ordinary_v7; not "people
    # are getting stabbed outside right now").
    r"knife crime|(?:people|folk|kids|lads|teenagers) (?:are|keep|keep on) getting (?:stabbed|shot|"
    r"knifed)(?! (?:outside|here|near|right|now|in front|at my|in my)))\b"
)
_NUMBER_WORD = re.compile(r"^(\d+)(?!st$|nd$|rd$|th$)([a-z]{2,})$")
# "2" and "4" are "to" and "for" in text-speak ("want 2 die", "4 the last time"), but
# stay numbers as a count or before a unit ("2 mins away", "4 tablets", "2 seats
# behind me", "2 or 3", "took 2", "at 4"), so quantity and distance rules read them.
_KEEP_DIGIT = frozenset({"2", "4"})
_UNIT = re.compile(
    r"^(?:m|min|mins|minute|minutes|h|hr|hrs|hour|hours|sec|secs|second|seconds|mile|miles|"
    r"street|streets|door|doors|house|houses|km|am|pm|day|days|week|weeks|night|nights|"
    r"tablet|tablets|pill|pills|box|boxes|packet|packets|strip|strips|times|of|"
    # Session 7: more units and counts ("2 ft", "4 more", "2 x 500mg", "4ish").
    r"ft|foot|feet|metre|meter|yard|inch|mg|ml|g|kg|x|or|more|less|extra|other|others|"
    r"dozen|half|hundred|thousand|ish|oclock|each|month|year|time|can|drink|glass|bottle|"
    r"pack|cap|capsule|man|lad|bloke|guy|car|seat|row|stop|floor|text|call|dose|men|women|"
    r"people|children|folk)$"
)
# "2 paracetamol", "4 co-codamol": a number before any medicine named in words.py.
_MEDICINES = frozenset(WORDS["MEDS"]) | frozenset(WORDS["PILLS"]) | {"cocodamol", "codydramol"}
# A plural after the digit is a count ("2 men", "4 texts"), except these words.
_NOT_A_PLURAL = frozenset(
    "is was has his hers its this us as yours ours theirs always ages yes bus plus "
    "chaos mess less class glass across unless".split()
)
# "2 this morning", "4 in the morning", "2 a day": a count said with when.
_WHEN_AFTER = re.compile(
    r"^(?:this|last|every|a|an|per) (?:morning|afternoon|evening|night|day|week|time|hour)\b|"
    r"^in (?:the )?(?:morning|afternoon|evening|night)\b|^in one go\b"
)
# "2 sleeping pills", "4 missed calls": a word in -ing or -ed before the count noun.
_COUNT_ADJECTIVE = re.compile(r"^\w{3,}(?:ing|ed)$")
# At the end of a clause: a number after these ("took 2", "at 4", "till 2"), else
# "too" ("me 2", "he got off 2").
_COUNT_BEFORE = frozenset(
    "at till until til by before after past took take taken takes taking had have got "
    "about around roughly maybe only just like over under last ate swallowed downed popped "
    "another than approx nearly almost all top floor number no gone the or and ive".split()
)
# "2 late", "2 scared", "2 many": "too".
_TOO_BEFORE = frozenset(
    "many much late scared tired far close near soon afraid frightened drunk hard young old "
    "weak ill sick ashamed exhausted early dark fast slow long big small busy loud quiet "
    "bad risky dangerous worried nervous".split()
)
# Dropped final g ("bangin", "followin") on verbs the patterns use.
_G_DROPPED = frozenset(
    "bangin knockin followin kickin smashin screamin shoutin watchin waitin hidin "
    "comin starin lookin walkin tryin breakin chasin runnin sittin standin lurkin "
    "hammerin poundin threatenin hittin punchin stabbin goin drivin creepin "
    "prowlin peerin pacin rattlin climbin shakin bleedin".split()
)


@lru_cache(maxsize=4096)
def _repair(token: str) -> str:
    if len(token) < 5 or token in PROTECTED or token in REPAIRABLE:
        return token
    for word in REPAIRABLE:
        if within_one_edit(token, word):
            return word
    return token


def _count_noun(word: str) -> bool:
    """A unit, a medicine or a plural: what a number counts ("mins", "paracetamol", "men")."""
    return bool(
        _UNIT.match(word)
        or word in _MEDICINES
        or (len(word) > 2 and word.endswith("s") and word not in _NOT_A_PLURAL)
    )


def _digit(digit: str, previous: str, following: list[str]) -> str:
    """A "2" or "4" as a number (kept), "too", or a word ("2" -> "to", "4" -> "for").

    ``previous`` is the word before it as normalised so far, ``following`` the next
    three raw tokens.
    """
    after = [t.strip(".") or "." for t in following] + [".", ".", "."]
    nxt = SHORTHAND.get(after[0], after[0]).split(" ")[0]
    if nxt in (".", ""):
        if previous in _COUNT_BEFORE or previous.isdigit():
            return digit
        return "too" if digit == "2" else SHORTHAND[digit]
    if digit == "2" and nxt in _TOO_BEFORE:
        return "too"
    if (
        _count_noun(nxt)
        or nxt.isdigit()
        or (_COUNT_ADJECTIVE.match(nxt) and _count_noun(after[1]))
        or _WHEN_AFTER.match(" ".join([nxt, *after[1:3]]))
    ):
        return digit
    return SHORTHAND[digit]


def _one_sentence_if_word_per_line(text: str) -> str:
    """ "help\nhelp\nhes\ninside" -> "help help hes inside" (three or more short lines)."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 3 or not all(
        _SHORT_LINE.match(line) and not _STOPPED.search(line) for line in lines
    ):
        return text
    return " ".join(line.strip() for line in lines)


def normalise(text: str) -> str:
    """Returns a lower-case, shorthand-expanded, typo-repaired form of ``text``.

    Clause breaks are kept as " . " tokens.
    """
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    folded = _APOSTROPHES.sub("", folded)
    folded = folded.replace("@", " at ").replace("&", " and ")
    folded = _HARMLESS.sub(" ", folded)
    for idiom, plain in IDIOMS:
        folded = idiom.sub(plain, folded)
    folded = _CLAUSE_BREAK.sub(" . ", _one_sentence_if_word_per_line(folded))
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
        if token in _KEEP_DIGIT:
            previous = words[-1].split()[-1] if words else "."
            digit = _digit(token, previous, tokens[index + 1 : index + 4])
            if digit != token:
                token = digit
            else:
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
