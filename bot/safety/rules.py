"""Building blocks of the safety check: signals, rules, word sets and context words.

A rule is a short list of *phrases* written in a small pattern language that a
safeguarding lead can read (see ``compile_phrase``), matched by spaCy over the
lemma or the lower-case form of each word, so one phrase covers every
inflection ("stab" matches stabbed, stabbing, stabs). Every rule carries an id,
a sentence saying what it catches and example messages; a test checks that
each rule fires on its own examples.

Context words (context_words.py) decide when a rule is muted within its clause
(clause.py): hypothetical, past or habitual wording mutes presence, weapon and
violence rules unless an urgency word is there too, and never when the message
also holds a present-tense, first-hand danger statement ("present beats past").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Callable

from bot.safety import words as _words


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


WORDS = _words.WORDS
_BY_FORM = _words.BY_FORM


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
        items = spec.split("|")
        number = "#" in items
        for item in (i for i in items if i != "#"):
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
        if number:
            # "#|a|few": a number or one of the words.
            alternatives = "|".join([r"\d+", *map(re.escape, sorted(words))])
            pattern = {attr: {"REGEX": f"^(?:{alternatives})$"}}
        else:
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
    - ``[be here|go on|exist]``: alternatives of several words each (an item of
      its own: not joined to others by ``|``, nor made optional).

    Args:
        phrase: The phrase.
        lemma: Gives a word's dictionary form (the pipeline's lemmatizer).

    Returns:
        Token patterns (``_{n,m}`` is expanded, as spaCy 3.4 has no counted
        repeats; see ``_gap``).
    """
    group = _GROUP.search(phrase)
    if group:
        if phrase[group.start() - 1 : group.start()].strip() or phrase[group.end() :][:1].strip():
            # "a|[b c]" would silently become "a|" then "b c": a group is a whole item.
            raise ValueError(f"a [group] must be an item of its own: {phrase!r}")
        # "[be here|exist]": one pattern per alternative, each any number of words.
        head, tail = phrase[: group.start()], phrase[group.end() :]
        return [
            pattern
            for alternative in group.group(1).split("|")
            for pattern in compile_phrase(f"{head} {alternative} {tail}", lemma)
        ]
    patterns: list[list[dict[str, Any]]] = [[]]
    for spec in phrase.split():
        span = re.fullmatch(r"(__?)\{(\d+),(\d+)\}", spec)
        if span:
            any_word, low, high = span.group(1), int(span.group(2)), int(span.group(3))
            choices = _gap(_token(any_word, lemma), low, high)
        else:
            choices = [[_token(spec, lemma)]]
        patterns = [pattern + choice for pattern in patterns for choice in choices]
    return patterns


# Optional any-word tokens in one run of a gap, at most.
_GAP_BLOCK = 4


def _gap(word: dict[str, Any], low: int, high: int) -> list[list[dict[str, Any]]]:
    """Token runs matching ``low`` to ``high`` words, as few and as cheap as can be.

    ``high - low`` optional any-word tokens in a row let spaCy's Matcher reach
    the same span by every choice of which of them to skip: 20 of them cost
    0.3 s on a 35-word message, and a 4,000-character message took 1.3 s
    (issue 12's size test). So a wide gap becomes one run per block of
    ``_GAP_BLOCK`` lengths, each with at most ``_GAP_BLOCK - 1`` optional
    tokens: ``_{0,9}`` is 0-3, 4-7 and 8-9 words. The lengths are the same,
    so the matches are too.
    """
    optional = {**word, "OP": "?"}
    runs = []
    for start in range(low, high + 1, _GAP_BLOCK):
        extra = min(_GAP_BLOCK - 1, high - start)
        runs.append([dict(word) for _ in range(start)] + [dict(optional) for _ in range(extra)])
    return runs
