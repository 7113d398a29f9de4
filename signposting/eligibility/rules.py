"""The verdict rules: one function per order, each citing the law it encodes.

A rule reads the :class:`~signposting.eligibility.facts.Resolved` facts and
returns a :class:`Verdict` and a one-sentence reason in plain English (reading
age about 11). Reasons say "can" and "may", never "will": the police and the
courts decide, so nothing here is a promise.

Sources are the research (sources: docs/sources.md) section 3 ([n] is its source list)
and the statute sections named beside each rule.
"""

from __future__ import annotations

from collections.abc import Callable

from signposting.areas import CHESHIRE_AREAS, DAPO_PILOT_AREAS
from signposting.eligibility.facts import (
    Behaviour,
    CaseOutcome,
    Relationship,
    Resolved,
    Verdict,
)

__all__ = ["ORDER_IDS", "RULES", "Rule", "associated_person", "personally_connected"]

Rule = Callable[[Resolved], "tuple[Verdict, str]"]

LIKELY, MAY, NOT = Verdict.LIKELY, Verdict.MAY, Verdict.NOT

# PHA 1997 s.2A(3): examples of acts associated with stalking (not a full list).
STALKING_ACTS = frozenset(
    {
        Behaviour.FOLLOWING,
        Behaviour.REPEATED_CONTACT,
        Behaviour.POSTING_ABOUT_YOU,
        Behaviour.ONLINE_MONITORING,
        Behaviour.TURNING_UP,
        Behaviour.PROPERTY_DAMAGE,
        Behaviour.WATCHING,
    }
)
VIOLENCE_OR_THREATS = frozenset({Behaviour.VIOLENCE, Behaviour.THREATS})
# Behaviours that can happen online (contact "by any means" included).
ONLINE = frozenset(
    {Behaviour.REPEATED_CONTACT, Behaviour.ONLINE_MONITORING, Behaviour.POSTING_ABOUT_YOU}
)
PARTNERS = frozenset(
    {
        Relationship.CURRENT_PARTNER,
        Relationship.EX_PARTNER,
        Relationship.SPOUSE_OR_CIVIL_PARTNER,
    }
)
_NOT_ASSOCIATED_UNLESS_LIVED = frozenset(
    {Relationship.ACQUAINTANCE, Relationship.COLLEAGUE, Relationship.NEIGHBOUR}
)

# ---------------------------------------------------------------------------
# Who counts as connected


def associated_person(f: Resolved) -> bool | None:
    """Whether they are an "associated person": ``True``, ``False`` or ``None`` (maybe).

    Family Law Act 1996 s.62(3) [facts 3: 32, 33]: (a)/(aa) current or former
    spouse or civil partner; (b) current or former cohabitant; (c) lives or
    lived in the same household; (d) a relative; (e) engaged; (ea) an intimate
    relationship of significant duration; (f) parents of the same child.

    Living in the same household counts under (c) only if it was not
    "merely by reason of one of them being the other's employee, tenant,
    lodger or boarder" (s.62(3)(c); DVCVA 2004 Explanatory Notes s.1)
    [factcheck 2026-11, section A]. We do not ask which, so a housemate, or a
    neighbour, colleague or acquaintance who lived with them, is "maybe".
    """
    relationship = f.relationship
    if relationship in (
        Relationship.SPOUSE_OR_CIVIL_PARTNER,  # s.62(3)(a), (aa)
        Relationship.FAMILY,  # s.62(3)(d)
    ):
        return True
    if relationship is Relationship.HOUSEHOLD_MEMBER:
        return None  # s.62(3)(c), unless only as employee, tenant, lodger or boarder
    if f.lived_together is True:
        if relationship in (Relationship.CURRENT_PARTNER, Relationship.EX_PARTNER):
            return True  # s.62(3)(b) cohabitants
        if relationship in _NOT_ASSOCIATED_UNLESS_LIVED:
            return None  # s.62(3)(c): not if only as employee, tenant, lodger or boarder
        return True  # relationship not known yet: (b) or (c) can apply
    if relationship in (Relationship.CURRENT_PARTNER, Relationship.EX_PARTNER):
        # Never lived together: only if engaged (e), of significant duration
        # (ea) or parents of the same child (f), which we do not ask.
        return None
    if relationship in _NOT_ASSOCIATED_UNLESS_LIVED:
        return False if f.lived_together is False else None
    if relationship in (Relationship.STRANGER, Relationship.UNKNOWN_IDENTITY):
        return False
    return None  # relationship not known yet


