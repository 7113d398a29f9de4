"""The order-eligibility questions: their wording, options and free-text words.

Each fact field has one question with its options in a fixed order (SMS
numbers them in this order). ``words`` are lower-case phrases that mean an
option in free text, matched as whole words by questions.parse_answer.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Option:
    value: str | bool
    label: str
    # Lower-case phrases that mean this option in free text (whole words).
    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class Question:
    field: str  # one of eligibility.FACT_FIELDS, in that order (a test checks)
    web: str
    sms: str
    options: tuple[Option, ...]
    multiple: bool = False


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
