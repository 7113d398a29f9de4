"""Load the service directory and choose which services to offer.

The data lives in ``data/services.yml`` beside this module. Each entry is
checked when it is loaded, so a typo in a phone number field or an opening
time fails loudly (``DirectoryError``) instead of reaching a person in danger.

Typical use from an action::

    directory = load_directory()
    for service in directory.find(needs={"stalking"}, area="warrington",
                                  at=datetime.now(UTC), limit=3):
        dispatcher.utter_message(text=service.contact_line("web"))
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import date, datetime, time
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, get_args
from zoneinfo import ZoneInfo

from pydantic import (
    BaseModel,
    Extra,
    Field,
    StrictBool,
    StrictStr,
    root_validator,
    validator,
)

from signposting.datafile import load_yaml, parse_entries

__all__ = [
    "AREAS",
    "DAYS",
    "DEFAULT_PATH",
    "IDENTITIES",
    "NEEDS",
    "Directory",
    "DirectoryError",
    "OpeningHours",
    "Service",
    "Session",
    "load_directory",
]

DEFAULT_PATH = Path(__file__).parent / "data" / "services.yml"

# Opening hours in the data are UK local time, so checks happen in London time
# (this handles the GMT/BST switch).
LONDON = ZoneInfo("Europe/London")
UTC = ZoneInfo("UTC")  # not datetime.UTC: that needs Python 3.11

Day = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
Identity = Literal[
    "anyone",
    "women",
    "men",
    "lgbt",
    "young_people",
    "honour_based_abuse",
    "high_risk",
    "perpetrators",
]
Need = Literal[
    "emergency",
    "stalking",
    "domestic_abuse",
    "emotional_support",
    "self_harm",
    "legal_help",
    "online_safety",
    "reporting",
    "practical_support",
]
Area = Literal["national", "cheshire_east", "cheshire_west_and_chester", "warrington", "halton"]
# Fields that can be shown to a person, and so can be marked unconfirmed.
ShowableField = Literal["phone", "text", "web_chat", "in_person", "hours", "free", "shows_on_bill"]

DAYS: tuple[str, ...] = get_args(Day)
IDENTITIES: frozenset = frozenset(get_args(Identity))
NEEDS: frozenset = frozenset(get_args(Need))
AREAS: frozenset = frozenset(get_args(Area))

_ID_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
_PHONE_PATTERN = re.compile(r"^[0-9]+(?: [0-9]+)*$")
_HHMM_PATTERN = re.compile(r"^(?:[01][0-9]|2[0-3]):[0-5][0-9]$")
# Long enough for one plain sentence; short enough for an SMS.
_SUMMARY_MAX = 120
# Sex-specific services not offered to someone who has said they are the other.
_EXCLUSIVE_GROUPS = {"men": "women", "women": "men"}
# Channels with a small screen or per-message cost get the short form.
_SHORT_CHANNELS = frozenset({"sms", "twilio"})


class DirectoryError(ValueError):
    """The directory file is missing, unreadable, malformed or incomplete."""


class _Model(BaseModel):
    class Config:
        extra = Extra.forbid  # catches misspelt field names in the YAML
        frozen = True  # the loaded directory is cached and shared
        allow_population_by_field_name = True


class Session(_Model):
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
        if not isinstance(value, str) or not _HHMM_PATTERN.match(value):
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


class OpeningHours(_Model):
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


class Service(_Model):
    """One helpline or service, as listed in ``services.yml``.

    Every field except ``in_person`` and ``notes`` must be present in the file
    (``null`` where there is none), so a missing value is a choice, not an
    accident. Fields named in
    ``unconfirmed`` are never shown: see :meth:`shown`.
    """

    id: StrictStr
    name: StrictStr
    phone: StrictStr | None = Field(...)
    text: StrictStr | None = Field(...)
    web_chat: StrictStr | None = Field(...)
    in_person: StrictStr | None = None
    hours: OpeningHours
    for_: tuple[Identity, ...] = Field(..., alias="for")
    needs: tuple[Need, ...]
    areas: tuple[Area, ...]
    free: StrictBool | None = Field(...)
    shows_on_bill: StrictBool | None = Field(...)
    summary: StrictStr
    notes: tuple[StrictStr, ...] = ()
    unconfirmed: tuple[ShowableField, ...]
    source: StrictStr
    last_verified: date

    @validator("id")
    def _snake_case(cls, value: str) -> str:
        if not _ID_PATTERN.match(value):
            raise ValueError(f"must be snake_case, got {value!r}")
        return value

    @validator("name", "summary", "source")
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value

    @validator("phone", "text")
    def _digits_and_spaces(cls, value: str | None, field: Any) -> str | None:
        if value is None or field.name == "text":
            # A text "number" may be a keyword instruction ("NCDV to 60777").
            if value is not None and not value.strip():
                raise ValueError("must not be empty; use null")
            return value
        if not _PHONE_PATTERN.match(value):
            raise ValueError(f"must be digits and single spaces, got {value!r}")
        return value

    @validator("hours", pre=True)
    def _hours_list(cls, value: Any) -> Any:
        # The YAML writes a plain list of sessions; wrap it for OpeningHours.
        if isinstance(value, list):
            return {"sessions": value}
        return value

    @validator("for_", "needs", "areas")
    def _non_empty_unique(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:
            raise ValueError("must list at least one value")
        if len(set(value)) != len(value):
            raise ValueError("lists a value twice")
        return value

    @validator("for_")
    def _anyone_alone(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if "anyone" in value and len(value) > 1:
            raise ValueError("'anyone' must be used on its own")
        return value

    @validator("summary")
    def _short_summary(cls, value: str) -> str:
        if len(value) > _SUMMARY_MAX:
            raise ValueError(f"must be at most {_SUMMARY_MAX} characters")
        return value

    @validator("unconfirmed")
    def _unconfirmed_hours_unknown(
        cls, value: tuple[str, ...], values: dict[str, Any]
    ) -> tuple[str, ...]:
        hours = values.get("hours")
        if "hours" in value and hours is not None and not hours.unknown:
            raise ValueError("lists 'hours', so hours must be `unknown: true`")
        return value

    # -- Reading confirmed facts -------------------------------------------

    def shown(self, field: str) -> Any:
        """The value of a field if it may be shown, else ``None``.

        Args:
            field: A showable field name, e.g. ``"phone"``.

        Returns:
            The value, or ``None`` when it is missing or listed in
            ``unconfirmed`` (facts.md says such values must not be presented
            as fact).
        """
        if field in self.unconfirmed:
            return None
        return getattr(self, field)

    @property
    def hours_known(self) -> bool:
        """Whether confirmed opening hours exist (24/7 or listed sessions)."""
        return not self.hours.unknown and "hours" not in self.unconfirmed

    @property
    def is_contactable(self) -> bool:
        """Whether it has a confirmed phone, text or web chat route."""
        return any(self.shown(field) for field in ("phone", "text", "web_chat"))

    def is_open(self, at: datetime) -> bool:
        """Whether the service is answering at a given moment.

        Args:
            at: The moment to check. Naive datetimes are taken as UTC (server
                clocks), then converted to London time, where the hours are
                written.

        Returns:
            ``True`` for 24/7 services and inside listed sessions; ``False``
            otherwise, including when hours are unknown (check
            :attr:`hours_known` to tell "closed" from "not known").
        """
        if not self.hours_known:
            return False
        if self.hours.always:
            return True
        local = _to_london(at)
        return any(session.covers(local) for session in self.hours.sessions)

    def contact_line(self, channel: str) -> str:
        """A one-line "how to contact" string for a channel.

        Args:
            channel: Rasa channel name. ``"sms"`` (and ``"twilio"``) get a
                short form: name, main route and "24/7" where true. Any other
                channel gets every confirmed route, with hours after the main
                one, e.g. ``"National Stalking Helpline: 0808 802 0300
                (Mon-Tue, Thu-Fri 9:30am-4pm; Wed 1pm-4pm)"``.

        Returns:
            Plain ASCII text that never includes a field listed in
            ``unconfirmed``.
        """
        routes = []
        if self.shown("phone"):
            routes.append(self.phone)
        if self.shown("text"):
            routes.append(f"text {self.text}")
        if self.shown("web_chat"):
            routes.append(self.web_chat)
        if self.shown("in_person"):
            routes.append(self.in_person)
        if not routes:
            return f"{self.name} (contact details still being checked)"

        hours = self.hours.describe() if self.hours_known else ""
        if channel.lower() in _SHORT_CHANNELS:
            suffix = " (24/7)" if self.hours_known and self.hours.always else ""
            return f"{self.name}: {routes[0]}{suffix}"
        first = f"{routes[0]} ({hours})" if hours else routes[0]
        return f"{self.name}: " + ", or ".join([first, *routes[1:]])


class Directory:
    """An ordered, read-only collection of services with lookups.

    Args:
        services: Services in file order (the order breaks ranking ties).
        path: The file they came from, for messages.
    """

    def __init__(self, services: tuple[Service, ...], path: Path) -> None:
        self.services = tuple(services)
        self.path = path
        self._by_id = {service.id: service for service in self.services}

    def __iter__(self) -> Iterator[Service]:
        return iter(self.services)

    def __len__(self) -> int:
        return len(self.services)

    def __contains__(self, service_id: object) -> bool:
        return service_id in self._by_id

    def __repr__(self) -> str:
        return f"Directory({len(self)} services from {self.path})"

    def get(self, service_id: str) -> Service:
        """The service with this id.

        Raises:
            KeyError: No such id; the message lists the known ids.
        """
        try:
            return self._by_id[service_id]
        except KeyError:
            known = ", ".join(sorted(self._by_id))
            raise KeyError(f"no service {service_id!r} in {self.path}; known: {known}") from None

    def find(
        self,
        needs: set[str] | None = None,
        identities: set[str] | None = None,
        area: str | None = None,
        at: datetime | None = None,
        limit: int | None = None,
    ) -> list[Service]:
        """Services to offer, best first.

        Filtering:
            * Only services with a confirmed phone, text or web chat.
            * With ``needs``: only services meeting at least one of them.
            * Services for emergencies (999) only when ``"emergency"`` is
              asked for; the bot shows 999 on its own.
            * National services always; local ones only for the given
              ``area`` (none when ``area`` is ``None``, since we do not know
              where the person is).
            * Perpetrator services only when ``"perpetrators"`` is in
              ``identities``; men-only or women-only services are dropped
              for someone who said they are the other.

        Ranking, most important first:
            1. With ``at``: open now, then hours unknown, then closed.
            2. Services for one of the person's ``identities``, then services
               for anyone, then services for other groups.
            3. More of the asked-for needs met.
            4. Confirmed hours before unknown hours, so people get lines
               whose hours we can tell them (e.g. Samaritans, 24/7 [84],
               before the crisis line, whose hours facts.md does not give).
            5. Local to ``area`` before national.
            6. File order.

        Args:
            needs: Need names (see ``NEEDS``).
            identities: Identity names (see ``IDENTITIES``), e.g. from
                :func:`signposting.identity.identities_in`.
            area: One of ``AREAS``.
            at: Moment to judge "open now" (naive = UTC).
            limit: Most services to return.

        Raises:
            ValueError: An unknown need, identity or area name, or a negative
                limit (these are programming errors in the caller).
        """
        needs = set(needs or ())
        identities = set(identities or ())
        _check_names("need", needs, NEEDS)
        _check_names("identity", identities, IDENTITIES)
        if area is not None:
            _check_names("area", {area}, AREAS)
        if limit is not None and limit < 0:
            raise ValueError("limit must not be negative")
        excluded_groups = {_EXCLUSIVE_GROUPS[i] for i in identities if i in _EXCLUSIVE_GROUPS}

        ranked = []
        for index, service in enumerate(self.services):
            groups = set(service.for_)
            if not service.is_contactable:
                continue
            if "emergency" in service.needs and "emergency" not in needs:
                continue
            matched = needs & set(service.needs)
            if needs and not matched:
                continue
            local = area is not None and area in service.areas
            if "national" not in service.areas and not local:
                continue
            if "perpetrators" in groups and "perpetrators" not in identities:
                continue
            if groups and groups <= excluded_groups:
                continue

            if at is None or service.is_open(at):
                open_rank = 0
            else:
                open_rank = 1 if not service.hours_known else 2
            if groups & identities:
                identity_rank = 0
            elif "anyone" in groups:
                identity_rank = 1
            else:
                identity_rank = 2
            key = (
                open_rank,
                identity_rank,
                -len(matched),
                0 if service.hours_known else 1,
                0 if local else 1,
                index,
            )
            ranked.append((key, service))

        ranked.sort(key=lambda pair: pair[0])
        found = [service for _, service in ranked]
        return found if limit is None else found[:limit]


def load_directory(path: os.PathLike | str | None = None) -> Directory:
    """Load and check a services file.

    Args:
        path: A YAML file to read. ``None`` reads the bundled
            ``data/services.yml``, parsed once and then cached.

    Returns:
        The checked directory.

    Raises:
        DirectoryError: The file is unreadable, not YAML, or an entry is
            malformed, incomplete or has a duplicate id. The message names
            the file, the entry (id and position) and the field.
    """
    if path is None:
        return _load_bundled()
    return _read(Path(path))


@lru_cache(maxsize=1)
def _load_bundled() -> Directory:
    return _read(DEFAULT_PATH)


def _read(path: Path) -> Directory:
    document = load_yaml(path, DirectoryError)
    if not isinstance(document, dict) or not isinstance(document.get("services"), list):
        raise DirectoryError(f"{path}: must be a mapping with a `services:` list")
    services = parse_entries(Service, document["services"], path, DirectoryError)
    return Directory(tuple(services), path)


def _check_names(kind: str, names: set, allowed: frozenset) -> None:
    unknown = names - allowed
    if unknown:
        raise ValueError(f"unknown {kind} {sorted(unknown)}; expected one of {sorted(allowed)}")


def _to_london(at: datetime) -> datetime:
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
