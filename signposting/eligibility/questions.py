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

from common.medium import Medium
from signposting.eligibility.question_texts import QUESTIONS, Option, Question
from signposting.places import resident_area
from signposting.text import plain

__all__ = ["QUESTIONS", "SKIP", "STOP", "parse_answer", "render"]


class Skip:
    """The person chose not to answer this question."""


class Stop:
    """The person wants to leave the questions."""


SKIP, STOP = Skip(), Stop()
Answer = str | bool | list[str] | Skip | Stop | None

_SKIP_WORDS = ("skip", "pass", "next question", "not sure", "dont know", "do not know", "unsure",
               "rather not", "prefer not", "no idea", "idk")  # fmt: skip
_STOP_WORDS = ("stop", "cancel", "quit", "menu", "enough", "exit", "leave it", "no more",
               "stop asking", "forget it")  # fmt: skip
_NUMBERS = re.compile(r"^[\s,.&and0-9]+$")


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
    return next((o for o in question.options if plain(o.label) == text), None)


def parse_answer(field: str, raw: str | None) -> Answer:
    """Reads a person's answer to one question.

    Returns the option value (a list of values for ``behaviours``), ``SKIP``,
    ``STOP``, or None when the answer could not be understood.
    """
    question = QUESTIONS[field]
    text = plain(raw or "")
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
    area = resident_area(text, asked=True)
    return None if area is None else area.value


def render(field: str, medium: Medium) -> tuple[str, list[dict[str, str]]]:
    """The question's text and buttons (SMS: numbered, no buttons)."""
    question = QUESTIONS[field]
    if medium.short:
        numbered = " ".join(f"{i} {o.label}" for i, o in enumerate(question.options, 1))
        return f"{question.sms}\n{numbered}", []
    if question.multiple or field == "area":
        listed = "\n".join(f"{i}. {o.label}" for i, o in enumerate(question.options, 1))
        return f"{question.web}\n{listed}", []
    buttons = [{"title": o.label, "payload": o.label} for o in question.options]
    return question.web, buttons