def personally_connected(f: Resolved) -> bool | None:
    """Whether they are "personally connected": ``True``, ``False`` or ``None`` (maybe).

    Domestic Abuse Act 2021 s.2 [facts 3: 41]: married or civil partners (now
    or before), engaged, in an intimate personal relationship (now or before,
    of any length), parents of the same child, or relatives. Living in the same
    home is not enough on its own.
    """
    if f.relationship is None:
        return None
    return f.relationship in PARTNERS or f.relationship is Relationship.FAMILY


def _acts_known(f: Resolved) -> bool:
    return f.behaviours is not None


# ---------------------------------------------------------------------------
# Rules, in the order of data/orders.yml


def stalking_protection_order(f: Resolved) -> tuple[Verdict, str]:
    """Stalking Protection Act 2019 s.1 [facts 3: 24-29].

    The police may apply if (1) the person has carried out acts associated with
    stalking, (2) poses a risk of physical or psychological harm, and (3) the
    order is needed to protect someone. No relationship is needed; the police
    decide, so "likely" needs both stalking acts and signs of risk.
    """
    acts = f.behaviours
    if acts is not None and not acts:
        return NOT, "It needs things they have done that are linked to stalking."
    if f.knows_who is False:
        return MAY, "The police can try to find out who it is, then ask a court for one."
    if acts is None:
        return MAY, "The police can ask a court for one if what they do is linked to stalking."
    stalking, risk = acts & STALKING_ACTS, acts & VIOLENCE_OR_THREATS
    if stalking and risk:
        return LIKELY, "What they have done is linked to stalking and puts you at risk."
    if stalking:
        return MAY, "What they have done is linked to stalking, so the police can ask for one."
    return MAY, "The police can ask for one if the threats or harm are part of stalking."


def interim_stalking_protection_order(f: Resolved) -> tuple[Verdict, str]:
    """Stalking Protection Act 2019 s.5 [facts 3: 30].

    A fixed-term order while a full SPO application is waiting, so it can only
    be as open as the full order, and is never more than "may".
    """
    verdict, _ = stalking_protection_order(f)
    if verdict is NOT:
        return NOT, "It is only made while the police apply for a full order."
    return MAY, "While a full order is decided, the court can make a short one to protect you."


def non_molestation_order(f: Resolved) -> tuple[Verdict, str]:
    """Family Law Act 1996 s.42, for associated persons under s.62 [facts 3: 31-35]."""
    if f.knows_who is False:
        return NOT, "You need to know who they are to apply for one."
    associated = associated_person(f)
    if associated is True:
        return LIKELY, f"You can apply yourself, because {_link(f)}."
    if associated is False:
        if f.relationship is Relationship.STRANGER:
            return NOT, "It is only for people you are linked to, like an ex or a relative."
        return NOT, "It is only for an ex, a relative or someone you have lived with."
    if f.relationship in (Relationship.CURRENT_PARTNER, Relationship.EX_PARTNER):
        if f.lived_together is False:
            return MAY, (
                "You can apply if you were engaged, together a long time, or have a child together."
            )
        return MAY, (
            "You can apply if you lived together, were together a long time, "
            "or have a child together."
        )
    if f.relationship is Relationship.HOUSEHOLD_MEMBER or f.lived_together is True:
        # FLA 1996 s.62(3)(c): not when it was only as a lodger, tenant,
        # boarder or employee.
        return MAY, "You can apply if you shared a home, but not only as a lodger or tenant."
    if f.relationship in _NOT_ASSOCIATED_UNLESS_LIVED:
        return MAY, "You can apply if you live with them now or did in the past."
    return MAY, "You can apply if they are a partner, an ex, a relative or lived with you."


