"""Assess every order for a person's facts, and work out which questions still matter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import combinations
from typing import Any

from signposting.areas import Area
from signposting.eligibility.catalogue import OrderCatalogue, OrderInfo, load_orders
from signposting.eligibility.facts import (
    FACT_FIELDS,
    Behaviour,
    CaseOutcome,
    Facts,
    Relationship,
    Verdict,
    is_consistent,
    resolve,
)
from signposting.eligibility.rules import RULES

__all__ = [
    "NOT_CONFIRMED",
    "OrderOption",
    "assess_orders",
    "possible_values",
    "questions_that_matter",
    "verdicts",
]

# Shown in place of a fact the research could not confirm [facts.md: UNCONFIRMED].
NOT_CONFIRMED = "Not confirmed. Check with a solicitor or NCDV on 0800 970 2070."


@dataclass(frozen=True)
class OrderOption:
    """One order, with its verdict for this person and the facts to show about it.

    Detail fields the research could not confirm (listed in ``unconfirmed``)
    hold :data:`NOT_CONFIRMED` rather than a value, so they cannot be shown as
    fact; ``caveat`` says what is uncertain.
    """

    id: str
    name: str
    short_name: str
    verdict: Verdict
    reason: str
    who_applies: str
    court: str
    cost: str
    legal_aid: str
    duration: str
    breach: str
    next_step: str
    statute: str
    caveat: str | None
    notes: tuple[str, ...]
    unconfirmed: tuple[str, ...]
    source: str
    last_verified: date

    @classmethod
    def build(cls, info: OrderInfo, verdict: Verdict, reason: str) -> OrderOption:
        """Combine an order's static facts with a verdict and its reason."""
        details = {
            name: NOT_CONFIRMED if name in info.unconfirmed else getattr(info, name)
            for name in ("who_applies", "court", "cost", "legal_aid", "duration", "breach")
        }
        return cls(
            id=info.id,
            name=info.name,
            short_name=info.short_name,
            verdict=verdict,
            reason=reason,
            next_step=info.next_step,
            statute=info.statute,
            caveat=info.caveat,
            notes=info.notes,
            unconfirmed=info.unconfirmed,
            source=info.source,
            last_verified=info.last_verified,
            **details,
        )


def verdicts(facts: Facts) -> dict[str, Verdict]:
    """Each order's verdict, by order id (the rules only; no data file is read)."""
    resolved = resolve(facts)
    return {order_id: rule(resolved)[0] for order_id, rule in RULES.items()}


def assess_orders(facts: Facts, catalogue: OrderCatalogue | None = None) -> list[OrderOption]:
    """Every order, with a verdict and reason for these facts, most useful first.

    Likely-available options come first, then may-be-available, then not
    available; ties keep the order of ``orders.yml`` (most useful first).

    Args:
        facts: What the person has told us; unanswered fields are ``None``.
        catalogue: The orders' static facts; ``None`` uses the bundled file.

    Raises:
        OrdersError: The orders file is missing or malformed.
    """
    catalogue = catalogue or load_orders()
    resolved = resolve(facts)
    options = [OrderOption.build(info, *RULES[info.id](resolved)) for info in catalogue]
    # sorted() is stable, so the file order breaks ties.
    return sorted(options, key=lambda option: option.verdict.rank)


def possible_values(field: str) -> list[Any]:
    """Every answer a fact field can take (for behaviours, every set of behaviours).

    Raises:
        ValueError: ``field`` is not one of :data:`FACT_FIELDS`.
    """
    if field == "relationship":
        return list(Relationship)
    if field in ("knows_who", "lived_together", "reported"):
        return [True, False]
    if field == "behaviours":
        kinds = list(Behaviour)
        return [
            frozenset(chosen)
            for size in range(len(kinds) + 1)
            for chosen in combinations(kinds, size)
        ]
    if field == "case_outcome":
        return list(CaseOutcome)
    if field == "area":
        return list(Area)
    raise ValueError(f"unknown fact field {field!r}; expected one of {FACT_FIELDS}")


def questions_that_matter(facts: Facts) -> list[str]:
    """The unanswered fact fields whose answer could change at least one verdict.

    For each unanswered field, every answer that fits what has already been
    said is tried (other unanswered fields stay unanswered); the field matters
    if any answer changes any order's verdict. Answers that contradict earlier
    ones are not tried: after "a stranger", "did you live together?" is
    settled; after "not reported", nobody can have been charged.

    Ask the first, then call again with the answer, since one answer can
    settle others.

    Returns:
        Field names from :data:`FACT_FIELDS`, in the order to ask them.
    """
    current = verdicts(facts)
    wanted = []
    for field in FACT_FIELDS:
        if getattr(facts, field) is not None:
            continue
        for value in possible_values(field):
            candidate = facts.copy(update={field: value})
            if is_consistent(candidate) and verdicts(candidate) != current:
                wanted.append(field)
                break
    return wanted
