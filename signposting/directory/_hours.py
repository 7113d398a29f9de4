"""Opening hours: when a service answers, and how to say so in plain text.

Public names are exported by :mod:`signposting.directory`.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import StrictBool, StrictStr, root_validator, validator

from signposting.directory._terms import DAYS, Day, Model

# Opening hours in the data are UK local time, so checks happen in London time
# (this handles the GMT/BST switch).
LONDON = ZoneInfo("Europe/London")
UTC = ZoneInfo("UTC")  # not datetime.UTC: that needs Python 3.11

HHMM_PATTERN = re.compile(r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]$")


class Session(Model):
    """One block of opening time, e.g. Monday to Friday 09:30 to 16:00.

    Attributes:
        days: Days the block applies to (``mon`` .. ``sun``).
        open: Opening time, UK local time.
        close: Closing time, UK local time; must be after ``open``.
    """

    days: tuple[Day, ...]
    open: time
    close: time

    @validator("days")
    def _days_unique(cls, days: tuple[str, ...]) -> tuple[str, ...]:
        if not days:
            raise ValueError("must list at least one day")
        if len(set(days)) != len(days):
            raise ValueError("lists a day twice")
        return tuple(sorted(days, key=DAYS.index))

    @validator("open", "close", pre=True)
    def _hhmm(cls, value: Any) -> time:
        # Unquoted 09:30 can reach us as a number (YAML 1.1 base-60), and
        # pydantic would otherwise read an int as seconds: insist on text.
        if not isinstance(value, str) or not HHMM_PATTERN.match(value):
            raise ValueError(f'must be a quoted "HH:MM" time, got {value!r}')
        hours, minutes = value.split(":")
        return time(int(hours), int(minutes))

    @validator("close")
    def _close_after_open(cls, close: time, values: dict[str, Any]) -> time:
        opening = values.get("open")
        if opening is not None and close <= opening:
            raise ValueError("must be later than open (overnight blocks are not supported)")
        return close

    def covers(self, local: datetime) -> bool:
        """Whether this block includes a London-local moment."""
        return DAYS[local.weekday()] in self.days and self.open <= local.time() < self.close


class OpeningHours(Model):
    """When a service answers: always, in listed sessions, or unknown.

    Exactly one of ``always``, ``unknown`` or ``sessions`` is set. ``unknown``
    needs a ``note`` saying why (not given, conflicting or UNCONFIRMED).
    """

    always: StrictBool = False
    unknown: StrictBool = False
    note: StrictStr | None = None
    sessions: tuple[Session, ...] = ()

    @root_validator(skip_on_failure=True)
    def _exactly_one_kind(cls, values: dict[str, Any]) -> dict[str, Any]:
        kinds = [values["always"], values["unknown"], bool(values["sessions"])]
        if sum(kinds) != 1:
            raise ValueError(
                "give exactly one of `always: true`, `unknown: true` "
                "or a list of {days, open, close}"
            )
        if values["unknown"] and not (values["note"] or "").strip():
            raise ValueError("`unknown: true` needs a `note` saying why")
        return values

    def describe(self) -> str:
        """Plain text such as ``Mon-Fri 8am-6pm; Sat-Sun 10am-6pm``.

        Uses ASCII hyphens only: one non-GSM character (such as an en dash)
        cuts an SMS from 160 to 70 characters [facts.md 102].
        """
        if self.always:
            return "24/7"
        if self.unknown:
            return ""
        groups: dict[tuple[time, time], list[str]] = {}
        for session in self.sessions:
            groups.setdefault((session.open, session.close), []).extend(session.days)
        parts = sorted(groups.items(), key=lambda item: min(DAYS.index(d) for d in item[1]))
        return "; ".join(
            f"{_describe_days(days)} {_clock(opening)}-{_clock(closing)}"
            for (opening, closing), days in parts
        )

    def next_opening(self, at: datetime) -> datetime | None:
        """When listed sessions next begin after ``at`` (London time), within a week.

        None for 24/7 services, unknown hours, or when ``at`` is inside a session.
        """
        if not self.sessions:
            return None
        local = to_london(at)
        if any(session.covers(local) for session in self.sessions):
            return None
        for offset in range(8):
            day = local.date() + timedelta(days=offset)
            starts = sorted(
                session.open
                for session in self.sessions
                if DAYS[day.weekday()] in session.days
                and (offset > 0 or session.open > local.time())
            )
            if starts:
                return datetime.combine(day, starts[0], tzinfo=LONDON)
        return None

    def opens_phrase(self, at: datetime) -> str | None:
        """``"opens 9:30am"`` (today), ``"opens tomorrow 1pm"`` or ``"opens Mon 9:30am"``."""
        opening = self.next_opening(at)
        if opening is None:
            return None
        days_ahead = (opening.date() - to_london(at).date()).days
        when = {0: "", 1: "tomorrow "}.get(days_ahead, f"{_day_label(opening.weekday())} ")
        return f"opens {when}{_clock(opening.time())}"


def to_london(at: datetime) -> datetime:
    if at.tzinfo is None or at.tzinfo.utcoffset(at) is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(LONDON)


def _clock(moment: time) -> str:
    suffix = "am" if moment.hour < 12 else "pm"
    hour = moment.hour % 12 or 12
    return f"{hour}{suffix}" if moment.minute == 0 else f"{hour}:{moment.minute:02d}{suffix}"


def _describe_days(days: list[str]) -> str:
    indexes = sorted({DAYS.index(day) for day in days})
    if len(indexes) == 7:
        return "every day"
    runs: list[list[int]] = []
    for i in indexes:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return ", ".join(
        _day_label(run[0]) if len(run) == 1 else f"{_day_label(run[0])}-{_day_label(run[-1])}"
        for run in runs
    )


def _day_label(index: int) -> str:
    return DAYS[index].capitalize()
