"""The verdict rules, the facts model and which questions still matter.

One table row per rule branch; each row's id names the statute section it
encodes. Facts are from the research (docs/sources.md) section 3 ([n] = its
sources).
"""

from __future__ import annotations

from functools import cache
from itertools import product

import pydantic
import pytest

from signposting.areas import Area
from signposting.eligibility import (
    FACT_FIELDS,
    ORDER_IDS,
    Behaviour,
    CaseOutcome,
    Facts,
    Relationship,
    Verdict,
    assess_orders,
    questions_that_matter,
    verdicts,
)
from signposting.eligibility.facts import is_consistent, resolve
from signposting.eligibility.rules import RULES

LIKELY, MAY, NOT = Verdict.LIKELY, Verdict.MAY, Verdict.NOT

STALKING = ["following", "repeated_contact"]
STALKING_AND_THREATS = ["following", "threats"]


def row(order_id: str, verdict: Verdict, statute: str, **facts):
    return pytest.param(order_id, Facts(**facts), verdict, id=f"{statute}: {order_id}={verdict}")


RULE_ROWS = [
    # --- Stalking Protection Act 2019 s.1: acts + risk + necessity; no relationship needed
    row("stalking_protection_order", LIKELY, "SPA 2019 s.1 acts and risk, stranger",
        relationship="stranger", knows_who=True, behaviours=STALKING_AND_THREATS),
    row("stalking_protection_order", MAY, "SPA 2019 s.1(1)(a) acts only, risk for police",
        relationship="ex_partner", behaviours=STALKING),
    row("stalking_protection_order", MAY, "SPA 2019 s.1 threats alone, s.2A(3) list open",
        relationship="neighbour", behaviours=["threats"]),
    row("stalking_protection_order", MAY, "SPA 2019 s.1 behaviours not asked yet",
        relationship="colleague"),
    row("stalking_protection_order", NOT, "SPA 2019 s.1(1)(a) no acts at all",
        relationship="ex_partner", behaviours=[]),
    row("stalking_protection_order", MAY, "SPA 2019 s.1 unknown online identity, via police",
        relationship="unknown_identity", behaviours=["online_monitoring", "threats"]),
    row("stalking_protection_order", MAY, "SPA 2019 s.1 no conviction needed",
        relationship="ex_partner", behaviours=STALKING, reported=True,
        case_outcome="not_charged"),
    # --- Stalking Protection Act 2019 s.5: interim order while the full one is pending
    row("interim_stalking_protection_order", MAY, "SPA 2019 s.5 with a full SPO application",
        relationship="stranger", knows_who=True, behaviours=STALKING_AND_THREATS),
    row("interim_stalking_protection_order", NOT, "SPA 2019 s.5 no full SPO possible",
        behaviours=[]),
    # --- Family Law Act 1996 s.42, associated persons s.62(3)
    row("non_molestation_order", LIKELY, "FLA 1996 s.62(3)(b) ex-partner who lived together",
        relationship="ex_partner", lived_together=True),
    row("non_molestation_order", MAY, "FLA 1996 s.62(3)(ea) ex never lived with",
        relationship="ex_partner", lived_together=False),
    row("non_molestation_order", MAY, "FLA 1996 s.62(3)(b)(ea) partner, living not asked",
        relationship="current_partner"),
    row("non_molestation_order", LIKELY, "FLA 1996 s.62(3)(a) spouse or civil partner",
        relationship="spouse_or_civil_partner"),
    row("non_molestation_order", LIKELY, "FLA 1996 s.62(3)(d) relative", relationship="family"),
    # s.62(3)(c) excludes sharing a home merely as employee, tenant, lodger or
    # boarder [factcheck 2026-11, section A], which we do not ask: "maybe".
    row("non_molestation_order", MAY, "FLA 1996 s.62(3)(c) same household, not if only a lodger",
        relationship="household_member"),
    row("non_molestation_order", MAY, "FLA 1996 s.62(3)(c) neighbour who lived with you",
        relationship="neighbour", lived_together=True),
    row("non_molestation_order", MAY, "FLA 1996 s.62(3)(c) colleague who lived with you",
        relationship="colleague", lived_together=True),
    row("non_molestation_order", NOT, "FLA 1996 s.62 colleague never lived with",
        relationship="colleague", lived_together=False),
    row("non_molestation_order", MAY, "FLA 1996 s.62(3)(c) acquaintance, living not asked",
        relationship="acquaintance"),
    row("non_molestation_order", NOT, "FLA 1996 s.62 stranger is not associated",
        relationship="stranger", knows_who=True),
    row("non_molestation_order", NOT, "FLA 1996 s.42 unknown identity cannot be named",
        relationship="unknown_identity"),
    row("non_molestation_order", MAY, "FLA 1996 s.62 relationship not asked yet"),
    # --- Crime and Security Act 2010 ss.24-33: DVPN/DVPO outside the DAPO pilots
    row("dvpn_dvpo", MAY, "CSA 2010 s.24(2) violence, Cheshire East",
        relationship="ex_partner", behaviours=["violence"], area="cheshire_east"),
    row("dvpn_dvpo", MAY, "CSA 2010 s.24(2) threats, Halton",
        relationship="family", behaviours=["threats"], area="halton"),
    row("dvpn_dvpo", NOT, "CSA 2010 s.24(2) no violence or threats",
        relationship="ex_partner", behaviours=STALKING, area="warrington"),
    row("dvpn_dvpo", NOT, "CSA 2010 s.24 not an associated person (FLA s.62)",
        relationship="stranger", knows_who=True, behaviours=["violence"],
        area="cheshire_west_and_chester"),
    row("dvpn_dvpo", NOT, "DAA 2021 pilots: Greater Manchester uses DAPN instead",
        relationship="ex_partner", behaviours=["violence"], area="greater_manchester"),
    # --- Domestic Abuse Act 2021 s.22, s.27, pilot areas; personally connected s.2
    row("dapn_dapo", LIKELY, "DAA 2021 s.22 s.27 Greater Manchester pilot, ex-partner",
        relationship="ex_partner", area="greater_manchester"),
    row("dapn_dapo", LIKELY, "DAA 2021 s.22 s.27 North Wales pilot, relative",
        relationship="family", area="north_wales"),
    row("dapn_dapo", NOT, "DAA 2021 pilots: Cheshire is not a pilot area",
        relationship="ex_partner", area="cheshire_east"),
    row("dapn_dapo", NOT, "DAA 2021 pilots: elsewhere is not a pilot area",
        relationship="ex_partner", area="other"),
    row("dapn_dapo", NOT, "DAA 2021 s.2 stranger is not personally connected",
        relationship="stranger", knows_who=True, area="cleveland"),
    row("dapn_dapo", MAY, "DAA 2021 pilots: area not asked yet", relationship="ex_partner"),
    row("dapn_dapo", MAY, "DAA 2021 s.2 pilot area, relationship not asked", area="croydon"),
    # --- Sentencing Act 2020 s.360: restraining order on conviction for any offence
    row("restraining_order_conviction", LIKELY, "SA 2020 s.360 convicted",
        relationship="stranger", reported=True, case_outcome="convicted"),
    row("restraining_order_conviction", NOT, "SA 2020 s.360 not reported, no case yet",
        relationship="ex_partner", reported=False),
    row("restraining_order_conviction", NOT, "SA 2020 s.360 no conviction yet: not charged",
        relationship="ex_partner", reported=True, case_outcome="not_charged"),
    row("restraining_order_conviction", NOT, "SA 2020 s.360 charged, case not over",
        relationship="ex_partner", case_outcome="charged"),
    row("restraining_order_conviction", NOT, "SA 2020 s.360 acquitted: s.5A instead",
        relationship="ex_partner", case_outcome="acquitted"),
    row("restraining_order_conviction", MAY, "SA 2020 s.360 reported, outcome not asked",
        relationship="ex_partner", reported=True),
    # --- Protection from Harassment Act 1997 s.5A: restraining order on acquittal
    row("restraining_order_acquittal", MAY, "PHA 1997 s.5A acquitted",
        relationship="ex_partner", reported=True, case_outcome="acquitted"),
    row("restraining_order_acquittal", NOT, "PHA 1997 s.5A convicted: SA s.360 instead",
        relationship="ex_partner", case_outcome="convicted"),
    row("restraining_order_acquittal", NOT, "PHA 1997 s.5A not reported, no case yet",
        relationship="stranger", knows_who=True, reported=False),
    # --- Family Law Act 1996 ss.33-38: occupation order for a shared home
    row("occupation_order", MAY, "FLA 1996 s.33 shared home with an ex",
        relationship="ex_partner", lived_together=True),
    row("occupation_order", NOT, "FLA 1996 s.33 never shared a home",
        relationship="spouse_or_civil_partner", lived_together=False),
    row("occupation_order", NOT, "FLA 1996 s.33 stranger", relationship="stranger"),
    # --- Protection from Harassment Act 1997 s.3: civil claim, no relationship needed
    row("harassment_injunction", MAY, "PHA 1997 s.3 known stranger",
        relationship="stranger", knows_who=True, behaviours=STALKING),
    row("harassment_injunction", NOT, "PHA 1997 s.3 defendant must be known",
        relationship="stranger", knows_who=False),
    row("harassment_injunction", NOT, "PHA 1997 s.3 s.7(3) no conduct at all",
        relationship="colleague", behaviours=[]),
    # --- Domestic Violence Disclosure Scheme (Clare's Law): partners and ex-partners only
    row("clares_law", LIKELY, "DVDS guidance right to ask: current partner",
        relationship="current_partner"),
    row("clares_law", LIKELY, "DVDS guidance: ex-partner", relationship="ex_partner"),
    row("clares_law", LIKELY, "DVDS guidance: spouse or civil partner",
        relationship="spouse_or_civil_partner"),
    row("clares_law", NOT, "DVDS guidance: not for a relative", relationship="family"),
    row("clares_law", NOT, "DVDS guidance: not for a stranger", relationship="stranger"),
    row("clares_law", MAY, "DVDS guidance: relationship not asked yet"),
    # --- Crime and Policing Bill (Feb 2025): online Right to Know, law UNCONFIRMED
    row("online_right_to_know", MAY, "CPB 2025 unknown online identity, not confirmed law",
        relationship="unknown_identity"),
    row("online_right_to_know", MAY, "CPB 2025 unknown stranger contacting online",
        relationship="stranger", knows_who=False, behaviours=["repeated_contact"]),
    row("online_right_to_know", NOT, "CPB 2025 unknown stranger, nothing online",
        relationship="stranger", knows_who=False, behaviours=["following"]),
    row("online_right_to_know", NOT, "CPB 2025 identity already known",
        relationship="ex_partner"),
]  # fmt: skip


