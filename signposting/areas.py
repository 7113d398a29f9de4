"""What "area" means, once, for the directory, the places and the order rules.

* :class:`Area`: where a person lives, as far as this service needs to know:
  one of Cheshire's four council areas (they have local services), one of the
  areas piloting Domestic Abuse Protection Orders (an order rule depends on
  it), or ``OTHER``. Its values are the strings the ``area`` slot holds.
* :data:`CHESHIRE_AREAS`: the four council areas Cheshire Constabulary covers;
  :data:`LOCAL_AREAS` is the same as sorted strings, for data-file checks.
* :data:`SERVICE_AREAS`: what a service in ``services.yml`` may cover: a
  Cheshire area, or :data:`NATIONAL` (anyone, anywhere).
* :data:`DAPO_PILOT_AREAS` and the place names that point to each
  (:data:`DAPO_PILOT_PLACE_NAMES`).
"""

from __future__ import annotations

from enum import Enum

__all__ = [
    "CHESHIRE_AREAS",
    "DAPO_PILOT_AREAS",
    "DAPO_PILOT_PLACE_NAMES",
    "LOCAL_AREAS",
    "NATIONAL",
    "SERVICE_AREAS",
    "Area",
]


class Area(str, Enum):
    """Where the person lives. ``None`` (not an Area) means we do not know."""

    CHESHIRE_EAST = "cheshire_east"
    CHESHIRE_WEST_AND_CHESTER = "cheshire_west_and_chester"
    WARRINGTON = "warrington"
    HALTON = "halton"
    GREATER_MANCHESTER = "greater_manchester"
    CROYDON = "croydon"
    BROMLEY = "bromley"
    SUTTON = "sutton"
    CLEVELAND = "cleveland"
    NORTH_WALES = "north_wales"
    OTHER = "other"

    def __str__(self) -> str:
        return self.value

    @property
    def in_cheshire(self) -> bool:
        """One of the four council areas with local services."""
        return self in CHESHIRE_AREAS


# Cheshire Constabulary's area: the four unitary authorities [facts 3: 46].
CHESHIRE_AREAS: frozenset[Area] = frozenset(
    {Area.CHESHIRE_EAST, Area.CHESHIRE_WEST_AND_CHESTER, Area.WARRINGTON, Area.HALTON}
)
LOCAL_AREAS: tuple[str, ...] = tuple(sorted(area.value for area in CHESHIRE_AREAS))

# A service for anyone, wherever they live.
NATIONAL = "national"
SERVICE_AREAS: frozenset[str] = frozenset({NATIONAL, *LOCAL_AREAS})

# DAPN/DAPO pilots [facts 3: 42, 43, 44]: Greater Manchester; Croydon, Bromley and
# Sutton (Met), from 27 Nov 2024; Cleveland, March 2025; North Wales, 28 Apr 2025.
# (British Transport Police is a pilot force too, but it is not a place to live.)
# Cheshire is not a pilot area [facts 3: 46].
DAPO_PILOT_AREAS: frozenset[Area] = frozenset(
    {
        Area.GREATER_MANCHESTER,
        Area.CROYDON,
        Area.BROMLEY,
        Area.SUTTON,
        Area.CLEVELAND,
        Area.NORTH_WALES,
    }
)
# Place names (as :func:`signposting.text.plain` writes them) that point to a
# pilot area [facts 3: HCWS254; wired-gov.net; deeside.com].
DAPO_PILOT_PLACE_NAMES: dict[Area, tuple[str, ...]] = {
    Area.GREATER_MANCHESTER: (
        "greater manchester",
        "manchester",
        "salford",
        "stockport",
        "bolton",
        "wigan",
        "oldham",
        "rochdale",
        "bury",
        "tameside",
        "trafford",
    ),
    Area.CROYDON: ("croydon",),
    Area.BROMLEY: ("bromley",),
    Area.SUTTON: ("sutton",),
    Area.CLEVELAND: ("cleveland", "middlesbrough", "hartlepool", "redcar", "stockton on tees"),
    Area.NORTH_WALES: (
        "north wales",
        "wrexham",
        "flintshire",
        "denbighshire",
        "conwy",
        "gwynedd",
        "anglesey",
        "bangor",
        "rhyl",
    ),
}
