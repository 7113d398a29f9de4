"""The stalking screening (S-DASH) in plain words, and the handover priority it sets.

The questions are data (``handover/data/screening.yml``), each with its S-DASH
source. They are offered, never required: every question can be skipped
(:attr:`Answer.SKIPPED`) and the whole screening stopped (:func:`is_stop`).

The result is for the advocate only. Nothing here produces text that tells the
person a score or a risk level: :class:`ScreeningResult` carries a priority and
the reasons for it, which the console shows and the bot never says.

The priority rule (:func:`assess`)
-----------------------------------
The research (docs/sources.md section 4) says more "yes" answers means higher
risk, but gives no S-DASH cut-off. We chose a conservative rule, erring
towards "high" because a high-priority handover only moves up the queue:

* **Danger**: the safety check fired in this conversation (a danger flag).
* **Fear or violence**: a clear "yes" to question 1 (very frightened), 6
  (threats of violence), 8 (violent during this episode) or 11 (history of
  violence). S-DASH is meant for use "when the victim is extremely
  frightened" [58][59]; high risk means risk of serious harm or homicide [8].
* **Count**: 4 or more answers that are "yes" or "not sure". The only count
  threshold in the research is Marac's 14 "yes" answers of DASH's 41
  questions [57], about a third; a third of 11 questions is 3.7, rounded up
  to 4. "Not sure" counts with "yes": an unknown risk is not an absent one.

An advocate's own judgement can raise the priority and never lower it [57]
(:meth:`handover.queue.HandoverQueue.escalate`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from common.sms_text import reveals_topic

__all__ = [
    "ANSWER_OPTIONS",
    "COUNT_THRESHOLD",
    "Answer",
    "AnswerOption",
    "Priority",
    "Question",
    "ScreeningResult",
    "assess",
    "is_stop",
    "next_question",
    "parse_answer",
    "questions",
]

DATA_FILE = Path(__file__).parent / "data" / "screening.yml"
# "Yes" or "not sure" answers that make a handover high priority (module docstring).
COUNT_THRESHOLD = 4
_PLAIN_MAX = 90
# A text message's wording: with "11 of 11: " and the five numbered answers it
# is one SMS (tests/handover/test_handover_sms_questions.py renders each).
_SMS_MAX = 60


class Priority(str, Enum):
    """Where a handover sits in the advocates' queue: high before standard."""

    STANDARD = "standard"
    HIGH = "high"


class Answer(str, Enum):
    YES = "yes"
    NO = "no"
    NOT_SURE = "not_sure"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class AnswerOption:
    """One answer as a button (``label``), an SMS number and free-text words."""

    answer: Answer
    label: str
    number: int
    words: tuple[str, ...]


# SMS lists these numbered in this order. "stop" is not a screening word: on
# SMS it is the carrier's opt-out, which the SMS channel handles before us.
ANSWER_OPTIONS: tuple[AnswerOption, ...] = (
    AnswerOption(
        Answer.YES, "Yes", 1, ("yes", "yeah", "yep", "yup", "y", "yes they have", "yes i am")
    ),
    AnswerOption(
        Answer.NO, "No", 2, ("no", "nope", "nah", "n", "never", "they have not", "they havent")
    ),
    AnswerOption(
        Answer.NOT_SURE,
        "Not sure",
        3,
        ("not sure", "unsure", "dont know", "don't know", "do not know", "maybe", "no idea"),
    ),
    AnswerOption(
        Answer.SKIPPED,
        "Skip this one",
        4,
        ("skip", "pass", "next", "rather not say", "prefer not to say", "skip this one"),
    ),
)
_STOP_NUMBER = 5
_STOP_WORDS = (
    "end the questions",
    "stop the questions",
    "stop questions",
    "no more questions",
    "enough questions",
    "quit",
    "i want to stop",
)


@dataclass(frozen=True)
class Question:
    """One S-DASH question: our plain wording, a shorter one for SMS, and its source.

    ``sms`` is what a text message asks: shorter, and with nothing in it that
    would give the topic away on a lock screen (see ``common.sms_text``).
    """

    number: int
    id: str
    sdash: str
    plain: str
    sms: str
    key: bool
    source: str


@dataclass(frozen=True)
class ScreeningResult:
    """What the screening tells the advocate. Never shown to the person.

    Attributes:
        priority: Where the handover sits in the queue.
        reasons: Why it is high, as short advocate-facing codes (empty for standard).
        answers: Question id to answer, for the questions that were answered or skipped.
    """

    priority: Priority
    reasons: tuple[str, ...]
    answers: Mapping[str, Answer]

    @property
    def yes_count(self) -> int:
        return sum(1 for a in self.answers.values() if a is Answer.YES)


