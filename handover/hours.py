"""When advocates are on duty, in Europe/London time, with bank holidays as data.

The hours are a setting, ``HANDOVER_HOURS``, read by :func:`parse_hours`:

* ``always``: always open (development, demos and tests; production refuses it,
  see :mod:`common.settings`);
* one or more windows separated by ``;``, each days then times:
  ``Mon-Fri 09:00-17:00``, ``Mon-Thu 09:00-17:00; Fri 09:00-16:30``,
  ``Mon,Wed,Fri 10:00-14:00``. A window ends the same day (an end of ``24:00``
  means midnight); times are wall-clock times in Europe/London, so they keep
  their meaning across the clock changes.

Bank holidays in England and Wales (``data/bank_holidays.yml``, from
https://www.gov.uk/bank-holidays) close every window unless the hours are
``always``. The bot says when advocates are next on duty
(:func:`describe_next_open`: "on Monday at 9am") and gives the 24/7 lines
instead of queueing someone nobody will read.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml

__all__ = [
    "ALWAYS",
    "LONDON",
    "AdvocateHours",
    "BankHolidays",
    "Window",
    "bank_holidays",
    "describe_next_open",
    "parse_hours",
]

logger = logging.getLogger(__name__)

LONDON = ZoneInfo("Europe/London")
ALWAYS = "always"
DATA_FILE = Path(__file__).parent / "data" / "bank_holidays.yml"
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# How far ahead next_open looks: beyond a year, a spec that opens nowhere.
_LOOKAHEAD_DAYS = 400
_WINDOW = re.compile(
    r"^(?P<days>[a-z,\- ]+?)\s+(?P<start>\d{1,2}:\d{2})\s*-\s*(?P<end>\d{1,2}:\d{2})$"
)


@dataclass(frozen=True)
class BankHolidays:
    """The bank holiday dates, and the last date the list is known to cover."""

    dates: frozenset[dt.date]
    covers_until: dt.date

    def closed_on(self, day: dt.date) -> bool:
        if day > self.covers_until:
            _warn_stale(self.covers_until)
            return False
        return day in self.dates


@lru_cache(maxsize=1)
def _warn_stale(covers_until: dt.date) -> None:
    logger.warning("handover.hours.bank_holidays_stale covers_until=%s", covers_until.isoformat())


@lru_cache(maxsize=1)
def bank_holidays() -> BankHolidays:
    """The bundled England and Wales bank holidays, checked when first read.

    Raises:
        ValueError: The data file is malformed (the message names the file and field).
    """
    raw: dict[str, Any] = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    covers_until = raw.get("covers_until")
    if not isinstance(covers_until, dt.date):
        raise ValueError(f"{DATA_FILE.name}: covers_until must be a date")
    dates = []
    for i, entry in enumerate(raw.get("dates") or []):
        day = entry.get("date") if isinstance(entry, dict) else None
        if not isinstance(day, dt.date) or not entry.get("title"):
            raise ValueError(f"{DATA_FILE.name}: dates[{i}] needs a date and a title")
        if day > covers_until:
            raise ValueError(f"{DATA_FILE.name}: dates[{i}] is after covers_until")
        dates.append(day)
    if dates != sorted(set(dates)):
        raise ValueError(f"{DATA_FILE.name}: dates must be in order, each once")
    return BankHolidays(frozenset(dates), covers_until)


@dataclass(frozen=True)
class Window:
    """Open on these weekdays (0 is Monday) from ``start`` until ``end``, London time."""

    days: frozenset[int]
    start: dt.time
    # None: until midnight ("24:00").
    end: dt.time | None

    def contains(self, clock: dt.time) -> bool:
        return self.start <= clock and (self.end is None or clock < self.end)


@dataclass(frozen=True)
class AdvocateHours:
    """Advocates' opening hours: always, or weekly windows closed on bank holidays."""

    windows: tuple[Window, ...] = ()
    always: bool = False
    holidays: BankHolidays | None = None

    def _closed_day(self, day: dt.date) -> bool:
        holidays = self.holidays if self.holidays is not None else bank_holidays()
        return holidays.closed_on(day)

    def is_open(self, now: dt.datetime) -> bool:
        """True when an advocate is on duty at ``now`` (any time zone; naive is UTC)."""
        if self.always:
            return True
        local = _london(now)
        if self._closed_day(local.date()):
            return False
        clock = local.time().replace(tzinfo=None)
        return any(local.weekday() in w.days and w.contains(clock) for w in self.windows)

    def next_open(self, now: dt.datetime) -> dt.datetime | None:
        """When advocates are next on duty (``now`` itself when open), in London time.

        None when the hours never open (no windows) within the next year or so.
        """
        local = _london(now)
        if self.is_open(local):
            return local
        for offset in range(_LOOKAHEAD_DAYS):
            day = local.date() + dt.timedelta(days=offset)
            if self._closed_day(day):
                continue
            starts = sorted(w.start for w in self.windows if day.weekday() in w.days)
            for start in starts:
                at = dt.datetime.combine(day, start, tzinfo=LONDON)
                if at > local:
                    return at
        return None


