"""Which protective orders might be open to someone being stalked, and why.

A pure library (no Rasa): actions turn slots into :class:`Facts`, then::

    facts = Facts.from_slots(tracker.current_slot_values())
    ask = questions_that_matter(facts)       # the form asks these, in order
    options = assess_orders(facts)           # every order, most useful first
    dispatcher.utter_message(text=explain(options, medium))

* :mod:`.facts`: the facts and their enums (string values = slot values).
* :mod:`.rules`: one verdict rule per order, each citing its statute section.
* :mod:`.catalogue`: the static facts per order, from ``data/orders.yml``.
* :mod:`.assess`: :func:`assess_orders`, :func:`questions_that_matter`.
* :mod:`.explain`: the reply for the web chat or an SMS.

Nothing is loaded at import; the orders file is read and cached on first use.
None of this is legal advice, and :func:`explain` says so.
"""

from signposting.eligibility.assess import (
    NOT_CONFIRMED,
    OrderOption,
    assess_orders,
    possible_values,
    questions_that_matter,
    verdicts,
)
from signposting.eligibility.catalogue import OrderCatalogue, OrderInfo, OrdersError, load_orders
from signposting.eligibility.explain import NOT_LEGAL_ADVICE, explain
from signposting.eligibility.facts import (
    FACT_FIELDS,
    Behaviour,
    CaseOutcome,
    Facts,
    Relationship,
    Verdict,
)
from signposting.eligibility.rules import ORDER_IDS

__all__ = [
    "FACT_FIELDS",
    "NOT_CONFIRMED",
    "NOT_LEGAL_ADVICE",
    "ORDER_IDS",
    "Behaviour",
    "CaseOutcome",
    "Facts",
    "OrderCatalogue",
    "OrderInfo",
    "OrderOption",
    "OrdersError",
    "Relationship",
    "Verdict",
    "assess_orders",
    "explain",
    "load_orders",
    "possible_values",
    "questions_that_matter",
    "verdicts",
]