@lru_cache(maxsize=1)
def questions() -> tuple[Question, ...]:
    """The 11 questions in order, checked when first read.

    Raises:
        ValueError: The data file breaks a field rule (named in the message).
    """
    raw: dict[str, Any] = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    source = str(raw["source"])
    loaded = tuple(
        Question(
            number=int(q["number"]),
            id=str(q["id"]),
            sdash=str(q["sdash"]),
            plain=str(q["plain"]),
            sms=str(q["sms"]),
            key=bool(q["key"]),
            source=source,
        )
        for q in raw["questions"]
    )
    if [q.number for q in loaded] != list(range(1, 12)):
        raise ValueError(f"{DATA_FILE.name}: questions must be numbered 1-11 in order")
    for q in loaded:
        if not q.plain or len(q.plain) > _PLAIN_MAX or not q.plain.isascii():
            raise ValueError(f"{DATA_FILE.name}: question {q.number}: plain must be short ASCII")
        if not q.sms or len(q.sms) > _SMS_MAX or not q.sms.isascii():
            raise ValueError(f"{DATA_FILE.name}: question {q.number}: sms must be short ASCII")
        if reveals_topic(q.sms, whole=True):
            raise ValueError(f"{DATA_FILE.name}: question {q.number}: sms names the topic")
    if len({q.id for q in loaded}) != len(loaded):
        raise ValueError(f"{DATA_FILE.name}: question ids must be unique")
    return loaded


def _normal(text: str) -> str:
    text = text.lower().replace("\u2019", "'")
    return " ".join(re.sub(r"[^a-z0-9' ]+", " ", text).split())


def _has_phrase(text: str, phrase: str) -> bool:
    return re.search(rf"(?<![a-z0-9']){re.escape(phrase)}(?![a-z0-9'])", text) is not None


def is_stop(text: str) -> bool:
    """True when the person wants to end the screening (words, or 5 on SMS)."""
    normal = _normal(text)
    return normal == str(_STOP_NUMBER) or any(_has_phrase(normal, w) for w in _STOP_WORDS)


def parse_answer(text: str) -> Answer | None:
    """The answer in a button label, an SMS number or free text; None if unclear.

    "Not sure" is checked first, so "I'm not sure" is not read as "no"; an
    answer that has both yes and no words is unclear.
    """
    normal = _normal(text)
    for option in ANSWER_OPTIONS:
        if normal == str(option.number) or normal == _normal(option.label):
            return option.answer
    ordered = sorted(ANSWER_OPTIONS, key=lambda o: o.answer is not Answer.NOT_SURE)
    found: list[Answer] = []
    for option in ordered:
        if any(_has_phrase(normal, _normal(w)) for w in option.words):
            if option.answer is Answer.NOT_SURE:
                return Answer.NOT_SURE
            found.append(option.answer)
    return found[0] if len(found) == 1 else None


def next_question(answers: Mapping[str, Answer]) -> Question | None:
    """The first question not yet answered or skipped; None when all are done."""
    return next((q for q in questions() if q.id not in answers), None)


def assess(answers: Mapping[str, Answer], danger_flags: Iterable[str] = ()) -> ScreeningResult:
    """The handover priority from the answers so far (the rule in the module docstring).

    Args:
        answers: Question id to answer; unanswered questions count as nothing.
        danger_flags: What the safety check found in this conversation, if anything.

    Raises:
        KeyError: An answer is for a question id that does not exist.
    """
    by_id = {q.id: q for q in questions()}
    for question_id in answers:
        if question_id not in by_id:
            raise KeyError(f"no screening question {question_id!r}")
    reasons: list[str] = []
    if any(True for _ in danger_flags):
        reasons.append("danger_flag")
    for q in questions():
        if q.key and answers.get(q.id) is Answer.YES:
            reasons.append(f"yes_to_q{q.number}_{q.id}")
    counted = sum(1 for a in answers.values() if a in (Answer.YES, Answer.NOT_SURE))
    if counted >= COUNT_THRESHOLD:
        reasons.append(f"{counted}_yes_or_not_sure")
    priority = Priority.HIGH if reasons else Priority.STANDARD
    return ScreeningResult(priority=priority, reasons=tuple(reasons), answers=dict(answers))
