"""The reply explaining the options: plain, never promising, and SMS-shaped on SMS."""

from __future__ import annotations

import pytest
import textstat

from common.medium import Medium
from common.sms_text import is_gsm7, non_gsm7, reveals_topic
from signposting.eligibility import NOT_LEGAL_ADVICE, Facts, assess_orders, explain
from signposting.eligibility.explain import SMS_MAX_CHARS

PROMISING_OR_BLAMING = (
    "will stop",
    "will keep you safe",
    "will be arrested",
    "will protect",
    "guarantee",
    "you should have",
    "why didn't you",
    "your fault",
)
# Flesch-Kincaid grade 7 is a reading age of about 12; the aim is about 11.
MAX_GRADE = 7.0

SCENARIOS = {
    "empty": Facts(),
    "ex in Cheshire, threats": Facts(
        relationship="ex_partner",
        lived_together=True,
        behaviours=["following", "threats"],
        area="cheshire_east",
    ),
    "ex in Greater Manchester": Facts(relationship="ex_partner", area="greater_manchester"),
    "known stranger, convicted": Facts(
        relationship="stranger", behaviours=["watching"], case_outcome="convicted"
    ),
    "acquitted colleague": Facts(relationship="colleague", case_outcome="acquitted"),
    "unknown online identity": Facts(
        relationship="unknown_identity", behaviours=["online_monitoring"]
    ),
    "nothing fits": Facts(relationship="stranger", knows_who=True, behaviours=[], reported=False),
}
CHANNELS = list(Medium)


def _reply(name: str, channel: Medium) -> str:
    return explain(assess_orders(SCENARIOS[name]), channel)


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("name", SCENARIOS)
def test_reply_ends_with_not_legal_advice_then_a_next_step(name: str, channel: Medium) -> None:
    reply = _reply(name, channel)
    assert NOT_LEGAL_ADVICE in reply
    after = reply.split(NOT_LEGAL_ADVICE)[-1]
    assert "999" in after and "101" in after


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("name", SCENARIOS)
def test_reply_never_promises_or_blames(name: str, channel: Medium) -> None:
    reply = _reply(name, channel).lower()
    for phrase in PROMISING_OR_BLAMING:
        assert phrase not in reply, phrase


@pytest.mark.parametrize("channel", [Medium.SMS])
@pytest.mark.parametrize("name", SCENARIOS)
def test_sms_is_short_plain_and_discreet(name: str, channel: Medium) -> None:
    reply = _reply(name, channel)
    assert len(reply) <= SMS_MAX_CHARS <= 450
    assert is_gsm7(reply), non_gsm7(reply)
    assert not set("•\u2018\u2019\u201c\u201d\u2013\u2014") & set(reply)
    assert not reveals_topic(reply), reply[:60]
    assert reply.endswith("999 in danger.")


@pytest.mark.parametrize("name", SCENARIOS)
def test_sms_is_much_shorter_than_the_web_reply(name: str) -> None:
    sms, web = _reply(name, Medium.SMS), _reply(name, Medium.WEB)
    assert len(sms) < len(web)
    if "none of" not in web:
        assert len(sms) * 2 < len(web)


@pytest.mark.parametrize("name", SCENARIOS)
def test_web_reply_is_plain_english(name: str) -> None:
    reply = _reply(name, Medium.WEB)
    lines = [line.strip("• ").strip() for line in reply.splitlines() if line.strip()]
    assert textstat.flesch_kincaid_grade(" ".join(lines)) <= MAX_GRADE


def test_web_reply_lists_each_option_with_verdict_reason_who_and_next_step() -> None:
    options = assess_orders(SCENARIOS["ex in Cheshire, threats"])
    reply = explain(options, Medium.WEB)
    for option in options:
        if option.verdict.value == "not_available":
            continue
        line = next(line for line in reply.splitlines() if line.startswith(f"• {option.name}:"))
        assert option.verdict.words in line
        assert option.reason in line
        assert option.who_applies in line and option.next_step in line
    assert "Not an option right now:" in reply
    assert "DAPN and DAPO" in reply.split("Not an option")[1]
    assert reply.endswith("call 999.")


def test_uncertain_schemes_are_worded_as_uncertain() -> None:
    reply = _reply("unknown online identity", Medium.WEB)
    line = next(line for line in reply.splitlines() if "Right to Know" in line)
    assert "may not be law yet" in line and "could not confirm" in line


def test_ncdv_is_offered_only_when_an_injunction_fits() -> None:
    assert "0800 970 2070" in _reply("ex in Cheshire, threats", Medium.WEB)
    assert "0800 970 2070" in _reply("ex in Cheshire, threats", Medium.SMS)
    assert "0800 970 2070" not in _reply("unknown online identity", Medium.SMS)


def test_sms_names_at_most_three_options_best_first() -> None:
    reply = _reply("ex in Cheshire, threats", Medium.SMS)
    lines = reply.splitlines()
    assert len(lines) <= 5
    assert lines[1] == "Stalking Protection Order: likely"


def test_when_nothing_fits_the_reply_still_points_to_help() -> None:
    for channel in (Medium.WEB, Medium.SMS):
        reply = _reply("nothing fits", channel)
        assert "none of" in reply and "may still" in reply


def test_an_empty_list_still_gives_a_safe_reply() -> None:
    assert explain([], Medium.SMS).endswith("999 in danger.")
    assert NOT_LEGAL_ADVICE in explain([], Medium.WEB)


def test_web_explanation_offers_a_specialist_to_talk_it_through() -> None:
    from signposting.eligibility import Facts, assess_orders, explain

    text = explain(assess_orders(Facts(relationship="ex_partner")), Medium.WEB)
    assert "National Stalking Helpline on 0808 802 0300" in text
    assert text.index("This is not legal advice.") < text.index("National Stalking Helpline")


def test_the_short_web_lead_keeps_free_help_to_apply_in_view() -> None:
    from signposting.eligibility import Facts, assess_orders
    from signposting.eligibility.explain import explain_lead

    lead = explain_lead(assess_orders(Facts(relationship="ex_partner", lived_together=True)))
    assert "0800 970 2070" in lead and "not legal advice" in lead
    assert lead.rstrip().endswith("call 999.")
