"""What the place matcher looks for in a message: postcodes, and words that are not places.

Normalising text and the one-typo check are :mod:`signposting.text`, shared
with the rest of the library.
"""

from __future__ import annotations

import re

# Names this long or longer also match with one typo ("warington").
FUZZY_MIN_LETTERS = 6
# "Chester Road", "Liverpool FC": a place name followed by one of these is a
# street or a team, not where the person lives.
NOT_A_PLACE_AFTER = frozenset(
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
TEXT_SPEAK = frozenset({"l8", "sk8"})
# The inward code (the part after the space) never uses C, I, K, M, O or V:
# ILR Specification, Appendix C "Valid postcode format"
# (https://studylib.net/doc/18359331/postcode-format). Checking this stops
# "b4 2pm" being read as a Birmingham postcode.
INWARD = r"\d[abd-hjlnp-uw-z]{2}"
FULL_POSTCODE = re.compile(rf"(?<![a-z0-9])([a-z]{{1,2}})(\d[a-z\d]?)\s*({INWARD})(?![a-z0-9])")
OUTWARD_CODE = re.compile(r"(?<![a-z0-9])([a-z]{1,2})(\d{1,2})(?![a-z0-9])")
TOKEN = re.compile(r"[a-z0-9]+")
