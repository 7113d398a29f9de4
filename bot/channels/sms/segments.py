"""SMS length arithmetic: encodings, segments, and fitting a reply into a few parts.

Rules [facts.md section 7, source 102 (pub.dev SMS segment calculator)]:

* GSM-7: 160 characters in a single SMS, 153 per part once it is split (the
  other 7 septets carry the concatenation header). Characters from the GSM-7
  extension table (``^ { } \\ [ ~ ] | €`` and form feed) are sent as an escape plus
  the character, so they count twice and are never split across parts.
* Any character outside GSM-7 (an emoji, curly quotes, most accented letters)
  switches the whole SMS to UCS-2: 70 per single SMS, 67 per part, counted in
  UTF-16 code units, so an emoji outside the basic plane counts twice and is
  never split across parts.

The channel sends each turn as one SMS that the carrier splits into at most
``max_parts`` parts and the phone shows as one message, in order.
"""

from __future__ import annotations

import re

from common.sms_text import GSM7_EXTENSION, is_gsm7

GSM7_SINGLE, GSM7_PART = 160, 153
UCS2_SINGLE, UCS2_PART = 70, 67

# Typography that would needlessly switch a reply to UCS-2 (less than half the
# characters per part), mapped to GSM-7 look-alikes before sending.
_GSM_FRIENDLY = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2212": "-", "\u2022": "-", "\u00b7": "-", "\u2026": "...",
        "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\t": " ",
        "\u200b": None, "\u200c": None, "\u200d": None, "\ufeff": None,
    }
)  # fmt: skip


def encoding(text: str) -> str:
    """``"GSM-7"`` or ``"UCS-2"``: how a phone network would send this text."""
    return "GSM-7" if is_gsm7(text) else "UCS-2"


def gsm_friendly(text: str) -> str:
    """Replaces typographic characters that have a plain GSM-7 look-alike (emoji are kept)."""
    return text.translate(_GSM_FRIENDLY)


def _cost(char: str, gsm: bool) -> int:
    if gsm:
        return 2 if char in GSM7_EXTENSION else 1
    return 2 if ord(char) > 0xFFFF else 1  # outside the basic plane: a surrogate pair


def units(text: str) -> int:
    """Length as the network counts it: septets for GSM-7, UTF-16 code units for UCS-2."""
    gsm = is_gsm7(text)
    return sum(_cost(c, gsm) for c in text)


def split_segments(text: str) -> list[str]:
    """The parts a carrier would send, never splitting an escape or a surrogate pair."""
    if not text:
        return []
    gsm = is_gsm7(text)
    single, part = (GSM7_SINGLE, GSM7_PART) if gsm else (UCS2_SINGLE, UCS2_PART)
    if units(text) <= single:
        return [text]
    parts: list[str] = []
    current: list[str] = []
    used = 0
    for char in text:
        cost = _cost(char, gsm)
        if used + cost > part:
            parts.append("".join(current))
            current, used = [], 0
        current.append(char)
        used += cost
    parts.append("".join(current))
    return parts


def count_segments(text: str) -> int:
    """How many parts (billed SMS) the text takes."""
    return len(split_segments(text))


# A chunk ends after a sentence (. ! ? followed by a space or the end) or a line.
_CHUNK = re.compile(r".+?(?:[.!?]+(?=\s|$)|\n|$)\s*", re.S)


def _chunks(text: str) -> list[str]:
    return [m.group(0) for m in _CHUNK.finditer(text) if m.group(0)]


def _cut_words(text: str, max_parts: int) -> str:
    """The longest run of whole words from the start of text that fits."""
    out = ""
    for word in re.findall(r"\S+\s*", text):
        if count_segments((out + word).rstrip()) > max_parts:
            break
        out += word
    if not out:  # a single word longer than the limit: cut it by characters
        out = "".join(split_segments(text)[:max_parts])
    return out.rstrip()


def fit(text: str, max_parts: int) -> str:
    """Text cut at the last sentence or line boundary that keeps it within max_parts parts.

    The beginning is always kept (the safety net puts danger guidance first).
    """
    text = text.strip()
    if count_segments(text) <= max_parts:
        return text
    out = ""
    for chunk in _chunks(text):
        if count_segments((out + chunk).rstrip()) > max_parts:
            break
        out += chunk
    return out.rstrip() if out.strip() else _cut_words(text, max_parts)


def compose(texts: list[str], max_parts: int) -> str:
    """One SMS from a turn's messages: joined by line breaks, GSM-friendly, within max_parts."""
    lines = [gsm_friendly(t).strip() for t in texts]
    joined = "\n".join(line for line in lines if line)
    return fit(re.sub(r"\n{3,}", "\n\n", joined), max_parts)
