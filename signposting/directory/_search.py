"""The loaded directory: lookups by id and choosing which services to offer.

Split out of :mod:`signposting.directory`, which re-exports every name here;
import from there.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from signposting.directory_service import Service
from signposting.directory_terms import AREAS, IDENTITIES, NEEDS

# Sex-specific services not offered to someone who has said they are the other.
_EXCLUSIVE_GROUPS = {"men": "women", "women": "men"}


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


def _check_names(kind: str, names: set, allowed: frozenset) -> None:
    unknown = names - allowed
    if unknown:
        raise ValueError(f"unknown {kind} {sorted(unknown)}; expected one of {sorted(allowed)}")
