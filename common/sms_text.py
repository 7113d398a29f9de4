"""What an SMS may contain: GSM-7 characters, and an opening that does not give the topic away.

One definition for the SMS channel (bot/channels/sms/segments.py), the
library's SMS wording (signposting/) and the tests that check every reply.

* GSM 03.38: a character outside the basic and extension tables turns the
  whole SMS into UCS-2, 70 characters a part instead of 160 [facts 7:
  pub.dev SMS segment calculator].
* A phone's lock screen shows roughly the first 60 characters of a text, and
  the phone may be shared or checked [facts 7: Bright Sky disclaimer], so the
  opening names neither the topic nor who the person is talking to.
"""

from __future__ import annotations

import re

# GSM 03.38 basic table (without the escape character itself).
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# GSM 03.38 extension table: each costs two septets (escape + character).
GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")
GSM7 = GSM7_BASIC | GSM7_EXTENSION

# How much of a text a lock screen shows.
PREVIEW_CHARS = 60
# Words that would give the topic, or who is being contacted, away in that preview.
_REVEALING = re.compile(
    r"stalk|harass|abus|domestic|violen|molest|restraining|protection order|injunction"
    r"|suicid|self.?harm|samaritan|police|court",
    re.IGNORECASE,
)


def is_gsm7(text: str) -> bool:
    """True if every character can be sent in GSM-7 (basic or extension table)."""
    return all(c in GSM7 for c in text)


def non_gsm7(text: str) -> list[str]:
    """The characters that would switch an SMS to UCS-2, sorted."""
    return sorted(set(text) - GSM7)


def reveals_topic(text: str, whole: bool = False) -> bool:
    """True if the part a lock screen shows (or, with ``whole``, any part) names the topic."""
    return bool(_REVEALING.search(text if whole else text[:PREVIEW_CHARS]))