@pytest.mark.parametrize(("order_id", "facts", "verdict"), RULE_ROWS)
def test_rule(order_id: str, facts: Facts, verdict: Verdict) -> None:
    assert verdicts(facts)[order_id] is verdict


def test_every_rule_has_rows_for_each_verdict_it_can_give() -> None:
    tested = {(p.values[0], p.values[2]) for p in RULE_ROWS}
    assert {order_id for order_id, _ in tested} == set(ORDER_IDS)
    for order_id in ORDER_IDS:
        given = {verdict for verdict in Verdict if (order_id, verdict) in _reachable()}
        assert given <= {v for o, v in tested if o == order_id}, order_id


# ---------------------------------------------------------------------------
# The tricky cases from the issue, side by side


def test_ex_partner_can_get_a_non_molestation_order_and_a_stranger_cannot() -> None:
    ex = verdicts(Facts(relationship="ex_partner", lived_together=True))
    stranger = verdicts(Facts(relationship="stranger", knows_who=True))
    assert ex["non_molestation_order"] is LIKELY
    assert stranger["non_molestation_order"] is NOT
    # An SPO needs no relationship [24].
    assert stranger["stalking_protection_order"] is not NOT


def test_before_a_conviction_only_the_spo_route_is_open() -> None:
    found = verdicts(
        Facts(relationship="ex_partner", behaviours=STALKING, reported=True, case_outcome="charged")
    )
    assert found["restraining_order_conviction"] is NOT
    assert found["restraining_order_acquittal"] is NOT
    assert found["stalking_protection_order"] is MAY


