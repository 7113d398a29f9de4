"""The directory's fixed vocabulary and the base model for its entries.

Where a service may be (``areas``) is not here: it is
:data:`signposting.areas.SERVICE_AREAS`, shared with the places and the order rules.
"""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, Extra

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
# Fields that can be shown to a person, and so can be marked unconfirmed.
ShowableField = Literal["phone", "text", "web_chat", "in_person", "hours", "free", "shows_on_bill"]

DAYS: tuple[str, ...] = get_args(Day)
IDENTITIES: frozenset = frozenset(get_args(Identity))
NEEDS: frozenset = frozenset(get_args(Need))


class Model(BaseModel):
    """Base for the directory's entries: strict, frozen, no unknown fields."""

    class Config:
        extra = Extra.forbid  # catches misspelt field names in the YAML
        frozen = True  # the loaded directory is cached and shared
        allow_population_by_field_name = True
