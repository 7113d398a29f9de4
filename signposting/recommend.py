"""Choose which services to offer for what a person wrote, in conversation order.

The directory ranks by opening hours first; in a reply, a specialist service
for who the person says they are (men, LGBT+, honour-based abuse, young
people) comes first even when closed, because that is what they asked for.
"""

from __future__ import annotations

from datetime import datetime

from signposting.directory import Service, load_directory
from signposting.identity import identities_in, needs_in

WEB_LIMIT = 4
# SMS replies must stay within a few segments: three services at most.
SMS_LIMIT = 3
SHORT_CHANNELS = frozenset({"sms", "twilio"})
DEFAULT_NEEDS = frozenset({"stalking"})
STALKING_SPECIALIST = "national_stalking_helpline"


def recommend(text: str, at: datetime, limit: int = WEB_LIMIT) -> list[Service]:
    """Services that fit what the person wrote, best first.

    Args:
        text: The person's message.
        at: The current time (aware), for open-now ranking.
        limit: How many services at most.
    """
    directory = load_directory()
    # Everyone who asks here is dealing with stalking, so stalking services always
    # qualify; what they say adds needs (self-harm, online, legal help...).
    asked = needs_in(text)
    needs = asked | set(DEFAULT_NEEDS)
    identities = identities_in(text)
    if identities:
        # Identity-specific lines are listed under domestic abuse in the
        # directory; most stalking is by an ex-partner [facts 4].
        needs.add("domestic_abuse")
    found = [
        service
        for service in directory.find(needs=needs, identities=identities, at=at)
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
            s.id != STALKING_SPECIALIST,
        ),
    )
    return ranked[:limit]


def services_reply(text: str, channel: str, at: datetime) -> str:
    """A reply listing the recommended services: fewer, shorter lines on SMS."""
    short = channel.lower() in SHORT_CHANNELS
    services = recommend(text, at, SMS_LIMIT if short else WEB_LIMIT)
    lines = [service.contact_line(channel) for service in services]
    if short:
        return "\n".join(["These can help:", *lines, "In danger? Call 999."])
    return "\n".join(
        [
            "These services can help:",
            *("• " + line for line in lines),
            "If you are in danger now, call 999.",
        ]
    )
