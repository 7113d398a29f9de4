"""The loaded directory: lookups by id and choosing which services to offer.

Public names are exported by :mod:`signposting.directory`.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from signposting.areas import SERVICE_AREAS
from signposting.directory._service import Service
from signposting.directory._terms import IDENTITIES, NEEDS

# Sex-specific services not offered to someone who has said they are the other.
_EXCLUSIVE_GROUPS = {"men": "women", "women": "men"}
# Needs nearly everyone here has: meeting them does not make a specialist.
_BROAD_NEEDS = frozenset({"stalking", "domestic_abuse"})
# The stalking specialist line (facts.md section 5), offered first among equals.
_STALKING_SPECIALIST = "national_stalking_helpline"


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

        Ranking, most important first (the one ranking: the conversation and
        the API both use it):
            1. Specialists for one of the person's ``identities``.
            2. More of the asked-for needs met, counting only specific ones
               (not the broad ``stalking`` and ``domestic_abuse``): a
               specialist for what they asked about.
            3. Open now (24/7 included; without ``at``, any confirmed
               hours), then hours unknown, then closed. So people get lines
               whose hours we can tell them (e.g. Samaritans, 24/7 [84],
               before the crisis line, whose hours facts.md does not give).
            4. Local to ``area`` before national.
            5. The National Stalking Helpline: everyone asking here is
               dealing with stalking.
            6. Services for anyone before services for other groups.
            7. More of the asked-for needs met, broad ones included.
            8. File order.

        Args:
            needs: Need names (see ``NEEDS``).
            identities: Identity names (see ``IDENTITIES``), e.g. from
                :func:`signposting.identity.identities_in`.
            area: One of :data:`signposting.areas.SERVICE_AREAS`.
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
            _check_names("area", {area}, SERVICE_AREAS)
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
            # A group the service says it does not serve (adults-only lines).
            if set(service.not_for) & identities:
                continue

            if not service.hours_known:
                open_rank = 1
            elif at is None or service.is_open(at):
                open_rank = 0
            else:
                open_rank = 2
            if groups & identities:
                identity_rank = 0
            elif "anyone" in groups:
                identity_rank = 1
            else:
                identity_rank = 2
            key = (
                0 if groups & identities else 1,
                -len(matched - _BROAD_NEEDS),
                open_rank,
                0 if local else 1,
                0 if service.id == _STALKING_SPECIALIST else 1,
                identity_rank,
                -len(matched),
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
