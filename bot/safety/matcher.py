"""The spaCy side of the safety check: a lemmatising pipeline and one Matcher.

A blank English pipeline with spaCy's lookup lemmatizer (its tables come from
the spacy-lookups-data package, so nothing is downloaded) gives each word its
dictionary form, and a Matcher holds every rule's phrases. Both are built once,
on the first message, not at import: building takes about a second.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.safety.check_in_rules import CHECK_IN_RULES
from bot.safety.danger_rules import DANGER_RULES
from bot.safety.rules import Rule, compile_phrase
from bot.safety.self_harm_rules import SELF_HARM_RULES

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.tokens import Doc

RULES: tuple[Rule, ...] = DANGER_RULES + SELF_HARM_RULES + CHECK_IN_RULES
RULE_ORDER = {rule.id: index for index, rule in enumerate(RULES)}

# Forms the lookup table gets wrong ("dying" -> "dye", "does" -> "doe": "he
# doesn't know I'm here" was read as a habit, "he does" like "he turns up").
# "stuck" is kept as itself: read as "stick" it was a weapon ("he's stuck to it
# since", an order kept; set v15a). Rules that mean the verb name "stuck" too.
_LEMMA_FIXES = {"dying": "die", "lying": "lie", "does": "do", "stuck": "stuck"}


@dataclass(frozen=True)
class Hit:
    """One rule matching a run of words: token positions in the normalised text."""

    rule: Rule
    start: int
    end: int


# A word list a pattern needs: ("LOWER" or "LEMMA", its words).
_Needed = tuple[str, frozenset[str]]


@dataclass(frozen=True)
class _RuleMatcher:
    """One rule's patterns, and the words without which none of them can match."""

    rule: Rule
    matcher: Matcher
    # Per pattern (duplicates dropped): the word lists it needs, one word of
    # each; None when some pattern needs no particular word.
    needs: tuple[tuple[_Needed, ...], ...] | None

    def may_match(self, lowers: frozenset[str], lemmas: frozenset[str]) -> bool:
        if self.needs is None:
            return True
        return any(
            all(not words.isdisjoint(lowers if attr == "LOWER" else lemmas) for attr, words in need)
            for need in self.needs
        )


@dataclass(frozen=True)
class _Pipeline:
    nlp: Language
    rules: tuple[_RuleMatcher, ...]
    # Every word some rule matches by lemma (for _repair_lemmas).
    known_lemmas: frozenset[str]


def _needs(pattern: list[dict[str, Any]]) -> tuple[_Needed, ...]:
    """The word lists a pattern cannot match without: its required listed words.

    spaCy's Matcher starts every pattern at every word, so with 5,000 patterns a
    message cost 20 ms or more; a rule that cannot match the message's words is
    not asked at all (the matches are the same).
    """
    return tuple(
        dict.fromkeys(
            (attr, frozenset(token[attr]["IN"]))
            for token in pattern
            if token.get("OP") in (None, "+")
            for attr in ("LOWER", "LEMMA")
            if isinstance(token.get(attr), dict) and "IN" in token[attr]
        )
    )


_lock = threading.Lock()
_built: _Pipeline | None = None


def _build() -> _Pipeline:
    import spacy
    from spacy.matcher import Matcher

    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()

    def lemma(word: str) -> str:
        return nlp(word)[0].lemma_ if word else word

    known: set[str] = set()
    rules = []
    for rule in RULES:
        patterns = [p for phrase in rule.phrases for p in compile_phrase(phrase, lemma)]
        for pattern in patterns:
            for token in pattern:
                known.update((token.get("LEMMA") or {}).get("IN", []))
        # The phrases are checked by their own tests; spaCy's schema check of
        # 13,000 patterns took 9 s of every process start.
        matcher = Matcher(nlp.vocab, validate=False)
        matcher.add(rule.id, patterns)
        needs = list(dict.fromkeys(_needs(pattern) for pattern in patterns))
        rules.append(_RuleMatcher(rule, matcher, None if () in needs else tuple(needs)))
    return _Pipeline(nlp, tuple(rules), frozenset(known))


def pipeline() -> _Pipeline:
    """The pipeline and matcher, built on first use (thread-safe)."""
    global _built
    if _built is None:
        with _lock:
            if _built is None:
                _built = _build()
    return _built


def _stems(word: str) -> list[str]:
    """Possible dictionary forms of an -ing, -ed or -s word ("texting" -> "text")."""
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix):
            base = word[: -len(suffix)]
            stems = [base, base + "e"]
            if len(base) > 2 and base[-1] == base[-2]:
                stems.append(base[:-1])  # "stabbing" -> "stab"
            return stems
    return []


def _repair_lemmas(doc: Doc, known: frozenset[str]) -> None:
    """Gives words missing from the lookup table a lemma the rules know.

    "tailgating" is in the table; "texting" is not, so it would not match
    ``~text``. An unknown -ing, -ed or -s word takes its stem when that stem is
    a word some rule matches by lemma.
    """
    for token in doc:
        word = token.lower_
        if word in _LEMMA_FIXES:
            token.lemma_ = _LEMMA_FIXES[word]
        elif token.lemma_ == word and len(word) > 4:
            stem = next((s for s in _stems(word) if s in known), None)
            if stem:
                token.lemma_ = stem


def find(normalised: str) -> tuple[list[str], list[str], list[Hit]]:
    """Matches every rule against normalised text.

    Returns:
        The words of the text (sentence breaks are "."), their lemmas, and
        every hit.
    """
    built = pipeline()
    doc = built.nlp(normalised)
    _repair_lemmas(doc, built.known_lemmas)
    words = [token.lower_ for token in doc]
    lemmas = [token.lemma_ for token in doc]
    present = frozenset(words), frozenset(lemmas)
    hits = [
        Hit(each.rule, start, end)
        for each in built.rules
        if each.may_match(*present)
        for _, start, end in each.matcher(doc)
    ]
    # In the order of the words, then of the rules (one Matcher gave them by end).
    hits.sort(key=lambda hit: (hit.end, hit.start, RULE_ORDER[hit.rule.id]))
    return words, lemmas, _few_per_rule(hits)


# Every hit is read in its sentence, so a message of one phrase said 160 times
# took 1.3 s (issue 12's request at the size cap). No stored message has more
# than 7 hits of one rule (16,300 messages, session 14).
MAX_HITS_PER_RULE = 12


def _few_per_rule(hits: list[Hit]) -> list[Hit]:
    """At most MAX_HITS_PER_RULE hits of each rule: its first and its last ones."""
    by_rule: dict[str, list[int]] = {}
    for index, hit in enumerate(hits):
        by_rule.setdefault(hit.rule.id, []).append(index)
    half = MAX_HITS_PER_RULE // 2
    dropped = {
        index
        for indexes in by_rule.values()
        if len(indexes) > MAX_HITS_PER_RULE
        for index in indexes[half:-half]
    }
    return [hit for index, hit in enumerate(hits) if index not in dropped] if dropped else hits
