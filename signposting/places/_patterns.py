"""Text handling for :mod:`signposting.places`: normalising what people write,
spotting postcodes in it and allowing one typo in a place name.

Everything here is pure string work with no knowledge of the gazetteer, so
both the data models (which check spellings) and the matcher can use it.
"""

from __future__ import annotations

import re
import unicodedata

# Names this long or longer also match with one typo ("warington").
_FUZZY_MIN_LETTERS = 6
# "Chester Road", "Liverpool FC": a place name followed by one of these is a
# street or a team, not where the person lives.
_NOT_A_PLACE_AFTER = frozenset(
    {
        "road",
        "rd",
        "street",
        "lane",
        "avenue",
        "ave",
        "drive",
        "close",
        "crescent",
        "terrace",
        "fc",
        "united",
        "utd",
    }
)
# Outward codes that are also text-speak ("l8" = late, "sk8" = skate).
_TEXT_SPEAK = frozenset({"l8", "sk8"})
# The inward code (the part after the space) never uses C, I, K, M, O or V:
# ILR Specification, Appendix C "Valid postcode format"
# (https://studylib.net/doc/18359331/postcode-format). Checking this stops
# "b4 2pm" being read as a Birmingham postcode.
_INWARD = r"\d[abd-hjlnp-uw-z]{2}"
_FULL_POSTCODE = re.compile(rf"(?<![a-z0-9])([a-z]{{1,2}})(\d[a-z\d]?)\s*({_INWARD})(?![a-z0-9])")
_OUTWARD_CODE = re.compile(r"(?<![a-z0-9])([a-z]{1,2})(\d{1,2})(?![a-z0-9])")
_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc`\u00b4]")
_TOKEN = re.compile(r"[a-z0-9]+")


def _normalise(text: str) -> str:
    """Lower case, accents and apostrophes dropped ("Connah's" -> "connahs")."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char)).lower()
    return _APOSTROPHES.sub("", text).replace("&", " and ")


def _words(text: str) -> list[str]:
    return _TOKEN.findall(_normalise(text))


def _one_edit_apart(first: str, second: str) -> bool:
    """Whether two words differ by at most one insertion, deletion,
    substitution or swap of neighbouring letters ("maccelsfield")."""
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
