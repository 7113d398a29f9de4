"""One helpline or service, as checked on loading, and how to present it.

Public names are exported by :mod:`signposting.directory`.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from pydantic import Field, StrictBool, StrictStr, validator

from common.medium import Medium
from signposting.areas import SERVICE_AREAS
from signposting.directory._hours import OpeningHours, to_london
from signposting.directory._terms import Identity, Model, Need, ShowableField

_ID_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
_PHONE_PATTERN = re.compile(r"^[0-9]+(?: [0-9]+)*$")
# Long enough for one plain sentence; short enough for an SMS.
_SUMMARY_MAX = 120


class Service(Model):
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
    # Groups the service does not serve even though it is for "anyone" else
    # (the Revenge Porn Helpline is for adults only).
    not_for: tuple[Identity, ...] = ()
    needs: tuple[Need, ...]
    areas: tuple[StrictStr, ...]  # each one of signposting.areas.SERVICE_AREAS
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

    @validator("areas", each_item=True)
    def _known_area(cls, value: str) -> str:
        if value not in SERVICE_AREAS:
            raise ValueError(f"unexpected value; permitted: {sorted(SERVICE_AREAS)}")
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
        local = to_london(at)
        return any(session.covers(local) for session in self.hours.sessions)

    def contact_line(self, medium: Medium) -> str:
        """A one-line "how to contact" string.

        Args:
            medium: SMS gets a short form: name, main route and "24/7" where
                true. The web gets every confirmed route, with hours after the
                main one, e.g. ``"National Stalking Helpline: 0808 802 0300
                (Mon-Tue, Thu-Fri 9:30am-4pm; Wed 1pm-4pm)"``.

        Returns:
            Plain ASCII text that never includes a field listed in
            ``unconfirmed``.
        """
        routes: list[str] = []
        if self.phone and self.shown("phone"):
            routes.append(self.phone)
        if self.shown("text"):
            routes.append(f"text {self.text}")
        if self.web_chat and self.shown("web_chat"):
            routes.append(self.web_chat)
        if self.in_person and self.shown("in_person"):
            routes.append(self.in_person)
        if not routes:
            return f"{self.name} (contact details still being checked)"

        hours = self.hours.describe() if self.hours_known else ""
        if medium.short:
            suffix = " (24/7)" if self.hours_known and self.hours.always else ""
            return f"{self.name}: {routes[0]}{suffix}"
        first = f"{routes[0]} ({hours})" if hours else routes[0]
        return f"{self.name}: " + ", or ".join([first, *routes[1:]])
