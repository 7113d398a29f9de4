"""The questions the order-eligibility conversation asks, and how answers are read.

Each fact field has one question with its options in a fixed order. The web
shows them as buttons (the payload is the option's label, read back by
``parse_answer``); SMS shows them numbered, and a reply of "2" or "1 3" picks
options by number. Free text works on both ("my ex", "he followed me and sent
threats"). "skip" (or "not sure") skips a question; "stop" (or "menu", which is
safe on SMS where STOP unsubscribes) leaves the questions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from signposting.places import area_for

Field = Literal[
    "relationship",
    "knows_who",
    "lived_together",
    "behaviours",
    "reported",
    "case_outcome",
    "area",
]


@dataclass(frozen=True)
class Option:
    value: str | bool
    label: str
    # Lower-case phrases that mean this option in free text (whole words).
    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class Question:
    field: Field
    web: str
    sms: str
    options: tuple[Option, ...]
    multiple: bool = False


class Skip:
    """The person chose not to answer this question."""


class Stop:
    """The person wants to leave the questions."""


SKIP, STOP = Skip(), Stop()
Answer = str | bool | list[str] | Skip | Stop | None

_YES = Option(
    True, "Yes", ("yes", "yeah", "yep", "yup", "y", "i have", "i do", "they have", "correct")
)
_NO = Option(False, "No", ("no", "nope", "nah", "n", "not yet", "never", "havent", "have not"))

QUESTIONS: dict[str, Question] = {
    q.field: q
    for q in (
        Question(
            "relationship",
            "Who is doing this to you?",
            "Who is doing this?",
            (
                Option(
                    "ex_partner",
                    "An ex-partner",
                    (
                        "ex",
                        "ex partner",
                        "ex boyfriend",
                        "ex girlfriend",
                        "former partner",
                        "used to go out",
                        "used to date",
                    ),
                ),
                Option(
                    "current_partner",
                    "My partner now",
                    ("partner", "boyfriend", "girlfriend", "my partner"),
                ),
                Option(
                    "spouse_or_civil_partner",
                    "Husband, wife or civil partner (now or before)",
                    ("husband", "wife", "civil partner", "spouse", "ex husband", "ex wife"),
                ),
                Option(
                    "family",
                    "A relative",
                    (
                        "family",
                        "relative",
                        "mum",
                        "dad",
                        "mother",
                        "father",
                        "brother",
                        "sister",
                        "cousin",
                        "uncle",
                        "aunt",
                        "son",
                        "daughter",
                        "stepdad",
                        "stepmum",
                        "grandad",
                    ),
                ),
                Option(
                    "household_member",
                    "Someone I live or lived with",
                    ("flatmate", "housemate", "lodger", "live with", "lived with", "landlord"),
                ),
                Option(
                    "acquaintance",
                    "Someone I know",
                    (
                        "friend",
                        "acquaintance",
                        "someone i know",
                        "know him",
                        "know her",
                        "know them",
                        "mate",
                    ),
                ),
                Option(
                    "colleague",
                    "Someone from work",
                    (
                        "work",
                        "colleague",
                        "coworker",
                        "co worker",
                        "boss",
                        "manager",
                        "customer",
                        "client",
                    ),
                ),
                Option("neighbour", "A neighbour", ("neighbour", "neighbor", "next door")),
                Option(
                    "stranger",
                    "A stranger",
                    ("stranger", "never met", "dont know him", "dont know her", "no idea who"),
                ),
                Option(
                    "unknown_identity",
                    "I don't know who it is, or it's online",
                    (
                        "online",
                        "anonymous",
                        "fake account",
                        "fake profile",
                        "dont know who",
                        "unknown",
                        "no name",
                    ),
                ),
            ),
        ),
        Question(
            "knows_who",
            "Do you know who they are, such as their name?",
            "Do you know who they are?",
            (_YES, _NO),
        ),
        Question(
            "lived_together",
            "Have you ever lived with them?",
            "Have you ever lived with them?",
            (_YES, _NO),
        ),
        Question(
            "behaviours",
            "What have they done? Pick all that fit: type the numbers, like 1 4, or say it "
            "in your own words.",
            "What have they done? Reply with all the numbers that fit, like 1 4.",
            (
                Option("following", "Followed me", ("follow", "follows", "followed", "following")),
                Option(
                    "repeated_contact",
                    "Kept contacting me",
                    (
                        "contact",
                        "contacting",
                        "message",
                        "messages",
                        "messaging",
                        "texts",
                        "texting",
                        "calls",
                        "calling",
                        "ringing",
                        "emails",
                    ),
                ),
                Option(
                    "turning_up",
                    "Turned up where I am",
                    (
                        "turned up",
                        "turns up",
                        "turning up",
                        "shows up",
                        "showed up",
                        "came to my",
                        "comes to my",
                    ),
                ),
                Option(
                    "watching",
                    "Watched me or my home",
                    (
                        "watch",
                        "watching",
                        "watched",
                        "loitering",
                        "hanging around",
                        "outside my house",
                    ),
                ),
                Option(
                    "online_monitoring",
                    "Checked my phone or accounts",
                    (
                        "hacked",
                        "tracking",
                        "tracker",
                        "spyware",
                        "my accounts",
                        "my phone",
                        "location",
                    ),
                ),
                Option(
                    "posting_about_you",
                    "Posted about me",
                    ("posted", "posting", "posts", "shared photos", "fake profile"),
                ),
                Option(
                    "property_damage",
                    "Damaged my things",
                    ("damaged", "damage", "broke", "smashed", "slashed", "keyed"),
                ),
                Option(
                    "threats",
                    "Threatened me",
                    ("threat", "threats", "threatened", "threatening", "threatens"),
                ),
                Option(
                    "violence",
                    "Used violence",
                    (
                        "hit",
                        "hurt",
                        "attacked",
                        "assaulted",
                        "pushed",
                        "violent",
                        "violence",
                        "strangled",
                        "punched",
                    ),
                ),
            ),
            multiple=True,
        ),
        Question(
            "reported",
            "Have you reported it to the police?",
            "Have you told the police?",
            (_YES, _NO),
        ),
        Question(
            "case_outcome",
            "What has happened with the case so far?",
            "What has happened so far?",
            (
                Option(
                    "not_charged",
                    "Not charged (yet)",
                    (
                        "not charged",
                        "nothing yet",
                        "no charge",
                        "investigating",
                        "released",
                        "no further action",
                        "nfa",
                    ),
                ),
                Option(
                    "charged",
                    "Charged, waiting for court",
                    ("charged", "court date", "waiting for court", "bail"),
                ),
                Option("convicted", "Found guilty", ("guilty", "convicted", "pleaded guilty")),
                Option("acquitted", "Found not guilty", ("not guilty", "acquitted", "cleared")),
            ),
        ),
        Question(
            "area",
            "Where do you live? A town or postcode is fine.",
            "Where do you live? A town or postcode is fine.",
            (
                Option("cheshire_east", "Cheshire East"),
                Option("cheshire_west_and_chester", "Cheshire West and Chester"),
                Option("warrington", "Warrington"),
                Option("halton", "Halton (Runcorn or Widnes)"),
                Option("other", "Somewhere else"),
            ),
        ),
    )
}

# Areas where Domestic Abuse Protection Orders are piloted [facts 3: HCWS254;
# wired-gov.net; deeside.com], recognised by name so the engine can say so.
_PILOT_AREAS = {
    "greater_manchester": (
        "greater manchester",
        "manchester",
        "salford",
        "stockport",
        "bolton",
        "wigan",
        "oldham",
        "rochdale",
        "bury",
        "tameside",
        "trafford",
    ),
    "croydon": ("croydon",),
    "bromley": ("bromley",),
    "sutton": ("sutton",),
    "cleveland": ("cleveland", "middlesbrough", "hartlepool", "redcar", "stockton on tees"),
    "north_wales": (
        "north wales",
        "wrexham",
        "flintshire",
        "denbighshire",
        "conwy",
        "gwynedd",
        "anglesey",
        "bangor",
        "rhyl",
    ),
}

_SKIP_WORDS = ("skip", "pass", "next question", "not sure", "dont know", "do not know", "unsure",
               "rather not", "prefer not", "no idea", "idk")  # fmt: skip
_STOP_WORDS = ("stop", "cancel", "quit", "menu", "enough", "exit", "leave it", "no more",
               "stop asking", "forget it")  # fmt: skip
_NUMBERS = re.compile(r"^[\s,.&and0-9]+$")


def _clean(text: str) -> str:
    text = text.lower().replace("'", "").replace("\u2019", "")
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", text).split())


def _has(text: str, phrase: str) -> bool:
    return re.search(rf"\b{re.escape(phrase)}\b", text) is not None


def _by_numbers(question: Question, raw: str) -> list[Option] | None:
    if not _NUMBERS.match(raw) or not re.search(r"\d", raw):
        return None
    picked = []
    for number in re.findall(r"\d+", raw):
        index = int(number) - 1
        if not 0 <= index < len(question.options):
            return None
        picked.append(question.options[index])
    return picked


def _by_label(question: Question, text: str) -> Option | None:
    return next((o for o in question.options if _clean(o.label) == text), None)


def parse_answer(field: str, raw: str | None) -> Answer:
    """Reads a person's answer to one question.

    Returns the option value (a list of values for ``behaviours``), ``SKIP``,
    ``STOP``, or None when the answer could not be understood.
    """
    question = QUESTIONS[field]
    text = _clean(raw or "")
    if not text:
        return None
    if any(_has(text, w) for w in _STOP_WORDS):
        return STOP
    numbered = _by_numbers(question, raw or "")
    if numbered is not None:
        picked = numbered
    elif (labelled := _by_label(question, text)) is not None:
        picked = [labelled]
    elif any(_has(text, w) for w in _SKIP_WORDS):
        return SKIP
    elif field == "area":
        return _area(text)
    else:
        picked = _by_words(question, text)
    if not picked:
        return None
    if question.multiple:
        return sorted({str(o.value) for o in picked})
    return picked[0].value


def _by_words(question: Question, text: str) -> list[Option]:
    found = [o for o in question.options if any(_has(text, w) for w in o.words)]
    if question.field == "relationship" and len(found) > 1:
        # "my ex boyfriend" names both; the more specific (earlier) option wins.
        return found[:1]
    if question.field == "case_outcome" and any(o.value == "acquitted" for o in found):
        return [o for o in found if o.value == "acquitted"]  # "not guilty" contains "guilty"
    return found


def _area(text: str) -> str | None:
    for area, names in _PILOT_AREAS.items():
        if any(_has(text, n) for n in names):
            return area
    match = area_for(text)
    if match.status == "local":
        return match.area
    if match.status == "outside":
        return "other"
    return None


def render(field: str, channel: str) -> tuple[str, list[dict[str, str]]]:
    """The question's text and buttons for a channel (SMS: numbered, no buttons)."""
    question = QUESTIONS[field]
    if channel in ("sms", "twilio"):
        numbered = " ".join(f"{i} {o.label}" for i, o in enumerate(question.options, 1))
        return f"{question.sms}\n{numbered}", []
    if question.multiple or field == "area":
        listed = "\n".join(f"{i}. {o.label}" for i, o in enumerate(question.options, 1))
        return f"{question.web}\n{listed}", []
    buttons = [{"title": o.label, "payload": o.label} for o in question.options]
    return question.web, buttons
