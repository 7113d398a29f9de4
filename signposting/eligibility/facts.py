"""What the person tells us about the one targeting them, as typed facts.

Every field is optional: ``None`` means "not asked yet" or "does not know".
Enum values are the strings a Rasa slot holds, so ``Facts.from_slots(tracker
.current_slot_values())`` works without translation.

Some answers settle others (a current partner is someone you know; a household
member is someone you lived with). :func:`resolve` applies those links once,
so the rules in :mod:`signposting.eligibility.rules` read one consistent view.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from pydantic import BaseModel, Extra, StrictBool, validator

from signposting.areas import Area

__all__ = [
    "COURT_STAGES",
    "FACT_FIELDS",
    "Behaviour",
    "CaseOutcome",
    "Facts",
    "Relationship",
    "Resolved",
    "Verdict",
    "is_consistent",
    "resolve",
]


class _SlotEnum(str, Enum):
    """A string enum: members compare equal to, and print as, their slot value."""

    def __str__(self) -> str:
        return self.value


class Relationship(_SlotEnum):
    """How the person knows the one targeting them."""

    CURRENT_PARTNER = "current_partner"
    EX_PARTNER = "ex_partner"
    SPOUSE_OR_CIVIL_PARTNER = "spouse_or_civil_partner"  # current or former
    FAMILY = "family"  # any relative
    HOUSEHOLD_MEMBER = "household_member"  # lives or lived with them, not a partner or relative
    ACQUAINTANCE = "acquaintance"
    COLLEAGUE = "colleague"
    NEIGHBOUR = "neighbour"
    STRANGER = "stranger"
    UNKNOWN_IDENTITY = "unknown_identity"  # e.g. an anonymous online account


class Behaviour(_SlotEnum):
    """Things they have done. The first seven are the PHA 1997 s.2A(3) examples."""

    FOLLOWING = "following"  # s.2A(3)(a)
    REPEATED_CONTACT = "repeated_contact"  # s.2A(3)(b), by any means
    POSTING_ABOUT_YOU = "posting_about_you"  # s.2A(3)(c) publishing material
    ONLINE_MONITORING = "online_monitoring"  # s.2A(3)(d)
    TURNING_UP = "turning_up"  # s.2A(3)(e) loitering, at home or work
    PROPERTY_DAMAGE = "property_damage"  # s.2A(3)(f) interfering with property
    WATCHING = "watching"  # s.2A(3)(g) watching or spying
    THREATS = "threats"
    VIOLENCE = "violence"


class CaseOutcome(_SlotEnum):
    """Where a criminal case about it has got to."""

    NOT_CHARGED = "not_charged"  # including "not yet"
    CHARGED = "charged"  # waiting for trial
    CONVICTED = "convicted"  # found guilty of any offence
    ACQUITTED = "acquitted"  # found not guilty


class Verdict(_SlotEnum):
    """Whether an option looks open to the person, on what they have said so far."""

    LIKELY = "likely_available"
    MAY = "may_be_available"
    NOT = "not_available"

    @property
    def words(self) -> str:
        """The verdict as words for a reply, e.g. ``"may be available"``."""
        return _VERDICT_WORDS[self]

    @property
    def rank(self) -> int:
        """0 for likely, 1 for may, 2 for not available: sort key, most useful first."""
        return _VERDICT_ORDER.index(self)


_VERDICT_WORDS = {
    Verdict.LIKELY: "likely available",
    Verdict.MAY: "may be available",
    Verdict.NOT: "not available now",
}
_VERDICT_ORDER = (Verdict.LIKELY, Verdict.MAY, Verdict.NOT)

COURT_STAGES = frozenset({CaseOutcome.CHARGED, CaseOutcome.CONVICTED, CaseOutcome.ACQUITTED})

# Relationships in which the person knows who it is.
_KNOWN = frozenset(
    {
        Relationship.CURRENT_PARTNER,
        Relationship.EX_PARTNER,
        Relationship.SPOUSE_OR_CIVIL_PARTNER,
        Relationship.FAMILY,
        Relationship.HOUSEHOLD_MEMBER,
        Relationship.ACQUAINTANCE,
        Relationship.COLLEAGUE,
        Relationship.NEIGHBOUR,
    }
)
_NEVER_LIVED_WITH = frozenset({Relationship.STRANGER, Relationship.UNKNOWN_IDENTITY})


class Facts(BaseModel):
    """What the person has told us. ``None`` means not asked, or not known.

    The fields, in this order, are the one list of order facts: the order a
    conversation asks them in (who, then what, then where). :data:`FACT_FIELDS`,
    the questions, the form's slots and the API's request body all follow it,
    and tests hold them to it.

    Attributes:
        relationship: How they know the person (:class:`Relationship`).
        knows_who: Whether they know who the person is (name or identity).
        lived_together: Whether they live, or ever lived, in the same home.
        behaviours: What the person has done (:class:`Behaviour` values).
        reported: Whether it has been reported to the police.
        case_outcome: Where any criminal case has got to (:class:`CaseOutcome`).
        area: Where they live (:class:`Area`).
    """

    relationship: Relationship | None = None
    knows_who: StrictBool | None = None
    lived_together: StrictBool | None = None
    behaviours: frozenset[Behaviour] | None = None
    reported: StrictBool | None = None
    case_outcome: CaseOutcome | None = None
    area: Area | None = None

    class Config:
        extra = Extra.forbid  # a misspelt field is an error, not a silent None
        frozen = True

    @validator("relationship", "case_outcome", "area", pre=True)
    def _slot_text(cls, value: Any) -> Any:
        # Accept "Ex-partner" or "Greater Manchester" as well as the slot value.
        if isinstance(value, str) and not isinstance(value, Enum):
            return value.strip().lower().replace("-", "_").replace(" ", "_")
        return value

    @validator("behaviours", pre=True)
    def _behaviour_list(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = [value]  # a Rasa text slot holding one value
        if isinstance(value, (list, tuple, set, frozenset)):
            return frozenset(
                item.strip().lower().replace(" ", "_") if isinstance(item, str) else item
                for item in value
            )
        return value

    @classmethod
    def from_slots(cls, slots: Mapping[str, Any]) -> Facts:
        """Facts from a mapping of slot values; other slots are ignored.

        Raises:
            pydantic.ValidationError: A fact slot holds a value that is not
                one of the allowed ones.
        """
        return cls.parse_obj({name: slots[name] for name in FACT_FIELDS if name in slots})


# Every order fact, in asking order: read from the model, so there is one list.
FACT_FIELDS: tuple[str, ...] = tuple(Facts.__fields__)


class Resolved(Facts):
    """Facts with what one answer settles about another filled in (see :func:`resolve`)."""


def resolve(facts: Facts) -> Resolved:
    """Fill in what the answers given already settle.

    * A partner, ex, relative, household member, acquaintance, colleague or
      neighbour is someone the person knows; an unknown online identity is not.
    * A household member lived with them; a stranger or unknown identity did not.
    * Someone charged, convicted or acquitted was reported, and is known.
    * Nothing reported, or nobody known, means nobody has been charged.

    Where answers contradict each other, the more specific one wins:
    relationship first, then the case outcome.
    """
    relationship = facts.relationship
    outcome = facts.case_outcome
    in_court = outcome in COURT_STAGES

    knows = facts.knows_who
    if relationship in _KNOWN:
        knows = True
    elif relationship is Relationship.UNKNOWN_IDENTITY:
        knows = False
    elif in_court:
        knows = True

    lived = facts.lived_together
    if relationship is Relationship.HOUSEHOLD_MEMBER:
        lived = True
    elif relationship in _NEVER_LIVED_WITH:
        lived = False

    reported = True if in_court else facts.reported
    if outcome is None and (reported is False or knows is False):
        outcome = CaseOutcome.NOT_CHARGED

    return Resolved.construct(
        relationship=relationship,
        knows_who=knows,
        lived_together=lived,
        behaviours=facts.behaviours,
        reported=reported,
        case_outcome=outcome,
        area=facts.area,
    )


def is_consistent(facts: Facts) -> bool:
    """Whether the answers fit together (no answer contradicts what others settle).

    For example a stranger who lived with them, a charge that was never
    reported, or a conviction of someone nobody can name.
    """
    resolved = resolve(facts)
    for name in FACT_FIELDS:
        given = getattr(facts, name)
        if given is not None and getattr(resolved, name) != given:
            return False
    return not (resolved.knows_who is False and resolved.case_outcome in COURT_STAGES)