def test_unknown_online_identity() -> None:
    options = {
        o.id: o
        for o in assess_orders(
            Facts(relationship="unknown_identity", behaviours=["online_monitoring"])
        )
    }
    assert options["stalking_protection_order"].verdict is MAY
    assert options["non_molestation_order"].verdict is NOT
    assert options["harassment_injunction"].verdict is NOT
    right_to_know = options["online_right_to_know"]
    assert right_to_know.verdict is MAY
    # UNCONFIRMED [52]: Royal Assent not confirmed, so it is never said to be law.
    assert "may not be law yet" in right_to_know.reason
    assert "could not confirm" in right_to_know.caveat


def test_cheshire_has_dvpn_and_greater_manchester_has_dapo() -> None:
    base = dict(relationship="ex_partner", behaviours=["violence"])
    cheshire = verdicts(Facts(area="warrington", **base))
    manchester = verdicts(Facts(area="greater_manchester", **base))
    assert (cheshire["dapn_dapo"], cheshire["dvpn_dvpo"]) == (NOT, MAY)
    assert (manchester["dapn_dapo"], manchester["dvpn_dvpo"]) == (LIKELY, NOT)


@pytest.mark.parametrize("relationship", list(Relationship))
def test_clares_law_is_only_for_partners_and_ex_partners(relationship: Relationship) -> None:
    partner = relationship in {
        Relationship.CURRENT_PARTNER,
        Relationship.EX_PARTNER,
        Relationship.SPOUSE_OR_CIVIL_PARTNER,
    }
    verdict = verdicts(Facts(relationship=relationship))["clares_law"]
    assert (verdict is LIKELY) if partner else (verdict is NOT)


