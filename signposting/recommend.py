"""Choose which services to offer for what a person wrote, in conversation order.

The directory ranks by opening hours first; in a reply, a specialist service
for who the person says they are (men, LGBT+, honour-based abuse, young
people) comes first even when closed, because that is what they asked for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from signposting.directory import Service, load_directory
from signposting.identity import identities_in, needs_in
from signposting.places import PlaceMatch, area_for

WEB_LIMIT = 4
# SMS replies must stay within a few segments: three services at most.
SMS_LIMIT = 3
SHORT_CHANNELS = frozenset({"sms", "twilio"})
DEFAULT_NEEDS = frozenset({"stalking"})
STALKING_SPECIALIST = "national_stalking_helpline"
SMS_OPENING = "Here are some numbers you can call for help and advice:"
OPEN_NOW = re.compile(
    r"\b(open now|open right now|open at the moment|anyone (?:open|there|awake|available)|"
    r"right now|tonight|24 ?7|out of hours)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Recommendation:
    services: list[Service]
    place: PlaceMatch


def recommend(text: str, at: datetime, limit: int = WEB_LIMIT) -> Recommendation:
    """Services that fit what the person wrote, best first, local ones included.

    Args:
        text: The person's message.
        at: The current time (aware), for open-now ranking.
        limit: How many services at most.
    """
    directory = load_directory()
    place = area_for(text)
    area = place.area if place.status == "local" else None
    # Everyone who asks here is dealing with stalking, so stalking services always
    # qualify; what they say adds needs (self-harm, online, legal help...).
    asked = needs_in(text)
    needs = asked | set(DEFAULT_NEEDS)
    open_only = bool(OPEN_NOW.search(text))
    if open_only:
        # Someone who needs a person now: include the 24/7 lines for any need.
        needs |= {"emotional_support", "domestic_abuse"}
    identities = identities_in(text)
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
    # Specialists first: for who they are, then for what they asked about (an
    # ex-partner alone is not a special need here), then the stalking helpline.
    # The sort is stable, so the directory's open-now ranking breaks ties.
    special = asked - {"domestic_abuse", "stalking"}
    ranked = sorted(
        found,
        key=lambda s: (
            not set(s.for_) & identities,
            -len(set(s.needs) & special),
            # Open now (24/7 included) before closed, then local before national.
            not (s.hours_known and s.is_open(at)),
            not (area and area in s.areas),
            s.id != STALKING_SPECIALIST,
        ),
    )
    if open_only:
        ranked = [s for s in ranked if s.hours_known and s.is_open(at)] or ranked
    return Recommendation(ranked[:limit], place)


def _place_line(place: PlaceMatch, short: bool) -> str | None:
    """Says plainly when the list is national only because of where they are."""
    if place.status == "outside":
        return (
            "I only know local services in Cheshire, so these are national."
            if not short
            else "I only know local numbers in Cheshire, so these are national ones:"
        )
    if place.status == "ambiguous" and not short:
        return "I wasn't sure which area you meant, so these are national services."
    return None


def _line(service: Service, channel: str, at: datetime) -> str:
    """How to contact a service, with when it next opens if it is closed now."""
    line = service.contact_line(channel)
    opens = service.hours.opens_phrase(at) if service.hours_known else None
    return f"{line}, {opens}" if opens else line


def services_reply(text: str, channel: str, at: datetime) -> str:
    """A reply listing the recommended services: fewer, shorter lines on SMS."""
    short = channel.lower() in SHORT_CHANNELS
    found = recommend(text, at, SMS_LIMIT if short else WEB_LIMIT)
    lines = [_line(service, channel, at) for service in found.services]
    note = _place_line(found.place, short)
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
