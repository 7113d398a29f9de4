"""What an account names besides when: the place, registrations, handles, addresses, numbers.

Read by :func:`incident_log.extract.extract`, which adds when it happened.

* **Where**: the Cheshire places gazetteer (:mod:`signposting.places`), and
  a free-text place after a preposition ("outside my work") kept as written.
* **Registrations, handles, emails, web addresses**: spaCy's rule-based
  pipeline (a blank English pipeline with an ``EntityRuler``; no model), built
  once on first use (:func:`pipeline`).
* **Phone numbers**: phonenumbers, GB region.

Nothing here logs the text it reads.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import phonenumbers

from signposting.places import area_for

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# --- where ----------------------------------------------------------------------

_PREPOSITIONS = ["outside", "near", "nr", "by", "behind", "opposite", "at", "in", "on"]
_DETERMINERS = ["my", "the", "our", "me", "mums", "mum's", "his", "her", "their", "work"]
_NOT_PLACE_WORDS = {
    "and", "but", "when", "then", "yesterday", "today", "last", "about", "around", "at",
    "in", "on", "he", "she", "they", "him", "her", "was", "were", "is", "with", "again",
    "for", "ages", "night", "morning", "evening", "time", "way", "phone", "while",
    "just", "gone", "so", "because", "cos", "looking", "watching", "waiting", "sat", "stood",
}  # fmt: skip


@dataclass(frozen=True)
class Where:
    """Where it happened.

    Attributes:
        text: A place as written ("outside my work"), or None.
        place: A gazetteer place or postcode district ("Crewe", "WA4"), or None.
        area: Its council area when it is one of the four Cheshire areas, else None.
    """

    text: str | None = None
    place: str | None = None
    area: str | None = None


# --- the spaCy pipeline ------------------------------------------------------------

# UK registrations (DVLA, "Vehicle registration numbers and number plates", INF104):
# current format since 2001: two letters, two digits, three letters (AB12 CDE);
# prefix 1983-2001: letter, 1-3 digits, three letters (A123 BCD);
# suffix 1963-1983: three letters, 1-3 digits, letter (ABC 123D).
# I and Q are not used in the current format's letters, nor Z in its first two.
_CURRENT_LEFT = r"^[A-HJ-PR-Ya-hj-pr-y][A-HJ-PR-Ya-hj-pr-y]\d{2}$"
_CURRENT_RIGHT = r"^[A-HJ-PR-Za-hj-pr-z]{3}$"
_CURRENT_JOINED = r"^[A-HJ-PR-Ya-hj-pr-y]{2}\d{2}[A-HJ-PR-Za-hj-pr-z]{3}$"
# Older formats only in capitals, so "a123 the" in prose is not read as a plate.
_PREFIX_LEFT = r"^[A-HJ-NP-Y]\d{1,3}$"
_UPPER3 = r"^[A-HJ-PR-Z]{3}$"
_SUFFIX_RIGHT = r"^\d{1,3}[A-HJ-NP-Y]$"
_PREFIX_JOINED = r"^[A-HJ-NP-Y]\d{1,3}[A-HJ-PR-Z]{3}$"
_SUFFIX_JOINED = r"^[A-HJ-PR-Z]{3}\d{1,3}[A-HJ-NP-Y]$"

_RULER_PATTERNS: list[dict[str, Any]] = [
    {
        "label": "REG",
        "pattern": [{"TEXT": {"REGEX": _CURRENT_LEFT}}, {"TEXT": {"REGEX": _CURRENT_RIGHT}}],
    },
    {"label": "REG", "pattern": [{"TEXT": {"REGEX": _CURRENT_JOINED}}]},
    {"label": "REG", "pattern": [{"TEXT": {"REGEX": _PREFIX_LEFT}}, {"TEXT": {"REGEX": _UPPER3}}]},
    {"label": "REG", "pattern": [{"TEXT": {"REGEX": _PREFIX_JOINED}}]},
    {"label": "REG", "pattern": [{"TEXT": {"REGEX": _UPPER3}}, {"TEXT": {"REGEX": _SUFFIX_RIGHT}}]},
    {"label": "REG", "pattern": [{"TEXT": {"REGEX": _SUFFIX_JOINED}}]},
    # spaCy splits "456T" into "456" "T".
    {
        "label": "REG",
        "pattern": [
            {"TEXT": {"REGEX": _UPPER3}},
            {"TEXT": {"REGEX": r"^\d{1,3}$"}, "SPACY": False},
            {"TEXT": {"REGEX": r"^[A-HJ-NP-Y]$"}},
        ],
    },
    # "@jay_smith99", "@dazza.b" (Instagram allows dots; a full stop after it is split off).
    {"label": "HANDLE", "pattern": [{"TEXT": {"REGEX": r"^@\w[\w.]{0,29}$"}}]},
    {"label": "EMAIL", "pattern": [{"LIKE_EMAIL": True}]},
    {"label": "URL", "pattern": [{"LIKE_URL": True}]},
]

_nlp: Language | None = None
_nlp_lock = threading.Lock()


def pipeline() -> Language:
    """The blank English pipeline with our rules, built on first use."""
    global _nlp
    with _nlp_lock:
        if _nlp is None:
            import spacy
            from spacy.matcher import Matcher

            nlp = spacy.blank("en")
            ruler = nlp.add_pipe("entity_ruler")
            ruler.add_patterns(_RULER_PATTERNS)
            matcher = Matcher(nlp.vocab)
            place_word = {"IS_ALPHA": True, "LOWER": {"NOT_IN": sorted(_NOT_PLACE_WORDS)}}
            for length in (1, 2, 3):
                matcher.add(
                    f"PLACE{length}",
                    [
                        [{"LOWER": {"IN": _PREPOSITIONS}}, {"LOWER": {"IN": _DETERMINERS}}]
                        + [place_word] * length
                    ],
                )
            nlp.vocab.strings.add("PLACE")
            _PLACE_MATCHER[0] = matcher
            _nlp = nlp
        return _nlp


_PLACE_MATCHER: list[Any] = [None]


def _free_text_place(doc: Any) -> str | None:
    """The longest "outside my work"-style phrase, as written."""
    matcher = _PLACE_MATCHER[0]
    best = None
    for _, start, end in matcher(doc):
        if best is None or (start, -(end - start)) < (best[0], -(best[1] - best[0])):
            best = (start, end)
    if best is None:
        return None
    start, end = best
    # "the co-op": spaCy splits at the hyphen; join words written without spaces.
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_:
        if doc[end].whitespace_ or not doc[end + 1].is_alpha:
            break
        end += 2
    return str(doc[start:end].text)


# --- one message ------------------------------------------------------------------


def where_of(text: str, doc: Doc) -> Where:
    """Where ``text`` (read by :func:`pipeline` into ``doc``) says it happened."""
    place = area_for(text)
    return Where(
        text=_free_text_place(doc),
        place=place.place,
        area=place.area if place.status == "local" else None,
    )


def phones_of(text: str, doc: Doc) -> list[str]:
    """The phone numbers in ``text`` (E.164), leaving out digits inside what ``doc`` found."""
    taken = [(ent.start_char, ent.end_char) for ent in doc.ents]
    return [
        phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
        # POSSIBLE, not VALID: a number the person was called from is worth
        # recording even when it is not (yet) in the numbering plan.
        for m in phonenumbers.PhoneNumberMatcher(
            text, "GB", leniency=phonenumbers.Leniency.POSSIBLE
        )
        # UK national numbers have 9 or 10 digits (Ofcom's numbering plan); the
        # digits of an email, handle or address are not a number.
        if len(str(m.number.national_number)) >= 9
        and not any(start < m.end and m.start < end for start, end in taken)
    ]


def registration(text: str) -> str:
    """A plate written the DVLA way: capitals, split where the plate's halves meet."""
    plain = re.sub(r"\s+", "", text).upper()
    if re.match(r"^[A-Z]{3}\d", plain):  # suffix format: ABC 123D
        return f"{plain[:3]} {plain[3:]}"
    return f"{plain[:-3]} {plain[-3:]}"


__all__ = ["Where", "phones_of", "pipeline", "registration", "where_of"]
