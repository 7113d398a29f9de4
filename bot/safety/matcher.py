"""The spaCy side of the safety check: a lemmatising pipeline and one Matcher.

A blank English pipeline with spaCy's lookup lemmatizer (its tables come from
the spacy-lookups-data package, so nothing is downloaded) gives each word its
dictionary form, and a Matcher holds every rule's phrases. Both are built once,
on the first message, not at import: building takes about a second.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

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
_BY_ID = {rule.id: rule for rule in RULES}

# Forms the lookup table gets wrong ("dying" -> "dye", "does" -> "doe": "he
# doesn't know I'm here" was read as a habit, "he does" like "he turns up").
_LEMMA_FIXES = {"dying": "die", "lying": "lie", "does": "do"}


@dataclass(frozen=True)
class Hit:
    """One rule matching a run of words: token positions in the normalised text."""

    rule: Rule
    start: int
    end: int


@dataclass(frozen=True)
class _Pipeline:
    nlp: Language
    matcher: Matcher
    # Every word some rule matches by lemma (for _repair_lemmas).
    known_lemmas: frozenset[str]


_lock = threading.Lock()
_built: _Pipeline | None = None


def _build() -> _Pipeline:
    import spacy
    from spacy.matcher import Matcher

    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    matcher = Matcher(nlp.vocab)

    def lemma(word: str) -> str:
        return nlp(word)[0].lemma_ if word else word

    known: set[str] = set()
    for rule in RULES:
        patterns = [p for phrase in rule.phrases for p in compile_phrase(phrase, lemma)]
        for pattern in patterns:
            for token in pattern:
                known.update((token.get("LEMMA") or {}).get("IN", []))
        matcher.add(rule.id, patterns)
    return _Pipeline(nlp, matcher, frozenset(known))


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
    hits = [
        Hit(_BY_ID[built.nlp.vocab.strings[match_id]], start, end)
        for match_id, start, end in built.matcher(doc)
    ]
    return words, lemmas, hits
