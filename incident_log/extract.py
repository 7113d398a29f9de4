"""What a person's own account of an incident already says.

:func:`extract` reads free text ("he was outside my work in Crewe last night
about half 9, red car AB12 CDE") and returns an :class:`Extraction`: when,
where, vehicle registrations, social-media handles, emails, web addresses and
phone numbers. The conversation then asks only for what is missing.

* **When**: dateparser (day first, Europe/London, relative to when the person
  writes), after British wording it does not know is rewritten ("half 9",
  "Tues just gone", "last night"). A time without am/pm is read as evening
  when the day part says night or evening. The original phrase is kept, and
  "about", "around", "-ish" mark it approximate.
* **Where, registrations, handles, emails, web addresses, phone numbers**:
  :mod:`incident_log.mentions` (the places gazetteer, spaCy's rule-based
  pipeline, phonenumbers).

Nothing here logs the text it reads.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

import dateparser

from incident_log.mentions import Where, phones_of, pipeline, registration, where_of

LONDON = ZoneInfo("Europe/London")

# --- when ---------------------------------------------------------------------

_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_BY_PREFIX = {name[:3]: name for name in _DAY_NAMES}
_TYPOS = {
    "wensday": "wednesday",
    "wednesay": "wednesday",
    "tuseday": "tuesday",
    "thrusday": "thursday",
    "firday": "friday",
    "satuday": "saturday",
}
_WEEKDAY_WORD = (
    # "sat" and "sun" alone are ordinary words ("sat outside"): only in full.
    r"(?:mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri)(?:day)?|saturday|sunday"
    r"|wensday|wednesay|tuseday|thrusday|firday|satuday"
)
_NUM = r"(?:[01]?\d|2[0-3])"
_APPROX = re.compile(r"\b(?:about|around|approx(?:imately)?|roughly|abt|circa|or so)\b|ish\b", re.I)

# The day part, most specific first. Each is (pattern, how to read it).
_DAY_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b"), "numeric"),
    (
        re.compile(
            r"\b(?:on\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
            r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b",
            re.I,
        ),
        "words",
    ),
    (
        re.compile(r"\b(?:on\s+)?the\s+\d{1,2}(?:st|nd|rd|th)\b", re.I),
        "words",
    ),
    (re.compile(r"\blast\s+n(?:igh|ite)t?\b|\blast\s+nite\b", re.I), "last_night"),
    (re.compile(r"\b(?:tonight|this\s+evening|this\s+afternoon)\b", re.I), "today_evening"),
    (re.compile(r"\bthis\s+morning\b", re.I), "today_morning"),
    (re.compile(r"\b(?:today|earlier)\b", re.I), "today"),
    (re.compile(r"\by(?:ester|sete|estr)?day\b|\byday\b", re.I), "yesterday"),
    (
        re.compile(
            rf"\b(?:(?:last|this\s+past|on)\s+)?(?P<day>{_WEEKDAY_WORD})\b"
            r"(?:\s+just\s+gone|\s+gone)?(?:\s+(?P<part>night|evening|morning|afternoon))?",
            re.I,
        ),
        "weekday",
    ),
    (re.compile(r"\b(?:a\s+|\d+\s+)(?:days?|weeks?)\s+ago\b|\blast\s+w(?:ee)?k\b", re.I), "words"),
)
_EVENING = re.compile(r"\b(?:night|nite|evening|tonight)\b", re.I)
_MORNING = re.compile(r"\bmorning\b", re.I)
_AFTERNOON = re.compile(r"\bafternoon\b", re.I)

# The time part: "9pm", "9.30pm", "21:30", "half 9", "quarter past 9", "about 9".
_TIMES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\b(?P<h>{_NUM})[:.](?P<m>[0-5]\d)\s*(?P<ap>[ap]\.?m\.?)?(?!\d)", re.I), "hm"),
    (re.compile(rf"\b(?P<h>{_NUM})\s*(?P<ap>[ap]\.?m\.?)(?![a-z])", re.I), "hm"),
    (
        re.compile(rf"\bhalf\s+(?:past\s+)?(?P<h>{_NUM})(?!\d|\s*(?:days?|weeks?|hours?))", re.I),
        "half",
    ),
    (re.compile(rf"\bquarter\s+past\s+(?P<h>{_NUM})\b", re.I), "qpast"),
    (re.compile(rf"\bquarter\s+to\s+(?P<h>{_NUM})\b", re.I), "qto"),
    (
        re.compile(
            rf"\b(?:about|around|at|gone|after)\s+(?P<h>{_NUM})(?:\s*o'?clock)?(?![\d/:.])(?!\s*(?:days?|weeks?|mins?|minutes?|hours?|times?))",
            re.I,
        ),
        "hm",
    ),
)


@dataclass(frozen=True)
class When:
    """When something happened, as far as the words say.

    Attributes:
        phrase: The words it was read from, as written ("last night about half 9").
        at: The moment, in Europe/London (midnight when only the day is known).
        has_time: Whether a time of day was given, not only a day.
        approximate: The person said "about", "around", "-ish" and the like.
    """

    phrase: str
    at: dt.datetime
    has_time: bool
    approximate: bool


def _settings(base: dt.datetime) -> dict[str, Any]:
    return {
        "DATE_ORDER": "DMY",
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RELATIVE_BASE": base.replace(tzinfo=None),
        "RETURN_AS_TIMEZONE_AWARE": False,
    }


def _day(text: str, base: dt.datetime) -> tuple[re.Match[str], dt.date, str] | None:
    """The first day phrase in ``text``, the date it means, and the part of day it implies."""
    for pattern, kind in _DAY_PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        today = base.date()
        part = ""
        if kind == "last_night":
            return match, today - dt.timedelta(days=1), "evening"
        if kind == "today_evening":
            return match, today, "evening"
        if kind == "today_morning":
            return match, today, "morning"
        if kind == "today":
            return match, today, ""
        if kind == "yesterday":
            return match, today - dt.timedelta(days=1), ""
        if kind == "weekday":
            word = match.group("day").lower()
            name = _TYPOS.get(word) or _BY_PREFIX.get(word[:3], "")
            if not name:
                continue
            back = (today.weekday() - _DAY_NAMES.index(name)) % 7 or 7
            part = (match.group("part") or "").lower()
            return match, today - dt.timedelta(days=back), part
        phrase = re.sub(r"^(?:on\s+)", "", match.group(0), flags=re.I)
        parsed = dateparser.parse(phrase, languages=["en"], settings=_settings(base))
        if parsed is None:
            continue
        if parsed.date() > today:  # "3/12" written in November means last December
            try:
                parsed = parsed.replace(year=parsed.year - 1)
            except ValueError:
                continue
        return match, parsed.date(), part
    return None


def _time(text: str, part: str) -> tuple[re.Match[str], dt.time] | None:
    for pattern, kind in _TIMES:
        match = pattern.search(text)
        if not match:
            continue
        hour = int(match.group("h"))
        minute = {"half": 30, "qpast": 15, "qto": 45}.get(kind, 0)
        if kind == "hm" and "m" in match.groupdict() and match.group("m"):
            minute = int(match.group("m"))
        if kind == "qto":
            hour = (hour - 1) % 24
        ampm = (match.groupdict().get("ap") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        elif not ampm and hour < 12:
            # No am/pm: the day part decides; "half 9 last night" is 21:30.
            if part in {"evening", "night", "afternoon"} or (not part and 1 <= hour <= 6):
                hour += 12
        return match, dt.time(hour, minute)
    return None


def when_of(text: str, written_at: dt.datetime) -> When | None:
    """When ``text`` says something happened, relative to when it was written.

    Args:
        text: The person's words.
        written_at: When they wrote them (timezone-aware; naive is read as Europe/London).

    Returns:
        A :class:`When`, or None when the text names no day or time.
    """
    base = written_at.astimezone(LONDON) if written_at.tzinfo else written_at.replace(tzinfo=LONDON)
    day = _day(text, base)
    part = day[2] if day else ""
    if not part:
        for regex, name in (
            (_EVENING, "evening"),
            (_MORNING, "morning"),
            (_AFTERNOON, "afternoon"),
        ):
            if regex.search(text):
                part = name
                break
    time = _time(text, part)
    if day is None and time is None:
        return None
    date = day[1] if day else base.date()
    clock = time[1] if time else dt.time(0, 0)
    if (
        day is None
        and time is not None
        and dt.datetime.combine(date, clock) > base.replace(tzinfo=None)
    ):
        date -= dt.timedelta(days=1)  # "about 9" said at 8am means last night
    spans = [m.span() for m in (day[0] if day else None, time[0] if time else None) if m]
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    phrase = text[start:end].strip()
    around = text[max(0, start - 12) : min(len(text), end + 4)]
    return When(
        phrase=phrase,
        at=dt.datetime.combine(date, clock, tzinfo=LONDON),
        has_time=time is not None,
        approximate=bool(_APPROX.search(around)),
    )


# --- all together ----------------------------------------------------------------


@dataclass(frozen=True)
class Extraction:
    """Everything found in one message; empty fields mean "not said"."""

    when: When | None = None
    where: Where = field(default_factory=Where)
    registrations: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()


def _unique(items: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def extract(text: str, written_at: dt.datetime) -> Extraction:
    """What ``text`` says about an incident.

    Args:
        text: The person's own words.
        written_at: When they wrote them: "yesterday" is relative to this.

    Returns:
        The :class:`Extraction`; a field is empty when the text does not say it.
    """
    doc = pipeline()(text)
    found: dict[str, list[str]] = {"REG": [], "HANDLE": [], "EMAIL": [], "URL": []}
    for ent in doc.ents:
        found[ent.label_].append(ent.text)
    return Extraction(
        when=when_of(text, written_at),
        where=where_of(text, doc),
        registrations=_unique([registration(r) for r in found["REG"]]),
        handles=_unique([h.lower() for h in found["HANDLE"]]),
        emails=_unique([e.lower() for e in found["EMAIL"]]),
        urls=_unique([u.rstrip(".,") for u in found["URL"]]),
        phones=_unique(phones_of(text, doc)),
    )
