"""What a person has said about themselves: where they live, who they are, what they need.

The bot keeps this profile across the conversation (as the ``area``,
``identity`` and ``need`` slots), so "I'm in Crewe" said early still counts
when they later ask "who can help?". The handover summary and the incident
log read the same profile.

:func:`profile_in` reads one message with the library's deterministic rules
(:mod:`signposting.places`, :mod:`signposting.identity`); nothing is guessed.
A later message that says something new about one part replaces that part
only: "I'm a man" then "I live in Crewe" keeps the man and adds Crewe.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from signposting.areas import Area
from signposting.identity import identities_in, needs_in
from signposting.places import area_for, resident_area

__all__ = [
    "AREA",
    "IDENTITY",
    "NEED",
    "OPEN_NOW",
    "PLACE_UNCLEAR",
    "Profile",
    "asks_open_now",
    "profile_entities",
    "profile_in",
]

# The names the bot keeps the profile under: a slot each, filled by the
# entity of the same name that the bot's profile extractor sets.
AREA, IDENTITY, NEED = "area", "identity", "need"
# Signals about one message only: entities, never kept in a slot.
OPEN_NOW, PLACE_UNCLEAR = "open_now", "place_unclear"

# "Is anyone open now?": a question about this moment, not part of the profile.
_OPEN_NOW = re.compile(
    r"\b(open now|open right now|open at the moment|anyone (?:open|there|awake|available)|"
    r"right now|tonight|24 ?7|out of hours)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Profile:
    """What the person has told us. Empty parts mean "not said".

    Attributes:
        area: Where they live (:class:`~signposting.areas.Area`), or None.
        identities: Groups they say they belong to
            (:data:`signposting.directory.IDENTITIES`), e.g. ``{"men"}``.
        needs: Kinds of help they ask for
            (:data:`signposting.directory.NEEDS`), e.g. ``{"self_harm"}``.
        place_unclear: They named a place that could be in more than one area
            (and no area is known), so the list is national.
    """

    area: Area | None = None
    identities: frozenset[str] = field(default_factory=frozenset)
    needs: frozenset[str] = field(default_factory=frozenset)
    place_unclear: bool = False

    @classmethod
    def from_slots(
        cls, area: str | None, identities: Iterable[str] | None, needs: Iterable[str] | None
    ) -> Profile:
        """A profile from slot values; an unknown area value counts as not said."""
        known = {a.value for a in Area}
        return cls(
            area=Area(area) if area in known else None,
            identities=frozenset(identities or ()),
            needs=frozenset(needs or ()),
        )


def profile_in(text: str, self_harm: bool = False) -> Profile:
    """What one message says about the person (see :class:`Profile`).

    ``self_harm`` is the safety check's verdict on the message (see ``needs_in``).
    """
    area = resident_area(text)
    unclear = area is None and area_for(text).status == "ambiguous"
    return Profile(
        area=area,
        identities=frozenset(identities_in(text)),
        needs=frozenset(needs_in(text, self_harm)),
        place_unclear=unclear,
    )


def asks_open_now(text: str) -> bool:
    """Whether the message asks who is open at this moment ("is anyone open now?")."""
    return bool(_OPEN_NOW.search(text))


def profile_entities(text: str, self_harm: bool = False) -> list[tuple[str, str]]:
    """``(entity, value)`` pairs for what one message says, for the bot's NLU.

    The profile parts (:data:`AREA`, :data:`IDENTITY`, :data:`NEED`, one pair
    per identity or need, sorted) and the one-message signals
    (:data:`OPEN_NOW`, :data:`PLACE_UNCLEAR`, value ``"true"``).
    """
    found = profile_in(text, self_harm)
    pairs: list[tuple[str, str]] = []
    if found.area is not None:
        pairs.append((AREA, found.area.value))
    pairs += [(IDENTITY, identity) for identity in sorted(found.identities)]
    pairs += [(NEED, need) for need in sorted(found.needs)]
    if found.place_unclear:
        pairs.append((PLACE_UNCLEAR, "true"))
    if asks_open_now(text):
        pairs.append((OPEN_NOW, "true"))
    return pairs