def _link(f: Resolved) -> str:
    """How an associated person is linked to the victim, for a reason sentence."""
    if f.relationship is Relationship.SPOUSE_OR_CIVIL_PARTNER:
        return "you are or were married or civil partners"
    if f.relationship is Relationship.FAMILY:
        return "they are a relative"
    return "you live or lived with them"


def occupation_order(f: Resolved) -> tuple[Verdict, str]:
    """Family Law Act 1996 ss.33-38 [facts 3: 36]: who may live in a shared home.

    Needs an associated person (s.62) and a home shared now or before; the
    court weighs the "balance of harm", so never more than "may".
    """
    if f.knows_who is False or associated_person(f) is False or f.lived_together is False:
        return NOT, "It is only about a home you share, or shared, with them."
    return MAY, "If you share or shared a home with them, a court can decide who lives there."


def restraining_order_on_conviction(f: Resolved) -> tuple[Verdict, str]:
    """Sentencing Act 2020 s.360 [facts 3: 37, 38]: on conviction for any offence."""
    waiting = _no_verdict_yet(f)
    if waiting:
        return NOT, waiting
    if f.case_outcome is CaseOutcome.CONVICTED:
        return LIKELY, "They were found guilty, so the court can make one to protect you."
    if f.case_outcome is CaseOutcome.ACQUITTED:
        return NOT, "This one follows a guilty verdict, so the one after not guilty fits instead."
    return MAY, "If they are found guilty of a crime, the court can make one to protect you."


def restraining_order_on_acquittal(f: Resolved) -> tuple[Verdict, str]:
    """Protection from Harassment Act 1997 s.5A [facts 3: 37, 38].

    On acquittal, if needed to protect someone from harassment: the court
    must be satisfied of that need, so never more than "may".
    """
    waiting = _no_verdict_yet(f)
    if waiting:
        return NOT, waiting
    if f.case_outcome is CaseOutcome.ACQUITTED:
        return MAY, "Even after a not guilty verdict, the court can make one if you need it."
    if f.case_outcome is CaseOutcome.CONVICTED:
        return NOT, "They were found guilty, so the order after a guilty verdict fits instead."
    return MAY, "Even if they are found not guilty, the court can make one if you need it."


def _no_verdict_yet(f: Resolved) -> str | None:
    """Why a criminal court cannot make a restraining order yet, if it cannot.

    Both kinds are made only when a criminal case ends (SA 2020 s.360; PHA s.5A).
    """
    if f.reported is False:
        return "A court makes one at the end of a criminal case, and there is no case yet."
    if f.case_outcome is CaseOutcome.NOT_CHARGED:
        return "A court makes one at the end of a criminal case, and nobody is charged yet."
    if f.case_outcome is CaseOutcome.CHARGED:
        return "The court can only make one when the case ends, so it is not an option yet."
    return None


def harassment_injunction(f: Resolved) -> tuple[Verdict, str]:
    """Protection from Harassment Act 1997 s.3 [facts 3: 39, 40]: a civil claim.

    No relationship is needed, but harassment is a course of conduct, on at
    least two occasions (s.7(3)), and the claim names the person. We do not
    ask how often, so never more than "may".
    """
    if f.knows_who is False:
        return NOT, "You need to know who they are to take them to court."
    if f.behaviours is not None and not f.behaviours:
        return NOT, "It is for things they did to you on two or more occasions."
    return MAY, "You can take them to court yourself if it happened on two or more occasions."