def _london(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(LONDON)


def _clock(text: str, spec: str, end: bool = False) -> dt.time | None:
    hours, minutes = (int(part) for part in text.split(":"))
    if end and (hours, minutes) == (24, 0):
        return None
    if not (0 <= hours <= 23 and 0 <= minutes <= 59):
        raise ValueError(f"not a time of day: {text!r} in {spec!r}")
    return dt.time(hours, minutes)


def _days(text: str, spec: str) -> frozenset[int]:
    found: set[int] = set()
    for part in text.replace(" ", "").split(","):
        first, _, last = part.partition("-")
        try:
            a = DAYS.index(first[:3])
            b = DAYS.index(last[:3]) if last else a
        except ValueError:
            raise ValueError(f"not a day or a range of days: {part!r} in {spec!r}") from None
        if b < a:
            raise ValueError(f"a day range must run Monday to Sunday: {part!r} in {spec!r}")
        found.update(range(a, b + 1))
    return frozenset(found)


def parse_hours(spec: str, holidays: BankHolidays | None = None) -> AdvocateHours:
    """Reads ``HANDOVER_HOURS``: ``always``, or windows such as ``Mon-Fri 09:00-17:00``.

    Args:
        spec: The setting's value.
        holidays: Bank holidays to close on (default: the bundled England and Wales list).

    Raises:
        ValueError: The value cannot be read; the message quotes the part that is wrong.
    """
    text = " ".join(spec.strip().lower().split())
    if text == ALWAYS:
        return AdvocateHours(always=True, holidays=holidays)
    windows = []
    for part in (p.strip() for p in text.split(";")):
        if not part:
            continue
        match = _WINDOW.match(part)
        if match is None:
            raise ValueError(
                f"expected 'always' or days and times like 'Mon-Fri 09:00-17:00', got {part!r}"
            )
        start = _clock(match["start"], spec)
        end = _clock(match["end"], spec, end=True)
        if start is None or (end is not None and end <= start):
            raise ValueError(f"a window must end after it starts, the same day: {part!r}")
        windows.append(Window(_days(match["days"], spec), start, end))
    if not windows:
        raise ValueError("HANDOVER_HOURS is empty: use 'always' or days and times")
    return AdvocateHours(windows=tuple(windows), holidays=holidays)


def _time_words(moment: dt.datetime) -> str:
    hour12 = moment.hour % 12 or 12
    suffix = "am" if moment.hour < 12 else "pm"
    if moment.minute:
        return f"{hour12}:{moment.minute:02d}{suffix}"
    return f"{hour12}{suffix}"


def describe_next_open(when: dt.datetime, now: dt.datetime) -> str:
    """When advocates are next here, in words a person reads: "on Monday at 9am".

    "today at 2pm", "tomorrow at 9am", "on Monday at 9am" within the week,
    then "on Tuesday 6 April at 9am".
    """
    local_when, local_now = _london(when), _london(now)
    days = (local_when.date() - local_now.date()).days
    at = _time_words(local_when)
    if days <= 0:
        return f"today at {at}"
    if days == 1:
        return f"tomorrow at {at}"
    name = DAY_NAMES[local_when.weekday()]
    if days < 7:
        return f"on {name} at {at}"
    return f"on {name} {local_when.day} {local_when.strftime('%B')} at {at}"
