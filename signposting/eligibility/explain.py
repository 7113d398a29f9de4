"""Say what the assessment found, in plain English, for the web chat or an SMS."""

from __future__ import annotations

from collections.abc import Sequence

from common.medium import Medium
from signposting.eligibility.assess import OrderOption
from signposting.eligibility.facts import Verdict

__all__ = ["NOT_LEGAL_ADVICE", "SMS_MAX_CHARS", "explain", "explain_lead", "explain_option"]

NOT_LEGAL_ADVICE = "This is not legal advice."
# Two concatenated GSM-7 segments, as for the bot's other SMS replies [facts 7: 102].
SMS_MAX_CHARS = 2 * 153
SMS_MAX_OPTIONS = 3
# Orders the person applies for themselves: NCDV gives free help [facts 3: 53].
_SELF_APPLY = frozenset({"non_molestation_order", "occupation_order", "harassment_injunction"})
# NCDV 0800 970 2070 [53]; police 101 [47]; 999 [73].
_WEB_NCDV = "For free help to apply for an injunction, call NCDV on 0800 970 2070."
_WEB_POLICE = "To talk to the police, call 101. If you are in danger now, call 999."
# A human to talk it through with [facts 5: National Stalking Helpline, suzylamplugh.org].
_WEB_SPECIALIST = (
    "To talk it through with a stalking specialist, call the National Stalking Helpline "
    "on 0808 802 0300."
)
_SMS_NCDV = "Free help: NCDV 0800 970 2070."
_SMS_POLICE = "Police 101, or 999 in danger."
# A lock screen shows about 60 characters, so the SMS opens without naming
# the topic [facts 7: 95].
_SMS_OPENER = "Thanks. From what you told me, these legal options could help you:"
_SMS_NONE = (
    "Thanks. From what you told me, none of the options I can check fit right now. "
    "The police may still help."
)
# In an SMS, an interim SPO goes without saying when the full SPO is listed.
_SMS_COVERED_BY = {"interim_stalking_protection_order": "stalking_protection_order"}
_SMS_VERDICT = {Verdict.LIKELY: "likely", Verdict.MAY: "maybe"}


def explain(options: Sequence[OrderOption], medium: Medium) -> str:
    """A reply summarising the options, best first.

    Args:
        options: From :func:`~signposting.eligibility.assess.assess_orders`,
            most useful first.
        medium: SMS gets a short reply: at most three options by name, GSM-7
            characters only, within two SMS segments, with no topic words in
            the first 60 characters. The web gets each available option with its verdict,
            reason, who applies, next step and any caveat, then the names of
            those that do not fit now.

    Returns:
        Plain text ending with "This is not legal advice." and the next step:
        NCDV for injunctions the person applies for, police 101, or 999 in
        danger. It says "can" and "may", never "will".
    """
    available = [option for option in options if option.verdict is not Verdict.NOT]
    if medium.short:
        return _sms(available)
    return _web(available, [option for option in options if option.verdict is Verdict.NOT])


def _wants_ncdv(available: Sequence[OrderOption]) -> bool:
    return any(option.id in _SELF_APPLY for option in available)


def _web(available: list[OrderOption], not_now: list[OrderOption]) -> str:
    lines: list[str] = []
    if available:
        lines.append("From what you have told me, these could help:")
        for option in available:
            parts = [
                f"• {option.name}: {option.verdict.words}.",
                option.reason,
                f"Who applies: {option.who_applies}",
                f"Next step: {option.next_step}",
            ]
            if option.caveat:
                parts.append(option.caveat)
            lines.append(" ".join(parts))
    else:
        lines.append("From what you have told me, none of the orders I can check fit right now.")
        lines.append("The police or a support service may still be able to help.")
    if available and not_now:
        # Short names keep this one sentence readable.
        names = ", ".join(option.short_name for option in not_now)
        lines.append(f"Not an option right now: {names}.")
    lines.append(NOT_LEGAL_ADVICE)
    if _wants_ncdv(available):
        lines.append(_WEB_NCDV)
    lines.append(_WEB_SPECIALIST)
    lines.append(_WEB_POLICE)
    return "\n".join(lines)


def _sms(available: list[OrderOption]) -> str:
    closing = [NOT_LEGAL_ADVICE]
    if _wants_ncdv(available):
        closing.append(_SMS_NCDV)
    closing.append(_SMS_POLICE)
    tail = " ".join(closing)
    if not available:
        return f"{_SMS_NONE}\n{tail}"
    shown = {option.id for option in available}
    items = [
        f"{option.short_name}: {_SMS_VERDICT[option.verdict]}"
        for option in available
        if _SMS_COVERED_BY.get(option.id) not in shown
    ]
    count = min(len(items), SMS_MAX_OPTIONS)
    while True:
        text = "\n".join([_SMS_OPENER, *items[:count], tail])
        if len(text) <= SMS_MAX_CHARS or count == 1:
            return text
        count -= 1


# ---------------------------------------------------------------------------
# The web chat's short lead and per-order details (issue 11: the full web
# summary ran to about 2,000 characters in one bubble). The bot shows the
# lead with a "tell me more" button per order; explain() stays the full text
# for the signposting API.

_WEB_LEAD_MORE = "Tap an order to see why, who applies and the next step."
_WEB_LEAD_DANGER = "If you are in danger now, call 999."


def explain_lead(options: Sequence[OrderOption]) -> str:
    """A short web reply: each order that could fit and its verdict, one line each.

    Args:
        options: From :func:`~signposting.eligibility.assess.assess_orders`,
            most useful first.

    Returns:
        Plain text with one bullet per order that could fit, a line saying the
        details are one tap away, "This is not legal advice.", NCDV's free
        help when the person could apply themselves, and 999. Reasons, who
        applies and next steps are in :func:`explain_option`.
    """
    available = [option for option in options if option.verdict is not Verdict.NOT]
    if not available:
        return "\n".join(
            [
                "From what you have told me, none of the orders I can check fit right now.",
                "The police or a support service may still be able to help.",
                NOT_LEGAL_ADVICE,
                _WEB_SPECIALIST,
                _WEB_POLICE,
            ]
        )
    lines = ["From what you have told me, these could help:"]
    lines += [f"• {option.short_name}: {option.verdict.words}" for option in available]
    lines += [_WEB_LEAD_MORE, NOT_LEGAL_ADVICE]
    if _wants_ncdv(available):
        # Free help to apply is the next step a person can take today: not behind a tap.
        lines.append(_WEB_NCDV)
    lines.append(_WEB_LEAD_DANGER)
    return "\n".join(lines)


def explain_option(option: OrderOption) -> str:
    """The web details of one order: verdict and why, who applies, next step, any caveat."""
    lines = [
        f"{option.name}: {option.verdict.words}.",
        option.reason,
        f"• Who applies: {option.who_applies}",
        f"• Cost: {option.cost}",
        f"• Next step: {option.next_step}",
    ]
    if option.caveat:
        lines.append(option.caveat)
    lines.append(NOT_LEGAL_ADVICE)
    if option.id in _SELF_APPLY and "NCDV" not in option.next_step:
        lines.append(_WEB_NCDV)
    return "\n".join(lines)
