"""Which services the conversation offers for what the person has told us.

The ranking is the directory's one ranking (:meth:`Directory.find`); this
module chooses what to ask it for (the person's profile plus the needs
everyone here has) and words the reply for the web or an SMS.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from common.medium import Medium
from signposting.directory import Directory, Service, load_directory
from signposting.profile import Profile

__all__ = ["SMS_LIMIT", "WEB_LIMIT", "Recommendation", "recommend", "services_reply"]

WEB_LIMIT = 4
# SMS replies must stay within a few segments: three services at most.
SMS_LIMIT = 3
SMS_OPENING = "Here are some numbers you can call for help and advice:"


@dataclass(frozen=True)
class Recommendation:
    services: list[Service]
    profile: Profile


def recommend(
    profile: Profile,
    at: datetime,
    *,
    open_now: bool = False,
    limit: int = WEB_LIMIT,
    directory: Directory | None = None,
) -> Recommendation:
    """Services that fit what the person has said, best first, local ones included.

    Args:
        profile: What the person has told us (area, identities, needs).
        at: The current time (aware), for open-now ranking.
        open_now: They asked who is open now: only open services, if any are.
        limit: How many services at most.
        directory: The services to choose from (default: the bundled file).
    """
    directory = directory or load_directory()
    area = profile.area.value if profile.area is not None and profile.area.in_cheshire else None
    # Everyone who asks here is dealing with stalking, so stalking services always
    # qualify; what they say adds needs (self-harm, online, legal help...).
    needs = set(profile.needs) | {"stalking"}
    if open_now:
        # Someone who needs a person now: include the 24/7 lines for any need.
        needs |= {"emotional_support", "domestic_abuse"}
    identities = set(profile.identities)
    if identities:
        # Identity-specific lines are listed under domestic abuse in the
        # directory; most stalking is by an ex-partner [facts 4].
        needs.add("domestic_abuse")
    found = [
        service
        for service in directory.find(needs=needs, identities=identities, area=area, at=at)
        # Only services for anyone, or for who the person says they are.
        if "anyone" in service.for_ or set(service.for_) & identities
    ]
    if open_now:
        found = [s for s in found if s.is_open(at)] or found
    return Recommendation(found[:limit], profile)


def _place_line(profile: Profile, short: bool) -> str | None:
    """Says plainly when the list is national only because of where they are."""
    if profile.area is not None and not profile.area.in_cheshire:
        return (
            "I only know local services in Cheshire, so these are national."
            if not short
            else "I only know local numbers in Cheshire, so these are national ones:"
        )
    if profile.area is None and profile.place_unclear and not short:
        return "I wasn't sure which area you meant, so these are national services."
    return None


def _line(service: Service, medium: Medium, at: datetime) -> str:
    """How to contact a service, with when it next opens if it is closed now."""
    line = service.contact_line(medium)
    opens = service.hours.opens_phrase(at) if service.hours_known else None
    return f"{line}, {opens}" if opens else line


def services_reply(
    profile: Profile,
    medium: Medium,
    at: datetime,
    *,
    open_now: bool = False,
    directory: Directory | None = None,
) -> str:
    """A reply listing the recommended services: fewer, shorter lines on SMS."""
    short = medium.short
    limit = SMS_LIMIT if short else WEB_LIMIT
    found = recommend(profile, at, open_now=open_now, limit=limit, directory=directory)
    lines = [_line(service, medium, at) for service in found.services]
    note = _place_line(profile, short)
    if short:
        # The first line is all a lock screen may show: it must not name the topic.
        return "\n".join([note or SMS_OPENING, *lines, "In danger? Call 999."])
    closed = any(s.hours_known and not s.is_open(at) for s in found.services)
    parts = [
        "These services can help:",
        note,
        *("• " + line for line in lines),
        "Some are closed now. The 24/7 ones are open any time." if closed else None,
        "If you are in danger now, call 999.",
    ]
    return "\n".join(p for p in parts if p)
