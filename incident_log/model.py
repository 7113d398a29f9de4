"""One incident as the person recorded it, and the dated amendments made later.

What an entry holds follows the advice on keeping a stalking log
(``shared/domain/facts.md`` section 2: Suzy Lamplugh Trust, Paladin, police
guidance): when and where, exactly what happened or was said, the person's
description and vehicle, witnesses, evidence kept and where, whether it was
reported (officer, crime reference) and how it made the person feel, which
supports "serious alarm or distress" (Protection from Harassment Act 1997,
s.4A(1)(b)(ii)).

A record written at the time counts in court because it is contemporaneous
(Suzy Lamplugh Trust), so an :class:`Entry` is never edited: :meth:`Entry.amend`
returns a copy with a dated :class:`Amendment` added and the original words kept.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Literal

from pydantic import BaseModel, Field, validator

# The fields an amendment may change, in the order the export shows them.
AmendableField = Literal[
    "occurred",
    "where",
    "what",
    "description",
    "witnesses",
    "evidence",
    "reported",
    "impact",
]


def _aware(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        raise ValueError("must carry a timezone")
    return value


class Amendment(BaseModel):
    """A later change or addition to one field of an entry.

    Attributes:
        made_at: When the amendment was written.
        field: Which part of the entry it changes.
        text: The new or added words.
    """

    made_at: dt.datetime
    field: AmendableField
    text: str = Field(..., min_length=1)

    class Config:
        allow_mutation = False

    _made_at_aware = validator("made_at", allow_reuse=True)(_aware)

    def __repr__(self) -> str:
        # Never the words: a stray log line must not carry them.
        return f"Amendment(made_at={self.made_at.isoformat()}, field={self.field!r})"

    __str__ = __repr__


class Reported(BaseModel):
    """Whether the incident was reported to the police, and the details if so."""

    to_police: bool | None = None
    officer: str = ""
    crime_reference: str = ""
    # The person's own words about it ("rang 101 on Friday, PC Shah, ref 2611-0042").
    details: str = ""

    class Config:
        allow_mutation = False

    def summary(self) -> str:
        """One line for the export: "Yes; PC Smith; ref 12345", "No" or ""."""
        if self.to_police is None:
            return ""
        if not self.to_police:
            return "No"
        parts = ["Yes"]
        # The person's words first; the officer and reference again only if not in them.
        if self.details:
            parts.append(self.details)
        if self.officer and self.officer not in self.details:
            parts.append(f"officer: {self.officer}")
        if self.crime_reference and self.crime_reference not in self.details:
            parts.append(f"crime reference: {self.crime_reference}")
        return "; ".join(parts)


class Entry(BaseModel):
    """One incident, as first recorded.

    Attributes:
        id: A random id, unique within the log.
        recorded_at: When the person wrote it down.
        occurred_at: When it happened, as well as could be read (None: not known).
        occurred_phrase: The person's own words for when ("last night about half 9").
        occurred_approximate: They said "about", "around" and the like.
        where: Where it happened, in their words.
        what: What happened or was said, exactly as they put it.
        description: The person's description, clothing, vehicle and registration.
        witnesses: Who saw or heard it, and how to reach them.
        evidence: What was kept (screenshots, messages, footage, letters) and where.
        reported: Whether it was reported, the officer and the crime reference.
        impact: How it made them feel (supports "serious alarm or distress", PHA 1997 s.4A).
        amendments: Later dated changes, oldest first.
    """

    id: str = Field(default_factory=lambda: uuid.uuid4().hex)
    recorded_at: dt.datetime
    occurred_at: dt.datetime | None = None
    occurred_phrase: str = ""
    occurred_approximate: bool = False
    where: str = ""
    what: str = Field(..., min_length=1)
    description: str = ""
    witnesses: str = ""
    evidence: str = ""
    reported: Reported = Field(default_factory=Reported)
    impact: str = ""
    amendments: tuple[Amendment, ...] = ()

    class Config:
        allow_mutation = False

    _recorded_aware = validator("recorded_at", allow_reuse=True)(_aware)

    @validator("occurred_at")
    def _occurred_aware(cls, value: dt.datetime | None) -> dt.datetime | None:  # noqa: N805
        return None if value is None else _aware(value)

    def __repr__(self) -> str:
        # Never the words: a stray log line must not carry them.
        return f"Entry(id={self.id!r}, amendments={len(self.amendments)})"

    __str__ = __repr__

    def amend(self, field: AmendableField, text: str, made_at: dt.datetime) -> Entry:
        """A copy of this entry with a dated amendment added; the original words stay.

        Raises:
            ValueError: ``made_at`` is before the entry was recorded.
        """
        if made_at < self.recorded_at:
            raise ValueError("an amendment cannot be made before the entry was recorded")
        amendment = Amendment(made_at=made_at, field=field, text=text)
        return self.copy(update={"amendments": (*self.amendments, amendment)})

    def when_text(self) -> str:
        """When it happened, for people: the date and time, and the person's own words."""
        if self.occurred_at is None:
            return self.occurred_phrase
        stamp = self.occurred_at.strftime("%a %d %b %Y %H:%M")
        if self.occurred_at.hour == 0 and self.occurred_at.minute == 0:
            stamp = self.occurred_at.strftime("%a %d %b %Y")
        if self.occurred_approximate:
            stamp = f"about {stamp}"
        return f"{stamp} ({self.occurred_phrase})" if self.occurred_phrase else stamp

    def sort_key(self) -> tuple[dt.datetime, dt.datetime]:
        """Chronological order: when it happened (else when recorded), then when recorded."""
        return (self.occurred_at or self.recorded_at, self.recorded_at)
