"""Normalising what people type, and forgiving one typo: the library's one copy.

People write on phones, in a hurry, with curly apostrophes, accents and
shorthand. Every rule in the library (who someone says they are, where they
live, how they answer a question) reads text through these functions, so the
same message means the same thing everywhere.

* :func:`fold`: lower case, accents dropped, quotes and dashes straightened,
  spaces collapsed. Apostrophes stay (``"i'm"``), for patterns that want them.
* :func:`searchable`: :func:`fold` with apostrophes dropped and ``&`` read as
  ``and``, for regex searches (postcodes).
* :func:`words`: its letters-and-digits words (``"Connah's Quay"`` -> ``connahs``, ``quay``).
* :func:`plain`: those words joined by single spaces.
* :func:`within_one_edit`: one insertion, deletion, substitution or swap of
  neighbouring letters (Damerau), e.g. ``"maccelsfield"`` for ``"macclesfield"``.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "plain", "searchable", "within_one_edit", "words"]

# Curly and look-alike apostrophes (and the acute accent, which NFKD would
# otherwise split into a space): all become "'" before anything else.
_APOSTROPHES = re.compile(r"[`\u2018\u2019\u201b\u2032\u02bc\u00b4]")
_DASHES = re.compile(r"[\u2010-\u2015]")
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """Lower case, no accents, straight apostrophes and dashes, single spaces."""
    text = _APOSTROPHES.sub("'", text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char)).lower()
    text = _DASHES.sub("-", text)
    return _SPACES.sub(" ", text).strip()


def searchable(text: str) -> str:
    """:func:`fold`, with apostrophes dropped and ``&`` read as ``and``, for regex searches."""
    return fold(text).replace("'", "").replace("&", " and ")


def words(text: str) -> list[str]:
    """The letters-and-digits words of :func:`searchable` text."""
    return _WORD.findall(searchable(text))


def plain(text: str) -> str:
    """The words of ``text`` joined by single spaces (``"An ex-partner"`` -> ``an ex partner``)."""
    return " ".join(words(text))


def within_one_edit(first: str, second: str) -> bool:
    """Whether two strings differ by at most one insertion, deletion,
    substitution or swap of neighbouring characters."""
    if first == second:
        return True
    if abs(len(first) - len(second)) > 1:
        return False
    index = 0
    while index < min(len(first), len(second)) and first[index] == second[index]:
        index += 1
    if len(first) == len(second):
        if first[index + 1 :] == second[index + 1 :]:
            return True
        return (
            index + 1 < len(first)
            and first[index] == second[index + 1]
            and first[index + 1] == second[index]
            and first[index + 2 :] == second[index + 2 :]
        )
    longer, shorter = (first, second) if len(first) > len(second) else (second, first)
    return longer[index + 1 :] == shorter[index:]