# ---------------------------------------------------------------------------
# Properties over many combinations of answers


def _grid():
    behaviour_sets = [None, [], ["following"], ["following", "threats"], ["online_monitoring"]]
    cases = [(None, None), (False, None), (True, "not_charged"), (True, "convicted")]
    areas = [None, "cheshire_east", "greater_manchester", "other"]
    for rel, knows, lived, acts, (reported, outcome), area in product(
        [None, *Relationship],
        [None, True, False],
        [None, True, False],
        behaviour_sets,
        cases,
        areas,
    ):
        yield Facts(
            relationship=rel, knows_who=knows, lived_together=lived, behaviours=acts,
            reported=reported, case_outcome=outcome, area=area,
        )  # fmt: skip


@cache
def _reachable() -> frozenset[tuple[str, Verdict]]:
    """Every (order, verdict) pair some consistent set of answers gives."""
    return frozenset(
        (order_id, verdict)
        for facts in _grid()
        if is_consistent(facts)
        for order_id, verdict in verdicts(facts).items()
    )


@cache
def _all_reasons() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {order_id: set() for order_id in RULES}
    for facts in _grid():
        resolved = resolve(facts)
        for order_id, rule in RULES.items():
            found[order_id].add(rule(resolved)[1])
    return found


def test_unconfirmed_schemes_are_never_more_than_may() -> None:
    # Online Right to Know: Royal Assent UNCONFIRMED [52]. DVPN: changes since
    # UNCONFIRMED [46]. Interim SPO, occupation order, s.5A and s.3: the court
    # weighs the need, so they stay "may".
    capped = {
        "online_right_to_know",
        "dvpn_dvpo",
        "interim_stalking_protection_order",
        "occupation_order",
        "restraining_order_acquittal",
        "harassment_injunction",
    }
    assert not {(order_id, LIKELY) for order_id in capped} & _reachable()


def test_dapo_is_never_open_in_cheshire() -> None:
    for area in ("cheshire_east", "cheshire_west_and_chester", "warrington", "halton"):
        for rel in Relationship:
            assert verdicts(Facts(relationship=rel, area=area))["dapn_dapo"] is NOT


@pytest.mark.parametrize("order_id", sorted(RULES))
def test_reasons_are_one_plain_sentence_that_promises_nothing(order_id: str) -> None:
    for reason in _all_reasons()[order_id]:
        assert reason[0].isupper() and reason.endswith("."), reason
        assert ". " not in reason and "? " not in reason, f"more than one sentence: {reason}"
        assert len(reason) <= 100, reason
        assert " will " not in f" {reason.lower()}", reason
        assert "guarantee" not in reason.lower() and "you should" not in reason.lower()


# ---------------------------------------------------------------------------
# assess_orders


def test_assess_orders_covers_every_order_most_useful_first() -> None:
    options = assess_orders(Facts(relationship="ex_partner", behaviours=STALKING_AND_THREATS))
    assert sorted(o.id for o in options) == sorted(ORDER_IDS)
    ranks = [o.verdict.rank for o in options]
    assert ranks == sorted(ranks)
    assert options[0].id == "stalking_protection_order"  # likely, and first in the file