def domestic_violence_protection_notice(f: Resolved) -> tuple[Verdict, str]:
    """Crime and Security Act 2010 ss.24-33 [facts 3: 46]: DVPN, then DVPO.

    Police can give a notice after violence or threats of violence (s.24(2))
    to an associated person (FLA 1996 s.62). Cheshire is not a DAPO pilot
    area, so this older scheme applies there; whether it has changed since is
    UNCONFIRMED, so never more than "may".
    """
    if f.area in DAPO_PILOT_AREAS:
        return NOT, "Your area is trying out the newer DAPN and DAPO instead."
    if f.knows_who is False:
        return NOT, "The police need to know who it is to give them a notice."
    if associated_person(f) is False:
        return NOT, "Police use these for a partner, an ex, family or someone you lived with."
    if _acts_known(f) and not (f.behaviours or frozenset()) & VIOLENCE_OR_THREATS:
        return NOT, "Police can only use these after violence or threats of violence."
    if f.area in CHESHIRE_AREAS:
        return MAY, "After violence or threats, Cheshire Police can ban contact for a short time."
    return MAY, "After violence or threats, the police can ban contact for a short time."


def domestic_abuse_protection_notice(f: Resolved) -> tuple[Verdict, str]:
    """Domestic Abuse Act 2021 s.22 (notice), s.27 (order), pilot areas only [facts 3: 41-45].

    For a victim who is personally connected (s.2) to the abuser; covers
    stalking. Cheshire is not a pilot area.
    """
    if f.area in CHESHIRE_AREAS:
        return NOT, "Cheshire is not one of the areas trying these out."
    if f.area is not None and f.area not in DAPO_PILOT_AREAS:
        return NOT, "Only a few areas, like Greater Manchester, try these, and yours is not listed."
    if f.knows_who is False:
        return NOT, "The police need to know who it is to give them a notice."
    connected = personally_connected(f)
    if connected is False:
        return NOT, "These are only for a partner, an ex or a relative."
    if f.area is None:
        return MAY, "They are only being tried in a few areas, like Greater Manchester."
    if connected is None:
        return MAY, "Your area is trying these out, for a partner, an ex or a relative."
    return LIKELY, "Your area is trying these out, for stalking by a partner, an ex or a relative."


def clares_law(f: Resolved) -> tuple[Verdict, str]:
    """Domestic Violence Disclosure Scheme, statutory guidance [facts 3: 47-49].

    Right to ask and right to know are about a partner or ex-partner.
    """
    if f.relationship in PARTNERS:
        return LIKELY, "You can ask the police if they have a past of abuse."
    if f.relationship is None and f.knows_who is not False:
        return MAY, "You can ask the police about a partner or an ex."
    return NOT, "It is only for asking about a partner or an ex."


def online_right_to_know(f: Resolved) -> tuple[Verdict, str]:
    """Right to Know for victims of online stalkers [facts 3: 50-52].

    Announced 3 Dec 2024 and in the Crime and Policing Bill (Feb 2025); Royal
    Assent and the guidance are UNCONFIRMED, so never more than "may" and the
    reason says it may not be law yet.
    """
    if f.knows_who is True:
        return NOT, "It is for people who do not know who is behind it, and you do."
    online = (
        f.relationship is Relationship.UNKNOWN_IDENTITY
        or f.behaviours is None
        or bool(f.behaviours & ONLINE)
    )
    if not online:
        return NOT, "It is planned for people who do not know who is targeting them online."
    return MAY, "A new right for police to tell you who it is was promised, but may not be law yet."


# Order ids, in the order of data/orders.yml (most useful first among equals).
RULES: dict[str, Rule] = {
    "stalking_protection_order": stalking_protection_order,
    "interim_stalking_protection_order": interim_stalking_protection_order,
    "non_molestation_order": non_molestation_order,
    "dvpn_dvpo": domestic_violence_protection_notice,
    "dapn_dapo": domestic_abuse_protection_notice,
    "restraining_order_conviction": restraining_order_on_conviction,
    "restraining_order_acquittal": restraining_order_on_acquittal,
    "occupation_order": occupation_order,
    "harassment_injunction": harassment_injunction,
    "clares_law": clares_law,
    "online_right_to_know": online_right_to_know,
}
ORDER_IDS: tuple[str, ...] = tuple(RULES)
