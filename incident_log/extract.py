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
* **Where**: the Cheshire places gazetteer (:mod:`signposting.places`), and
  a free-text place after a preposition ("outside my work") kept as written.
* **Registrations, handles, emails, web addresses**: spaCy's rule-based
  pipeline (a blank English pipeline with an ``EntityRuler``; no model), built
  once on first use.
* **Phone numbers**: phonenumbers, GB region.

Nothing here logs the text it reads.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import dateparser
import phonenumbers

from signposting.places import area_for

if TYPE_CHECKING:
    from spacy.language import Language

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


def _pipeline() -> Language:
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


def _registration(text: str) -> str:
    """A plate written the DVLA way: capitals, split where the plate's halves meet."""
    plain = re.sub(r"\s+", "", text).upper()
    if re.match(r"^[A-Z]{3}\d", plain):  # suffix format: ABC 123D
        return f"{plain[:3]} {plain[3:]}"
    return f"{plain[:-3]} {plain[-3:]}"


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
    doc = _pipeline()(text)
    found: dict[str, list[str]] = {"REG": [], "HANDLE": [], "EMAIL": [], "URL": []}
    for ent in doc.ents:
        found[ent.label_].append(ent.text)
    taken = [(ent.start_char, ent.end_char) for ent in doc.ents]
    phones = [
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
    place = area_for(text)
    where = Where(
        text=_free_text_place(doc),
        place=place.place,
        area=place.area if place.status == "local" else None,
    )
    return Extraction(
        when=when_of(text, written_at),
        where=where,
        registrations=_unique([_registration(r) for r in found["REG"]]),
        handles=_unique([h.lower() for h in found["HANDLE"]]),
        emails=_unique([e.lower() for e in found["EMAIL"]]),
        urls=_unique([u.rstrip(".,") for u in found["URL"]]),
        phones=_unique(phones),
    )