def test_unconfirmed_details_are_never_given_as_fact() -> None:
    by_id = {o.id: o for o in assess_orders(Facts())}
    # facts.md: occupation order breach, and PHA s.3 fee and legal aid, are UNCONFIRMED.
    assert by_id["occupation_order"].breach.startswith("Not confirmed")
    assert by_id["harassment_injunction"].cost.startswith("Not confirmed")
    assert by_id["harassment_injunction"].legal_aid.startswith("Not confirmed")
    assert "may have changed" in by_id["dvpn_dvpo"].caveat


# ---------------------------------------------------------------------------
# Facts


def test_facts_accept_slot_values_and_ignore_other_slots() -> None:
    facts = Facts.from_slots(
        {
            "relationship": "Ex-partner",
            "behaviours": ["following", "Online monitoring"],
            "area": "Greater Manchester",
            "case_outcome": "convicted",
            "requested_slot": "area",
        }
    )
    assert facts.relationship is Relationship.EX_PARTNER
    assert facts.behaviours == {Behaviour.FOLLOWING, Behaviour.ONLINE_MONITORING}
    assert facts.area is Area.GREATER_MANCHESTER
    assert facts.case_outcome is CaseOutcome.CONVICTED
    assert Relationship.EX_PARTNER == "ex_partner"  # str enum: usable as a slot value


@pytest.mark.parametrize(
    "slots", [{"relationship": "boss"}, {"area": "Cheshire"}, {"behaviours": ["shouting"]}]
)
def test_facts_reject_unknown_values(slots: dict) -> None:
    with pytest.raises(pydantic.ValidationError):
        Facts.from_slots(slots)


def test_facts_are_frozen_and_reject_misspelt_fields() -> None:
    facts = Facts(relationship="stranger")
    with pytest.raises(TypeError):
        facts.relationship = Relationship.FAMILY  # type: ignore[misc]
    with pytest.raises(pydantic.ValidationError):
        Facts(relationshp="stranger")  # type: ignore[call-arg]


# ---------------------------------------------------------------------------
# questions_that_matter


def test_with_nothing_answered_every_question_matters_in_order() -> None:
    assert questions_that_matter(Facts()) == list(FACT_FIELDS)


def test_a_stranger_is_never_asked_about_living_together() -> None:
    asked = questions_that_matter(Facts(relationship="stranger"))
    assert "lived_together" not in asked
    assert "area" not in asked  # only DVPN/DAPO depend on area, and they need a connection
    assert asked[0] == "knows_who"


def test_after_not_reported_there_is_no_conviction_question() -> None:
    asked = questions_that_matter(Facts(relationship="ex_partner", reported=False))
    assert "case_outcome" not in asked
    assert "lived_together" in asked


def test_an_unknown_online_identity_is_only_asked_what_they_did() -> None:
    assert questions_that_matter(Facts(relationship="unknown_identity")) == ["behaviours"]


def test_a_conviction_settles_reporting_and_knowing_who() -> None:
    asked = questions_that_matter(Facts(case_outcome="convicted"))
    assert "reported" not in asked and "knows_who" not in asked


def test_nothing_left_to_ask_when_everything_is_answered() -> None:
    facts = Facts(
        relationship="ex_partner",
        lived_together=True,
        behaviours=["following"],
        reported=True,
        case_outcome="charged",
        area="halton",
    )
    assert questions_that_matter(facts) == []


@pytest.mark.parametrize(
    ("facts", "asked"),
    [
        # Nothing known yet: every question can still change a verdict.
        (
            Facts(),
            ["relationship", "knows_who", "lived_together", "behaviours", "reported",
             "case_outcome", "area"],
        ),
        # A stranger is never "associated" (FLA 1996 s.62(3)), so living together and
        # the domestic-abuse pilot area cannot matter.
        (Facts(relationship="stranger"), ["knows_who", "behaviours", "reported", "case_outcome"]),
        # An ex: living together decides the non-molestation route; the DAPO pilot area counts.
        (
            Facts(relationship="ex_partner"),
            ["lived_together", "behaviours", "reported", "case_outcome", "area"],
        ),
        # Answers given are never asked again.
        (
            Facts(relationship="ex_partner", lived_together=True),
            ["behaviours", "reported", "case_outcome", "area"],
        ),
        # Not knowing who it is: only what they do still matters.
        (Facts(knows_who=False), ["behaviours"]),
    ],
    ids=repr,
)  # fmt: skip
def test_only_questions_that_can_change_the_answer_are_asked(
    facts: Facts, asked: list[str]
) -> None:
    assert questions_that_matter(facts) == asked
